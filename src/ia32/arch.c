/* The IA-32 CPU model as the engine sees it (vt_arch_ops). */
#include <stdio.h>
#include <stdlib.h>

#include "disasm.h"
#include "interp.h"
#include "linux.h"
#include "paging.h"
#include "pc_devices.h"

void ia32_run(vtsim_engine *e, uint64_t budget, vtsim_stop *stop);
size_t ia32_unimplemented_names(const ia32_cpu *c, char *out, size_t outlen);

/* Flat 4 GiB segments (docs/platform.md): access rights in the VMCS layout. */
enum { AR_CODE_RING0 = 0xc09b, AR_DATA_RING0 = 0xc093, AR_CODE_RING3 = 0xc0fb,
       AR_DATA_RING3 = 0xc0f3 };
/* Linux i386 user segments: GDT entries 14 and 15 (selectors 0x73, 0x7b). */
enum { LINUX_USER_CS = 0x73, LINUX_USER_DS = 0x7b };

static void on_code_write(void *ctx, uint64_t paddr, size_t len) {
  (void)paddr, (void)len;
  vtsim_engine *e = ctx;
  ia32_icache_flush_mem(&e->mem, ia32_of(e));
}

static vtsim_err ia32_init(vtsim_engine *e) {
  ia32_cpu *c = ia32_of(e);
  c->blocks = calloc(IA32_BLOCK_CACHE_SIZE, sizeof *c->blocks);
  c->pool = calloc(IA32_POOL_INSNS, sizeof *c->pool);
  if (!c->blocks || !c->pool) return VTSIM_ERR_NOMEM;
  c->icache_epoch = 1;
  e->mem.on_code_write = on_code_write;
  e->mem.code_write_ctx = e;
  const char *why;
  /* User mode: the whole 4 GiB linear space is backed (sparsely); the
   * process's mappings decide what the guest may touch. */
  if (e->cfg.mode == VTSIM_MODE_USER && vt_mem_map(&e->mem, 0, 1ull << 32, &why))
    return VTSIM_ERR_NOMEM;
  return VTSIM_OK;
}

static void ia32_fini(vtsim_engine *e) {
  ia32_cpu *c = ia32_of(e);
  ia32_linux_free(c->linux);
  free(c->blocks);
  free(c->pool);
}

static ia32_seg flat(uint16_t sel, uint32_t ar) {
  return (ia32_seg){.sel = sel, .base = 0, .limit = 0xffffffffu, .ar = ar};
}

/* A flat descriptor for the emulated Linux GDT (SDM vol. 3 3.4.5). */
static uint64_t flat_descriptor(uint32_t ar) {
  return 0xffffull | 0xfull << 48 | (uint64_t)(ar & 0xf0ff) << 40;
}

static vtsim_err ia32_boot(vtsim_engine *e, uint64_t entry, int argc, char *const argv[],
                           char *const envp[]) {
  ia32_cpu *c = ia32_of(e);
  ia32_linux_free(c->linux);
  c->linux = NULL;
  c->uspace = NULL;
  memset(c->gpr, 0, sizeof c->gpr);
  c->eip = (uint32_t)entry;
  ia32_x87_init(&c->x87);
  c->ldtr = c->tr = (ia32_seg){.ar = IA32_AR_UNUSABLE};
  c->cr2 = c->cr3 = c->cr4 = 0;
  c->gdtr_base = c->idtr_base = 0;
  c->gdtr_limit = c->idtr_limit = 0xffff; /* as after reset (SDM vol. 3 table 9-1) */
  memset(c->dr, 0, sizeof c->dr);
  c->dr[6] = 0xffff0ff0u;
  c->dr[7] = 0x400;
  c->sysenter_cs = c->sysenter_esp = c->sysenter_eip = 0;
  c->apic_base = 0xfee00900u; /* BSP, enabled, at 0xFEE00000 */
  c->feature_control = 5;     /* locked, VMX outside SMX (docs/platform.md) */
  c->tsc_base = 0;
  c->idle = 0;
  c->event_at = 0;
  c->inhibit_until = 0;
  c->shadow = 0;
  c->nmi_pending = c->nmi_blocked = false;
  c->halted = false;
  c->implicit_sv = false;
  ia32_pic_reset(c);
  ia32_pit_reset(c);
  ia32_arch_tlb_flush(c, true);
  ia32_tlb_flush(c);
  ia32_icache_flush_mem(&e->mem, c);
  if (e->cfg.mode == VTSIM_MODE_SYSTEM) {
    /* Flat 32-bit protected mode at ring 0, paging off (docs/platform.md). */
    c->cpl = 0;
    c->cr0 = 0x11; /* PE, ET */
    c->seg[IA32_CS] = flat(0x08, AR_CODE_RING0);
    for (unsigned s = 0; s < 6; s++)
      if (s != IA32_CS) c->seg[s] = flat(0x10, AR_DATA_RING0);
    ia32_set_eflags(c, IA32_EFLAGS_FIXED);
    return VTSIM_OK;
  }
  c->cpl = 3;
  c->cr0 = 0x80000011u; /* PE, ET, PG: a Linux process runs with paging on */
  c->user_gdt[LINUX_USER_CS >> 3] = flat_descriptor(AR_CODE_RING3);
  c->user_gdt[LINUX_USER_DS >> 3] = flat_descriptor(AR_DATA_RING3);
  c->seg[IA32_CS] = flat(LINUX_USER_CS, AR_CODE_RING3);
  c->seg[IA32_SS] = c->seg[IA32_DS] = c->seg[IA32_ES] = flat(LINUX_USER_DS, AR_DATA_RING3);
  c->seg[IA32_FS] = c->seg[IA32_GS] = (ia32_seg){.ar = IA32_AR_UNUSABLE};
  ia32_set_eflags(c, IA32_EFLAGS_FIXED | IA32_EFLAGS_IF);
  uint32_t esp;
  vtsim_err err =
      ia32_linux_start(e, ia32_cpuid_features(), argc, argv, envp, &c->linux, &esp);
  if (err) return err;
  c->uspace = ia32_linux_uspace(c->linux);
  c->gpr[IA32_ESP] = esp;
  return VTSIM_OK;
}

