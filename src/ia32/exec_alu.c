/* Integer arithmetic, logic, shifts, bit operations, BCD and flag handling.
 * The flag semantics live in alu.h/alu.c; this file moves operands. */
#include "interp.h"

/* Where the two operands of a two-operand instruction are, by form. */
typedef enum { LOC_E, LOC_G, LOC_ACC, LOC_Z, LOC_IMM, LOC_ONE, LOC_CL, LOC_NONE } loc;

typedef struct form_operands {
  uint8_t dst, src;
} form_operands;

static const form_operands operands_of[IA32_FORM_COUNT_] = {
    [IA32_FORM_Eb_Gb] = {LOC_E, LOC_G},     [IA32_FORM_Ev_Gv] = {LOC_E, LOC_G},
    [IA32_FORM_Gb_Eb] = {LOC_G, LOC_E},     [IA32_FORM_Gv_Ev] = {LOC_G, LOC_E},
    [IA32_FORM_AL_Ib] = {LOC_ACC, LOC_IMM}, [IA32_FORM_eAX_Iz] = {LOC_ACC, LOC_IMM},
    [IA32_FORM_Eb_Ib] = {LOC_E, LOC_IMM},   [IA32_FORM_Ev_Ib] = {LOC_E, LOC_IMM},
    [IA32_FORM_Ev_SIb] = {LOC_E, LOC_IMM},  [IA32_FORM_Ev_Iz] = {LOC_E, LOC_IMM},
    [IA32_FORM_Eb_1] = {LOC_E, LOC_ONE},    [IA32_FORM_Ev_1] = {LOC_E, LOC_ONE},
    [IA32_FORM_Eb_CL] = {LOC_E, LOC_CL},    [IA32_FORM_Ev_CL] = {LOC_E, LOC_CL},
    [IA32_FORM_Eb] = {LOC_E, LOC_NONE},     [IA32_FORM_Ev] = {LOC_E, LOC_NONE},
    [IA32_FORM_Zv] = {LOC_Z, LOC_NONE},
};

static uint32_t src_value(const ia32_cpu *c, const ia32_insn *in, loc where, unsigned size) {
  switch (where) {
  case LOC_G: return ia32_reg_get(c, in->reg, size);
  case LOC_IMM: return in->imm;
  case LOC_ONE: return 1;
  case LOC_CL: return c->gpr[IA32_ECX] & 0xff;
  default: return 0;
  }
}

/* A resolved destination: a register, or a memory offset in a segment. */
typedef struct dest {
  bool mem;
  uint8_t reg;
  uint32_t off;
} dest;

static dest dest_of(const ia32_cpu *c, const ia32_insn *in, loc where) {
  switch (where) {
  case LOC_G: return (dest){.reg = in->reg};
  case LOC_ACC: return (dest){.reg = IA32_EAX};
  case LOC_Z: return (dest){.reg = in->reg};
  default:
    if (in->mod == 3) return (dest){.reg = in->rm};
    return (dest){.mem = true, .off = ia32_ea(c, in)};
  }
}

static int dest_read(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, const dest *d, unsigned size,
                     uint32_t *v) {
  if (!d->mem) {
    *v = ia32_reg_get(c, d->reg, size);
    return 0;
  }
  return ia32_read(e, c, in->seg, d->off, size, v);
}

static int dest_write(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, const dest *d, unsigned size,
                      uint32_t v) {
  if (!d->mem) {
    ia32_reg_set(c, d->reg, size, v);
    return 0;
  }
  return ia32_write(e, c, in->seg, d->off, size, v);
}

/* The shape of every read-modify-write instruction: flags are computed in a
 * copy and committed only when the write succeeded (no partial effects). */
typedef uint32_t (*rmw_fn)(ia32_lazy_flags *lf, const ia32_insn *in, unsigned size, uint32_t dst,
                           uint32_t src, bool *write_back);

static int rmw(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next, rmw_fn fn) {
  const form_operands ops = operands_of[in->form];
  unsigned size = in->opsize;
  dest d = dest_of(c, in, (loc)ops.dst);
  uint32_t dst, src = ops.src == LOC_E ? 0 : src_value(c, in, (loc)ops.src, size);
  if (ops.src == LOC_E && ia32_rm_read(e, c, in, size, &src)) return -1;
  if (dest_read(e, c, in, &d, size, &dst)) return -1;
  ia32_lazy_flags lf = c->lf;
  bool write_back = true;
  uint32_t r = fn(&lf, in, size, dst, src, &write_back);
  if (write_back && dest_write(e, c, in, &d, size, r)) return -1;
  c->lf = lf;
  c->eip = next;
  return 0;
}

