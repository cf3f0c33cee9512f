/* Interrupt and exception delivery through the IDT in protected mode (SDM
 * vol. 3 6.10-6.14; vol. 2 INT n "PROTECTED-MODE"): gate checks, the stack
 * switch through the TSS, the frame, and the flags. Everything is checked
 * and the frame written before any register changes, so a fault during
 * delivery leaves the processor as it was. */
#include "prot.h"

void ia32_note_task_switch(vtsim_engine *e, ia32_cpu *c) {
  e->counts.unimplemented++;
  c->task_unimplemented++;
}

/* The interrupt gate and the code segment it names, checked. */
static int read_gate(vtsim_engine *e, ia32_cpu *c, unsigned vector, unsigned source, uint64_t *gate,
                     uint64_t *code) {
  uint16_t idt_err = (uint16_t)(vector * 8 + 2);
  if (vector * 8 + 7 > c->idtr_limit) return ia32_raise(c, IA32_EXC_GP, true, idt_err);
  uint32_t lo, hi;
  if (ia32_sys_read(e, c, c->idtr_base + vector * 8, 4, &lo) ||
      ia32_sys_read(e, c, c->idtr_base + vector * 8 + 4, 4, &hi))
    return -1;
  *gate = (uint64_t)hi << 32 | lo;
  uint32_t ar = ia32_desc_ar(*gate);
  if (!ia32_ar_system(ar) || !ia32_idt_gate_type_ok(ia32_ar_type(ar)))
    return ia32_raise(c, IA32_EXC_GP, true, idt_err);
  if (source == IA32_SRC_SOFTWARE && ia32_ar_dpl(ar) < c->cpl)
    return ia32_raise(c, IA32_EXC_GP, true, idt_err);
  if (!ia32_ar_present(ar)) return ia32_raise(c, IA32_EXC_NP, true, idt_err);
  if (ia32_ar_type(ar) == IA32_SYS_TASK) { /* task switches are not modelled */
    ia32_note_task_switch(e, c);
    return ia32_raise(c, IA32_EXC_GP, true, idt_err);
  }
  uint16_t sel = ia32_gate_selector(*gate);
  if ((sel & 0xfffc) == 0) return ia32_raise(c, IA32_EXC_GP, true, 0);
  if (ia32_fetch_desc(e, c, sel, IA32_EXC_GP, code)) return -1;
  uint32_t car = ia32_desc_ar(*code);
  if (!ia32_ar_code(car) || ia32_ar_dpl(car) > c->cpl)
    return ia32_raise(c, IA32_EXC_GP, true, sel & 0xfffc);
  if (!ia32_ar_present(car)) return ia32_raise(c, IA32_EXC_NP, true, sel & 0xfffc);
  return 0;
}

