/* The IA-32 dispatch loop: fetch through the decode cache, execute through
 * the handler cached with the instruction, account, and deliver faults. */
#include <stdio.h>

#include "debug.h"
#include "linux.h"
#include "pc_devices.h"
#include "prot.h"

static const char *const vector_names[32] = {
    "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM", "#DF", "CSO", "#TS",
    "#NP", "#SS", "#GP", "#PF", "15",  "#MF", "#AC", "#MC", "#XM",
};

int ia32_raise(ia32_cpu *c, unsigned vector, bool has_error_code, uint32_t error_code) {
  c->fault = (ia32_fault){.vector = (uint8_t)vector, .has_error_code = has_error_code,
                          .error_code = error_code};
  return -1;
}

static ia32_handler handler_for(ia32_op op) {
  const ia32_handler *tables[] = {ia32_alu_handlers, ia32_move_handlers, ia32_flow_handlers,
                                  ia32_sys_handlers, ia32_ctl_handlers, ia32_desc_handlers,
                                  ia32_far_handlers, ia32_x87_handlers};
  for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
    if (tables[i][op]) return tables[i][op];
  return NULL;
}

static const char *const irq_names[16] = {
    "IRQ0", "IRQ1", "IRQ2",  "IRQ3",  "IRQ4",  "IRQ5",  "IRQ6",  "IRQ7",
    "IRQ8", "IRQ9", "IRQ10", "IRQ11", "IRQ12", "IRQ13", "IRQ14", "IRQ15",
};

static const char *vector_name(unsigned vector) {
  return vector < 32 && vector_names[vector] ? vector_names[vector] : "INT";
}

/* An exception or interrupt event: f is what happened, pc where, and the
 * privilege levels before and after delivery. */
static void exception_event(vtsim_engine *e, uint32_t kind, const ia32_fault *f, const char *name,
                            uint64_t pc, uint32_t addr, unsigned cpl_before, unsigned cpl_after) {
  vtsim_event ev = {.kind = kind, .icount = e->icount, .pc = pc};
  ev.u.exception.vector = f->vector;
  ev.u.exception.name = name;
  ev.u.exception.has_error_code = f->has_error_code;
  ev.u.exception.error_code = f->error_code;
  ev.u.exception.has_addr = f->vector == IA32_EXC_PF && kind == VTSIM_EV_EXCEPTION;
  ev.u.exception.addr = addr;
  ev.u.exception.cpl_before = (uint8_t)cpl_before;
  ev.u.exception.cpl_after = (uint8_t)cpl_after;
  vt_event_emit(e, &ev);
}

/* The signal Linux sends for an exception in user mode (arch/x86 traps). */
static int linux_signal_for(unsigned vector) {
  switch (vector) {
  case IA32_EXC_DE: case IA32_EXC_MF: return 8;  /* SIGFPE */
  case IA32_EXC_DB: case IA32_EXC_BP: return 5;  /* SIGTRAP */
  case IA32_EXC_UD: return 4;                /* SIGILL */
  case IA32_EXC_AC: return 7;                /* SIGBUS */
  default: return 11;                    /* SIGSEGV */
  }
}

/* Exception classes for double faults (SDM vol. 3 table 6-4). */
static bool contributory(unsigned v) { return v == IA32_EXC_DE || (v >= IA32_EXC_TS && v <= IA32_EXC_GP); }

/* Whether a second exception while delivering the first is a double fault
 * (SDM vol. 3 table 6-5). */
static bool makes_double_fault(unsigned first, unsigned second) {
  if (first == IA32_EXC_PF) return second == IA32_EXC_PF || contributory(second);
  return contributory(first) && contributory(second);
}

/* Deliver the recorded fault in system mode, with the return address EIP
 * (faults: the instruction; traps: after it). A fault during delivery is
 * delivered in turn, or becomes a double fault; one during the double
 * fault's delivery shuts the processor down. false when the run stops. */
