/* Internals of the IA-64 interpreter shared by its files: register access
 * through the frame and rotation maps, memory access through the software
 * TLBs, fault raising, the register stack engine. Faults are values: a
 * helper that faults records it in c->fault and returns IA64_FAULT. */
#ifndef VT_IA64_INTERP_H
#define VT_IA64_INTERP_H

#include <string.h>

#include "common/engine.h"
#include "ia64/cpu.h"
#include "ia64/fpstatus.h"

#define IA64_LIKELY(x)   __builtin_expect(!!(x), 1)
#define IA64_UNLIKELY(x) __builtin_expect(!!(x), 0)

static inline ia64_cpu *ia64_of(vtsim_engine *e) { return (ia64_cpu *)e->cpu; }

static inline int ia64_raise(ia64_cpu *c, ia64_fault_kind kind) {
  c->fault = (ia64_fault){.kind = (uint8_t)kind};
  return IA64_FAULT;
}
static inline int ia64_raise_addr(ia64_cpu *c, ia64_fault_kind kind, uint64_t addr) {
  c->fault = (ia64_fault){.kind = (uint8_t)kind, .has_addr = 1, .addr = addr};
  return IA64_FAULT;
}
static inline int ia64_illegal(ia64_cpu *c) { return ia64_raise(c, IA64_F_ILLEGAL_OP); }
static inline unsigned ia64_cpl(const ia64_cpu *c) { return (unsigned)(c->psr >> 32) & 3; }

/* ---- registers ----------------------------------------------------------- */

static inline uint64_t ia64_gr(const ia64_cpu *c, unsigned r) { return c->gr[c->gmap[r]]; }
static inline bool ia64_gr_nat(const ia64_cpu *c, unsigned r) { return c->nat[c->gmap[r]]; }
/* The binder rejects writes to r0 (Illegal Operation), so none reach here. */
static inline void ia64_gr_set(ia64_cpu *c, unsigned r, uint64_t v, bool nat) {
  unsigned s = c->gmap[r];
  c->gr[s] = v;
  c->nat[s] = nat;
}
static inline bool ia64_pr(const ia64_cpu *c, unsigned p) { return c->pr[c->pmap[p]]; }
/* Writes to p0 are ignored (vol. 1 3.1.2). */
static inline void ia64_pr_set(ia64_cpu *c, unsigned p, bool v) {
  if (p) c->pr[c->pmap[p]] = v;
}
static inline ia64_fr *ia64_frp(ia64_cpu *c, unsigned f) { return &c->fr[c->fmap[f]]; }
static inline ia64_fr ia64_fr_get(const ia64_cpu *c, unsigned f) { return c->fr[c->fmap[f]]; }
/* NaTVal: the FR NaT encoding (vol. 1 5.1.2). */
static inline bool ia64_fr_is_natval(ia64_fr f) {
  return f.exp == IA64_FR_EXP_MAX - 1 && f.sig == 0 && !f.sign;
}
static inline ia64_fr ia64_natval(void) {
  return (ia64_fr){.sig = 0, .exp = IA64_FR_EXP_MAX - 1, .sign = 0};
}

/* All 64 predicates as one word, and back (mov pr). */
uint64_t ia64_pr_word(const ia64_cpu *c);
void ia64_pr_load(ia64_cpu *c, uint64_t word, uint64_t mask);

/* ---- the register stack and rotation (rse.c) ------------------------------ */

/* Recompute gmap/fmap/pmap and frame_end from CFM and bof. */
void ia64_remap(ia64_cpu *c);
/* CFM as the 38-bit PFS.pfm / CR.IFS.ifm field (vol. 1 Figure 3-3). */
uint64_t ia64_cfm_pack(const ia64_cfm *f);
ia64_cfm ia64_cfm_unpack(uint64_t v);
/* Frame operations; each may spill or fill (and fault on the backing store). */
int ia64_rse_alloc(vtsim_engine *e, ia64_cpu *c, unsigned sof, unsigned sol, unsigned sor);
int ia64_rse_call(vtsim_engine *e, ia64_cpu *c);
int ia64_rse_return(vtsim_engine *e, ia64_cpu *c, ia64_cfm restored);
void ia64_rse_cover(ia64_cpu *c);
/* rfi with IFS.v: back to the covered frame f (its sof registers return). */
int ia64_rse_uncover(vtsim_engine *e, ia64_cpu *c, ia64_cfm f);
int ia64_rse_flush(vtsim_engine *e, ia64_cpu *c);
int ia64_rse_loadrs(vtsim_engine *e, ia64_cpu *c, uint64_t bytes);
void ia64_rse_set_bspstore(ia64_cpu *c, uint64_t v);
/* Reset the register stack to an empty frame with the backing store at bs. */
void ia64_rse_reset(ia64_cpu *c, uint64_t bs);
/* Backing-store address arithmetic over NaT collection slots (vol. 1 6.5). */
uint64_t ia64_bs_add(uint64_t addr, long nregs);
/* Rotate the rotating registers by one (rrb.* decrement; vol. 1 4.5.1). */
void ia64_rotate(ia64_cpu *c);

