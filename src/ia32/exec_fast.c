/* Specialised handlers for the commonest instruction shapes (32-bit
 * operands, register or simple memory operands). The decode cache picks one
 * when the decoded instruction has that shape (ia32_fast_handler), so the
 * hot path skips the generic operand routing of exec_alu.c/exec_move.c; the
 * semantics are the same functions of alu.h. */
#include "interp.h"

/* ALU op on two registers, 32 bits: dst = gpr[d], src = gpr[s]. */
#define ALU_RR(name, expr, writes)                                                                 \
  static int name(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {              \
    (void)e;                                                                                       \
    bool to_rm = in->form == IA32_FORM_Ev_Gv;                                                      \
    unsigned d = to_rm ? in->rm : in->reg, s = to_rm ? in->reg : in->rm;                           \
    uint32_t dst = c->gpr[d], src = c->gpr[s], r = expr;                                           \
    if (writes) c->gpr[d] = r;                                                                     \
    (void)r;                                                                                       \
    c->eip = next;                                                                                 \
    return 0;                                                                                      \
  }

/* ALU op with an immediate into a register, 32 bits (Ev,Iz / Ev,sIb / eAX,Iz). */
#define ALU_RI(name, expr, writes)                                                                 \
  static int name(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {              \
    (void)e;                                                                                       \
    unsigned d = in->form == IA32_FORM_eAX_Iz ? IA32_EAX : in->rm;                                 \
    uint32_t dst = c->gpr[d], src = in->imm, r = expr;                                             \
    if (writes) c->gpr[d] = r;                                                                     \
    (void)r;                                                                                       \
    c->eip = next;                                                                                 \
    return 0;                                                                                      \
  }

#define ALU_PAIR(op, expr, writes) ALU_RR(rr_##op, expr, writes) ALU_RI(ri_##op, expr, writes)
ALU_PAIR(add, ia32_add(&c->lf, 4, dst, src), 1)
ALU_PAIR(or, ia32_or(&c->lf, 4, dst, src), 1)
ALU_PAIR(adc, ia32_adc(&c->lf, 4, dst, src), 1)
ALU_PAIR(sbb, ia32_sbb(&c->lf, 4, dst, src), 1)
ALU_PAIR(and, ia32_and(&c->lf, 4, dst, src), 1)
ALU_PAIR(sub, ia32_sub(&c->lf, 4, dst, src), 1)
ALU_PAIR(xor, ia32_xor(&c->lf, 4, dst, src), 1)
ALU_PAIR(cmp, (ia32_cmp(&c->lf, 4, dst, src), 0), 0)
ALU_PAIR(test, (ia32_test(&c->lf, 4, dst, src), 0), 0)

static int incdec_r32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  unsigned r = in->form == IA32_FORM_Zv ? in->reg : in->rm;
  c->gpr[r] = in->op == IA32_OP_INC ? ia32_inc(&c->lf, 4, c->gpr[r]) : ia32_dec(&c->lf, 4, c->gpr[r]);
  c->eip = next;
  return 0;
}

static int mov_rr32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (in->form == IA32_FORM_Ev_Gv) c->gpr[in->rm] = c->gpr[in->reg];
  else c->gpr[in->reg] = c->gpr[in->rm];
  c->eip = next;
  return 0;
}

static int mov_ri32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  c->gpr[in->form == IA32_FORM_Zv_Iv ? in->reg : in->rm] = in->imm;
  c->eip = next;
  return 0;
}

static int mov_load32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t v;
  if (ia32_read(e, c, in->seg, ia32_ea(c, in), 4, &v)) return -1;
  c->gpr[in->reg] = v;
  c->eip = next;
  return 0;
}

static int mov_store32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (ia32_write(e, c, in->seg, ia32_ea(c, in), 4, c->gpr[in->reg])) return -1;
  c->eip = next;
  return 0;
}

static int mov_moffs32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (in->form == IA32_FORM_eAX_Ov) {
    uint32_t v;
    if (ia32_read(e, c, in->seg, (uint32_t)in->disp, 4, &v)) return -1;
    c->gpr[IA32_EAX] = v;
  } else if (ia32_write(e, c, in->seg, (uint32_t)in->disp, 4, c->gpr[IA32_EAX])) {
    return -1;
  }
  c->eip = next;
  return 0;
}

static int lea32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  c->gpr[in->reg] = ia32_ea(c, in);
  c->eip = next;
  return 0;
}