static bool deliver_exception(vtsim_engine *e, ia32_cpu *c, vtsim_stop *stop, unsigned source) {
  ia32_fault f = c->fault;
  /* A faulting instruction does not complete: no single-step or data
   * breakpoint trap for it. */
  c->step_armed = false;
  c->dbg_data_hits = 0;
  c->inhibit_until = 0;   /* delivering an exception ends a shadow (SDM vol. 2 MOV, STI) */
  ia32_events_recheck(c); /* instruction breakpoints at the handler */
  for (;;) {
    unsigned cpl = c->cpl;
    uint64_t pc = c->seg[IA32_CS].base + c->eip;
    uint32_t addr = c->cr2;
    e->counts.exceptions++;
    int r = ia32_idt_deliver(e, c, f.vector, f.has_error_code, f.error_code, source, c->eip);
    source = IA32_SRC_EXCEPTION;
    if (vt_event_wanted(e, VTSIM_EV_EXCEPTION))
      exception_event(e, VTSIM_EV_EXCEPTION, &f, vector_name(f.vector), pc, addr, cpl, c->cpl);
    if (r == 0) return true;
    if (f.vector == IA32_EXC_DF) { /* SDM vol. 3 6.15 "Interrupt 8": triple fault */
      stop->reason = VTSIM_STOP_SHUTDOWN;
      stop->pc = pc;
      snprintf(stop->detail, sizeof stop->detail,
               "triple fault at 0x%x: %s(0x%x) while delivering #DF: shutdown", c->eip,
               vector_name(c->fault.vector), c->fault.error_code);
      return false;
    }
    f = makes_double_fault(f.vector, c->fault.vector)
            ? (ia32_fault){.vector = IA32_EXC_DF, .has_error_code = 1, .error_code = 0}
            : c->fault;
  }
}

/* Deliver the recorded fault. User mode: Linux turns it into a signal, and
 * with no signal delivery modelled the process dies of it. System mode:
 * through the IDT. Returns false when the run stops. */
static bool deliver_fault(vtsim_engine *e, ia32_cpu *c, vtsim_stop *stop) {
  if (!c->linux) return deliver_exception(e, c, stop, IA32_SRC_EXCEPTION);
  e->counts.exceptions++;
  uint64_t pc = c->seg[IA32_CS].base + c->eip;
  if (vt_event_wanted(e, VTSIM_EV_EXCEPTION))
    exception_event(e, VTSIM_EV_EXCEPTION, &c->fault, vector_name(c->fault.vector), pc,
                    c->fault_addr, c->cpl, c->cpl);
  stop->pc = pc;
  stop->reason = VTSIM_STOP_FATAL;
  stop->exit_status = linux_signal_for(c->fault.vector);
  snprintf(stop->detail, sizeof stop->detail, "%s at 0x%x: signal %d",
           vector_name(c->fault.vector), c->eip, stop->exit_status);
  return false;
}

/* INT n, INT3, INTO, INT1. In system mode through the IDT (a fault during
 * delivery is the instruction's). In Linux user mode, vector 0x80 is the
 * system call gate, 3 and 4 are user-accessible traps and every other gate
 * has DPL 0 (#GP(n*8+2)). */
int ia32_software_interrupt(vtsim_engine *e, ia32_cpu *c, unsigned vector, uint32_t next,
                            bool icebp) {
  if (!c->linux) {
    unsigned cpl = c->cpl;
    uint64_t pc = c->seg[IA32_CS].base + c->eip;
    if (ia32_idt_deliver(e, c, vector, false, 0, icebp ? IA32_SRC_ICEBP : IA32_SRC_SOFTWARE, next))
      return -1;
    /* The gate cleared TF: the handler is not stepped, and there is no
     * single-step trap for the INT itself (SDM vol. 3 6.12.1.3, 17.3.1.4).
     * A data breakpoint held back by MOV SS still is taken (6.8.3). */
    c->step_armed = false;
    c->inhibit_until = 0;
    e->counts.exceptions++;
    ia32_fault f = {.vector = (uint8_t)vector};
    if (vt_event_wanted(e, VTSIM_EV_EXCEPTION))
      exception_event(e, VTSIM_EV_EXCEPTION, &f, vector_name(vector), pc, 0, cpl, c->cpl);
    return 0;
  }
  if (vector == 0x80) {
    int status = 0;
    int r = ia32_linux_syscall(c->linux, e, c->gpr, c->user_gdt, c->eip, &status);
    c->eip = next;
    if (r == IA32_LINUX_MAP_CHANGED) {
      ia32_tlb_flush(c);
    } else if (r == IA32_LINUX_EXIT) {
      c->stop_reason = VTSIM_STOP_EXIT;
      c->exit_status = status;
    }
    return 0;
  }
  if (vector == IA32_EXC_BP || vector == IA32_EXC_OF) {
    c->eip = next; /* a trap: the signal reports the next instruction */
    return ia32_raise(c, vector, false, 0);
  }
  return ia32_raise(c, IA32_EXC_GP, true, vector * 8 + 2);
}

