/* The process at exec time: VMAs for the image, the stack and the break,
 * and the SysV i386 initial stack (System V ABI, Intel386 supplement,
 * "Process Initialization"; laid out in the order Linux's ELF loader uses:
 * strings at the top, then the platform string and AT_RANDOM bytes, then
 * argc, argv, envp and auxv with ESP 16-byte aligned). */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux_internal.h"

#define MAX_ARG_BYTES (IA32_STACK_SIZE / 4) /* Linux: a quarter of the stack limit */
#define MAX_PHNUM     256

enum { /* auxiliary vector types (Linux include/uapi/linux/auxvec.h) */
       AT_NULL_ = 0,
       AT_PHDR_ = 3,
       AT_PHENT_ = 4,
       AT_PHNUM_ = 5,
       AT_PAGESZ_ = 6,
       AT_BASE_ = 7,
       AT_FLAGS_ = 8,
       AT_ENTRY_ = 9,
       AT_UID_ = 11,
       AT_EUID_ = 12,
       AT_GID_ = 13,
       AT_EGID_ = 14,
       AT_PLATFORM_ = 15,
       AT_HWCAP_ = 16,
       AT_CLKTCK_ = 17,
       AT_SECURE_ = 23,
       AT_RANDOM_ = 25,
       AT_EXECFN_ = 31,
};

static uint64_t page_up(uint64_t a) {
  return (a + IA32_PAGE - 1) & ~(uint64_t)(IA32_PAGE - 1);
}

static int prot_of_pflags(uint32_t f) {
  return (f & PF_R ? VT_PROT_READ : 0) | (f & PF_W ? VT_PROT_WRITE : 0) |
         (f & PF_X ? VT_PROT_EXEC : 0);
}

/* One VMA per PT_LOAD from the program headers the image left in guest
 * memory; the stack is executable unless PT_GNU_STACK says otherwise (the
 * i386 default). Without readable headers: the whole image RWX. */
static vtsim_err map_image(vtsim_engine *e, ia32_linux *lx, int *stack_prot) {
  const vt_image_layout *l = &e->layout;
  *stack_prot = VT_PROT_READ | VT_PROT_WRITE | VT_PROT_EXEC;
  if (l->high <= l->low || page_up(l->high) > IA32_STACK_TOP - IA32_STACK_SIZE)
    return VTSIM_ERR_IMAGE;
  Elf32_Phdr ph[MAX_PHNUM];
  bool have_phdrs = l->phdr && l->phent == sizeof ph[0] && l->phnum && l->phnum <= MAX_PHNUM &&
                    vt_mem_read(&e->mem, l->phdr, ph, l->phnum * sizeof ph[0]) == 0;
  unsigned loads = 0;
  for (uint64_t i = 0; have_phdrs && i < l->phnum; i++) {
    if (ph[i].p_type == PT_GNU_STACK) *stack_prot = prot_of_pflags(ph[i].p_flags);
    if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0) continue;
    uint64_t lo = ph[i].p_vaddr & ~(uint64_t)(IA32_PAGE - 1);
    uint64_t hi = page_up((uint64_t)ph[i].p_vaddr + ph[i].p_memsz);
    if (lo < (l->low & ~(uint64_t)(IA32_PAGE - 1)) || hi > page_up(l->high)) return VTSIM_ERR_IMAGE;
    if (vt_uspace_map(&lx->us, lo, hi - lo, prot_of_pflags(ph[i].p_flags))) return VTSIM_ERR_NOMEM;
    loads++;
  }
  if (!loads) {
    uint64_t lo = l->low & ~(uint64_t)(IA32_PAGE - 1);
    if (vt_uspace_map(&lx->us, lo, page_up(l->high) - lo,
                      VT_PROT_READ | VT_PROT_WRITE | VT_PROT_EXEC))
      return VTSIM_ERR_NOMEM;
  }
  *stack_prot |= VT_PROT_READ | VT_PROT_WRITE;
  return VTSIM_OK;
}

