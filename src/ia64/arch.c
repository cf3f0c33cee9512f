/* The IA-64 CPU model as the engine sees it (vt_arch_ops). */
#include <stdio.h>
#include <stdlib.h>

#include "ia64/interp.h"
#include "ia64/linux.h"
#include "ia64/pmu.h"

void ia64_run(vtsim_engine *e, uint64_t budget, vtsim_stop *stop);
size_t ia64_unimplemented_names(const ia64_cpu *c, char *out, size_t outlen);

static void on_code_write(void *ctx, uint64_t paddr, size_t len) {
  (void)paddr, (void)len;
  vtsim_engine *e = ctx;
  ia64_icache_flush(&e->mem, ia64_of(e));
}

static vtsim_err ia64_init(vtsim_engine *e) {
  ia64_cpu *c = ia64_of(e);
  c->icache = calloc(IA64_ICACHE_SIZE, sizeof *c->icache);
  if (!c->icache) return VTSIM_ERR_NOMEM;
  c->icache_epoch = 1;
  e->mem.on_code_write = on_code_write;
  e->mem.code_write_ctx = e;
  ia64_rse_reset(c, 0);
  return VTSIM_OK;
}

static void ia64_fini(vtsim_engine *e) {
  ia64_cpu *c = ia64_of(e);
  ia64_linux_free(c->linux);
  free(c->icache);
}

/* The architectural reset values every boot starts from: f0 = +0.0,
 * f1 = +1.0, p0 = 1 (vol. 1 3.1), the FPSR Linux and Ski use. */
static void reset_registers(ia64_cpu *c) {
  memset(c->gr, 0, sizeof c->gr);
  memset(c->nat, 0, sizeof c->nat);
  memset(c->fr, 0, sizeof c->fr);
  memset(c->pr, 0, sizeof c->pr);
  memset(c->br, 0, sizeof c->br);
  memset(c->ar, 0, sizeof c->ar);
  memset(c->cr, 0, sizeof c->cr);
  memset(c->bank, 0, sizeof c->bank);
  memset(c->bank_nat, 0, sizeof c->bank_nat);
  memset(c->rr, 0, sizeof c->rr);
  memset(c->pkr, 0, sizeof c->pkr);
  memset(c->itr, 0, sizeof c->itr);
  memset(c->dtr, 0, sizeof c->dtr);
  memset(c->itc, 0, sizeof c->itc);
  memset(c->dtc, 0, sizeof c->dtc);
  memset(c->irr, 0, sizeof c->irr);
  memset(c->isv, 0, sizeof c->isv);
  c->itm_armed = 0;
  c->event_at = UINT64_MAX;
  /* ITV, PMV, CMCV and the LRRs come out of reset masked (vol. 2 5.8.3) */
  c->cr[IA64_CR_ITV] = c->cr[IA64_CR_PMV] = c->cr[IA64_CR_CMCV] = 1ull << 16;
  c->cr[IA64_CR_LRR0] = c->cr[IA64_CR_LRR1] = 1ull << 16;
  c->fr[1] = (ia64_fr){.sig = 1ull << 63, .exp = IA64_FR_BIAS};
  c->pr[0] = 1;
  c->ar[IA64_AR_FPSR] = IA64_FPSR_DEFAULT;
  ia64_alat_clear(c);
  ia64_pmu_reset(c);
}

static vtsim_err ia64_boot(vtsim_engine *e, uint64_t entry, int argc, char *const argv[],
                           char *const envp[]) {
  ia64_cpu *c = ia64_of(e);
  ia64_linux_free(c->linux);
  c->linux = NULL;
  c->uspace = NULL;
  reset_registers(c);
  c->ip = entry & ~UINT64_C(15);
  c->slot = 0;
  ia64_tlb_flush(c);
  ia64_icache_flush(&e->mem, c);
  if (e->cfg.mode == VTSIM_MODE_SYSTEM) {
    /* docs/platform.md "ski": cpl 0, ic/i off, physical addressing, bank
     * 1; r12 a stack 16 bytes below the top of RAM, the backing store in
     * the MiB below the stack's, growing up. */
    c->psr = IA64_PSR_BN;
    uint64_t top = e->cfg.ram_bytes ? e->cfg.ram_bytes : (1ull << 20);
    ia64_rse_reset(c, top > (2ull << 20) ? top - (2ull << 20) : 0);
    c->gr[12] = top - 16;
    return VTSIM_OK;
  }
  /* Linux start_thread: eager RSE at pl 3, translation and interruption
   * collection on, cpl 3. */
  c->psr = IA64_PSR_IC | IA64_PSR_I | IA64_PSR_DT | IA64_PSR_RT | IA64_PSR_IT | IA64_PSR_BN |
           3ull << IA64_PSR_CPL_SHIFT;
  uint64_t sp, bsp;
  vtsim_err err = ia64_linux_start(e, argc, argv, envp, &c->linux, &sp, &bsp);
  if (err) return err;
  c->uspace = ia64_linux_uspace(c->linux);
  ia64_rse_reset(c, bsp);
  c->ar[IA64_AR_RSC] = 0xf;
  c->gr[12] = sp;
  return VTSIM_OK;
}