/* ---- events between blocks ------------------------------------------------
 * The PIT advances with retired instructions plus the time spent halted;
 * a maskable interrupt is taken when the PIC asserts INTR, EFLAGS.IF = 1
 * and no STI/MOV SS shadow covers the instruction boundary (SDM vol. 3
 * 6.8.1, 6.8.3); an NMI whatever IF says, unless NMIs are blocked or a
 * shadow covers the boundary (6.7.1, 6.8.3; vol. 2 POP). After STI the
 * SDM says NMIs "may be inhibited" (vol. 2 STI): this model inhibits them. */

/* Deliver an external interrupt or NMI at the current boundary. false
 * when the run stops (a fault during delivery that ends in shutdown). */
static bool take_external(vtsim_engine *e, ia32_cpu *c, vtsim_stop *stop, unsigned vector,
                          const char *name) {
  unsigned cpl = c->cpl;
  uint64_t pc = c->seg[IA32_CS].base + c->eip;
  e->counts.interrupts++;
  c->halted = false;
  if (ia32_idt_deliver(e, c, vector, false, 0, IA32_SRC_EXTERNAL, c->eip))
    return deliver_exception(e, c, stop, IA32_SRC_EXCEPTION);
  if (vt_event_wanted(e, VTSIM_EV_INTERRUPT)) {
    ia32_fault f = {.vector = (uint8_t)vector};
    exception_event(e, VTSIM_EV_INTERRUPT, &f, name, pc, 0, cpl, c->cpl);
  }
  return true;
}

/* The pending external event of highest priority: the NMI before the
 * PIC's INTR (SDM vol. 3 table 6-2). NMIs stay blocked from the NMI's
 * delivery to the next IRET (6.7.1). */
static bool take_pending(vtsim_engine *e, ia32_cpu *c, vtsim_stop *stop) {
  if (c->nmi_pending && !c->nmi_blocked) {
    c->nmi_pending = false;
    c->nmi_blocked = true;
    return take_external(e, c, stop, IA32_EXC_NMI, "NMI");
  }
  unsigned irq, vector = ia32_pic_ack(c, &irq); /* the INTA cycle */
  return take_external(e, c, stop, vector, irq_names[irq & 15]);
}

vtsim_err ia32_nmi(vtsim_engine *e) {
  if (e->cfg.mode != VTSIM_MODE_SYSTEM) return VTSIM_ERR_MODE;
  ia32_cpu *c = ia32_of(e);
  c->nmi_pending = true; /* the NMI input is edge-triggered: at most one waits */
  ia32_events_recheck(c);
  return VTSIM_OK;
}

/* The #DB trap after an instruction that completed: single-step (DR6.BS)
 * and the data breakpoints it hit (B0-B3) in one exception (SDM vol. 3
 * 17.3.1.2, 17.3.1.4). false when the run stops. */
static bool debug_traps(vtsim_engine *e, ia32_cpu *c, vtsim_stop *stop) {
  bool step = c->step_armed && e->icount > c->step_icount;
  if (!step && !c->dbg_data_hits) return true;
  c->step_armed = false;
  if (c->dbg_data_hits) c->dr[6] = (c->dr[6] & ~0xfu) | c->dbg_data_hits;
  if (step) c->dr[6] |= 1u << 14; /* DR6.BS */
  c->dbg_data_hits = 0;
  c->fault = (ia32_fault){.vector = IA32_EXC_DB};
  return deliver_exception(e, c, stop, IA32_SRC_TRAP);
}