/* ---- memory (mem.c) ------------------------------------------------------- */

int ia64_read_slow(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned size, uint64_t *out,
                   bool probe);
int ia64_write_slow(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned size, uint64_t v);
/* A speculative load's access (vol. 2 5.5.5): IA64_OK, 1 when the fault is
 * deferred (the target gets NaT), or IA64_FAULT (ISR.sp set). */
int ia64_read_spec(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned size, uint64_t *out);
/* n <= 16 bytes as memory holds them, without the PSR.be byte order (the
 * caller orders each datum); align: the size PSR.ac checks. spec: a
 * speculative load's read, 1 when deferred, as ia64_read_spec. */
int ia64_read_raw(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned n, unsigned align,
                  uint8_t *b, bool spec);
int ia64_write_raw(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned n, unsigned align,
                   const uint8_t *b);
/* Translate va for a reference needing VT_PROT_* rights (faults as the
 * access would raise them) and give its memory attribute (memattr.h). */
int ia64_data_attr(vtsim_engine *e, ia64_cpu *c, uint64_t va, int need, unsigned *ma);
void ia64_tlb_flush(ia64_cpu *c);
void ia64_icache_flush(vt_mem *m, ia64_cpu *c);
/* The 16 bytes of the bundle at ip; marks its page as code. */
int ia64_fetch_bundle(vtsim_engine *e, ia64_cpu *c, uint64_t ip, uint8_t out[16]);

static inline uint64_t ia64_host_load(const uint8_t *p, unsigned size) {
  switch (size) {
  case 1:
    return *p;
  case 2: {
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
  }
  case 4: {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
  }
  default: {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
  }
  }
}

static inline void ia64_host_store(uint8_t *p, unsigned size, uint64_t v) {
  switch (size) {
  case 1:
    *p = (uint8_t)v;
    break;
  case 2: {
    uint16_t w = (uint16_t)v;
    memcpy(p, &w, 2);
    break;
  }
  case 4: {
    uint32_t w = (uint32_t)v;
    memcpy(p, &w, 4);
    break;
  }
  default:
    memcpy(p, &v, 8);
    break;
  }
}

/* Data accesses of 1, 2, 4 or 8 bytes, little-endian (PSR.be = 0). probe:
 * a speculative load's access that defers instead of faulting (returns
 * IA64_FAULT with c->fault untouched). */
static inline int ia64_read(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned size,
                            uint64_t *out) {
  const ia64_tlb_entry *t = &c->rtlb[(va >> 12) & (IA64_TLB_SIZE - 1)];
  if (IA64_LIKELY(t->tag == (va >> 12) + 1 && (va & 0xfff) <= 4096 - size)) {
    *out = ia64_host_load(t->host + (va & 0xfff), size);
    return IA64_OK;
  }
  return ia64_read_slow(e, c, va, size, out, false);
}

static inline int ia64_write(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned size,
                             uint64_t v) {
  const ia64_tlb_entry *t = &c->wtlb[(va >> 12) & (IA64_TLB_SIZE - 1)];
  if (IA64_LIKELY(t->tag == (va >> 12) + 1 && (va & 0xfff) <= 4096 - size)) {
    ia64_host_store(t->host + (va & 0xfff), size, v);
    return IA64_OK;
  }
  return ia64_write_slow(e, c, va, size, v);
}

