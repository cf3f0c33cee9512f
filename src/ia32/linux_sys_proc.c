/* Process, identity, time, randomness, TLS, signal bookkeeping and limits.
 * Identity and time are fixed or derived from the instruction count so that
 * runs are deterministic (see linux.h). */
#include <errno.h>
#include <string.h>

#include "linux_internal.h"

/* SplitMix64 (Steele, Lea, Flood 2014): a small, well-mixed stream. */
static uint64_t next_random(ia32_linux *lx) {
  uint64_t z = (lx->rng += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

void ia32_random_bytes(ia32_linux *lx, void *buf, size_t len) {
  uint8_t *p = buf;
  while (len) {
    uint64_t r = next_random(lx);
    size_t n = len < 8 ? len : 8;
    for (size_t i = 0; i < n; i++) p[i] = (uint8_t)(r >> (8 * i));
    p += n;
    len -= n;
  }
}

int32_t ia32_sys_exit(ia32_sys *s) {
  s->status = (int)(s->a[0] & 0xff);
  s->action = IA32_LINUX_EXIT;
  return 0;
}

int32_t ia32_sys_uname(ia32_sys *s) {
  static const char fields[6][65] = {"Linux", "vtsim", "6.1.0", "#1 SMP vtsim", "i686", "(none)"};
  return ia32_guest_write(s, s->a[0], fields, sizeof fields); /* struct new_utsname */
}

int32_t ia32_sys_getpid(ia32_sys *s) {
  return (void)s, IA32_PID;
}
int32_t ia32_sys_getppid(ia32_sys *s) {
  return (void)s, IA32_PPID;
}
int32_t ia32_sys_getuid(ia32_sys *s) {
  return (void)s, IA32_UID;
}
int32_t ia32_sys_getgid(ia32_sys *s) {
  return (void)s, IA32_GID;
}
/* The 16-bit calls map ids above 65535 to the overflow id 65534. */
static int32_t low16(uint32_t id) {
  return id > 0xffff ? 65534 : (int32_t)id;
}
int32_t ia32_sys_getuid16(ia32_sys *s) {
  return (void)s, low16(IA32_UID);
}
int32_t ia32_sys_getgid16(ia32_sys *s) {
  return (void)s, low16(IA32_GID);
}

int32_t ia32_sys_set_tid_address(ia32_sys *s) {
  s->lx->clear_child_tid = s->a[0];
  return IA32_PID;
}

int32_t ia32_sys_set_robust_list(ia32_sys *s) {
  if (s->a[1] != 12) return -EINVAL; /* sizeof(struct robust_list_head) on i386 */
  s->lx->robust_head = s->a[0];
  s->lx->robust_len = s->a[1];
  return 0;
}

/* ---- TLS descriptors: struct user_desc <-> GDT entries 6..8 ------------- */
enum { TLS_MIN = 6, TLS_MAX = 8 };

typedef struct user_desc {
  uint32_t entry, base, limit;
  unsigned seg_32bit, contents, read_exec_only, limit_in_pages, seg_not_present, useable;
} user_desc;

static void user_desc_unpack(const uint32_t w[4], user_desc *d) {
  *d = (user_desc){.entry = w[0],
                   .base = w[1],
                   .limit = w[2],
                   .seg_32bit = w[3] & 1,
                   .contents = (w[3] >> 1) & 3,
                   .read_exec_only = (w[3] >> 3) & 1,
                   .limit_in_pages = (w[3] >> 4) & 1,
                   .seg_not_present = (w[3] >> 5) & 1,
                   .useable = (w[3] >> 6) & 1};
}

static bool all_clear_but(const user_desc *d, unsigned read_exec_only, unsigned not_present) {
  return d->base == 0 && d->limit == 0 && d->contents == 0 && d->seg_32bit == 0 &&
         d->limit_in_pages == 0 && d->useable == 0 && d->read_exec_only == read_exec_only &&
         d->seg_not_present == not_present;
}

/* "No segment": Linux accepts LDT_empty and the all-zero form. */
static bool desc_is_clear(const user_desc *d) {
  return all_clear_but(d, 1, 1) || all_clear_but(d, 0, 0);
}

/* Linux admits only present 32-bit data segments into the TLS slots. */
static bool tls_desc_ok(const user_desc *d) {
  return desc_is_clear(d) || (d->seg_32bit && d->contents <= 1 && !d->seg_not_present);
}

/* Segment descriptor fields: Intel SDM Vol. 3A, 3.4.5 (type bit 0 = accessed). */
static uint64_t encode_desc(const user_desc *d) {
  uint32_t type = 1 | (d->read_exec_only ^ 1) << 1 | d->contents << 2;
  uint32_t lo = (d->limit & 0xffff) | (d->base & 0xffff) << 16;
  uint32_t hi = ((d->base >> 16) & 0xff) | type << 8 | 1u << 12 /* S */ | 3u << 13 /* DPL */ |
                (d->seg_not_present ^ 1) << 15 | (d->limit & 0xf0000) | d->useable << 20 |
                d->seg_32bit << 22 | d->limit_in_pages << 23 | (d->base & 0xff000000);
  return (uint64_t)hi << 32 | lo;
}

int32_t ia32_sys_set_thread_area(ia32_sys *s) {
  uint32_t w[4];
  int err = ia32_guest_read(s, s->a[0], w, sizeof w);
  if (err) return err;
  user_desc d;
  user_desc_unpack(w, &d);
  if (!tls_desc_ok(&d)) return -EINVAL;
  if (d.entry == UINT32_MAX) {
    for (uint32_t i = TLS_MIN; i <= TLS_MAX && d.entry == UINT32_MAX; i++)
      if (s->gdt[i] == 0) d.entry = i;
    if (d.entry == UINT32_MAX) return -ESRCH;
    if (ia32_guest_put32(s, s->a[0], d.entry)) return -EFAULT;
  }
  if (d.entry < TLS_MIN || d.entry > TLS_MAX) return -EINVAL;
  s->gdt[d.entry] = desc_is_clear(&d) ? 0 : encode_desc(&d);
  return 0;
}

int32_t ia32_sys_get_thread_area(ia32_sys *s) {
  uint32_t idx;
  int err = ia32_guest_read(s, s->a[0], &idx, 4);
  if (err) return err;
  if (idx < TLS_MIN || idx > TLS_MAX) return -EINVAL;
  uint64_t g = s->gdt[idx];
  uint32_t lo = (uint32_t)g, hi = (uint32_t)(g >> 32), type = (hi >> 8) & 15;
  uint32_t flags = ((hi >> 22) & 1) | ((type >> 2) & 3) << 1 | (((type >> 1) & 1) ^ 1) << 3 |
                   ((hi >> 23) & 1) << 4 | (((hi >> 15) & 1) ^ 1) << 5 | ((hi >> 20) & 1) << 6;
  uint32_t w[4] = {idx, (lo >> 16) | (hi & 0xff) << 16 | (hi & 0xff000000),
                   (lo & 0xffff) | (hi & 0xf0000), flags};
  return ia32_guest_write(s, s->a[0], w, sizeof w);
}

/* ---- signals: recorded, never delivered --------------------------------- */
enum { SIGKILL_ = 9, SIGSTOP_ = 19, SS_ONSTACK_ = 1, SS_DISABLE_ = 2, MINSIGSTKSZ_ = 2048 };
#define SS_AUTODISARM_ (1u << 31)
#define UNBLOCKABLE    ((1ull << (SIGKILL_ - 1)) | (1ull << (SIGSTOP_ - 1)))

int32_t ia32_sys_rt_sigaction(ia32_sys *s) {
  uint32_t sig = s->a[0], act = s->a[1], oact = s->a[2];
  if (s->a[3] != 8) return -EINVAL;
  if (sig < 1 || sig > IA32_NSIG || (act && (sig == SIGKILL_ || sig == SIGSTOP_))) return -EINVAL;
  uint32_t w[5]; /* handler, flags, restorer, mask (2 words) */
  if (act) {
    int err = ia32_guest_read(s, act, w, sizeof w);
    if (err) return err;
  }
  ia32_sigaction old = s->lx->sigact[sig];
  if (act)
    s->lx->sigact[sig] = (ia32_sigaction){.handler = w[0],
                                          .flags = w[1],
                                          .restorer = w[2],
                                          .mask = (w[3] | (uint64_t)w[4] << 32) & ~UNBLOCKABLE};
  if (oact) {
    uint32_t o[5] = {old.handler, old.flags, old.restorer, (uint32_t)old.mask,
                     (uint32_t)(old.mask >> 32)};
    return ia32_guest_write(s, oact, o, sizeof o);
  }
  return 0;
}

int32_t ia32_sys_rt_sigprocmask(ia32_sys *s) {
  enum { SIG_BLOCK_, SIG_UNBLOCK_, SIG_SETMASK_ };
  uint32_t how = s->a[0], set = s->a[1], oset = s->a[2];
  if (s->a[3] != 8) return -EINVAL;
  uint64_t old = s->lx->sigmask, want = 0;
  if (set) {
    int err = ia32_guest_read(s, set, &want, 8);
    if (err) return err;
    if (how == SIG_BLOCK_)
      want = old | want;
    else if (how == SIG_UNBLOCK_)
      want = old & ~want;
    else if (how != SIG_SETMASK_)
      return -EINVAL;
    s->lx->sigmask = want & ~UNBLOCKABLE;
  }
  return oset ? ia32_guest_write(s, oset, &old, 8) : 0;
}

int32_t ia32_sys_sigaltstack(ia32_sys *s) {
  ia32_linux *lx = s->lx;
  uint32_t cur[3] = {lx->altstack_sp, (uint32_t)lx->altstack_flags, lx->altstack_size};
  if (s->a[0]) {
    uint32_t w[3]; /* stack_t: ss_sp, ss_flags, ss_size */
    int err = ia32_guest_read(s, s->a[0], w, sizeof w);
    if (err) return err;
    uint32_t mode = w[1] & ~SS_AUTODISARM_;
    if (mode != 0 && mode != SS_DISABLE_ && mode != SS_ONSTACK_) return -EINVAL;
    if (mode == SS_DISABLE_) {
      lx->altstack_sp = lx->altstack_size = 0;
    } else {
      if (w[2] < MINSIGSTKSZ_) return -ENOMEM;
      lx->altstack_sp = w[0];
      lx->altstack_size = w[2];
    }
    lx->altstack_flags = (int32_t)(mode == SS_DISABLE_ ? SS_DISABLE_ : w[1] & SS_AUTODISARM_);
  }
  return s->a[1] ? ia32_guest_write(s, s->a[1], cur, sizeof cur) : 0;
}

/* ---- time: derived from the retired instruction count ------------------- */
/* Nanoseconds on clock id, or -1 if the id is not a clock. */
static int64_t clock_ns(const ia32_sys *s, uint32_t id) {
  uint64_t ticks = s->e->icount; /* one nanosecond per instruction */
  switch (id) {
  case 0:
  case 5:
  case 8:
  case 11: /* REALTIME, REALTIME_COARSE, REALTIME_ALARM, TAI */
    return (int64_t)(IA32_EPOCH_SECONDS * 1000000000ull + ticks);
  case 1:
  case 2:
  case 3:
  case 4:
  case 6:
  case 7:
  case 9: /* monotonic and CPU clocks */
    return (int64_t)ticks;
  default:
    return -1;
  }
}

int32_t ia32_sys_clock_gettime(ia32_sys *s) {
  int64_t ns = clock_ns(s, s->a[0]);
  if (ns < 0) return -EINVAL;
  uint32_t ts[2] = {(uint32_t)(ns / 1000000000), (uint32_t)(ns % 1000000000)};
  return ia32_guest_write(s, s->a[1], ts, sizeof ts);
}

int32_t ia32_sys_clock_gettime64(ia32_sys *s) {
  int64_t ns = clock_ns(s, s->a[0]);
  if (ns < 0) return -EINVAL;
  int64_t ts[2] = {ns / 1000000000, ns % 1000000000};
  return ia32_guest_write(s, s->a[1], ts, sizeof ts);
}

int32_t ia32_sys_clock_getres(ia32_sys *s) {
  if (clock_ns(s, s->a[0]) < 0) return -EINVAL;
  static const uint32_t one_ns[2] = {0, 1};
  return s->a[1] ? ia32_guest_write(s, s->a[1], one_ns, sizeof one_ns) : 0;
}

int32_t ia32_sys_gettimeofday(ia32_sys *s) {
  int64_t ns = clock_ns(s, 0);
  if (s->a[0]) {
    uint32_t tv[2] = {(uint32_t)(ns / 1000000000), (uint32_t)(ns % 1000000000 / 1000)};
    int err = ia32_guest_write(s, s->a[0], tv, sizeof tv);
    if (err) return err;
  }
  static const uint32_t utc[2] = {0, 0}; /* struct timezone */
  return s->a[1] ? ia32_guest_write(s, s->a[1], utc, sizeof utc) : 0;
}

int32_t ia32_sys_time(ia32_sys *s) {
  uint32_t t = (uint32_t)(clock_ns(s, 0) / 1000000000);
  if (s->a[0] && ia32_guest_put32(s, s->a[0], t)) return -EFAULT;
  return (int32_t)t;
}

int32_t ia32_sys_getrandom(ia32_sys *s) {
  enum { GRND_NONBLOCK_ = 1, GRND_RANDOM_ = 2, GRND_INSECURE_ = 4 };
  uint32_t flags = s->a[2];
  if (flags & ~7u || (flags & (GRND_RANDOM_ | GRND_INSECURE_)) == (GRND_RANDOM_ | GRND_INSECURE_))
    return -EINVAL;
  size_t len = s->a[1] < 0x1ffffff ? s->a[1] : 0x1ffffff; /* Linux returns at most 32 MiB-1 */
  size_t done = 0;
  while (done < len) {
    size_t n;
    uint8_t *p = ia32_guest_span(s, s->a[0] + (uint32_t)done, len - done, VT_PROT_WRITE, &n);
    if (!p) break;
    ia32_random_bytes(s->lx, p, n);
    ia32_guest_span_written(s, s->a[0] + (uint32_t)done, n);
    done += n;
  }
  return done || !len ? (int32_t)done : -EFAULT;
}

/* ---- resource limits ----------------------------------------------------- */
int32_t ia32_sys_ugetrlimit(ia32_sys *s) {
  uint32_t r = s->a[0];
  if (r >= IA32_RLIM_COUNT) return -EINVAL;
  uint32_t w[2]; /* 32-bit struct rlimit: values above 32 bits read as RLIM_INFINITY */
  w[0] = s->lx->rlim_cur[r] > UINT32_MAX ? UINT32_MAX : (uint32_t)s->lx->rlim_cur[r];
  w[1] = s->lx->rlim_max[r] > UINT32_MAX ? UINT32_MAX : (uint32_t)s->lx->rlim_max[r];
  return ia32_guest_write(s, s->a[1], w, sizeof w);
}

int32_t ia32_sys_prlimit64(ia32_sys *s) {
  uint32_t pid = s->a[0], r = s->a[1];
  if (pid != 0 && pid != IA32_PID) return -ESRCH;
  if (r >= IA32_RLIM_COUNT) return -EINVAL;
  uint64_t want[2];
  if (s->a[2]) {
    int err = ia32_guest_read(s, s->a[2], want, sizeof want);
    if (err) return err;
    if (want[0] > want[1]) return -EINVAL;
    if (want[1] > s->lx->rlim_max[r]) return -EPERM; /* unprivileged: no raising the hard limit */
  }
  uint64_t old[2] = {s->lx->rlim_cur[r], s->lx->rlim_max[r]};
  if (s->a[3]) {
    int err = ia32_guest_write(s, s->a[3], old, sizeof old);
    if (err) return err;
  }
  if (s->a[2]) s->lx->rlim_cur[r] = want[0], s->lx->rlim_max[r] = want[1];
  return 0;
}

int32_t ia32_sys_sched_getaffinity(ia32_sys *s) {
  uint32_t pid = s->a[0], len = s->a[1];
  if (pid != 0 && pid != IA32_PID) return -ESRCH;
  if (len < 4 || len % 4) return -EINVAL; /* whole 32-bit longs covering CPU 0 */
  return ia32_guest_put32(s, s->a[2], 1) ? -EFAULT : 4;
}

int32_t ia32_sys_sched_yield(ia32_sys *s) {
  return (void)s, 0;
}

/* Restartable sequences with one CPU and no preemption: no sequence is ever
 * aborted, so registration only has to publish cpu_id_start = cpu_id = 0
 * (struct rseq, Linux 6.1 include/uapi/linux/rseq.h: 32 bytes, 32-aligned). */
int32_t ia32_sys_rseq(ia32_sys *s) {
  enum { RSEQ_FLAG_UNREGISTER_ = 1, RSEQ_SIZE = 32 };
  ia32_linux *lx = s->lx;
  uint32_t addr = s->a[0], len = s->a[1], flags = s->a[2], sig = s->a[3];
  if (flags & RSEQ_FLAG_UNREGISTER_) {
    if (flags != RSEQ_FLAG_UNREGISTER_ || !lx->rseq_addr || addr != lx->rseq_addr ||
        len != lx->rseq_len)
      return -EINVAL;
    if (sig != lx->rseq_sig) return -EPERM;
    static const uint32_t unregistered[2] = {0, UINT32_MAX}; /* RSEQ_CPU_ID_UNINITIALIZED */
    int err = ia32_guest_write(s, addr, unregistered, sizeof unregistered);
    if (err) return err;
    lx->rseq_addr = 0;
    return 0;
  }
  if (flags) return -EINVAL;
  if (lx->rseq_addr) {
    if (addr != lx->rseq_addr || len != lx->rseq_len) return -EINVAL;
    return sig != lx->rseq_sig ? -EPERM : -EBUSY;
  }
  if (len < RSEQ_SIZE || addr % RSEQ_SIZE) return -EINVAL;
  if (vt_uspace_extent(&lx->us, addr, len, VT_PROT_WRITE) != len) return -EFAULT;
  static const uint32_t on_cpu0[2] = {0, 0};
  int err = ia32_guest_write(s, addr, on_cpu0, sizeof on_cpu0);
  if (err) return err;
  lx->rseq_addr = addr, lx->rseq_len = len, lx->rseq_sig = sig;
  return 0;
}