/* EFLAGS.RF: set when an instruction begins, it suppresses that
 * instruction's breakpoints and is cleared once it completes (SDM vol. 3
 * 17.3.1.1). */
static void resume_flag(vtsim_engine *e, ia32_cpu *c) {
  if (!(c->eflags & IA32_EFLAGS_RF)) {
    c->rf_armed = false;
  } else if (!c->rf_armed) {
    c->rf_armed = true;
    c->rf_icount = e->icount;
  } else if (e->icount > c->rf_icount) {
    c->eflags &= ~IA32_EFLAGS_RF;
    c->rf_armed = false;
  }
}

/* The instruction-breakpoint fault, before the instruction at CS:EIP
 * executes, unless RF is set (SDM vol. 3 17.3.1.1). false when the run stops. */
static bool insn_breakpoints(vtsim_engine *e, ia32_cpu *c, vtsim_stop *stop) {
  if (ia32_shadowed(e, c, IA32_SHADOW_MOV_SS)) return true; /* SDM vol. 3 6.8.3 */
  for (unsigned tries = 0; c->dbg_insn_bps && !(c->eflags & IA32_EFLAGS_RF) && tries < 4; tries++) {
    unsigned hits = ia32_debug_insn_hits(c, c->seg[IA32_CS].base + c->eip);
    if (!hits) break;
    c->dr[6] = (c->dr[6] & ~0xfu) | hits;
    c->fault = (ia32_fault){.vector = IA32_EXC_DB};
    if (!deliver_exception(e, c, stop, IA32_SRC_TRAP)) return false;
  }
  return true;
}

/* Look at pending events in priority order (SDM vol. 3 table 6-2): traps
 * of the last instruction, then the NMI and external interrupts, then the
 * next instruction's breakpoints; set c->event_at to when to look again.
 * After MOV SS or POP SS the debug traps wait for the boundary after the
 * next instruction, joining its own (SDM vol. 3 6.8.3). false when the run
 * stops (halted for good, or shutdown). */
static bool service_events(vtsim_engine *e, ia32_cpu *c, vtsim_stop *stop) {
  if (!ia32_shadowed(e, c, IA32_SHADOW_MOV_SS) && !debug_traps(e, c, stop)) return false;
  resume_flag(e, c);
  if ((c->eflags & IA32_EFLAGS_TF) && !c->halted && !c->linux) {
    c->step_armed = true;
    c->step_icount = e->icount;
  }
  for (;;) {
    uint64_t now = e->icount + c->idle;
    ia32_pit_advance(c, now);
    c->event_at = UINT64_MAX;
    bool nmi = c->nmi_pending && !c->nmi_blocked;
    if (nmi || (ia32_pic_intr(c) && (c->eflags & IA32_EFLAGS_IF))) {
      if (e->icount >= c->inhibit_until || c->halted) {
        if (!take_pending(e, c, stop)) return false;
        c->event_at = e->icount + 1; /* look again after the handler's first instruction */
        return insn_breakpoints(e, c, stop);
      }
      c->event_at = c->inhibit_until;
    }
    uint64_t edge = ia32_pit_next_edge(c);
    if (!c->halted) {
      if (edge != UINT64_MAX && edge - c->idle < c->event_at) c->event_at = edge - c->idle;
      /* One instruction at a time while stepping, with breakpoints enabled,
       * or until RF clears. */
      if (c->step_armed || c->dbg_insn_bps || c->dbg_data_bps || c->rf_armed)
        c->event_at = e->icount + 1;
      return insn_breakpoints(e, c, stop);
    }
    /* Halted: time passes to the next timer edge, if one can wake us. */
    if (!(c->eflags & IA32_EFLAGS_IF) || edge == UINT64_MAX) {
      stop->reason = VTSIM_STOP_HALTED;
      stop->pc = c->seg[IA32_CS].base + c->eip;
      snprintf(stop->detail, sizeof stop->detail, "HLT at 0x%x with %s", c->eip - 1,
               (c->eflags & IA32_EFLAGS_IF) ? "no interrupt source running" : "interrupts disabled");
      return false;
    }
    c->idle += edge - now;
  }
}

