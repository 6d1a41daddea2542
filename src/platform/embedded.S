/* embedded.S - files built into the binary, so it needs none beside it.
 * .incbin paths are relative to the directory make runs in (the top).
 * Each file comes with its size, computed here by the assembler: C may not
 * subtract the addresses of two different objects. */
    .section .rodata
    .balign 16
    .global embedded_font_regular
embedded_font_regular:
    .incbin "assets/fonts/AtkinsonHyperlegible-Regular.ttf"
1:
    .balign 8
    .global embedded_font_regular_size
embedded_font_regular_size:
    .quad 1b - embedded_font_regular

    .balign 16
    .global embedded_font_bold
embedded_font_bold:
    .incbin "assets/fonts/AtkinsonHyperlegible-Bold.ttf"
2:
    .balign 8
    .global embedded_font_bold_size
embedded_font_bold_size:
    .quad 2b - embedded_font_bold

    .balign 16
    .global embedded_content
embedded_content:
    .incbin "data/content.ini"
3:
    .byte 0
    .balign 8
    .global embedded_content_size
embedded_content_size:
    .quad 3b - embedded_content

    /* No executable stack: this object must not make the whole binary's
     * stack executable. */
    .section .note.GNU-stack,"",@progbits
