/* Far transfers (SDM vol. 2 JMP, CALL, RET, IRET; vol. 3 5.8): direct to a
 * code segment, through call gates with the stack switch and parameter
 * copy, and returns to the same or an outer level. Every check comes before
 * the first register changes; stacks being built are ia32_stack values
 * committed at the end. Task switches (TSS and task-gate targets, IRET
 * with NT) are not modelled: counted and #GP. */
#include "prot.h"

/* The selector:offset operand: immediate (Ap) or in memory (Mp). */
static int far_operand(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t *off,
                       uint16_t *sel) {
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

/* Real mode: CS gets the selector and base selector * 16. */
static void real_mode_jump(ia32_cpu *c, uint16_t sel, uint32_t off, unsigned size) {
  c->seg[IA32_CS].sel = sel;
  c->seg[IA32_CS].base = (uint32_t)sel << 4;
  c->eip = size == 2 ? off & 0xffff : off;
}

/* The target code segment of a transfer, checked; CS's RPL becomes cpl. */
static int target_code(vtsim_engine *e, ia32_cpu *c, uint16_t sel, uint64_t d, unsigned cpl,
                       uint32_t off, ia32_seg *cs) {
  *cs = ia32_seg_from_desc((uint16_t)((sel & 0xfffc) | cpl), d);
  if (off > cs->limit) return ia32_raise_gp0(c);
  if (ia32_mark_accessed(e, c, sel, d)) return -1;
  cs->ar |= IA32_AR_TYPE_ACCESSED;
  return 0;
}

/* A direct transfer to a code segment at the current level (conforming:
 * any DPL <= CPL). */
static int check_direct(ia32_cpu *c, uint16_t sel, uint32_t ar) {
  unsigned dpl = ia32_ar_dpl(ar);
  uint16_t err = sel & 0xfffc;
  if (ia32_ar_conforming(ar) ? dpl > c->cpl : ((sel & 3u) > c->cpl || dpl != c->cpl))
    return ia32_raise(c, IA32_EXC_GP, true, err);
  if (!ia32_ar_present(ar)) return ia32_raise(c, IA32_EXC_NP, true, err);
  return 0;
}

/* What a far JMP/CALL selector names. */
typedef struct far_dest {
  uint16_t sel;   /* the code segment's selector */
  uint64_t code;  /* its descriptor */
  uint32_t off;
  bool gate;
  unsigned gate_size; /* 2 or 4 */
  unsigned params;
} far_dest;

/* Resolve sel:off: a code segment, or a call gate and the code segment it
 * names, with the checks common to JMP and CALL. */
static int resolve(vtsim_engine *e, ia32_cpu *c, uint16_t sel, uint32_t off, unsigned opsize,
                   far_dest *out) {
  uint16_t err = sel & 0xfffc;
  if (err == 0) return ia32_raise_gp0(c);
  uint64_t d = 0;
  if (ia32_fetch_desc(e, c, sel, IA32_EXC_GP, &d)) return -1;
  uint32_t ar = ia32_desc_ar(d);
  if (ia32_ar_code(ar)) {
    if (check_direct(c, sel, ar)) return -1;
    *out = (far_dest){.sel = sel, .code = d, .off = opsize == 2 ? off & 0xffff : off};
    return 0;
  }
  unsigned type = ia32_ar_type(ar);
  if (!ia32_ar_system(ar)) return ia32_raise(c, IA32_EXC_GP, true, err);
  if (type == IA32_SYS_TASK || type == IA32_SYS_TSS16 || type == IA32_SYS_TSS32) {
    ia32_note_task_switch(e, c);
    return ia32_raise(c, IA32_EXC_GP, true, err);
  }
  if (type != IA32_SYS_CALL16 && type != IA32_SYS_CALL32) return ia32_raise(c, IA32_EXC_GP, true, err);
  /* A call gate (SDM vol. 3 5.8.4): its DPL against CPL and RPL. */
  unsigned gdpl = ia32_ar_dpl(ar);
  if (gdpl < c->cpl || gdpl < (sel & 3u)) return ia32_raise(c, IA32_EXC_GP, true, err);
  if (!ia32_ar_present(ar)) return ia32_raise(c, IA32_EXC_NP, true, err);
  uint16_t tsel = ia32_gate_selector(d);
  if ((tsel & 0xfffc) == 0) return ia32_raise_gp0(c);
  uint64_t code = 0;
  if (ia32_fetch_desc(e, c, tsel, IA32_EXC_GP, &code)) return -1;
  uint32_t car = ia32_desc_ar(code);
  if (!ia32_ar_code(car) || ia32_ar_dpl(car) > c->cpl)
    return ia32_raise(c, IA32_EXC_GP, true, tsel & 0xfffc);
  if (!ia32_ar_present(car)) return ia32_raise(c, IA32_EXC_NP, true, tsel & 0xfffc);
  bool is32 = ia32_gate_is32(ar);
  *out = (far_dest){.sel = tsel, .code = code, .gate = true, .gate_size = is32 ? 4 : 2,
                    .params = ia32_gate_params(d),
                    .off = is32 ? ia32_gate_offset(d) : ia32_gate_offset(d) & 0xffff};
  return 0;
}

static int op_jmpf(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)next;
  uint32_t off;
  uint16_t sel;
  if (far_operand(e, c, in, &off, &sel)) return -1;
  if (!(c->cr0 & 1)) {
    real_mode_jump(c, sel, off, in->opsize);
    return 0;
  }
  far_dest t;
  if (resolve(e, c, sel, off, in->opsize, &t)) return -1;
  uint32_t car = ia32_desc_ar(t.code);
  /* Through a gate, JMP never changes level (SDM vol. 2 JMP). */
  if (t.gate && !ia32_ar_conforming(car) && ia32_ar_dpl(car) != c->cpl)
    return ia32_raise(c, IA32_EXC_GP, true, t.sel & 0xfffc);
  ia32_seg cs;
  if (target_code(e, c, t.sel, t.code, c->cpl, t.off, &cs)) return -1;
  c->seg[IA32_CS] = cs;
  c->eip = t.off;
  return 0;
}

