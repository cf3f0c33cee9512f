/* IA-32 Linux user mode without the CPU: an engine opened with a stub CPU
 * model that maps RAM over the 4 GiB linear space as the real model does, a
 * small ELF32 image loaded by the engine's loader, and system calls made by
 * filling the eight general registers as int 0x80 would find them. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ia32/linux.h"

/* ---- a stub CPU model: memory only ---------------------------------------- */
static vtsim_err stub_init(vtsim_engine *e) {
  const char *why;
  return vt_mem_map(&e->mem, 0, 1ull << 32, &why) ? VTSIM_ERR_MAP : VTSIM_OK;
}
static void stub_fini(vtsim_engine *e) {
  (void)e;
}
static vtsim_err stub_boot(vtsim_engine *e, uint64_t entry, int argc, char *const argv[],
                           char *const envp[]) {
  (void)e, (void)entry, (void)argc, (void)argv, (void)envp;
  return VTSIM_OK;
}
static void stub_run(vtsim_engine *e, uint64_t budget, vtsim_stop *stop) {
  (void)e, (void)budget;
  stop->reason = VTSIM_STOP_HALTED;
}
static vtsim_err stub_reg(vtsim_engine *e, int reg, uint64_t *value) {
  (void)e, (void)reg, (void)value;
  return VTSIM_ERR_REG;
}
static vtsim_err stub_reg_write(vtsim_engine *e, int reg, uint64_t value) {
  (void)e, (void)reg, (void)value;
  return VTSIM_ERR_REG;
}
static unsigned stub_disasm(const uint8_t *b, size_t n, uint64_t a, unsigned slot, char *out,
                            size_t outlen) {
  (void)b, (void)n, (void)a, (void)slot, (void)out, (void)outlen;
  return 0;
}
static unsigned stub_cpl(const vtsim_engine *e) {
  return (void)e, 3;
}
static const vt_reg_desc stub_regs[] = {{NULL, 0}};
static const vt_arch_ops stub_ops = {.arch = VTSIM_ARCH_IA32,
                                     .name = "ia32-stub",
                                     .cpu_size = 8,
                                     .max_insn_bytes = 15,
                                     .init = stub_init,
                                     .fini = stub_fini,
                                     .boot = stub_boot,
                                     .run = stub_run,
                                     .reg_read = stub_reg,
                                     .reg_write = stub_reg_write,
                                     .regs = stub_regs,
                                     .disasm = stub_disasm,
                                     .cpl = stub_cpl};

/* ---- the image: text RX with the headers, data RW with bss, GNU_STACK RW - */
#define TEXT       0x08048000u
#define DATA       0x0804a000u
#define DATA_MEMSZ 0x2100u
#define ENTRY      (TEXT + 0x100)
#define FIRST_BRK  0x0804d000u /* the page after DATA + DATA_MEMSZ */
#define HWCAP      0x0383fbffu
#define PG         4096u
#define RW         (VT_PROT_READ | VT_PROT_WRITE)

static void write_image(const char *path) {
  static uint8_t file[0x1010];
  memset(file, 0, sizeof file);
  Elf32_Ehdr eh = {.e_type = ET_EXEC,
                   .e_machine = EM_386,
                   .e_version = EV_CURRENT,
                   .e_entry = ENTRY,
                   .e_phoff = sizeof(Elf32_Ehdr),
                   .e_ehsize = sizeof eh,
                   .e_phentsize = sizeof(Elf32_Phdr),
                   .e_phnum = 3};
  memcpy(eh.e_ident, ELFMAG, SELFMAG);
  eh.e_ident[EI_CLASS] = ELFCLASS32;
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_ident[EI_VERSION] = EV_CURRENT;
  Elf32_Phdr ph[3] = {
      {.p_type = PT_LOAD,
       .p_offset = 0,
       .p_vaddr = TEXT,
       .p_paddr = TEXT,
       .p_filesz = 0x200,
       .p_memsz = 0x200,
       .p_flags = PF_R | PF_X,
       .p_align = PG},
      {.p_type = PT_LOAD,
       .p_offset = 0x1000,
       .p_vaddr = DATA,
       .p_paddr = DATA,
       .p_filesz = 0x10,
       .p_memsz = DATA_MEMSZ,
       .p_flags = PF_R | PF_W,
       .p_align = PG},
      {.p_type = PT_GNU_STACK, .p_flags = PF_R | PF_W, .p_align = 16},
  };
  memcpy(file, &eh, sizeof eh);
  memcpy(file + sizeof eh, ph, sizeof ph);
  memset(file + 0x100, 0x90, 0x100);             /* text: nops */
  memcpy(file + 0x1000, "initialized-data", 16); /* data */
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(file, 1, sizeof file, f), sizeof file);
  fclose(f);
}

typedef struct fixture {
  vtsim_engine *e;
  ia32_linux *lx;
  uint32_t esp;
  uint64_t gdt[16];
  char image[64], scratch[64];
} fixture;

static char *const test_argv[] = {"/bin/prog", "first arg", "", NULL};
static char *const test_envp[] = {"HOME=/home/vtsim", "LANG=C", NULL};

static void open_process(fixture *f, uint64_t seed, int strace_fd) {
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.mode = VTSIM_MODE_USER;
  cfg.seed = seed;
  cfg.strace_fd = strace_fd;
  assert_int_equal(vt_engine_open(&stub_ops, &cfg, &f->e), VTSIM_OK);
  vtsim_image *img;
  char msg[128];
  assert_int_equal(vtsim_image_open(f->image, &img, msg, sizeof msg), VTSIM_OK);
  assert_int_equal(vtsim_image_load(f->e, img, msg, sizeof msg), VTSIM_OK);
  vtsim_image_close(img);
  assert_int_equal(ia32_linux_start(f->e, HWCAP, 3, test_argv, test_envp, &f->lx, &f->esp),
                   VTSIM_OK);
}

static void close_process(fixture *f) {
  ia32_linux_free(f->lx);
  vtsim_close(f->e);
  f->lx = NULL;
  f->e = NULL;
}

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  snprintf(f->image, sizeof f->image, "/tmp/vtsim-test-linux-%d.elf", (int)getpid());
  snprintf(f->scratch, sizeof f->scratch, "/tmp/vtsim-test-linux-%d.txt", (int)getpid());
  write_image(f->image);
  open_process(f, 42, -1);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  close_process(f);
  unlink(f->image);
  unlink(f->scratch);
  free(f);
  return 0;
}

/* Make system call nr with arguments a[1..6] (a[0] is padding); returns EAX. */
static uint32_t sys_call(fixture *f, int *action, uint32_t nr, const uint32_t a[7]) {
  uint32_t gpr[8] = {nr, a[2], a[3], a[1], 0xbfff0000u, a[6], a[4], a[5]};
  int status = -1;
  int act = ia32_linux_syscall(f->lx, f->e, gpr, f->gdt, 0x08048100, &status);
  if (action) *action = act;
  assert_int_equal(gpr[4], 0xbfff0000u); /* ESP untouched */
  return gpr[0];
}
#define SYS(f, nr, ...)          sys_call(f, NULL, nr, (const uint32_t[7]){0, __VA_ARGS__})
#define SYS_ACT(f, act, nr, ...) sys_call(f, act, nr, (const uint32_t[7]){0, __VA_ARGS__})

