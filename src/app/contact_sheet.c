/* contact_sheet.c - --contact-sheet FILE (to be written). */
#include "headless.h"

int run_contact_sheet(kiosk_t *k, board_t *b, const char *file)
{
    (void)k; (void)b; (void)file;
    return 1;
}