static int push_r32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (ia32_push(e, c, 4, c->gpr[in->reg])) return -1;
  c->eip = next;
  return 0;
}

static int pop_r32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t v;
  if (ia32_pop(e, c, 4, &v)) return -1;
  c->gpr[in->reg] = v;
  c->eip = next;
  return 0;
}

static int jcc_fast(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  uint32_t target = next + in->imm;
  /* Within CS (a flat segment in practice): the taken branch needs no more. */
  if (ia32_cond_lazy(in->cc, &c->lf) && target <= c->seg[IA32_CS].limit) next = target;
  else if (ia32_cond_lazy(in->cc, &c->lf)) return ia32_raise_gp0(c);
  c->eip = next;
  return 0;
}

/* Group-1 operation of an op id (TEST maps to AND without the write-back). */
static const uint8_t alu_of[IA32_OP_COUNT_] = {
    [IA32_OP_ADD] = IA32_ALU_ADD, [IA32_OP_OR] = IA32_ALU_OR,   [IA32_OP_ADC] = IA32_ALU_ADC,
    [IA32_OP_SBB] = IA32_ALU_SBB, [IA32_OP_AND] = IA32_ALU_AND, [IA32_OP_SUB] = IA32_ALU_SUB,
    [IA32_OP_XOR] = IA32_ALU_XOR, [IA32_OP_CMP] = IA32_ALU_CMP, [IA32_OP_TEST] = IA32_ALU_AND,
};

static bool alu_writes(const ia32_insn *in) { return in->op != IA32_OP_CMP && in->op != IA32_OP_TEST; }

static uint32_t alu(ia32_cpu *c, const ia32_insn *in, unsigned size, uint32_t dst, uint32_t src) {
  if (in->op == IA32_OP_TEST) {
    ia32_test(&c->lf, size, dst, src);
    return dst;
  }
  return ia32_alu_group1(&c->lf, (ia32_alu_op)alu_of[in->op], size, dst, src);
}

/* op r32, [mem] */
static int alu_load32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t src;
  if (ia32_read(e, c, in->seg, ia32_ea(c, in), 4, &src)) return -1;
  uint32_t r = alu(c, in, 4, c->gpr[in->reg], src);
  if (alu_writes(in)) c->gpr[in->reg] = r;
  c->eip = next;
  return 0;
}

/* op [mem], r32 / op [mem], imm: flags committed only after the store. */
static int alu_store32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t off = ia32_ea(c, in), dst;
  if (ia32_read(e, c, in->seg, off, 4, &dst)) return -1;
  uint32_t src = in->form == IA32_FORM_Ev_Gv ? c->gpr[in->reg] : in->imm;
  ia32_lazy_flags saved = c->lf;
  uint32_t r = alu(c, in, 4, dst, src);
  if (alu_writes(in) && ia32_write(e, c, in->seg, off, 4, r)) {
    c->lf = saved;
    return -1;
  }
  c->eip = next;
  return 0;
}

/* op r8, r8 (Eb,Gb / Gb,Eb with a register r/m). */
static int alu_rr8(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  bool to_rm = in->form == IA32_FORM_Eb_Gb;
  unsigned d = to_rm ? in->rm : in->reg, s = to_rm ? in->reg : in->rm;
  uint32_t r = alu(c, in, 1, ia32_reg_get(c, d, 1), ia32_reg_get(c, s, 1));
  if (alu_writes(in)) ia32_reg_set(c, d, 1, r);
  c->eip = next;
  return 0;
}

/* MOVZX/MOVSX r32, r/m8 or r/m16. */
static int movx32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned from = in->form == IA32_FORM_Gv_Eb ? 1 : 2;
  uint32_t v;
  if (in->mod == 3) v = ia32_reg_get(c, in->rm, from);
  else if (ia32_read(e, c, in->seg, ia32_ea(c, in), from, &v)) return -1;
  c->gpr[in->reg] = in->op == IA32_OP_MOVSX ? ia32_sign_extend(v, from) : v;
  c->eip = next;
  return 0;
}

