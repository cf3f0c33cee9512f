/* Memory attributes (Itanium SDM vol. 2 4.4): the TLB's ma field, the
 * attribute of physical accesses, and what each attribute lets a data
 * reference do (speculation, the ALAT, semaphores, 16-byte accesses). */
#ifndef VT_IA64_MEMATTR_H
#define VT_IA64_MEMATTR_H

#include <stdbool.h>

#include "ia64/cpu.h"
#include "ia64/vm.h"

/* pte.ma encodings (vol. 2 Table 4-10); 1-3 are reserved. NaTPage (7) is
 * IA64_MA_NATPAGE in vm.h. WBL is not an encoding: the write-back,
 * limited-speculation attribute of physical accesses with bit 63 = 0
 * (vol. 2 4.4.5). */
enum { IA64_MA_WB = 0, IA64_MA_UC = 4, IA64_MA_UCE = 5, IA64_MA_WC = 6, IA64_MA_WBL = 8 };

/* The kinds of data reference whose support depends on the attribute. */
typedef enum ia64_mref {
  IA64_MREF_PLAIN,    /* loads and stores of 1 to 10 bytes, spill/fill, ldfp */
  IA64_MREF_XCHG,     /* cmpxchg, xchg, cmp8xchg16 */
  IA64_MREF_FETCHADD, /* fetchadd */
  IA64_MREF_X16,      /* ld16, st16 */
} ia64_mref;

/* ma may be inserted into the TLB (itc, itr): not a reserved encoding. */
bool ia64_ma_insertable(unsigned ma);
/* Speculative memory: control-speculative loads access it, advanced
 * loads allocate ALAT entries (vol. 2 4.4.6, 4.4.10). */
bool ia64_ma_speculative(unsigned ma);
/* Cacheable memory: lfetch prefetches from it (vol. 2 4.4.9). */
bool ia64_ma_cacheable(unsigned ma);
/* The reference is supported on ma; false: Unsupported Data Reference
 * fault (vol. 2 4.4.9, vol. 3 cmpxchg, xchg, fetchadd, ld16, st16). */
bool ia64_ma_supports(unsigned ma, ia64_mref ref);
/* The attribute of a data reference to va under the current PSR (after
 * the reference translated without a fault). */
unsigned ia64_data_ma(const ia64_cpu *c, uint64_t va);

#endif
