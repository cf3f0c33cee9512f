/* More specialised handlers (see exec_fast.c): near JMP, CALL and RET with
 * 32-bit operands, MOVZX/MOVSX by source size, SHL/SHR/SAR of a register. Anything the inline
 * checks do not cover runs the generic handler of the op, which repeats
 * the checks and raises the faults; nothing is committed before that. */
#include "fast_mem.h"

SLOW generic_flow(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return ia32_flow_handlers[in->op](e, c, in, next);
}

SLOW generic_move(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return ia32_move_handlers[in->op](e, c, in, next);
}

/* A near target beyond the CS limit is #GP(0) (SDM vol. 2 JMP, CALL, RET). */
static inline int go(ia32_cpu *c, uint32_t target) {
  if (IA32_UNLIKELY(target > c->seg[IA32_CS].limit)) return ia32_raise_gp0(c);
  c->eip = target;
  return 0;
}

/* JMP rel8 / rel32 */
static int jmp_rel32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  return go(c, next + in->imm);
}

/* JMP r32 */
static int jmp_r32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)next;
  return go(c, c->gpr[in->rm]);
}

/* JMP [mem32] (jump tables) */
static int jmp_m32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  const uint8_t *p = fast_host(c, c->rtlb, in->seg, ia32_ea(c, in), 4);
  if (IA32_UNLIKELY(!p)) return generic_flow(e, c, in, next);
  return go(c, ia32_host_load(p, 4));
}

/* CALL rel32 with a 32-bit stack: the target is checked before the push. */
static int call_rel32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t target = next + in->imm, sp = c->gpr[IA32_ESP] - 4;
  uint8_t *p = ia32_stack32(c) ? fast_host(c, c->wtlb, IA32_SS, sp, 4) : NULL;
  if (IA32_UNLIKELY(!p || target > c->seg[IA32_CS].limit)) return generic_flow(e, c, in, next);
  ia32_host_store(p, 4, next);
  c->gpr[IA32_ESP] = sp;
  c->eip = target;
  return 0;
}

/* RET (no immediate) with a 32-bit stack: ESP moves only once the target
 * passed the limit check. */
static int ret32(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t sp = c->gpr[IA32_ESP];
  const uint8_t *p = ia32_stack32(c) ? fast_host(c, c->rtlb, IA32_SS, sp, 4) : NULL;
  if (IA32_UNLIKELY(!p)) return generic_flow(e, c, in, next);
  uint32_t target = ia32_host_load(p, 4);
  if (IA32_UNLIKELY(target > c->seg[IA32_CS].limit)) return ia32_raise_gp0(c);
  c->gpr[IA32_ESP] = sp + 4;
  c->eip = target;
  return 0;
}

/* MOVZX/MOVSX r32 from a register or memory operand of FROM bytes. */
#define MOVX(name, FROM, SIGNED)                                                                   \
  static int name##_r(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {          \
    (void)e;                                                                                       \
    uint32_t v = ia32_reg_get(c, in->rm, FROM);                                                    \
    c->gpr[in->reg] = SIGNED ? ia32_sign_extend(v, FROM) : v;                                      \
    c->eip = next;                                                                                 \
    return 0;                                                                                      \
  }                                                                                                \
  static int name##_m(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {          \
    const uint8_t *p = fast_host(c, c->rtlb, in->seg, ia32_ea(c, in), FROM);                       \
    if (IA32_UNLIKELY(!p)) return generic_move(e, c, in, next);                                    \
    uint32_t v = ia32_host_load(p, FROM);                                                          \
    c->gpr[in->reg] = SIGNED ? ia32_sign_extend(v, FROM) : v;                                      \
    c->eip = next;                                                                                 \
    return 0;                                                                                      \
  }
MOVX(movzx8, 1, false)
MOVX(movzx16, 2, false)
MOVX(movsx8, 1, true)
MOVX(movsx16, 2, true)

static ia32_handler movx_handler(const ia32_insn *in) {
  static const ia32_handler reg[2][2] = {{movzx8_r, movzx16_r}, {movsx8_r, movsx16_r}};
  static const ia32_handler mem[2][2] = {{movzx8_m, movzx16_m}, {movsx8_m, movsx16_m}};
  unsigned sign = in->op == IA32_OP_MOVSX, word = in->form == IA32_FORM_Gv_Ew;
  if (in->form != IA32_FORM_Gv_Eb && in->form != IA32_FORM_Gv_Ew) return NULL;
  return in->mod == 3 ? reg[sign][word] : mem[sign][word];
}

