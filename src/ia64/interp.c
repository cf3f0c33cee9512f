/* The IA-64 dispatch loop: bundles from the decode cache, each instruction
 * through the handler bound to it at decode time, in program order (an
 * instruction group's dependencies are respected by code `as -x` accepts,
 * so sequential execution is exact: vol. 1 3.4). Faults become Linux
 * signals in user mode and IVT interruptions in system mode (interrupt.c). */
#include <stdio.h>

#include "ia64/interp.h"
#include "ia64/debug.h"
#include "ia64/fpstatus.h"
#include "ia64/intr.h"
#include "ia64/linux.h"
#include "ia64/pal.h"
#include "ia64/vm.h"

/* ---- predicates ------------------------------------------------------------ */

uint64_t ia64_pr_word(const ia64_cpu *c) {
  uint64_t w = 1;
  for (unsigned p = 1; p < 64; p++) w |= (uint64_t)ia64_pr(c, p) << p;
  return w;
}

void ia64_pr_load(ia64_cpu *c, uint64_t word, uint64_t mask) {
  for (unsigned p = 1; p < 64; p++)
    if (mask >> p & 1) ia64_pr_set(c, p, word >> p & 1);
}

/* Compare types (vol. 3 cmp, "Comparison Types"): what each writes to the
 * pair for a relation result and a NaT source. */
int ia64_write_pred_pair(ia64_cpu *c, const ia64_xinsn *x, unsigned ctype, bool rel, bool nat) {
  unsigned p1 = x->in.p1, p2 = x->in.p2;
  if (p1 == p2) return ia64_illegal(c);
  if (ctype == IA64_CT_UNC && !ia64_pr(c, x->in.qp)) {
    ia64_pr_set(c, p1, false);
    ia64_pr_set(c, p2, false);
    return IA64_OK;
  }
  switch (ctype) {
  case IA64_CT_NONE:
  case IA64_CT_UNC:
    ia64_pr_set(c, p1, !nat && rel);
    ia64_pr_set(c, p2, !nat && !rel);
    break;
  case IA64_CT_AND:
    if (nat || !rel) {
      ia64_pr_set(c, p1, false);
      ia64_pr_set(c, p2, false);
    }
    break;
  case IA64_CT_OR:
    if (!nat && rel) {
      ia64_pr_set(c, p1, true);
      ia64_pr_set(c, p2, true);
    }
    break;
  default: /* or.andcm */
    if (!nat && rel) {
      ia64_pr_set(c, p1, true);
      ia64_pr_set(c, p2, false);
    }
    break;
  }
  return IA64_OK;
}

/* ---- binding decoded instructions to handlers --------------------------------- */

/* Bound to an instruction this model lacks: Illegal Operation, counted and
 * named in the report. */
static int h_unimplemented(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x) {
  unsigned op = x->in.op;
  e->counts.unimplemented++;
  c->unimplemented_ops[op / 64] |= 1ull << (op % 64);
  return ia64_raise(c, IA64_F_UNIMPLEMENTED);
}

int ia64_h_illegal(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x) {
  (void)e, (void)x;
  return ia64_illegal(c);
}

static bool opnd_is_gr(unsigned k) {
  return k == IA64_OPND_R1 || k == IA64_OPND_R2 || k == IA64_OPND_R3 || k == IA64_OPND_MEM_R3 ||
         k == IA64_OPND_R3_2;
}

static unsigned opnd_gr(const ia64_insn *in, unsigned k) {
  if (k == IA64_OPND_R1) return in->r1;
  if (k == IA64_OPND_R2) return in->r2;
  return in->r3;
}

