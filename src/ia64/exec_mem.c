/* Loads, stores, semaphores, speculation and the ALAT, getf/setf and the FP
 * loads and stores (Itanium SDM vol. 1 4.4, vol. 3 ld, st, ldf, stf,
 * cmpxchg, xchg, fetchadd, chk, invala, lfetch). Unaligned ordinary
 * accesses complete (Linux fixes them up for a process); semaphores and
 * spill/fill must be naturally aligned (Unaligned Data Reference fault). */
#include "ia64/debug.h"
#include "ia64/interp.h"

#define H(name) static int h_##name(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x)

/* Load/store kinds: the x6 field's upper bits (vol. 3 Table 4-30 to 4-33). */
enum { K_NORMAL = 0, K_S = 1, K_A = 2, K_SA = 3, K_BIAS = 4, K_ACQ = 5, K_FILL = 6,
       K_C_CLR = 8, K_C_NC = 9, K_C_CLR_ACQ = 10 };
/* Base update forms (p2). */
enum { UPD_NONE, UPD_REG, UPD_IMM };

static inline unsigned gr_tag(const ia64_cpu *c, unsigned r) { return c->gmap[r]; }
static inline unsigned fr_tag(const ia64_cpu *c, unsigned f) { return 256u + c->fmap[f]; }

/* r3 += r2 or imm after the access (vol. 3 ld: "base update"). */
static void base_update(ia64_cpu *c, const ia64_xinsn *x, unsigned form) {
  unsigned r3 = x->in.r3;
  if (form == UPD_REG)
    ia64_gr_set(c, r3, ia64_gr(c, r3) + ia64_gr(c, x->in.r2),
                ia64_gr_nat(c, r3) || ia64_gr_nat(c, x->in.r2));
  else if (form == UPD_IMM)
    ia64_gr_set(c, r3, ia64_gr(c, r3) + (uint64_t)x->in.imm, ia64_gr_nat(c, r3));
}

static bool is_spec(unsigned k) { return k == K_S || k == K_SA; }
static bool is_check(unsigned k) { return k == K_C_CLR || k == K_C_NC || k == K_C_CLR_ACQ; }

/* ---- integer loads and stores ---------------------------------------------------------- */

