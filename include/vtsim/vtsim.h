/* vtsim — instruction-level simulator of IA-32 + VT-x and IA-64 + VT-i.
 *
 * The public API, in the shape Unicorn and Capstone users know: an opaque
 * engine opened for one architecture, physical memory and registers read and
 * written through it, vtsim_run() with an instruction budget and an explicit
 * stop reason, hooks filtered by event mask and address range, and error codes
 * that vtsim_strerror() names. Nothing here is global: engines are
 * independent of each other. See docs/architecture.md. */
#ifndef VTSIM_VTSIM_H
#define VTSIM_VTSIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define VTSIM_VERSION_MAJOR 0
#define VTSIM_VERSION_MINOR 1
#define VTSIM_VERSION_PATCH 0

typedef struct vtsim_engine vtsim_engine;
typedef struct vtsim_image vtsim_image;

typedef enum vtsim_err {
  VTSIM_OK = 0,
  VTSIM_ERR_NOMEM,       /* host memory exhausted */
  VTSIM_ERR_ARG,         /* invalid argument */
  VTSIM_ERR_ARCH,        /* architecture unknown or not built in */
  VTSIM_ERR_MODE,        /* operation not valid in this engine mode/state */
  VTSIM_ERR_MAP,         /* memory region overlaps, is misaligned or too big */
  VTSIM_ERR_UNMAPPED,    /* physical address range has no RAM */
  VTSIM_ERR_REG,         /* unknown register id */
  VTSIM_ERR_HOOK,        /* unknown hook id or hook table full */
  VTSIM_ERR_IMAGE,       /* guest image malformed or does not fit */
  VTSIM_ERR_IO,          /* host file operation failed */
  VTSIM_ERR_TRACE,       /* trace malformed or not open */
  VTSIM_ERR_UNSUPPORTED, /* feature not implemented in this build */
  VTSIM_ERR_COUNT_       /* number of codes; not an error */
} vtsim_err;

typedef enum vtsim_arch {
  VTSIM_ARCH_NONE = 0,
  VTSIM_ARCH_IA32 = 1, /* IA-32 (P6-class) with VT-x */
  VTSIM_ARCH_IA64 = 2, /* Itanium with VT-i */
} vtsim_arch;

typedef enum vtsim_mode {
  VTSIM_MODE_SYSTEM = 0, /* bare metal: the platform of docs/platform.md */
  VTSIM_MODE_USER = 1,   /* Linux user mode: system calls served by vtsim */
} vtsim_mode;

/* Why vtsim_run() returned. */
typedef enum vtsim_stop_reason {
  VTSIM_STOP_NONE = 0,
  VTSIM_STOP_BUDGET,      /* the instruction budget ran out */
  VTSIM_STOP_EXIT,        /* the guest ended the run; stop.exit_status is valid */
  VTSIM_STOP_SHUTDOWN,    /* the machine shut down (IA-32 triple fault, ...) */
  VTSIM_STOP_FATAL,       /* user mode: the guest died of a fatal signal */
  VTSIM_STOP_REQUESTED,   /* vtsim_stop() was called (a hook, a signal handler) */
  VTSIM_STOP_HALTED,      /* halted with interrupts masked: it can never resume */
  VTSIM_STOP_COUNT_
} vtsim_stop_reason;

typedef struct vtsim_stop {
  vtsim_stop_reason reason;
  int exit_status;     /* VTSIM_STOP_EXIT: 0..255; VTSIM_STOP_FATAL: signal */
  uint64_t pc;         /* guest program counter when the run stopped */
  char detail[96];     /* one human-readable line, may be empty */
} vtsim_stop;

/* Engine configuration; vtsim_config_default() fills every field. */
typedef struct vtsim_config {
  vtsim_mode mode;
  uint64_t ram_bytes;  /* RAM mapped at physical 0 (system mode only; user mode
                          lays out the process address space itself) */
  int console_fd;      /* host fd that receives guest console bytes; -1: none */
  int strace_fd;       /* user mode: host fd for strace-style system call lines; -1: none */
  uint64_t seed;       /* seed of deterministic "random" sources */
} vtsim_config;