/* SHL/SHR/SAR of a 32-bit register (SDM vol. 2 SAL/SAR/SHL/SHR), as
 * alu.c's shift() with the size fixed: CF is the last bit shifted out, OF
 * is defined for a count of 1 and kept otherwise, AF is kept; SF/ZF/PF
 * stay lazy. A masked count of 0 changes nothing. */
enum { SH_LEFT, SH_RIGHT, SH_ARITH };
static inline void shift32(ia32_cpu *c, unsigned r, unsigned kind, uint32_t count) {
  count &= 0x1f;
  if (count == 0) return;
  uint32_t d = c->gpr[r], res, cf, of;
  if (kind == SH_LEFT) {
    res = d << count;
    cf = (d >> (32 - count)) & 1;
    of = (res >> 31) ^ cf;
  } else if (kind == SH_RIGHT) {
    res = d >> count;
    cf = (d >> (count - 1)) & 1;
    of = d >> 31;
  } else {
    res = (uint32_t)((int32_t)d >> count);
    cf = (d >> (count - 1)) & 1;
    of = 0;
  }
  const uint32_t keep = count == 1 ? IA32_EFLAGS_AF : IA32_EFLAGS_AF | IA32_EFLAGS_OF;
  uint32_t kept = ia32_lazy_of_af(&c->lf) & keep;
  uint32_t aux = kept | cf | (count == 1 ? of * IA32_EFLAGS_OF : 0);
  ia32_lf_record(&c->lf, IA32_LF_SHIFT, 4, res, 0, 0, aux);
  c->gpr[r] = res;
}

#define SHIFT32(name, KIND)                                                                        \
  static int name##_i(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {          \
    (void)e;                                                                                       \
    shift32(c, in->rm, KIND, in->form == IA32_FORM_Ev_1 ? 1 : in->imm);                            \
    c->eip = next;                                                                                 \
    return 0;                                                                                      \
  }                                                                                                \
  static int name##_cl(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {         \
    (void)e;                                                                                       \
    shift32(c, in->rm, KIND, c->gpr[IA32_ECX]);                                                    \
    c->eip = next;                                                                                 \
    return 0;                                                                                      \
  }
SHIFT32(shl_r32, SH_LEFT)
SHIFT32(shr_r32, SH_RIGHT)
SHIFT32(sar_r32, SH_ARITH)

static ia32_handler shift_handler(const ia32_insn *in) {
  static const ia32_handler imm[3] = {shl_r32_i, shr_r32_i, sar_r32_i};
  static const ia32_handler cl[3] = {shl_r32_cl, shr_r32_cl, sar_r32_cl};
  unsigned k = in->op == IA32_OP_SHL ? SH_LEFT : in->op == IA32_OP_SHR ? SH_RIGHT : SH_ARITH;
  if (in->mod != 3) return NULL;
  if (in->form == IA32_FORM_Ev_CL) return cl[k];
  return in->form == IA32_FORM_Ev_Ib || in->form == IA32_FORM_Ev_1 ? imm[k] : NULL;
}

ia32_handler ia32_fast_handler_more(const ia32_insn *in) {
  if (in->opsize != 4) return NULL;
  bool reg = in->mod == 3;
  switch (in->op) {
  case IA32_OP_JMP:
    if (in->form == IA32_FORM_Jb || in->form == IA32_FORM_Jz) return jmp_rel32;
    if (in->form == IA32_FORM_Ev) return reg ? jmp_r32 : jmp_m32;
    return NULL;
  case IA32_OP_CALL: return in->form == IA32_FORM_Jz ? call_rel32 : NULL;
  case IA32_OP_RET: return in->form == IA32_FORM_NONE ? ret32 : NULL;
  case IA32_OP_MOVZX:
  case IA32_OP_MOVSX: return movx_handler(in);
  case IA32_OP_SHL:
  case IA32_OP_SHR:
  case IA32_OP_SAR: return shift_handler(in);
  default: return NULL;
  }
}
