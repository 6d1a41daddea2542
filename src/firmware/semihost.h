/* semihost.h - the board's console and exit, through Arm semihosting.
 *
 * The program asks its debugger (here QEMU, with -semihosting-config
 * enable=on) to write text and to end the run with a status: no UART
 * driver, no clock, nothing else of the board is needed to test the core
 * on it. On a real kiosk board without a debugger attached a semihosting
 * call would stop the CPU: these are for the test image only.
 */
#ifndef KIOSK_SEMIHOST_H
#define KIOSK_SEMIHOST_H

/* Writes a NUL-terminated string to the host's standard output. */
void semihost_write(const char *s);

/* Ends the run; QEMU exits with `status`. */
_Noreturn void semihost_exit(int status);

#endif