static uint32_t rd32(fixture *f, uint32_t addr) {
  uint32_t v;
  assert_int_equal(vt_mem_read(&f->e->mem, addr, &v, 4), 0);
  return v;
}

static void rdstr(fixture *f, uint32_t addr, char *out, size_t cap) {
  for (size_t i = 0; i < cap; i++) {
    assert_int_equal(vt_mem_read(&f->e->mem, addr + i, &out[i], 1), 0);
    if (!out[i]) return;
  }
  fail_msg("unterminated guest string at %#x", addr);
}

static void wr(fixture *f, uint32_t addr, const void *p, size_t n) {
  assert_int_equal(vt_mem_write(&f->e->mem, addr, p, n), 0);
}

/* Scratch memory for arguments: the bss of the image. */
#define BUF (DATA + 0x100)

enum {
  NR_EXIT = 1,
  NR_FORK = 2,
  NR_READ = 3,
  NR_WRITE = 4,
  NR_OPEN = 5,
  NR_CLOSE = 6,
  NR_UNLINK = 10,
  NR_TIME = 13,
  NR_LSEEK = 19,
  NR_GETPID = 20,
  NR_ACCESS = 33,
  NR_BRK = 45,
  NR_IOCTL = 54,
  NR_GETPPID = 64,
  NR_GETTIMEOFDAY = 78,
  NR_READLINK = 85,
  NR_OLD_MMAP = 90,
  NR_MUNMAP = 91,
  NR_UNAME = 122,
  NR_MPROTECT = 125,
  NR_LLSEEK = 140,
  NR_WRITEV = 146,
  NR_RT_SIGACTION = 174,
  NR_RT_SIGPROCMASK = 175,
  NR_GETCWD = 183,
  NR_UGETRLIMIT = 191,
  NR_MMAP2 = 192,
  NR_STAT64 = 195,
  NR_FSTAT64 = 197,
  NR_GETUID32 = 199,
  NR_GETTID = 224,
  NR_SET_THREAD_AREA = 243,
  NR_GET_THREAD_AREA = 244,
  NR_EXIT_GROUP = 252,
  NR_CLOCK_GETTIME = 265,
  NR_OPENAT = 295,
  NR_PRLIMIT64 = 340,
  NR_GETRANDOM = 355,
  NR_CLOCK_GETTIME64 = 403
};

#define ERR(e) ((uint32_t) - (e))

/* ---- initial process state ------------------------------------------------- */
static void test_initial_stack_holds_argc_argv_envp_and_auxv(void **state) {
  fixture *f = *state;
  uint32_t sp = f->esp;
  assert_int_equal(sp % 16, 0);
  assert_true(sp < 0xBFFFF000u && sp > 0xBFFFF000u - 0x10000);
  assert_int_equal(rd32(f, sp), 3);
  char s[64];
  for (int i = 0; i < 3; i++) {
    rdstr(f, rd32(f, sp + 4 + 4 * (uint32_t)i), s, sizeof s);
    assert_string_equal(s, test_argv[i]);
  }
  assert_int_equal(rd32(f, sp + 16), 0);
  for (int i = 0; i < 2; i++) {
    rdstr(f, rd32(f, sp + 20 + 4 * (uint32_t)i), s, sizeof s);
    assert_string_equal(s, test_envp[i]);
  }
  assert_int_equal(rd32(f, sp + 28), 0);
  /* auxv: collect every pair up to AT_NULL. */
  uint32_t value[64] = {0}, seen[64] = {0}, at = sp + 32;
  for (int n = 0;; n++, at += 8) {
    assert_true(n < 40);
    uint32_t type = rd32(f, at), v = rd32(f, at + 4);
    if (type == AT_NULL) break;
    assert_true(type < 64);
    value[type] = v, seen[type] = 1;
  }
  const vt_image_layout *l = &f->e->layout;
  assert_int_equal(value[AT_PHDR], TEXT + sizeof(Elf32_Ehdr));
  assert_int_equal(value[AT_PHDR], l->phdr);
  assert_int_equal(value[AT_PHENT], sizeof(Elf32_Phdr));
  assert_int_equal(value[AT_PHNUM], 3);
  assert_int_equal(value[AT_PAGESZ], 4096);
  assert_int_equal(value[AT_ENTRY], ENTRY);
  assert_int_equal(value[AT_HWCAP], HWCAP);
  assert_int_equal(value[AT_CLKTCK], 100);
  assert_true(seen[AT_SECURE] && value[AT_SECURE] == 0);
  assert_true(seen[AT_UID] && seen[AT_EUID] && seen[AT_GID] && seen[AT_EGID]);
  assert_int_equal(value[AT_UID], SYS(f, NR_GETUID32));
  rdstr(f, value[AT_PLATFORM], s, sizeof s);
  assert_string_equal(s, "i686");
  rdstr(f, value[AT_EXECFN], s, sizeof s);
  assert_string_equal(s, "/bin/prog");
  /* AT_RANDOM: 16 bytes inside the stack, above the table. */
  assert_true(value[AT_RANDOM] > at && value[AT_RANDOM] + 16 <= 0xBFFFF000u);
}

static void test_at_random_depends_only_on_the_seed(void **state) {
  fixture *f = *state;
  uint8_t first[16], again[16], other[16];
  uint32_t rnd = 0;
  for (uint32_t at = f->esp + 32;; at += 8)
    if (rd32(f, at) == AT_RANDOM) {
      rnd = rd32(f, at + 4);
      break;
    }
  assert_int_equal(vt_mem_read(&f->e->mem, rnd, first, 16), 0);
  close_process(f);
  open_process(f, 42, -1);
  assert_int_equal(vt_mem_read(&f->e->mem, rnd, again, 16), 0);
  assert_memory_equal(first, again, 16);
  close_process(f);
  open_process(f, 43, -1);
  assert_int_equal(vt_mem_read(&f->e->mem, rnd, other, 16), 0);
  assert_memory_not_equal(first, other, 16);
}

static void test_image_segments_get_their_own_protections(void **state) {
  fixture *f = *state;
  const vt_uspace *u = ia32_linux_uspace(f->lx);
  assert_int_equal(vt_uspace_prot(u, TEXT), VT_PROT_READ | VT_PROT_EXEC);
  assert_int_equal(vt_uspace_prot(u, TEXT + 0xfff), VT_PROT_READ | VT_PROT_EXEC);
  assert_int_equal(vt_uspace_prot(u, TEXT + 0x1000), 0);
  assert_int_equal(vt_uspace_prot(u, DATA), RW);
  assert_int_equal(vt_uspace_prot(u, DATA + DATA_MEMSZ), RW); /* bss to the page end */
  assert_int_equal(vt_uspace_prot(u, FIRST_BRK), 0);
  /* PT_GNU_STACK without PF_X: a non-executable 8 MiB stack below 0xBFFFF000. */
  assert_int_equal(vt_uspace_prot(u, 0xBFFFEFFFu), RW);
  assert_int_equal(vt_uspace_prot(u, 0xBFFFF000u - (8u << 20)), RW);
  assert_int_equal(vt_uspace_prot(u, 0xBFFFF000u - (8u << 20) - 1), 0);
  assert_int_equal(vt_uspace_prot(u, 0xBFFFF000u), 0);
  assert_int_equal(vt_uspace_prot(u, 0), 0);
}

