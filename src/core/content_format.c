/* content_format.c - a content table as a content file; see
 * content_format.h. Nothing here allocates: the text goes into the
 * caller's buffer, as far as it fits. */
#include "content_format.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* The text so far: what fitted in buf, and the length of all of it. */
typedef struct {
    char *buf;
    size_t cap;
    size_t len;
} writer_t;

static void put(writer_t *w, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void put(writer_t *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t room = w->len < w->cap ? w->cap - w->len : 0;
    int n = vsnprintf(room ? w->buf + w->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n > 0) w->len += (size_t)n;
}

/* "key = value", or nothing when the value is empty (an optional field
 * left out; a required one is never empty in a loaded table). */
static void text(writer_t *w, const char *key, const char *value)
{
    if (value[0]) put(w, "%s = %s\n", key, value);
}

/* A translated field: key_es, then key_en; each left out when empty (a
 * loaded table has both or neither). Short and long fields alike. */
_Static_assert(LANG_COUNT == 2, "tr() writes two languages");
#define TR(w, key, field) tr(w, key, (field)[LANG_ES], (field)[LANG_EN])
static void tr(writer_t *w, const char *key, const char *es, const char *en)
{
    if (es[0]) put(w, "%s_%s = %s\n", key, lang_code(LANG_ES), es);
    if (en[0]) put(w, "%s_%s = %s\n", key, lang_code(LANG_EN), en);
}

/* As precise as it was given: YYYY, YYYY-MM or YYYY-MM-DD; nothing for
 * no date (an ambassador's accreditation may be left out). */
static void date(writer_t *w, const char *key, content_date_t d)
{
    if (d.year == 0) return;
    put(w, "%s = %04d", key, d.year);
    if (d.month) put(w, "-%02u", (unsigned)d.month);
    if (d.day) put(w, "-%02u", (unsigned)d.day);
    put(w, "\n");
}

static void seconds(writer_t *w, const char *key, uint32_t ms)
{
    if (ms) put(w, "%s = %u\n", key, (unsigned)(ms / 1000u));
}

static const char *side_name(content_side_t side)
{
    switch (side) {
    case SIDE_MEXICO: return "mexico";
    case SIDE_NORTH_KOREA: return "north_korea";
    }
    return "?";
}

static void show(writer_t *w, const content_show_t *s)
{
    put(w, "[show]\n");
    TR(w, "title", s->title);
    TR(w, "subtitle", s->subtitle);
    TR(w, "text", s->text);
    seconds(w, "slide_seconds", s->slide_ms);
}

/* The labels in the loader's own order and list (content_label_key): a
 * label added to the schema is written without a change here. */
static void labels(writer_t *w, const content_labels_t *l)
{
    put(w, "[labels]\n");
    size_t offset;
    const char *key;
    for (size_t i = 0; (key = content_label_key(i, &offset)); i++)
        TR(w, key, (const content_short_t *)((const char *)l + offset));
}

static void head_of_state(writer_t *w, const content_head_t *h)
{
    put(w, "[head_of_state]\nside = %s\n", side_name(h->side));
    text(w, "name", h->name);
    text(w, "short_name", h->short_name);
    date(w, "from", h->from);
    date(w, "to", h->to);
    date(w, "as_of", h->as_of);
}

static void event(writer_t *w, const content_event_t *e)
{
    put(w, "[event]\n");
    /* The id made from the content too: written out, it stays the slide's
     * id for --compare whatever the record's words become. */
    text(w, "id", e->id);
    date(w, "date", e->date);
    TR(w, "headline", e->headline);
    TR(w, "text", e->text);
    seconds(w, "seconds", e->slide_ms);
}

static void ambassador(writer_t *w, const content_ambassador_t *a)
{
    put(w, "[ambassador]\n");
    text(w, "id", a->id);
    text(w, "name", a->name);
    TR(w, "era", a->era);
    date(w, "accreditation", a->accreditation);
    TR(w, "observations", a->observations);
    text(w, "leader", a->leader);
    text(w, "president", a->president);
    TR(w, "term_end", a->term_end);
    seconds(w, "seconds", a->slide_ms);
}

/* The kinds listed on one slide each: agreements, trade, exports,
 * missions. */
static void summaries(writer_t *w, const content_t *c)
{
    for (size_t i = 0; i < c->agreement_count; i++) {
        put(w, "[agreement]\n");
        date(w, "date", c->agreements[i].date);
        TR(w, "name", c->agreements[i].name);
    }
    for (size_t i = 0; i < c->trade_count; i++) {
        put(w, "[trade]\n");
        date(w, "date", c->trade[i].date);
        TR(w, "figure", c->trade[i].figure);
        TR(w, "text", c->trade[i].text);
    }
    for (size_t i = 0; i < c->export_count; i++) {
        put(w, "[export]\nfrom = %s\n", side_name(c->exports[i].from));
        TR(w, "goods", c->exports[i].goods);
    }
    for (size_t i = 0; i < c->mission_count; i++) {
        put(w, "[mission]\nside = %s\n", side_name(c->missions[i].side));
        TR(w, "text", c->missions[i].text);
    }
}

size_t content_format(const content_t *c, char *buf, size_t cap)
{
    writer_t w = {buf, cap, 0};
    if (cap) buf[0] = '\0';
    show(&w, &c->show);
    labels(&w, &c->labels);
    for (size_t i = 0; i < c->head_count; i++)
        head_of_state(&w, &c->heads[i]);
    for (size_t i = 0; i < c->event_count; i++) event(&w, &c->events[i]);
    for (size_t i = 0; i < c->ambassador_count; i++)
        ambassador(&w, &c->ambassadors[i]);
    summaries(&w, c);
    put(&w, "[end]\n");
    return w.len;
}
