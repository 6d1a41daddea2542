/* heap.h - giving the heap's free pages back to the system.
 *
 * Drawing a slide renders its texts into short-lived surfaces (about a
 * megabyte at 1080p); freed, glibc keeps their pages, so a kiosk that
 * shows the same slide for minutes held them for nothing: PSS 17.1 MB
 * between slides, 16.0 MB once they were given back (measured under Xvfb
 * at 1920x1080, README "Benchmark").
 */
#ifndef KIOSK_HEAP_H
#define KIOSK_HEAP_H

/* Returns the free pages of the heap to the system; a no-op where the C
 * library has no way to (anything but glibc). Cheap enough to call after
 * every slide drawn. */
void heap_return_free_pages(void);

#endif