static void bind(ia64_xinsn *x) {
  const ia64_insn *in = &x->in;
  x->fn = NULL;
  x->maxgr = 0;
  x->always = 0;
  x->p0 = x->p1 = x->p2 = x->p3 = 0;
  if (in->op >= IA64_OP_COUNT_) {
    x->fn = ia64_h_illegal;
    return;
  }
  const ia64_row *row = &ia64_rows[in->op];
  for (unsigned k = 0; k < IA64_MAX_OPNDS && row->opnd[k]; k++) {
    if (!opnd_is_gr(row->opnd[k])) continue;
    unsigned r = opnd_gr(in, row->opnd[k]);
    if (r > x->maxgr) x->maxgr = (uint8_t)r;
  }
  /* Writing r0 is an Illegal Operation fault (vol. 1 3.1.1). */
  if (row->ndst && row->opnd[0] == IA64_OPND_R1 && in->r1 == 0) {
    x->fn = ia64_h_illegal;
    return;
  }
  if (ia64_bind_alu(x) || ia64_bind_mm(x) || ia64_bind_mem(x) || ia64_bind_branch(x) ||
      ia64_bind_fp(x) || ia64_bind_pfp(x) || ia64_bind_sys(x) || ia64_bind_priv(x))
    return;
  x->fn = NULL; /* not implemented: Illegal Operation, counted */
}

/* Disabled FP-Register fault (vol. 2 3.3.2 PSR.dfl/dfh): ISR.code bit 0
 * for an access to f2-f31 under dfl, bit 1 for f32-f127 under dfh. The
 * code rides in p3 of the rebound instruction. */
static int h_disabled_fp(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x) {
  (void)e;
  ia64_raise(c, IA64_F_DISABLED_FP);
  c->fault.isr = x->p3;
  return IA64_FAULT;
}

/* Bound while PSR.dfl or PSR.dfh is 1 (a change of either rebinds). */
static void disable_fp(const ia64_cpu *c, ia64_xinsn *x) {
  if (!x->fn || x->in.op >= IA64_OP_COUNT_) return;
  const ia64_row *row = &ia64_rows[x->in.op];
  const uint8_t fr[4] = {x->in.f1, x->in.f2, x->in.f3, x->in.f4};
  unsigned code = 0;
  for (unsigned k = 0; k < IA64_MAX_OPNDS && row->opnd[k]; k++) {
    unsigned o = row->opnd[k];
    if (o < IA64_OPND_F1 || o > IA64_OPND_F4) continue;
    unsigned f = fr[o - IA64_OPND_F1];
    if (f >= 2 && f < 32 && (c->psr & IA64_PSR_DFL)) code |= 1;
    if (f >= 32 && (c->psr & IA64_PSR_DFH)) code |= 2;
  }
  if (!code) return;
  x->fn = h_disabled_fp;
  x->p3 = (uint8_t)code;
}

static int build(vtsim_engine *e, ia64_cpu *c, uint64_t ip, ia64_cbundle *b) {
  if (IA64_UNLIKELY((ip & ~(1ull << 63)) == IA64_PAL_ENTRY && !c->linux)) {
    /* the PAL_PROC entry point: one pseudo-instruction that runs the procedure */
    memset(b, 0, sizeof *b);
    b->ip = ip;
    b->epoch = c->icache_epoch;
    b->n = 1;
    b->x[0].fn = ia64_pal_proc;
    return IA64_OK;
  }
  if (ia64_fetch_bundle(e, c, ip, b->raw)) return IA64_FAULT;
  ia64_bundle_decoded d;
  ia64_decode_bundle(b->raw, &d);
  b->ip = ip;
  b->epoch = c->icache_epoch;
  b->reserved = d.reserved;
  b->n = d.ninsn;
  for (unsigned i = 0; i < d.ninsn; i++) {
    b->x[i].in = d.insn[i];
    b->x[i].slot = d.slot_of[i];
    ia64_xinsn *x = &b->x[i];
    bind(x);
    if (IA64_UNLIKELY(c->psr & (IA64_PSR_DFL | IA64_PSR_DFH))) disable_fp(c, x);
    if (!x->fn) x->fn = h_unimplemented;
    x->pq = x->always ? 0 : x->in.qp;
  }
  b->plain = 1;
  b->maxgr = 0;
  for (unsigned i = 0; i < b->n; i++) {
    const ia64_xinsn *x = &b->x[i];
    if (x->pq || x->in.op == IA64_OP_alloc || x->in.op == IA64_OP_cover) b->plain = 0;
    if (x->maxgr > b->maxgr) b->maxgr = x->maxgr;
  }
  return IA64_OK;
}

