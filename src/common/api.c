/* The public engine API (include/vtsim/vtsim.h) over the CPU models. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "trace_internal.h"

#define DEFAULT_RAM_BYTES (256ull << 20)

const char *vtsim_version(void) { return VTSIM_VERSION_STRING; }

const char *vtsim_strerror(vtsim_err err) {
  static const char *const text[VTSIM_ERR_COUNT_] = {
      [VTSIM_OK] = "success",
      [VTSIM_ERR_NOMEM] = "out of host memory",
      [VTSIM_ERR_ARG] = "invalid argument",
      [VTSIM_ERR_ARCH] = "architecture unknown or not built into this vtsim",
      [VTSIM_ERR_MODE] = "operation not valid in this state",
      [VTSIM_ERR_MAP] = "memory region overlaps, is misaligned or too large",
      [VTSIM_ERR_UNMAPPED] = "physical address range has no RAM",
      [VTSIM_ERR_REG] = "unknown register",
      [VTSIM_ERR_HOOK] = "unknown hook or hook table full",
      [VTSIM_ERR_IMAGE] = "guest image is malformed or does not fit",
      [VTSIM_ERR_IO] = "host file operation failed",
      [VTSIM_ERR_TRACE] = "trace is malformed",
      [VTSIM_ERR_UNSUPPORTED] = "not implemented in this build",
  };
  if ((unsigned)err >= VTSIM_ERR_COUNT_) return "unknown error code";
  return text[err];
}

static const char *const arch_names[] = {[VTSIM_ARCH_IA32] = "ia32", [VTSIM_ARCH_IA64] = "ia64"};

const char *vtsim_arch_name(vtsim_arch arch) {
  if (arch == VTSIM_ARCH_IA32 || arch == VTSIM_ARCH_IA64) return arch_names[arch];
  return "none";
}

vtsim_arch vtsim_arch_from_name(const char *name) {
  for (int a = VTSIM_ARCH_IA32; a <= VTSIM_ARCH_IA64; a++)
    if (name && strcmp(name, arch_names[a]) == 0) return (vtsim_arch)a;
  return VTSIM_ARCH_NONE;
}

const char *vtsim_stop_reason_name(vtsim_stop_reason reason) {
  static const char *const names[VTSIM_STOP_COUNT_] = {
      [VTSIM_STOP_NONE] = "none",           [VTSIM_STOP_BUDGET] = "budget",
      [VTSIM_STOP_EXIT] = "exit",           [VTSIM_STOP_SHUTDOWN] = "shutdown",
      [VTSIM_STOP_FATAL] = "fatal_signal",  [VTSIM_STOP_REQUESTED] = "requested",
      [VTSIM_STOP_HALTED] = "halted",
  };
  return (unsigned)reason < VTSIM_STOP_COUNT_ ? names[reason] : "unknown";
}

int vtsim_arch_supported(vtsim_arch arch) { return vt_arch_find(arch) != NULL; }

void vtsim_config_default(vtsim_config *cfg) {
  *cfg = (vtsim_config){
      .mode = VTSIM_MODE_SYSTEM, .ram_bytes = DEFAULT_RAM_BYTES, .console_fd = 1, .strace_fd = -1,
      .seed = 0};
}

vtsim_err vtsim_open(vtsim_arch arch, const vtsim_config *cfg, vtsim_engine **out) {
  if (!out) return VTSIM_ERR_ARG;
  *out = NULL;
  const vt_arch_ops *ops = vt_arch_find(arch);
  return ops ? vt_engine_open(ops, cfg, out) : VTSIM_ERR_ARCH;
}

vtsim_err vt_engine_open(const vt_arch_ops *ops, const vtsim_config *cfg, vtsim_engine **out) {
  *out = NULL;
  vtsim_config c;
  if (cfg) c = *cfg;
  else vtsim_config_default(&c);
  if (c.mode != VTSIM_MODE_SYSTEM && c.mode != VTSIM_MODE_USER) return VTSIM_ERR_ARG;
  if (c.ram_bytes & (VT_PAGE_SIZE - 1)) return VTSIM_ERR_ARG;

  vtsim_engine *e = calloc(1, sizeof *e);
  if (!e) return VTSIM_ERR_NOMEM;
  e->ops = ops;
  e->cfg = c;
  vt_mem_init(&e->mem);
  e->cpu = calloc(1, ops->cpu_size);
  vtsim_err err = e->cpu ? VTSIM_OK : VTSIM_ERR_NOMEM;
  const char *why;
  /* User mode: the CPU model lays out the process address space itself. */
  if (!err && c.mode == VTSIM_MODE_SYSTEM && c.ram_bytes && vt_mem_map(&e->mem, 0, c.ram_bytes, &why))
    err = VTSIM_ERR_MAP;
  if (!err) err = ops->init(e);
  if (err) {
    free(e->cpu);
    e->cpu = NULL; /* init failed: fini has nothing to undo */
    vtsim_close(e);
    return err;
  }
  *out = e;
  return VTSIM_OK;
}

void vtsim_close(vtsim_engine *e) {
  if (!e) return;
  vt_trace_abandon(e);
  if (e->cpu) {
    e->ops->fini(e);
    free(e->cpu);
  }
  vt_mem_free(&e->mem);
  vt_symtab_free(&e->symbols);
  free(e);
}

vtsim_arch vtsim_engine_arch(const vtsim_engine *e) { return e ? e->ops->arch : VTSIM_ARCH_NONE; }