static uint32_t do_group1(ia32_lazy_flags *lf, const ia32_insn *in, unsigned size, uint32_t dst,
                          uint32_t src, bool *wb) {
  static const uint8_t alu_op[IA32_OP_COUNT_] = {
      [IA32_OP_ADD] = IA32_ALU_ADD, [IA32_OP_OR] = IA32_ALU_OR,   [IA32_OP_ADC] = IA32_ALU_ADC,
      [IA32_OP_SBB] = IA32_ALU_SBB, [IA32_OP_AND] = IA32_ALU_AND, [IA32_OP_SUB] = IA32_ALU_SUB,
      [IA32_OP_XOR] = IA32_ALU_XOR, [IA32_OP_CMP] = IA32_ALU_CMP,
  };
  *wb = in->op != IA32_OP_CMP;
  return ia32_alu_group1(lf, (ia32_alu_op)alu_op[in->op], size, dst, src);
}

static uint32_t do_test(ia32_lazy_flags *lf, const ia32_insn *in, unsigned size, uint32_t dst,
                        uint32_t src, bool *wb) {
  (void)in;
  *wb = false;
  ia32_test(lf, size, dst, src);
  return dst;
}

static uint32_t do_unary(ia32_lazy_flags *lf, const ia32_insn *in, unsigned size, uint32_t dst,
                         uint32_t src, bool *wb) {
  (void)src, (void)wb;
  switch (in->op) {
  case IA32_OP_INC: return ia32_inc(lf, size, dst);
  case IA32_OP_DEC: return ia32_dec(lf, size, dst);
  case IA32_OP_NEG: return ia32_neg(lf, size, dst);
  default: return ia32_not(size, dst);
  }
}

static uint32_t do_shift(ia32_lazy_flags *lf, const ia32_insn *in, unsigned size, uint32_t dst,
                         uint32_t count, bool *wb) {
  (void)wb;
  static const uint8_t shift_op[IA32_OP_COUNT_] = {
      [IA32_OP_ROL] = IA32_SH_ROL, [IA32_OP_ROR] = IA32_SH_ROR, [IA32_OP_RCL] = IA32_SH_RCL,
      [IA32_OP_RCR] = IA32_SH_RCR, [IA32_OP_SHL] = IA32_SH_SHL, [IA32_OP_SHR] = IA32_SH_SHR,
      [IA32_OP_SAR] = IA32_SH_SAR,
  };
  return ia32_shift(lf, (ia32_shift_op)shift_op[in->op], size, dst, count);
}

static int op_group1(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return rmw(e, c, in, next, do_group1);
}
static int op_test(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return rmw(e, c, in, next, do_test);
}
static int op_unary(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return rmw(e, c, in, next, do_unary);
}
static int op_shift(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return rmw(e, c, in, next, do_shift);
}

/* SHLD/SHRD Ev,Gv,Ib / Ev,Gv,CL. */
static int op_shxd(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t count = in->form == IA32_FORM_Ev_Gv_CL ? c->gpr[IA32_ECX] & 0xff : in->imm & 0xff;
  uint32_t dst, src = ia32_reg_get(c, in->reg, size);
  if (ia32_rm_read(e, c, in, size, &dst)) return -1;
  ia32_lazy_flags lf = c->lf;
  uint32_t r = in->op == IA32_OP_SHLD ? ia32_shld(&lf, size, dst, src, count)
                                      : ia32_shrd(&lf, size, dst, src, count);
  if (ia32_rm_write(e, c, in, size, r)) return -1;
  c->lf = lf;
  c->eip = next;
  return 0;
}

/* MUL/IMUL/DIV/IDIV with one operand: the accumulator pair is implicit. */
static void acc_pair(const ia32_cpu *c, unsigned size, uint32_t *hi, uint32_t *lo) {
  if (size == 1) {
    *lo = c->gpr[IA32_EAX] & 0xff;
    *hi = (c->gpr[IA32_EAX] >> 8) & 0xff;
  } else {
    *lo = ia32_reg_get(c, IA32_EAX, size);
    *hi = ia32_reg_get(c, IA32_EDX, size);
  }
}

