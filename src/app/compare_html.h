/* compare_html.h - OUT/index.html of --compare DIR --report OUT: a row per
 * slide with its old picture, its new one and their difference side by
 * side, for a curator's browser or a museum's CI. The pictures are files
 * beside it (ID.old.png, ID.new.png, ID.diff.png), linked by relative
 * names, so OUT can be moved or published whole. */
#ifndef KIOSK_COMPARE_HTML_H
#define KIOSK_COMPARE_HTML_H

#include <stdbool.h>
#include <stdio.h>

typedef struct {
    FILE *f;
    char path[4096]; /* OUT/index.html, for messages */
} compare_html_t;

/* Starts OUT/index.html (OUT exists); `dir` is named in its heading. */
bool compare_html_open(compare_html_t *h, const char *out, const char *dir);

/* One slide: its outcome ("same", "changed"...), id and title, and which
 * of its three pictures exist. */
void compare_html_row(compare_html_t *h, const char *outcome, const char *id,
                      const char *title, bool has_old, bool has_new,
                      bool has_diff);

/* Ends and closes the page; false when it could not be written whole. */
bool compare_html_close(compare_html_t *h);

#endif
