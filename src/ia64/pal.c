/* PAL procedures (Itanium SDM vol. 2 chapter 11, "Processor Abstraction
 * Layer"): the architected static and stacked calling conventions, and the
 * procedures this model implements. The values describe this model, not a
 * particular Itanium: the TLB of vm.h, one tick of ar.itc per instruction. */
#include "ia64/pal.h"

#include "ia64/interp.h"
#include "ia64/intr.h"
#include "ia64/pmu.h"
#include "ia64/vm.h"

enum {
  PAL_CACHE_FLUSH = 1, PAL_PTCE_INFO = 6, PAL_VM_INFO = 7, PAL_VM_SUMMARY = 8,
  PAL_FREQ_RATIOS = 14, PAL_PROC_GET_FEATURES = 17, PAL_VERSION = 20, PAL_HALT_LIGHT = 29,
  PAL_VM_PAGE_SIZE = 34, PAL_PERF_MON_INFO = 15,
};
enum { ST_OK = 0, ST_UNIMPLEMENTED = -1, ST_EINVAL = -2, ST_NO_FEATURE_SET = -8 };

typedef struct pal_proc {
  uint16_t index;
  const char *name;
} pal_proc;

static const pal_proc procs[] = {
    {PAL_CACHE_FLUSH, "PAL_CACHE_FLUSH"},   {PAL_PTCE_INFO, "PAL_PTCE_INFO"},
    {PAL_VM_INFO, "PAL_VM_INFO"},           {PAL_VM_SUMMARY, "PAL_VM_SUMMARY"},
    {PAL_FREQ_RATIOS, "PAL_FREQ_RATIOS"},   {PAL_PROC_GET_FEATURES, "PAL_PROC_GET_FEATURES"},
    {PAL_VERSION, "PAL_VERSION"},           {PAL_HALT_LIGHT, "PAL_HALT_LIGHT"},
    {PAL_VM_PAGE_SIZE, "PAL_VM_PAGE_SIZE"},   {PAL_PERF_MON_INFO, "PAL_PERF_MON_INFO"},
};

const char *ia64_pal_name(uint64_t index) {
  for (size_t i = 0; i < sizeof procs / sizeof procs[0]; i++)
    if (procs[i].index == index) return procs[i].name;
  return NULL;
}

bool ia64_pal_is_stacked(uint64_t index) {
  return (index >= 256 && index < 512) || (index >= 768 && index < 1024);
}

/* A ratio as PAL returns it: numerator in 63:32, denominator in 31:0. */
static uint64_t ratio(uint32_t num, uint32_t den) { return (uint64_t)num << 32 | den; }

ia64_pal_result ia64_pal_run(const ia64_cpu *c, uint64_t index, const uint64_t args[3]) {
  ia64_pal_result r = {.status = ST_OK};
  switch (index) {
  case PAL_VERSION: /* min and current version: PAL_B 1.0, PAL_A 1.0 */
    r.ret[0] = r.ret[1] = 0x0000010000000100ull;
    break;
  case PAL_FREQ_RATIOS: /* processor, bus and ITC to the base frequency: all 1/1 */
    r.ret[0] = r.ret[1] = r.ret[2] = ratio(1, 1);
    break;
  case PAL_VM_SUMMARY:
    /* vm_info_1: vw 0, phys_add_size 7:1, key_size 15:8, max_pkr 23:16,
     * hash_tag_id 31:24, max_dtr 39:32, max_itr 47:40, max_unique_tcs 55:48,
     * num_tc_levels 63:56; vm_info_2: impl_va_msb 7:0, rid_size 15:8,
     * max_purges 31:16. */
    r.ret[0] = 1 | (uint64_t)(IA64_IMPL_PA_MSB + 1) << 1 | (uint64_t)IA64_KEY_BITS << 8 |
               (uint64_t)(IA64_NPKR - 1) << 16 | (uint64_t)(IA64_NTR - 1) << 32 |
               (uint64_t)(IA64_NTR - 1) << 40 | 2ull << 48 | 1ull << 56;
    r.ret[1] = IA64_IMPL_VA_MSB | (uint64_t)IA64_RID_BITS << 8 | 0xffffull << 16;
    break;
  case PAL_VM_INFO: /* args: tc_level, tc_type (1 instruction, 2 data) */
    if (args[0] != 0 || (args[1] != 1 && args[1] != 2)) {
      r.status = ST_EINVAL;
      break;
    }
    /* num_sets 7:0, associativity 15:8, num_entries 31:16: fully associative */
    r.ret[0] = 1 | (uint64_t)IA64_NTC << 8 | (uint64_t)IA64_NTC << 16;
    r.ret[1] = IA64_PAGE_SIZES;
    break;
  case PAL_VM_PAGE_SIZE: /* insertable sizes, sizes the VHPT walker handles */
    r.ret[0] = r.ret[1] = IA64_PAGE_SIZES;
    break;
  case PAL_PTCE_INFO: /* one ptc.e purges the whole cache: base 0, counts 1, strides 0 */
    r.ret[0] = 0;
    r.ret[1] = ratio(1, 1);
    r.ret[2] = 0;
    break;
  case PAL_PROC_GET_FEATURES: /* args: reserved, feature_set; set 0 has no features here */
    if (args[1] != 0) r.status = ST_NO_FEATURE_SET;
    break;
  case PAL_CACHE_FLUSH: /* args: cache_type 1-3, operation; nothing to flush */
    if (args[0] < 1 || args[0] > 3) r.status = ST_EINVAL;
    break;
  case PAL_HALT_LIGHT:
    r.halt = true;
    break;
  case PAL_PERF_MON_INFO: /* args: pm_buffer (8-byte aligned); ia64_pal_proc fills it */
    if (args[0] & 7) r.status = ST_EINVAL;
    else r.ret[0] = ia64_pmu_info();
    break;
  default:
    r.status = ST_UNIMPLEMENTED;
    break;
  }
  (void)c;
  return r;
}