static void acc_pair_set(ia32_cpu *c, unsigned size, uint32_t hi, uint32_t lo) {
  if (size == 1) {
    ia32_reg_set(c, IA32_EAX, 2, (hi & 0xff) << 8 | (lo & 0xff));
  } else {
    ia32_reg_set(c, IA32_EAX, size, lo);
    ia32_reg_set(c, IA32_EDX, size, hi);
  }
}

static int op_muldiv(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t src, hi, lo;
  if (ia32_rm_read(e, c, in, size, &src)) return -1;
  acc_pair(c, size, &hi, &lo);
  if (in->op == IA32_OP_MUL || in->op == IA32_OP_IMUL) {
    uint32_t h;
    uint32_t l = in->op == IA32_OP_MUL ? ia32_mul(&c->lf, size, lo, src, &h)
                                       : ia32_imul_wide(&c->lf, size, lo, src, &h);
    acc_pair_set(c, size, h, l);
  } else {
    uint32_t q, r;
    ia32_alu_status st = in->op == IA32_OP_DIV ? ia32_div(size, hi, lo, src, &q, &r)
                                               : ia32_idiv(size, hi, lo, src, &q, &r);
    if (st != IA32_ALU_OK) return ia32_raise(c, IA32_EXC_DE, false, 0);
    acc_pair_set(c, size, r, q);
  }
  c->eip = next;
  return 0;
}

static int op_imul(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (in->form == IA32_FORM_Eb || in->form == IA32_FORM_Ev) return op_muldiv(e, c, in, next);
  unsigned size = in->opsize;
  uint32_t a, b;
  if (ia32_rm_read(e, c, in, size, &a)) return -1;
  b = in->form == IA32_FORM_Gv_Ev ? ia32_reg_get(c, in->reg, size) : in->imm;
  ia32_reg_set(c, in->reg, size, ia32_imul_trunc(&c->lf, size, a, b));
  c->eip = next;
  return 0;
}

/* BT/BTS/BTR/BTC: with a register bit offset and a memory operand the
 * offset addresses any bit relative to the operand (SDM vol. 2 BT). */
static int op_bit(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize, bits = 8 * size;
  ia32_bit_op op = (ia32_bit_op)(in->op - IA32_OP_BT);
  bool imm = in->form == IA32_FORM_Ev_Ib;
  uint32_t bit = imm ? in->imm & 0xff : ia32_reg_get(c, in->reg, size);
  if (in->mod == 3) {
    uint32_t v = ia32_reg_get(c, in->rm, size);
    ia32_reg_set(c, in->rm, size, ia32_bit_test(&c->lf, op, size, v, bit % bits));
    c->eip = next;
    return 0;
  }
  uint32_t off = ia32_ea(c, in);
  if (!imm) {
    int32_t sbit = size == 2 ? (int16_t)bit : (int32_t)bit;
    off += (uint32_t)((sbit >> (size == 2 ? 4 : 5)) * (int32_t)size);
    bit = (uint32_t)sbit & (bits - 1);
  } else {
    bit %= bits;
  }
  if (in->addrsize == 2) off &= 0xffff;
  uint32_t v;
  if (ia32_read(e, c, in->seg, off, size, &v)) return -1;
  ia32_lazy_flags lf = c->lf;
  uint32_t r = ia32_bit_test(&lf, op, size, v, bit);
  if (op != IA32_BIT_BT && ia32_write(e, c, in->seg, off, size, r)) return -1;
  c->lf = lf;
  c->eip = next;
  return 0;
}

static int op_bsx(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t src;
  if (ia32_rm_read(e, c, in, size, &src)) return -1;
  uint32_t dst = ia32_reg_get(c, in->reg, size);
  uint32_t r = in->op == IA32_OP_BSF ? ia32_bsf(&c->lf, size, dst, src) : ia32_bsr(&c->lf, size, dst, src);
  ia32_reg_set(c, in->reg, size, r);
  c->eip = next;
  return 0;
}

