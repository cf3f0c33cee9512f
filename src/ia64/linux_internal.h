/* Shared by the pieces of the IA-64 Linux user mode (see linux.h). */
#ifndef VT_IA64_LINUX_INTERNAL_H
#define VT_IA64_LINUX_INTERNAL_H

#include "ia64/linux.h"

#define IA64_PID           1000
#define IA64_UID           1000
#define IA64_EPOCH_SECONDS VT_EPOCH_SECONDS
#define IA64_MAX_UNIMPL    64

typedef struct ia64_unimpl {
  uint64_t number;
  uint32_t count;
} ia64_unimpl;

struct ia64_linux {
  vt_uspace us;
  uint64_t rng;       /* state of the deterministic random stream */
  uint64_t brk_limit; /* end of the RAM behind the heap */
  ia64_unimpl unimpl[IA64_MAX_UNIMPL];
  unsigned nunimpl;
};

void ia64_random_bytes(ia64_linux *lx, uint8_t *out, size_t n);

#endif
