/* The toy CPU model (see toy_cpu.h). */
#include "toy_cpu.h"

#include <stdio.h>
#include <string.h>

typedef struct toy_cpu {
  uint32_t pc;
  uint8_t a;
} toy_cpu;

static vtsim_err toy_init(vtsim_engine *e) {
  (void)e;
  return VTSIM_OK;
}

static void toy_fini(vtsim_engine *e) { (void)e; }

static vtsim_err toy_boot(vtsim_engine *e, uint64_t entry, int argc, char *const argv[],
                          char *const envp[]) {
  (void)argc, (void)argv, (void)envp;
  ((toy_cpu *)e->cpu)->pc = (uint32_t)entry;
  return VTSIM_OK;
}

static uint8_t fetch(vtsim_engine *e, uint32_t at) {
  uint8_t b = 0xff;
  vt_mem_read_bus(&e->mem, at, &b, 1);
  return b;
}

static uint32_t fetch32(vtsim_engine *e, uint32_t at) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; i--) v = v << 8 | fetch(e, at + (uint32_t)i);
  return v;
}

static void toy_run(vtsim_engine *e, uint64_t budget, vtsim_stop *stop) {
  toy_cpu *c = e->cpu;
  for (uint64_t n = 0;; n++) {
    if (e->stop_requested) {
      stop->reason = VTSIM_STOP_REQUESTED;
      break;
    }
    if (budget && n == budget) {
      stop->reason = VTSIM_STOP_BUDGET;
      break;
    }
    uint32_t pc = c->pc;
    uint8_t op = fetch(e, pc);
    if (vt_event_wanted(e, VTSIM_EV_INSN)) {
      vtsim_event ev = {.kind = VTSIM_EV_INSN, .icount = e->icount, .pc = pc};
      ev.u.insn.len = 1;
      ev.u.insn.bytes[0] = op;
      vt_event_emit(e, &ev);
    }
    c->pc = pc + 1;
    switch (op) {
    case TOY_EXIT:
      e->icount++;
      stop->reason = VTSIM_STOP_EXIT;
      stop->exit_status = c->a;
      stop->pc = pc;
      return;
    case TOY_SET_A:
      c->a = fetch(e, pc + 1);
      c->pc = pc + 2;
      break;
    case TOY_PUTC:
      vt_console_putc(e, c->a);
      break;
    case TOY_JMP:
      c->pc = fetch32(e, pc + 1);
      break;
    case TOY_OUT: {
      e->counts.io++;
      vtsim_event ev = {.kind = VTSIM_EV_IO, .icount = e->icount, .pc = pc};
      ev.u.io.port = fetch(e, pc + 1);
      ev.u.io.size = 1;
      ev.u.io.write = 1;
      ev.u.io.value = c->a;
      if (vt_event_wanted(e, VTSIM_EV_IO)) vt_event_emit(e, &ev);
      c->pc = pc + 2;
      break;
    }
    case TOY_FAULT: {
      e->counts.exceptions++;
      vtsim_event ev = {.kind = VTSIM_EV_EXCEPTION, .icount = e->icount, .pc = pc};
      ev.u.exception.vector = fetch(e, pc + 1);
      ev.u.exception.name = "#TOY";
      ev.u.exception.has_error_code = 1;
      ev.u.exception.error_code = 0x10;
      if (vt_event_wanted(e, VTSIM_EV_EXCEPTION)) vt_event_emit(e, &ev);
      c->pc = pc + 2;
      break;
    }
    case TOY_LOAD: {
      uint32_t addr = fetch32(e, pc + 1);
      if (vt_mem_read_bus(&e->mem, addr, &c->a, 1)) vt_open_bus(e, pc, addr, 1, false);
      c->pc = pc + 5;
      break;
    }
    case TOY_NOP:
      break;
    default:
      e->counts.unimplemented++;
      stop->reason = VTSIM_STOP_SHUTDOWN;
      stop->pc = pc;
      return;
    }
    e->icount++;
  }
  stop->pc = c->pc;
}

static vtsim_err toy_reg_read(vtsim_engine *e, int reg, uint64_t *value) {
  toy_cpu *c = e->cpu;
  if (reg == 1) *value = c->pc;
  else if (reg == 2) *value = c->a;
  else return VTSIM_ERR_REG;
  return VTSIM_OK;
}

static vtsim_err toy_reg_write(vtsim_engine *e, int reg, uint64_t value) {
  toy_cpu *c = e->cpu;
  if (reg == 1) c->pc = (uint32_t)value;
  else if (reg == 2) c->a = (uint8_t)value;
  else return VTSIM_ERR_REG;
  return VTSIM_OK;
}

static unsigned toy_disasm(const uint8_t *bytes, size_t len, uint64_t addr, unsigned slot,
                           char *out, size_t outlen) {
  (void)addr, (void)slot;
  static const char *const names[] = {"exit", "set", "putc", "jmp", "out", "fault", "load", "nop"};
  if (!len || bytes[0] > TOY_NOP) return 0;
  snprintf(out, outlen, "%s", names[bytes[0]]);
  return 1;
}

static unsigned toy_cpl(const vtsim_engine *e) {
  (void)e;
  return 0;
}

static const vt_reg_desc toy_regs[] = {{"pc", 1}, {"a", 2}, {NULL, 0}};

const vt_arch_ops toy_ops = {
    .arch = VTSIM_ARCH_IA32, /* it has to claim one; tests never mix it up */
    .name = "toy",
    .cpu_size = sizeof(toy_cpu),
    .max_insn_bytes = 5,
    .init = toy_init,
    .fini = toy_fini,
    .boot = toy_boot,
    .run = toy_run,
    .reg_read = toy_reg_read,
    .reg_write = toy_reg_write,
    .regs = toy_regs,
    .disasm = toy_disasm,
    .cpl = toy_cpl,
};

vtsim_engine *toy_open(const vtsim_config *cfg) {
  vtsim_config c;
  vtsim_config_default(&c);
  c.ram_bytes = 1 << 20;
  c.console_fd = -1;
  if (cfg) c = *cfg;
  vtsim_engine *e;
  return vt_engine_open(&toy_ops, &c, &e) == VTSIM_OK ? e : NULL;
}

void toy_load(vtsim_engine *e, const uint8_t *code, size_t len) {
  vtsim_mem_write(e, 0, code, len);
  vtsim_boot(e, 0, 0, NULL, NULL);
}
