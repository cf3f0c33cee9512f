/* Specialised handlers for the commonest instruction shapes (32-bit
 * operands, register or simple memory operands). The decode cache picks one
 * when the decoded instruction has that shape (ia32_fast_handler), so the
 * hot path skips the generic operand routing of exec_alu.c/exec_move.c; the
 * semantics are the same functions of alu.h. */
#include "fast_mem.h"

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

SLOW mov_load32_slow(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t v;
  if (ia32_read(e, c, in->seg, ia32_ea(c, in), 4, &v)) return -1;
  c->gpr[in->reg] = v;
  c->eip = next;
  return 0;
}

#define MOV_LOAD32(name, ea)                                                                       \
  static int name(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {              \
    const uint8_t *p = fast_host(c, c->rtlb, in->seg, ea(c, in), 4);                               \
    if (IA32_UNLIKELY(!p)) return mov_load32_slow(e, c, in, next);                                 \
    c->gpr[in->reg] = ia32_host_load(p, 4);                                                        \
    c->eip = next;                                                                                 \
    return 0;                                                                                      \
  }
MOV_LOAD32(mov_load32, ia32_ea)
MOV_LOAD32(mov_load32_b, ea_base)
MOV_LOAD32(mov_load32_bi, ea_base_index)

SLOW mov_store32_slow(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (ia32_write(e, c, in->seg, ia32_ea(c, in), 4, c->gpr[in->reg])) return -1;
  c->eip = next;
  return 0;
}

#define MOV_STORE32(name, ea)                                                                      \
  static int name(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {              \
    uint8_t *p = fast_host(c, c->wtlb, in->seg, ea(c, in), 4);                                     \
    if (IA32_UNLIKELY(!p)) return mov_store32_slow(e, c, in, next);                                \
    ia32_host_store(p, 4, c->gpr[in->reg]);                                                        \
    c->eip = next;                                                                                 \
    return 0;                                                                                      \
  }
MOV_STORE32(mov_store32, ia32_ea)
MOV_STORE32(mov_store32_b, ea_base)
MOV_STORE32(mov_store32_bi, ea_base_index)

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

SLOW push_r32_slow(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (ia32_push(e, c, 4, c->gpr[in->reg])) return -1;
  c->eip = next;
  return 0;
}

/* With a 32-bit stack (SS.B = 1) ESP moves as a whole. */
static int push_r32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t sp = c->gpr[IA32_ESP] - 4;
  uint8_t *p = ia32_stack32(c) ? fast_host(c, c->wtlb, IA32_SS, sp, 4) : NULL;
  if (IA32_UNLIKELY(!p)) return push_r32_slow(e, c, in, next);
  ia32_host_store(p, 4, c->gpr[in->reg]);
  c->gpr[IA32_ESP] = sp;
  c->eip = next;
  return 0;
}

SLOW pop_r32_slow(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t v;
  if (ia32_pop(e, c, 4, &v)) return -1;
  c->gpr[in->reg] = v;
  c->eip = next;
  return 0;
}

/* POP ESP: the register gets the value read (SDM vol. 2 POP), as ia32_pop
 * followed by the register write does. */
static int pop_r32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t sp = c->gpr[IA32_ESP];
  const uint8_t *p = ia32_stack32(c) ? fast_host(c, c->rtlb, IA32_SS, sp, 4) : NULL;
  if (IA32_UNLIKELY(!p)) return pop_r32_slow(e, c, in, next);
  uint32_t v = ia32_host_load(p, 4);
  c->gpr[IA32_ESP] = sp + 4;
  c->gpr[in->reg] = v;
  c->eip = next;
  return 0;
}

/* Jcc, one handler per condition so the condition folds at compile time.
 * The common lazy kinds are answered inline; the rest materialise the flags
 * in a separate function (ia32_cond_lazy). */
__attribute__((noinline)) static bool cond_slow(unsigned cc, const ia32_lazy_flags *lf) {
  return ia32_cond_lazy(cc, lf);
}