/* ---- memory management ------------------------------------------------------ */
static void test_brk_grows_shrinks_and_regrows_zeroed(void **state) {
  fixture *f = *state;
  int act;
  assert_int_equal(SYS_ACT(f, &act, NR_BRK, 0, 0, 0, 0, 0, 0), FIRST_BRK);
  assert_int_equal(act, IA32_LINUX_CONTINUE);
  assert_int_equal(SYS_ACT(f, &act, NR_BRK, FIRST_BRK + 0x2345, 0, 0, 0, 0, 0), FIRST_BRK + 0x2345);
  assert_int_equal(act, IA32_LINUX_MAP_CHANGED);
  const vt_uspace *u = ia32_linux_uspace(f->lx);
  assert_int_equal(vt_uspace_prot(u, FIRST_BRK + 0x2fff), RW);
  assert_int_equal(vt_uspace_prot(u, FIRST_BRK + 0x3000), 0);
  wr(f, FIRST_BRK + 0x2000, "dirt", 4);
  assert_int_equal(SYS(f, NR_BRK, FIRST_BRK + 0x1000, 0, 0, 0, 0, 0), FIRST_BRK + 0x1000);
  assert_int_equal(vt_uspace_prot(u, FIRST_BRK + 0x1000), 0);
  assert_int_equal(SYS(f, NR_BRK, FIRST_BRK + 0x3000, 0, 0, 0, 0, 0), FIRST_BRK + 0x3000);
  assert_int_equal(rd32(f, FIRST_BRK + 0x2000), 0);
  /* Below the start: refused, the break stays. */
  assert_int_equal(SYS(f, NR_BRK, DATA, 0, 0, 0, 0, 0), FIRST_BRK + 0x3000);
}

static void test_mmap2_anonymous_is_top_down_below_mmap_base_and_zeroed(void **state) {
  fixture *f = *state;
  int act;
  uint32_t a = SYS_ACT(f, &act, NR_MMAP2, 0, 8192, 3, 0x22, (uint32_t)-1, 0);
  assert_int_equal(a, 0xB8000000u - 8192);
  assert_int_equal(act, IA32_LINUX_MAP_CHANGED);
  const vt_uspace *u = ia32_linux_uspace(f->lx);
  assert_int_equal(vt_uspace_prot(u, a), RW);
  assert_int_equal(vt_uspace_prot(u, a + 8191), RW);
  uint32_t b = SYS(f, NR_MMAP2, 0, 100, 1, 0x22, (uint32_t)-1, 0);
  assert_int_equal(b, a - PG);
  assert_int_equal(vt_uspace_prot(u, b), VT_PROT_READ);
  /* Dirty, unmap, map again at the same place: zero. */
  wr(f, a + 100, "dirty", 5);
  assert_int_equal(SYS_ACT(f, &act, NR_MUNMAP, a, 8192, 0, 0, 0, 0), 0);
  assert_int_equal(act, IA32_LINUX_MAP_CHANGED);
  assert_int_equal(vt_uspace_prot(u, a), 0);
  assert_int_equal(SYS(f, NR_MMAP2, 0, 8192, 3, 0x22, (uint32_t)-1, 0), a);
  assert_int_equal(rd32(f, a + 100), 0);
  /* MAP_FIXED over dirty memory: zero as well. */
  wr(f, a + 200, "dirty", 5);
  assert_int_equal(SYS(f, NR_MMAP2, a, 4096, 3, 0x32, (uint32_t)-1, 0), a);
  assert_int_equal(rd32(f, a + 200), 0);
}

static void test_mmap2_hint_is_taken_when_free(void **state) {
  fixture *f = *state;
  assert_int_equal(SYS(f, NR_MMAP2, 0x40000000, 4096, 3, 0x22, (uint32_t)-1, 0), 0x40000000);
  /* Taken now: a non-fixed request for the same place goes elsewhere. */
  uint32_t b = SYS(f, NR_MMAP2, 0x40000000, 4096, 3, 0x22, (uint32_t)-1, 0);
  assert_int_not_equal(b, 0x40000000);
  assert_true(b < 0xB8000000u);
}

static void test_mmap_rejects_bad_requests(void **state) {
  fixture *f = *state;
  assert_int_equal(SYS(f, NR_MMAP2, 0, 0, 3, 0x22, (uint32_t)-1, 0), ERR(EINVAL));
  assert_int_equal(SYS(f, NR_MMAP2, 0, 4096, 3, 0x20, (uint32_t)-1, 0), ERR(EINVAL));
  assert_int_equal(SYS(f, NR_MMAP2, 0x40000001, 4096, 3, 0x32, (uint32_t)-1, 0), ERR(EINVAL));
  assert_int_equal(SYS(f, NR_MMAP2, 0xBFFFF000u, 8192, 3, 0x32, (uint32_t)-1, 0), ERR(ENOMEM));
  assert_int_equal(SYS(f, NR_MMAP2, 0x1000, 4096, 3, 0x32, (uint32_t)-1, 0), ERR(EPERM));
  assert_int_equal(SYS(f, NR_MMAP2, 0, 4096, 1, 0x02, 999, 0), ERR(EBADF));
  /* MAP_FIXED_NOREPLACE onto the image. */
  assert_int_equal(SYS(f, NR_MMAP2, TEXT, 4096, 3, 0x100022, (uint32_t)-1, 0), ERR(EEXIST));
  assert_int_equal(SYS(f, NR_MMAP2, TEXT, 4096, 3, 0x100032, (uint32_t)-1, 0), ERR(EEXIST));
  assert_int_equal(SYS(f, NR_MUNMAP, 0x40000010, 4096), ERR(EINVAL));
  assert_int_equal(SYS(f, NR_MUNMAP, 0x40000000, 0), ERR(EINVAL));
}

