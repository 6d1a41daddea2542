/* startup.h - what the reset handler (startup.c) can tell of the run. */
#ifndef KIOSK_STARTUP_H
#define KIOSK_STARTUP_H

#include <stdint.h>

/* The deepest the stack has been so far, in bytes (the stack is painted
 * at reset and read back), and its size (mps2-an500.ld). */
uint32_t startup_stack_used(void);
uint32_t startup_stack_size(void);

#endif
