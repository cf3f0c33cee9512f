/* Moves to and from the application, branch and predicate registers, the
 * user mask, alloc and the RSE instructions, break, nops and ordering
 * instructions (Itanium SDM vol. 1 3.1.8, vol. 3 mov, alloc, flushrs,
 * loadrs, sum, rum, break). The system instructions are in exec_priv.c;
 * the model-specific registers (mov msr) raise Privileged Operation
 * outside ring 0 and are reported unimplemented at ring 0. */
#include "ia64/fpstatus.h"
#include "ia64/interp.h"
#include "ia64/pmu.h"

#define H(name) static int h_##name(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x)

/* ---- application registers (vol. 1 Table 3-3) ------------------------------------------------ */

typedef enum ar_kind { AR_RESERVED, AR_IGNORED, AR_M, AR_I } ar_kind;

static ar_kind ar_kind_of(unsigned n) {
  switch (n) {
  case 0 ... 7:
  case IA64_AR_RSC:
  case IA64_AR_BSP:
  case IA64_AR_BSPSTORE:
  case IA64_AR_RNAT:
  case IA64_AR_FCR:
  case IA64_AR_EFLAG:
  case IA64_AR_CSD:
  case IA64_AR_SSD:
  case IA64_AR_CFLG:
  case IA64_AR_FSR:
  case IA64_AR_FIR:
  case IA64_AR_FDR:
  case IA64_AR_CCV:
  case IA64_AR_UNAT:
  case IA64_AR_FPSR:
  case IA64_AR_ITC:
  case IA64_AR_RUC:
    return AR_M;
  case 48 ... 63:
    return AR_IGNORED;
  case IA64_AR_PFS:
  case IA64_AR_LC:
  case IA64_AR_EC:
    return AR_I;
  case 112 ... 127:
    return AR_IGNORED;
  default:
    return AR_RESERVED;
  }
}

/* The unit must match the register's (M: 0-63, I: 64-127). */
static bool ar_unit_ok(unsigned n, bool iunit) { return iunit ? n >= 64 : n < 64; }

static int ar_read(vtsim_engine *e, ia64_cpu *c, unsigned n, bool iunit, uint64_t *v) {
  ar_kind k = ar_kind_of(n);
  if (k == AR_RESERVED || !ar_unit_ok(n, iunit)) return ia64_illegal(c);
  if (k == AR_IGNORED) {
    *v = 0;
    return IA64_OK;
  }
  if (n == IA64_AR_ITC || n == IA64_AR_RUC) {
    /* PSR.si makes the time counters privileged (vol. 2 3.3.2) */
    if (n == IA64_AR_ITC && (c->psr & IA64_PSR_SI) && ia64_cpl(c))
      return ia64_raise(c, IA64_F_PRIVILEGED_REG);
    *v = c->ar[n] + e->icount; /* deterministic: one tick per instruction */
    return IA64_OK;
  }
  *v = c->ar[n];
  return IA64_OK;
}

static int ar_write(vtsim_engine *e, ia64_cpu *c, unsigned n, bool iunit, uint64_t v) {
  ar_kind k = ar_kind_of(n);
  if (k == AR_RESERVED || !ar_unit_ok(n, iunit)) return ia64_illegal(c);
  if (k == AR_IGNORED) return IA64_OK;
  unsigned cpl = ia64_cpl(c);
  switch (n) {
  case 0 ... 7:
    if (cpl) return ia64_raise(c, IA64_F_PRIVILEGED_REG);
    break;
  case IA64_AR_RSC: /* mode 1:0, pl 3:2, be 4, loadrs 29:16 */
    if (v & ~(0x1full | 0x3fffull << 16)) return ia64_raise(c, IA64_F_RESERVED_REG);
    if (((v >> 2) & 3) < cpl) v = (v & ~0xcull) | (uint64_t)cpl << 2;
    break;
  case IA64_AR_BSP:
    return ia64_illegal(c);
  case IA64_AR_BSPSTORE:
    if (c->ar[IA64_AR_RSC] & 3) return ia64_illegal(c);
    ia64_rse_set_bspstore(c, v);
    return IA64_OK;
  case IA64_AR_RNAT:
    if (c->ar[IA64_AR_RSC] & 3) return ia64_illegal(c);
    v &= ~(1ull << 63);
    break;
  case IA64_AR_FPSR:
    if (ia64_fpsr_reserved(v)) return ia64_raise(c, IA64_F_RESERVED_REG);
    break;
  case IA64_AR_ITC:
  case IA64_AR_RUC:
    v -= e->icount;
    break;
  case IA64_AR_EC:
    v &= 63;
    break;
  default:
    break;
  }
  c->ar[n] = v;
  return IA64_OK;
}

