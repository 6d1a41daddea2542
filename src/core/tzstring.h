/* tzstring.h - POSIX TZ strings: is a text one?
 *
 * TZ (or the `timezone` setting) names a zone file ("Europe/Madrid") or is
 * a rule of its own, "std offset [dst [offset] [,start[/time],end[/time]]]":
 * "CET-1CEST,M3.5.0,M10.5.0/3", "EST5EDT", "<-03>3", "UTC0". The C library
 * takes a value that names no zone file as such a string, and one it cannot
 * read either way as UTC, silently: a museum in Mexico City would open six
 * hours off. app/wall.c looks for the zone file; this checks the string,
 * as POSIX (IEEE 1003.1, 8.3 "TZ") writes it, with glibc's hours for a
 * rule's time (-167 to 167).
 */
#ifndef KIOSK_TZSTRING_H
#define KIOSK_TZSTRING_H

#include <stdbool.h>

/* True when tz is a whole POSIX TZ string. */
bool tzstring_valid(const char *tz);

#endif
