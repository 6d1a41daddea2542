/* content_format.h - a content table written back as a content file.
 *
 * The canonical form: the records in the loader's order ([show],
 * [labels], then every event, ambassador, agreement, trade fact, export
 * and mission in table order, then [end]), each field as "key = value"
 * in its schema's order, Spanish before English, empty optional fields
 * left out, dates as precise as they were given. What content_load
 * accepted, written so and loaded again, is the same table: the content
 * fuzzer checks it (tests/fuzz/fuzz_content.c), and curators get a tidy
 * file from `kiosk --format-content FILE`.
 */
#ifndef KIOSK_CONTENT_FORMAT_H
#define KIOSK_CONTENT_FORMAT_H

#include <stddef.h>

#include "content.h"

/* Writes `content` into buf (at most cap - 1 bytes and a NUL, as
 * snprintf); returns the length of the whole text, which may be cap or
 * more when it did not fit. */
size_t content_format(const content_t *content, char *buf, size_t cap);

#endif