static inline bool cond_fast(unsigned cc, const ia32_lazy_flags *lf) {
  const uint32_t sign = ia32_sign_bit(lf->size);
  bool t;
  switch (cc >> 1) {
  case 1: /* B: CF */
    if (lf->kind == IA32_LF_SUB) t = lf->dst < lf->src;
    else if (lf->kind == IA32_LF_LOGIC) t = false;
    else return cond_slow(cc, lf);
    break;
  case 2: /* E: ZF */
    if (lf->kind == IA32_LF_EAGER) return cond_slow(cc, lf);
    t = lf->result == 0;
    break;
  case 3: /* BE: CF or ZF */
    if (lf->kind == IA32_LF_SUB) t = lf->dst <= lf->src;
    else if (lf->kind == IA32_LF_LOGIC) t = lf->result == 0;
    else return cond_slow(cc, lf);
    break;
  case 4: /* S: SF */
    if (lf->kind == IA32_LF_EAGER) return cond_slow(cc, lf);
    t = (lf->result & sign) != 0;
    break;
  case 6: /* L: SF != OF */
    if (lf->kind == IA32_LF_SUB) t = (lf->dst ^ sign) < (lf->src ^ sign);
    else if (lf->kind == IA32_LF_LOGIC) t = (lf->result & sign) != 0;
    else return cond_slow(cc, lf);
    break;
  case 7: /* LE: ZF or SF != OF */
    if (lf->kind == IA32_LF_SUB) t = (lf->dst ^ sign) <= (lf->src ^ sign);
    else if (lf->kind == IA32_LF_LOGIC) t = lf->result == 0 || (lf->result & sign) != 0;
    else return cond_slow(cc, lf);
    break;
  default: /* O, P */
    return cond_slow(cc, lf);
  }
  return t != (cc & 1);
}

/* Within CS (a flat segment in practice) the taken branch needs no more. */
#define JCC(cc)                                                                                    \
  static int jcc_##cc(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {          \
    (void)e;                                                                                       \
    if (cond_fast(cc, &c->lf)) {                                                                   \
      uint32_t target = next + in->imm;                                                            \
      if (IA32_UNLIKELY(target > c->seg[IA32_CS].limit)) return ia32_raise_gp0(c);                 \
      next = target;                                                                               \
    }                                                                                              \
    c->eip = next;                                                                                 \
    return 0;                                                                                      \
  }
JCC(0) JCC(1) JCC(2) JCC(3) JCC(4) JCC(5) JCC(6) JCC(7)
JCC(8) JCC(9) JCC(10) JCC(11) JCC(12) JCC(13) JCC(14) JCC(15)
static const ia32_handler jcc_of[16] = {jcc_0, jcc_1, jcc_2,  jcc_3,  jcc_4,  jcc_5,  jcc_6,  jcc_7,
                                        jcc_8, jcc_9, jcc_10, jcc_11, jcc_12, jcc_13, jcc_14, jcc_15};

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
SLOW alu_load32_slow(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t src;
  if (ia32_read(e, c, in->seg, ia32_ea(c, in), 4, &src)) return -1;
  uint32_t r = alu(c, in, 4, c->gpr[in->reg], src);
  if (alu_writes(in)) c->gpr[in->reg] = r;
  c->eip = next;
  return 0;
}

static int alu_load32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  const uint8_t *p = fast_host(c, c->rtlb, in->seg, ia32_ea(c, in), 4);
  if (IA32_UNLIKELY(!p)) return alu_load32_slow(e, c, in, next);
  uint32_t r = alu(c, in, 4, c->gpr[in->reg], ia32_host_load(p, 4));
  if (alu_writes(in)) c->gpr[in->reg] = r;
  c->eip = next;
  return 0;
}

/* op [mem], r32 / op [mem], imm: flags committed only after the store. */
SLOW alu_store32_slow(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
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

/* The fast path needs both the read and (unless CMP/TEST) the write
 * translation at hand, so nothing can fault after the flags change. */
static int alu_store32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t off = ia32_ea(c, in);
  const uint8_t *rp = fast_host(c, c->rtlb, in->seg, off, 4);
  bool writes = alu_writes(in);
  uint8_t *wp = writes ? fast_host(c, c->wtlb, in->seg, off, 4) : NULL;
  if (IA32_UNLIKELY(!rp || (writes && !wp))) return alu_store32_slow(e, c, in, next);
  uint32_t src = in->form == IA32_FORM_Ev_Gv ? c->gpr[in->reg] : in->imm;
  uint32_t r = alu(c, in, 4, ia32_host_load(rp, 4), src);
  if (writes) ia32_host_store(wp, 4, r);
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
SLOW movx32_slow(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return ia32_move_handlers[in->op](e, c, in, next);
}

static int movx32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned from = in->form == IA32_FORM_Gv_Eb ? 1 : 2;
  uint32_t v;
  if (in->mod == 3) {
    v = ia32_reg_get(c, in->rm, from);
  } else {
    const uint8_t *p = fast_host(c, c->rtlb, in->seg, ia32_ea(c, in), from);
    if (IA32_UNLIKELY(!p)) return movx32_slow(e, c, in, next);
    v = ia32_host_load(p, from);
  }
  c->gpr[in->reg] = in->op == IA32_OP_MOVSX ? ia32_sign_extend(v, from) : v;
  c->eip = next;
  return 0;
}

/* Byte operations with a memory operand; anything the inline checks do not
 * cover goes to the generic handler of the op. */
