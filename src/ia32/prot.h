/* Protected-mode machinery shared by the segment loads (seg.c), interrupt
 * delivery (intr.c), far transfers (far.c) and the system instructions:
 * descriptor fetches, TSS stacks, stacks being built before they are
 * committed. Every function returns 0, or -1 with the fault recorded. */
#ifndef VTSIM_IA32_PROT_H
#define VTSIM_IA32_PROT_H

#include "desc.h"
#include "interp.h"

/* Accesses the processor makes to system structures: supervisor accesses
 * at any CPL (SDM vol. 3 4.6). */
static inline int ia32_sys_read(vtsim_engine *e, ia32_cpu *c, uint32_t lin, unsigned size,
                                uint32_t *v) {
  bool was = c->implicit_sv;
  c->implicit_sv = true;
  int r = ia32_lin_read(e, c, lin, size, v);
  c->implicit_sv = was;
  return r;
}

static inline int ia32_sys_write(vtsim_engine *e, ia32_cpu *c, uint32_t lin, unsigned size,
                                 uint32_t v) {
  bool was = c->implicit_sv;
  c->implicit_sv = true;
  int r = ia32_lin_write(e, c, lin, size, v);
  c->implicit_sv = was;
  return r;
}

/* The descriptor a selector names in the GDT or LDT. A selector beyond the
 * table is fault vector `vec` with the selector as error code. */
int ia32_fetch_desc(vtsim_engine *e, ia32_cpu *c, uint16_t sel, unsigned vec, uint64_t *d);
/* Set the accessed bit of a code or data descriptor in memory (SDM vol. 3 3.4.5.1). */
int ia32_mark_accessed(vtsim_engine *e, ia32_cpu *c, uint16_t sel, uint64_t d);
/* A segment cache filled from a descriptor. */
ia32_seg ia32_seg_from_desc(uint16_t sel, uint64_t d);

/* The inner stack for privilege level dpl from the current TSS (SDM vol. 3
 * 7.2.1): #TS(TSS selector) when the TSS is too short. */
int ia32_tss_stack(vtsim_engine *e, ia32_cpu *c, unsigned dpl, uint16_t *ss, uint32_t *esp);
/* Check and fetch a stack segment for privilege level pl: the checks of an
 * inner stack switch (#TS for CALL and interrupts) or of a return to an
 * outer level (#GP). Not present is #SS either way. */
int ia32_stack_seg(vtsim_engine *e, ia32_cpu *c, uint16_t sel, unsigned pl, unsigned vec,
                   ia32_seg *out);

/* A stack being built on a segment not loaded yet (interrupt delivery,
 * gate calls): pushes check the limit (#SS with err) and write memory, and
 * nothing in the CPU changes until the caller commits. */
typedef struct ia32_stack {
  ia32_seg ss;
  uint32_t sp;
  uint16_t err;  /* #SS error code */
  bool sv;       /* supervisor accesses (the new CPL is below 3) */
} ia32_stack;

int ia32_stack_push(vtsim_engine *e, ia32_cpu *c, ia32_stack *s, unsigned size, uint32_t v);
/* Commit: SS and ESP (or SP for a 16-bit stack) become the stack's. */
void ia32_stack_commit(ia32_cpu *c, const ia32_stack *s);

/* After a return to an outer level: data segment registers the new CPL may
 * not use become null (SDM vol. 2 RET, IRET). */
void ia32_null_outer_segs(ia32_cpu *c);

/* The CPL changed: the software TLBs hold permissions for the old one. */
void ia32_set_cpl(ia32_cpu *c, unsigned cpl);

/* ---- interrupt and exception delivery (intr.c) --------------------------- */
enum ia32_event_source {
  IA32_SRC_EXCEPTION, /* raised by the processor: EXT set in nested error codes */
  IA32_SRC_SOFTWARE,  /* INT n, INT3, INTO: the gate's DPL is checked */
  IA32_SRC_EXTERNAL,  /* INTR, NMI */
  IA32_SRC_ICEBP,     /* INT1: like an exception, no DPL check */
  IA32_SRC_TRAP,      /* a #DB trap, or the instruction-breakpoint fault: RF pushed as it is */
};

/* Deliver one event through the IDT with the return address ret_eip. 0,
 * or -1 with the fault the delivery met recorded (nothing committed). */
int ia32_idt_deliver(vtsim_engine *e, ia32_cpu *c, unsigned vector, bool has_ec, uint32_t ec,
                     unsigned source, uint32_t ret_eip);

/* Whether the vector is one this model does not deliver (task gates):
 * counted, then #GP. */
void ia32_note_task_switch(vtsim_engine *e, ia32_cpu *c);

#endif