static void test_mprotect_splits_and_refuses_holes(void **state) {
  fixture *f = *state;
  int act;
  uint32_t a = SYS(f, NR_MMAP2, 0, 4 * PG, 3, 0x22, (uint32_t)-1, 0);
  assert_int_equal(SYS_ACT(f, &act, NR_MPROTECT, a + PG, PG, 1, 0, 0, 0), 0);
  assert_int_equal(act, IA32_LINUX_MAP_CHANGED);
  const vt_uspace *u = ia32_linux_uspace(f->lx);
  assert_int_equal(vt_uspace_prot(u, a), RW);
  assert_int_equal(vt_uspace_prot(u, a + PG), VT_PROT_READ);
  assert_int_equal(vt_uspace_prot(u, a + 2 * PG), RW);
  assert_int_equal(SYS(f, NR_MUNMAP, a + 2 * PG, PG), 0);
  assert_int_equal(SYS(f, NR_MPROTECT, a, 4 * PG, 0), ERR(ENOMEM));
  assert_int_equal(vt_uspace_prot(u, a), RW);
  assert_int_equal(SYS(f, NR_MPROTECT, a + 1, PG, 1), ERR(EINVAL));
  assert_int_equal(SYS(f, NR_MPROTECT, a, PG, 8), ERR(EINVAL));
}

static void test_mmap2_private_file_mapping_copies_the_file(void **state) {
  fixture *f = *state;
  int fd = open(f->image, O_RDONLY);
  assert_true(fd >= 0);
  /* Page 1 of the image file: the data segment's bytes, then zeros. */
  uint32_t a = SYS(f, NR_MMAP2, 0, 2 * PG, 1, 0x02, (uint32_t)fd, 1);
  close(fd);
  assert_true(a < 0xB8000000u && a % PG == 0);
  char s[17];
  assert_int_equal(vt_mem_read(&f->e->mem, a, s, 16), 0);
  s[16] = 0;
  assert_string_equal(s, "initialized-data");
  assert_int_equal(rd32(f, a + 16), 0);
  assert_int_equal(rd32(f, a + PG + 8), 0); /* past the end of the file */
  assert_int_equal(vt_uspace_prot(ia32_linux_uspace(f->lx), a), VT_PROT_READ);
}

static void test_old_mmap_takes_its_arguments_from_memory(void **state) {
  fixture *f = *state;
  uint32_t args[6] = {0, 3 * PG, 3, 0x22, (uint32_t)-1, 0};
  wr(f, BUF, args, sizeof args);
  uint32_t a = SYS(f, NR_OLD_MMAP, BUF, 0, 0, 0, 0, 0);
  assert_int_equal(a, 0xB8000000u - 3 * PG);
  args[5] = 100; /* offset not page aligned */
  wr(f, BUF, args, sizeof args);
  assert_int_equal(SYS(f, NR_OLD_MMAP, BUF, 0, 0, 0, 0, 0), ERR(EINVAL));
}

/* ---- files -------------------------------------------------------------------- */
static void test_file_round_trip_open_write_lseek_read_close(void **state) {
  fixture *f = *state;
  wr(f, BUF, f->scratch, strlen(f->scratch) + 1);
  uint32_t fd = SYS(f, NR_OPEN, BUF, O_RDWR | O_CREAT | O_TRUNC, 0600, 0, 0, 0);
  assert_true((int32_t)fd >= 3);
  wr(f, BUF + 0x100, "hello, file\n", 12);
  assert_int_equal(SYS(f, NR_WRITE, fd, BUF + 0x100, 12, 0, 0, 0), 12);
  assert_int_equal(SYS(f, NR_LSEEK, fd, 7, SEEK_SET, 0, 0, 0), 7);
  assert_int_equal(SYS(f, NR_READ, fd, BUF + 0x200, 100, 0, 0, 0), 5);
  char got[6] = {0};
  assert_int_equal(vt_mem_read(&f->e->mem, BUF + 0x200, got, 5), 0);
  assert_string_equal(got, "file\n");
  assert_int_equal(SYS(f, NR_READ, fd, BUF + 0x200, 100, 0, 0, 0), 0); /* EOF */
  /* _llseek writes a 64-bit result. */
  assert_int_equal(SYS(f, NR_LLSEEK, fd, 0, 2, BUF + 0x300, SEEK_SET, 0), 0);
  assert_int_equal(rd32(f, BUF + 0x300), 2);
  assert_int_equal(rd32(f, BUF + 0x304), 0);
  /* fstat64: st_size at offset 44, st_mode at 16. */
  assert_int_equal(SYS(f, NR_FSTAT64, fd, BUF + 0x400), 0);
  assert_int_equal(rd32(f, BUF + 0x400 + 44), 12);
  assert_true(S_ISREG(rd32(f, BUF + 0x400 + 16)));
  assert_int_equal(SYS(f, NR_CLOSE, fd), 0);
  assert_int_equal(SYS(f, NR_CLOSE, fd), ERR(EBADF));
  assert_int_equal(SYS(f, NR_UNLINK, BUF), 0);
  assert_int_equal(SYS(f, NR_ACCESS, BUF, F_OK), ERR(ENOENT));
}

static void test_stat64_matches_the_host_in_the_i386_layout(void **state) {
  fixture *f = *state;
  struct stat st;
  assert_int_equal(stat(f->image, &st), 0);
  wr(f, BUF, f->image, strlen(f->image) + 1);
  assert_int_equal(SYS(f, NR_STAT64, BUF, BUF + 0x100), 0);
  uint32_t b = BUF + 0x100;
  assert_int_equal(rd32(f, b + 12), (uint32_t)st.st_ino);
  assert_int_equal(rd32(f, b + 16), st.st_mode);
  assert_int_equal(rd32(f, b + 20), st.st_nlink);
  assert_int_equal(rd32(f, b + 24), st.st_uid);
  assert_int_equal(rd32(f, b + 44), st.st_size);
  assert_int_equal(rd32(f, b + 48), 0);
  assert_int_equal(rd32(f, b + 72), (uint32_t)st.st_mtim.tv_sec);
  assert_int_equal(rd32(f, b + 76), (uint32_t)st.st_mtim.tv_nsec);
  assert_int_equal(rd32(f, b + 88), (uint32_t)st.st_ino);
  wr(f, BUF, "/nonexistent/vtsim", 19);
  assert_int_equal(SYS(f, NR_STAT64, BUF, BUF + 0x100), ERR(ENOENT));
}

static void test_writev_gathers_the_buffers(void **state) {
  fixture *f = *state;
  int fd = open(f->scratch, O_RDWR | O_CREAT | O_TRUNC, 0600);
  assert_true(fd >= 0);
  wr(f, BUF + 0x100, "abc", 3);
  wr(f, BUF + 0x200, "defgh", 5);
  uint32_t iov[6] = {BUF + 0x100, 3, BUF + 0x200, 0, BUF + 0x200, 5};
  wr(f, BUF, iov, sizeof iov);
  assert_int_equal(SYS(f, NR_WRITEV, (uint32_t)fd, BUF, 3, 0, 0, 0), 8);
  char got[9] = {0};
  assert_int_equal(pread(fd, got, 8, 0), 8);
  assert_string_equal(got, "abcdefgh");
  close(fd);
}

static void test_readlink_of_proc_self_exe_names_the_program(void **state) {
  fixture *f = *state;
  wr(f, BUF, "/proc/self/exe", 15);
  uint32_t n = SYS(f, NR_READLINK, BUF, BUF + 0x100, 200, 0, 0, 0);
  assert_int_equal(n, strlen("/bin/prog"));
  char got[16] = {0};
  assert_int_equal(vt_mem_read(&f->e->mem, BUF + 0x100, got, n), 0);
  assert_string_equal(got, "/bin/prog");
  assert_int_equal(SYS(f, NR_READLINK, BUF, BUF + 0x100, 4, 0, 0, 0), 4); /* truncated */
}

