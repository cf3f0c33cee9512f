/* System-level and miscellaneous instructions: CPUID, RDTSC, port I/O,
 * interrupt-flag control, HLT, descriptor-table stores (x87 control:
 * exec_x87.c). Privileged instructions fault at CPL > 0 before anything
 * else (SDM vol. 3 5.9). Control registers and MSRs: exec_ctl.c; descriptor
 * tables: exec_desc.c. */
#include "prot.h"
#include "pc_ports.h"

static int done(ia32_cpu *c, uint32_t next) {
  c->eip = next;
  return 0;
}

static unsigned iopl(const ia32_cpu *c) { return (c->eflags & IA32_EFLAGS_IOPL) >> 12; }

static int op_cpuid(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)in;
  uint32_t r[4];
  ia32_cpuid(c->gpr[IA32_EAX], r);
  c->gpr[IA32_EAX] = r[0];
  c->gpr[IA32_EBX] = r[1];
  c->gpr[IA32_ECX] = r[2];
  c->gpr[IA32_EDX] = r[3];
  return done(c, next);
}

/* The time-stamp counter advances with retired instructions (deterministic
 * time, docs/platform.md); CR4.TSD makes RDTSC privileged (SDM vol. 2 RDTSC). */
static int op_rdtsc(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)in;
  if ((c->cr4 & 4) && c->cpl != 0) return ia32_raise_gp0(c);
  uint64_t tsc = ia32_tsc(e, c);
  c->gpr[IA32_EAX] = (uint32_t)tsc;
  c->gpr[IA32_EDX] = (uint32_t)(tsc >> 32);
  return done(c, next);
}

/* I/O protection (SDM vol. 1 19.5): CPL <= IOPL, else the TSS I/O
 * permission bitmap must clear every bit of the ports accessed. A 16-bit
 * TSS has no bitmap. Real mode and user mode's IOPL answer directly. */
static int io_allowed(vtsim_engine *e, ia32_cpu *c, uint16_t port, unsigned size) {
  if (c->cpl <= iopl(c) || !(c->cr0 & 1)) return 0;
  if (c->linux || ia32_ar_type(c->tr.ar) != IA32_SYS_TSS32_BUSY || c->tr.limit < 103)
    return ia32_raise_gp0(c);
  uint32_t base, bits;
  if (ia32_sys_read(e, c, c->tr.base + 102, 2, &base)) return -1;
  uint32_t at = base + port / 8u;
  if (at + 1 > c->tr.limit) return ia32_raise_gp0(c); /* both bytes must lie in the TSS */
  if (ia32_sys_read(e, c, c->tr.base + at, 2, &bits)) return -1;
  uint32_t mask = ((1u << size) - 1) << (port & 7);
  return bits & mask ? ia32_raise_gp0(c) : 0;
}

static int op_in_out(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  bool imm_port = in->form == IA32_FORM_AL_Ib || in->form == IA32_FORM_eAX_Ib ||
                  in->form == IA32_FORM_Ib_AL || in->form == IA32_FORM_Ib_eAX;
  uint16_t port = imm_port ? (uint16_t)(in->imm & 0xff) : (uint16_t)c->gpr[IA32_EDX];
  unsigned size = in->opsize;
  if (io_allowed(e, c, port, size)) return -1;
  if (in->op == IA32_OP_IN) {
    uint32_t v = ia32_port_in(e, c, c->eip, port, size);
    ia32_reg_set(c, IA32_EAX, size, v);
  } else {
    ia32_port_out(e, c, c->eip, port, size, ia32_reg_get(c, IA32_EAX, size));
  }
  return done(c, next);
}

