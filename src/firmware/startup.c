/* startup.c - the reset handler and vector table of the test image, for
 * QEMU's mps2-an500 (a Cortex-M7; the linker script mps2-an500.ld places
 * the sections).
 *
 * The core needs no interrupt, clock or peripheral: reset copies the
 * initialised data from the image into RAM, clears the rest, runs main()
 * and reports its status through semihosting. A fault is reported as well
 * as it can be and ends the run, so a test never hangs in a loop.
 */
#include <stdint.h>
#include <string.h>

#include "semihost.h"
#include "startup.h"

int main(void);

/* From the linker script. */
extern uint32_t __data_load[], __data_start[], __data_end[];
extern uint32_t __bss_start[], __bss_end[], __stack_bottom[], __stack_top[];

/* What the unused stack holds: a word no code is likely to leave. */
#define STACK_PAINT 0x5AC3A55Au

/* Paints the stack below the handler's own frame (and a margin for the
 * calls to come), so that startup_stack_used() finds how deep it went. */
static void paint_stack(void)
{
    uint32_t *sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    for (uint32_t *p = __stack_bottom; p < sp - 16; p++) *p = STACK_PAINT;
}

uint32_t startup_stack_used(void)
{
    const uint32_t *p = __stack_bottom;
    while (p < __stack_top && *p == STACK_PAINT) p++;
    return (uint32_t)((const char *)__stack_top - (const char *)p);
}

uint32_t startup_stack_size(void)
{
    return (uint32_t)((const char *)__stack_top - (const char *)__stack_bottom);
}

void reset_handler(void);
void fault_handler(void);

void reset_handler(void)
{
    memcpy(__data_start, __data_load,
           (size_t)((char *)__data_end - (char *)__data_start));
    memset(__bss_start, 0, (size_t)((char *)__bss_end - (char *)__bss_start));
    paint_stack();
    semihost_exit(main());
}

/* NMI, hard fault and the configurable faults (escalated to hard fault:
 * none is enabled) all end here. */
void fault_handler(void)
{
    semihost_write("FAIL the board faulted\n");
    semihost_exit(2);
}

/* The initial stack pointer, then the handlers (Armv7-M, B1.5.3): reset,
 * NMI, hard fault, memory management, bus and usage faults. The other
 * exceptions are never enabled. */
__attribute__((section(".vectors"), used))
static void (*const vectors[])(void) = {
    (void (*)(void))(uintptr_t)__stack_top,
    reset_handler,
    fault_handler,
    fault_handler,
    fault_handler,
    fault_handler,
    fault_handler,
};
