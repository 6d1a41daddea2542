/* settings.h - how a kiosk is set up for its wall: the settings file.
 *
 * An INI file (README.md, "Settings"; an example is data/kiosk.ini): one
 * "key = value" a line, "#" or ";" starts a comment line, an optional
 * [kiosk] header. Every setting has a default, so an empty file is a valid
 * one. A setting that is wrong is reported with its line and keeps its
 * default: the kiosk still shows its slideshow.
 */
#ifndef KIOSK_SETTINGS_H
#define KIOSK_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "content.h"
#include "hours.h"
#include "lang.h"
#include "narration.h"

/* Log levels, most severe first: a level shows itself and those above. */
typedef enum {
    SETTINGS_LOG_ERROR,
    SETTINGS_LOG_WARN,
    SETTINGS_LOG_INFO,
} settings_log_t;

/* Whether the panel has a touch screen, for the words of the screen's
 * hints ("Toca para explorar" or "Presiona la tecla..."). */
typedef enum {
    SETTINGS_TOUCH_AUTO, /* as the platform finds: a touch device, or a
                          * finger seen */
    SETTINGS_TOUCH_YES,
    SETTINGS_TOUCH_NO,
} settings_touch_t;

/* A key chord held to leave the kiosk: modifiers and one key. */
#define CHORD_CTRL 1u
#define CHORD_ALT 2u
#define CHORD_SHIFT 4u
typedef struct {
    uint8_t mods;  /* CHORD_* bits that must be held */
    char key[16];  /* the key's name as SDL knows it: "q", "f12" */
} settings_chord_t;

typedef struct {
    char content[LIMIT_SETTING_TEXT + 1]; /* content: a file; "": built in */
    lang_t lang;                /* language: es */
    uint32_t slide_ms;          /* slide_seconds: 0 = as the content says
                                 * (by default: each slide's reading time) */
    uint32_t reading_wpm;       /* reading_wpm: 180 (reading.h) */
    uint32_t reading_min_ms;    /* reading_min_seconds: 8 */
    uint64_t idle_timeout_ms;   /* idle_seconds: 60 */
    uint64_t pause_timeout_ms;  /* pause_seconds: 300, 0 = never */
    uint32_t transition_ms;     /* transition_ms: 500, 0 = cut */
    int rotate;                 /* rotate: 0, 90, 180 or 270 */
    hours_t hours;              /* hours: always */
    bool closed_notice;         /* closed_notice: off (a black panel) */
    uint32_t staff_wake_ms;     /* staff_minutes: 5 */
    bool burn_in_shift;         /* burn_in_shift: on */
    settings_log_t log_level;   /* log_level: info */
    settings_chord_t exit_chord;/* exit_chord: ctrl+alt+shift+q */
    uint32_t exit_hold_ms;      /* exit_hold_seconds: 3 */
    settings_touch_t touch;     /* touch: auto */
    char zone[LIMIT_SETTING_TEXT + 1]; /* timezone: a TZ value; "": the
                                          system's (TZ, /etc/localtime) */
    narration_mode_t narration; /* narration: on-request */
    uint32_t narration_volume;  /* narration_volume: 80, percent */
    uint32_t narration_rate;    /* narration_rate: 160 words a minute */
    /* A fleet's view (README "Running many kiosks"); "": none. */
    char metrics_file[LIMIT_SETTING_TEXT + 1];     /* metrics_file */
    char snapshot_file[LIMIT_SETTING_TEXT + 1];    /* snapshot_file: a PNG */
    char snapshot_request[LIMIT_SETTING_TEXT + 1]; /* snapshot_request */
    char display_off_command[LIMIT_SETTING_TEXT + 1]; /* display_off_command */
    char display_on_command[LIMIT_SETTING_TEXT + 1];  /* display_on_command */
    char analytics_dir[LIMIT_SETTING_TEXT + 1];    /* analytics_dir */
} settings_t;

/* The speaking rate's range: espeak-ng's own (80 to 450 words a minute).
 * The volume is a percentage of full scale, 0 to 100. */
#define SETTINGS_NARRATION_RATE_MIN 80
#define SETTINGS_NARRATION_RATE_MAX 450

/* What the core cannot know and the platform can: whether a key of this
 * name exists (SDL's key names), whether the system has this time zone
 * (its zone files). zone_known says why not in why[0..cap), as "no time
 * zone is named ...". A NULL function takes every name on trust. */
typedef struct {
    bool (*key_known)(const char *name);
    bool (*zone_known)(const char *zone, char *why, size_t cap);
} settings_lookup_t;

/* An exit chord needs this many of ctrl, alt and shift: with one, a
 * visitor could hold it (shift+a) by chance or on purpose. */
#define SETTINGS_CHORD_MODS_MIN 2

void settings_defaults(settings_t *s);

/* Reads a settings file's text over the defaults in *s. Every problem is
 * in *report with its line; the settings it concerns keep their value.
 * True when there was none. lookup (NULL: none) checks key and zone names. */
bool settings_load(const char *text, size_t size, const settings_lookup_t *lookup,
                   settings_t *s, content_report_t *report);

/* Parses "ctrl+alt+shift+q": modifiers (any number) and one key, in any
 * order; false when malformed. Whether it is a chord an operator should
 * use (two modifiers, a key that exists) is settings_load's check. */
bool settings_parse_chord(const char *text, settings_chord_t *out);

#endif