static void test_getcwd_returns_the_length_with_its_nul(void **state) {
  fixture *f = *state;
  char cwd[4096];
  assert_non_null(getcwd(cwd, sizeof cwd));
  assert_int_equal(SYS(f, NR_GETCWD, BUF, 4096), strlen(cwd) + 1);
  char got[4096];
  rdstr(f, BUF, got, sizeof got);
  assert_string_equal(got, cwd);
  assert_int_equal(SYS(f, NR_GETCWD, BUF, 1), ERR(ERANGE));
}

static void test_terminal_ioctls_say_not_a_tty(void **state) {
  fixture *f = *state;
  assert_int_equal(SYS(f, NR_IOCTL, 1, 0x5401, BUF, 0, 0, 0), ERR(ENOTTY));
  assert_int_equal(SYS(f, NR_IOCTL, 1, 0x5413, BUF, 0, 0, 0), ERR(ENOTTY));
  assert_int_equal(SYS(f, NR_IOCTL, 999, 0x5401, BUF, 0, 0, 0), ERR(EBADF));
  assert_int_equal(f->e->counts.unimplemented, 0);
}

static void test_pipe_readv_dup_and_fcntl_reach_the_host(void **state) {
  fixture *f = *state;
  enum { NR_DUP = 41, NR_PIPE = 42, NR_READV = 145, NR_FCNTL64 = 221 };
  assert_int_equal(SYS(f, NR_PIPE, BUF), 0);
  uint32_t rfd = rd32(f, BUF), wfd = rd32(f, BUF + 4);
  wr(f, BUF + 0x100, "scattered", 9);
  assert_int_equal(SYS(f, NR_WRITE, wfd, BUF + 0x100, 9), 9);
  uint32_t iov[4] = {BUF + 0x200, 4, BUF + 0x300, 16};
  wr(f, BUF + 0x40, iov, sizeof iov);
  assert_int_equal(SYS(f, NR_READV, rfd, BUF + 0x40, 2), 9);
  char a[5] = {0}, b[6] = {0};
  assert_int_equal(vt_mem_read(&f->e->mem, BUF + 0x200, a, 4), 0);
  assert_int_equal(vt_mem_read(&f->e->mem, BUF + 0x300, b, 5), 0);
  assert_string_equal(a, "scat");
  assert_string_equal(b, "tered");
  uint32_t copy = SYS(f, NR_DUP, wfd);
  assert_true((int32_t)copy > (int32_t)wfd);
  assert_int_equal(SYS(f, NR_FCNTL64, copy, F_GETFL) & O_ACCMODE, O_WRONLY);
  assert_int_equal(SYS(f, NR_FCNTL64, copy, F_SETFD, FD_CLOEXEC), 0);
  assert_int_equal(SYS(f, NR_FCNTL64, copy, F_GETFD), FD_CLOEXEC);
  assert_int_equal(SYS(f, NR_FCNTL64, copy, 12 /* i386 F_GETLK64 */, BUF), ERR(EINVAL));
  assert_int_equal(f->e->counts.unimplemented, 1); /* file locks are not served */
  for (uint32_t fd = 0; fd < 3; fd++) SYS(f, NR_CLOSE, fd == 0 ? rfd : fd == 1 ? wfd : copy);
  assert_int_equal(SYS(f, NR_READV, rfd, BUF + 0x40, 2), ERR(EBADF));
}

static void test_madvise_dontneed_zeroes_anonymous_memory(void **state) {
  fixture *f = *state;
  enum { NR_MADVISE = 219 };
  uint32_t a = SYS(f, NR_MMAP2, 0, 2 * PG, 3, 0x22, (uint32_t)-1, 0);
  wr(f, a + 8, "dirty", 5);
  wr(f, a + PG + 8, "dirty", 5);
  assert_int_equal(SYS(f, NR_MADVISE, a, PG, 4 /* MADV_DONTNEED */), 0);
  assert_int_equal(rd32(f, a + 8), 0);
  assert_int_not_equal(rd32(f, a + PG + 8), 0);
  assert_int_equal(SYS(f, NR_MADVISE, a, PG, 0 /* MADV_NORMAL */), 0);
  assert_int_equal(SYS(f, NR_MADVISE, a + 1, PG, 0), ERR(EINVAL));
  assert_int_equal(SYS(f, NR_MADVISE, 0x20000000, PG, 0), ERR(ENOMEM));
}

static void test_statx_and_fstatat64_describe_the_same_file(void **state) {
  fixture *f = *state;
  enum { NR_FSTATAT64 = 300, NR_STATX = 383 };
  struct stat st;
  assert_int_equal(stat(f->image, &st), 0);
  wr(f, BUF, f->image, strlen(f->image) + 1);
  assert_int_equal(SYS(f, NR_FSTATAT64, (uint32_t)-100, BUF, BUF + 0x100, 0), 0);
  assert_int_equal(rd32(f, BUF + 0x100 + 44), st.st_size);
  assert_int_equal(SYS(f, NR_STATX, (uint32_t)-100, BUF, 0, 0x7ff, BUF + 0x200), 0);
  assert_int_equal(rd32(f, BUF + 0x200 + 0x28), st.st_size); /* stx_size */
  assert_int_equal(SYS(f, NR_FSTATAT64, (uint32_t)-100, BUF, BUF + 0x100, 0x4), ERR(EINVAL));
}

/* ---- process -------------------------------------------------------------------- */
static void test_uname_reports_linux_6_1_on_i686(void **state) {
  fixture *f = *state;
  assert_int_equal(SYS(f, NR_UNAME, BUF), 0);
  static const char *const want[] = {"Linux", "vtsim", "6.1.0", NULL, "i686"};
  char s[65];
  for (uint32_t i = 0; i < 5; i++) {
    if (!want[i]) continue;
    rdstr(f, BUF + 65 * i, s, sizeof s);
    assert_string_equal(s, want[i]);
  }
}

static void test_process_ids_are_fixed(void **state) {
  fixture *f = *state;
  assert_int_equal(SYS(f, NR_GETPID), 1000);
  assert_int_equal(SYS(f, NR_GETTID), 1000);
  assert_int_equal(SYS(f, NR_GETPPID), 1);
  assert_int_equal(SYS(f, 24 /* getuid */), 1000);
}

/* Decode a GDT descriptor (Intel SDM Vol. 3A, 3.4.5). */
static uint32_t desc_base(uint64_t d) {
  return (uint32_t)((d >> 16) & 0xffffff) | (uint32_t)((d >> 56) << 24);
}
static uint32_t desc_limit(uint64_t d) {
  return (uint32_t)(d & 0xffff) | (uint32_t)((d >> 48) & 0xf) << 16;
}

