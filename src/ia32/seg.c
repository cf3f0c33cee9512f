/* Segment-register loads (SDM vol. 3 3.4, 5.5-5.8; vol. 2 MOV, POP,
 * LDS/LES/LFS/LGS/LSS) and the descriptor machinery far transfers and
 * interrupt delivery share (prot.h). The hidden part of a register (base,
 * limit, access rights) comes from the descriptor when the selector is
 * loaded, and only then. */
#include "prot.h"

/* In Linux user mode the GDT is the emulated one set_thread_area fills. */
int ia32_fetch_desc(vtsim_engine *e, ia32_cpu *c, uint16_t sel, unsigned vec, uint64_t *d) {
  unsigned index = sel >> 3;
  bool ldt = (sel & 4) != 0;
  if (c->linux) {
    if (ldt || index >= sizeof c->user_gdt / sizeof c->user_gdt[0])
      return ia32_raise(c, vec, true, sel & 0xfffc);
    *d = c->user_gdt[index];
    return 0;
  }
  uint32_t base = ldt ? c->ldtr.base : c->gdtr_base;
  uint32_t limit = ldt ? c->ldtr.limit : c->gdtr_limit;
  if ((ldt && (c->ldtr.ar & IA32_AR_UNUSABLE)) || (uint32_t)index * 8 + 7 > limit)
    return ia32_raise(c, vec, true, sel & 0xfffc);
  uint32_t lo, hi;
  if (ia32_sys_read(e, c, base + index * 8, 4, &lo) ||
      ia32_sys_read(e, c, base + index * 8 + 4, 4, &hi))
    return -1;
  *d = (uint64_t)hi << 32 | lo;
  return 0;
}

int ia32_mark_accessed(vtsim_engine *e, ia32_cpu *c, uint16_t sel, uint64_t d) {
  if ((d >> 40) & IA32_AR_TYPE_ACCESSED) return 0;
  if (c->linux) {
    c->user_gdt[sel >> 3] |= 1ull << 40;
    return 0;
  }
  uint32_t base = (sel & 4) ? c->ldtr.base : c->gdtr_base;
  uint32_t byte = (uint32_t)(d >> 40) | IA32_AR_TYPE_ACCESSED;
  return ia32_sys_write(e, c, base + (sel >> 3) * 8 + 5, 1, byte & 0xff);
}

ia32_seg ia32_seg_from_desc(uint16_t sel, uint64_t d) {
  return (ia32_seg){.sel = sel, .base = ia32_desc_base(d), .limit = ia32_desc_limit(d),
                    .ar = ia32_desc_ar(d)};
}

int ia32_tss_stack(vtsim_engine *e, ia32_cpu *c, unsigned dpl, uint16_t *ss, uint32_t *esp) {
  bool tss32 = ia32_ar_type(c->tr.ar) == IA32_SYS_TSS32_BUSY;
  uint32_t at = tss32 ? 4 + 8 * dpl : 2 + 4 * dpl, size = tss32 ? 4 : 2, v, s;
  if ((c->tr.ar & IA32_AR_UNUSABLE) || at + 2 * size - 1 > c->tr.limit)
    return ia32_raise(c, IA32_EXC_TS, true, c->tr.sel & 0xfffc);
  if (ia32_sys_read(e, c, c->tr.base + at, size, &v) ||
      ia32_sys_read(e, c, c->tr.base + at + size, 2, &s))
    return -1;
  *esp = v;
  *ss = (uint16_t)s;
  return 0;
}

int ia32_stack_seg(vtsim_engine *e, ia32_cpu *c, uint16_t sel, unsigned pl, unsigned vec,
                   ia32_seg *out) {
  uint16_t err = sel & 0xfffc;
  if (err == 0) return ia32_raise(c, vec, true, 0);
  uint64_t d = 0;
  if (ia32_fetch_desc(e, c, sel, vec, &d)) return -1;
  uint32_t ar = ia32_desc_ar(d);
  if ((sel & 3) != pl || ia32_ar_dpl(ar) != pl || ia32_ar_system(ar) || ia32_ar_code(ar) ||
      !(ar & IA32_AR_TYPE_RW))
    return ia32_raise(c, vec, true, err);
  if (!ia32_ar_present(ar)) return ia32_raise(c, IA32_EXC_SS, true, err);
  if (ia32_mark_accessed(e, c, sel, d)) return -1;
  *out = ia32_seg_from_desc(sel, d);
  out->ar |= IA32_AR_TYPE_ACCESSED;
  return 0;
}

int ia32_stack_push(vtsim_engine *e, ia32_cpu *c, ia32_stack *s, unsigned size, uint32_t v) {
  bool big = (s->ss.ar & IA32_AR_DB) != 0;
  uint32_t sp = s->sp - size;
  if (!big) sp &= 0xffff;
  if (!ia32_seg_range_ok(s->ss.ar, s->ss.limit, sp, size))
    return ia32_raise(c, IA32_EXC_SS, true, s->err);
  bool was = c->implicit_sv;
  c->implicit_sv = s->sv;
  int r = ia32_lin_write(e, c, s->ss.base + sp, size, v);
  c->implicit_sv = was;
  if (r) return -1;
  s->sp = big ? sp : (s->sp & 0xffff0000u) | sp;
  return 0;
}