void vtsim_config_default(vtsim_config *cfg);

const char *vtsim_version(void);
const char *vtsim_strerror(vtsim_err err);
const char *vtsim_arch_name(vtsim_arch arch);       /* "ia32", "ia64" */
vtsim_arch vtsim_arch_from_name(const char *name);  /* VTSIM_ARCH_NONE if unknown */
const char *vtsim_stop_reason_name(vtsim_stop_reason reason);
/* 1 if this build has a CPU model for the architecture. */
int vtsim_arch_supported(vtsim_arch arch);

/* ---- engine ------------------------------------------------------------ */
vtsim_err vtsim_open(vtsim_arch arch, const vtsim_config *cfg, vtsim_engine **out);
void vtsim_close(vtsim_engine *e);
vtsim_arch vtsim_engine_arch(const vtsim_engine *e);

/* Run at most max_insns instructions (0 = no limit). */
vtsim_err vtsim_run(vtsim_engine *e, uint64_t max_insns, vtsim_stop *stop);
/* Ask the running engine to stop at the next instruction boundary.
 * Async-signal-safe: may be called from a signal handler or a hook. */
void vtsim_stop_request(vtsim_engine *e);
uint64_t vtsim_insn_count(const vtsim_engine *e);
/* Raise a non-maskable interrupt (the platform has no NMI source of its
 * own). Latched until the CPU model can take it: at the next instruction
 * boundary the architecture allows (from a hook during a run: at the end
 * of the current basic block at the latest). VTSIM_ERR_MODE in user mode;
 * VTSIM_ERR_UNSUPPORTED for a model without NMI delivery (IA-64 for now). */
vtsim_err vtsim_nmi(vtsim_engine *e);
/* What the guest used that vtsim does not implement (instructions that
 * raised #UD / Illegal Operation instead, system calls that returned
 * ENOSYS), as one line: "fadd, fmul; ioctl(21505) x2". Returns its length,
 * 0 if nothing. */
size_t vtsim_unimplemented_report(const vtsim_engine *e, char *out, size_t outlen);

/* ---- physical memory ---------------------------------------------------- */
/* Map RAM at [paddr, paddr+size); both 4 KiB aligned. Pages cost host memory
 * only once touched. */
vtsim_err vtsim_mem_map(vtsim_engine *e, uint64_t paddr, uint64_t size);
/* Whole range must be RAM, else VTSIM_ERR_UNMAPPED and nothing is copied. */
vtsim_err vtsim_mem_read(vtsim_engine *e, uint64_t paddr, void *buf, size_t len);
vtsim_err vtsim_mem_write(vtsim_engine *e, uint64_t paddr, const void *buf, size_t len);

/* ---- registers ---------------------------------------------------------- */
/* Register ids are per architecture (the enums below). Values are zero-
 * extended to 64 bits; IA-64 FRs are read as their 64-bit significand. */
vtsim_err vtsim_reg_read(vtsim_engine *e, int reg, uint64_t *value);
vtsim_err vtsim_reg_write(vtsim_engine *e, int reg, uint64_t value);
/* Register id by name ("eax", "r12", "ar.pfs"); -1 if unknown. */
int vtsim_reg_by_name(const vtsim_engine *e, const char *name);

enum vtsim_ia32_reg {
  VTSIM_IA32_EAX = 1, VTSIM_IA32_ECX, VTSIM_IA32_EDX, VTSIM_IA32_EBX,
  VTSIM_IA32_ESP, VTSIM_IA32_EBP, VTSIM_IA32_ESI, VTSIM_IA32_EDI,
  VTSIM_IA32_EIP, VTSIM_IA32_EFLAGS,
  VTSIM_IA32_ES, VTSIM_IA32_CS, VTSIM_IA32_SS, VTSIM_IA32_DS,
  VTSIM_IA32_FS, VTSIM_IA32_GS,
  VTSIM_IA32_CR0, VTSIM_IA32_CR2, VTSIM_IA32_CR3, VTSIM_IA32_CR4,
  VTSIM_IA32_CPL,
  VTSIM_IA32_REG_END_
};