/* p0 size, p1 kind, p2 update form */
H(ld) {
  unsigned size = x->p0, kind = x->p1, r1 = x->in.r1;
  uint64_t addr = ia64_gr(c, x->in.r3);
  if (is_check(kind)) {
    int idx = ia64_alat_find(c, gr_tag(c, r1));
    if (idx >= 0) { /* the advanced load's value stands (vol. 1 4.4.5.3) */
      if (kind != K_C_NC) ia64_alat_remove(c, idx);
      base_update(c, x, x->p2);
      return IA64_OK;
    }
  }
  uint64_t v = 0;
  bool nat = false;
  int r;
  if (ia64_gr_nat(c, x->in.r3)) {
    if (!is_spec(kind)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
    nat = true; /* deferred: the target gets NaT */
  } else if (kind == K_FILL && (addr & 7)) {
    return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  } else if (is_spec(kind)) {
    const ia64_tlb_entry *t = &c->rtlb[(addr >> 12) & (IA64_TLB_SIZE - 1)];
    if (t->tag == (addr >> 12) + 1 && (addr & 0xfff) <= 4096 - size)
      v = ia64_host_load(t->host + (addr & 0xfff), size);
    else if ((r = ia64_read_spec(e, c, addr, size, &v)) == IA64_FAULT)
      return IA64_FAULT;
    else
      nat = r != 0; /* the fault is deferred (vol. 1 4.4.4) */
  } else if (ia64_read(e, c, addr, size, &v)) {
    return IA64_FAULT;
  }
  if (nat) v = 0;
  if (kind == K_FILL) nat = (c->ar[IA64_AR_UNAT] >> ((addr >> 3) & 63)) & 1;
  ia64_gr_set(c, r1, v, nat);
  if (kind == K_A || kind == K_SA || kind == K_C_NC) {
    if (nat)
      ia64_alat_remove(c, ia64_alat_find(c, gr_tag(c, r1)));
    else
      ia64_alat_insert(c, gr_tag(c, r1), addr, size);
  }
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* p0 size, p1: 0 normal, 1 rel, 2 spill; p2 update form */
H(st) {
  uint64_t addr = ia64_gr(c, x->in.r3), v = ia64_gr(c, x->in.r2);
  unsigned size = x->p0;
  if (ia64_gr_nat(c, x->in.r3) || (x->p1 != 2 && ia64_gr_nat(c, x->in.r2)))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (x->p1 == 2 && (addr & 7)) return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  if (ia64_write(e, c, addr, size, v)) return IA64_FAULT;
  ia64_alat_snoop(c, addr, size);
  if (x->p1 == 2) {
    uint64_t bit = 1ull << ((addr >> 3) & 63);
    c->ar[IA64_AR_UNAT] = (c->ar[IA64_AR_UNAT] & ~bit) | (ia64_gr_nat(c, x->in.r2) ? bit : 0);
  }
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* ld16 r1, ar.csd = [r3] (p1 = 0) and st16 [r3] = r2, ar.csd (p1 = 1) */
H(x16) {
  uint64_t addr = ia64_gr(c, x->in.r3);
  if (ia64_gr_nat(c, x->in.r3) || (x->p1 && ia64_gr_nat(c, x->in.r2)))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (addr & 15) return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  if (x->p1) {
    if (ia64_write(e, c, addr, 8, ia64_gr(c, x->in.r2)) ||
        ia64_write(e, c, addr + 8, 8, c->ar[IA64_AR_CSD]))
      return IA64_FAULT;
    ia64_alat_snoop(c, addr, 16);
    return IA64_OK;
  }
  uint64_t lo, hi;
  if (ia64_read(e, c, addr, 8, &lo) || ia64_read(e, c, addr + 8, 8, &hi)) return IA64_FAULT;
  ia64_gr_set(c, x->in.r1, lo, false);
  c->ar[IA64_AR_CSD] = hi;
  return IA64_OK;
}

/* ---- semaphores (vol. 3 cmpxchg, xchg, fetchadd) ------------------------------------------ */

enum { SEM_CMPXCHG, SEM_XCHG, SEM_FETCHADD };

/* p0 size, p1 kind */
H(sem) {
  uint64_t addr = ia64_gr(c, x->in.r3);
  unsigned size = x->p0;
  if (ia64_gr_nat(c, x->in.r3) || (x->p1 != SEM_FETCHADD && ia64_gr_nat(c, x->in.r2)))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (addr & (size - 1)) return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  uint64_t old;
  if (ia64_read(e, c, addr, size, &old)) return IA64_FAULT;
  bool store = true;
  uint64_t nv = ia64_gr(c, x->in.r2);
  if (x->p1 == SEM_CMPXCHG)
    store = old == c->ar[IA64_AR_CCV];
  else if (x->p1 == SEM_FETCHADD)
    nv = old + (uint64_t)x->in.imm;
  if (store) {
    if (ia64_write(e, c, addr, size, nv)) return IA64_FAULT;
    ia64_alat_snoop(c, addr, size);
  }
  ia64_gr_set(c, x->in.r1, old, false);
  return IA64_OK;
}

/* ---- speculation checks and the ALAT -------------------------------------------------------- */

/* chk.s r2/f2: branch to the recovery code if the source is NaT. */
H(chk_s) {
  (void)e;
  if (ia64_gr_nat(c, x->in.r2)) return ia64_check_failed(c, x, IA64_CHK_S_GR);
  return IA64_OK;
}

H(chk_s_f) {
  (void)e;
  if (ia64_fr_is_natval(ia64_fr_get(c, x->in.f2))) return ia64_check_failed(c, x, IA64_CHK_S_FR);
  return IA64_OK;
}

/* chk.a.nc/.clr r1/f1 (p0: 1 FR, p1: 1 clr): branch if no ALAT entry. */
H(chk_a) {
  (void)e;
  unsigned tag = x->p0 ? fr_tag(c, x->in.f1) : gr_tag(c, x->in.r1);
  int idx = ia64_alat_find(c, tag);
  if (idx < 0) return ia64_check_failed(c, x, x->p0 ? IA64_CHK_A_FR : IA64_CHK_A_GR);
  if (x->p1) ia64_alat_remove(c, idx);
  return IA64_OK;
}

H(invala) {
  (void)e, (void)x;
  ia64_alat_clear(c);
  return IA64_OK;
}

H(invala_e) {
  (void)e;
  ia64_alat_remove(c, ia64_alat_find(c, x->p0 ? fr_tag(c, x->in.f1) : gr_tag(c, x->in.r1)));
  return IA64_OK;
}

/* lfetch: a hint; only the base update is architectural. The faulting
 * form consumes r3's NaT and raises the faults of the read (nonaccess.c). */
H(lfetch) {
  if (x->p1 && ia64_gr_nat(c, x->in.r3)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (x->p1 && ia64_lfetch_fault_check(e, c, ia64_gr(c, x->in.r3))) return IA64_FAULT;
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* ---- FP registers and memory (vol. 3 ldf, stf, getf, setf) ---------------------------------- */

static const uint8_t fmem_bytes[] = {[IA64_FMEM_S] = 4, [IA64_FMEM_D] = 8, [IA64_FMEM_8] = 8,
                                     [IA64_FMEM_E] = 10, [IA64_FMEM_FILL] = 16};

static int read_bytes(vtsim_engine *e, ia64_cpu *c, uint64_t addr, unsigned n, uint8_t *b,
                      bool probe) {
  for (unsigned off = 0; off < n; off += 8) {
    unsigned k = n - off < 8 ? n - off : 8;
    uint64_t v;
    int r = probe ? ia64_read_spec(e, c, addr + off, k, &v) : ia64_read(e, c, addr + off, k, &v);
    if (r) return r; /* 1: a speculative load's fault deferred */
    memcpy(b + off, &v, k);
  }
  return IA64_OK;
}

static int write_bytes(vtsim_engine *e, ia64_cpu *c, uint64_t addr, unsigned n, const uint8_t *b) {
  for (unsigned off = 0; off < n; off += 8) {
    unsigned k = n - off < 8 ? n - off : 8;
    uint64_t v = 0;
    memcpy(&v, b + off, k);
    if (ia64_write(e, c, addr + off, k, v)) return IA64_FAULT;
  }
  ia64_alat_snoop(c, addr, n);
  return IA64_OK;
}

/* FR targets f0 and f1 are read-only (Illegal Operation). */
static bool fr_writable(unsigned f) { return f >= 2; }

/* p0 memory format, p1 kind, p2 update */
H(ldf) {
  unsigned f1 = x->in.f1, kind = x->p1, n = fmem_bytes[x->p0];
  uint64_t addr = ia64_gr(c, x->in.r3);
  if (!fr_writable(f1)) return ia64_illegal(c);
  if (is_check(kind)) {
    int idx = ia64_alat_find(c, fr_tag(c, f1));
    if (idx >= 0) {
      if (kind != K_C_NC) ia64_alat_remove(c, idx);
      base_update(c, x, x->p2);
      return IA64_OK;
    }
  }
  uint8_t b[16] = {0};
  bool nat = false;
  if (ia64_gr_nat(c, x->in.r3)) {
    if (!is_spec(kind)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
    nat = true;
  } else if (x->p0 == IA64_FMEM_FILL && (addr & 15)) {
    return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  } else {
    int r = read_bytes(e, c, addr, n, b, is_spec(kind));
    if (r == IA64_FAULT) return IA64_FAULT;
    nat = r != 0;
  }
  *ia64_frp(c, f1) = nat ? ia64_natval() : ia64_fr_from_mem(b, x->p0);
  if (kind == K_A || kind == K_SA || kind == K_C_NC) {
    if (nat)
      ia64_alat_remove(c, ia64_alat_find(c, fr_tag(c, f1)));
    else
      ia64_alat_insert(c, fr_tag(c, f1), addr, n);
  }
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* ldfp: a pair; f1 and f2 must be one odd and one even register. */
H(ldfp) {
  unsigned n = fmem_bytes[x->p0];
  uint64_t addr = ia64_gr(c, x->in.r3);
  if (!fr_writable(x->in.f1) || !fr_writable(x->in.f2) || ((x->in.f1 ^ x->in.f2) & 1) == 0)
    return ia64_illegal(c);
  if (ia64_gr_nat(c, x->in.r3)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  uint8_t b[16];
  if (read_bytes(e, c, addr, 2 * n, b, false)) return IA64_FAULT;
  *ia64_frp(c, x->in.f1) = ia64_fr_from_mem(b, x->p0);
  *ia64_frp(c, x->in.f2) = ia64_fr_from_mem(b + n, x->p0);
  if (x->p2) ia64_gr_set(c, x->in.r3, addr + (uint64_t)x->in.imm, false);
  return IA64_OK;
}

/* p0 memory format, p2 update */
H(stf) {
  uint64_t addr = ia64_gr(c, x->in.r3);
  ia64_fr f = ia64_fr_get(c, x->in.f2);
  if (ia64_gr_nat(c, x->in.r3)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (x->p0 != IA64_FMEM_FILL && ia64_fr_is_natval(f))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (x->p0 == IA64_FMEM_FILL && (addr & 15)) return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  uint8_t b[16] = {0};
  ia64_fr_to_mem(f, b, x->p0);
  if (write_bytes(e, c, addr, fmem_bytes[x->p0], b)) return IA64_FAULT;
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* getf.sig/.exp/.s/.d (p0: 0 sig, 1 exp, 2 s, 3 d) */
H(getf) {
  (void)e;
  ia64_fr f = ia64_fr_get(c, x->in.f2);
  if (ia64_fr_is_natval(f)) {
    ia64_gr_set(c, x->in.r1, 0, true);
    return IA64_OK;
  }
  uint64_t v = 0;
  if (x->p0 == 0) {
    v = f.sig;
  } else if (x->p0 == 1) {
    v = (uint64_t)f.sign << 17 | f.exp;
  } else {
    uint8_t b[16] = {0};
    ia64_fr_to_mem(f, b, x->p0 == 2 ? IA64_FMEM_S : IA64_FMEM_D);
    memcpy(&v, b, x->p0 == 2 ? 4 : 8);
  }
  ia64_gr_set(c, x->in.r1, v, false);
  return IA64_OK;
}

H(setf) {
  (void)e;
  unsigned f1 = x->in.f1;
  if (!fr_writable(f1)) return ia64_illegal(c);
  uint64_t v = ia64_gr(c, x->in.r2);
  ia64_fr f;
  if (ia64_gr_nat(c, x->in.r2)) {
    f = ia64_natval();
  } else if (x->p0 == 0) {
    f = (ia64_fr){.sig = v, .exp = IA64_FR_EXP_INT, .sign = 0};
  } else if (x->p0 == 1) {
    f = (ia64_fr){.sig = 1ull << 63, .exp = (uint32_t)(v & 0x1ffff), .sign = (v >> 17) & 1};
  } else {
    uint8_t b[8];
    memcpy(b, &v, 8);
    f = ia64_fr_from_mem(b, x->p0 == 2 ? IA64_FMEM_S : IA64_FMEM_D);
  }
  *ia64_frp(c, f1) = f;
  return IA64_OK;
}

/* ---- binding -------------------------------------------------------------------------------- */

static const uint8_t fmem_of_x6[4] = {IA64_FMEM_E, IA64_FMEM_8, IA64_FMEM_S, IA64_FMEM_D};

static ia64_handler bind_simple(unsigned op, uint8_t *p0, uint8_t *p1) {
  switch (op) {
  case IA64_OP_chk_s_i:
  case IA64_OP_chk_s_m:
    return h_chk_s;
  case IA64_OP_chk_s_f:
    return h_chk_s_f;
  case IA64_OP_chk_a_nc:
    return h_chk_a;
  case IA64_OP_chk_a_clr:
    *p1 = 1;
    return h_chk_a;
  case IA64_OP_chk_a_nc_f:
    *p0 = 1;
    return h_chk_a;
  case IA64_OP_chk_a_clr_f:
    *p0 = *p1 = 1;
    return h_chk_a;
  case IA64_OP_invala:
    return h_invala;
  case IA64_OP_invala_e:
    return h_invala_e;
  case IA64_OP_invala_e_f:
    *p0 = 1;
    return h_invala_e;
  case IA64_OP_getf_sig:
  case IA64_OP_getf_exp:
  case IA64_OP_getf_s:
  case IA64_OP_getf_d:
    *p0 = (uint8_t)(op - IA64_OP_getf_sig);
    return h_getf;
  case IA64_OP_setf_sig:
  case IA64_OP_setf_exp:
  case IA64_OP_setf_s:
  case IA64_OP_setf_d:
    *p0 = (uint8_t)(op - IA64_OP_setf_sig);
    return h_setf;
  case IA64_OP_ld16:
  case IA64_OP_ld16_acq:
    return h_x16;
  case IA64_OP_st16:
  case IA64_OP_st16_rel:
    *p1 = 1;
    return h_x16;
  default:
    return NULL;
  }
}

bool ia64_bind_mem(ia64_xinsn *x) {
  unsigned fmt = x->in.fmt, x6 = (unsigned)ia64_row_bits(x, 35, 30);
  unsigned xl = (unsigned)ia64_row_bits(x, 27, 27);
  if ((x->fn = bind_simple(x->in.op, &x->p0, &x->p1))) return true;
  switch (fmt) {
  case IA64_FMT_M1:
  case IA64_FMT_M2:
  case IA64_FMT_M3:
    if (xl) return false;
    x->fn = h_ld;
    x->p0 = (uint8_t)(1u << (x6 & 3));
    x->p1 = (uint8_t)(x6 >> 2);
    x->p2 = fmt == IA64_FMT_M1 ? UPD_NONE : fmt == IA64_FMT_M2 ? UPD_REG : UPD_IMM;
    break;
  case IA64_FMT_M4:
  case IA64_FMT_M5:
    if (xl) return false;
    x->fn = h_st;
    x->p0 = (uint8_t)(1u << (x6 & 3));
    x->p1 = x6 == 0x3B ? 2 : (x6 >> 2) & 1;
    x->p2 = fmt == IA64_FMT_M5 ? UPD_IMM : UPD_NONE;
    break;
  case IA64_FMT_M16:
    if (x6 >= 0x20) return false; /* cmp8xchg16 */
    x->fn = h_sem;
    x->p0 = (uint8_t)(1u << (x6 & 3));
    x->p1 = x6 < 8 ? SEM_CMPXCHG : SEM_XCHG;
    break;
  case IA64_FMT_M17:
    x->fn = h_sem;
    x->p0 = (x6 & 1) ? 8 : 4;
    x->p1 = SEM_FETCHADD;
    break;
  case IA64_FMT_M6:
  case IA64_FMT_M7:
  case IA64_FMT_M8:
    x->fn = h_ldf;
    x->p0 = x6 == 0x1B ? IA64_FMEM_FILL : fmem_of_x6[x6 & 3];
    x->p1 = x6 == 0x1B ? K_NORMAL : (uint8_t)(x6 >> 2);
    x->p2 = fmt == IA64_FMT_M6 ? UPD_NONE : fmt == IA64_FMT_M7 ? UPD_REG : UPD_IMM;
    break;
  case IA64_FMT_M11:
  case IA64_FMT_M12:
    if ((x6 & 3) == 0) return false;
    x->fn = h_ldfp;
    x->p0 = fmem_of_x6[x6 & 3];
    x->p2 = fmt == IA64_FMT_M12;
    break;
  case IA64_FMT_M9:
  case IA64_FMT_M10:
    x->fn = h_stf;
    x->p0 = x6 == 0x3B ? IA64_FMEM_FILL : fmem_of_x6[x6 & 3];
    x->p2 = fmt == IA64_FMT_M10 ? UPD_IMM : UPD_NONE;
    break;
  case IA64_FMT_M13:
  case IA64_FMT_M14:
  case IA64_FMT_M15:
    x->fn = h_lfetch;
    x->p1 = (x6 & 2) != 0; /* .fault */
    x->p2 = fmt == IA64_FMT_M14 ? UPD_REG : fmt == IA64_FMT_M15 ? UPD_IMM : UPD_NONE;
    if (x->in.op == IA64_OP_lfetch_count) return false;
    break;
  default:
    return false;
  }
  /* A base update of r0, or of the load's own target, is illegal (vol. 3 ld). */
  if (x->p2 != UPD_NONE && (x->in.r3 == 0 || (x->fn == h_ld && x->in.r3 == x->in.r1))) {
    x->fn = ia64_h_illegal;
  }
  return true;
}