/* ---- faults --------------------------------------------------------------------- */

/* Linux's signal for a break immediate (arch/ia64 ia64_bad_break): 0 is
 * abort (SIGILL), 1-2 integer divide/overflow checks and the FP-emulation
 * range are SIGFPE, the debugger range SIGTRAP. */
static int break_signal(uint64_t imm) {
  if (imm == 1 || imm == 2) return 8;
  if (imm >= 0x40000 && imm < 0x80000) return 8;
  if (imm >= 0x80000 && imm <= 0x100000) return 5;
  return 4;
}

static void fault_event(vtsim_engine *e, ia64_cpu *c) {
  const ia64_vector_desc *d = ia64_vector_of(c->fault.kind);
  vtsim_event ev = {.kind = VTSIM_EV_EXCEPTION, .icount = e->icount, .pc = c->ip};
  ev.u.exception.vector = d->offset;
  ev.u.exception.name = d->name;
  ev.u.exception.has_addr = c->fault.has_addr;
  ev.u.exception.addr = c->fault.addr;
  ev.u.exception.cpl_before = ev.u.exception.cpl_after = (uint8_t)ia64_cpl(c);
  vt_event_emit(e, &ev);
}

/* User mode: the fault ends the process with its signal (true). System
 * mode: the interruption goes through the IVT and the run goes on (false). */
static bool deliver_fault(vtsim_engine *e, ia64_cpu *c, vtsim_stop *stop) {
  if (!c->linux) {
    ia64_deliver(e, c);
    return false;
  }
  e->counts.exceptions++;
  if (vt_event_wanted(e, VTSIM_EV_EXCEPTION)) fault_event(e, c);
  const ia64_vector_desc *d = ia64_vector_of(c->fault.kind);
  stop->pc = c->ip;
  int sig = c->fault.kind == IA64_F_BREAK ? break_signal(c->fault.imm) : d->signal;
  stop->reason = VTSIM_STOP_FATAL;
  stop->exit_status = sig;
  snprintf(stop->detail, sizeof stop->detail, "%s at 0x%llx slot %u: signal %d", d->name,
           (unsigned long long)c->ip, c->slot, sig);
  return true;
}

static void insn_event(vtsim_engine *e, ia64_cpu *c, const ia64_cbundle *b, unsigned slot) {
  vtsim_event ev = {.kind = VTSIM_EV_INSN, .icount = e->icount, .pc = b->ip};
  memcpy(ev.u.insn.bytes, b->raw, 16);
  ev.u.insn.len = 16;
  ev.u.insn.slot = (uint8_t)slot;
  ev.u.insn.cpl = (uint8_t)ia64_cpl(c);
  vt_event_emit(e, &ev);
}

/* ---- traps (vol. 2 5.5.1, 9.1: Lower-Privilege Transfer, Taken Branch,
 * Single Step) ---------------------------------------------------------------------------- */

/* After the instruction in slot `slot` of the bundle at ip completed, with
 * c->ip/c->slot at the next instruction: record the traps it raised in
 * c->fault (true), the highest-priority vector taking the concurrent ones
 * in its ISR.code. rfi raises no ss/tb trap. */
