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

int main(void);

/* From the linker script. */
extern uint32_t __data_load[], __data_start[], __data_end[];
extern uint32_t __bss_start[], __bss_end[], __stack_top[];

void reset_handler(void);
void fault_handler(void);

void reset_handler(void)
{
    memcpy(__data_start, __data_load,
           (size_t)((char *)__data_end - (char *)__data_start));
    memset(__bss_start, 0, (size_t)((char *)__bss_end - (char *)__bss_start));
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