vtsim_err vtsim_run(vtsim_engine *e, uint64_t max_insns, vtsim_stop *stop) {
  if (!e || !stop) return VTSIM_ERR_ARG;
  memset(stop, 0, sizeof *stop);
  e->stop_requested = 0;
  e->ops->run(e, max_insns, stop);
  return VTSIM_OK;
}

void vtsim_stop_request(vtsim_engine *e) {
  if (e) e->stop_requested = 1;
}

vtsim_err vtsim_nmi(vtsim_engine *e) {
  if (!e) return VTSIM_ERR_ARG;
  return e->ops->nmi ? e->ops->nmi(e) : VTSIM_ERR_UNSUPPORTED;
}

uint64_t vtsim_insn_count(const vtsim_engine *e) { return e ? e->icount : 0; }

size_t vtsim_unimplemented_report(const vtsim_engine *e, char *out, size_t outlen) {
  if (!out || !outlen) return 0;
  out[0] = 0;
  if (!e || !e->ops->unimplemented_report) return 0;
  size_t n = e->ops->unimplemented_report(e, out, outlen);
  return n < outlen ? n : outlen - 1;
}

vtsim_err vtsim_mem_map(vtsim_engine *e, uint64_t paddr, uint64_t size) {
  const char *why;
  if (!e) return VTSIM_ERR_ARG;
  return vt_mem_map(&e->mem, paddr, size, &why) ? VTSIM_ERR_MAP : VTSIM_OK;
}

vtsim_err vtsim_mem_read(vtsim_engine *e, uint64_t paddr, void *buf, size_t len) {
  if (!e || (!buf && len)) return VTSIM_ERR_ARG;
  return vt_mem_read(&e->mem, paddr, buf, len) ? VTSIM_ERR_UNMAPPED : VTSIM_OK;
}

vtsim_err vtsim_mem_write(vtsim_engine *e, uint64_t paddr, const void *buf, size_t len) {
  if (!e || (!buf && len)) return VTSIM_ERR_ARG;
  return vt_mem_write(&e->mem, paddr, buf, len) ? VTSIM_ERR_UNMAPPED : VTSIM_OK;
}

vtsim_err vtsim_reg_read(vtsim_engine *e, int reg, uint64_t *value) {
  if (!e || !value) return VTSIM_ERR_ARG;
  return e->ops->reg_read(e, reg, value);
}

vtsim_err vtsim_reg_write(vtsim_engine *e, int reg, uint64_t value) {
  if (!e) return VTSIM_ERR_ARG;
  return e->ops->reg_write(e, reg, value);
}

int vtsim_reg_by_name(const vtsim_engine *e, const char *name) {
  if (!e || !name) return -1;
  for (const vt_reg_desc *r = e->ops->regs; r->name; r++)
    if (strcmp(r->name, name) == 0) return r->id;
  return -1;
}

vtsim_err vtsim_hook_add(vtsim_engine *e, uint32_t mask, uint64_t begin, uint64_t end,
                         vtsim_hook_fn fn, void *user, vtsim_hook_id *id) {
  if (!e || !fn || !mask || (mask & ~(uint32_t)VTSIM_EV_ALL)) return VTSIM_ERR_ARG;
  for (int i = 0; i < VT_MAX_HOOKS; i++) {
    if (e->hooks[i].fn) continue;
    e->hooks[i] = (vt_hook){.fn = fn, .user = user, .mask = mask, .begin = begin, .end = end};
    if (id) *id = i;
    vt_event_mask_update(e);
    return VTSIM_OK;
  }
  return VTSIM_ERR_HOOK;
}

vtsim_err vtsim_hook_del(vtsim_engine *e, vtsim_hook_id id) {
  if (!e) return VTSIM_ERR_ARG;
  if (id < 0 || id >= VT_MAX_HOOKS || !e->hooks[id].fn) return VTSIM_ERR_HOOK;
  e->hooks[id] = (vt_hook){0};
  vt_event_mask_update(e);
  return VTSIM_OK;
}

vtsim_err vtsim_disasm(vtsim_engine *e, uint64_t paddr, unsigned slot, char *out, size_t outlen,
                       unsigned *len) {
  if (!e || !out || !outlen) return VTSIM_ERR_ARG;
  uint8_t bytes[16];
  size_t n = (size_t)e->ops->max_insn_bytes;
  /* Fewer bytes near the end of RAM are fine for a short instruction. */
  while (n && vt_mem_read(&e->mem, paddr, bytes, n)) n--;
  if (!n) return VTSIM_ERR_UNMAPPED;
  unsigned used = e->ops->disasm(bytes, n, paddr, slot, out, outlen);
  if (len) *len = used;
  if (!used) snprintf(out, outlen, "(bad)");
  return VTSIM_OK;
}

int vtsim_symbolize(const vtsim_engine *e, uint64_t addr, char *out, size_t outlen) {
  const vt_symbol *s = e ? vt_symtab_lookup(&e->symbols, addr) : NULL;
  if (!s || !outlen) return 0;
  if (addr == s->addr) snprintf(out, outlen, "%s", s->name);
  else snprintf(out, outlen, "%s+0x%llx", s->name, (unsigned long long)(addr - s->addr));
  return 1;
}

vtsim_err vtsim_boot(vtsim_engine *e, uint64_t entry, int argc, char *const argv[],
                     char *const envp[]) {
  if (!e || argc < 0 || (argc && !argv)) return VTSIM_ERR_ARG;
  return e->ops->boot(e, entry, argc, argv, envp);
}