static bool after_insn(ia64_cpu *c, uint64_t ip, unsigned slot, bool taken) {
  unsigned code = c->trap_code | c->fp_trap;
  c->trap_code = 0;
  c->fp_trap = 0;
  if (!c->no_trap) {
    if (c->psr & IA64_PSR_SS) code |= IA64_TRAP_SS;
    if (taken && (c->psr & IA64_PSR_TB)) code |= IA64_TRAP_TB;
  }
  c->no_trap = 0;
  if (c->once_fresh) {
    c->once_fresh = 0;
  } else if (c->psr & IA64_PSR_ONCE) {
    /* the instruction completed: id, da, dd, ia end (vol. 2 Table 3-2); a
     * bundle decoded while PSR.ia hid an Access-Bit fault is dropped */
    if (c->psr & IA64_PSR_IA) c->icache_epoch++;
    c->psr &= ~IA64_PSR_ONCE;
  }
  c->attn = (c->psr & IA64_PSR_ATTN) != 0;
  if (c->linux) code &= IA64_TRAP_FP; /* Linux user mode: SIGFPE; the others are the kernel's */
  if (!code) return false;
  /* the Floating-point Trap comes first, the concurrent ones in its ISR.code (vol. 2 5.6) */
  ia64_fault_kind kind = (code & IA64_TRAP_FP)                      ? IA64_F_FP_TRAP
                         : (code & (IA64_TRAP_LP | IA64_TRAP_UI)) ? IA64_F_LP_TRAP
                         : (code & IA64_TRAP_TB) ? IA64_F_TB_TRAP
                                                 : IA64_F_SS_TRAP;
  c->fault = (ia64_fault){.kind = (uint8_t)kind, .isr = code, .trap = 1, .ei = (uint8_t)slot,
                          .iipa = ip};
  return true;
}

/* Instruction Debug fault (vol. 2 7.1.2): an IBR matches the bundle while
 * PSR.db = 1 and PSR.id = 0. ISR.x, ISR.ei the slot, IFA the bundle. */
static bool insn_debug(ia64_cpu *c, uint64_t ip, unsigned slot) {
  if ((c->psr & (IA64_PSR_DB | IA64_PSR_ID)) != IA64_PSR_DB || c->linux || !ia64_ibr_match(c, ip))
    return false;
  ia64_raise_addr(c, IA64_F_IDEBUG, ip);
  c->fault.isr = IA64_ISR_X;
  c->slot = (uint8_t)slot;
  return true;
}

/* Sequential execution past the last slot of the bundle at ip into an
 * unimplemented address: an Unimplemented Instruction Address trap, IIP
 * the next bundle (vol. 2 8.2 vector 0x5e00 notes). Implemented-address
 * holes begin on multiples of 2^(IMPL_PA_MSB + 1), so the loop asks only there. */
#define IA64_UIA_EDGE ((UINT64_C(1) << (IA64_IMPL_PA_MSB + 1)) - 1)
static bool falls_off(const ia64_cpu *c, uint64_t ip) {
  return !c->linux && !ia64_ip_implemented(c, ip + 16);
}

/* ---- the loop ------------------------------------------------------------------------ */

enum { POLL_INTERVAL = 1024 }; /* bundles between looks at stop requests */

/* A bundle entered at slot 0 (the caller checks) whose instructions nothing observes one by
 * one: no attention bit (traps, breakpoints, once bits, stop), no
 * instruction events, the budget not ending inside it, and its end not on
 * an edge where sequential execution could leave the implemented addresses. */
static inline bool quiet(const vtsim_engine *e, const ia64_cpu *c, const ia64_cbundle *b,
                         uint64_t ip, uint64_t limit) {
  return !c->attn && !vt_event_wanted(e, VTSIM_EV_INSN) && limit - e->icount >= b->n &&
         ((ip + 16) & IA64_UIA_EDGE);
}

/* Where run_quiet stopped: at a bundle boundary (c->ip, slot 0), before
 * instruction i of bundle b at ip, or after it with result r. */
enum { FAST_BOUNDARY, FAST_BEFORE, FAST_AFTER };
typedef struct fast_exit {
  ia64_cbundle *b;
  uint64_t ip;
  unsigned i;
  int r;
} fast_exit;

/* The fast path: quiet bundles one after another, from fx->b (quiet, at
 * fx->ip), looking only at each instruction's predicate, frame and result.
 * What needs more goes back to the careful loop of ia64_run: an
 * instruction outside the frame, a fault, a result that set c->attn, a
 * branch to an unimplemented address, the next bundle not cached or not
 * quiet, the poll interval's end, events due (c->event_at). Kept out of
 * line so that its few variables stay in host registers. */
