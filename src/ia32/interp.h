/* Internals of the IA-32 interpreter shared by its files: register and
 * memory operand access, the stack, fault raising. Faults are values: a
 * helper that faults records the fault in the CPU and returns -1, and every
 * caller passes the -1 up to the dispatch loop. */
#ifndef VTSIM_IA32_INTERP_H
#define VTSIM_IA32_INTERP_H

#include <string.h>

#include "common/engine.h"
#include "cpu.h"

/* Exception vectors (SDM vol. 3 table 6-1). */
enum {
  IA32_EXC_DE = 0, IA32_EXC_DB = 1, IA32_EXC_NMI = 2, IA32_EXC_BP = 3, IA32_EXC_OF = 4, IA32_EXC_BR = 5, IA32_EXC_UD = 6,
  IA32_EXC_NM = 7, IA32_EXC_DF = 8, IA32_EXC_TS = 10, IA32_EXC_NP = 11, IA32_EXC_SS = 12, IA32_EXC_GP = 13,
  IA32_EXC_PF = 14, IA32_EXC_MF = 16, IA32_EXC_AC = 17, IA32_EXC_MC = 18,
};

#define IA32_LIKELY(x) __builtin_expect(!!(x), 1)
#define IA32_UNLIKELY(x) __builtin_expect(!!(x), 0)

static inline ia32_cpu *ia32_of(vtsim_engine *e) { return (ia32_cpu *)e->cpu; }

/* Record a fault; returns -1 for the caller to pass on. */
int ia32_raise(ia32_cpu *c, unsigned vector, bool has_error_code, uint32_t error_code);
static inline int ia32_raise_gp0(ia32_cpu *c) { return ia32_raise(c, IA32_EXC_GP, true, 0); }
static inline int ia32_raise_ud(ia32_cpu *c) { return ia32_raise(c, IA32_EXC_UD, false, 0); }

/* ---- registers ---------------------------------------------------------- */

/* A general register of size 1 (AL CL DL BL AH CH DH BH), 2 or 4 bytes. */
static inline uint32_t ia32_reg_get(const ia32_cpu *c, unsigned r, unsigned size) {
  if (size == 4) return c->gpr[r];
  if (size == 2) return c->gpr[r] & 0xffff;
  return r < 4 ? c->gpr[r] & 0xff : (c->gpr[r - 4] >> 8) & 0xff;
}

static inline void ia32_reg_set(ia32_cpu *c, unsigned r, unsigned size, uint32_t v) {
  if (size == 4) c->gpr[r] = v;
  else if (size == 2) c->gpr[r] = (c->gpr[r] & 0xffff0000u) | (v & 0xffff);
  else if (r < 4) c->gpr[r] = (c->gpr[r] & 0xffffff00u) | (v & 0xff);
  else c->gpr[r - 4] = (c->gpr[r - 4] & 0xffff00ffu) | ((v & 0xff) << 8);
}

/* ---- memory ----------------------------------------------------------------
 * Linear accesses go through the software TLBs; a miss, a page-crossing
 * access or a write to a page holding cached instructions takes the slow
 * path (mem.c), which also raises #PF / open-bus events. */

int ia32_lin_read_slow(vtsim_engine *e, ia32_cpu *c, uint32_t lin, unsigned size, uint32_t *out);
int ia32_lin_write_slow(vtsim_engine *e, ia32_cpu *c, uint32_t lin, unsigned size, uint32_t v);
void ia32_tlb_flush(ia32_cpu *c);
void ia32_icache_flush_mem(vt_mem *m, ia32_cpu *c);
int ia32_fetch_bytes(vtsim_engine *e, ia32_cpu *c, uint32_t lin, uint8_t *buf, unsigned len);

/* Host loads and stores of 1, 2 or 4 bytes (the host is little-endian
 * too). One access of the right width: a variable-size memcpy into a wider
 * variable would stall store forwarding on every narrow access. */
