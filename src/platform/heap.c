/* heap.c - giving the heap's free pages back; see heap.h. */
#include "heap.h"

#include <stdlib.h> /* any C library header: it says whether it is glibc */

#ifdef __GLIBC__
#include <malloc.h>
#endif

void heap_return_free_pages(void)
{
#ifdef __GLIBC__
    malloc_trim(0); /* 0: keep no padding at the top of the heap */
#endif
}