static __attribute__((noinline)) int run_quiet(vtsim_engine *e, ia64_cpu *c, uint64_t limit,
                                               unsigned *poll, fast_exit *fx) {
  ia64_cbundle *b = fx->b;
  uint64_t ip = fx->ip;
  unsigned left = *poll; /* bundles until ia64_run looks at stop requests */
  for (;;) {
    unsigned i = 0, n = b->n;
    bool each = !b->plain || b->maxgr >= c->frame_end; /* look at each qp and frame */
    for (; i < n; i++) {
      const ia64_xinsn *x = &b->x[i];
      if (each) {
        if (x->pq && !ia64_pr(c, x->pq)) {
          e->icount++;
          continue;
        }
        if (IA64_UNLIKELY(x->maxgr >= c->frame_end)) {
          *fx = (fast_exit){.b = b, .ip = ip, .i = i};
          *poll = left;
          return FAST_BEFORE;
        }
      }
      c->slot = x->slot;
      int r = x->fn(e, c, x);
      if (IA64_LIKELY(r == IA64_OK) && !c->attn) {
        e->icount++;
        continue;
      }
      if (r == IA64_TAKEN && !c->attn && (c->linux || ia64_ip_implemented(c, c->ip))) {
        e->icount++; /* c->ip/c->slot are the target */
        break;
      }
      *fx = (fast_exit){.b = b, .ip = ip, .i = i, .r = r};
      *poll = left;
      return FAST_AFTER;
    }
    c->last_ip = ip;
    if (i == n) {
      c->ip = ip + 16;
      c->slot = 0;
    }
    if (IA64_UNLIKELY(left == 1 || e->icount >= c->event_at)) break;
    --left;
    ip = c->ip;
    b = &c->icache[(ip >> 4) & (IA64_ICACHE_SIZE - 1)];
    if (b->ip != ip || b->epoch != c->icache_epoch || b->reserved || !quiet(e, c, b, ip, limit))
      break;
  }
  *poll = left;
  return FAST_BOUNDARY;
}

