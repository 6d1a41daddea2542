/* glyphs.h - every character a visitor can be shown has a glyph in the
 * embedded font (SDL_ttf has no font fallback: a missing glyph is drawn as
 * an empty box). Checked when content is loaded, so a curator's new
 * character is an error with its line, never a box on the wall. */
#ifndef KIOSK_GLYPHS_H
#define KIOSK_GLYPHS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/content.h"

/* Checks the values of a content file's key lines (comments and headers
 * are never shown) in both faces; adds an error per line with a missing
 * glyph to *report. It runs whatever content_load found, so that one
 * check says everything; a line that is not valid UTF-8 is skipped (its
 * error is content_load's). Needs fonts_init(). */
bool glyphs_check_content(const char *text, size_t size,
                          content_report_t *report);

/* Checks the characters the kiosk draws by itself (counter, bullets,
 * ellipsis); adds an error to *report for each one missing. */
bool glyphs_check_builtin(content_report_t *report);

#endif
