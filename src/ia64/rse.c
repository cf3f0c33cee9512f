/* The register stack and register rotation (Itanium SDM vol. 1 4.1, 4.5.1,
 * chapter 6 "Register Stack Engine").
 *
 * The stacked GRs live in a ring of IA64_NSTACKED physical registers. The
 * current frame starts at ring index bof; the ndirty registers below it
 * belong to parent frames and are not yet in the backing store (they go to
 * AR.BSPSTORE and up, AR.BSP being the address of r32). The RSE is eager
 * enough: it spills only when a frame would not fit in the ring (mandatory
 * spills on alloc/call/return overflow) and fills only when a return needs
 * registers it spilled (mandatory fills), plus flushrs/loadrs. Every 64th
 * backing-store slot (address bits 8:3 all ones) holds the NaT collection
 * of the 63 registers below it, gathered in AR.RNAT (vol. 1 6.5). */
#include "ia64/interp.h"

#define N IA64_NSTACKED

/* ---- maps -------------------------------------------------------------------- */

/* Frame changes (call, return, alloc) touch only the GR map; the FR and
 * PR maps are rebuilt only when their rotating bases changed. */
void ia64_remap(ia64_cpu *c) {
  const ia64_cfm *f = &c->cfm;
  unsigned sof = f->sof, sor = f->sor, old_end = c->frame_end;
  unsigned at = c->bof; /* ring index of r32 + i, without a division per register */
  for (unsigned i = 0; i < sof; i++, at = at + 1 == N ? 0 : at + 1) {
    if (i < sor) { /* rotating region (4.5.1) */
      unsigned k = i + f->rrb_gr;
      if (k >= sor) k -= sor;
      unsigned r = c->bof + k;
      c->gmap[32 + i] = (uint16_t)(32 + (r >= N ? r - N : r));
    } else {
      c->gmap[32 + i] = (uint16_t)(32 + at);
    }
  }
  for (unsigned r = 32 + sof; r < old_end; r++) c->gmap[r] = IA64_GR_NOWHERE;
  c->frame_end = (uint8_t)(32 + sof);
  if (f->rrb_fr != c->mapped_rrb_fr) {
    for (unsigned i = 0; i < 96; i++) c->fmap[32 + i] = (uint8_t)(32 + (i + f->rrb_fr) % 96);
    c->mapped_rrb_fr = f->rrb_fr;
  }
  if (f->rrb_pr != c->mapped_rrb_pr) {
    for (unsigned i = 0; i < 48; i++) c->pmap[16 + i] = (uint8_t)(16 + (i + f->rrb_pr) % 48);
    c->mapped_rrb_pr = f->rrb_pr;
  }
}

/* All maps from scratch (reset). */
static void remap_all(ia64_cpu *c) {
  for (unsigned r = 0; r < 32; r++) c->gmap[r] = (uint16_t)r;
  for (unsigned r = 32; r < 128; r++) c->gmap[r] = IA64_GR_NOWHERE;
  for (unsigned r = 0; r < 128; r++) c->fmap[r] = (uint8_t)r;
  for (unsigned p = 0; p < 64; p++) c->pmap[p] = (uint8_t)p;
  c->frame_end = 32;
  c->mapped_rrb_fr = c->mapped_rrb_pr = 0;
  ia64_remap(c);
}

void ia64_rotate(ia64_cpu *c) {
  ia64_cfm *f = &c->cfm;
  if (f->sor) f->rrb_gr = (uint8_t)((f->rrb_gr + f->sor - 1) % f->sor);
  f->rrb_fr = (uint8_t)((f->rrb_fr + 95) % 96);
  f->rrb_pr = (uint8_t)((f->rrb_pr + 47) % 48);
  ia64_remap(c);
}

uint64_t ia64_cfm_pack(const ia64_cfm *f) {
  return (uint64_t)f->sof | (uint64_t)f->sol << 7 | (uint64_t)(f->sor / 8) << 14 |
         (uint64_t)f->rrb_gr << 18 | (uint64_t)f->rrb_fr << 25 | (uint64_t)f->rrb_pr << 32;
}

ia64_cfm ia64_cfm_unpack(uint64_t v) {
  return (ia64_cfm){.sof = v & 0x7f,
                    .sol = (v >> 7) & 0x7f,
                    .sor = (uint8_t)(((v >> 14) & 0xf) * 8),
                    .rrb_gr = (v >> 18) & 0x7f,
                    .rrb_fr = (v >> 25) & 0x7f,
                    .rrb_pr = (v >> 32) & 0x3f};
}