/* ---- registers by public id ----------------------------------------------------------------- */

static vtsim_err ia64_reg_read(vtsim_engine *e, int reg, uint64_t *value) {
  ia64_cpu *c = ia64_of(e);
  if (reg >= VTSIM_IA64_GR0 && reg < VTSIM_IA64_FR0)
    *value = ia64_gr(c, (unsigned)(reg - VTSIM_IA64_GR0));
  else if (reg >= VTSIM_IA64_FR0 && reg < VTSIM_IA64_PR0)
    *value = ia64_fr_get(c, (unsigned)(reg - VTSIM_IA64_FR0)).sig;
  else if (reg >= VTSIM_IA64_PR0 && reg < VTSIM_IA64_BR0)
    *value = ia64_pr(c, (unsigned)(reg - VTSIM_IA64_PR0));
  else if (reg >= VTSIM_IA64_BR0 && reg < VTSIM_IA64_AR0)
    *value = c->br[reg - VTSIM_IA64_BR0];
  else if (reg >= VTSIM_IA64_AR0 && reg < VTSIM_IA64_CR0) {
    unsigned n = (unsigned)(reg - VTSIM_IA64_AR0);
    *value = c->ar[n] + (n == IA64_AR_ITC || n == IA64_AR_RUC ? e->icount : 0);
  } else if (reg >= VTSIM_IA64_CR0 && reg < VTSIM_IA64_IP)
    *value = c->cr[reg - VTSIM_IA64_CR0];
  else if (reg == VTSIM_IA64_IP)
    *value = c->ip;
  else if (reg == VTSIM_IA64_SLOT)
    *value = c->slot;
  else if (reg == VTSIM_IA64_PSR)
    *value = c->psr;
  else if (reg == VTSIM_IA64_CFM)
    *value = ia64_cfm_pack(&c->cfm);
  else if (reg == VTSIM_IA64_PRS)
    *value = ia64_pr_word(c);
  else
    return VTSIM_ERR_REG;
  return VTSIM_OK;
}

/* r0, f0, f1, p0, the control registers and CFM (whose change needs the
 * RSE) are not writable through the API. */
static vtsim_err ia64_reg_write(vtsim_engine *e, int reg, uint64_t value) {
  ia64_cpu *c = ia64_of(e);
  if (reg > VTSIM_IA64_GR0 && reg < VTSIM_IA64_FR0) {
    unsigned r = (unsigned)(reg - VTSIM_IA64_GR0);
    if (r >= c->frame_end) return VTSIM_ERR_MODE;
    ia64_gr_set(c, r, value, false);
  } else if (reg >= VTSIM_IA64_FR0 + 2 && reg < VTSIM_IA64_PR0) {
    *ia64_frp(c, (unsigned)(reg - VTSIM_IA64_FR0)) =
        (ia64_fr){.sig = value, .exp = IA64_FR_EXP_INT};
  } else if (reg > VTSIM_IA64_PR0 && reg < VTSIM_IA64_BR0) {
    ia64_pr_set(c, (unsigned)(reg - VTSIM_IA64_PR0), value & 1);
  } else if (reg >= VTSIM_IA64_BR0 && reg < VTSIM_IA64_AR0) {
    c->br[reg - VTSIM_IA64_BR0] = value;
  } else if (reg >= VTSIM_IA64_AR0 && reg < VTSIM_IA64_CR0) {
    unsigned n = (unsigned)(reg - VTSIM_IA64_AR0);
    c->ar[n] = value - (n == IA64_AR_ITC || n == IA64_AR_RUC ? e->icount : 0);
  } else if (reg == VTSIM_IA64_IP) {
    c->ip = value & ~UINT64_C(15);
    c->slot = 0;
  } else if (reg == VTSIM_IA64_SLOT) {
    if (value > 2) return VTSIM_ERR_ARG;
    c->slot = (uint8_t)value;
  } else if (reg == VTSIM_IA64_PSR) {
    c->psr = value;
  } else if (reg == VTSIM_IA64_PRS) {
    ia64_pr_load(c, value, ~1ull);
  } else if (reg >= VTSIM_IA64_GR0 && reg < VTSIM_IA64_REG_END_) {
    return VTSIM_ERR_MODE;
  } else {
    return VTSIM_ERR_REG;
  }
  return VTSIM_OK;
}

