/* The IA-64 Linux system calls vtsim serves (numbers from Linux
 * arch/ia64/kernel/syscalls/syscall.tbl), the ENOSYS bookkeeping, the
 * syscall event and the strace line. File descriptors and paths are the
 * host's, as under qemu-user. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ia64/linux_internal.h"

typedef struct sys_call {
  ia64_linux *lx;
  vtsim_engine *e;
  const uint64_t *a;
  int *status;
  int outcome; /* IA64_LINUX_* */
} sys_call;

typedef int64_t (*sys_fn)(sys_call *s);

void ia64_random_bytes(ia64_linux *lx, uint8_t *out, size_t n) {
  for (size_t i = 0; i < n; i++) { /* splitmix64 */
    uint64_t z = (lx->rng += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    out[i] = (uint8_t)(z ^ (z >> 31));
  }
}

/* Guest buffers: the whole range must be mapped with prot (else EFAULT). */
static bool user_ok(const sys_call *s, uint64_t addr, uint64_t len, int prot) {
  return len == 0 || (addr + len >= addr && vt_uspace_extent(&s->lx->us, addr, len, prot) == len);
}

static int64_t sys_write(sys_call *s) {
  uint64_t buf = s->a[1], len = s->a[2];
  if (len > (1u << 30)) len = 1u << 30;
  if (!user_ok(s, buf, len, VT_PROT_READ)) return -EFAULT;
  uint8_t chunk[4096];
  int64_t done = 0;
  while ((uint64_t)done < len) {
    size_t n = len - (uint64_t)done < sizeof chunk ? (size_t)(len - (uint64_t)done) : sizeof chunk;
    vt_mem_read(&s->e->mem, buf + (uint64_t)done, chunk, n);
    ssize_t w = write((int)s->a[0], chunk, n);
    if (w < 0) return done ? done : -errno;
    done += w;
    if ((size_t)w < n) break;
  }
  return done;
}

static int64_t sys_read(sys_call *s) {
  uint64_t buf = s->a[1], len = s->a[2];
  if (len > (1u << 30)) len = 1u << 30;
  if (!user_ok(s, buf, len, VT_PROT_WRITE)) return -EFAULT;
  uint8_t chunk[4096];
  int64_t done = 0;
  while ((uint64_t)done < len) {
    size_t n = len - (uint64_t)done < sizeof chunk ? (size_t)(len - (uint64_t)done) : sizeof chunk;
    ssize_t r = read((int)s->a[0], chunk, n);
    if (r < 0) return done ? done : -errno;
    vt_mem_write(&s->e->mem, buf + (uint64_t)done, chunk, (size_t)r);
    done += r;
    if ((size_t)r < n) break;
  }
  return done;
}

static int read_path(sys_call *s, uint64_t addr, char *out, size_t cap) {
  for (size_t i = 0; i < cap; i++) {
    if (!user_ok(s, addr + i, 1, VT_PROT_READ)) return -EFAULT;
    vt_mem_read(&s->e->mem, addr + i, &out[i], 1);
    if (!out[i]) return 0;
  }
  return -ENAMETOOLONG;
}

static int64_t sys_open(sys_call *s) {
  char path[4096];
  int r = read_path(s, s->a[0], path, sizeof path);
  if (r) return r;
  int fd = open(path, (int)s->a[1] | O_CLOEXEC, (mode_t)s->a[2]);
  return fd < 0 ? -errno : fd;
}

static int64_t sys_close(sys_call *s) { return close((int)s->a[0]) ? -errno : 0; }

static int64_t sys_exit(sys_call *s) {
  *s->status = (int)(s->a[0] & 0xff);
  s->outcome = IA64_LINUX_EXIT;
  return 0;
}

static int64_t sys_getpid(sys_call *s) {
  (void)s;
  return IA64_PID;
}

/* brk: the new break, or the old one when the request is refused. */
static int64_t sys_brk(sys_call *s) {
  vt_uspace *u = &s->lx->us;
  uint64_t want = s->a[0];
  if (want > s->lx->brk_limit) return (int64_t)u->brk;
  uint64_t lo, hi, old = u->brk;
  uint64_t now = vt_uspace_set_brk(u, want, &lo, &hi);
  if (now > old && hi > lo) { /* fresh pages read as zero */
    static const uint8_t zero[4096];
    for (uint64_t a = lo; a < hi; a += sizeof zero) vt_mem_write(&s->e->mem, a, zero, sizeof zero);
  }
  if (hi != lo) s->outcome = IA64_LINUX_MAP_CHANGED;
  return (int64_t)now;
}

enum { MAP_FIXED_ = 0x10, MAP_ANON_ = 0x20, PROT_MASK_ = 7 };

static int prot_of(uint64_t p) {
  return (p & 1 ? VT_PROT_READ : 0) | (p & 2 ? VT_PROT_WRITE : 0) | (p & 4 ? VT_PROT_EXEC : 0);
}

/* mmap(addr, len, prot, flags, fd, offset) in bytes: anonymous or file
 * mappings copied in (private), inside the mmap area's RAM. */
static int64_t sys_mmap(sys_call *s) {
  uint64_t addr = s->a[0], len = s->a[1], prot = s->a[2], flags = s->a[3], off = s->a[5];
  int fd = (int)s->a[4];
  if (!len || (prot & ~(uint64_t)PROT_MASK_) || (off & (IA64_LINUX_PAGE - 1))) return -EINVAL;
  len = (len + IA64_LINUX_PAGE - 1) & ~(uint64_t)(IA64_LINUX_PAGE - 1);
  if (len > IA64_MMAP_SIZE) return -ENOMEM;
  uint64_t at;
  if (flags & MAP_FIXED_) {
    if (addr & (IA64_LINUX_PAGE - 1)) return -EINVAL;
    if (!vt_mem_is_ram(&s->e->mem, addr, len) || addr + len > IA64_USER_LIMIT) return -ENOMEM;
    at = addr;
  } else if (vt_uspace_find_free(&s->lx->us, len, IA64_MMAP_BASE, IA64_MMAP_BASE + IA64_MMAP_SIZE,
                                 &at)) {
    return -ENOMEM;
  }
  static const uint8_t zero[4096];
  for (uint64_t a = 0; a < len; a += sizeof zero) vt_mem_write(&s->e->mem, at + a, zero, sizeof zero);
  if (!(flags & MAP_ANON_)) {
    uint8_t chunk[4096];
    for (uint64_t done = 0; done < len;) {
      ssize_t r = pread(fd, chunk, sizeof chunk, (off_t)(off + done));
      if (r < 0) return -errno;
      if (r == 0) break;
      vt_mem_write(&s->e->mem, at + done, chunk, (size_t)r);
      done += (uint64_t)r;
    }
  }
  if (vt_uspace_map(&s->lx->us, at, len, prot_of(prot))) return -ENOMEM;
  s->outcome = IA64_LINUX_MAP_CHANGED;
  return (int64_t)at;
}

static int64_t sys_munmap(sys_call *s) {
  uint64_t addr = s->a[0], len = s->a[1];
  if ((addr & (IA64_LINUX_PAGE - 1)) || !len) return -EINVAL;
  len = (len + IA64_LINUX_PAGE - 1) & ~(uint64_t)(IA64_LINUX_PAGE - 1);
  int r = vt_uspace_unmap(&s->lx->us, addr, len);
  s->outcome = IA64_LINUX_MAP_CHANGED;
  return r;
}

static int64_t sys_uname(sys_call *s) {
  static const char *const fields[6] = {"Linux", "vtsim", "6.1.0", "#1 SMP", "ia64", "(none)"};
  char buf[6 * 65];
  memset(buf, 0, sizeof buf);
  for (int i = 0; i < 6; i++) snprintf(buf + 65 * i, 65, "%s", fields[i]);
  if (!user_ok(s, s->a[0], sizeof buf, VT_PROT_WRITE)) return -EFAULT;
  vt_mem_write(&s->e->mem, s->a[0], buf, sizeof buf);
  return 0;
}

/* Deterministic clocks (see linux.h). */
static int64_t sys_clock_gettime(sys_call *s) {
  uint64_t clk = s->a[0], ns = s->e->icount;
  if (clk > 11 || clk == 10) return -EINVAL;
  uint64_t ts[2] = {ns / 1000000000u, ns % 1000000000u};
  if (clk == 0 || clk == 8 || clk == 11) ts[0] += IA64_EPOCH_SECONDS; /* REALTIME, _ALARM, TAI */
  if (!user_ok(s, s->a[1], sizeof ts, VT_PROT_WRITE)) return -EFAULT;
  vt_mem_write(&s->e->mem, s->a[1], ts, sizeof ts);
  return 0;
}

typedef struct sys_entry {
  uint32_t nr;
  const char *name;
  sys_fn fn;
  uint8_t nargs;
} sys_entry;

static const sys_entry sys_table[] = {
    {1025, "exit", sys_exit, 1},
    {1026, "read", sys_read, 3},
    {1027, "write", sys_write, 3},
    {1028, "open", sys_open, 3},
    {1029, "close", sys_close, 1},
    {1041, "getpid", sys_getpid, 0},
    {1060, "brk", sys_brk, 1},
    {1130, "uname", sys_uname, 1},
    {1151, "mmap", sys_mmap, 6},
    {1152, "munmap", sys_munmap, 2},
    {1236, "exit_group", sys_exit, 1},
    {1255, "clock_gettime", sys_clock_gettime, 2},
};

static void note_unimplemented(ia64_linux *lx, uint64_t nr) {
  for (unsigned i = 0; i < lx->nunimpl; i++)
    if (lx->unimpl[i].number == nr) {
      lx->unimpl[i].count++;
      return;
    }
  if (lx->nunimpl < IA64_MAX_UNIMPL) lx->unimpl[lx->nunimpl++] = (ia64_unimpl){nr, 1};
}

int ia64_linux_syscall(ia64_linux *lx, vtsim_engine *e, uint64_t pc, uint64_t nr,
                       const uint64_t args[8], uint64_t *ret, bool *error, int *status) {
  const sys_entry *ent = NULL;
  for (size_t i = 0; i < sizeof sys_table / sizeof sys_table[0]; i++)
    if (sys_table[i].nr == nr) ent = &sys_table[i];
  sys_call s = {.lx = lx, .e = e, .a = args, .status = status, .outcome = IA64_LINUX_CONTINUE};
  int64_t r;
  e->counts.syscalls++;
  if (ent) {
    r = ent->fn(&s);
  } else {
    note_unimplemented(lx, nr);
    r = -ENOSYS;
  }
  /* Linux ia64 returns errors as r8 = errno, r10 = -1 (the range
   * -4095..-1 is an error, as in force_successful_syscall_return's rule). */
  *error = r < 0 && r >= -4095;
  *ret = *error ? (uint64_t)-r : (uint64_t)r;
  const char *name = ent ? ent->name : "unknown";
  if (vt_event_wanted(e, VTSIM_EV_SYSCALL)) {
    vtsim_event ev = {.kind = VTSIM_EV_SYSCALL, .icount = e->icount, .pc = pc};
    ev.u.syscall.number = (uint32_t)nr;
    ev.u.syscall.name = name;
    for (int i = 0; i < 6; i++) ev.u.syscall.args[i] = args[i];
    ev.u.syscall.result = r;
    vt_event_emit(e, &ev);
  }
  if (e->cfg.strace_fd >= 0) {
    char line[256];
    int n = ent ? snprintf(line, sizeof line, "%s(", name)
                : snprintf(line, sizeof line, "syscall_%llu(", (unsigned long long)nr);
    unsigned nargs = ent ? ent->nargs : 6;
    for (unsigned i = 0; i < nargs && n > 0 && (size_t)n < sizeof line; i++)
      n += snprintf(line + n, sizeof line - (size_t)n, "%s%#llx", i ? ", " : "",
                    (unsigned long long)args[i]);
    if (n > 0 && (size_t)n < sizeof line) {
      if (*error)
        n += snprintf(line + n, sizeof line - (size_t)n, ") = -1 %s (%s)\n",
                      ent ? strerrorname_np((int)-r) : "ENOSYS", strerror((int)-r));
      else
        n += snprintf(line + n, sizeof line - (size_t)n, ") = %lld\n", (long long)r);
    }
    if (n > 0) {
      ssize_t w = write(e->cfg.strace_fd, line, (size_t)n < sizeof line ? (size_t)n : sizeof line);
      (void)w;
    }
  }
  return s.outcome;
}

size_t ia64_linux_unimplemented_report(const ia64_linux *lx, char *out, size_t outlen) {
  size_t used = 0;
  if (outlen) out[0] = 0;
  for (unsigned i = 0; i < lx->nunimpl; i++) {
    int n = snprintf(out + used, outlen - used, "%ssyscall(%llu) x%u", used ? ", " : "",
                     (unsigned long long)lx->unimpl[i].number, lx->unimpl[i].count);
    if (n < 0 || (size_t)n >= outlen - used) break;
    used += (size_t)n;
  }
  return used;
}