static void pal_event(vtsim_engine *e, ia64_cpu *c, uint64_t index, const uint64_t args[3],
                      int64_t status, bool stacked) {
  vtsim_event ev = {.kind = VTSIM_EV_PAL_CALL, .icount = e->icount, .pc = c->ip};
  ev.u.pal_call.index = index;
  ev.u.pal_call.name = ia64_pal_name(index);
  for (int i = 0; i < 3; i++) ev.u.pal_call.args[i] = args[i];
  ev.u.pal_call.status = status;
  ev.u.pal_call.stacked = stacked;
  vt_event_emit(e, &ev);
}

/* PAL_HALT_LIGHT: time runs on (ar.itc advances to cr.itm) until an
 * unmasked interrupt can be taken; with none possible the run stops. */
static void halt_light(vtsim_engine *e, ia64_cpu *c) {
  if (ia64_pending_vector(c) >= 0) return;
  if (c->itm_armed && !(c->cr[IA64_CR_ITV] & (1ull << 16))) {
    uint64_t itc = ia64_itc(e, c), itm = c->cr[IA64_CR_ITM];
    if ((int64_t)(itm - itc) > 0) c->ar[IA64_AR_ITC] += itm - itc;
    c->event_at = 0;
    return;
  }
  c->stop_reason = VTSIM_STOP_HALTED;
  c->attn = 1;
}

/* PAL_PERF_MON_INFO's 128-byte buffer of masks, stored as the caller's
 * loads would see it (its translation mode); an access that would fault
 * makes the call fail with -2 (unconfirmed: the SDM leaves it undefined). */
static int64_t perf_mon_buffer(vtsim_engine *e, ia64_cpu *c, uint64_t va) {
  uint64_t masks[16];
  ia64_pmu_info_masks(masks);
  for (unsigned i = 0; i < 16; i++) {
    if (ia64_write(e, c, va + 8 * i, 8, masks[i])) {
      c->fault = (ia64_fault){0};
      return ST_EINVAL;
    }
    ia64_alat_snoop(c, va + 8 * i, 8);
  }
  return ST_OK;
}

int ia64_pal_proc(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x) {
  (void)x;
  uint64_t index = ia64_gr(c, 28), args[3];
  bool stacked = ia64_pal_is_stacked(index);
  for (unsigned i = 0; i < 3; i++)
    args[i] = stacked ? (33 + i < c->frame_end ? ia64_gr(c, 33 + i) : 0) : ia64_gr(c, 29 + i);
  ia64_pal_result r = ia64_pal_run(c, index, args);
  if (index == PAL_PERF_MON_INFO && r.status == ST_OK) r.status = perf_mon_buffer(e, c, args[0]);
  ia64_gr_set(c, 8, (uint64_t)r.status, false);
  for (unsigned i = 0; i < 3; i++) ia64_gr_set(c, 9 + i, r.ret[i], false);
  if (r.status == ST_UNIMPLEMENTED && !ia64_pal_name(index)) e->counts.unimplemented++;
  if (vt_event_wanted(e, VTSIM_EV_PAL_CALL)) pal_event(e, c, index, args, r.status, stacked);
  if (r.halt) halt_light(e, c);
  uint64_t target = c->br[0];
  if (stacked) { /* return as br.ret does: the caller's frame from ar.pfs */
    ia64_cfm f = ia64_cfm_unpack(c->ar[IA64_AR_PFS]);
    if (ia64_rse_return(e, c, f)) return IA64_FAULT;
  }
  return ia64_branch_to(c, target);
}
