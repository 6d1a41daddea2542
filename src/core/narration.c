/* narration.c - the words a slide is read with, and when; see narration.h. */
#include "narration.h"

#include <string.h>

#include "kiosk_assert.h"

/* ------------------------------------------------------------- modes */

static const char *const mode_names[] = {"off", "on-request", "always"};

bool narration_mode_parse(const char *name, narration_mode_t *out)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(name, mode_names[i]) == 0) {
            *out = (narration_mode_t)i;
            return true;
        }
    return false;
}

const char *narration_mode_name(narration_mode_t mode)
{
    return mode_names[mode];
}

const char *narration_button_label(const content_t *c, lang_t lang, bool on)
{
    static const char *const defaults[2][LANG_COUNT] = {
        {"Escuchar", "Listen"}, {"Detener", "Stop"}};
    const char *label = on ? c->labels.listen_stop[lang] : c->labels.listen[lang];
    return label[0] ? label : defaults[on][lang];
}

/* -------------------------------------------------------------- text */

typedef struct {
    char *out;
    size_t len, cap;
    const content_t *c;
    lang_t lang;
} script_t;

static void append(script_t *s, const char *text)
{
    size_t n = strlen(text);
    /* NARRATION_TEXT_MAX bounds every valid content (narration.h). */
    KIOSK_ASSERT(s->len + n < s->cap);
    memcpy(s->out + s->len, text, n + 1);
    s->len += n;
}

static bool ends_sentence(const char *text, size_t len)
{
    if (len == 0) return true;
    char last = text[len - 1];
    return last == '.' || last == '!' || last == '?' || last == ':' ||
           last == ';';
}

/* One part of the slide, after the last: a pause between them. Empty
 * parts (a field the article leaves empty) are not shown, so not read. */
static void part(script_t *s, const char *text)
{
    if (!text[0]) return;
    if (s->len) append(s, ends_sentence(s->out, s->len) ? " " : ". ");
    append(s, text);
}

/* A label and its value, as the slide pairs them; neither when the value
 * is empty. */
static void labelled(script_t *s, const char *label, const char *value)
{
    if (!value[0]) return;
    part(s, label);
    append(s, ": ");
    append(s, value);
}

static void date_part(script_t *s, content_date_t d)
{
    if (d.year == 0) return; /* undated: not shown */
    char buf[64];
    content_date_format(s->c, d, s->lang, buf, sizeof buf);
    part(s, buf);
}

static void end_text(script_t *s)
{
    if (s->len && !ends_sentence(s->out, s->len)) append(s, ".");
}

#define L(field) (s->c->labels.field[s->lang])

static void title_text(script_t *s)
{
    const content_show_t *show = &s->c->show;
    part(s, show->title[s->lang]);
    part(s, show->subtitle[s->lang]);
    part(s, show->text[s->lang]);
    part(s, L(invitation));
}

static void event_text(script_t *s, size_t i)
{
    const content_event_t *e = &s->c->events[i];
    part(s, L(history));
    date_part(s, e->date);
    part(s, e->headline[s->lang]);
    part(s, e->text[s->lang]);
}

/* The name and observations, then the era: the leader's and the
 * president's, and the end of the term where there is one. */
static void ambassador_text(script_t *s, size_t i)
{
    const content_ambassador_t *a = &s->c->ambassadors[i];
    part(s, L(ambassadors));
    part(s, a->name);
    part(s, a->observations[s->lang]);
    labelled(s, L(leader), a->leader);
    labelled(s, L(president), a->president);
    labelled(s, L(term_end), a->term_end[s->lang]);
}

/* The overview: its title, then each row in the table's order, the
 * relations' start (the row without a name) and each ambassador, with
 * the era the slide writes beside the mark. */
static void overview_text(script_t *s)
{
    part(s, L(ambassadors));
    part(s, L(overview));
    for (size_t i = 0; i < s->c->ambassador_count; i++) {
        const content_ambassador_t *a = &s->c->ambassadors[i];
        part(s, a->name[0] ? a->name : L(established));
        part(s, a->era[s->lang]);
    }
}