/* Register names by id: r0-r127, f0-f127, p0-p63, b0-b7, the named ARs. */
#define D1(F, t, ts)                                                                               \
  F(t * 10 + 0, ts "0"), F(t * 10 + 1, ts "1"), F(t * 10 + 2, ts "2"), F(t * 10 + 3, ts "3"),      \
      F(t * 10 + 4, ts "4"), F(t * 10 + 5, ts "5"), F(t * 10 + 6, ts "6"), F(t * 10 + 7, ts "7"),  \
      F(t * 10 + 8, ts "8"), F(t * 10 + 9, ts "9")
#define D0_63(F)                                                                                   \
  F(0, "0"), F(1, "1"), F(2, "2"), F(3, "3"), F(4, "4"), F(5, "5"), F(6, "6"), F(7, "7"),          \
      F(8, "8"), F(9, "9"), D1(F, 1, "1"), D1(F, 2, "2"), D1(F, 3, "3"), D1(F, 4, "4"),            \
      D1(F, 5, "5"), F(60, "60"), F(61, "61"), F(62, "62"), F(63, "63")
#define D0_127(F)                                                                                  \
  D0_63(F), F(64, "64"), F(65, "65"), F(66, "66"), F(67, "67"), F(68, "68"), F(69, "69"),          \
      D1(F, 7, "7"), D1(F, 8, "8"), D1(F, 9, "9"), D1(F, 10, "10"), D1(F, 11, "11"),               \
      F(120, "120"), F(121, "121"), F(122, "122"), F(123, "123"), F(124, "124"), F(125, "125"),    \
      F(126, "126"), F(127, "127")
#define GR(n, s) {"r" s, VTSIM_IA64_GR0 + (n)}
#define FR(n, s) {"f" s, VTSIM_IA64_FR0 + (n)}
#define PR(n, s) {"p" s, VTSIM_IA64_PR0 + (n)}
#define AR(n, name) {"ar." name, VTSIM_IA64_AR0 + (n)}

static const vt_reg_desc ia64_regs[] = {
    D0_127(GR),
    D0_127(FR),
    D0_63(PR),
    {"b0", VTSIM_IA64_BR0},
    {"b1", VTSIM_IA64_BR0 + 1},
    {"b2", VTSIM_IA64_BR0 + 2},
    {"b3", VTSIM_IA64_BR0 + 3},
    {"b4", VTSIM_IA64_BR0 + 4},
    {"b5", VTSIM_IA64_BR0 + 5},
    {"b6", VTSIM_IA64_BR0 + 6},
    {"b7", VTSIM_IA64_BR0 + 7},
    AR(0, "k0"),
    AR(1, "k1"),
    AR(2, "k2"),
    AR(3, "k3"),
    AR(4, "k4"),
    AR(5, "k5"),
    AR(6, "k6"),
    AR(7, "k7"),
    AR(16, "rsc"),
    AR(17, "bsp"),
    AR(18, "bspstore"),
    AR(19, "rnat"),
    AR(25, "csd"),
    AR(26, "ssd"),
    AR(32, "ccv"),
    AR(36, "unat"),
    AR(40, "fpsr"),
    AR(44, "itc"),
    AR(64, "pfs"),
    AR(65, "lc"),
    AR(66, "ec"),
    {"ip", VTSIM_IA64_IP},
    {"slot", VTSIM_IA64_SLOT},
    {"psr", VTSIM_IA64_PSR},
    {"cfm", VTSIM_IA64_CFM},
    {"pr", VTSIM_IA64_PRS},
    {NULL, 0},
};

static unsigned ia64_cpl_of(const vtsim_engine *e) {
  return ia64_cpl((const ia64_cpu *)e->cpu);
}

static size_t ia64_unimplemented(const vtsim_engine *e, char *out, size_t outlen) {
  const ia64_cpu *c = e->cpu;
  size_t n = ia64_unimplemented_names(c, out, outlen);
  if (c->linux && n + 2 < outlen) {
    size_t m = ia64_linux_unimplemented_report(c->linux, out + n + (n ? 2 : 0),
                                               outlen - n - (n ? 2 : 0));
    if (m && n) out[n] = ';', out[n + 1] = ' ';
    n += m ? m + (n ? 2 : 0) : 0;
  }
  return n;
}

const vt_arch_ops vt_ia64_ops = {
    .arch = VTSIM_ARCH_IA64,
    .name = "ia64",
    .cpu_size = sizeof(ia64_cpu),
    .max_insn_bytes = 16,
    .init = ia64_init,
    .fini = ia64_fini,
    .boot = ia64_boot,
    .run = ia64_run,
    .reg_read = ia64_reg_read,
    .reg_write = ia64_reg_write,
    .regs = ia64_regs,
    .disasm = ia64_disasm,
    .cpl = ia64_cpl_of,
    .unimplemented_report = ia64_unimplemented,
};