static void test_set_thread_area_picks_a_free_tls_entry_and_encodes_it(void **state) {
  fixture *f = *state;
  /* entry -1, base 0x12345678, limit 0xfffff, seg_32bit, limit_in_pages, useable */
  uint32_t ud[4] = {0xffffffffu, 0x12345678, 0xfffff, 1 | 1 << 4 | 1 << 6};
  wr(f, BUF, ud, sizeof ud);
  assert_int_equal(SYS(f, NR_SET_THREAD_AREA, BUF), 0);
  assert_int_equal(rd32(f, BUF), 6); /* written back */
  uint64_t d = f->gdt[6];
  assert_int_equal(desc_base(d), 0x12345678);
  assert_int_equal(desc_limit(d), 0xfffff);
  assert_int_equal((d >> 40) & 0xff, 0xf3); /* P, DPL 3, S, data read/write accessed */
  assert_int_equal((d >> 52) & 0xf, 0xd);   /* G, D/B, AVL */
  /* get_thread_area gives the same fields back. */
  uint32_t q[4] = {6, 0, 0, 0};
  wr(f, BUF + 0x20, q, sizeof q);
  assert_int_equal(SYS(f, NR_GET_THREAD_AREA, BUF + 0x20), 0);
  assert_int_equal(vt_mem_read(&f->e->mem, BUF + 0x20, q, sizeof q), 0);
  assert_int_equal(q[1], 0x12345678);
  assert_int_equal(q[2], 0xfffff);
  assert_int_equal(q[3], ud[3]);
  /* The next requests take 7 and 8; then none is free. */
  ud[0] = 0xffffffffu;
  wr(f, BUF, ud, sizeof ud);
  assert_int_equal(SYS(f, NR_SET_THREAD_AREA, BUF), 0);
  assert_int_equal(rd32(f, BUF), 7);
  wr(f, BUF, ud, sizeof ud);
  assert_int_equal(SYS(f, NR_SET_THREAD_AREA, BUF), 0);
  assert_int_equal(rd32(f, BUF), 8);
  wr(f, BUF, ud, sizeof ud);
  assert_int_equal(SYS(f, NR_SET_THREAD_AREA, BUF), ERR(ESRCH));
  /* An "empty" descriptor clears entry 7. */
  uint32_t empty[4] = {7, 0, 0, 1 << 3 | 1 << 5};
  wr(f, BUF, empty, sizeof empty);
  assert_int_equal(SYS(f, NR_SET_THREAD_AREA, BUF), 0);
  assert_int_equal(f->gdt[7], 0);
}

static void test_set_thread_area_refuses_what_linux_refuses(void **state) {
  fixture *f = *state;
  uint32_t sixteen_bit[4] = {6, 0x1000, 0xffff, 0};
  wr(f, BUF, sixteen_bit, sizeof sixteen_bit);
  assert_int_equal(SYS(f, NR_SET_THREAD_AREA, BUF), ERR(EINVAL));
  uint32_t code[4] = {6, 0x1000, 0xffff, 1 | 2 << 1};
  wr(f, BUF, code, sizeof code);
  assert_int_equal(SYS(f, NR_SET_THREAD_AREA, BUF), ERR(EINVAL));
  uint32_t not_tls[4] = {5, 0x1000, 0xffff, 1};
  wr(f, BUF, not_tls, sizeof not_tls);
  assert_int_equal(SYS(f, NR_SET_THREAD_AREA, BUF), ERR(EINVAL));
  assert_int_equal(f->gdt[5] | f->gdt[6], 0);
}

static void test_clocks_are_derived_from_the_instruction_count(void **state) {
  fixture *f = *state;
  f->e->icount = 2500000123ull;
  assert_int_equal(SYS(f, NR_CLOCK_GETTIME, 1 /* MONOTONIC */, BUF), 0);
  assert_int_equal(rd32(f, BUF), 2);
  assert_int_equal(rd32(f, BUF + 4), 500000123);
  assert_int_equal(SYS(f, NR_CLOCK_GETTIME, 0 /* REALTIME */, BUF), 0);
  assert_int_equal(rd32(f, BUF), 1700000002u);
  assert_int_equal(rd32(f, BUF + 4), 500000123);
  assert_int_equal(SYS(f, NR_CLOCK_GETTIME64, 0, BUF), 0);
  assert_int_equal(rd32(f, BUF), 1700000002u);
  assert_int_equal(rd32(f, BUF + 4), 0);
  assert_int_equal(rd32(f, BUF + 8), 500000123);
  assert_int_equal(SYS(f, NR_GETTIMEOFDAY, BUF, 0), 0);
  assert_int_equal(rd32(f, BUF + 4), 500000);
  assert_int_equal(SYS(f, NR_TIME, BUF + 0x10), 1700000002u);
  assert_int_equal(rd32(f, BUF + 0x10), 1700000002u);
  assert_int_equal(SYS(f, NR_CLOCK_GETTIME, 99, BUF), ERR(EINVAL));
  /* The same count, the same time. */
  assert_int_equal(SYS(f, NR_CLOCK_GETTIME, 1, BUF + 0x20), 0);
  assert_int_equal(rd32(f, BUF + 0x24), 500000123);
}

static void test_getrandom_is_a_stream_fixed_by_the_seed(void **state) {
  fixture *f = *state;
  uint8_t a[40], b[40];
  assert_int_equal(SYS(f, NR_GETRANDOM, BUF, 40, 0), 40);
  assert_int_equal(vt_mem_read(&f->e->mem, BUF, a, 40), 0);
  close_process(f);
  open_process(f, 42, -1);
  assert_int_equal(SYS(f, NR_GETRANDOM, BUF, 40, 0), 40);
  assert_int_equal(vt_mem_read(&f->e->mem, BUF, b, 40), 0);
  assert_memory_equal(a, b, 40);
  assert_int_equal(SYS(f, NR_GETRANDOM, BUF, 40, 0), 40); /* the stream moves on */
  assert_int_equal(vt_mem_read(&f->e->mem, BUF, b, 40), 0);
  assert_memory_not_equal(a, b, 40);
  assert_int_equal(SYS(f, NR_GETRANDOM, BUF, 4, 0x10), ERR(EINVAL));
}

static void test_signal_actions_and_mask_are_recorded(void **state) {
  fixture *f = *state;
  uint32_t act[5] = {0x08048123, 0x04000000, 0x08048200, 0x5, 0};
  wr(f, BUF, act, sizeof act);
  assert_int_equal(SYS(f, NR_RT_SIGACTION, 11, BUF, 0, 8, 0, 0), 0);
  assert_int_equal(SYS(f, NR_RT_SIGACTION, 11, 0, BUF + 0x40, 8, 0, 0), 0);
  uint32_t old[5];
  assert_int_equal(vt_mem_read(&f->e->mem, BUF + 0x40, old, sizeof old), 0);
  assert_memory_equal(old, act, sizeof act);
  assert_int_equal(SYS(f, NR_RT_SIGACTION, 9, BUF, 0, 8, 0, 0), ERR(EINVAL));
  assert_int_equal(SYS(f, NR_RT_SIGACTION, 11, BUF, 0, 4, 0, 0), ERR(EINVAL));
  /* Block SIGINT and SIGKILL: SIGKILL cannot be blocked. */
  uint64_t set = 1u << 1 | 1u << 8;
  wr(f, BUF, &set, 8);
  assert_int_equal(SYS(f, NR_RT_SIGPROCMASK, 0, BUF, 0, 8, 0, 0), 0);
  assert_int_equal(SYS(f, NR_RT_SIGPROCMASK, 0, 0, BUF + 8, 8, 0, 0), 0);
  assert_int_equal(rd32(f, BUF + 8), 1u << 1);
}

