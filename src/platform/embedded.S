/* embedded.S - files built into the binary, so it needs none beside it.
 * .incbin paths are relative to the directory make runs in (the top). */
    .section .rodata
    .balign 16

    .global embedded_font_regular
    .global embedded_font_regular_end
embedded_font_regular:
    .incbin "assets/fonts/NotoSans-Regular.ttf"
embedded_font_regular_end:

    .balign 16
    .global embedded_font_bold
    .global embedded_font_bold_end
embedded_font_bold:
    .incbin "assets/fonts/NotoSans-Bold.ttf"
embedded_font_bold_end:

    .balign 16
    .global embedded_content
    .global embedded_content_end
embedded_content:
    .incbin "data/content.ini"
embedded_content_end:
    .byte 0

    /* No executable stack: this object must not make the whole binary's
     * stack executable. */
    .section .note.GNU-stack,"",@progbits
