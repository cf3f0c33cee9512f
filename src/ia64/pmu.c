/* The performance monitors (Itanium SDM vol. 2 7.2): see pmu.h. Time is the
 * retired-instruction count, so both architected events advance by one per
 * retired instruction: a cycle is one tick of ar.itc, which counts retired
 * instructions; the time PAL_HALT_LIGHT skips is the LIGHT_HALT state, in
 * which neither event counts (vol. 2 7.2.3). An instruction counts under
 * the monitor state it leaves: ssm psr.pp (or an rfi to a counted context)
 * is counted, rsm psr.pp is not; a faulting instruction does not retire. */
#include "ia64/pmu.h"

#include "ia64/interp.h"
#include "ia64/intr.h"

#define WIDTH_MASK    ((1ull << IA64_PMU_WIDTH) - 1)
#define COUNTERS_MASK (((1ull << IA64_PMU_COUNT) - 1) << IA64_PMU_FIRST)
#define PMC_DEFINED   (IA64_PMC_PLM | IA64_PMC_EV | IA64_PMC_OI | IA64_PMC_PM | 0xffull << 8)

static bool is_counter(unsigned idx) {
  return idx >= IA64_PMU_FIRST && idx < IA64_PMU_FIRST + IA64_PMU_COUNT;
}

/* ---- the rules ------------------------------------------------------------------------------- */

static bool event_counted(uint64_t pmc) {
  unsigned es = (unsigned)(pmc >> IA64_PMC_ES_SHIFT) & 0xff;
  return es == IA64_PMU_EV_CYCLES || es == IA64_PMU_EV_RETIRED;
}

bool ia64_pmu_enabled(uint64_t pmc, uint64_t pmc0, uint64_t psr) {
  unsigned cpl = (unsigned)(psr >> IA64_PSR_CPL_SHIFT) & 3;
  if ((pmc0 & IA64_PMC0_FR) || !((pmc >> cpl) & 1)) return false;
  bool on = (pmc & IA64_PMC_PM) ? (psr & IA64_PSR_PP) != 0 : (psr & IA64_PSR_UP) != 0;
  return on && event_counted(pmc);
}

/* PMC0: fr and the overflow bits of the implemented pairs; 3:1 ignored,
 * the overflow bits of absent counters (and all of PMC1-3) read 0 (vol. 2
 * 7.2.2). PMC4-7: bit 7 ignored; 63:16 are implementation-specific and
 * this model implements none of them (they read 0). Other PMCs are not
 * implemented: writes are dropped, reads return 0 (vol. 2 7.2). */
uint64_t ia64_pmu_pmc_written(unsigned idx, uint64_t v) {
  if (idx == 0) return v & (IA64_PMC0_FR | COUNTERS_MASK);
  return is_counter(idx) ? v & PMC_DEFINED : 0;
}

/* PMD4-7: count W-1:0, bits 63:W ignored (read 0: vol. 2 Table 7-3). */
uint64_t ia64_pmu_pmd_written(unsigned idx, uint64_t v) {
  return is_counter(idx) ? v & WIDTH_MASK : 0;
}

uint64_t ia64_pmu_pmd_visible(uint64_t count, uint64_t pmc, uint64_t psr) {
  if (!(psr & IA64_PSR_CPL)) return count;
  return (psr & IA64_PSR_SP) || (pmc & IA64_PMC_PM) ? 0 : count;
}

uint64_t ia64_pmu_add(uint64_t count, uint64_t n, bool *wrapped) {
  *wrapped = n >= (1ull << IA64_PMU_WIDTH) - count;
  return (count + n) & WIDTH_MASK; /* 2^64 is a multiple of 2^W */
}

/* pm_info: generic pairs 7:0, width 15:8, cycles event 23:16, retired
 * event 31:24 (vol. 2 chapter 11, PAL_PERF_MON_INFO). */
uint64_t ia64_pmu_info(void) {
  return IA64_PMU_COUNT | (uint64_t)IA64_PMU_WIDTH << 8 | (uint64_t)IA64_PMU_EV_CYCLES << 16 |
         (uint64_t)IA64_PMU_EV_RETIRED << 24;
}

/* Four 256-bit masks: PMC0-7 implemented (PMC1-3 hold no overflow bit
 * here but exist), PMD4-7 implemented, and every pair counts both events. */
void ia64_pmu_info_masks(uint64_t out[16]) {
  for (unsigned i = 0; i < 16; i++) out[i] = 0;
  out[0] = 0xff;
  out[4] = out[8] = out[12] = COUNTERS_MASK;
}

/* ---- the machine ----------------------------------------------------------------------------- */