/* ---- backing store addresses --------------------------------------------------- */

uint64_t ia64_bs_add(uint64_t addr, long nregs) {
  uint64_t slot = (addr >> 3) & 63;
  if (nregs >= 0) {
    uint64_t n = (uint64_t)nregs;
    return addr + 8 * (n + (slot + n) / 63);
  }
  uint64_t m = (uint64_t)-nregs;
  return addr - 8 * (m + (62 - slot + m) / 63);
}

/* Registers (not collections) in [a, b), a <= b. */
static uint64_t bs_regs(uint64_t a, uint64_t b) {
  uint64_t slots = (b - a) / 8;
  return slots - (((a >> 3) & 63) + slots) / 64;
}

static bool is_collection(uint64_t addr) { return ((addr >> 3) & 63) == 63; }

/* ---- spills and fills ------------------------------------------------------------ */

/* The RSE's accesses: translated under PSR.rt, in RSC.be byte order, with
 * ISR.rs on a fault (mem.c looks at rse_access on the slow path). */
/* The software TLBs hold the data accesses' translations: usable by the
 * RSE only when RSC.be is 0 and PSR.rt equals PSR.dt. */
static bool rse_fast(const ia64_cpu *c) {
  return !(c->ar[IA64_AR_RSC] & 0x10) && !(((c->psr >> 27) ^ (c->psr >> 17)) & 1);
}

static int rse_read(vtsim_engine *e, ia64_cpu *c, uint64_t a, uint64_t *v) {
  c->rse_access = 1;
  int r = rse_fast(c) ? ia64_read(e, c, a, 8, v) : ia64_read_slow(e, c, a, 8, v, false);
  c->rse_access = 0;
  return r;
}

static int rse_write(vtsim_engine *e, ia64_cpu *c, uint64_t a, uint64_t v) {
  c->rse_access = 1;
  int r = rse_fast(c) ? ia64_write(e, c, a, 8, v) : ia64_write_slow(e, c, a, 8, v);
  c->rse_access = 0;
  return r;
}

/* Store the oldest dirty register at BSPSTORE. */
static int spill_one(vtsim_engine *e, ia64_cpu *c) {
  unsigned slot = 32 + (c->bof + N - c->ndirty) % N;
  uint64_t a = c->ar[IA64_AR_BSPSTORE];
  if (rse_write(e, c, a, c->gr[slot])) return IA64_FAULT;
  uint64_t bit = 1ull << ((a >> 3) & 63);
  c->ar[IA64_AR_RNAT] = (c->ar[IA64_AR_RNAT] & ~bit) | (c->nat[slot] ? bit : 0);
  a += 8;
  if (is_collection(a)) {
    if (rse_write(e, c, a, c->ar[IA64_AR_RNAT] & ~(1ull << 63))) return IA64_FAULT;
    a += 8;
  }
  c->ar[IA64_AR_BSPSTORE] = a;
  c->ndirty--;
  return IA64_OK;
}

/* Load the register below the dirty partition from BSPSTORE - 8. */
static int fill_one(vtsim_engine *e, ia64_cpu *c) {
  uint64_t a = c->ar[IA64_AR_BSPSTORE] - 8;
  if (is_collection(a)) {
    uint64_t rnat;
    if (rse_read(e, c, a, &rnat)) return IA64_FAULT;
    c->ar[IA64_AR_RNAT] = rnat & ~(1ull << 63);
    a -= 8;
  }
  uint64_t v;
  if (rse_read(e, c, a, &v)) return IA64_FAULT;
  unsigned slot = 32 + (c->bof + 2 * N - c->ndirty - 1) % N;
  c->gr[slot] = v;
  c->nat[slot] = (c->ar[IA64_AR_RNAT] >> ((a >> 3) & 63)) & 1;
  c->ar[IA64_AR_BSPSTORE] = a;
  c->ndirty++;
  return IA64_OK;
}

/* Mandatory spills until the dirty partition and a frame of sof fit. */
static int make_room(vtsim_engine *e, ia64_cpu *c, unsigned sof) {
  while (c->ndirty + sof > N)
    if (spill_one(e, c)) return IA64_FAULT;
  return IA64_OK;
}

/* ---- frame operations -------------------------------------------------------------- */

int ia64_rse_alloc(vtsim_engine *e, ia64_cpu *c, unsigned sof, unsigned sol, unsigned sor) {
  if (make_room(e, c, sof)) return IA64_FAULT;
  c->cfm.sof = (uint8_t)sof;
  c->cfm.sol = (uint8_t)sol;
  c->cfm.sor = (uint8_t)sor;
  ia64_remap(c);
  return IA64_OK;
}