/* Builds the stack downwards from the top in guest memory. */
typedef struct stack_builder {
  vtsim_engine *e;
  uint32_t sp;
} stack_builder;

static uint32_t push_bytes(stack_builder *b, const void *p, size_t n) {
  b->sp -= (uint32_t)n;
  vt_mem_write(&b->e->mem, b->sp, p, n);
  return b->sp;
}

static size_t count_strings(char *const v[]) {
  size_t n = 0;
  while (v && v[n]) n++;
  return n;
}

static vtsim_err build_stack(vtsim_engine *e, ia32_linux *lx, uint32_t hwcap, int argc,
                             char *const argv[], char *const envp[], uint32_t *esp) {
  size_t envc = count_strings(envp), bytes = 0;
  for (int i = 0; i < argc; i++) bytes += strlen(argv[i]) + 1 + 4;
  for (size_t i = 0; i < envc; i++) bytes += strlen(envp[i]) + 1 + 4;
  if (bytes + strlen(lx->exe) > MAX_ARG_BYTES) return VTSIM_ERR_ARG;

  stack_builder b = {.e = e, .sp = IA32_STACK_TOP};
  static const uint8_t zero4[4];
  push_bytes(&b, zero4, 4);
  const char *execfn_text = argc ? argv[0] : "";
  uint32_t execfn = push_bytes(&b, execfn_text, strlen(execfn_text) + 1);
  /* argv then envp strings, ascending in memory. */
  size_t strings = 0;
  for (int i = 0; i < argc; i++) strings += strlen(argv[i]) + 1;
  for (size_t i = 0; i < envc; i++) strings += strlen(envp[i]) + 1;
  b.sp -= (uint32_t)strings;
  uint32_t at = b.sp, *ptrs = malloc(((size_t)argc + envc + 1) * sizeof *ptrs);
  if (!ptrs) return VTSIM_ERR_NOMEM;
  for (size_t i = 0; i < (size_t)argc + envc; i++) {
    const char *str = i < (size_t)argc ? argv[i] : envp[i - (size_t)argc];
    size_t n = strlen(str) + 1;
    vt_mem_write(&e->mem, at, str, n);
    ptrs[i] = at;
    at += (uint32_t)n;
  }
  uint32_t platform = push_bytes(&b, "i686", 5);
  uint8_t random[16];
  ia32_random_bytes(lx, random, sizeof random);
  uint32_t random_at = push_bytes(&b, random, sizeof random);

  const vt_image_layout *l = &e->layout;
  const uint32_t auxv[][2] = {
      {AT_HWCAP_, hwcap},
      {AT_PAGESZ_, IA32_PAGE},
      {AT_CLKTCK_, 100},
      {AT_PHDR_, (uint32_t)l->phdr},
      {AT_PHENT_, (uint32_t)l->phent},
      {AT_PHNUM_, (uint32_t)l->phnum},
      {AT_BASE_, 0},
      {AT_FLAGS_, 0},
      {AT_ENTRY_, (uint32_t)l->entry},
      {AT_UID_, IA32_UID},
      {AT_EUID_, IA32_UID},
      {AT_GID_, IA32_GID},
      {AT_EGID_, IA32_GID},
      {AT_SECURE_, 0},
      {AT_RANDOM_, random_at},
      {AT_EXECFN_, execfn},
      {AT_PLATFORM_, platform},
      {AT_NULL_, 0},
  };
  size_t nauxv = sizeof auxv / sizeof auxv[0];
  size_t words = 1 + (size_t)argc + 1 + envc + 1 + 2 * nauxv;
  b.sp = (b.sp - (uint32_t)(words * 4)) & ~15u;
  *esp = b.sp;
  uint32_t w = b.sp;
  uint32_t argc32 = (uint32_t)argc, null = 0;
  vt_mem_write(&e->mem, w, &argc32, 4), w += 4;
  for (size_t i = 0; i < (size_t)argc + envc; i++) {
    if (i == (size_t)argc) vt_mem_write(&e->mem, w, &null, 4), w += 4;
    vt_mem_write(&e->mem, w, &ptrs[i], 4), w += 4;
  }
  if (envc == 0) vt_mem_write(&e->mem, w, &null, 4), w += 4; /* argv's NULL */
  vt_mem_write(&e->mem, w, &null, 4), w += 4;
  vt_mem_write(&e->mem, w, auxv, sizeof auxv);
  free(ptrs);
  return VTSIM_OK;
}

