/* compare_html.c - the --compare report page; see compare_html.h. */
#include "compare_html.h"

#include <errno.h>
#include <string.h>

#include "../platform/log.h"

/* Text as HTML: a headline may hold "&", "<" or quotes. */
static void put_escaped(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

bool compare_html_open(compare_html_t *h, const char *out, const char *dir)
{
    snprintf(h->path, sizeof h->path, "%s/index.html", out);
    h->f = fopen(h->path, "w");
    if (!h->f) {
        log_error("%s: cannot create: %s", h->path, strerror(errno));
        return false;
    }
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
          "<title>Kiosk: content compared</title>\n<style>\n"
          "body{font-family:sans-serif;background:#202830;color:#e8e4dc}\n"
          "table{border-collapse:collapse;width:100%}\n"
          "td,th{padding:6px;vertical-align:top;text-align:left}\n"
          "tr{border-top:1px solid #445}\n"
          "img{width:100%;display:block}\n"
          "td.pic{width:28%}\n"
          ".same{color:#8a9}.changed{color:#fc6}.added{color:#6cf}"
          ".removed{color:#f88}\n"
          "</style></head><body>\n<h1>Compared with ", h->f);
    put_escaped(h->f, dir);
    fputs("</h1>\n<table>\n<tr><th>slide</th><th>old</th><th>new</th>"
          "<th>difference (changed pixels in magenta)</th></tr>\n", h->f);
    return true;
}

/* A picture cell: the image when it exists, else an empty cell. */
static void put_picture(FILE *f, bool has, const char *id, const char *kind)
{
    if (has) fprintf(f, "<td class=\"pic\"><img src=\"%s.%s.png\" alt=\"%s\">"
                        "</td>", id, kind, kind);
    else fputs("<td class=\"pic\"></td>", f);
}

void compare_html_row(compare_html_t *h, const char *outcome, const char *id,
                      const char *title, bool has_old, bool has_new,
                      bool has_diff)
{
    fprintf(h->f, "<tr id=\"%s\" class=\"%s\"><td><b class=\"%s\">%s</b><br>"
                  "<code>%s</code><br>", id, outcome, outcome, outcome, id);
    put_escaped(h->f, title);
    fputs("</td>", h->f);
    put_picture(h->f, has_old, id, "old");
    put_picture(h->f, has_new, id, "new");
    put_picture(h->f, has_diff, id, "diff");
    fputs("</tr>\n", h->f);
}

bool compare_html_close(compare_html_t *h)
{
    /* Once the page has loaded, it says on its <body> how many pictures
     * loaded and how many did not: what a CI's headless browser checks
     * (tests/cli.sh does, with Chromium's --dump-dom). */
    fputs("</table>\n<script>\naddEventListener('load', function () {\n"
          "  var all = document.images, broken = 0;\n"
          "  for (var i = 0; i < all.length; i++)\n"
          "    if (!all[i].complete || !all[i].naturalWidth) broken++;\n"
          "  document.body.dataset.imagesLoaded = all.length - broken;\n"
          "  document.body.dataset.imagesBroken = broken;\n"
          "});\n</script>\n</body></html>\n", h->f);
    bool ok = !ferror(h->f);
    if (fclose(h->f) != 0) ok = false;
    if (!ok) log_error("%s: cannot write: %s", h->path, strerror(errno));
    return ok;
}