/* br.call: the caller's locals join the dirty partition; the outputs
 * become the callee's frame (vol. 1 4.1.2, Figure 4-1). */
int ia64_rse_call(vtsim_engine *e, ia64_cpu *c) {
  (void)e;
  unsigned sol = c->cfm.sol;
  c->bof = (c->bof + sol) % N;
  c->ndirty += sol;
  c->ar[IA64_AR_BSP] = ia64_bs_add(c->ar[IA64_AR_BSP], (long)sol);
  c->cfm = (ia64_cfm){.sof = (uint8_t)(c->cfm.sof - sol)};
  ia64_remap(c);
  return IA64_OK;
}

/* Back to a frame whose first n registers lie below bof, filling them
 * from the backing store if they were spilled (mandatory fills). */
static int pop_frame(vtsim_engine *e, ia64_cpu *c, ia64_cfm restored, unsigned sol) {
  while (c->ndirty < sol)
    if (fill_one(e, c)) return IA64_FAULT;
  c->bof = (c->bof + N - sol) % N;
  c->ndirty -= sol;
  c->ar[IA64_AR_BSP] = ia64_bs_add(c->ar[IA64_AR_BSP], -(long)sol);
  c->cfm = restored;
  if (make_room(e, c, restored.sof)) return IA64_FAULT;
  ia64_remap(c);
  return IA64_OK;
}

/* br.ret: the caller's locals (PFS.pfm.sol) come back. */
int ia64_rse_return(vtsim_engine *e, ia64_cpu *c, ia64_cfm restored) {
  return pop_frame(e, c, restored, restored.sol);
}

/* rfi with IFS.v: cover moved the whole frame below bof (vol. 3 rfi). */
int ia64_rse_uncover(vtsim_engine *e, ia64_cpu *c, ia64_cfm f) {
  return pop_frame(e, c, f, f.sof);
}

void ia64_rse_cover(ia64_cpu *c) {
  unsigned sof = c->cfm.sof;
  c->bof = (c->bof + sof) % N;
  c->ndirty += sof;
  c->ar[IA64_AR_BSP] = ia64_bs_add(c->ar[IA64_AR_BSP], (long)sof);
  c->cfm = (ia64_cfm){0};
  ia64_remap(c);
}

int ia64_rse_flush(vtsim_engine *e, ia64_cpu *c) {
  while (c->ndirty)
    if (spill_one(e, c)) return IA64_FAULT;
  /* Leave BSPSTORE == BSP with the last partial collection in RNAT. */
  return IA64_OK;
}

/* loadrs: make the bytes [BSP - bytes, BSP) the dirty partition, loading
 * what is missing and dropping what lies below (vol. 3 loadrs). */
int ia64_rse_loadrs(vtsim_engine *e, ia64_cpu *c, uint64_t bytes) {
  uint64_t bsp = c->ar[IA64_AR_BSP];
  uint64_t target = bsp - bytes;
  if (target > bsp) return ia64_raise(c, IA64_F_RESERVED_REG);
  uint64_t want = bs_regs(target, bsp);
  if (want + c->cfm.sof > N) return ia64_raise(c, IA64_F_RESERVED_REG);
  while (c->ar[IA64_AR_BSPSTORE] > target)
    if (fill_one(e, c)) return IA64_FAULT;
  if (c->ar[IA64_AR_BSPSTORE] < target) {
    c->ndirty = (unsigned)want;
    c->ar[IA64_AR_BSPSTORE] = target;
  }
  return IA64_OK;
}

/* mov ar.bspstore = r (RSC.mode 0 only): the registers outside the
 * current frame are dropped and BSP follows the new store pointer. */
void ia64_rse_set_bspstore(ia64_cpu *c, uint64_t v) {
  v &= ~UINT64_C(7);
  c->ndirty = 0;
  c->ar[IA64_AR_BSPSTORE] = v;
  c->ar[IA64_AR_BSP] = v;
}

void ia64_rse_reset(ia64_cpu *c, uint64_t bs) {
  c->bof = 0;
  c->ndirty = 0;
  c->cfm = (ia64_cfm){0};
  c->ar[IA64_AR_BSP] = c->ar[IA64_AR_BSPSTORE] = bs;
  c->ar[IA64_AR_RNAT] = 0;
  remap_all(c);
}
