#!/bin/sh
# qemu.sh ELF - runs a firmware image on QEMU's mps2-an500 (a Cortex-M7):
# semihosting's console on standard output, no serial port, no monitor,
# no display; QEMU's exit status is the image's (SYS_EXIT_EXTENDED). A
# hang (an exit lost) ends in the timeout, status 124.
exec timeout "${QEMU_TIMEOUT:-300}" qemu-system-arm -M mps2-an500 -display none -monitor none \
    -serial none -chardev stdio,id=semihost \
    -semihosting-config enable=on,target=native,chardev=semihost -kernel "$1"