static int op_callf(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t off;
  uint16_t sel;
  if (far_operand(e, c, in, &off, &sel)) return -1;
  if (!(c->cr0 & 1)) {
    uint32_t esp = c->gpr[IA32_ESP];
    if (ia32_push(e, c, in->opsize, c->seg[IA32_CS].sel) || ia32_push(e, c, in->opsize, next)) {
      c->gpr[IA32_ESP] = esp;
      return -1;
    }
    real_mode_jump(c, sel, off, in->opsize);
    return 0;
  }
  far_dest t;
  if (resolve(e, c, sel, off, in->opsize, &t)) return -1;
  uint32_t car = ia32_desc_ar(t.code);
  unsigned dpl = ia32_ar_dpl(car), size = t.gate ? t.gate_size : in->opsize;
  bool inner = t.gate && !ia32_ar_conforming(car) && dpl < c->cpl;
  unsigned new_cpl = inner ? dpl : c->cpl;
  ia32_stack s = {.ss = c->seg[IA32_SS], .sp = c->gpr[IA32_ESP], .sv = c->cpl < 3};
  if (inner) { /* SDM vol. 3 5.8.5: new stack from the TSS, parameters copied */
    uint16_t ss;
    uint32_t esp;
    if (ia32_tss_stack(e, c, dpl, &ss, &esp) || ia32_stack_seg(e, c, ss, dpl, IA32_EXC_TS, &s.ss))
      return -1;
    s.sp = esp;
    s.err = ss & 0xfffc;
    s.sv = true;
    if (ia32_stack_push(e, c, &s, size, c->seg[IA32_SS].sel) ||
        ia32_stack_push(e, c, &s, size, c->gpr[IA32_ESP]))
      return -1;
    for (unsigned i = t.params; i-- > 0;) {
      uint32_t v;
      if (ia32_peek(e, c, i * size, size, &v) || ia32_stack_push(e, c, &s, size, v)) return -1;
    }
  }
  ia32_seg cs;
  if (ia32_stack_push(e, c, &s, size, c->seg[IA32_CS].sel) ||
      ia32_stack_push(e, c, &s, size, next) ||
      target_code(e, c, t.sel, t.code, new_cpl, t.off, &cs))
    return -1;
  ia32_stack_commit(c, &s);
  c->seg[IA32_CS] = cs;
  ia32_set_cpl(c, new_cpl);
  c->eip = t.off;
  return 0;
}

/* The code segment a far return or IRET goes back to (SDM vol. 2 RET
 * "RETURN-FROM-FAR-PROCEDURE"): its RPL is the level returned to. */
static int return_code(vtsim_engine *e, ia32_cpu *c, uint16_t sel, uint64_t *d) {
  uint16_t err = sel & 0xfffc;
  if (err == 0) return ia32_raise_gp0(c);
  if (ia32_fetch_desc(e, c, sel, IA32_EXC_GP, d)) return -1;
  uint32_t ar = ia32_desc_ar(*d);
  unsigned rpl = sel & 3u, dpl = ia32_ar_dpl(ar);
  if (!ia32_ar_code(ar) || rpl < c->cpl) return ia32_raise(c, IA32_EXC_GP, true, err);
  if (ia32_ar_conforming(ar) ? dpl > rpl : dpl != rpl) return ia32_raise(c, IA32_EXC_GP, true, err);
  if (!ia32_ar_present(ar)) return ia32_raise(c, IA32_EXC_NP, true, err);
  return 0;
}

/* Return to sel:off, popping `frame` bytes (the return address, IRET's
 * flags, RET's released parameters); for an outer level, ESP and SS follow
 * the frame. Commits CS, EIP, SS, ESP and the CPL. */