void ia64_pmu_reset(ia64_cpu *c) {
  memset(c->pmc, 0, sizeof c->pmc);
  memset(c->pmd, 0, sizeof c->pmd);
  c->pmu_since = 0;
  c->pmu_running = 0;
}

/* A counter wrapped (vol. 2 7.2.2): its overflow bit; with PMC.oi also the
 * freeze bit and the interrupt, pended unless PMV.m masks it. Without oi
 * only the overflow bit is set (unconfirmed: the SDM names the status bit
 * in the oi case only). */
static void overflow(ia64_cpu *c, unsigned idx) {
  c->pmc[0] |= 1ull << idx;
  if (!(c->pmc[idx] & IA64_PMC_OI)) return;
  c->pmc[0] |= IA64_PMC0_FR;
  uint64_t pmv = c->cr[IA64_CR_PMV];
  if (!(pmv & (1ull << 16))) ia64_pend(c, (unsigned)pmv & 0xff);
}

/* Instructions until the first running counter wraps (UINT64_MAX: none). */
static uint64_t until_overflow(const ia64_cpu *c) {
  uint64_t least = UINT64_MAX;
  for (unsigned i = 0; i < IA64_PMU_COUNT; i++) {
    if (!(c->pmu_running >> i & 1)) continue;
    uint64_t left = (1ull << IA64_PMU_WIDTH) - c->pmd[IA64_PMU_FIRST + i];
    if (left < least) least = left;
  }
  return least;
}

void ia64_pmu_sync(ia64_cpu *c, uint64_t now) {
  while (c->pmu_running && c->pmu_since < now) {
    uint64_t step = now - c->pmu_since, left = until_overflow(c);
    if (left < step) step = left; /* stop at the first wrap: it may freeze the rest */
    unsigned wrapped = 0;
    for (unsigned i = 0; i < IA64_PMU_COUNT; i++) {
      if (!(c->pmu_running >> i & 1)) continue;
      bool w;
      c->pmd[IA64_PMU_FIRST + i] = ia64_pmu_add(c->pmd[IA64_PMU_FIRST + i], step, &w);
      if (w) wrapped |= 1u << i;
    }
    c->pmu_since += step;
    for (unsigned i = 0; i < IA64_PMU_COUNT; i++)
      if (wrapped >> i & 1) overflow(c, IA64_PMU_FIRST + i);
    if (c->pmc[0] & IA64_PMC0_FR) c->pmu_running = 0;
  }
  c->pmu_since = now;
}

void ia64_pmu_update(ia64_cpu *c) {
  unsigned running = 0;
  for (unsigned i = 0; i < IA64_PMU_COUNT; i++)
    if (ia64_pmu_enabled(c->pmc[IA64_PMU_FIRST + i], c->pmc[0], c->psr)) running |= 1u << i;
  c->pmu_running = (uint8_t)running;
  uint64_t left = until_overflow(c);
  if (left != UINT64_MAX && c->pmu_since + left < c->event_at) c->event_at = c->pmu_since + left;
}

uint64_t ia64_pmu_check(ia64_cpu *c, uint64_t now) {
  ia64_pmu_sync(c, now);
  uint64_t left = until_overflow(c);
  return left == UINT64_MAX ? UINT64_MAX : now + left;
}

/* mov pmc/pmd (vol. 3 mov indirect, vol. 2 7.2): the index is r3{7:0};
 * writes and PMC reads are privileged whatever the index; PMD reads are
 * allowed at every level and see ia64_pmu_pmd_visible; no index faults. */
int ia64_pmu_mov(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x) {
  bool pmd = x->p0 == 4, from = x->p1;
  if ((!from || !pmd) && ia64_cpl(c)) return ia64_raise(c, IA64_F_PRIVILEGED_OP);
  if (ia64_gr_nat(c, x->in.r3) || (!from && ia64_gr_nat(c, x->in.r2)))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  unsigned idx = (unsigned)ia64_gr(c, x->in.r3) & 0xff;
  ia64_pmu_sync(c, e->icount);
  if (from) {
    uint64_t v;
    if (pmd)
      v = is_counter(idx) ? ia64_pmu_pmd_visible(c->pmd[idx], c->pmc[idx], c->psr) : 0;
    else
      v = idx < IA64_PMU_FIRST + IA64_PMU_COUNT ? c->pmc[idx] : 0;
    ia64_gr_set(c, x->in.r1, v, false);
    return IA64_OK;
  }
  uint64_t v = ia64_gr(c, x->in.r2);
  if (pmd && is_counter(idx))
    c->pmd[idx] = ia64_pmu_pmd_written(idx, v);
  else if (!pmd && idx < IA64_PMU_FIRST + IA64_PMU_COUNT)
    c->pmc[idx] = ia64_pmu_pmc_written(idx, v);
  ia64_pmu_update(c);
  return IA64_OK;
}