static int op_bcd(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  uint16_t ax = c->gpr[IA32_EAX] & 0xffff;
  switch (in->op) {
  case IA32_OP_DAA: ax = (ax & 0xff00) | ia32_daa(&c->lf, (uint8_t)ax); break;
  case IA32_OP_DAS: ax = (ax & 0xff00) | ia32_das(&c->lf, (uint8_t)ax); break;
  case IA32_OP_AAA: ax = ia32_aaa(&c->lf, ax); break;
  case IA32_OP_AAS: ax = ia32_aas(&c->lf, ax); break;
  case IA32_OP_AAD: ax = ia32_aad(&c->lf, ax, (uint8_t)in->imm); break;
  default:
    if (ia32_aam(&c->lf, &ax, (uint8_t)in->imm) != IA32_ALU_OK) return ia32_raise(c, IA32_EXC_DE, false, 0);
  }
  ia32_reg_set(c, IA32_EAX, 2, ax);
  c->eip = next;
  return 0;
}

static int op_flags(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  uint32_t cf = ia32_lazy_cf(&c->lf) ? IA32_EFLAGS_CF : 0;
  switch (in->op) {
  case IA32_OP_CLC: ia32_flags_update(&c->lf, IA32_EFLAGS_CF, 0); break;
  case IA32_OP_STC: ia32_flags_update(&c->lf, IA32_EFLAGS_CF, IA32_EFLAGS_CF); break;
  case IA32_OP_CMC: ia32_flags_update(&c->lf, IA32_EFLAGS_CF, cf ^ IA32_EFLAGS_CF); break;
  case IA32_OP_CLD: c->eflags &= ~IA32_EFLAGS_DF; break;
  case IA32_OP_STD: c->eflags |= IA32_EFLAGS_DF; break;
  case IA32_OP_SAHF: /* SF ZF AF PF CF from AH (SDM vol. 2 SAHF) */
    ia32_flags_update(&c->lf, 0xd5, (c->gpr[IA32_EAX] >> 8) & 0xd5);
    break;
  default: /* LAHF: AH = SF:ZF:0:AF:0:PF:1:CF */
    ia32_reg_set(c, 4, 1, (ia32_get_eflags(c) & 0xd5) | 0x02);
  }
  c->eip = next;
  return 0;
}

static int op_setcc(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (ia32_rm_write(e, c, in, 1, ia32_cond_lazy(in->cc, &c->lf))) return -1;
  c->eip = next;
  return 0;
}

/* CMOVcc reads its source even when the condition is false (SDM vol. 2). */
static int op_cmovcc(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t v;
  if (ia32_rm_read(e, c, in, in->opsize, &v)) return -1;
  if (ia32_cond_lazy(in->cc, &c->lf)) ia32_reg_set(c, in->reg, in->opsize, v);
  c->eip = next;
  return 0;
}

static int op_cbw_cwd(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  unsigned size = in->opsize;
  if (in->op == IA32_OP_CBW) /* CBW: AX = sx(AL); CWDE: EAX = sx(AX) */
    ia32_reg_set(c, IA32_EAX, size, ia32_sign_extend(c->gpr[IA32_EAX], size / 2));
  else /* CWD: DX = fill(AX); CDQ: EDX = fill(EAX) */
    ia32_reg_set(c, IA32_EDX, size, ia32_sign_fill(c->gpr[IA32_EAX], size));
  c->eip = next;
  return 0;
}

static int op_bswap(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  /* With a 16-bit operand the result is undefined (SDM); P6 processors clear the low word. */
  c->gpr[in->reg] = in->opsize == 4 ? ia32_bswap(c->gpr[in->reg]) : c->gpr[in->reg] & 0xffff0000u;
  c->eip = next;
  return 0;
}

static int op_xadd(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t dst, src = ia32_reg_get(c, in->reg, size);
  if (ia32_rm_read(e, c, in, size, &dst)) return -1;
  ia32_lazy_flags lf = c->lf;
  ia32_xadd(&lf, size, &dst, &src); /* dst = sum, src = old destination */
  if (in->mod == 3) {
    ia32_reg_set(c, in->reg, size, src);
    ia32_reg_set(c, in->rm, size, dst); /* the destination is written last */
  } else {
    if (ia32_write(e, c, in->seg, ia32_ea(c, in), size, dst)) return -1;
    ia32_reg_set(c, in->reg, size, src);
  }
  c->lf = lf;
  c->eip = next;
  return 0;
}

/* CMPXCHG: the destination is written in both cases (the processor writes
 * back the old value when the comparison fails: SDM vol. 2 CMPXCHG). */