static inline uint32_t ia32_host_load(const uint8_t *p, unsigned size) {
  if (size == 1) return *p;
  if (size == 2) {
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
  }
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

static inline void ia32_host_store(uint8_t *p, unsigned size, uint32_t v) {
  if (size == 1) {
    *p = (uint8_t)v;
  } else if (size == 2) {
    uint16_t w = (uint16_t)v;
    memcpy(p, &w, 2);
  } else {
    memcpy(p, &v, 4);
  }
}

static inline int ia32_lin_read(vtsim_engine *e, ia32_cpu *c, uint32_t lin, unsigned size,
                                uint32_t *out) {
  const ia32_tlb_entry *t = &c->rtlb[(lin >> 12) & (IA32_TLB_SIZE - 1)];
  if (IA32_LIKELY(t->tag == (lin >> 12) + 1 && (lin & 0xfff) <= 4096 - size)) {
    *out = ia32_host_load(t->host + (lin & 0xfff), size);
    return 0;
  }
  return ia32_lin_read_slow(e, c, lin, size, out);
}

static inline int ia32_lin_write(vtsim_engine *e, ia32_cpu *c, uint32_t lin, unsigned size,
                                 uint32_t v) {
  const ia32_tlb_entry *t = &c->wtlb[(lin >> 12) & (IA32_TLB_SIZE - 1)];
  if (IA32_LIKELY(t->tag == (lin >> 12) + 1 && (lin & 0xfff) <= 4096 - size)) {
    ia32_host_store(t->host + (lin & 0xfff), size, v);
    return 0;
  }
  return ia32_lin_write_slow(e, c, lin, size, v);
}

/* Segment checks of an access of size bytes at offset off (SDM vol. 3 5.3):
 * a null (unusable) segment or a limit violation is #GP(0), #SS(0) for SS.
 * The inline test covers expand-up segments; unusable ones and those with
 * type bit 2 (expand-down data, conforming code) take seg.c's full check. */
int ia32_seg_check_slow(ia32_cpu *c, unsigned seg, uint32_t off, unsigned size);
static inline int ia32_seg_check(ia32_cpu *c, unsigned seg, uint32_t off, unsigned size) {
  const ia32_seg *s = &c->seg[seg];
  if (IA32_LIKELY(!(s->ar & (IA32_AR_UNUSABLE | IA32_AR_TYPE_BIT2)) &&
                  (uint64_t)off + size - 1 <= s->limit))
    return 0;
  return ia32_seg_check_slow(c, seg, off, size);
}

static inline int ia32_read(vtsim_engine *e, ia32_cpu *c, unsigned seg, uint32_t off,
                            unsigned size, uint32_t *out) {
  if (ia32_seg_check(c, seg, off, size)) return -1;
  return ia32_lin_read(e, c, c->seg[seg].base + off, size, out);
}

static inline int ia32_write(vtsim_engine *e, ia32_cpu *c, unsigned seg, uint32_t off,
                             unsigned size, uint32_t v) {
  if (ia32_seg_check(c, seg, off, size)) return -1;
  return ia32_lin_write(e, c, c->seg[seg].base + off, size, v);
}

/* The effective address (offset in its segment) of a memory operand. */
static inline uint32_t ia32_ea(const ia32_cpu *c, const ia32_insn *in) {
  uint32_t a = (uint32_t)in->disp;
  if (in->base != IA32_REG_NONE) a += c->gpr[in->base];
  if (in->index != IA32_REG_NONE) a += c->gpr[in->index] << in->scale;
  return in->addrsize == 2 ? a & 0xffff : a;
}

/* ---- the E operand (ModRM r/m: register or memory) --------------------- */
static inline int ia32_rm_read(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, unsigned size,
                               uint32_t *v) {
  if (in->mod == 3) {
    *v = ia32_reg_get(c, in->rm, size);
    return 0;
  }
  return ia32_read(e, c, in->seg, ia32_ea(c, in), size, v);
}

static inline int ia32_rm_write(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, unsigned size,
                                uint32_t v) {
  if (in->mod == 3) {
    ia32_reg_set(c, in->rm, size, v);
    return 0;
  }
  return ia32_write(e, c, in->seg, ia32_ea(c, in), size, v);
}

/* ---- the stack (SS:ESP, or SP when SS.B = 0) ---------------------------- */
static inline bool ia32_stack32(const ia32_cpu *c) { return (c->seg[IA32_SS].ar & IA32_AR_DB) != 0; }

static inline uint32_t ia32_sp(const ia32_cpu *c) {
  return ia32_stack32(c) ? c->gpr[IA32_ESP] : c->gpr[IA32_ESP] & 0xffff;
}

static inline void ia32_sp_set(ia32_cpu *c, uint32_t sp) {
  if (ia32_stack32(c)) c->gpr[IA32_ESP] = sp;
  else c->gpr[IA32_ESP] = (c->gpr[IA32_ESP] & 0xffff0000u) | (sp & 0xffff);
}

static inline int ia32_push(vtsim_engine *e, ia32_cpu *c, unsigned size, uint32_t v) {
  uint32_t sp = ia32_sp(c) - size;
  if (!ia32_stack32(c)) sp &= 0xffff;
  if (ia32_write(e, c, IA32_SS, sp, size, v)) return -1;
  ia32_sp_set(c, sp);
  return 0;
}

/* Read the value at the top of the stack without popping it (the caller
 * commits with ia32_pop_commit once nothing else can fault). */
static inline int ia32_peek(vtsim_engine *e, ia32_cpu *c, unsigned depth, unsigned size, uint32_t *v) {
  uint32_t sp = ia32_sp(c) + depth;
  if (!ia32_stack32(c)) sp &= 0xffff;
  return ia32_read(e, c, IA32_SS, sp, size, v);
}

static inline void ia32_pop_commit(ia32_cpu *c, unsigned bytes) { ia32_sp_set(c, ia32_sp(c) + bytes); }

static inline int ia32_pop(vtsim_engine *e, ia32_cpu *c, unsigned size, uint32_t *v) {
  if (ia32_peek(e, c, 0, size, v)) return -1;
  ia32_pop_commit(c, size);
  return 0;
}

/* ---- the instruction handlers (exec_*.c) -------------------------------
 * Each returns 0 with c->eip set to the next instruction (next is the
 * address after this one), or -1 with a fault recorded (EIP unchanged). A
 * handler that ends the run sets c->stop_reason. */
/* One table per file; the decode cache stores the handler it found. */
extern const ia32_handler ia32_alu_handlers[IA32_OP_COUNT_];
extern const ia32_handler ia32_move_handlers[IA32_OP_COUNT_];
extern const ia32_handler ia32_flow_handlers[IA32_OP_COUNT_];
extern const ia32_handler ia32_sys_handlers[IA32_OP_COUNT_];
extern const ia32_handler ia32_ctl_handlers[IA32_OP_COUNT_];
extern const ia32_handler ia32_far_handlers[IA32_OP_COUNT_];
extern const ia32_handler ia32_desc_handlers[IA32_OP_COUNT_];
extern const ia32_handler ia32_x87_handlers[IA32_OP_COUNT_];
/* A specialised handler for a common instruction shape, or NULL. */
ia32_handler ia32_fast_handler(const ia32_insn *in);

/* ---- events between blocks (events.c) ------------------------------------ */
/* Something that may make an interrupt deliverable changed (IF set, PIC
 * state): look at events before the next block. */
static inline void ia32_events_recheck(ia32_cpu *c) { c->event_at = 0; }
/* The interrupt shadow of STI (IA32_SHADOW_STI) and of MOV SS and POP SS
 * (IA32_SHADOW_MOV_SS): no external event between this instruction and the
 * next (SDM vol. 3 6.8.3; vol. 2 STI). */
enum { IA32_SHADOW_STI = 1, IA32_SHADOW_MOV_SS = 2 };
static inline void ia32_inhibit_interrupts(vtsim_engine *e, ia32_cpu *c, unsigned kind) {
  c->inhibit_until = e->icount + 2;
  c->shadow = (uint8_t)kind;
}
/* Whether a shadow of kind covers the instruction boundary now. */
static inline bool ia32_shadowed(const vtsim_engine *e, const ia32_cpu *c, unsigned kind) {
  return e->icount < c->inhibit_until && (c->shadow & kind);
}
/* vt_arch_ops.nmi: latch a non-maskable interrupt (interp.c). */
vtsim_err ia32_nmi(vtsim_engine *e);

/* Load a segment register from a selector, with the protected-mode checks
 * (seg.c). */
int ia32_load_seg(vtsim_engine *e, ia32_cpu *c, unsigned seg, uint16_t sel);
/* The time-stamp counter (exec_ctl.c). */
uint64_t ia32_tsc(const vtsim_engine *e, const ia32_cpu *c);
/* MOV to CR0's checks and effects (exec_ctl.c). */
int ia32_write_cr0(vtsim_engine *e, ia32_cpu *c, uint32_t v);
/* The 32-bit CPUID.1:EDX feature bits this CPU model reports. */
uint32_t ia32_cpuid_features(void);
void ia32_cpuid(uint32_t leaf, uint32_t out[4]);

#endif