void ia64_run(vtsim_engine *e, uint64_t budget, vtsim_stop *stop) {
  ia64_cpu *c = ia64_of(e);
  uint64_t limit = budget ? e->icount + budget : UINT64_MAX;
  unsigned poll = POLL_INTERVAL;
  c->stop_reason = VTSIM_STOP_NONE;
  c->attn = (c->psr & IA64_PSR_ATTN) != 0;
  while (e->icount < limit) {
    if (IA64_UNLIKELY(--poll == 0)) {
      poll = POLL_INTERVAL;
      if (e->stop_requested) break;
    }
    if (IA64_UNLIKELY(e->icount >= c->event_at) && ia64_check_events(e, c)) continue;
    uint64_t ip = c->ip;
    ia64_cbundle *b = &c->icache[(ip >> 4) & (IA64_ICACHE_SIZE - 1)];
    if (IA64_UNLIKELY(b->ip != ip || b->epoch != c->icache_epoch) && build(e, c, ip, b)) {
      c->slot = 0;
      if (deliver_fault(e, c, stop)) return;
      continue;
    }
    if (IA64_UNLIKELY(b->reserved)) { /* reserved template (vol. 1 3.3) */
      ia64_illegal(c);
      if (deliver_fault(e, c, stop)) return;
      continue;
    }
    int r = IA64_OK;
    unsigned i = 0;
    const ia64_xinsn *x;
    if (IA64_LIKELY(!c->slot && quiet(e, c, b, ip, limit))) {
      fast_exit fx = {.b = b, .ip = ip};
      int how = run_quiet(e, c, limit, &poll, &fx);
      if (how == FAST_BOUNDARY) continue;
      b = fx.b;
      ip = fx.ip;
      i = fx.i;
      x = &b->x[i];
      r = fx.r;
      if (how == FAST_BEFORE) goto careful;
      goto executed;
    }
    while (i < b->n && b->x[i].slot < c->slot) i++;
    for (; i < b->n; i++) {
      x = &b->x[i];
    careful:
      if (IA64_UNLIKELY(e->icount >= limit)) {
        c->slot = x->slot;
        goto out;
      }
      if (IA64_UNLIKELY(vt_event_wanted(e, VTSIM_EV_INSN))) insn_event(e, c, b, x->slot);
      if (IA64_UNLIKELY(c->attn) && insn_debug(c, ip, x->slot)) { /* a fetch fault: any qp */
        c->ip = ip;
        if (deliver_fault(e, c, stop)) return;
        r = IA64_FAULT;
        break;
      }
      if (x->pq && !ia64_pr(c, x->pq)) { /* p0 is always 1 */
        e->icount++;
        /* a false-predicate step traps too, and so does the last slot's */
        if (IA64_UNLIKELY(c->attn) || i + 1 == b->n) goto completed;
        continue;
      }
      c->slot = x->slot;
      if (IA64_UNLIKELY(x->maxgr >= c->frame_end)) { /* outside the frame (vol. 1 4.1) */
        ia64_illegal(c);
        r = IA64_FAULT;
      } else {
        r = x->fn(e, c, x);
      }
    executed:
      if (IA64_UNLIKELY(r != IA64_OK)) {
        if (r == IA64_FAULT) {
          c->ip = ip;
          c->slot = x->slot;
          if (deliver_fault(e, c, stop)) return;
          break;
        }
        e->icount++; /* taken branch: c->ip is the target */
        /* a branch or rfi to an unimplemented address traps before the
         * fetch: IIP the target, IIPA the branch (vol. 2 8.2 vector 0x5e00) */
        if (!c->linux && IA64_UNLIKELY(!ia64_ip_implemented(c, c->ip))) {
          c->trap_code |= IA64_TRAP_UI;
          c->attn = 1;
        }
        if (IA64_UNLIKELY(c->attn)) {
          if (c->stop_reason != VTSIM_STOP_NONE) goto out;
          if (after_insn(c, ip, x->slot, true) && deliver_fault(e, c, stop)) return;
        }
        break;
      }
      e->icount++;
    completed:
      if (IA64_UNLIKELY(i + 1 == b->n && !((ip + 16) & IA64_UIA_EDGE)) && falls_off(c, ip)) {
        c->trap_code |= IA64_TRAP_UI;
        c->attn = 1;
      }
      if (IA64_UNLIKELY(c->attn)) {
        /* resume after this instruction */
        if (i + 1 < b->n) {
          c->slot = b->x[i + 1].slot;
        } else {
          c->ip = ip + 16;
          c->slot = 0;
        }
        if (c->stop_reason != VTSIM_STOP_NONE) goto out;
        if (after_insn(c, ip, x->slot, false)) {
          c->last_ip = ip;
          if (deliver_fault(e, c, stop)) return;
          r = IA64_TAKEN; /* c->ip/c->slot are the vector's */
          break;
        }
        c->ip = ip;
      }
    }
    if (r != IA64_FAULT) c->last_ip = ip;
    if (r == IA64_OK) {
      c->ip = ip + 16;
      c->slot = 0;
    }
  }
out:
  if (c->stop_reason != VTSIM_STOP_NONE) {
    stop->reason = c->stop_reason;
    stop->exit_status = c->exit_status;
    stop->pc = c->ip;
    return;
  }
  stop->reason = e->icount >= limit ? VTSIM_STOP_BUDGET : VTSIM_STOP_REQUESTED;
  stop->pc = c->ip;
}

size_t ia64_unimplemented_names(const ia64_cpu *c, char *out, size_t outlen) {
  size_t used = 0;
  out[0] = 0;
  for (unsigned op = 0; op < IA64_OP_COUNT_; op++) {
    if (!(c->unimplemented_ops[op / 64] & (1ull << (op % 64)))) continue;
    int n = snprintf(out + used, outlen - used, "%s%s", used ? ", " : "",
                     ia64_op_name((ia64_op)op));
    if (n < 0 || (size_t)n >= outlen - used) break;
    used += (size_t)n;
  }
  if (c->unimpl_ssc[0] && used + 2 < outlen) {
    int n = snprintf(out + used, outlen - used, "%s%s", used ? "; " : "", c->unimpl_ssc);
    if (n > 0 && (size_t)n < outlen - used) used += (size_t)n;
  }
  return used;
}