static int far_return(vtsim_engine *e, ia32_cpu *c, uint16_t sel, uint32_t off, unsigned size,
                      unsigned frame, unsigned release) {
  uint64_t d = 0;
  if (return_code(e, c, sel, &d)) return -1;
  unsigned rpl = sel & 3u;
  ia32_seg cs;
  if (rpl == c->cpl) {
    if (target_code(e, c, sel, d, rpl, size == 2 ? off & 0xffff : off, &cs)) return -1;
    ia32_pop_commit(c, frame + release);
    c->seg[IA32_CS] = cs;
    c->eip = size == 2 ? off & 0xffff : off;
    return 0;
  }
  uint32_t esp, ss;
  if (ia32_peek(e, c, frame + release, size, &esp) ||
      ia32_peek(e, c, frame + release + size, size, &ss))
    return -1;
  ia32_seg sseg;
  if (ia32_stack_seg(e, c, (uint16_t)ss, rpl, IA32_EXC_GP, &sseg) ||
      target_code(e, c, sel, d, rpl, size == 2 ? off & 0xffff : off, &cs))
    return -1;
  c->seg[IA32_CS] = cs;
  c->eip = size == 2 ? off & 0xffff : off;
  ia32_stack s = {.ss = sseg, .sp = esp + release};
  ia32_stack_commit(c, &s);
  ia32_set_cpl(c, rpl);
  ia32_null_outer_segs(c);
  return 0;
}

static int op_retf(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)next;
  unsigned size = in->opsize, release = in->form == IA32_FORM_Iw ? in->imm & 0xffff : 0;
  uint32_t off, sel;
  if (ia32_peek(e, c, 0, size, &off) || ia32_peek(e, c, size, size, &sel)) return -1;
  if (!(c->cr0 & 1)) {
    ia32_pop_commit(c, 2 * size + release);
    real_mode_jump(c, (uint16_t)sel, off, size);
    return 0;
  }
  return far_return(e, c, (uint16_t)sel, off, size, 2 * size, release);
}

/* The flags IRET restores, by the level it runs at (SDM vol. 2 IRET). */
static void iret_flags(ia32_cpu *c, uint32_t flags, unsigned size, unsigned old_cpl,
                       unsigned old_iopl) {
  uint32_t changeable = IA32_EFLAGS_ARITH | IA32_EFLAGS_TF | IA32_EFLAGS_DF | IA32_EFLAGS_NT |
                        IA32_EFLAGS_AC | IA32_EFLAGS_ID | IA32_EFLAGS_RF;
  if (old_cpl == 0) changeable |= IA32_EFLAGS_IOPL;
  if (old_cpl <= old_iopl) changeable |= IA32_EFLAGS_IF;
  if (size == 2) changeable &= 0xffff;
  ia32_set_eflags(c, (ia32_get_eflags(c) & ~changeable) | (flags & changeable));
  ia32_events_recheck(c); /* IF may have been set */
}

static int op_iret(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)next;
  unsigned size = in->opsize;
  uint32_t eip, cs, flags;
  if (c->nmi_blocked) { /* any IRET unblocks NMIs, even one that faults (SDM vol. 3 6.7.1) */
    c->nmi_blocked = false;
    ia32_events_recheck(c);
  }
  if (ia32_peek(e, c, 0, size, &eip) || ia32_peek(e, c, size, size, &cs) ||
      ia32_peek(e, c, 2 * size, size, &flags))
    return -1;
  if (!(c->cr0 & 1)) { /* real mode: every flag but VM, VIF, VIP (SDM vol. 2 IRET) */
    ia32_pop_commit(c, 3 * size);
    real_mode_jump(c, (uint16_t)cs, eip, size);
    uint32_t keep = size == 2 ? 0xffff0000u : 0x001a0000u;
    ia32_set_eflags(c, (ia32_get_eflags(c) & keep) | (flags & ~keep));
    ia32_events_recheck(c);
    return 0;
  }
  if ((c->eflags & IA32_EFLAGS_NT) || (size == 4 && (flags & IA32_EFLAGS_VM) && c->cpl == 0)) {
    ia32_note_task_switch(e, c); /* task return, virtual-8086 return: not modelled */
    return ia32_raise_gp0(c);
  }
  unsigned old_cpl = c->cpl, old_iopl = (c->eflags & IA32_EFLAGS_IOPL) >> 12;
  if (far_return(e, c, (uint16_t)cs, eip, size, 3 * size, 0)) return -1;
  iret_flags(c, flags, size, old_cpl, old_iopl);
  return 0;
}

const ia32_handler ia32_far_handlers[IA32_OP_COUNT_] = {
    [IA32_OP_JMPF] = op_jmpf, [IA32_OP_CALLF] = op_callf,
    [IA32_OP_RETF] = op_retf, [IA32_OP_IRET] = op_iret,
};
