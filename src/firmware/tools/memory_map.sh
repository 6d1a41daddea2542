#!/bin/sh
# memory_map.sh [--values] ELF - the firmware's flash and RAM use by part,
# from the output sections of mps2-an500.ld (arm-none-eabi-size -A),
# against the kiosk board's budget: RAM is 1 MB less the 800x480 16-bit
# framebuffer. --values prints "key bytes" lines for tests/bench/bench.sh
# instead of the table.
set -eu
values=0
[ "$1" = --values ] && { values=1; shift; }
elf=$1
map=${elf%.elf}.map
# Of the code, the core's own: its objects' input sections placed in the
# .text output section, from the linker's map (kept beside the ELF).
core=$(awk '
    function hex(s,   n, i) {
        n = 0; s = tolower(substr(s, 3))
        for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
        return n
    }
    /^Linker script and memory map/ { placed = 1 }
    placed && /^\.[A-Za-z_]/ { in_text = ($1 == ".text") }
    in_text && $(NF) ~ /obj\/core\// && $(NF - 1) ~ /^0x/ { sum += hex($(NF - 1)) }
    END { print sum + 0 }' "$map")
arm-none-eabi-size -A "$elf" | awk -v elf="$elf" -v values=$values -v core="$core" '
    function kb(n) { return sprintf("%7.1f KB", n / 1024) }
    function kb1(n) { return sprintf("%.1f KB", n / 1024) }
    { size[$1] = $2 }
    END {
        v["flash_code"] = size[".text"] + size[".ARM.exidx"] + size[".data"]
        v["flash_code_core"] = core
        v["flash_content"] = size[".content_text"]
        v["flash_fonts"] = size[".font_tables"]
        v["flash_scripts"] = size[".test_scripts"]
        v["flash_total"] = v["flash_code"] + v["flash_content"] + v["flash_fonts"] + v["flash_scripts"]
        v["ram_content"] = size[".content_table"]
        v["ram_view"] = size[".view"]
        v["ram_state"] = size[".bss"] + size[".data"]
        v["ram_stack"] = size[".stack"]
        v["ram_total"] = v["ram_content"] + v["ram_view"] + v["ram_state"] + v["ram_stack"]
        v["ram_budget"] = 1048576 - 800 * 480 * 2
        if (values) {
            for (k in v) print k, v[k]
            exit
        }
        print "firmware memory map (" elf ")"
        print "  flash  code                  " kb(v["flash_code"]) ", of which src/core " kb1(v["flash_code_core"])
        print "         content (content.ini) " kb(v["flash_content"])
        print "         font metrics tables   " kb(v["flash_fonts"])
        print "         test scripts          " kb(v["flash_scripts"])
        print "         total                 " kb(v["flash_total"])
        print "  RAM    content table         " kb(v["ram_content"])
        print "         view                  " kb(v["ram_view"])
        print "         state                 " kb(v["ram_state"])
        print "         stack                 " kb(v["ram_stack"])
        print "         total                 " kb(v["ram_total"]) " of " kb1(v["ram_budget"]) \
              " (1 MB less the 750.0 KB framebuffer), " kb1(v["ram_budget"] - v["ram_total"]) " spare"
    }'
