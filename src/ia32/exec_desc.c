/* Descriptor-table instructions (SDM vol. 2): LGDT, LIDT, LLDT and LTR
 * (privileged), and LAR, LSL, VERR, VERW, ARPL, which any level may use
 * and which answer in ZF instead of faulting on a bad selector. */
#include "prot.h"

static int done(ia32_cpu *c, uint32_t next) {
  c->eip = next;
  return 0;
}

/* LGDT/LIDT m16&32: the limit, then the base (24 bits with a 16-bit operand). */
static int op_load_table(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (c->cpl != 0) return ia32_raise_gp0(c);
  uint32_t off = ia32_ea(c, in), limit, base;
  if (ia32_read(e, c, in->seg, off, 2, &limit) || ia32_read(e, c, in->seg, off + 2, 4, &base))
    return -1;
  if (in->opsize == 2) base &= 0x00ffffff;
  if (in->op == IA32_OP_LGDT) {
    c->gdtr_base = base;
    c->gdtr_limit = (uint16_t)limit;
  } else {
    c->idtr_base = base;
    c->idtr_limit = (uint16_t)limit;
  }
  return done(c, next);
}

/* LLDT and LTR take a GDT selector of an LDT or an available TSS. */
static int op_load_sys_seg(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (!(c->cr0 & 1)) return ia32_raise_ud(c);
  if (c->cpl != 0) return ia32_raise_gp0(c);
  uint32_t v;
  if (ia32_rm_read(e, c, in, 2, &v)) return -1;
  uint16_t sel = (uint16_t)v, err = sel & 0xfffc;
  bool ldt = in->op == IA32_OP_LLDT;
  if (err == 0) {
    if (!ldt) return ia32_raise_gp0(c);
    c->ldtr = (ia32_seg){.sel = sel, .ar = IA32_AR_UNUSABLE};
    return done(c, next);
  }
  if (sel & 4) return ia32_raise(c, IA32_EXC_GP, true, err);
  uint64_t d = 0;
  if (ia32_fetch_desc(e, c, sel, IA32_EXC_GP, &d)) return -1;
  uint32_t ar = ia32_desc_ar(d);
  unsigned type = ia32_ar_type(ar);
  bool ok = ia32_ar_system(ar) &&
            (ldt ? type == IA32_SYS_LDT : type == IA32_SYS_TSS16 || type == IA32_SYS_TSS32);
  if (!ok) return ia32_raise(c, IA32_EXC_GP, true, err);
  if (!ia32_ar_present(ar)) return ia32_raise(c, IA32_EXC_NP, true, err);
  if (ldt) {
    c->ldtr = ia32_seg_from_desc(sel, d);
    return done(c, next);
  }
  /* LTR marks the TSS busy in its descriptor (SDM vol. 3 7.2.4). */
  if (ia32_sys_write(e, c, c->gdtr_base + (sel & ~7u) + 5, 1, (uint32_t)(d >> 40 | 2) & 0xff))
    return -1;
  c->tr = ia32_seg_from_desc(sel, d | 2ull << 40);
  return done(c, next);
}

/* The descriptor a selector names, or false (ZF = 0) where the protected
 * instructions would fault: null selector, beyond the table. */
static int probe(vtsim_engine *e, ia32_cpu *c, uint16_t sel, bool *found, uint64_t *d) {
  *found = false;
  if ((sel & 0xfffc) == 0) return 0;
  uint32_t limit = (sel & 4) ? ((c->ldtr.ar & IA32_AR_UNUSABLE) ? 0 : c->ldtr.limit) : c->gdtr_limit;
  if ((sel & 4) && (c->ldtr.ar & IA32_AR_UNUSABLE)) return 0;
  if ((uint32_t)(sel >> 3) * 8 + 7 > limit) return 0;
  if (ia32_fetch_desc(e, c, sel, IA32_EXC_GP, d)) return -1;
  *found = true;
  return 0;
}

