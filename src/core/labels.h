/* labels.h - the words the screen shows that are not content.
 *
 * Kept in one place so that the slides, --list and the tests agree, and so
 * that moving them into the content file (for Spanish) is one change. */
#ifndef KIOSK_LABELS_H
#define KIOSK_LABELS_H

#define LABEL_HISTORY "History"
#define LABEL_AMBASSADORS "North Korean ambassadors to Mexico"
#define LABEL_LEADER "Leader of North Korea"
#define LABEL_PRESIDENT "Head of state of Mexico"
#define LABEL_TERM_END "Term end"
#define LABEL_AGREEMENTS "Bilateral agreements"
#define LABEL_TRADE "Trade"
#define LABEL_MISSIONS "Diplomatic missions"
#define LABEL_EXPORTS_MEXICO "Mexico exports to North Korea"
#define LABEL_EXPORTS_NORTH_KOREA "North Korea exports to Mexico"
#define LABEL_MEXICO "Mexico"
#define LABEL_NORTH_KOREA "North Korea"
#define LABEL_INVITATION "Press the right arrow key to explore"
#define LABEL_PAUSED "Paused \xC2\xB7 Space to resume"

#endif
