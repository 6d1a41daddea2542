/* compare.c - --compare DIR (to be written). */
#include "headless.h"

int run_compare(kiosk_t *k, board_t *b, const char *dir)
{
    (void)k; (void)b; (void)dir;
    return 1;
}
