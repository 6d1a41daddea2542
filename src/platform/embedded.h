/* embedded.h - the files built into the binary (see embedded.S). */
#ifndef KIOSK_EMBEDDED_H
#define KIOSK_EMBEDDED_H

extern const unsigned char embedded_font_regular[], embedded_font_regular_end[];
extern const unsigned char embedded_font_bold[], embedded_font_bold_end[];
/* data/content.ini as it was at build time */
extern const char embedded_content[], embedded_content_end[];

#endif