static void note_unimplemented(vtsim_engine *e, ia32_cpu *c, ia32_op op) {
  e->counts.unimplemented++;
  c->unimplemented_ops[op / 64] |= 1ull << (op % 64);
}

/* The handler of an instruction this model does not implement: the block
 * loop turns -2 into #UD and counts it. A handler rather than NULL keeps a
 * test off the per-instruction path. */
static int not_implemented(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)c, (void)in, (void)next;
  return -2;
}

/* Decode the instruction at lin into *out. 0, or -1 with the fault recorded
 * (#PF on fetch, #UD, #GP for over-long instructions). */
static int decode_at(vtsim_engine *e, ia32_cpu *c, uint32_t lin, ia32_block_insn *out) {
  uint8_t bytes[IA32_MAX_INSN_LEN];
  int n = ia32_fetch_bytes(e, c, lin, bytes, IA32_MAX_INSN_LEN);
  if (n < 0) return -1;
  int default32 = (c->seg[IA32_CS].ar & IA32_AR_DB) != 0;
  int st = ia32_decode(bytes, (size_t)n, default32, &out->insn);
  if (st == IA32_DECODE_NEED_MORE) { /* the rest lies on an unreadable page */
    uint8_t more[IA32_MAX_INSN_LEN];
    if (ia32_fetch_bytes(e, c, lin + (uint32_t)n, more, 1) < 0) return -1;
    return ia32_raise_gp0(c);
  }
  if (st == IA32_DECODE_GP) return ia32_raise_gp0(c);
  if (st == IA32_DECODE_UD) return ia32_raise_ud(c);
  out->fn = ia32_fast_handler(&out->insn);
  if (!out->fn) out->fn = handler_for((ia32_op)out->insn.op);
  if (!out->fn) out->fn = not_implemented;
  return 0;
}

/* Whether a block must end after this instruction: anything that may
 * transfer control, touch system state, or is not implemented. */
static bool ends_block(const ia32_block_insn *bi) {
  ia32_op_class k = ia32_op_class_of((ia32_op)bi->insn.op);
  return bi->fn == not_implemented || k == IA32_CLASS_BRANCH || k == IA32_CLASS_SYS || k == IA32_CLASS_VMX ||
         bi->insn.op == IA32_OP_INS || bi->insn.op == IA32_OP_OUTS || /* port I/O may end the run */
         bi->insn.op == IA32_OP_POPF; /* IF may be set: interrupts are looked at after it */
}

/* Decode the block at lin. 0, or -1 if its first instruction cannot be
 * decoded (fault recorded); a later instruction that cannot be decoded just
 * ends the block before it, to fault when it is reached. */
static int build_block(vtsim_engine *e, ia32_cpu *c, uint32_t lin, ia32_block *b) {
  if (c->pool_used + IA32_BLOCK_MAX > IA32_POOL_INSNS) ia32_icache_flush_mem(&e->mem, c);
  for (int attempt = 0; attempt < 2; attempt++) {
    uint32_t epoch = c->icache_epoch, at = lin;
    b->n = 0;
    b->epoch = 0;
    b->insn = c->pool + c->pool_used;
    while (b->n < IA32_BLOCK_MAX) {
      ia32_block_insn *bi = &b->insn[b->n];
      ia32_fault saved = c->fault;
      if (decode_at(e, c, at, bi)) {
        if (b->n == 0) return -1;
        c->fault = saved;
        break;
      }
      b->n++;
      uint32_t next = at + bi->insn.len;
      if (ends_block(bi) || (next & ~0xfffu) != (lin & ~0xfffu)) break;
      at = next;
    }
    /* A cache flush while decoding (the code-page list overflowed) may have
     * unflagged pages this block came from: decode it once more. */
    if (epoch == c->icache_epoch) break;
  }
  c->pool_used = (uint32_t)(b->insn - c->pool) + b->n;
  b->eip = lin;
  b->cs_d = c->seg[IA32_CS].ar & IA32_AR_DB;
  b->epoch = c->icache_epoch;
  return 0;
}