static int op_cmpxchg(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t dst, acc = ia32_reg_get(c, IA32_EAX, size);
  if (ia32_rm_read(e, c, in, size, &dst)) return -1;
  ia32_lazy_flags lf = c->lf;
  uint32_t old = dst;
  bool equal = ia32_cmpxchg(&lf, size, &acc, &dst, ia32_reg_get(c, in->reg, size));
  if (ia32_rm_write(e, c, in, size, equal ? dst : old)) return -1;
  if (!equal) ia32_reg_set(c, IA32_EAX, size, acc);
  c->lf = lf;
  c->eip = next;
  return 0;
}

static int op_cmpxchg8b(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t off = ia32_ea(c, in), lo, hi;
  if (ia32_read(e, c, in->seg, off, 4, &lo) || ia32_read(e, c, in->seg, off + 4, 4, &hi)) return -1;
  bool equal = lo == c->gpr[IA32_EAX] && hi == c->gpr[IA32_EDX];
  uint32_t new_lo = equal ? c->gpr[IA32_EBX] : lo, new_hi = equal ? c->gpr[IA32_ECX] : hi;
  if (ia32_write(e, c, in->seg, off, 4, new_lo) || ia32_write(e, c, in->seg, off + 4, 4, new_hi))
    return -1;
  if (!equal) {
    c->gpr[IA32_EAX] = lo;
    c->gpr[IA32_EDX] = hi;
  }
  ia32_flags_update(&c->lf, IA32_EFLAGS_ZF, equal ? IA32_EFLAGS_ZF : 0);
  c->eip = next;
  return 0;
}

#define ALU_HANDLERS \
  [IA32_OP_ADD] = op_group1, [IA32_OP_OR] = op_group1, [IA32_OP_ADC] = op_group1,                  \
  [IA32_OP_SBB] = op_group1, [IA32_OP_AND] = op_group1, [IA32_OP_SUB] = op_group1,                 \
  [IA32_OP_XOR] = op_group1, [IA32_OP_CMP] = op_group1, [IA32_OP_TEST] = op_test,                  \
  [IA32_OP_INC] = op_unary, [IA32_OP_DEC] = op_unary, [IA32_OP_NOT] = op_unary,                    \
  [IA32_OP_NEG] = op_unary, [IA32_OP_MUL] = op_muldiv, [IA32_OP_IMUL] = op_imul,                   \
  [IA32_OP_DIV] = op_muldiv, [IA32_OP_IDIV] = op_muldiv, [IA32_OP_ROL] = op_shift,                 \
  [IA32_OP_ROR] = op_shift, [IA32_OP_RCL] = op_shift, [IA32_OP_RCR] = op_shift,                    \
  [IA32_OP_SHL] = op_shift, [IA32_OP_SHR] = op_shift, [IA32_OP_SAR] = op_shift,                    \
  [IA32_OP_SHLD] = op_shxd, [IA32_OP_SHRD] = op_shxd, [IA32_OP_BT] = op_bit,                       \
  [IA32_OP_BTS] = op_bit, [IA32_OP_BTR] = op_bit, [IA32_OP_BTC] = op_bit, [IA32_OP_BSF] = op_bsx,  \
  [IA32_OP_BSR] = op_bsx, [IA32_OP_DAA] = op_bcd, [IA32_OP_DAS] = op_bcd, [IA32_OP_AAA] = op_bcd,  \
  [IA32_OP_AAS] = op_bcd, [IA32_OP_AAM] = op_bcd, [IA32_OP_AAD] = op_bcd,                          \
  [IA32_OP_CLC] = op_flags, [IA32_OP_STC] = op_flags, [IA32_OP_CMC] = op_flags,                    \
  [IA32_OP_CLD] = op_flags, [IA32_OP_STD] = op_flags, [IA32_OP_SAHF] = op_flags,                   \
  [IA32_OP_LAHF] = op_flags, [IA32_OP_SETCC] = op_setcc, [IA32_OP_CMOVCC] = op_cmovcc,             \
  [IA32_OP_CBW] = op_cbw_cwd, [IA32_OP_CWD] = op_cbw_cwd, [IA32_OP_BSWAP] = op_bswap,              \
  [IA32_OP_XADD] = op_xadd, [IA32_OP_CMPXCHG] = op_cmpxchg, [IA32_OP_CMPXCHG8B] = op_cmpxchg8b

const ia32_handler ia32_alu_handlers[IA32_OP_COUNT_] = {ALU_HANDLERS};