SLOW generic_move(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return ia32_move_handlers[in->op](e, c, in, next);
}

SLOW generic_alu(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return ia32_alu_handlers[in->op](e, c, in, next);
}

/* MOV r8, [mem] */
static int mov_load8(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  const uint8_t *p = fast_host(c, c->rtlb, in->seg, ia32_ea(c, in), 1);
  if (IA32_UNLIKELY(!p)) return generic_move(e, c, in, next);
  ia32_reg_set(c, in->reg, 1, *p);
  c->eip = next;
  return 0;
}

/* MOV [mem], r8 / MOV [mem], imm8 */
static int mov_store8(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint8_t *p = fast_host(c, c->wtlb, in->seg, ia32_ea(c, in), 1);
  if (IA32_UNLIKELY(!p)) return generic_move(e, c, in, next);
  *p = (uint8_t)(in->form == IA32_FORM_Eb_Ib ? in->imm : ia32_reg_get(c, in->reg, 1));
  c->eip = next;
  return 0;
}

/* op r8, [mem] */
static int alu_load8(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  const uint8_t *p = fast_host(c, c->rtlb, in->seg, ia32_ea(c, in), 1);
  if (IA32_UNLIKELY(!p)) return generic_alu(e, c, in, next);
  uint32_t r = alu(c, in, 1, ia32_reg_get(c, in->reg, 1), *p);
  if (alu_writes(in)) ia32_reg_set(c, in->reg, 1, r);
  c->eip = next;
  return 0;
}

/* op [mem], r8 / op [mem], imm8 (as alu_store32). */
static int alu_store8(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t off = ia32_ea(c, in);
  const uint8_t *rp = fast_host(c, c->rtlb, in->seg, off, 1);
  bool writes = alu_writes(in);
  uint8_t *wp = writes ? fast_host(c, c->wtlb, in->seg, off, 1) : NULL;
  if (IA32_UNLIKELY(!rp || (writes && !wp))) return generic_alu(e, c, in, next);
  uint32_t src = in->form == IA32_FORM_Eb_Gb ? ia32_reg_get(c, in->reg, 1) : in->imm;
  uint32_t r = alu(c, in, 1, *rp, src);
  if (writes) *wp = (uint8_t)r;
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
  ia32_handler more = ia32_fast_handler_more(in);
  if (more) return more;
  bool reg = in->mod == 3;
  ia32_form f = (ia32_form)in->form;
  if (in->opsize == 1 && reg && (f == IA32_FORM_Eb_Gb || f == IA32_FORM_Gb_Eb) &&
      alu_pair_of((ia32_op)in->op).rr)
    return alu_rr8;
  if (in->opsize == 1 && !reg) {
    bool to_mem = f == IA32_FORM_Eb_Gb || f == IA32_FORM_Eb_Ib;
    if (in->op == IA32_OP_MOV)
      return to_mem ? mov_store8 : f == IA32_FORM_Gb_Eb ? mov_load8 : NULL;
    if (alu_pair_of((ia32_op)in->op).rr && ia32_alu_handlers[in->op])
      return to_mem ? alu_store8 : f == IA32_FORM_Gb_Eb ? alu_load8 : NULL;
  }
  if (in->opsize != 4) return NULL;
  alu_pair alu = alu_pair_of((ia32_op)in->op);
  switch (in->op) {
  case IA32_OP_MOV:
    if (reg && (f == IA32_FORM_Ev_Gv || f == IA32_FORM_Gv_Ev)) return mov_rr32;
    if (f == IA32_FORM_Zv_Iv || (reg && f == IA32_FORM_Ev_Iz)) return mov_ri32;
    if (!reg && f == IA32_FORM_Gv_Ev) {
      const ia32_handler by_shape[] = {mov_load32, mov_load32_b, mov_load32_bi};
      return by_shape[ea_shape(in)];
    }
    if (!reg && f == IA32_FORM_Ev_Gv) {
      const ia32_handler by_shape[] = {mov_store32, mov_store32_b, mov_store32_bi};
      return by_shape[ea_shape(in)];
    }
    if (f == IA32_FORM_eAX_Ov || f == IA32_FORM_Ov_eAX) return mov_moffs32;
    return NULL;
  case IA32_OP_INC:
  case IA32_OP_DEC:
    return f == IA32_FORM_Zv || (reg && f == IA32_FORM_Ev) ? incdec_r32 : NULL;
  case IA32_OP_LEA: return lea32;
  case IA32_OP_PUSH: return f == IA32_FORM_Zv ? push_r32 : NULL;
  case IA32_OP_POP: return f == IA32_FORM_Zv ? pop_r32 : NULL;
  case IA32_OP_JCC: return jcc_of[in->cc & 15];
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