static void test_resource_limits_are_sane(void **state) {
  fixture *f = *state;
  assert_int_equal(SYS(f, NR_UGETRLIMIT, 3 /* STACK */, BUF), 0);
  assert_int_equal(rd32(f, BUF), 8u << 20);
  assert_int_equal(rd32(f, BUF + 4), 0xffffffffu);
  assert_int_equal(SYS(f, NR_PRLIMIT64, 0, 7 /* NOFILE */, 0, BUF, 0, 0), 0);
  assert_int_equal(rd32(f, BUF), 1024);
  uint64_t lower[2] = {256, 512};
  wr(f, BUF + 0x10, lower, sizeof lower);
  assert_int_equal(SYS(f, NR_PRLIMIT64, 0, 7, BUF + 0x10, 0, 0, 0), 0);
  assert_int_equal(SYS(f, NR_PRLIMIT64, 0, 7, 0, BUF, 0, 0), 0);
  assert_int_equal(rd32(f, BUF + 8), 512);
  uint64_t higher[2] = {256, 4096};
  wr(f, BUF + 0x10, higher, sizeof higher);
  assert_int_equal(SYS(f, NR_PRLIMIT64, 0, 7, BUF + 0x10, 0, 0, 0), ERR(EPERM));
}

static void test_rseq_registers_on_cpu_0_once(void **state) {
  fixture *f = *state;
  enum { NR_RSEQ = 386, SIG = 0x53053053 };
  uint32_t junk[8] = {7, 7, 7, 7, 7, 7, 7, 7};
  wr(f, BUF, junk, sizeof junk);
  assert_int_equal(SYS(f, NR_RSEQ, BUF + 4, 32, 0, SIG), ERR(EINVAL)); /* misaligned */
  assert_int_equal(SYS(f, NR_RSEQ, BUF, 16, 0, SIG), ERR(EINVAL));     /* too short */
  assert_int_equal(SYS(f, NR_RSEQ, TEXT, 32, 0, SIG), ERR(EFAULT));    /* read-only */
  assert_int_equal(SYS(f, NR_RSEQ, BUF, 32, 0, SIG), 0);
  assert_int_equal(rd32(f, BUF), 0);     /* cpu_id_start */
  assert_int_equal(rd32(f, BUF + 4), 0); /* cpu_id */
  assert_int_equal(rd32(f, BUF + 8), 7); /* rseq_cs untouched */
  assert_int_equal(SYS(f, NR_RSEQ, BUF, 32, 0, SIG), ERR(EBUSY));
  assert_int_equal(SYS(f, NR_RSEQ, BUF, 32, 0, SIG + 1), ERR(EPERM));
  assert_int_equal(SYS(f, NR_RSEQ, BUF, 32, 1, SIG), 0);
  assert_int_equal(rd32(f, BUF + 4), 0xffffffffu);
  assert_int_equal(SYS(f, NR_RSEQ, BUF, 32, 1, SIG), ERR(EINVAL)); /* nothing registered */
}

static void test_exit_group_ends_the_process_with_the_low_status_byte(void **state) {
  fixture *f = *state;
  uint32_t gpr[8] = {NR_EXIT_GROUP, 0, 0, 0x1234, 0, 0, 0, 0};
  int status = -1;
  assert_int_equal(ia32_linux_syscall(f->lx, f->e, gpr, f->gdt, 0, &status), IA32_LINUX_EXIT);
  assert_int_equal(status, 0x34);
  gpr[0] = NR_EXIT;
  gpr[3] = 7;
  assert_int_equal(ia32_linux_syscall(f->lx, f->e, gpr, f->gdt, 0, &status), IA32_LINUX_EXIT);
  assert_int_equal(status, 7);
}

/* ---- errors, counting, events, strace -------------------------------------------- */
static void test_bad_pointers_are_efault_never_a_crash(void **state) {
  fixture *f = *state;
  assert_int_equal(SYS(f, NR_WRITE, 1, 0x10, 5, 0, 0, 0), ERR(EFAULT));
  assert_int_equal(SYS(f, NR_WRITE, 1, 0xfffffff0u, 0x100, 0, 0, 0), ERR(EFAULT));
  assert_int_equal(SYS(f, NR_READ, 0, TEXT, 16, 0, 0, 0), ERR(EFAULT)); /* read-only text */
  assert_int_equal(SYS(f, NR_UNAME, 0), ERR(EFAULT));
  assert_int_equal(SYS(f, NR_UNAME, TEXT), ERR(EFAULT));
  assert_int_equal(SYS(f, NR_OPEN, 0xB0000000u, 0, 0, 0, 0, 0), ERR(EFAULT));
  assert_int_equal(SYS(f, NR_CLOCK_GETTIME, 0, 0xC0000000u), ERR(EFAULT));
  assert_int_equal(SYS(f, NR_SET_THREAD_AREA, 0x20), ERR(EFAULT));
  assert_int_equal(SYS(f, NR_WRITEV, 1, 0x20, 2, 0, 0, 0), ERR(EFAULT));
  /* A path running off the end of its mapping. */
  uint32_t a = SYS(f, NR_MMAP2, 0, PG, 3, 0x22, (uint32_t)-1, 0);
  static uint8_t fill[PG];
  memset(fill, 'a', sizeof fill);
  wr(f, a, fill, sizeof fill);
  assert_int_equal(SYS(f, NR_OPEN, a + PG - 100, 0, 0, 0, 0, 0), ERR(EFAULT));
  assert_int_equal(SYS(f, NR_OPEN, a, 0, 0, 0, 0, 0),
                   ERR(ENAMETOOLONG)); /* PATH_MAX bytes, no NUL */
  /* A huge length is cut to the mapped bytes, not allocated. */
  int fd = open("/dev/null", O_WRONLY);
  assert_int_equal(SYS(f, NR_WRITE, (uint32_t)fd, a, 0xfffffff0u, 0, 0, 0), PG);
  close(fd);
}