static void insn_event(vtsim_engine *e, ia32_cpu *c, uint32_t lin, const ia32_insn *in) {
  vtsim_event ev = {.kind = VTSIM_EV_INSN, .icount = e->icount, .pc = lin};
  int n = ia32_fetch_bytes(e, c, lin, ev.u.insn.bytes, in->len);
  ev.u.insn.len = n > 0 ? (uint8_t)n : 0;
  ev.u.insn.cpl = c->cpl;
  vt_event_emit(e, &ev);
}

enum { POLL_INTERVAL = 64 }; /* blocks between looks at stop requests */

/* Execute a block (or its first max instructions). Returns 0, or -1 when
 * an instruction faulted or is not implemented (fault recorded). Leaves
 * early when a store rewrote cached code: the cache flush clears
 * c->run_end, the loop's bound. Whether instruction events are wanted is
 * looked at once per block (a hook that asks for them from inside an
 * instruction gets them from the next block on). */
static int run_block(vtsim_engine *e, ia32_cpu *c, const ia32_block *b, uint64_t max) {
  const ia32_block_insn *bi = b->insn;
  c->run_end = bi + (b->n < max ? b->n : max);
  bool traced = vt_event_wanted(e, VTSIM_EV_INSN);
  uint64_t icount = e->icount; /* only this loop advances it */
  for (; bi < c->run_end; bi++) {
    if (IA32_UNLIKELY(traced)) insn_event(e, c, c->seg[IA32_CS].base + c->eip, &bi->insn);
    int r = bi->fn(e, c, &bi->insn, c->eip + bi->insn.len);
    if (IA32_UNLIKELY(r != 0)) {
      if (r == -2) { /* an instruction this model does not implement */
        note_unimplemented(e, c, (ia32_op)bi->insn.op);
        ia32_raise_ud(c);
      }
      return -1;
    }
    e->icount = ++icount;
  }
  return 0;
}

void ia32_run(vtsim_engine *e, uint64_t budget, vtsim_stop *stop) {
  ia32_cpu *c = ia32_of(e);
  uint64_t limit = budget ? e->icount + budget : UINT64_MAX;
  unsigned poll = POLL_INTERVAL;
  c->stop_reason = VTSIM_STOP_NONE;
  while (e->icount < limit) {
    if (IA32_UNLIKELY(--poll == 0)) {
      poll = POLL_INTERVAL;
      if (e->stop_requested) break;
    }
    if (IA32_UNLIKELY(e->icount >= c->event_at) && !service_events(e, c, stop)) return;
    uint32_t lin = c->seg[IA32_CS].base + c->eip;
    ia32_block *b = &c->blocks[(lin ^ (lin >> 12)) & (IA32_BLOCK_CACHE_SIZE - 1)];
    if (IA32_UNLIKELY(b->eip != lin || b->epoch != c->icache_epoch ||
                      b->cs_d != (c->seg[IA32_CS].ar & IA32_AR_DB)) &&
        build_block(e, c, lin, b)) {
      if (!deliver_fault(e, c, stop)) return;
      continue;
    }
    /* A block runs to its end, the budget, or the next event. */
    uint64_t end = limit < c->event_at ? limit : c->event_at;
    if (IA32_UNLIKELY(run_block(e, c, b, end - e->icount))) {
      if (!deliver_fault(e, c, stop)) return;
      continue;
    }
    if (IA32_UNLIKELY(c->stop_reason != VTSIM_STOP_NONE)) {
      stop->reason = c->stop_reason;
      stop->exit_status = c->exit_status;
      stop->pc = c->seg[IA32_CS].base + c->eip;
      return;
    }
  }
  stop->reason = e->icount >= limit ? VTSIM_STOP_BUDGET : VTSIM_STOP_REQUESTED;
  stop->pc = c->seg[IA32_CS].base + c->eip;
}

size_t ia32_unimplemented_names(const ia32_cpu *c, char *out, size_t outlen) {
  size_t used = 0;
  out[0] = 0;
  for (unsigned op = 0; op < IA32_OP_COUNT_; op++) {
    if (!(c->unimplemented_ops[op / 64] & (1ull << (op % 64)))) continue;
    int n = snprintf(out + used, outlen - used, "%s%s", used ? ", " : "", ia32_op_name((ia32_op)op));
    if (n < 0 || (size_t)n >= outlen - used) break;
    used += (size_t)n;
  }
  return used;
}
