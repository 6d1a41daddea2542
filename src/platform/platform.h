/* platform.h - starting and ending the board's libraries (SDL, SDL_ttf
 * and the embedded fonts), so that main never calls them itself. */
#ifndef KIOSK_PLATFORM_H
#define KIOSK_PLATFORM_H

#include <stdbool.h>

/* Before any board, font or canvas call. False (logged) when the
 * platform cannot start. */
bool platform_init(void);

/* After the last one. */
void platform_quit(void);

#endif
