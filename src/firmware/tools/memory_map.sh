#!/bin/sh
# memory_map.sh ELF - the firmware's flash and RAM use by part, from the
# output sections of mps2-an500.ld (arm-none-eabi-size -A), against the
# kiosk board's budget: RAM is 1 MB less the 800x480 16-bit framebuffer.
set -eu
elf=$1
arm-none-eabi-size -A "$elf" | awk '
    function kb(n) { return sprintf("%7.1f KB", n / 1024) }
    { size[$1] = $2 }
    END {
        code = size[".text"] + size[".ARM.exidx"] + size[".data"]
        flash = code + size[".content_text"] + size[".font_tables"] + size[".test_scripts"]
        state = size[".bss"] + size[".data"]
        ram = size[".content_table"] + size[".view"] + state + size[".stack"]
        budget = 1048576 - 800 * 480 * 2
        print "firmware memory map (" elf ")"
        print "  flash  code                  " kb(code)
        print "         content (content.ini) " kb(size[".content_text"])
        print "         font metrics tables   " kb(size[".font_tables"])
        print "         test scripts          " kb(size[".test_scripts"])
        print "         total                 " kb(flash)
        print "  RAM    content table         " kb(size[".content_table"])
        print "         view                  " kb(size[".view"])
        print "         state                 " kb(state)
        print "         stack                 " kb(size[".stack"])
        print "         total                 " kb(ram) " of " kb(budget) \
              " (1 MB less the 750.0 KB framebuffer), " kb(budget - ram) " spare"
    }' elf="$elf"
