/* Control registers, debug registers, MSRs, TLB and cache control, and the
 * fast system calls (SDM vol. 2 MOV CR/DR, LMSW, CLTS, INVLPG, INVD,
 * WBINVD, RDMSR, WRMSR, SYSENTER, SYSEXIT; vol. 3 2.5, 4.10, 17.2). All of
 * them are privileged: #GP(0) at CPL > 0 before anything else. */
#include "debug.h"
#include "paging.h"
#include "prot.h"

static int done(ia32_cpu *c, uint32_t next) {
  c->eip = next;
  return 0;
}

/* CR0: PE MP EM TS ET NE WP AM NW CD PG; ET reads as 1 (SDM vol. 3 2.5). */
enum { CR0_WRITABLE = 0xe005003fu, CR0_PE = 1, CR0_TS = 8, CR0_ET = 0x10, CR0_WP = 1u << 16,
       CR0_NW = 1u << 29, CR0_CD = 1u << 30, CR0_PG = 1u << 31 };
/* CR4 bits this processor has: TSD, DE, PSE, PGE (CPUID.1:EDX). */
enum { CR4_TSD = 4, CR4_DE = 8, CR4_PSE = 0x10, CR4_PGE = 0x80,
       CR4_SUPPORTED = CR4_TSD | CR4_DE | CR4_PSE | CR4_PGE };

int ia32_write_cr0(vtsim_engine *e, ia32_cpu *c, uint32_t v) {
  v = (v & CR0_WRITABLE) | CR0_ET;
  if ((v & CR0_PG) && !(v & CR0_PE)) return ia32_raise_gp0(c);
  if ((v & CR0_NW) && !(v & CR0_CD)) return ia32_raise_gp0(c);
  uint32_t changed = c->cr0 ^ v;
  c->cr0 = v;
  if (changed & CR0_PG) ia32_arch_tlb_flush(c, true); /* SDM vol. 3 4.10.4.1 */
  if (changed & IA32_CR0_AM) ia32_tlb_flush(c); /* alignment checking keeps the TLBs empty */
  if (changed & (CR0_PG | CR0_WP | CR0_PE)) {
    ia32_tlb_flush(c);
    ia32_icache_flush_mem(&e->mem, c); /* linear-to-physical or code size changed */
  }
  if (!(v & CR0_PE)) ia32_set_cpl(c, 0); /* real mode runs at privilege 0 */
  return 0;
}

static int write_cr4(vtsim_engine *e, ia32_cpu *c, uint32_t v) {
  if (v & ~(uint32_t)CR4_SUPPORTED) return ia32_raise_gp0(c);
  uint32_t changed = c->cr4 ^ v;
  c->cr4 = v;
  if (changed & (CR4_PSE | CR4_PGE)) { /* every translation, global ones too */
    ia32_arch_tlb_flush(c, true);
    ia32_tlb_flush(c);
    ia32_icache_flush_mem(&e->mem, c);
  }
  return 0;
}

static int op_mov_cr(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (c->cpl != 0) return ia32_raise_gp0(c);
  unsigned cr = in->reg;
  if (in->form == IA32_FORM_Rd_Cd) {
    uint32_t v = cr == 0 ? c->cr0 : cr == 2 ? c->cr2 : cr == 3 ? c->cr3 : c->cr4;
    c->gpr[in->rm] = v;
    return done(c, next);
  }
  uint32_t v = c->gpr[in->rm];
  int r = 0;
  switch (cr) {
  case 0: r = ia32_write_cr0(e, c, v); break;
  case 2: c->cr2 = v; break;
  case 3: ia32_load_cr3(e, c, v); break;
  default: r = write_cr4(e, c, v); break;
  }
  return r ? -1 : done(c, next);
}

/* LMSW loads PE, MP, EM and TS; it can set PE but never clear it. */
static int op_lmsw(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (c->cpl != 0) return ia32_raise_gp0(c);
  uint32_t v;
  if (ia32_rm_read(e, c, in, 2, &v)) return -1;
  uint32_t cr0 = (c->cr0 & ~0xeu) | (v & 0xf) | (c->cr0 & CR0_PE);
  if (ia32_write_cr0(e, c, cr0)) return -1;
  return done(c, next);
}