enum vtsim_ia64_reg {
  VTSIM_IA64_GR0 = 1,                    /* r0..r127: GR0 + n */
  VTSIM_IA64_FR0 = VTSIM_IA64_GR0 + 128, /* f0..f127 (significand) */
  VTSIM_IA64_PR0 = VTSIM_IA64_FR0 + 128, /* p0..p63, 0 or 1 */
  VTSIM_IA64_BR0 = VTSIM_IA64_PR0 + 64,  /* b0..b7 */
  VTSIM_IA64_AR0 = VTSIM_IA64_BR0 + 8,   /* ar0..ar127 */
  VTSIM_IA64_CR0 = VTSIM_IA64_AR0 + 128, /* cr0..cr127 */
  VTSIM_IA64_IP = VTSIM_IA64_CR0 + 128,  /* bundle address */
  VTSIM_IA64_SLOT,                       /* 0..2 */
  VTSIM_IA64_PSR,
  VTSIM_IA64_CFM,
  VTSIM_IA64_PRS, /* all 64 predicates as one word */
  VTSIM_IA64_REG_END_
};

/* ---- events and hooks --------------------------------------------------- */
/* One bit per event kind: the hook mask and the trace mask. */
typedef enum vtsim_event_kind {
  VTSIM_EV_INSN = 1u << 0,      /* an instruction retired (or faulted) */
  VTSIM_EV_EXCEPTION = 1u << 1, /* a synchronous fault, trap or abort */
  VTSIM_EV_INTERRUPT = 1u << 2, /* an asynchronous interrupt was delivered */
  VTSIM_EV_CONSOLE = 1u << 3,   /* a complete console line */
  VTSIM_EV_OBSERVE = 1u << 4,   /* a console line "@KEY=VALUE" */
  VTSIM_EV_IO = 1u << 5,        /* a port access */
  VTSIM_EV_OPEN_BUS = 1u << 6,  /* a physical access that hit no RAM */
  VTSIM_EV_SYSCALL = 1u << 7,   /* user mode: a system call returned */
  VTSIM_EV_AS_SWITCH = 1u << 8, /* the translation root was loaded (IA-32 MOV to CR3; IA-64
                                   region registers and PTA) */
  VTSIM_EV_INTERRUPTION = 1u << 9, /* IA-64: an interruption was delivered through the IVT */
  VTSIM_EV_PAL_CALL = 1u << 10,    /* IA-64: a PAL procedure returned */
} vtsim_event_kind;
#define VTSIM_EV_ALL ((1u << 11) - 1)

typedef struct vtsim_event {
  vtsim_event_kind kind;
  uint64_t icount; /* instructions retired before this event */
  uint64_t pc;     /* guest PC of the instruction involved */
  union {
    struct {
      uint8_t bytes[16];
      uint8_t len;
      uint8_t slot; /* IA-64: slot in the bundle */
      uint8_t cpl;
    } insn;
    struct {
      uint32_t vector;
      const char *name;  /* "#PF", "Data TLB", ... */
      uint8_t has_error_code, has_addr;
      uint64_t error_code;
      uint64_t addr;     /* faulting address (CR2, IFA) where has_addr */
      uint8_t cpl_before, cpl_after;
    } exception; /* also used for VTSIM_EV_INTERRUPT */
    struct {
      const char *text; /* without the newline; NUL-terminated */
      size_t len;
    } console;
    struct {
      const char *key, *value;
    } observe;
    struct {
      uint32_t port;
      uint8_t size;  /* bytes */
      uint8_t write; /* 1 = out, 0 = in */
      uint32_t value;
    } io;
    struct {
      uint64_t addr;
      uint8_t size;
      uint8_t write;
    } open_bus;
    struct {
      uint32_t number;
      const char *name;
      uint64_t args[6];
      int64_t result;
    } syscall;
    struct {
      uint64_t root; /* the new root of the page tables (IA-32: CR3; IA-64: the new value) */
      uint8_t cpl;
      const char *reg; /* IA-64: "rr0".."rr7" or "pta"; NULL on IA-32 */
    } as_switch;
    struct {
      const char *name; /* "Data TLB", "External Interrupt", ... */
      uint32_t offset;  /* in the IVT */
      uint8_t slot;     /* IIP's slot (IPSR.ri) */
      uint8_t has_ifa;
      uint8_t cpl_before, cpl_after;
      uint64_t isr, ifa;
    } interruption;
    struct {
      uint64_t index;
      const char *name; /* NULL for an unknown index */
      uint64_t args[3];
      int64_t status;
      uint8_t stacked;  /* the stacked calling convention */
    } pal_call;
  } u;
} vtsim_event;