/* Registers by public id: where each lives in the state block. */
static uint32_t *reg_slot(ia32_cpu *c, int reg) {
  if (reg >= VTSIM_IA32_EAX && reg <= VTSIM_IA32_EDI) return &c->gpr[reg - VTSIM_IA32_EAX];
  switch (reg) {
  case VTSIM_IA32_EIP: return &c->eip;
  case VTSIM_IA32_CR0: return &c->cr0;
  case VTSIM_IA32_CR2: return &c->cr2;
  case VTSIM_IA32_CR3: return &c->cr3;
  case VTSIM_IA32_CR4: return &c->cr4;
  }
  return NULL;
}

static vtsim_err ia32_reg_read(vtsim_engine *e, int reg, uint64_t *value) {
  ia32_cpu *c = ia32_of(e);
  uint32_t *slot = reg_slot(c, reg);
  if (slot) *value = *slot;
  else if (reg == VTSIM_IA32_EFLAGS) *value = ia32_get_eflags(c);
  else if (reg >= VTSIM_IA32_ES && reg <= VTSIM_IA32_GS) *value = c->seg[reg - VTSIM_IA32_ES].sel;
  else if (reg == VTSIM_IA32_CPL) *value = c->cpl;
  else return VTSIM_ERR_REG;
  return VTSIM_OK;
}

/* Segment registers, CPL and the control registers are not writable through
 * the API: their hidden state must come from the architecture. */
static vtsim_err ia32_reg_write(vtsim_engine *e, int reg, uint64_t value) {
  ia32_cpu *c = ia32_of(e);
  if (reg >= VTSIM_IA32_EAX && reg <= VTSIM_IA32_EIP) *reg_slot(c, reg) = (uint32_t)value;
  else if (reg == VTSIM_IA32_EFLAGS) ia32_set_eflags(c, (uint32_t)value);
  else if (reg >= VTSIM_IA32_ES && reg <= VTSIM_IA32_CPL) return VTSIM_ERR_MODE;
  else return VTSIM_ERR_REG;
  return VTSIM_OK;
}

static const vt_reg_desc ia32_regs[] = {
    {"eax", VTSIM_IA32_EAX}, {"ecx", VTSIM_IA32_ECX}, {"edx", VTSIM_IA32_EDX},
    {"ebx", VTSIM_IA32_EBX}, {"esp", VTSIM_IA32_ESP}, {"ebp", VTSIM_IA32_EBP},
    {"esi", VTSIM_IA32_ESI}, {"edi", VTSIM_IA32_EDI}, {"eip", VTSIM_IA32_EIP},
    {"eflags", VTSIM_IA32_EFLAGS}, {"es", VTSIM_IA32_ES}, {"cs", VTSIM_IA32_CS},
    {"ss", VTSIM_IA32_SS}, {"ds", VTSIM_IA32_DS}, {"fs", VTSIM_IA32_FS},
    {"gs", VTSIM_IA32_GS}, {"cr0", VTSIM_IA32_CR0}, {"cr2", VTSIM_IA32_CR2},
    {"cr3", VTSIM_IA32_CR3}, {"cr4", VTSIM_IA32_CR4}, {"cpl", VTSIM_IA32_CPL},
    {NULL, 0},
};

static unsigned ia32_cpl(const vtsim_engine *e) { return ((const ia32_cpu *)e->cpu)->cpl; }

static size_t ia32_unimplemented(const vtsim_engine *e, char *out, size_t outlen) {
  const ia32_cpu *c = e->cpu;
  size_t n = ia32_unimplemented_names(c, out, outlen);
  if (c->linux && n + 2 < outlen) {
    size_t m = ia32_linux_unimplemented_report(c->linux, out + n + (n ? 2 : 0), outlen - n - 2);
    if (m && n) out[n] = ';', out[n + 1] = ' ';
    n += m ? m + (n ? 2 : 0) : 0;
  }
  return n;
}

const vt_arch_ops vt_ia32_ops = {
    .arch = VTSIM_ARCH_IA32,
    .name = "ia32",
    .cpu_size = sizeof(ia32_cpu),
    .max_insn_bytes = IA32_MAX_INSN_LEN,
    .init = ia32_init,
    .fini = ia32_fini,
    .boot = ia32_boot,
    .run = ia32_run,
    .reg_read = ia32_reg_read,
    .reg_write = ia32_reg_write,
    .regs = ia32_regs,
    .disasm = ia32_disasm,
    .cpl = ia32_cpl,
    .unimplemented_report = ia32_unimplemented,
    .nmi = ia32_nmi,
};
