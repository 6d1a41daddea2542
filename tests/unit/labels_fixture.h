/* labels_fixture.h - the screen's own words in both languages, as
 * data/content.ini gives them, for tests that build a content table by
 * hand (test_deck, test_view). test_content loads the same words from
 * text instead.
 */
#ifndef TEST_LABELS_FIXTURE_H
#define TEST_LABELS_FIXTURE_H

#include <stdio.h>

#include "core/content.h"

#define FIXTURE_MONTHS_ES                                                   \
    "enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, " \
    "octubre, noviembre, diciembre"
#define FIXTURE_MONTHS_EN                                                   \
    "January, February, March, April, May, June, July, August, September, " \
    "October, November, December"

/* Sets a translated field (short or long) in both languages. */
static inline void fixture_set(content_short_tr_t field, const char *es,
                               const char *en)
{
    snprintf(field[LANG_ES], sizeof field[LANG_ES], "%s", es);
    snprintf(field[LANG_EN], sizeof field[LANG_EN], "%s", en);
}

static inline void fixture_set_long(content_long_tr_t field, const char *es,
                                    const char *en)
{
    snprintf(field[LANG_ES], sizeof field[LANG_ES], "%s", es);
    snprintf(field[LANG_EN], sizeof field[LANG_EN], "%s", en);
}

/* Fills every label of `l` in Spanish and English. */
static inline void fixture_labels(content_labels_t *l)
{
    fixture_set(l->history, "Historia", "History");
    fixture_set(l->ambassadors, "Embajadores de Corea del Norte en México",
                "North Korean ambassadors to Mexico");
    fixture_set(l->leader, "Líder de Corea del Norte", "Leader of North Korea");
    fixture_set(l->president, "Jefe de Estado de México",
                "Head of state of Mexico");
    fixture_set(l->term_end, "Fin del cargo", "Term end");
    fixture_set(l->agreements, "Acuerdos bilaterales", "Bilateral agreements");
    fixture_set(l->trade, "Comercio", "Trade");
    fixture_set(l->missions, "Misiones diplomáticas", "Diplomatic missions");
    fixture_set(l->exports_mexico, "Exportaciones de México a Corea del Norte",
                "Mexico exports to North Korea");
    fixture_set(l->exports_north_korea,
                "Exportaciones de Corea del Norte a México",
                "North Korea exports to Mexico");
    fixture_set(l->mexico, "México", "Mexico");
    fixture_set(l->north_korea, "Corea del Norte", "North Korea");
    fixture_set(l->invitation,
                "Presiona la tecla de flecha derecha para explorar",
                "Press the right arrow key to explore");
    fixture_set(l->paused, "En pausa \xC2\xB7 Espacio para continuar",
                "Paused \xC2\xB7 Space to resume");
    fixture_set(l->language, "L \xC2\xB7 English", "L \xC2\xB7 Español");
    fixture_set(l->months, FIXTURE_MONTHS_ES, FIXTURE_MONTHS_EN);
    fixture_set(l->invitation_touch, "Toca para explorar", "Touch to explore");
    fixture_set(l->paused_touch, "En pausa \xC2\xB7 Toca para continuar",
                "Paused \xC2\xB7 Touch to continue");
    fixture_set(l->language_touch, "English", "Español");
    fixture_set(l->overview, "Los embajadores en su tiempo",
                "The ambassadors in their time");
    fixture_set(l->established, "Relaciones establecidas",
                "Relations established");
    fixture_set(l->overview_marks, "Embajador, en el mandato que le da el "
                "artículo", "Ambassador, in the term the article gives");
    fixture_set(l->context, "Fechas de los mandatos: contexto, no del "
                "artículo", "Terms' dates: context, not from the article");
    fixture_set(l->accreditation, "Acreditación", "Accreditation");
}

#endif
