/* Shared by the pieces of the IA-32 Linux user mode (see linux.h). */
#ifndef VT_IA32_LINUX_INTERNAL_H
#define VT_IA32_LINUX_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "linux.h"

#define IA32_TASK_SIZE     0xC0000000u
#define IA32_PAGE          4096u
#define IA32_STACK_TOP     (IA32_TASK_SIZE - IA32_PAGE)
#define IA32_STACK_SIZE    (8u << 20)
#define IA32_MMAP_BASE     (IA32_TASK_SIZE - (128u << 20))
#define IA32_MMAP_MIN      0x10000u /* Debian's vm.mmap_min_addr */
#define IA32_PID           1000
#define IA32_PPID          1
#define IA32_UID           1000
#define IA32_GID           1000
#define IA32_EPOCH_SECONDS VT_EPOCH_SECONDS
#define IA32_NSIG          64
#define IA32_RLIM_COUNT    16
#define IA32_MAX_UNIMPL    64
#define IA32_PATH_MAX      4096

enum { IA32_EAX, IA32_ECX, IA32_EDX, IA32_EBX, IA32_ESP, IA32_EBP, IA32_ESI, IA32_EDI };

/* struct k_sigaction as rt_sigaction passes it on i386 (sigset_t of 8 bytes). */
typedef struct ia32_sigaction {
  uint32_t handler, flags, restorer;
  uint64_t mask;
} ia32_sigaction;

typedef struct ia32_unimpl {
  uint32_t number, count;
} ia32_unimpl;

struct ia32_linux {
  vt_uspace us;
  char exe[IA32_PATH_MAX]; /* what /proc/self/exe names */
  uint64_t rng;            /* state of the deterministic random stream */
  uint32_t clear_child_tid, robust_head, robust_len;
  uint32_t rseq_addr, rseq_len, rseq_sig; /* rseq_addr 0: none registered */
  uint64_t sigmask;
  ia32_sigaction sigact[IA32_NSIG + 1];
  uint32_t altstack_sp, altstack_size;
  int32_t altstack_flags;
  uint64_t rlim_cur[IA32_RLIM_COUNT], rlim_max[IA32_RLIM_COUNT];
  ia32_unimpl unimpl[IA32_MAX_UNIMPL];
  unsigned nunimpl;
  uint32_t unimpl_dropped; /* calls of numbers beyond the first IA32_MAX_UNIMPL */
};

/* One system call being served. */
typedef struct ia32_sys {
  ia32_linux *lx;
  vtsim_engine *e;
  uint64_t *gdt;
  uint32_t nr;
  uint32_t a[6];      /* EBX ECX EDX ESI EDI EBP */
  int action;         /* IA32_LINUX_* */
  int status;         /* exit status when action is IA32_LINUX_EXIT */
  bool unimplemented; /* a handler met a case it does not serve (-ENOSYS or its errno) */
} ia32_sys;

typedef int32_t (*ia32_sys_fn)(ia32_sys *s);

/* One row of the system call table (linux_table.c). args: one letter per
 * argument, how strace shows it (see linux_strace.c); ret: 'd' decimal,
 * 'x' hex, 'n' never returns. fn NULL: unimplemented (-ENOSYS). */
typedef struct ia32_syscall_desc {
  const char *name;
  ia32_sys_fn fn;
  const char *args;
  char ret;
} ia32_syscall_desc;

/* The row for nr, or NULL if nr is no i386 system call. */
const ia32_syscall_desc *ia32_syscall_lookup(uint32_t nr);

/* ---- guest memory (linux_guest.c): VMAs checked first; -EFAULT if not ---- */
int ia32_guest_read(const ia32_sys *s, uint32_t addr, void *buf, size_t len);
int ia32_guest_write(ia32_sys *s, uint32_t addr, const void *buf, size_t len);
int ia32_guest_put32(ia32_sys *s, uint32_t addr, uint32_t v);
/* A NUL-terminated string of at most cap-1 bytes: its length, -EFAULT or
 * -ENAMETOOLONG. */
int ia32_guest_string(const ia32_sys *s, uint32_t addr, char *out, size_t cap);
/* Host pointer to the first bytes of [addr, addr+len) that are mapped with
 * prot and contiguous in host memory; *n gets how many (0: NULL returned). */
uint8_t *ia32_guest_span(const ia32_sys *s, uint32_t addr, size_t len, int prot, size_t *n);
/* After writing through a span: tell the decode cache. */
void ia32_guest_span_written(ia32_sys *s, uint32_t addr, size_t n);
/* Make page-aligned [start, start+len) read as zero (host pages dropped). */
void ia32_guest_zero(vtsim_engine *e, uint64_t start, uint64_t len);

