/* Branches: conditional, call and return with their register-stack frames,
 * counted and modulo-scheduled loops with rotation, and the B-unit
 * miscellany (Itanium SDM vol. 1 4.5, vol. 3 br, brl, clrrrb, cover). */
#include "ia64/interp.h"
#include "ia64/intr.h"
#include "ia64/vm.h"

#define H(name) static int h_##name(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x)

H(br_cond) {
  (void)e;
  return ia64_branch_to(c, ia64_rel_target(c, x));
}

H(br_cond_ind) {
  (void)e;
  return ia64_branch_to(c, c->br[x->in.b2]);
}

/* br.call / brl.call: the return link, PFS = {pfm = CFM, pec = EC, ppl =
 * cpl} and the callee's frame made of the caller's outputs (vol. 3 br). */
static int call(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x, uint64_t target) {
  c->ar[IA64_AR_PFS] = ia64_cfm_pack(&c->cfm) | (c->ar[IA64_AR_EC] & 63) << 52 |
                       (uint64_t)ia64_cpl(c) << 62;
  if (ia64_rse_call(e, c)) return IA64_FAULT;
  c->br[x->in.b1] = c->ip + 16;
  return ia64_branch_to(c, target);
}

H(br_call) { return call(e, c, x, ia64_rel_target(c, x)); }
H(br_call_ind) { return call(e, c, x, c->br[x->in.b2]); }

/* br.ret: CFM and EC from PFS; the caller's locals come back. */
H(br_ret) {
  uint64_t target = c->br[x->in.b2], pfs = c->ar[IA64_AR_PFS];
  ia64_cfm f = ia64_cfm_unpack(pfs);
  if (f.sof > 96 || f.sol > f.sof || f.sor > f.sof) return ia64_raise(c, IA64_F_RESERVED_REG);
  if (ia64_rse_return(e, c, f)) return IA64_FAULT;
  c->ar[IA64_AR_EC] = (pfs >> 52) & 63;
  /* A return to a less privileged caller demotes (PFS.ppl; vol. 3 br.ret). */
  uint64_t ppl = pfs >> 62;
  if (ppl > ia64_cpl(c)) {
    if (c->psr & IA64_PSR_LP) c->trap_code |= IA64_TRAP_LP; /* vol. 2 3.3.2 PSR.lp */
    ia64_set_psr(e, c, (c->psr & ~IA64_PSR_CPL) | ppl << IA64_PSR_CPL_SHIFT);
  }
  return ia64_branch_to(c, target);
}

H(br_cloop) {
  (void)e;
  if (c->ar[IA64_AR_LC] == 0) return IA64_OK;
  c->ar[IA64_AR_LC]--;
  return ia64_branch_to(c, ia64_rel_target(c, x));
}

/* One step of a modulo-scheduled loop: p63 is written (the stage
 * predicate), the registers rotate, and the result says whether the loop
 * continues. kernel: the kernel is still running (LC != 0 for ctop, the
 * qp for wtop); otherwise the epilogue drains with EC (vol. 3 br,
 * "Counted loop" and "While loop"). */
static bool modulo_step(ia64_cpu *c, bool kernel, bool p63_in_kernel) {
  uint64_t *ec = &c->ar[IA64_AR_EC];
  if (kernel) {
    c->pr[c->pmap[63]] = p63_in_kernel;
    ia64_rotate(c);
    return true;
  }
  c->pr[c->pmap[63]] = 0;
  if (*ec == 0) return false; /* the epilogue is over: no rotation */
  bool more = *ec > 1;
  --*ec;
  ia64_rotate(c);
  return more;
}

/* br.ctop / br.cexit (p0: 1 cexit): counted modulo-scheduled loops
 * (vol. 1 4.5.2); the kernel runs while LC counts down. */
H(br_ctop) {
  (void)e;
  bool kernel = c->ar[IA64_AR_LC] != 0;
  if (kernel) c->ar[IA64_AR_LC]--;
  bool more = modulo_step(c, kernel, true); /* the loop continues: ctop branches, cexit falls through */
  if (more != (x->p0 != 0)) return ia64_branch_to(c, ia64_rel_target(c, x));
  return IA64_OK;
}

/* br.wtop / br.wexit (p0: 1 wexit): while loops; the qp is the loop
 * condition, so these run whatever its value (vol. 3 br "While loop"). */
H(br_wtop) {
  (void)e;
  bool more = modulo_step(c, ia64_pr(c, x->in.qp), false);
  if (more != (x->p0 != 0)) return ia64_branch_to(c, ia64_rel_target(c, x));
  return IA64_OK;
}

