/* embedded.h - the files built into the binary (see embedded.S). */
#ifndef KIOSK_EMBEDDED_H
#define KIOSK_EMBEDDED_H

#include <stdint.h>

extern const unsigned char embedded_font_regular[];
extern const uint64_t embedded_font_regular_size;
extern const unsigned char embedded_font_bold[];
extern const uint64_t embedded_font_bold_size;
/* data/content.ini as it was at build time */
extern const char embedded_content[];
extern const uint64_t embedded_content_size;

#endif