static int op_clts(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)in;
  if (c->cpl != 0) return ia32_raise_gp0(c);
  c->cr0 &= ~(uint32_t)CR0_TS;
  return done(c, next);
}

/* DR6 and DR7 with their fixed bits (SDM vol. 3 17.2.3-4, P6 family). */
enum { DR6_FIXED = 0xffff0ff0u, DR6_WRITABLE = 0xe00fu, DR6_BD = 1u << 13,
       DR7_FIXED = 0x400u, DR7_WRITABLE = 0xffff2bffu, DR7_GD = 1u << 13 };

static int op_mov_dr(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (c->cpl != 0) return ia32_raise_gp0(c);
  unsigned dr = in->reg;
  if ((dr == 4 || dr == 5) && (c->cr4 & CR4_DE)) return ia32_raise_ud(c);
  if (dr == 4 || dr == 5) dr += 2; /* aliases of DR6 and DR7 without CR4.DE */
  if (c->dr[7] & DR7_GD) { /* general detect: a fault before the access */
    c->dr[6] = (c->dr[6] & ~0xfu) | DR6_BD;
    c->dr[7] &= ~(uint32_t)DR7_GD;
    return ia32_raise(c, IA32_EXC_DB, false, 0);
  }
  if (in->form == IA32_FORM_Rd_Dd) {
    c->gpr[in->rm] = c->dr[dr];
    return done(c, next);
  }
  uint32_t v = c->gpr[in->rm];
  if (dr == 6) v = (v & DR6_WRITABLE) | DR6_FIXED;
  else if (dr == 7) v = (v & DR7_WRITABLE) | DR7_FIXED;
  c->dr[dr] = v;
  if (dr <= 3 || dr == 7) ia32_debug_update(c);
  return done(c, next);
}

static int op_invlpg(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (c->cpl != 0) return ia32_raise_gp0(c);
  ia32_invlpg(e, c, c->seg[in->seg].base + ia32_ea(c, in));
  return done(c, next);
}

/* No caches are modelled: memory is always coherent, so there is nothing
 * to write back or drop. */
static int op_cache(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)in;
  if (c->cpl != 0) return ia32_raise_gp0(c);
  return done(c, next);
}

/* ---- model-specific registers (SDM vol. 4 table 2-2) -------------------- */
enum { MSR_TSC = 0x10, MSR_APIC_BASE = 0x1b, MSR_FEATURE_CONTROL = 0x3a,
       MSR_SYSENTER_CS = 0x174, MSR_SYSENTER_ESP = 0x175, MSR_SYSENTER_EIP = 0x176 };
/* APIC base: BSP (bit 8), global enable (11), base 31:12 on a 32-bit
 * physical address space. */
enum { APIC_BASE_WRITABLE = 0xfffff900u };

uint64_t ia32_tsc(const vtsim_engine *e, const ia32_cpu *c) {
  return c->tsc_base + e->icount + c->idle;
}

static int read_msr(vtsim_engine *e, ia32_cpu *c, uint32_t msr, uint64_t *v) {
  switch (msr) {
  case MSR_TSC: *v = ia32_tsc(e, c); return 0;
  case MSR_APIC_BASE: *v = c->apic_base; return 0;
  case MSR_FEATURE_CONTROL: *v = c->feature_control; return 0;
  case MSR_SYSENTER_CS: *v = c->sysenter_cs; return 0;
  case MSR_SYSENTER_ESP: *v = c->sysenter_esp; return 0;
  case MSR_SYSENTER_EIP: *v = c->sysenter_eip; return 0;
  }
  return ia32_raise_gp0(c);
}