static int op_ins_outs(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize, as = in->addrsize;
  if (io_allowed(e, c, (uint16_t)c->gpr[IA32_EDX], size)) return -1;
  int32_t step = (c->eflags & IA32_EFLAGS_DF) ? -(int32_t)size : (int32_t)size;
  bool rep = (in->prefixes & (IA32_PFX_REP | IA32_PFX_REPNE)) != 0;
  uint16_t port = (uint16_t)c->gpr[IA32_EDX];
  while (!rep || ia32_reg_get(c, IA32_ECX, as) != 0) {
    if (in->op == IA32_OP_INS) {
      uint32_t di = ia32_reg_get(c, IA32_EDI, as);
      if (ia32_seg_check(c, IA32_ES, di, size)) return -1;
      if (ia32_write(e, c, IA32_ES, di, size, ia32_port_in(e, c, c->eip, port, size))) return -1;
      ia32_reg_set(c, IA32_EDI, as, di + (uint32_t)step);
    } else {
      uint32_t si = ia32_reg_get(c, IA32_ESI, as), v;
      if (ia32_read(e, c, in->seg, si, size, &v)) return -1;
      ia32_port_out(e, c, c->eip, port, size, v);
      ia32_reg_set(c, IA32_ESI, as, si + (uint32_t)step);
    }
    if (!rep) break;
    ia32_reg_set(c, IA32_ECX, as, ia32_reg_get(c, IA32_ECX, as) - 1);
    if (c->stop_reason != VTSIM_STOP_NONE) break;
  }
  return done(c, next);
}

/* CLI/STI in protected mode: allowed when CPL <= IOPL, else #GP(0) (SDM vol.
 * 2 CLI; the virtual-interrupt extensions are not modelled: CR4.PVI = 0). */
static int op_cli_sti(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (c->cpl > iopl(c) && (c->cr0 & 1)) return ia32_raise_gp0(c);
  if (in->op == IA32_OP_CLI) {
    c->eflags &= ~IA32_EFLAGS_IF;
  } else if (!(c->eflags & IA32_EFLAGS_IF)) {
    c->eflags |= IA32_EFLAGS_IF;
    /* not before the next instruction (SDM vol. 2 STI) */
    ia32_inhibit_interrupts(e, c, IA32_SHADOW_STI);
    ia32_events_recheck(c);
  }
  return done(c, next);
}

/* HLT stops fetching until an interrupt (or NMI) arrives; the dispatch loop
 * waits (interp.c), and ends the run when nothing can ever wake it. */
static int op_hlt(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)in;
  if (c->cpl != 0) return ia32_raise_gp0(c);
  c->halted = true;
  ia32_events_recheck(c);
  return done(c, next);
}

static int op_ud2(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)in, (void)next;
  return ia32_raise_ud(c);
}

/* SGDT/SIDT/SLDT/STR/SMSW are not privileged (SDM vol. 3 2.8): any level may
 * read these registers — the "non-faulting access" the scenarios show. */
static int op_store_system(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (in->op == IA32_OP_SGDT || in->op == IA32_OP_SIDT) {
    bool gdt = in->op == IA32_OP_SGDT;
    uint32_t off = ia32_ea(c, in), base = gdt ? c->gdtr_base : c->idtr_base;
    if (in->opsize == 2) base &= 0x00ffffff; /* 16-bit operand size stores 24 bits */
    if (ia32_write(e, c, in->seg, off, 2, gdt ? c->gdtr_limit : c->idtr_limit) ||
        ia32_write(e, c, in->seg, off + 2, 4, base))
      return -1;
    return done(c, next);
  }
  uint32_t v = in->op == IA32_OP_SLDT ? c->ldtr.sel : in->op == IA32_OP_STR ? c->tr.sel : c->cr0;
  /* A register destination takes the operand size (SMSW r32 stores all of CR0
   * on P6: upper bits "undefined" in the SDM); memory always 16 bits. */
  if (in->mod == 3) ia32_reg_set(c, in->rm, in->opsize, in->op == IA32_OP_SMSW ? v : v & 0xffff);
  else if (ia32_write(e, c, in->seg, ia32_ea(c, in), 2, v)) return -1;
  return done(c, next);
}

const ia32_handler ia32_sys_handlers[IA32_OP_COUNT_] = {
    [IA32_OP_CPUID] = op_cpuid,        [IA32_OP_RDTSC] = op_rdtsc,
    [IA32_OP_IN] = op_in_out,          [IA32_OP_OUT] = op_in_out,
    [IA32_OP_INS] = op_ins_outs,       [IA32_OP_OUTS] = op_ins_outs,
    [IA32_OP_CLI] = op_cli_sti,        [IA32_OP_STI] = op_cli_sti,
    [IA32_OP_HLT] = op_hlt,            [IA32_OP_UD2] = op_ud2,
    [IA32_OP_SGDT] = op_store_system,  [IA32_OP_SIDT] = op_store_system,
    [IA32_OP_SLDT] = op_store_system,
    [IA32_OP_STR] = op_store_system,   [IA32_OP_SMSW] = op_store_system,
};