/* The deterministic random stream (linux_proc.c). */
void ia32_random_bytes(ia32_linux *lx, void *buf, size_t len);

/* strace output for one finished call (linux_strace.c). */
void ia32_strace(const ia32_sys *s, const ia32_syscall_desc *d, int32_t result);

/* ---- handlers ---------------------------------------------------------- */
/* linux_sys_mm.c */
int32_t ia32_sys_brk(ia32_sys *s);
int32_t ia32_sys_mmap2(ia32_sys *s);
int32_t ia32_sys_old_mmap(ia32_sys *s);
int32_t ia32_sys_munmap(ia32_sys *s);
int32_t ia32_sys_mprotect(ia32_sys *s);
int32_t ia32_sys_madvise(ia32_sys *s);
/* linux_sys_fs.c */
int32_t ia32_sys_read(ia32_sys *s);
int32_t ia32_sys_write(ia32_sys *s);
int32_t ia32_sys_readv(ia32_sys *s);
int32_t ia32_sys_writev(ia32_sys *s);
int32_t ia32_sys_open(ia32_sys *s);
int32_t ia32_sys_openat(ia32_sys *s);
int32_t ia32_sys_close(ia32_sys *s);
int32_t ia32_sys_lseek(ia32_sys *s);
int32_t ia32_sys_llseek(ia32_sys *s);
int32_t ia32_sys_ioctl(ia32_sys *s);
int32_t ia32_sys_stat64(ia32_sys *s);
int32_t ia32_sys_lstat64(ia32_sys *s);
int32_t ia32_sys_fstat64(ia32_sys *s);
int32_t ia32_sys_fstatat64(ia32_sys *s);
int32_t ia32_sys_statx(ia32_sys *s);
int32_t ia32_sys_readlink(ia32_sys *s);
int32_t ia32_sys_readlinkat(ia32_sys *s);
int32_t ia32_sys_access(ia32_sys *s);
int32_t ia32_sys_faccessat(ia32_sys *s);
int32_t ia32_sys_faccessat2(ia32_sys *s);
int32_t ia32_sys_getcwd(ia32_sys *s);
int32_t ia32_sys_unlink(ia32_sys *s);
int32_t ia32_sys_unlinkat(ia32_sys *s);
int32_t ia32_sys_rename(ia32_sys *s);
int32_t ia32_sys_renameat(ia32_sys *s);
int32_t ia32_sys_renameat2(ia32_sys *s);
int32_t ia32_sys_mkdir(ia32_sys *s);
int32_t ia32_sys_mkdirat(ia32_sys *s);
int32_t ia32_sys_rmdir(ia32_sys *s);
int32_t ia32_sys_fcntl64(ia32_sys *s);
int32_t ia32_sys_dup(ia32_sys *s);
int32_t ia32_sys_dup2(ia32_sys *s);
int32_t ia32_sys_dup3(ia32_sys *s);
int32_t ia32_sys_pipe(ia32_sys *s);
int32_t ia32_sys_pipe2(ia32_sys *s);
/* linux_sys_proc.c */
int32_t ia32_sys_exit(ia32_sys *s);
int32_t ia32_sys_uname(ia32_sys *s);
int32_t ia32_sys_getpid(ia32_sys *s);
int32_t ia32_sys_getppid(ia32_sys *s);
int32_t ia32_sys_getuid(ia32_sys *s);
int32_t ia32_sys_getgid(ia32_sys *s);
int32_t ia32_sys_getuid16(ia32_sys *s);
int32_t ia32_sys_getgid16(ia32_sys *s);
int32_t ia32_sys_set_tid_address(ia32_sys *s);
int32_t ia32_sys_set_robust_list(ia32_sys *s);
int32_t ia32_sys_set_thread_area(ia32_sys *s);
int32_t ia32_sys_get_thread_area(ia32_sys *s);
int32_t ia32_sys_rt_sigaction(ia32_sys *s);
int32_t ia32_sys_rt_sigprocmask(ia32_sys *s);
int32_t ia32_sys_sigaltstack(ia32_sys *s);
int32_t ia32_sys_clock_gettime(ia32_sys *s);
int32_t ia32_sys_clock_gettime64(ia32_sys *s);
int32_t ia32_sys_clock_getres(ia32_sys *s);
int32_t ia32_sys_gettimeofday(ia32_sys *s);
int32_t ia32_sys_time(ia32_sys *s);
int32_t ia32_sys_getrandom(ia32_sys *s);
int32_t ia32_sys_ugetrlimit(ia32_sys *s);
int32_t ia32_sys_prlimit64(ia32_sys *s);
int32_t ia32_sys_sched_getaffinity(ia32_sys *s);
int32_t ia32_sys_sched_yield(ia32_sys *s);
int32_t ia32_sys_rseq(ia32_sys *s);

#endif
