/* Memory attributes (Itanium SDM vol. 2 4.4): one table of what each
 * attribute allows, and the attribute of a data reference. */
#include "ia64/memattr.h"

enum { SPEC = 1, CACHE = 2, XCHG = 4, FADD = 8, X16 = 16, VALID = 32 };

/* vol. 2 Table 4-11 and 4.4.9. NaTPage: accesses to it fault or defer
 * before any of these apply. */
static const uint8_t props[9] = {
    [IA64_MA_WB] = VALID | SPEC | CACHE | XCHG | FADD | X16,
    [IA64_MA_UC] = VALID,
    /* UCE: fetchadd would be exported to the platform; this model does not
     * export it, which the SDM allows: Unsupported Data Reference (vol. 3
     * fetchadd), as PAL_PROC_GET_FEATURES reports no such feature */
    [IA64_MA_UCE] = VALID,
    /* WC: uncacheable, coalescing, speculative (vol. 2 Table 4-11) */
    [IA64_MA_WC] = VALID | SPEC,
    [IA64_MA_NATPAGE] = VALID | SPEC,
    /* physical addressing, bit 63 = 0: cacheable write-back with limited
     * speculation. unconfirmed: an implementation may defer speculative
     * loads to it that miss its caches; this model has none and performs
     * them, as if every line were present */
    [IA64_MA_WBL] = SPEC | CACHE | XCHG | FADD | X16,
};

static unsigned prop(unsigned ma) {
  return ma < sizeof props ? props[ma] : 0;
}

bool ia64_ma_insertable(unsigned ma) {
  return ma < 8 && (prop(ma) & VALID);
}
bool ia64_ma_speculative(unsigned ma) {
  return prop(ma) & SPEC;
}
bool ia64_ma_cacheable(unsigned ma) {
  return prop(ma) & CACHE;
}

bool ia64_ma_supports(unsigned ma, ia64_mref ref) {
  switch (ref) {
  case IA64_MREF_XCHG:
    return prop(ma) & XCHG;
  case IA64_MREF_FETCHADD:
    return prop(ma) & FADD;
  case IA64_MREF_X16:
    return prop(ma) & X16;
  default:
    return true;
  }
}

unsigned ia64_data_ma(const ia64_cpu *c, uint64_t va) {
  if (c->uspace) return IA64_MA_WB;
  uint64_t on = c->rse_access ? IA64_PSR_RT : IA64_PSR_DT;
  if (!(c->psr & on)) return (va >> 63) ? IA64_MA_UC : IA64_MA_WBL; /* vol. 2 4.4.5 */
  const ia64_tr *t = ia64_tlb_lookup(c, va, false);
  return t ? (unsigned)(t->pte >> 2) & 7 : IA64_MA_WB;
}