/* Stores invalidate overlapping ALAT entries (vol. 1 4.4.5.3). */
void ia64_alat_store(ia64_cpu *c, uint64_t addr, unsigned size);
static inline void ia64_alat_snoop(ia64_cpu *c, uint64_t addr, unsigned size) {
  if (IA64_UNLIKELY(c->alat_valid)) ia64_alat_store(c, addr, size);
}
void ia64_alat_insert(ia64_cpu *c, unsigned reg, uint64_t addr, unsigned size);
/* The entry for reg (GR slot or 256 + FR), or -1. */
int ia64_alat_find(const ia64_cpu *c, unsigned reg);
void ia64_alat_remove(ia64_cpu *c, int idx);
void ia64_alat_clear(ia64_cpu *c);

/* ---- handlers --------------------------------------------------------------
 * ia64_h_illegal raises Illegal Operation (encodings the SDM rejects).
 * Each exec_*.c binds the ops it implements: fills x->fn and the params. */
int ia64_h_illegal(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x);
bool ia64_bind_alu(ia64_xinsn *x);
bool ia64_bind_mm(ia64_xinsn *x);
bool ia64_bind_mem(ia64_xinsn *x);
bool ia64_bind_branch(ia64_xinsn *x);
bool ia64_bind_fp(ia64_xinsn *x);
bool ia64_bind_pfp(ia64_xinsn *x); /* exec_pfp.c: parallel FP */
bool ia64_bind_sys(ia64_xinsn *x);
bool ia64_bind_priv(ia64_xinsn *x);

/* The row's fixed field value (opcode and extension bits) of x's op. */
static inline uint64_t ia64_row_bits(const ia64_xinsn *x, unsigned hi, unsigned lo) {
  return (ia64_rows[x->in.op].value >> lo) & ((UINT64_C(2) << (hi - lo)) - 1);
}

/* A branch: set the target (bundle address) and report it taken. */
static inline int ia64_branch_to(ia64_cpu *c, uint64_t target) {
  c->ip = target & ~UINT64_C(15);
  c->slot = 0;
  return IA64_TAKEN;
}
/* An IP-relative target of the instruction's bundle. */
static inline uint64_t ia64_rel_target(const ia64_cpu *c, const ia64_xinsn *x) {
  return c->ip + (uint64_t)x->in.imm;
}

/* A failed chk or fchkf of check type `type` (IA64_CHK_*): the recovery
 * branch, or the Speculative Operation fault when this processor leaves the
 * type's branch unimplemented, imm21 zero-extended in IIM (vol. 3 chk, fchkf).
 * Linux user mode: the kernel's handler emulates the branch. */
static inline int ia64_check_failed(ia64_cpu *c, const ia64_xinsn *x, unsigned type) {
  if (IA64_UNLIKELY((c->chk_unimpl >> type) & 1) && !c->linux) {
    ia64_raise(c, IA64_F_SPEC_OP);
    c->fault.isr = type;
    c->fault.imm = ((uint64_t)x->in.imm >> 4) & 0x1fffff;
    return IA64_FAULT;
  }
  return ia64_branch_to(c, ia64_rel_target(c, x));
}

/* Compare-type writes of a predicate pair (vol. 3 cmp, Table 2-20). */
enum { IA64_CT_NONE, IA64_CT_UNC, IA64_CT_AND, IA64_CT_OR, IA64_CT_OR_ANDCM };
int ia64_write_pred_pair(ia64_cpu *c, const ia64_xinsn *x, unsigned ctype, bool rel, bool nat);

/* break: Linux system calls (user mode), Ski simulator calls (system). */
int ia64_break(vtsim_engine *e, ia64_cpu *c, uint64_t imm);

/* Apply the outcome of an FP instruction's conditions under status field
 * sf (exec_fp.c): IA64_FAULT for a Floating-point Fault (nothing written),
 * else the flags are recorded and a trap is left for the loop to deliver. */
int ia64_fp_apply(ia64_cpu *c, unsigned sf, ia64_fp_outcome o);

/* FP helpers for the memory unit (exec_fp.c). */
ia64_fr ia64_fr_from_mem(const uint8_t *b, unsigned kind);
void ia64_fr_to_mem(ia64_fr f, uint8_t *b, unsigned kind);
enum { IA64_FMEM_S, IA64_FMEM_D, IA64_FMEM_8, IA64_FMEM_E, IA64_FMEM_FILL };

#endif