static void agreements_text(script_t *s)
{
    part(s, L(agreements));
    for (size_t i = 0; i < s->c->agreement_count; i++) {
        date_part(s, s->c->agreements[i].date);
        part(s, s->c->agreements[i].name[s->lang]);
    }
}

/* Each side's heading, then its goods (a heading shows only over goods). */
static void goods_text(script_t *s, content_side_t side, const char *heading)
{
    bool first = true;
    for (size_t i = 0; i < s->c->export_count; i++) {
        if (s->c->exports[i].from != side) continue;
        if (first) part(s, heading);
        first = false;
        part(s, s->c->exports[i].goods[s->lang]);
    }
}

static void trade_text(script_t *s)
{
    part(s, L(trade));
    for (size_t i = 0; i < s->c->trade_count; i++) {
        const content_trade_t *t = &s->c->trade[i];
        date_part(s, t->date);
        if (i == 0) part(s, t->figure[s->lang]); /* the headline figure */
        part(s, t->text[s->lang]);
    }
    goods_text(s, SIDE_MEXICO, L(exports_mexico));
    goods_text(s, SIDE_NORTH_KOREA, L(exports_north_korea));
}

static void missions_text(script_t *s)
{
    part(s, L(missions));
    for (size_t i = 0; i < s->c->mission_count; i++) {
        const content_mission_t *m = &s->c->missions[i];
        part(s, m->side == SIDE_MEXICO ? L(mexico) : L(north_korea));
        part(s, m->text[s->lang]);
    }
}

size_t narration_text(const content_t *c, const deck_t *deck, uint32_t index,
                      lang_t lang, char *out, size_t cap)
{
    KIOSK_ASSERT(index < deck->count && lang < LANG_COUNT);
    KIOSK_ASSERT(cap > NARRATION_TEXT_MAX);
    script_t s = {out, 0, cap, c, lang};
    out[0] = '\0';
    const slide_t *slide = &deck->slides[index];
    switch (slide->kind) {
    case SLIDE_TITLE: title_text(&s); break;
    case SLIDE_EVENT: event_text(&s, slide->record); break;
    case SLIDE_AMBASSADOR: ambassador_text(&s, slide->record); break;
    case SLIDE_OVERVIEW: overview_text(&s); break;
    case SLIDE_AGREEMENTS: agreements_text(&s); break;
    case SLIDE_TRADE: trade_text(&s); break;
    case SLIDE_MISSIONS: missions_text(&s); break;
    }
    end_text(&s);
    return s.len;
}

/* ----------------------------------------------------------- narrator */

void narrator_init(narrator_t *n, narration_mode_t mode, bool available)
{
    memset(n, 0, sizeof *n);
    n->mode = mode;
    n->available = available;
    n->on = mode == NARRATION_ALWAYS;
}

bool narrator_offered(const narrator_t *n)
{
    return n->available && n->mode != NARRATION_OFF;
}

/* Whether the visit is on: A toggles it; the machine back in ATTRACT on
 * its own (or asleep) has ended it. */
static void follow_visit(narrator_t *n, const sm_t *sm, sm_event_kind_t ev)
{
    if (ev == SM_EV_NARRATE) {
        n->on = !n->on;
        return;
    }
    if (sm->state == SM_SLEEP) n->on = false;
    /* ATTRACT after any other event: the visitor has gone (a key never
     * leads to ATTRACT: it leads to BROWSE). */
    else if (sm->state == SM_ATTRACT) n->on = n->mode == NARRATION_ALWAYS;
}

narrator_action_t narrator_follow(narrator_t *n, const sm_t *sm,
                                  sm_event_kind_t event)
{
    if (!narrator_offered(n)) return NARRATOR_NOTHING;
    follow_visit(n, sm, event);
    if (!n->on || sm->state == SM_SLEEP) {
        bool was = n->spoken;
        n->spoken = false;
        return was ? NARRATOR_STOP : NARRATOR_NOTHING;
    }
    bool same = n->spoken && n->slide == sm->slide && n->lang == sm->lang;
    if (same && event != SM_EV_NARRATE) return NARRATOR_NOTHING;
    n->spoken = true;
    n->slide = sm->slide;
    n->lang = sm->lang;
    return NARRATOR_SPEAK;
}
