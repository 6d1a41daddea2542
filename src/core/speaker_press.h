/* speaker_press.h - a finger (or the mouse) on the speaker button.
 *
 * A press that goes down on the button is the button's, whatever it does
 * next: it never reaches the gesture recogniser (a tap there must not
 * also turn the page), and it is a tap on the button when it comes up on
 * the button (a visitor who slides off it changes their mind, as on any
 * touch button). A press that goes down elsewhere is the gesture's.
 */
#ifndef KIOSK_SPEAKER_PRESS_H
#define KIOSK_SPEAKER_PRESS_H

#include <stdbool.h>
#include <stdint.h>

#include "gesture.h"
#include "view.h"

typedef enum {
    SPEAKER_PRESS_PASS,   /* not the button's: feed it to the gesture */
    SPEAKER_PRESS_TAKEN,  /* the button's: nothing else to do */
    SPEAKER_PRESS_TAPPED, /* released on the button: SM_EV_NARRATE */
} speaker_press_result_t;

typedef struct {
    bool held;  /* a press that went down on the button is under way */
    int64_t id; /* its pointer */
} speaker_press_t;

/* The report p on the mounted panel, against the view on show. */
speaker_press_result_t speaker_press_feed(speaker_press_t *press,
                                          const view_t *view,
                                          gesture_panel_t panel,
                                          gesture_pointer_t p);

#endif
