/* embedded.h - what the firmware image carries besides its code: the
 * built-in content and the scripts of tests/scripts/, assembled from
 * build/firmware/embedded.S (written by tools/gen_embedded.sh). */
#ifndef KIOSK_FIRMWARE_EMBEDDED_H
#define KIOSK_FIRMWARE_EMBEDDED_H

#include <stdint.h>

extern const char firmware_content[]; /* data/content.ini */
extern const uint32_t firmware_content_size;

typedef struct {
    const char *name; /* the file's name */
    const char *text; /* its bytes, not NUL-terminated */
    uint32_t size;
} firmware_script_t;

extern const firmware_script_t firmware_scripts[];
extern const uint32_t firmware_script_count;

#endif