/* Shifts and rotates of a 32-bit register. */
static int shift_r32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  static const uint8_t shift_of[IA32_OP_COUNT_] = {
      [IA32_OP_ROL] = IA32_SH_ROL, [IA32_OP_ROR] = IA32_SH_ROR, [IA32_OP_RCL] = IA32_SH_RCL,
      [IA32_OP_RCR] = IA32_SH_RCR, [IA32_OP_SHL] = IA32_SH_SHL, [IA32_OP_SHR] = IA32_SH_SHR,
      [IA32_OP_SAR] = IA32_SH_SAR,
  };
  uint32_t count = in->form == IA32_FORM_Ev_1 ? 1 : in->form == IA32_FORM_Ev_CL ? c->gpr[IA32_ECX] & 0xff
                                                                                : in->imm & 0xff;
  c->gpr[in->rm] = ia32_shift(&c->lf, (ia32_shift_op)shift_of[in->op], 4, c->gpr[in->rm], count);
  c->eip = next;
  return 0;
}

typedef struct alu_pair {
  ia32_handler rr, ri;
} alu_pair;

static alu_pair alu_pair_of(ia32_op op) {
  switch (op) {
  case IA32_OP_ADD: return (alu_pair){rr_add, ri_add};
  case IA32_OP_OR: return (alu_pair){rr_or, ri_or};
  case IA32_OP_ADC: return (alu_pair){rr_adc, ri_adc};
  case IA32_OP_SBB: return (alu_pair){rr_sbb, ri_sbb};
  case IA32_OP_AND: return (alu_pair){rr_and, ri_and};
  case IA32_OP_SUB: return (alu_pair){rr_sub, ri_sub};
  case IA32_OP_XOR: return (alu_pair){rr_xor, ri_xor};
  case IA32_OP_CMP: return (alu_pair){rr_cmp, ri_cmp};
  case IA32_OP_TEST: return (alu_pair){rr_test, ri_test};
  default: return (alu_pair){NULL, NULL};
  }
}

ia32_handler ia32_fast_handler(const ia32_insn *in) {
  if (in->prefixes & (IA32_PFX_LOCK | IA32_PFX_REP | IA32_PFX_REPNE)) return NULL;
  bool reg = in->mod == 3;
  ia32_form f = (ia32_form)in->form;
  if (in->opsize == 1 && reg && (f == IA32_FORM_Eb_Gb || f == IA32_FORM_Gb_Eb) &&
      alu_pair_of((ia32_op)in->op).rr)
    return alu_rr8;
  if (in->opsize != 4) return NULL;
  alu_pair alu = alu_pair_of((ia32_op)in->op);
  switch (in->op) {
  case IA32_OP_MOV:
    if (reg && (f == IA32_FORM_Ev_Gv || f == IA32_FORM_Gv_Ev)) return mov_rr32;
    if (f == IA32_FORM_Zv_Iv || (reg && f == IA32_FORM_Ev_Iz)) return mov_ri32;
    if (!reg && f == IA32_FORM_Gv_Ev) return mov_load32;
    if (!reg && f == IA32_FORM_Ev_Gv) return mov_store32;
    if (f == IA32_FORM_eAX_Ov || f == IA32_FORM_Ov_eAX) return mov_moffs32;
    return NULL;
  case IA32_OP_INC:
  case IA32_OP_DEC:
    return f == IA32_FORM_Zv || (reg && f == IA32_FORM_Ev) ? incdec_r32 : NULL;
  case IA32_OP_LEA: return lea32;
  case IA32_OP_PUSH: return f == IA32_FORM_Zv ? push_r32 : NULL;
  case IA32_OP_POP: return f == IA32_FORM_Zv ? pop_r32 : NULL;
  case IA32_OP_JCC: return jcc_fast;
  case IA32_OP_MOVZX:
  case IA32_OP_MOVSX: return movx32;
  case IA32_OP_ROL: case IA32_OP_ROR: case IA32_OP_RCL: case IA32_OP_RCR:
  case IA32_OP_SHL: case IA32_OP_SHR: case IA32_OP_SAR:
    return reg ? shift_r32 : NULL;
  default:
    if (!alu.rr) return NULL;
    if (reg && (f == IA32_FORM_Ev_Gv || f == IA32_FORM_Gv_Ev)) return alu.rr;
    if (f == IA32_FORM_eAX_Iz || (reg && (f == IA32_FORM_Ev_Iz || f == IA32_FORM_Ev_SIb)))
      return alu.ri;
    if (!reg && f == IA32_FORM_Gv_Ev) return alu_load32;
    if (!reg && (f == IA32_FORM_Ev_Gv || f == IA32_FORM_Ev_Iz || f == IA32_FORM_Ev_SIb))
      return alu_store32;
    return NULL;
  }
}