static void set_limits(ia32_linux *lx) {
  enum {
    CPU,
    FSIZE,
    DATA,
    STACK,
    CORE,
    RSS,
    NPROC,
    NOFILE,
    MEMLOCK,
    AS,
    LOCKS,
    SIGPENDING,
    MSGQUEUE,
    NICE,
    RTPRIO,
    RTTIME
  };
  for (int i = 0; i < IA32_RLIM_COUNT; i++) lx->rlim_cur[i] = lx->rlim_max[i] = UINT64_MAX;
  lx->rlim_cur[STACK] = IA32_STACK_SIZE;
  lx->rlim_cur[CORE] = 0;
  lx->rlim_cur[NPROC] = lx->rlim_max[NPROC] = 63806;
  lx->rlim_cur[NOFILE] = 1024, lx->rlim_max[NOFILE] = 1048576;
  lx->rlim_cur[MEMLOCK] = lx->rlim_max[MEMLOCK] = 8u << 20;
  lx->rlim_cur[SIGPENDING] = lx->rlim_max[SIGPENDING] = 63806;
  lx->rlim_cur[MSGQUEUE] = lx->rlim_max[MSGQUEUE] = 819200;
  lx->rlim_cur[NICE] = lx->rlim_max[NICE] = 0;
  lx->rlim_cur[RTPRIO] = lx->rlim_max[RTPRIO] = 0;
}

vtsim_err ia32_linux_start(vtsim_engine *e, uint32_t hwcap, int argc, char *const argv[],
                           char *const envp[], ia32_linux **out, uint32_t *esp) {
  if (!e || !out || !esp || argc < 0 || (argc && !argv)) return VTSIM_ERR_ARG;
  *out = NULL;
  if (!vt_mem_is_ram(&e->mem, 0, IA32_TASK_SIZE)) return VTSIM_ERR_UNMAPPED;
  ia32_linux *lx = calloc(1, sizeof *lx);
  if (!lx) return VTSIM_ERR_NOMEM;
  vt_uspace_init(&lx->us, IA32_TASK_SIZE);
  lx->rng = e->cfg.seed;
  lx->altstack_flags = 2; /* SS_DISABLE: no alternate signal stack yet */
  set_limits(lx);
  if (argc && (!realpath(argv[0], lx->exe) || !lx->exe[0]))
    snprintf(lx->exe, sizeof lx->exe, "%s", argv[0]);

  int stack_prot;
  vtsim_err err = map_image(e, lx, &stack_prot);
  if (!err && vt_uspace_map(&lx->us, IA32_STACK_TOP - IA32_STACK_SIZE, IA32_STACK_SIZE, stack_prot))
    err = VTSIM_ERR_NOMEM;
  if (!err) {
    vt_uspace_brk_init(&lx->us, e->layout.high);
    err = build_stack(e, lx, hwcap, argc, argv, envp, esp);
  }
  if (err) {
    ia32_linux_free(lx);
    return err;
  }
  *out = lx;
  return VTSIM_OK;
}

void ia32_linux_free(ia32_linux *lx) {
  if (!lx) return;
  vt_uspace_free(&lx->us);
  free(lx);
}

const vt_uspace *ia32_linux_uspace(const ia32_linux *lx) {
  return &lx->us;
}
