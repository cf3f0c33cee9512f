/* Segment-register loads in protected mode (SDM vol. 3 3.4, 5.5-5.8; vol. 2
 * MOV, POP, LDS/LES/LFS/LGS/LSS, far JMP/CALL/RET). The hidden part of the
 * register (base, limit, access rights) comes from the descriptor when the
 * selector is loaded, and only then. */
#include "interp.h"

/* Descriptor fields (SDM vol. 3 3.4.5). */
static uint32_t desc_base(uint64_t d) {
  return (uint32_t)((d >> 16) & 0xffffff) | (uint32_t)((d >> 56) & 0xff) << 24;
}
static uint32_t desc_limit(uint64_t d) {
  uint32_t limit = (uint32_t)(d & 0xffff) | (uint32_t)((d >> 48) & 0xf) << 16;
  return (d >> 55) & 1 ? limit << 12 | 0xfff : limit; /* G: 4 KiB units */
}
static uint32_t desc_ar(uint64_t d) { return (uint32_t)(d >> 40) & 0xf0ff; }

enum { AR_TYPE_ACCESSED = 1, AR_CODE = 8, AR_CONFORMING_OR_EXPAND_DOWN = 4, AR_RW = 2,
       AR_S = 1u << 4, AR_P = 1u << 7 };

static unsigned ar_dpl(uint32_t ar) { return (ar >> 5) & 3; }

/* Fetch the descriptor a selector names: from the emulated Linux GDT in
 * user mode, else from the GDT or LDT in linear memory. 0 or -1 (#GP(sel)). */
static int fetch_descriptor(vtsim_engine *e, ia32_cpu *c, uint16_t sel, uint64_t *d) {
  unsigned index = sel >> 3;
  bool ldt = (sel & 4) != 0;
  if (c->linux) {
    if (ldt || index >= sizeof c->user_gdt / sizeof c->user_gdt[0])
      return ia32_raise(c, IA32_EXC_GP, true, sel & 0xfffc);
    *d = c->user_gdt[index];
    return 0;
  }
  uint32_t base = ldt ? c->ldtr.base : c->gdtr_base;
  uint32_t limit = ldt ? c->ldtr.limit : c->gdtr_limit;
  if ((ldt && (c->ldtr.ar & IA32_AR_UNUSABLE)) || (uint32_t)index * 8 + 7 > limit)
    return ia32_raise(c, IA32_EXC_GP, true, sel & 0xfffc);
  uint32_t lo, hi;
  if (ia32_lin_read(e, c, base + index * 8, 4, &lo) || ia32_lin_read(e, c, base + index * 8 + 4, 4, &hi))
    return -1;
  *d = (uint64_t)hi << 32 | lo;
  return 0;
}

/* The accessed bit is set in the descriptor in memory when a segment is
 * loaded (SDM vol. 3 3.4.5.1). */
static int mark_accessed(vtsim_engine *e, ia32_cpu *c, uint16_t sel, uint64_t d) {
  if ((d >> 40) & AR_TYPE_ACCESSED) return 0;
  if (c->linux) {
    c->user_gdt[sel >> 3] |= 1ull << 40;
    return 0;
  }
  uint32_t base = (sel & 4) ? c->ldtr.base : c->gdtr_base;
  uint32_t byte = (uint32_t)(d >> 40) | AR_TYPE_ACCESSED;
  return ia32_lin_write(e, c, base + (sel >> 3) * 8 + 5, 1, byte & 0xff);
}

/* Protection checks per register kind; 0 or -1 with the fault recorded. */
static int check_load(ia32_cpu *c, unsigned seg, uint16_t sel, uint32_t ar) {
  unsigned rpl = sel & 3, dpl = ar_dpl(ar), cpl = c->cpl;
  uint16_t err = sel & 0xfffc;
  bool code = (ar & AR_CODE) != 0;
  if (!(ar & AR_S)) return ia32_raise(c, IA32_EXC_GP, true, err); /* a system descriptor */
  if (seg == IA32_SS) {
    if (rpl != cpl || code || !(ar & AR_RW) || dpl != cpl) return ia32_raise(c, IA32_EXC_GP, true, err);
    if (!(ar & AR_P)) return ia32_raise(c, IA32_EXC_SS, true, err);
    return 0;
  }
  if (seg == IA32_CS) { /* far transfers at the same privilege level */
    if (!code) return ia32_raise(c, IA32_EXC_GP, true, err);
    bool conforming = (ar & AR_CONFORMING_OR_EXPAND_DOWN) != 0;
    if (conforming ? dpl > cpl : (rpl > cpl || dpl != cpl)) return ia32_raise(c, IA32_EXC_GP, true, err);
    if (!(ar & AR_P)) return ia32_raise(c, IA32_EXC_NP, true, err);
    return 0;
  }
  if (code && !(ar & AR_RW)) return ia32_raise(c, IA32_EXC_GP, true, err); /* execute-only code */
  bool conforming_code = code && (ar & AR_CONFORMING_OR_EXPAND_DOWN);
  if (!conforming_code && (rpl > dpl || cpl > dpl)) return ia32_raise(c, IA32_EXC_GP, true, err);
  if (!(ar & AR_P)) return ia32_raise(c, IA32_EXC_NP, true, err);
  return 0;
}

int ia32_load_seg(vtsim_engine *e, ia32_cpu *c, unsigned seg, uint16_t sel) {
  if ((sel & 0xfffc) == 0) { /* the null selector */
    if (seg == IA32_CS || seg == IA32_SS) return ia32_raise_gp0(c);
    c->seg[seg] = (ia32_seg){.sel = sel, .ar = IA32_AR_UNUSABLE};
    return 0;
  }
  uint64_t d = 0;
  if (fetch_descriptor(e, c, sel, &d)) return -1;
  uint32_t ar = desc_ar(d);
  if (check_load(c, seg, sel, ar)) return -1;
  if (mark_accessed(e, c, sel, d)) return -1;
  if (seg == IA32_CS) sel = (uint16_t)((sel & ~3u) | c->cpl); /* CS.RPL is always the CPL */
  c->seg[seg] = (ia32_seg){.sel = sel, .base = desc_base(d), .limit = desc_limit(d),
                           .ar = ar | AR_TYPE_ACCESSED};
  return 0;
}