static void test_unimplemented_calls_are_enosys_counted_and_reported(void **state) {
  fixture *f = *state;
  char report[128];
  assert_int_equal(ia32_linux_unimplemented_report(f->lx, report, sizeof report), 0);
  assert_string_equal(report, "");
  uint64_t before = f->e->counts.syscalls;
  assert_int_equal(SYS(f, NR_FORK), ERR(ENOSYS));
  assert_int_equal(SYS(f, 999), ERR(ENOSYS));
  assert_int_equal(SYS(f, NR_FORK), ERR(ENOSYS));
  assert_int_equal(SYS(f, NR_IOCTL, 1, 0x541b /* FIONREAD */, BUF, 0, 0, 0), ERR(ENOTTY));
  assert_int_equal(SYS(f, NR_GETPID), 1000);
  assert_int_equal(f->e->counts.syscalls, before + 5);
  assert_int_equal(f->e->counts.unimplemented, 4);
  size_t n = ia32_linux_unimplemented_report(f->lx, report, sizeof report);
  assert_string_equal(report, "fork(2) x2, unknown(999) x1, ioctl(54) x1");
  assert_int_equal(n, strlen(report));
  char small[8];
  assert_int_equal(ia32_linux_unimplemented_report(f->lx, small, sizeof small), n);
  assert_string_equal(small, "fork(2)");
}

typedef struct seen_events {
  int count;
  vtsim_event last;
} seen_events;

static void on_event(vtsim_engine *e, const vtsim_event *ev, void *user) {
  (void)e;
  seen_events *s = user;
  s->count++;
  s->last = *ev;
}

static void test_every_call_raises_a_syscall_event(void **state) {
  fixture *f = *state;
  seen_events seen = {0};
  vtsim_hook_id id;
  assert_int_equal(vtsim_hook_add(f->e, VTSIM_EV_SYSCALL, 1, 0, on_event, &seen, &id), VTSIM_OK);
  f->e->icount = 77;
  uint32_t a = SYS(f, NR_MMAP2, 0, PG, 3, 0x22, (uint32_t)-1, 0);
  assert_int_equal(seen.count, 1);
  assert_int_equal(seen.last.kind, VTSIM_EV_SYSCALL);
  assert_int_equal(seen.last.icount, 77);
  assert_int_equal(seen.last.pc, 0x08048100);
  assert_int_equal(seen.last.u.syscall.number, NR_MMAP2);
  assert_string_equal(seen.last.u.syscall.name, "mmap2");
  assert_int_equal(seen.last.u.syscall.args[1], PG);
  assert_int_equal(seen.last.u.syscall.args[4], 0xffffffffu);
  assert_int_equal(seen.last.u.syscall.result, (int64_t)a); /* an address, not an error */
  SYS(f, NR_CLOSE, 9999);
  assert_int_equal(seen.count, 2);
  assert_int_equal(seen.last.u.syscall.result, -EBADF);
}

static void test_strace_lines_look_like_strace(void **state) {
  fixture *f = *state;
  close_process(f);
  FILE *log = tmpfile();
  assert_non_null(log);
  open_process(f, 42, fileno(log));
  int null = open("/dev/null", O_WRONLY);
  wr(f, BUF, "hello\n", 7);
  SYS(f, NR_WRITE, (uint32_t)null, BUF, 6, 0, 0, 0);
  static const char long_text[] = "0123456789abcdefghijklmnopqrstuvwxyz\t\"\\\001";
  wr(f, BUF, long_text, sizeof long_text);
  SYS(f, NR_WRITE, (uint32_t)null, BUF, sizeof long_text - 1, 0, 0, 0);
  wr(f, BUF, "\001\0017", 3);
  SYS(f, NR_WRITE, (uint32_t)null, BUF, 3, 0, 0, 0);
  wr(f, BUF, "/nonexistent/x", 15);
  SYS(f, NR_OPENAT, (uint32_t)-100, BUF, O_RDONLY | O_CLOEXEC, 0, 0, 0);
  SYS(f, NR_BRK);
  SYS(f, NR_MMAP2, 0, 8192, 3, 0x22, (uint32_t)-1, 0);
  SYS(f, NR_WRITE, (uint32_t)null, 0x10, 1, 0, 0, 0);
  SYS(f, NR_FORK);
  SYS(f, NR_EXIT_GROUP, 3, 0, 0, 0, 0, 0);
  close(null);
  char text[2048] = {0};
  rewind(log);
  size_t n = fread(text, 1, sizeof text - 1, log);
  fclose(log);
  char want[2048];
  snprintf(want, sizeof want,
           "write(%d, \"hello\\n\", 6) = 6\n"
           "write(%d, \"0123456789abcdefghijklmnopqrstuv\"..., 40) = 40\n"
           "write(%d, \"\\1\\0017\", 3) = 3\n"
           "openat(AT_FDCWD, \"/nonexistent/x\", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file "
           "or directory)\n"
           "brk(NULL) = 0x804d000\n"
           "mmap2(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = "
           "0xb7ffe000\n"
           "write(%d, 0x10, 1) = -1 EFAULT (Bad address)\n"
           "fork(0, 0, 0, 0, 0, 0) = -1 ENOSYS (Function not implemented)\n"
           "exit_group(3) = ?\n",
           null, null, null, null);
  assert_string_equal(text, want);
  assert_int_equal(n, strlen(want));
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
      T(test_initial_stack_holds_argc_argv_envp_and_auxv),
      T(test_at_random_depends_only_on_the_seed),
      T(test_image_segments_get_their_own_protections),
      T(test_brk_grows_shrinks_and_regrows_zeroed),
      T(test_mmap2_anonymous_is_top_down_below_mmap_base_and_zeroed),
      T(test_mmap2_hint_is_taken_when_free),
      T(test_mmap_rejects_bad_requests),
      T(test_mprotect_splits_and_refuses_holes),
      T(test_mmap2_private_file_mapping_copies_the_file),
      T(test_old_mmap_takes_its_arguments_from_memory),
      T(test_file_round_trip_open_write_lseek_read_close),
      T(test_stat64_matches_the_host_in_the_i386_layout),
      T(test_writev_gathers_the_buffers),
      T(test_readlink_of_proc_self_exe_names_the_program),
      T(test_getcwd_returns_the_length_with_its_nul),
      T(test_terminal_ioctls_say_not_a_tty),
      T(test_pipe_readv_dup_and_fcntl_reach_the_host),
      T(test_madvise_dontneed_zeroes_anonymous_memory),
      T(test_statx_and_fstatat64_describe_the_same_file),
      T(test_uname_reports_linux_6_1_on_i686),
      T(test_process_ids_are_fixed),
      T(test_set_thread_area_picks_a_free_tls_entry_and_encodes_it),
      T(test_set_thread_area_refuses_what_linux_refuses),
      T(test_clocks_are_derived_from_the_instruction_count),
      T(test_getrandom_is_a_stream_fixed_by_the_seed),
      T(test_signal_actions_and_mask_are_recorded),
      T(test_resource_limits_are_sane),
      T(test_rseq_registers_on_cpu_0_once),
      T(test_exit_group_ends_the_process_with_the_low_status_byte),
      T(test_bad_pointers_are_efault_never_a_crash),
      T(test_unimplemented_calls_are_enosys_counted_and_reported),
      T(test_every_call_raises_a_syscall_event),
      T(test_strace_lines_look_like_strace),
#undef T
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