static int write_msr(vtsim_engine *e, ia32_cpu *c, uint32_t msr, uint64_t v) {
  switch (msr) {
  case MSR_TSC: c->tsc_base = v - e->icount - c->idle; return 0;
  case MSR_APIC_BASE:
    if (v & ~(uint64_t)APIC_BASE_WRITABLE) return ia32_raise_gp0(c);
    c->apic_base = v;
    return 0;
  case MSR_FEATURE_CONTROL: /* locked (bit 0) since reset: writes fault */
    if (c->feature_control & 1) return ia32_raise_gp0(c);
    c->feature_control = v;
    return 0;
  case MSR_SYSENTER_CS: c->sysenter_cs = (uint32_t)v; return 0;
  case MSR_SYSENTER_ESP: c->sysenter_esp = (uint32_t)v; return 0;
  case MSR_SYSENTER_EIP: c->sysenter_eip = (uint32_t)v; return 0;
  }
  return ia32_raise_gp0(c);
}

static int op_msr(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (c->cpl != 0) return ia32_raise_gp0(c);
  uint32_t msr = c->gpr[IA32_ECX];
  if (in->op == IA32_OP_RDMSR) {
    uint64_t v = 0;
    if (read_msr(e, c, msr, &v)) return -1;
    c->gpr[IA32_EAX] = (uint32_t)v;
    c->gpr[IA32_EDX] = (uint32_t)(v >> 32);
  } else if (write_msr(e, c, msr, (uint64_t)c->gpr[IA32_EDX] << 32 | c->gpr[IA32_EAX])) {
    return -1;
  }
  return done(c, next);
}

/* ---- SYSENTER / SYSEXIT: flat segments derived from IA32_SYSENTER_CS, no
 * descriptor is read (SDM vol. 2 SYSENTER) ---------------------------------- */
static ia32_seg flat_seg(uint16_t sel, unsigned type, unsigned dpl) {
  uint32_t ar = type | IA32_AR_S | dpl << 5 | IA32_AR_P | IA32_AR_DB | 1u << 15;
  return (ia32_seg){.sel = sel, .base = 0, .limit = 0xffffffffu, .ar = ar};
}

static int op_sysenter(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)in, (void)next;
  uint16_t cs = (uint16_t)c->sysenter_cs;
  if (!(c->cr0 & CR0_PE) || (cs & 0xfffc) == 0) return ia32_raise_gp0(c);
  c->seg[IA32_CS] = flat_seg(cs & 0xfffc, 0xb, 0);
  c->seg[IA32_SS] = flat_seg((uint16_t)((cs & 0xfffc) + 8), 0x3, 0);
  ia32_set_cpl(c, 0);
  c->gpr[IA32_ESP] = c->sysenter_esp;
  c->eip = c->sysenter_eip;
  c->eflags &= ~(IA32_EFLAGS_VM | IA32_EFLAGS_IF | IA32_EFLAGS_RF);
  return 0;
}

static int op_sysexit(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)in, (void)next;
  uint16_t cs = (uint16_t)c->sysenter_cs;
  if (!(c->cr0 & CR0_PE) || (cs & 0xfffc) == 0 || c->cpl != 0) return ia32_raise_gp0(c);
  c->seg[IA32_CS] = flat_seg((uint16_t)(((cs & 0xfffc) + 16) | 3), 0xb, 3);
  c->seg[IA32_SS] = flat_seg((uint16_t)(((cs & 0xfffc) + 24) | 3), 0x3, 3);
  ia32_set_cpl(c, 3);
  c->gpr[IA32_ESP] = c->gpr[IA32_ECX];
  c->eip = c->gpr[IA32_EDX];
  return 0;
}

const ia32_handler ia32_ctl_handlers[IA32_OP_COUNT_] = {
    [IA32_OP_MOV_CR] = op_mov_cr,     [IA32_OP_MOV_DR] = op_mov_dr,
    [IA32_OP_LMSW] = op_lmsw,         [IA32_OP_CLTS] = op_clts,
    [IA32_OP_INVLPG] = op_invlpg,     [IA32_OP_INVD] = op_cache,
    [IA32_OP_WBINVD] = op_cache,      [IA32_OP_RDMSR] = op_msr,
    [IA32_OP_WRMSR] = op_msr,         [IA32_OP_SYSENTER] = op_sysenter,
    [IA32_OP_SYSEXIT] = op_sysexit,
};