typedef void (*vtsim_hook_fn)(vtsim_engine *e, const vtsim_event *ev, void *user);
typedef int vtsim_hook_id;

/* Call fn for every event whose kind is in mask and whose pc lies in
 * [begin, end]; begin > end means every address. */
vtsim_err vtsim_hook_add(vtsim_engine *e, uint32_t mask, uint64_t begin, uint64_t end,
                         vtsim_hook_fn fn, void *user, vtsim_hook_id *id);
vtsim_err vtsim_hook_del(vtsim_engine *e, vtsim_hook_id id);

/* Disassemble one instruction (IA-64: one slot of the bundle at addr). */
vtsim_err vtsim_disasm(vtsim_engine *e, uint64_t paddr, unsigned slot, char *out,
                       size_t outlen, unsigned *len);

/* ---- guest images (ELF32 EM_386, ELF64 EM_IA_64, flat binaries) --------- */
typedef struct vtsim_image_info {
  vtsim_arch arch;
  int is_elf;
  uint64_t entry;
  uint64_t low, high;   /* lowest and one past the highest loaded address */
  char sha256[65];      /* hex digest of the file */
} vtsim_image_info;

/* Read and validate an image. On error *msg gets one line naming what is
 * wrong (the caller prefixes the file name). */
vtsim_err vtsim_image_open(const char *path, vtsim_image **out, char *msg, size_t msglen);
/* A flat binary, to be loaded at load_addr. */
vtsim_err vtsim_image_open_flat(const char *path, vtsim_arch arch, uint64_t load_addr,
                                vtsim_image **out, char *msg, size_t msglen);
void vtsim_image_close(vtsim_image *img);

typedef struct vtsim_segment_info {
  uint64_t vaddr, paddr, memsz, filesz;
  uint32_t flags; /* 1 = executable, 2 = writable, 4 = readable (ELF PF_*) */
} vtsim_segment_info;

/* Loadable segments of an image: fills up to max, returns how many exist. */
size_t vtsim_image_segments(const vtsim_image *img, vtsim_segment_info *out, size_t max);
typedef struct vtsim_code_range {
  uint64_t vaddr, size;
} vtsim_code_range;

/* Where the image's code is: its executable sections (ELF section headers),
 * else its executable segments. Fills up to max, returns how many exist. */
size_t vtsim_image_code(const vtsim_image *img, vtsim_code_range *out, size_t max);

/* Bytes of the image at a placement address (p_vaddr when vaddr is 1, else
 * p_paddr), from the file or the zero fill; returns how many were copied. */
size_t vtsim_image_read(const vtsim_image *img, int vaddr, uint64_t addr, void *buf, size_t len);
const vtsim_image_info *vtsim_image_get_info(const vtsim_image *img);
/* Copy the image into the engine's memory (system mode: physical addresses;
 * user mode: virtual addresses, mapping RAM as needed) and register its
 * symbols. */
vtsim_err vtsim_image_load(vtsim_engine *e, const vtsim_image *img, char *msg, size_t msglen);

/* Name an address from the loaded images' symbols: "main+0x1c". 0 if none. */
int vtsim_symbolize(const vtsim_engine *e, uint64_t addr, char *out, size_t outlen);

/* ---- starting a guest --------------------------------------------------- */
/* Put the CPU in the platform's entry state for entry (system mode), or in
 * the Linux process start state with argv/envp (user mode). */
vtsim_err vtsim_boot(vtsim_engine *e, uint64_t entry, int argc, char *const argv[],
                     char *const envp[]);

#ifdef __cplusplus
}
#endif
#endif
