/* The engine behind the public handle, and the one seam each CPU model
 * plugs into: vt_arch_ops. See docs/architecture.md. */
#ifndef VT_ENGINE_H
#define VT_ENGINE_H

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>

#include "vtsim/trace.h"
#include "vtsim/vtsim.h"
#include "image.h"
#include "memory.h"
#include "symbols.h"

typedef struct vt_trace vt_trace;

/* A register a CPU model exposes through the API. */
typedef struct vt_reg_desc {
  const char *name;
  int id;
} vt_reg_desc;

/* What a CPU model provides. Every function gets the engine; the model's
 * state is e->cpu (cpu_size bytes, zeroed, owned by the engine). */
typedef struct vt_arch_ops {
  vtsim_arch arch;
  const char *name;
  size_t cpu_size;
  int max_insn_bytes;      /* 15 on IA-32, 16 (a bundle) on IA-64 */
  /* Set up state after the cpu block is allocated and memory mapped. */
  vtsim_err (*init)(vtsim_engine *e);
  void (*fini)(vtsim_engine *e);
  /* Entry state: the platform's (system mode) or a Linux process's (user). */
  vtsim_err (*boot)(vtsim_engine *e, uint64_t entry, int argc, char *const argv[],
                    char *const envp[]);
  /* Run until budget instructions retired (budget > 0) or a stop condition;
   * fill *stop. Must poll e->stop_requested at least every few thousand
   * instructions. */
  void (*run)(vtsim_engine *e, uint64_t budget, vtsim_stop *stop);
  vtsim_err (*reg_read)(vtsim_engine *e, int reg, uint64_t *value);
  vtsim_err (*reg_write)(vtsim_engine *e, int reg, uint64_t value);
  const vt_reg_desc *regs; /* NULL-name terminated */
  /* Disassemble from bytes (IA-64: slot of the bundle). Returns the length
   * consumed, or 0 if the bytes do not decode. */
  unsigned (*disasm)(const uint8_t *bytes, size_t len, uint64_t addr, unsigned slot,
                     char *out, size_t outlen);
  /* Current privilege level, for trace records. */
  unsigned (*cpl)(const vtsim_engine *e);
  /* User mode: names of unimplemented system calls the guest made, reported
   * at the end of the run ("ioctl(54) x3, ..."). May be NULL. */
  size_t (*unimplemented_report)(const vtsim_engine *e, char *out, size_t outlen);
  /* Latch a non-maskable interrupt, taken at the next instruction boundary
   * where the architecture allows it. May be NULL (VTSIM_ERR_UNSUPPORTED). */
  vtsim_err (*nmi)(vtsim_engine *e);
} vt_arch_ops;

/* The CPU model built into this library for arch, or NULL. */
const vt_arch_ops *vt_arch_find(vtsim_arch arch);
/* vtsim_open() with an explicit CPU model (the unit tests' toy CPU). */
vtsim_err vt_engine_open(const vt_arch_ops *ops, const vtsim_config *cfg, vtsim_engine **out);

/* The deterministic wall clock of every model starts here (2023-11-14
 * 22:13:20 UTC) and advances one nanosecond per retired instruction. */
#define VT_EPOCH_SECONDS 1700000000ull
#define VT_MAX_HOOKS 32
#define VT_CONSOLE_LINE_MAX 1024

typedef struct vt_hook {
  vtsim_hook_fn fn;
  void *user;
  uint32_t mask;
  uint64_t begin, end;
} vt_hook;

/* Counters reported in the trace's end record. */
typedef struct vt_counts {
  uint64_t exceptions, interrupts, transitions, unimplemented, open_bus, io, syscalls;
} vt_counts;

struct vtsim_engine {
  const vt_arch_ops *ops;
  void *cpu;
  vtsim_config cfg;
  vt_mem mem;
  /* Union of the trace mask and every hook's mask: each event site tests
   * this once (vt_event_wanted), so tracing off costs one branch. */
  uint32_t event_mask;
  vt_trace *trace;
  vt_hook hooks[VT_MAX_HOOKS];
  volatile sig_atomic_t stop_requested;
  uint64_t icount; /* instructions retired, maintained by the CPU model */
  vt_counts counts;
  vt_symtab symbols;
  char image_sha256[65];
  uint64_t image_entry;
  vt_image_layout layout; /* of the last image loaded */
  char console_line[VT_CONSOLE_LINE_MAX];
  size_t console_len;
};

static inline bool vt_event_wanted(const vtsim_engine *e, uint32_t kind) {
  return __builtin_expect((e->event_mask & kind) != 0, 0);
}

/* Deliver an event to the trace and the hooks. Call only when wanted. */
void vt_event_emit(vtsim_engine *e, const vtsim_event *ev);
void vt_event_mask_update(vtsim_engine *e);

/* Platform console: bytes from the guest; complete lines become console or
 * observe events; bytes go to cfg.console_fd as they come. */
void vt_console_putc(vtsim_engine *e, uint8_t ch);
void vt_console_flush(vtsim_engine *e);

/* Record an access with no RAM behind it. */
void vt_open_bus(vtsim_engine *e, uint64_t pc, uint64_t addr, unsigned size, bool write);
/* Record a port access (counted, and an io event when wanted). */
void vt_port_io(vtsim_engine *e, uint64_t pc, uint32_t port, unsigned size, bool write,
                uint32_t value);

#endif
