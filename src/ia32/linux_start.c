/* The process at exec time: VMAs for the image, the stack and the break,
 * and the SysV i386 initial stack (System V ABI, Intel386 supplement,
 * "Process Initialization"; laid out in the order Linux's ELF loader uses:
 * strings at the top, then the platform string and AT_RANDOM bytes, then
 * argc, argv, envp and auxv with ESP 16-byte aligned). */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/exec_stack.h"
#include "linux_internal.h"

#define MAX_ARG_BYTES (IA32_STACK_SIZE / 4) /* Linux: a quarter of the stack limit */
#define MAX_PHNUM     256

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

static vtsim_err build_stack(vtsim_engine *e, ia32_linux *lx, uint32_t hwcap, int argc,
                             char *const argv[], char *const envp[], uint32_t *esp) {
  vt_exec_stack s;
  vt_exec_stack_init(&s, &e->mem, IA32_STACK_TOP, 4);
  static const uint8_t zero4[4];
  vt_exec_stack_push(&s, zero4, 4);
  const char *execfn_text = argc ? argv[0] : "";
  uint64_t execfn = vt_exec_stack_push(&s, execfn_text, strlen(execfn_text) + 1);
  vtsim_err err = vt_exec_stack_strings(&s, argc, argv, envp, MAX_ARG_BYTES - strlen(lx->exe));
  if (err) return err;
  uint64_t platform = vt_exec_stack_push(&s, "i686", 5);
  uint8_t random[16];
  ia32_random_bytes(lx, random, sizeof random);
  uint64_t random_at = vt_exec_stack_push(&s, random, sizeof random);

  const vt_image_layout *l = &e->layout;
  const vt_auxv auxv[] = {
      {VT_AT_HWCAP, hwcap},     {VT_AT_PAGESZ, IA32_PAGE}, {VT_AT_CLKTCK, 100},
      {VT_AT_PHDR, l->phdr},    {VT_AT_PHENT, l->phent},   {VT_AT_PHNUM, l->phnum},
      {VT_AT_BASE, 0},          {VT_AT_FLAGS, 0},          {VT_AT_ENTRY, l->entry},
      {VT_AT_UID, IA32_UID},    {VT_AT_EUID, IA32_UID},    {VT_AT_GID, IA32_GID},
      {VT_AT_EGID, IA32_GID},   {VT_AT_SECURE, 0},         {VT_AT_RANDOM, random_at},
      {VT_AT_EXECFN, execfn},   {VT_AT_PLATFORM, platform}, {VT_AT_NULL, 0},
  };
  *esp = (uint32_t)vt_exec_stack_finish(&s, auxv, sizeof auxv / sizeof auxv[0]);
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