static void set_zf(ia32_cpu *c, bool z) {
  uint32_t f = ia32_get_eflags(c);
  ia32_set_eflags(c, z ? f | IA32_EFLAGS_ZF : f & ~IA32_EFLAGS_ZF);
}

/* Which system types LAR and LSL accept (SDM vol. 2 LAR table 3-52, LSL). */
static bool lar_type_ok(unsigned type) {
  return type != 0 && type != 8 && type != 10 && type != 13 && type != 6 && type != 7 &&
         type != 14 && type != 15;
}
static bool lsl_type_ok(unsigned type) {
  return type == IA32_SYS_TSS16 || type == IA32_SYS_LDT || type == IA32_SYS_TSS16_BUSY ||
         type == IA32_SYS_TSS32 || type == IA32_SYS_TSS32_BUSY;
}

/* The privilege rule the four share: a non-conforming segment needs
 * DPL >= CPL and DPL >= RPL. */
static bool visible_at(const ia32_cpu *c, uint16_t sel, uint32_t ar) {
  if (ia32_ar_conforming(ar)) return true;
  unsigned dpl = ia32_ar_dpl(ar);
  return dpl >= c->cpl && dpl >= (sel & 3u);
}

static int op_lar_lsl(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (!(c->cr0 & 1)) return ia32_raise_ud(c);
  uint32_t v;
  if (ia32_rm_read(e, c, in, 2, &v)) return -1;
  bool found;
  uint64_t d = 0;
  if (probe(e, c, (uint16_t)v, &found, &d)) return -1;
  uint32_t ar = ia32_desc_ar(d);
  bool lar = in->op == IA32_OP_LAR;
  bool type_ok = !ia32_ar_system(ar) || (lar ? lar_type_ok(ia32_ar_type(ar))
                                              : lsl_type_ok(ia32_ar_type(ar)));
  bool ok = found && type_ok && visible_at(c, (uint16_t)v, ar);
  set_zf(c, ok);
  if (ok) {
    uint32_t r = lar ? (uint32_t)(d >> 32) & 0x00ffff00u : ia32_desc_limit(d);
    ia32_reg_set(c, in->reg, in->opsize, r);
  }
  return done(c, next);
}

static int op_verr_verw(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (!(c->cr0 & 1)) return ia32_raise_ud(c);
  uint32_t v;
  if (ia32_rm_read(e, c, in, 2, &v)) return -1;
  bool found;
  uint64_t d = 0;
  if (probe(e, c, (uint16_t)v, &found, &d)) return -1;
  uint32_t ar = ia32_desc_ar(d);
  bool ok = found && !ia32_ar_system(ar) && visible_at(c, (uint16_t)v, ar);
  if (in->op == IA32_OP_VERR) ok = ok && (!ia32_ar_code(ar) || (ar & IA32_AR_TYPE_RW));
  else ok = ok && !ia32_ar_code(ar) && (ar & IA32_AR_TYPE_RW);
  set_zf(c, ok);
  return done(c, next);
}

/* ARPL raises a selector's RPL to another's (not in real mode: #UD). */
static int op_arpl(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (!(c->cr0 & 1)) return ia32_raise_ud(c);
  uint32_t dst, src = ia32_reg_get(c, in->reg, 2);
  if (ia32_rm_read(e, c, in, 2, &dst)) return -1;
  bool raise = (dst & 3) < (src & 3);
  if (raise && ia32_rm_write(e, c, in, 2, (dst & ~3u) | (src & 3))) return -1;
  set_zf(c, raise);
  return done(c, next);
}

const ia32_handler ia32_desc_handlers[IA32_OP_COUNT_] = {
    [IA32_OP_LGDT] = op_load_table,   [IA32_OP_LIDT] = op_load_table,
    [IA32_OP_LLDT] = op_load_sys_seg, [IA32_OP_LTR] = op_load_sys_seg,
    [IA32_OP_LAR] = op_lar_lsl,       [IA32_OP_LSL] = op_lar_lsl,
    [IA32_OP_VERR] = op_verr_verw,    [IA32_OP_VERW] = op_verr_verw,
    [IA32_OP_ARPL] = op_arpl,
};