void ia32_stack_commit(ia32_cpu *c, const ia32_stack *s) {
  c->seg[IA32_SS] = s->ss;
  if (s->ss.ar & IA32_AR_DB) c->gpr[IA32_ESP] = s->sp;
  else c->gpr[IA32_ESP] = (c->gpr[IA32_ESP] & 0xffff0000u) | (s->sp & 0xffff);
}

void ia32_null_outer_segs(ia32_cpu *c) {
  static const unsigned data_segs[] = {IA32_ES, IA32_DS, IA32_FS, IA32_GS};
  for (unsigned i = 0; i < 4; i++) {
    ia32_seg *s = &c->seg[data_segs[i]];
    if (s->ar & IA32_AR_UNUSABLE) continue;
    if (!ia32_ar_conforming(s->ar) && ia32_ar_dpl(s->ar) < c->cpl)
      *s = (ia32_seg){.sel = 0, .ar = IA32_AR_UNUSABLE};
  }
}

void ia32_set_cpl(ia32_cpu *c, unsigned cpl) {
  if (cpl == c->cpl) return;
  c->cpl = (uint8_t)cpl;
  ia32_tlb_flush(c);
}

/* Protection checks per register kind; 0 or -1 with the fault recorded. */
static int check_load(ia32_cpu *c, unsigned seg, uint16_t sel, uint32_t ar) {
  unsigned rpl = sel & 3, dpl = ia32_ar_dpl(ar), cpl = c->cpl;
  uint16_t err = sel & 0xfffc;
  if (ia32_ar_system(ar)) return ia32_raise(c, IA32_EXC_GP, true, err);
  bool code = ia32_ar_code(ar);
  if (seg == IA32_SS) {
    if (rpl != cpl || code || !(ar & IA32_AR_TYPE_RW) || dpl != cpl)
      return ia32_raise(c, IA32_EXC_GP, true, err);
    if (!ia32_ar_present(ar)) return ia32_raise(c, IA32_EXC_SS, true, err);
    return 0;
  }
  if (seg == IA32_CS) { /* far transfers at the same privilege level */
    if (!code) return ia32_raise(c, IA32_EXC_GP, true, err);
    if (ia32_ar_conforming(ar) ? dpl > cpl : (rpl > cpl || dpl != cpl))
      return ia32_raise(c, IA32_EXC_GP, true, err);
    if (!ia32_ar_present(ar)) return ia32_raise(c, IA32_EXC_NP, true, err);
    return 0;
  }
  if (code && !(ar & IA32_AR_TYPE_RW)) return ia32_raise(c, IA32_EXC_GP, true, err); /* execute-only */
  if (!ia32_ar_conforming(ar) && (rpl > dpl || cpl > dpl)) return ia32_raise(c, IA32_EXC_GP, true, err);
  if (!ia32_ar_present(ar)) return ia32_raise(c, IA32_EXC_NP, true, err);
  return 0;
}

int ia32_seg_check_slow(ia32_cpu *c, unsigned seg, uint32_t off, unsigned size) {
  const ia32_seg *s = &c->seg[seg];
  if (!(s->ar & IA32_AR_UNUSABLE) && ia32_seg_range_ok(s->ar, s->limit, off, size)) return 0;
  return ia32_raise(c, seg == IA32_SS ? IA32_EXC_SS : IA32_EXC_GP, true, 0);
}

/* Real mode: the base is the selector times 16; limit and access rights
 * stay what they were (SDM vol. 3 20.1.1). */
static void load_real(ia32_cpu *c, unsigned seg, uint16_t sel) {
  c->seg[seg].sel = sel;
  c->seg[seg].base = (uint32_t)sel << 4;
  c->seg[seg].ar &= ~IA32_AR_UNUSABLE;
}

int ia32_load_seg(vtsim_engine *e, ia32_cpu *c, unsigned seg, uint16_t sel) {
  if (!(c->cr0 & 1) && !c->linux) {
    load_real(c, seg, sel);
    return 0;
  }
  if ((sel & 0xfffc) == 0) { /* the null selector */
    if (seg == IA32_CS || seg == IA32_SS) return ia32_raise_gp0(c);
    c->seg[seg] = (ia32_seg){.sel = sel, .ar = IA32_AR_UNUSABLE};
    return 0;
  }
  uint64_t d = 0;
  if (ia32_fetch_desc(e, c, sel, IA32_EXC_GP, &d)) return -1;
  uint32_t ar = ia32_desc_ar(d);
  if (check_load(c, seg, sel, ar)) return -1;
  if (ia32_mark_accessed(e, c, sel, d)) return -1;
  if (seg == IA32_CS) sel = (uint16_t)((sel & ~3u) | c->cpl); /* CS.RPL is always the CPL */
  c->seg[seg] = ia32_seg_from_desc(sel, d);
  c->seg[seg].ar |= IA32_AR_TYPE_ACCESSED;
  return 0;
}