/* clrrrb(.pr): rotating register bases to 0 (p0: predicates only) */
H(clrrrb) {
  (void)e;
  if (!x->p0) c->cfm.rrb_gr = c->cfm.rrb_fr = 0;
  c->cfm.rrb_pr = 0;
  ia64_remap(c);
  return IA64_OK;
}

/* cover: with collection off the covered frame is also saved in IFS, for
 * the rfi that restores it (vol. 3 cover). */
H(cover) {
  (void)e, (void)x;
  if (!(c->psr & IA64_PSR_IC) && !c->linux)
    c->cr[IA64_CR_IFS] = ia64_cfm_pack(&c->cfm) | 1ull << 63;
  ia64_rse_cover(c);
  return IA64_OK;
}

/* epc: on an execute-only page (TLB.ar 7) the privilege rises to the
 * page's TLB.pl (vol. 3 epc, vol. 2 4.1.1.5 "gate pages"); PFS.ppl below
 * the current level is an Illegal Operation (it would let br.ret promote). */
H(epc) {
  (void)x;
  unsigned cpl = ia64_cpl(c);
  if ((c->ar[IA64_AR_PFS] >> 62) < cpl) return ia64_illegal(c);
  if (!(c->psr & IA64_PSR_IT)) return IA64_OK;
  const ia64_tr *t = ia64_tlb_lookup(c, c->ip, true);
  if (!t || ((t->pte >> 9) & 7) != 7) return IA64_OK;
  unsigned pl = (unsigned)(t->pte >> 7) & 3;
  if (pl < cpl) ia64_set_psr(e, c, (c->psr & ~IA64_PSR_CPL) | (uint64_t)pl << IA64_PSR_CPL_SHIFT);
  return IA64_OK;
}

/* br.ia: to the IA-32 instruction set (vol. 3 br, "ia"): a qualifying
 * predicate other than p0 or a register stack not flushed (BSPSTORE !=
 * BSP) is an Illegal Operation; PSR.di = 1 raises Disabled Instruction Set
 * Transition. This model has no IA-32 engine (as the Itanium 9000 series
 * on): unconfirmed: such a processor raises the same fault with PSR.di = 0. */
H(br_ia) {
  (void)e;
  if (x->in.qp != 0 || c->ar[IA64_AR_BSPSTORE] != c->ar[IA64_AR_BSP]) return ia64_illegal(c);
  return ia64_raise(c, IA64_F_DISABLED_ISA);
}

H(nop) {
  (void)e, (void)c, (void)x;
  return IA64_OK;
}

static const ia64_handler branch_handlers[IA64_OP_COUNT_] = {
    [IA64_OP_br_cond] = h_br_cond,
    [IA64_OP_brl_cond] = h_br_cond,
    [IA64_OP_br_cond_ind] = h_br_cond_ind,
    [IA64_OP_br_call] = h_br_call,
    [IA64_OP_brl_call] = h_br_call,
    [IA64_OP_br_call_ind] = h_br_call_ind,
    [IA64_OP_br_ret] = h_br_ret,
    [IA64_OP_br_cloop] = h_br_cloop,
    [IA64_OP_br_ctop] = h_br_ctop,
    [IA64_OP_br_cexit] = h_br_ctop,
    [IA64_OP_br_wtop] = h_br_wtop,
    [IA64_OP_br_wexit] = h_br_wtop,
    [IA64_OP_clrrrb] = h_clrrrb,
    [IA64_OP_clrrrb_pr] = h_clrrrb,
    [IA64_OP_cover] = h_cover,
    [IA64_OP_epc] = h_epc,
    [IA64_OP_br_ia] = h_br_ia,
    [IA64_OP_nop_b] = h_nop,
    [IA64_OP_hint_b] = h_nop,
    [IA64_OP_brp] = h_nop,
    [IA64_OP_brp_ind] = h_nop,
    [IA64_OP_brp_ret_ind] = h_nop,
};

bool ia64_bind_branch(ia64_xinsn *x) {
  unsigned op = x->in.op;
  x->fn = branch_handlers[op];
  if (op == IA64_OP_br_cexit || op == IA64_OP_br_wexit || op == IA64_OP_clrrrb_pr) x->p0 = 1;
  /* wtop/wexit: the qp is the loop condition; br.ia: a qp is illegal */
  if (op == IA64_OP_br_wtop || op == IA64_OP_br_wexit || op == IA64_OP_br_ia) x->always = 1;
  return x->fn != NULL;
}