/* p0: 1 I unit; p1: 1 immediate */
H(mov_to_ar) {
  uint64_t v;
  if (x->p1) {
    v = (uint64_t)x->in.imm;
  } else {
    if (ia64_gr_nat(c, x->in.r2)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
    v = ia64_gr(c, x->in.r2);
  }
  return ar_write(e, c, x->in.ar, x->p0, v);
}

H(mov_from_ar) {
  uint64_t v;
  if (ar_read(e, c, x->in.ar, x->p0, &v)) return IA64_FAULT;
  ia64_gr_set(c, x->in.r1, v, false);
  return IA64_OK;
}

/* ---- branch, predicate, IP, user mask -------------------------------------------------------- */

H(mov_to_br) {
  (void)e;
  if (ia64_gr_nat(c, x->in.r2)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  c->br[x->in.b1] = ia64_gr(c, x->in.r2);
  return IA64_OK;
}

H(mov_from_br) {
  (void)e;
  ia64_gr_set(c, x->in.r1, c->br[x->in.b2], false);
  return IA64_OK;
}

H(mov_to_pr) {
  (void)e;
  if (ia64_gr_nat(c, x->in.r2)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  ia64_pr_load(c, ia64_gr(c, x->in.r2), (uint64_t)x->in.imm);
  return IA64_OK;
}

H(mov_to_pr_rot) {
  (void)e;
  ia64_pr_load(c, (uint64_t)x->in.imm, ~0xffffull);
  return IA64_OK;
}

H(mov_from_pr) {
  (void)e;
  ia64_gr_set(c, x->in.r1, ia64_pr_word(c), false);
  return IA64_OK;
}

H(mov_from_ip) {
  (void)e;
  ia64_gr_set(c, x->in.r1, c->ip, false);
  return IA64_OK;
}

H(mov_from_um) {
  (void)e;
  ia64_gr_set(c, x->in.r1, c->psr & IA64_PSR_UM, false);
  return IA64_OK;
}

/* Bit 0 of the user mask is reserved (vol. 2 Table 3-2). PSR.up changes
 * only while PSR.sp is 0 (vol. 3 mov psr.um; read the same for sum/rum). */
static int set_um(vtsim_engine *e, ia64_cpu *c, uint64_t um) {
  if (um & ~0x3eull) return ia64_raise(c, IA64_F_RESERVED_REG);
  if (c->psr & IA64_PSR_SP) um = (um & ~IA64_PSR_UP) | (c->psr & IA64_PSR_UP);
  if ((c->psr ^ um) & IA64_PSR_SLOWMEM) ia64_tlb_flush(c); /* be, ac: mem.c */
  bool pmu = (c->psr ^ um) & IA64_PSR_UP; /* user monitors start or stop */
  if (pmu) ia64_pmu_sync(c, e->icount);
  c->psr = (c->psr & ~IA64_PSR_UM) | um;
  if (pmu) ia64_pmu_update(c);
  return IA64_OK;
}

H(mov_to_um) {
  if (ia64_gr_nat(c, x->in.r2)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  return set_um(e, c, ia64_gr(c, x->in.r2) & 0x3f);
}

/* sum / rum (p0: 1 reset) */
H(sum) {
  uint64_t imm = (uint64_t)x->in.imm;
  if (imm & ~0x3eull) return ia64_raise(c, IA64_F_RESERVED_REG);
  return set_um(e, c, x->p0 ? (c->psr & IA64_PSR_UM & ~imm) : ((c->psr & IA64_PSR_UM) | imm));
}

/* ---- register stack -------------------------------------------------------------------------- */

/* alloc r1 = ar.pfs, i, l, o, r (vol. 3 alloc): r1 names the new frame. */
H(alloc) {
  unsigned sof = x->in.sof, sol = x->in.sol, sor = x->in.sor * 8u;
  if (sof > 96 || sol > sof || sor > sof || x->in.r1 >= 32 + sof) return ia64_illegal(c);
  const ia64_cfm *f = &c->cfm;
  if (sor != f->sor && (f->rrb_gr || f->rrb_fr || f->rrb_pr))
    return ia64_raise(c, IA64_F_RESERVED_REG);
  uint64_t pfs = c->ar[IA64_AR_PFS];
  if (ia64_rse_alloc(e, c, sof, sol, sor)) return IA64_FAULT;
  ia64_gr_set(c, x->in.r1, pfs, false);
  return IA64_OK;
}

H(flushrs) {
  (void)x;
  return ia64_rse_flush(e, c);
}

H(loadrs) {
  (void)x;
  if (c->ar[IA64_AR_RSC] & 3) return ia64_illegal(c);
  return ia64_rse_loadrs(e, c, (c->ar[IA64_AR_RSC] >> 16) & 0x3fff);
}

/* ---- break, nops, privileged ------------------------------------------------------------------ */

H(break) { return ia64_break(e, c, (uint64_t)x->in.imm & 0x1fffff); }

H(nop) {
  (void)e, (void)c, (void)x;
  return IA64_OK;
}

H(privileged) {
  (void)e, (void)x;
  if (ia64_cpl(c) != 0) return ia64_raise(c, IA64_F_PRIVILEGED_OP);
  return ia64_raise(c, IA64_F_UNIMPLEMENTED);
}

typedef struct sys_row {
  uint16_t op;
  ia64_handler fn;
  uint8_t p0, p1;
} sys_row;

#define P(op, fn, a, b) {IA64_OP_##op, h_##fn, a, b}
static const sys_row sys_rows[] = {
    P(mov_i_ar, mov_to_ar, 1, 0), P(mov_i_ar_imm, mov_to_ar, 1, 1),
    P(mov_m_ar, mov_to_ar, 0, 0), P(mov_m_ar_imm, mov_to_ar, 0, 1),
    P(mov_i_from_ar, mov_from_ar, 1, 0), P(mov_m_from_ar, mov_from_ar, 0, 0),
    P(mov_to_br, mov_to_br, 0, 0), P(mov_ret_to_br, mov_to_br, 0, 0),
    P(mov_from_br, mov_from_br, 0, 0), P(mov_pr, mov_to_pr, 0, 0),
    P(mov_pr_rot, mov_to_pr_rot, 0, 0), P(mov_from_pr, mov_from_pr, 0, 0),
    P(mov_from_ip, mov_from_ip, 0, 0), P(mov_from_psr_um, mov_from_um, 0, 0),
    P(mov_to_psr_um, mov_to_um, 0, 0), P(sum, sum, 0, 0), P(rum, sum, 1, 0),
    P(alloc, alloc, 0, 0), P(flushrs, flushrs, 0, 0), P(loadrs, loadrs, 0, 0),
    P(break_i, break, 0, 0), P(break_m, break, 0, 0), P(break_f, break, 0, 0),
    P(break_b, break, 0, 0), P(break_x, break, 0, 0),
    P(nop_i, nop, 0, 0), P(nop_m, nop, 0, 0), P(nop_f, nop, 0, 0), P(nop_x, nop, 0, 0),
    P(hint_i, nop, 0, 0), P(hint_m, nop, 0, 0), P(hint_f, nop, 0, 0), P(hint_x, nop, 0, 0),
    P(mf, nop, 0, 0), P(mf_a, nop, 0, 0), P(srlz_d, nop, 0, 0), P(srlz_i, nop, 0, 0),
    P(sync_i, nop, 0, 0), P(fc, nop, 0, 0), P(fc_i, nop, 0, 0),
    P(mov_to_msr, privileged, 0, 0), P(mov_from_msr, privileged, 0, 0),
};
#undef P

bool ia64_bind_sys(ia64_xinsn *x) {
  for (size_t i = 0; i < sizeof sys_rows / sizeof sys_rows[0]; i++) {
    if (sys_rows[i].op != x->in.op) continue;
    x->fn = sys_rows[i].fn;
    x->p0 = sys_rows[i].p0;
    x->p1 = sys_rows[i].p1;
    if (x->in.op == IA64_OP_alloc) x->maxgr = 0; /* r1 names the new frame: checked there */
    return true;
  }
  return false;
}
