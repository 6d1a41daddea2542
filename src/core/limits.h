/* limits.h - every capacity of the kiosk's fixed memory, in one place.
 *
 * The kiosk is written like firmware: all content lives in static storage
 * sized by these constants. The loader rejects anything that would not fit
 * with an error naming the file, the line and the limit; it never truncates.
 * Raise a number here (and rebuild) when a curator needs more room.
 *
 * Text lengths are in bytes of UTF-8, excluding the terminating NUL.
 */
#ifndef KIOSK_LIMITS_H
#define KIOSK_LIMITS_H

/* Records per kind in one content file. */
#define LIMIT_EVENTS 32
#define LIMIT_AMBASSADORS 32
#define LIMIT_AGREEMENTS 16
#define LIMIT_TRADE_FACTS 8
#define LIMIT_EXPORTS 16
#define LIMIT_MISSIONS 8
/* Heads of state of both sides (the ambassadors' overview): today 12. */
#define LIMIT_HEADS_OF_STATE 24

/* Field lengths. A "short" field is a name or a headline, a "long" one is
 * running text (an event's text, an ambassador's observations). */
#define LIMIT_SHORT_TEXT 120
#define LIMIT_LONG_TEXT 600

/* A month's name in a date ("septiembre"), so a formatted date always
 * fits the view's strings. */
#define LIMIT_MONTH_NAME 24

/* One line of a content file, key and value together. */
#define LIMIT_LINE 1024

/* A whole content file. Larger files are refused before parsing. */
#define LIMIT_FILE_BYTES (256 * 1024)

/* A record's id (content.h, content_id_t), given or made. */
#define LIMIT_ID 64

/* Errors kept per load; the count of the rest is still reported. */
#define LIMIT_ERRORS 32
#define LIMIT_ERROR_TEXT 512 /* room for "unknown key" and the list of valid ones */

/* Slides: a title slide, every event, the ambassadors' overview, every
 * ambassador, and one slide each for agreements, trade and missions. */
#define LIMIT_SLIDES (1 + LIMIT_EVENTS + 1 + LIMIT_AMBASSADORS + 3)

/* One slide's view: its texts, its filled rectangles, and the lines of
 * one text. An ambassador slide's era bands (a segment per row, the own
 * segment's outline and a marker each) and an event slide's timeline
 * need fewer than the overview (checked below). */
/* The ambassadors' overview (view_overview.c) has the most of both: a
 * band and a name per head of state, a mark, its tick on the axis and a
 * name per ambassador, and up to VIEW_OVERVIEW_FIXED more (axis, ticks
 * and their years, the legend's swatches and words, kicker and title). */
#define VIEW_OVERVIEW_FIXED 24
#define LIMIT_VIEW_TEXTS \
    (LIMIT_HEADS_OF_STATE + LIMIT_AMBASSADORS + VIEW_OVERVIEW_FIXED)
#define LIMIT_VIEW_FILLS \
    (LIMIT_HEADS_OF_STATE + 2 * LIMIT_AMBASSADORS + VIEW_OVERVIEW_FIXED)
#if LIMIT_VIEW_FILLS < 2 * (LIMIT_AMBASSADORS + 4 + 1)
#error "LIMIT_VIEW_FILLS must hold an ambassador slide's era bands"
#endif
#define LIMIT_TEXT_LINES 16
#if LIMIT_VIEW_FILLS < LIMIT_EVENTS + 3
#error "LIMIT_VIEW_FILLS must hold an event slide's timeline"
#endif

/* Opening hours: time ranges in one day (e.g. a lunch break makes two). */
#define LIMIT_HOURS_RANGES 4

/* A settings file: one setting's value (a path, hours, a chord). */
#define LIMIT_SETTING_TEXT 240

/* A headless script. */
#define LIMIT_SCRIPT_LINES 4096
#define LIMIT_SCRIPT_PATH 512

/* Per-slide display time, in seconds, as a curator may set it. */
#define LIMIT_SLIDE_SECONDS_MIN 1
#define LIMIT_SLIDE_SECONDS_MAX 3600
/* The reading rate of the slide-time rule (reading.h), words a minute:
 * from a slow reader's to a skimmer's. */
#define LIMIT_READING_WPM_MIN 60
#define LIMIT_READING_WPM_MAX 600

#endif
