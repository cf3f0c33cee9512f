/* Control transfer: jumps, calls, returns, loops, software interrupts. */
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

/* Far JMP/CALL/RET to a code segment at the same privilege level. Calls
 * through gates and returns to outer levels arrive with the system
 * architecture. */
static int far_target(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t *off, uint16_t *sel) {
  if (in->form == IA32_FORM_Ap) {
    *off = in->imm;
    *sel = in->imm2;
    return 0;
  }
  uint32_t ea = ia32_ea(c, in), s;
  if (ia32_read(e, c, in->seg, ea, in->opsize, off) ||
      ia32_read(e, c, in->seg, ea + in->opsize, 2, &s))
    return -1;
  *sel = (uint16_t)s;
  return 0;
}

static int far_jump(vtsim_engine *e, ia32_cpu *c, uint16_t sel, uint32_t off, unsigned opsize) {
  ia32_seg saved = c->seg[IA32_CS];
  if (ia32_load_seg(e, c, IA32_CS, sel)) return -1;
  if (opsize == 2) off &= 0xffff;
  if (off > c->seg[IA32_CS].limit) {
    c->seg[IA32_CS] = saved;
    return ia32_raise_gp0(c);
  }
  c->eip = off;
  return 0;
}

static int op_jmpf(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)next;
  uint32_t off;
  uint16_t sel;
  if (far_target(e, c, in, &off, &sel)) return -1;
  return far_jump(e, c, sel, off, in->opsize);
}

static int op_callf(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t off, esp = c->gpr[IA32_ESP];
  uint16_t sel, old_cs = c->seg[IA32_CS].sel;
  ia32_seg saved = c->seg[IA32_CS];
  if (far_target(e, c, in, &off, &sel)) return -1;
  if (ia32_push(e, c, in->opsize, old_cs) || ia32_push(e, c, in->opsize, next)) goto undo;
  if (far_jump(e, c, sel, off, in->opsize)) goto undo;
  return 0;
undo:
  c->gpr[IA32_ESP] = esp;
  c->seg[IA32_CS] = saved;
  return -1;
}

static int op_retf(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)next;
  unsigned size = in->opsize;
  uint32_t off, sel;
  if (ia32_peek(e, c, 0, size, &off) || ia32_peek(e, c, size, size, &sel)) return -1;
  if ((sel & 3) != c->cpl) return ia32_raise(c, IA32_EXC_GP, true, sel & 0xfffc); /* outer: later */
  if (far_jump(e, c, (uint16_t)sel, off, size)) return -1;
  ia32_pop_commit(c, 2 * size + (in->form == IA32_FORM_Iw ? (in->imm & 0xffff) : 0));
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
int ia32_software_interrupt(vtsim_engine *e, ia32_cpu *c, unsigned vector, uint32_t next);

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
  return ia32_software_interrupt(e, c, vector, next);
}

/* IRET to the same privilege level (protected mode, no task return). */
static int op_iret(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)next;
  unsigned size = in->opsize;
  uint32_t eip, cs, flags;
  if (c->eflags & IA32_EFLAGS_NT) return ia32_raise(c, IA32_EXC_TS, true, c->tr.sel & 0xfffc);
  if (ia32_peek(e, c, 0, size, &eip) || ia32_peek(e, c, size, size, &cs) ||
      ia32_peek(e, c, 2 * size, size, &flags))
    return -1;
  if ((cs & 3) != c->cpl) return ia32_raise(c, IA32_EXC_GP, true, cs & 0xfffc); /* outer: later */
  if (far_jump(e, c, (uint16_t)cs, eip, size)) return -1;
  ia32_pop_commit(c, 3 * size);
  /* The same flag rules as POPF (SDM vol. 2 IRET, "RETURN-TO-SAME-PRIVILEGE-LEVEL"). */
  uint32_t changeable = IA32_EFLAGS_ARITH | IA32_EFLAGS_TF | IA32_EFLAGS_DF | IA32_EFLAGS_NT |
                        IA32_EFLAGS_AC | IA32_EFLAGS_ID | IA32_EFLAGS_RF;
  if (c->cpl == 0) changeable |= IA32_EFLAGS_IOPL;
  if (c->cpl <= ((c->eflags & IA32_EFLAGS_IOPL) >> 12)) changeable |= IA32_EFLAGS_IF;
  if (size == 2) changeable &= 0xffff;
  ia32_set_eflags(c, (ia32_get_eflags(c) & ~changeable) | (flags & changeable));
  return 0;
}

const ia32_handler ia32_flow_handlers[IA32_OP_COUNT_] = {
    [IA32_OP_JCC] = op_jcc,       [IA32_OP_JMP] = op_jmp,   [IA32_OP_CALL] = op_call,
    [IA32_OP_RET] = op_ret,       [IA32_OP_JMPF] = op_jmpf, [IA32_OP_CALLF] = op_callf,
    [IA32_OP_RETF] = op_retf,     [IA32_OP_LOOP] = op_loop, [IA32_OP_LOOPE] = op_loop,
    [IA32_OP_LOOPNE] = op_loop,   [IA32_OP_JCXZ] = op_loop, [IA32_OP_INT] = op_int,
    [IA32_OP_INT3] = op_int,      [IA32_OP_INTO] = op_int,  [IA32_OP_INT1] = op_int,
    [IA32_OP_IRET] = op_iret,
};
