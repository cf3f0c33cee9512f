/* The IA-64 process at exec time: VMAs for the image, the memory stack,
 * the register backing store, the heap and the mmap area, and the initial
 * stack of the ia64 psABI / Linux ELF loader (strings at the top, then the
 * AT_RANDOM bytes, then argc, argv, envp and auxv with argc 16-byte
 * aligned; r12 points 16 bytes below argc, the scratch area). */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/exec_stack.h"
#include "ia64/linux_internal.h"

#define MAX_PHNUM 64

static uint64_t up(uint64_t a, uint64_t page) { return (a + page - 1) & ~(page - 1); }

static int prot_of_pflags(uint32_t f) {
  return (f & PF_R ? VT_PROT_READ : 0) | (f & PF_W ? VT_PROT_WRITE : 0) |
         (f & PF_X ? VT_PROT_EXEC : 0);
}

/* One VMA per PT_LOAD (4 KiB granular: the loader mapped RAM so); without
 * readable program headers the whole image RWX. */
static vtsim_err map_image(vtsim_engine *e, ia64_linux *lx) {
  const vt_image_layout *l = &e->layout;
  if (l->high <= l->low) return VTSIM_ERR_IMAGE;
  Elf64_Phdr ph[MAX_PHNUM];
  bool have = l->phdr && l->phent == sizeof ph[0] && l->phnum && l->phnum <= MAX_PHNUM &&
              vt_mem_read(&e->mem, l->phdr, ph, l->phnum * sizeof ph[0]) == 0;
  unsigned loads = 0;
  for (uint64_t i = 0; have && i < l->phnum; i++) {
    if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0) continue;
    uint64_t lo = ph[i].p_vaddr & ~(uint64_t)(VT_USPACE_PAGE - 1);
    uint64_t hi = up(ph[i].p_vaddr + ph[i].p_memsz, VT_USPACE_PAGE);
    if (hi > IA64_USER_LIMIT || vt_uspace_map(&lx->us, lo, hi - lo, prot_of_pflags(ph[i].p_flags)))
      return VTSIM_ERR_IMAGE;
    loads++;
  }
  if (!loads) {
    uint64_t lo = l->low & ~(uint64_t)(VT_USPACE_PAGE - 1);
    if (vt_uspace_map(&lx->us, lo, up(l->high, VT_USPACE_PAGE) - lo,
                      VT_PROT_READ | VT_PROT_WRITE | VT_PROT_EXEC))
      return VTSIM_ERR_IMAGE;
  }
  return VTSIM_OK;
}

/* RAM for an area the process may use; NORESERVE, so it costs what it touches. */
static vtsim_err map_ram(vtsim_engine *e, uint64_t base, uint64_t size) {
  const char *why;
  return vt_mem_map(&e->mem, base, size, &why) ? VTSIM_ERR_MAP : VTSIM_OK;
}

static vtsim_err build_stack(vtsim_engine *e, ia64_linux *lx, int argc, char *const argv[],
                             char *const envp[], uint64_t *sp) {
  vt_exec_stack s;
  vt_exec_stack_init(&s, &e->mem, IA64_STACK_TOP - 16, 8);
  const char *execfn_text = argc ? argv[0] : "";
  uint64_t execfn = vt_exec_stack_push(&s, execfn_text, strlen(execfn_text) + 1);
  vtsim_err err = vt_exec_stack_strings(&s, argc, argv, envp, IA64_STACK_SIZE / 4);
  if (err) return err;
  uint8_t random[16];
  ia64_random_bytes(lx, random, sizeof random);
  uint64_t random_at = vt_exec_stack_push(&s, random, sizeof random);

  const vt_image_layout *l = &e->layout;
  const vt_auxv auxv[] = {
      {VT_AT_HWCAP, 0},        {VT_AT_PAGESZ, IA64_LINUX_PAGE}, {VT_AT_CLKTCK, 100},
      {VT_AT_PHDR, l->phdr},   {VT_AT_PHENT, l->phent},         {VT_AT_PHNUM, l->phnum},
      {VT_AT_BASE, 0},         {VT_AT_FLAGS, 0},                {VT_AT_ENTRY, l->entry},
      {VT_AT_UID, IA64_UID},   {VT_AT_EUID, IA64_UID},          {VT_AT_GID, IA64_UID},
      {VT_AT_EGID, IA64_UID},  {VT_AT_SECURE, 0},               {VT_AT_RANDOM, random_at},
      {VT_AT_EXECFN, execfn},  {VT_AT_NULL, 0},
  };
  *sp = vt_exec_stack_finish(&s, auxv, sizeof auxv / sizeof auxv[0]) - 16; /* psABI scratch */
  return VTSIM_OK;
}

vtsim_err ia64_linux_start(vtsim_engine *e, int argc, char *const argv[], char *const envp[],
                           ia64_linux **out, uint64_t *sp, uint64_t *bsp) {
  if (!e || !out || !sp || !bsp || argc < 0 || (argc && !argv)) return VTSIM_ERR_ARG;
  *out = NULL;
  ia64_linux *lx = calloc(1, sizeof *lx);
  if (!lx) return VTSIM_ERR_NOMEM;
  vt_uspace_init(&lx->us, IA64_USER_LIMIT);
  lx->rng = e->cfg.seed;
  const int rw = VT_PROT_READ | VT_PROT_WRITE;
  uint64_t heap = up(e->layout.high, VT_USPACE_PAGE);
  vtsim_err err = map_image(e, lx);
  if (!err) err = map_ram(e, IA64_STACK_TOP - IA64_STACK_SIZE, IA64_STACK_SIZE);
  if (!err) err = map_ram(e, IA64_RBS_BASE, IA64_RBS_SIZE);
  if (!err) err = map_ram(e, IA64_MMAP_BASE, IA64_MMAP_SIZE);
  if (!err) err = map_ram(e, heap, IA64_BRK_MAX);
  if (!err && (vt_uspace_map(&lx->us, IA64_STACK_TOP - IA64_STACK_SIZE, IA64_STACK_SIZE, rw) ||
               vt_uspace_map(&lx->us, IA64_RBS_BASE, IA64_RBS_SIZE, rw)))
    err = VTSIM_ERR_NOMEM;
  if (!err) {
    vt_uspace_brk_init(&lx->us, up(e->layout.high, IA64_LINUX_PAGE));
    lx->brk_limit = heap + IA64_BRK_MAX;
    err = build_stack(e, lx, argc, argv, envp, sp);
  }
  if (err) {
    ia64_linux_free(lx);
    return err;
  }
  *bsp = IA64_RBS_BASE;
  *out = lx;
  return VTSIM_OK;
}

void ia64_linux_free(ia64_linux *lx) {
  if (!lx) return;
  vt_uspace_free(&lx->us);
  free(lx);
}

const vt_uspace *ia64_linux_uspace(const ia64_linux *lx) { return &lx->us; }
