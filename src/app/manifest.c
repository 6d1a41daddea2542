/* manifest.c - DIR/slides.tsv; see manifest.h. */
#include "manifest.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../platform/log.h"

/* DIR plus "/slides.tsv". */
#define MANIFEST_PATH (LIMIT_SCRIPT_PATH + 16)
/* A line: number, id, title, tabs and the newline, with room to tell a
 * longer one. */
#define MANIFEST_LINE (16 + LIMIT_ID + MANIFEST_TITLE + 8)

static void manifest_path(char *out, const char *dir)
{
    snprintf(out, MANIFEST_PATH, "%s/%s", dir, MANIFEST_NAME);
}

bool manifest_write(const char *dir, const kiosk_t *k)
{
    char path[MANIFEST_PATH], title[MANIFEST_TITLE + 1];
    manifest_path(path, dir);
    FILE *f = fopen(path, "w");
    if (!f) {
        log_error("%s: cannot create: %s", path, strerror(errno));
        return false;
    }
    fprintf(f, "# kiosk --shots: slide number, id, title (%s)\n",
            lang_code(k->sm.lang));
    for (uint32_t i = 0; i < k->deck.count; i++) {
        deck_slide_title(&k->deck, &k->content, i, k->sm.lang, title,
                         sizeof title);
        fprintf(f, "%03u\t%s\t%s\n", i + 1,
                deck_slide_id(&k->deck, &k->content, i), title);
    }
    bool ok = fclose(f) == 0;
    if (!ok) log_error("%s: cannot write: %s", path, strerror(errno));
    return ok;
}

static bool bad_line(const char *path, uint32_t line, const char *why)
{
    fprintf(stderr, "%s:%u: %s\n", path, line, why);
    return false;
}

/* One "NNN<tab>ID<tab>TITLE" line, which must be slide m->count + 1. */
static bool parse_entry(const char *path, uint32_t line, char *s,
                        manifest_t *m)
{
    char *id = strchr(s, '\t');
    char *title = id ? strchr(id + 1, '\t') : NULL;
    if (!title) return bad_line(path, line, "expected NNN, a tab, an id, a "
                                            "tab and a title");
    *id++ = '\0';
    *title++ = '\0';
    char *end;
    unsigned long n = strtoul(s, &end, 10);
    if (*end || n != m->count + 1u)
        return bad_line(path, line, "slides must be numbered 001, 002, ... "
                                    "in order");
    if (m->count >= LIMIT_SLIDES)
        return bad_line(path, line, "more slides than a deck can have "
                                    "(LIMIT_SLIDES)");
    if (strlen(id) > LIMIT_ID || strlen(title) > MANIFEST_TITLE)
        return bad_line(path, line, "an id or title longer than the kiosk "
                                    "writes");
    manifest_entry_t *e = &m->entries[m->count++];
    memcpy(e->id, id, strlen(id) + 1);
    memcpy(e->title, title, strlen(title) + 1);
    return true;
}

static bool parse_lines(const char *path, FILE *f, manifest_t *m)
{
    static char buf[MANIFEST_LINE];
    uint32_t line = 0;
    while (fgets(buf, sizeof buf, f)) {
        line++;
        size_t n = strlen(buf);
        if (n == sizeof buf - 1 && buf[n - 1] != '\n')
            return bad_line(path, line, "line too long");
        if (n && buf[n - 1] == '\n') buf[--n] = '\0';
        if (buf[0] == '#' || buf[0] == '\0') continue;
        if (!parse_entry(path, line, buf, m)) return false;
    }
    return true;
}

bool manifest_read(const char *dir, manifest_t *m)
{
    char path[MANIFEST_PATH];
    manifest_path(path, dir);
    m->count = 0;
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open: %s (make the references with "
                        "--shots %s)\n", path, strerror(errno), dir);
        return false;
    }
    bool ok = parse_lines(path, f, m);
    fclose(f);
    return ok;
}

uint32_t manifest_find(const manifest_t *m, const char *id)
{
    for (uint32_t i = 0; i < m->count; i++)
        if (strcmp(m->entries[i].id, id) == 0) return i;
    return UINT32_MAX;
}