static int deliver(vtsim_engine *e, ia32_cpu *c, unsigned vector, bool has_ec, uint32_t ec,
                   unsigned source, uint32_t ret_eip) {
  uint64_t gate = 0, code = 0;
  if (read_gate(e, c, vector, source, &gate, &code)) return -1;
  uint32_t gar = ia32_desc_ar(gate), car = ia32_desc_ar(code);
  uint16_t sel = ia32_gate_selector(gate);
  unsigned dpl = ia32_ar_dpl(car), size = ia32_gate_is32(gar) ? 4 : 2;
  bool inner = !ia32_ar_conforming(car) && dpl < c->cpl;
  unsigned new_cpl = inner ? dpl : c->cpl;
  if (!inner && !ia32_ar_conforming(car) && dpl != c->cpl)
    return ia32_raise(c, IA32_EXC_GP, true, sel & 0xfffc);
  ia32_stack s = {.ss = c->seg[IA32_SS], .sp = c->gpr[IA32_ESP], .err = 0, .sv = new_cpl < 3};
  if (inner) { /* SDM vol. 3 6.12.1: the handler's stack comes from the TSS */
    uint16_t ss;
    uint32_t esp;
    if (ia32_tss_stack(e, c, dpl, &ss, &esp) ||
        ia32_stack_seg(e, c, ss, dpl, IA32_EXC_TS, &s.ss))
      return -1;
    s.sp = esp;
    s.err = ss & 0xfffc;
    if (ia32_stack_push(e, c, &s, size, c->seg[IA32_SS].sel) ||
        ia32_stack_push(e, c, &s, size, c->gpr[IA32_ESP]))
      return -1;
  }
  /* The RF image (SDM vol. 3 17.3.1.1): 1 for a fault, so that the
   * restarted instruction's breakpoint is not taken again; 0 for INT n
   * (cleared as it began); as it is for traps, interrupts and the
   * instruction-breakpoint fault. */
  uint32_t flags = ia32_get_eflags(c);
  if (source == IA32_SRC_EXCEPTION) flags |= IA32_EFLAGS_RF;
  else if (source == IA32_SRC_SOFTWARE || source == IA32_SRC_ICEBP) flags &= ~IA32_EFLAGS_RF;
  if (ia32_stack_push(e, c, &s, size, flags) ||
      ia32_stack_push(e, c, &s, size, c->seg[IA32_CS].sel) ||
      ia32_stack_push(e, c, &s, size, ret_eip) || (has_ec && ia32_stack_push(e, c, &s, size, ec)))
    return -1;
  uint32_t target = ia32_gate_offset(gate);
  if (size == 2) target &= 0xffff;
  ia32_seg cs = ia32_seg_from_desc((uint16_t)((sel & 0xfffc) | new_cpl), code);
  if (target > cs.limit) return ia32_raise(c, IA32_EXC_GP, true, 0);
  if (ia32_mark_accessed(e, c, sel, code)) return -1;
  /* Commit. */
  ia32_stack_commit(c, &s);
  c->seg[IA32_CS] = cs;
  c->seg[IA32_CS].ar |= IA32_AR_TYPE_ACCESSED;
  ia32_set_cpl(c, new_cpl);
  c->eip = target;
  uint32_t clear = IA32_EFLAGS_TF | IA32_EFLAGS_NT | IA32_EFLAGS_RF | IA32_EFLAGS_VM;
  if (ia32_ar_type(gar) == IA32_SYS_INT16 || ia32_ar_type(gar) == IA32_SYS_INT32)
    clear |= IA32_EFLAGS_IF; /* interrupt gates mask interrupts; trap gates do not */
  ia32_set_eflags(c, flags & ~clear);
  return 0;
}

/* Real mode: the IVT at IDTR.base holds 4-byte CS:IP vectors; FLAGS, CS and
 * IP are pushed and IF, TF, AC cleared (SDM vol. 3 20.1.4). */
static int deliver_real(vtsim_engine *e, ia32_cpu *c, unsigned vector, uint32_t ret_eip) {
  if (vector * 4 + 3 > c->idtr_limit) return ia32_raise(c, IA32_EXC_GP, true, 0);
  uint32_t ip, cs;
  if (ia32_lin_read(e, c, c->idtr_base + vector * 4, 2, &ip) ||
      ia32_lin_read(e, c, c->idtr_base + vector * 4 + 2, 2, &cs))
    return -1;
  uint32_t esp = c->gpr[IA32_ESP], flags = ia32_get_eflags(c);
  if (ia32_push(e, c, 2, flags) || ia32_push(e, c, 2, c->seg[IA32_CS].sel) ||
      ia32_push(e, c, 2, ret_eip)) {
    c->gpr[IA32_ESP] = esp;
    return -1;
  }
  c->seg[IA32_CS].sel = (uint16_t)cs;
  c->seg[IA32_CS].base = cs << 4;
  c->eip = ip;
  ia32_set_eflags(c, flags & ~(IA32_EFLAGS_IF | IA32_EFLAGS_TF | IA32_EFLAGS_AC));
  return 0;
}

int ia32_idt_deliver(vtsim_engine *e, ia32_cpu *c, unsigned vector, bool has_ec, uint32_t ec,
                     unsigned source, uint32_t ret_eip) {
  if (!(c->cr0 & 1)) return deliver_real(e, c, vector, ret_eip);
  if (deliver(e, c, vector, has_ec, ec, source, ret_eip) == 0) return 0;
  /* A fault while delivering an event the program did not ask for reports
   * that in its error code (EXT, SDM vol. 3 6.13). */
  if (source != IA32_SRC_SOFTWARE && c->fault.has_error_code && c->fault.vector != IA32_EXC_PF)
    c->fault.error_code |= 1;
  return -1;
}
