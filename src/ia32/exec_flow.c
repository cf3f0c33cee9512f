/* Control transfer: near jumps, calls, returns, loops, software
 * interrupts. Far transfers: far.c. */
#include "interp.h"

/* A near branch target: EIP wraps to 16 bits with a 16-bit operand size and
 * must lie inside CS (SDM vol. 2 JMP: #GP(0) beyond the limit). */
static int branch(ia32_cpu *c, const ia32_insn *in, uint32_t target) {
  if (in->opsize == 2) target &= 0xffff;
  if (target > c->seg[IA32_CS].limit) return ia32_raise_gp0(c);
  c->eip = target;
  return 0;
}

static int op_jcc(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (!ia32_cond_lazy(in->cc, &c->lf)) {
    c->eip = next;
    return 0;
  }
  return branch(c, in, next + in->imm);
}

/* The target of JMP/CALL: relative (Jb, Jz) or indirect (Ev). */
static int near_target(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next, uint32_t *t) {
  if (in->form == IA32_FORM_Jb || in->form == IA32_FORM_Jz) {
    *t = next + in->imm;
    return 0;
  }
  return ia32_rm_read(e, c, in, in->opsize, t);
}

static int op_jmp(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t t;
  if (near_target(e, c, in, next, &t)) return -1;
  return branch(c, in, t);
}

static int op_call(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t t;
  if (near_target(e, c, in, next, &t)) return -1;
  if (in->opsize == 2) t &= 0xffff;
  if (t > c->seg[IA32_CS].limit) return ia32_raise_gp0(c);
  if (ia32_push(e, c, in->opsize, next)) return -1;
  c->eip = t;
  return 0;
}

static int op_ret(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)next;
  uint32_t t;
  if (ia32_peek(e, c, 0, in->opsize, &t)) return -1;
  if (in->opsize == 2) t &= 0xffff;
  if (t > c->seg[IA32_CS].limit) return ia32_raise_gp0(c);
  uint32_t release = in->form == IA32_FORM_Iw ? in->imm & 0xffff : 0;
  ia32_pop_commit(c, in->opsize + release);
  c->eip = t;
  return 0;
}

/* LOOP/LOOPE/LOOPNE/JECXZ count in CX or ECX by the address size. */
static int op_loop(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  unsigned as = in->addrsize;
  uint32_t count = ia32_reg_get(c, IA32_ECX, as);
  bool taken;
  if (in->op == IA32_OP_JCXZ) {
    taken = count == 0;
  } else {
    count = (count - 1) & ia32_size_mask(as);
    ia32_reg_set(c, IA32_ECX, as, count);
    taken = count != 0;
    if (in->op == IA32_OP_LOOPE) taken = taken && ia32_lazy_zf(&c->lf);
    if (in->op == IA32_OP_LOOPNE) taken = taken && !ia32_lazy_zf(&c->lf);
  }
  if (!taken) {
    c->eip = next;
    return 0;
  }
  return branch(c, in, next + in->imm);
}

/* INT n, INT3, INTO, INT1: software interrupts. They are delivered after
 * EIP moved past the instruction (a trap), so the handler sets EIP first. */
int ia32_software_interrupt(vtsim_engine *e, ia32_cpu *c, unsigned vector, uint32_t next,
                            bool icebp);

static int op_int(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned vector;
  switch (in->op) {
  case IA32_OP_INT3: vector = IA32_EXC_BP; break;
  case IA32_OP_INT1: vector = IA32_EXC_DB; break;
  case IA32_OP_INTO:
    if (!(ia32_flags_arith(&c->lf) & IA32_EFLAGS_OF)) {
      c->eip = next;
      return 0;
    }
    vector = IA32_EXC_OF;
    break;
  default: vector = in->imm & 0xff;
  }
  return ia32_software_interrupt(e, c, vector, next, in->op == IA32_OP_INT1);
}

const ia32_handler ia32_flow_handlers[IA32_OP_COUNT_] = {
    [IA32_OP_JCC] = op_jcc,       [IA32_OP_JMP] = op_jmp,   [IA32_OP_CALL] = op_call,
    [IA32_OP_RET] = op_ret,       [IA32_OP_LOOP] = op_loop, [IA32_OP_LOOPE] = op_loop,
    [IA32_OP_LOOPNE] = op_loop,   [IA32_OP_JCXZ] = op_loop, [IA32_OP_INT] = op_int,
    [IA32_OP_INT3] = op_int,      [IA32_OP_INTO] = op_int,  [IA32_OP_INT1] = op_int,
};
