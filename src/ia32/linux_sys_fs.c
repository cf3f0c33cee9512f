/* File calls, served by the host: guest file descriptors are host ones and
 * paths name host files (as qemu-user does). Buffers move between the host
 * kernel and guest RAM directly, bounded by the VMAs, so no guest length
 * becomes a host allocation. Open flags, AT_* values and errno numbers are
 * the same on i386 and x86-64 Linux, so they pass through unchanged. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <unistd.h>

#include "linux_internal.h"

#define MAX_RW_COUNT 0x7ffff000u /* Linux caps one read/write at INT_MAX rounded to a page */
#define IA32_IOV_MAX 1024
#define AT_FDCWD_    (-100)

static int32_t host_result(long r) {
  return r < 0 ? -errno : (int32_t)r;
}

static int32_t bad_buffer(int32_t fd) {
  return fcntl(fd, F_GETFD) < 0 ? -EBADF : -EFAULT;
}

static int32_t get_path(const ia32_sys *s, uint32_t addr, char *out) {
  int n = ia32_guest_string(s, addr, out, IA32_PATH_MAX);
  return n < 0 ? n : 0;
}

/* ---- read/write ---------------------------------------------------------- */
int32_t ia32_sys_read(ia32_sys *s) {
  int32_t fd = (int32_t)s->a[0];
  uint32_t buf = s->a[1], count = s->a[2] < MAX_RW_COUNT ? s->a[2] : MAX_RW_COUNT;
  char none;
  if (count == 0) return host_result(read(fd, &none, 0));
  size_t n;
  uint8_t *p = ia32_guest_span(s, buf, count, VT_PROT_WRITE, &n);
  if (!p) return bad_buffer(fd);
  ssize_t r = read(fd, p, n);
  if (r > 0) ia32_guest_span_written(s, buf, (size_t)r);
  return host_result(r);
}

int32_t ia32_sys_write(ia32_sys *s) {
  int32_t fd = (int32_t)s->a[0];
  uint32_t buf = s->a[1], count = s->a[2] < MAX_RW_COUNT ? s->a[2] : MAX_RW_COUNT;
  if (count == 0) return host_result(write(fd, "", 0));
  size_t n;
  uint8_t *p = ia32_guest_span(s, buf, count, VT_PROT_READ, &n);
  if (!p) return bad_buffer(fd);
  return host_result(write(fd, p, n));
}

/* The guest's iovec array as host iovecs; a short span ends the list. */
static int32_t host_iovecs(ia32_sys *s, int prot, struct iovec *iov, uint32_t *guest, int *count) {
  uint32_t addr = s->a[1], n = s->a[2];
  if (n > IA32_IOV_MAX) return -EINVAL;
  uint32_t raw[2 * IA32_IOV_MAX];
  int err = ia32_guest_read(s, addr, raw, (size_t)n * 8);
  if (err) return err;
  uint64_t total = 0;
  *count = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (raw[2 * i + 1] > INT32_MAX) return -EINVAL;
    total += raw[2 * i + 1];
  }
  if (total > INT32_MAX) return -EINVAL;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t base = raw[2 * i], len = raw[2 * i + 1];
    if (len == 0) continue;
    size_t got;
    uint8_t *p = ia32_guest_span(s, base, len, prot, &got);
    if (!p) return *count ? 0 : -EFAULT;
    guest[*count] = base;
    iov[(*count)++] = (struct iovec){.iov_base = p, .iov_len = got};
    if (got < len) break;
  }
  return 0;
}

int32_t ia32_sys_readv(ia32_sys *s) {
  static const struct iovec none;
  struct iovec iov[IA32_IOV_MAX];
  uint32_t guest[IA32_IOV_MAX];
  int n;
  int32_t err = host_iovecs(s, VT_PROT_WRITE, iov, guest, &n);
  if (err) return err == -EFAULT ? bad_buffer((int32_t)s->a[0]) : err;
  ssize_t r = readv((int)s->a[0], n ? iov : &none, n);
  size_t left = r > 0 ? (size_t)r : 0;
  for (int i = 0; i < n && left; i++) { /* tell the decode cache what was written */
    size_t done = left < iov[i].iov_len ? left : iov[i].iov_len;
    ia32_guest_span_written(s, guest[i], done);
    left -= done;
  }
  return host_result(r);
}

int32_t ia32_sys_writev(ia32_sys *s) {
  static const struct iovec none;
  struct iovec iov[IA32_IOV_MAX];
  uint32_t guest[IA32_IOV_MAX];
  int n;
  int32_t err = host_iovecs(s, VT_PROT_READ, iov, guest, &n);
  if (err) return err == -EFAULT ? bad_buffer((int32_t)s->a[0]) : err;
  return host_result(writev((int)s->a[0], n ? iov : &none, n));
}

/* ---- open, close, seek --------------------------------------------------- */
static int32_t do_openat(ia32_sys *s, int32_t dirfd, uint32_t path, uint32_t flags, uint32_t mode) {
  char p[IA32_PATH_MAX];
  int32_t err = get_path(s, path, p);
  return err ? err : host_result(openat(dirfd, p, (int)flags, (mode_t)mode));
}

int32_t ia32_sys_open(ia32_sys *s) {
  return do_openat(s, AT_FDCWD_, s->a[0], s->a[1], s->a[2]);
}

int32_t ia32_sys_openat(ia32_sys *s) {
  return do_openat(s, (int32_t)s->a[0], s->a[1], s->a[2], s->a[3]);
}

int32_t ia32_sys_close(ia32_sys *s) {
  return host_result(close((int)s->a[0]));
}

int32_t ia32_sys_lseek(ia32_sys *s) {
  off_t r = lseek((int)s->a[0], (off_t)(int32_t)s->a[1], (int)s->a[2]);
  if (r < 0) return -errno;
  return r > INT32_MAX ? -EOVERFLOW : (int32_t)r;
}

int32_t ia32_sys_llseek(ia32_sys *s) {
  int64_t offset = (int64_t)((uint64_t)s->a[1] << 32 | s->a[2]);
  off_t r = lseek((int)s->a[0], (off_t)offset, (int)s->a[4]);
  if (r < 0) return -errno;
  int64_t result = r;
  return ia32_guest_write(s, s->a[3], &result, sizeof result);
}

/* No terminal is ever seen: stdio then buffers fully, the same everywhere. */
int32_t ia32_sys_ioctl(ia32_sys *s) {
  enum { TCGETS_ = 0x5401, TIOCGWINSZ_ = 0x5413 };
  if (fcntl((int)s->a[0], F_GETFD) < 0) return -EBADF;
  if (s->a[1] != TCGETS_ && s->a[1] != TIOCGWINSZ_) s->unimplemented = true;
  return -ENOTTY;
}

/* ---- stat ---------------------------------------------------------------- */
static void put32(uint8_t *b, size_t at, uint32_t v) {
  for (int i = 0; i < 4; i++) b[at + (size_t)i] = (uint8_t)(v >> (8 * i));
}
static void put64(uint8_t *b, size_t at, uint64_t v) {
  put32(b, at, (uint32_t)v);
  put32(b, at + 4, (uint32_t)(v >> 32));
}

/* Linux new_encode_dev: the 32-bit dev_t user space sees. */
static uint32_t encode_dev(dev_t d) {
  uint32_t ma = major(d), mi = minor(d);
  return (mi & 0xff) | ma << 8 | (mi & ~0xffu) << 12;
}

/* struct stat64 of the i386 ABI (arch/x86/include/uapi/asm/stat.h): 96 bytes. */
static int32_t put_stat64(ia32_sys *s, uint32_t addr, const struct stat *st) {
  uint8_t b[96] = {0};
  put64(b, 0, encode_dev(st->st_dev));
  put32(b, 12, (uint32_t)st->st_ino);
  put32(b, 16, st->st_mode);
  put32(b, 20, (uint32_t)st->st_nlink);
  put32(b, 24, st->st_uid);
  put32(b, 28, st->st_gid);
  put64(b, 32, encode_dev(st->st_rdev));
  put64(b, 44, (uint64_t)st->st_size);
  put32(b, 52, (uint32_t)st->st_blksize);
  put64(b, 56, (uint64_t)st->st_blocks);
  const struct timespec *t[3] = {&st->st_atim, &st->st_mtim, &st->st_ctim};
  for (size_t i = 0; i < 3; i++) {
    put32(b, 64 + 8 * i, (uint32_t)t[i]->tv_sec);
    put32(b, 68 + 8 * i, (uint32_t)t[i]->tv_nsec);
  }
  put64(b, 88, st->st_ino);
  return ia32_guest_write(s, addr, b, sizeof b);
}

static int32_t do_fstatat(ia32_sys *s, int32_t dirfd, uint32_t path, uint32_t buf, uint32_t flags) {
  if (flags & ~(uint32_t)(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH)) return -EINVAL;
  char p[IA32_PATH_MAX];
  int32_t err = get_path(s, path, p);
  if (err) return err;
  struct stat st;
  if (fstatat(dirfd, p, &st, (int)flags)) return -errno;
  return put_stat64(s, buf, &st);
}

int32_t ia32_sys_stat64(ia32_sys *s) {
  return do_fstatat(s, AT_FDCWD_, s->a[0], s->a[1], 0);
}

int32_t ia32_sys_lstat64(ia32_sys *s) {
  return do_fstatat(s, AT_FDCWD_, s->a[0], s->a[1], AT_SYMLINK_NOFOLLOW);
}

int32_t ia32_sys_fstatat64(ia32_sys *s) {
  return do_fstatat(s, (int32_t)s->a[0], s->a[1], s->a[2], s->a[3]);
}

int32_t ia32_sys_fstat64(ia32_sys *s) {
  struct stat st;
  if (fstat((int)s->a[0], &st)) return -errno;
  return put_stat64(s, s->a[1], &st);
}

/* struct statx has one layout on every architecture: copied as the host fills it. */
int32_t ia32_sys_statx(ia32_sys *s) {
  char p[IA32_PATH_MAX];
  int32_t err = get_path(s, s->a[1], p);
  if (err) return err;
  struct statx stx;
  if (statx((int32_t)s->a[0], p, (int)s->a[2], s->a[3], &stx)) return -errno;
  return ia32_guest_write(s, s->a[4], &stx, sizeof stx);
}

/* ---- names ---------------------------------------------------------------- */
static bool names_self_exe(const char *p) {
  char own[32];
  snprintf(own, sizeof own, "/proc/%d/exe", IA32_PID);
  return strcmp(p, "/proc/self/exe") == 0 || strcmp(p, own) == 0;
}

static int32_t do_readlinkat(ia32_sys *s, int32_t dirfd, uint32_t path, uint32_t buf,
                             uint32_t size) {
  if ((int32_t)size <= 0) return -EINVAL;
  char p[IA32_PATH_MAX], target[IA32_PATH_MAX];
  int32_t err = get_path(s, path, p);
  if (err) return err;
  size_t n;
  if (names_self_exe(p)) {
    n = strlen(s->lx->exe);
    memcpy(target, s->lx->exe, n);
  } else {
    ssize_t r = readlinkat(dirfd, p, target, sizeof target);
    if (r < 0) return -errno;
    n = (size_t)r;
  }
  if (n > size) n = size;
  err = ia32_guest_write(s, buf, target, n);
  return err ? err : (int32_t)n;
}

int32_t ia32_sys_readlink(ia32_sys *s) {
  return do_readlinkat(s, AT_FDCWD_, s->a[0], s->a[1], s->a[2]);
}

int32_t ia32_sys_readlinkat(ia32_sys *s) {
  return do_readlinkat(s, (int32_t)s->a[0], s->a[1], s->a[2], s->a[3]);
}

static int32_t do_faccessat(ia32_sys *s, int32_t dirfd, uint32_t path, uint32_t mode,
                            uint32_t flags) {
  if (mode & ~7u) return -EINVAL;
  if (flags & ~(uint32_t)(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -EINVAL;
  char p[IA32_PATH_MAX];
  int32_t err = get_path(s, path, p);
  return err ? err : host_result(faccessat(dirfd, p, (int)mode, (int)flags));
}

int32_t ia32_sys_access(ia32_sys *s) {
  return do_faccessat(s, AT_FDCWD_, s->a[0], s->a[1], 0);
}

int32_t ia32_sys_faccessat(ia32_sys *s) {
  return do_faccessat(s, (int32_t)s->a[0], s->a[1], s->a[2], 0);
}

int32_t ia32_sys_faccessat2(ia32_sys *s) {
  return do_faccessat(s, (int32_t)s->a[0], s->a[1], s->a[2], s->a[3]);
}

int32_t ia32_sys_getcwd(ia32_sys *s) {
  char cwd[IA32_PATH_MAX];
  if (!getcwd(cwd, sizeof cwd)) return -errno;
  size_t n = strlen(cwd) + 1;
  if (n > s->a[1]) return -ERANGE;
  int32_t err = ia32_guest_write(s, s->a[0], cwd, n);
  return err ? err : (int32_t)n;
}

static int32_t do_unlinkat(ia32_sys *s, int32_t dirfd, uint32_t path, uint32_t flags) {
  if (flags & ~(uint32_t)AT_REMOVEDIR) return -EINVAL;
  char p[IA32_PATH_MAX];
  int32_t err = get_path(s, path, p);
  return err ? err : host_result(unlinkat(dirfd, p, (int)flags));
}

int32_t ia32_sys_unlink(ia32_sys *s) {
  return do_unlinkat(s, AT_FDCWD_, s->a[0], 0);
}

int32_t ia32_sys_unlinkat(ia32_sys *s) {
  return do_unlinkat(s, (int32_t)s->a[0], s->a[1], s->a[2]);
}

/* ---- descriptors ----------------------------------------------------------- */
int32_t ia32_sys_fcntl64(ia32_sys *s) {
  int fd = (int)s->a[0], cmd = (int)s->a[1];
  switch (cmd) {
  case F_DUPFD:
  case F_DUPFD_CLOEXEC:
  case F_SETFD:
  case F_SETFL:
    return host_result(fcntl(fd, cmd, (int)s->a[2]));
  case F_GETFD:
  case F_GETFL:
    return host_result(fcntl(fd, cmd));
  default:
    s->unimplemented = true;
    return -EINVAL;
  }
}

int32_t ia32_sys_dup(ia32_sys *s) {
  return host_result(dup((int)s->a[0]));
}

int32_t ia32_sys_dup2(ia32_sys *s) {
  return host_result(dup2((int)s->a[0], (int)s->a[1]));
}

int32_t ia32_sys_dup3(ia32_sys *s) {
  return host_result(dup3((int)s->a[0], (int)s->a[1], (int)s->a[2]));
}

static int32_t give_pipe(ia32_sys *s, int flags) {
  int fds[2];
  if (pipe2(fds, flags)) return -errno;
  uint32_t w[2] = {(uint32_t)fds[0], (uint32_t)fds[1]};
  int32_t err = ia32_guest_write(s, s->a[0], w, sizeof w);
  if (err) close(fds[0]), close(fds[1]);
  return err;
}

int32_t ia32_sys_pipe(ia32_sys *s) {
  return give_pipe(s, 0);
}

int32_t ia32_sys_pipe2(ia32_sys *s) {
  if (s->a[1] & ~(uint32_t)(O_CLOEXEC | O_NONBLOCK | O_DIRECT)) return -EINVAL;
  return give_pipe(s, (int)s->a[1]);
}

/* rename/renameat/renameat2; renameat2 flags are passed to the host as they are. */
static int32_t do_renameat2(ia32_sys *s, int32_t olddir, uint32_t oldpath, int32_t newdir,
                            uint32_t newpath, uint32_t flags) {
  char from[IA32_PATH_MAX], to[IA32_PATH_MAX];
  int32_t err = get_path(s, oldpath, from);
  if (!err) err = get_path(s, newpath, to);
  return err ? err : host_result(renameat2(olddir, from, newdir, to, flags));
}

int32_t ia32_sys_rename(ia32_sys *s) {
  return do_renameat2(s, AT_FDCWD_, s->a[0], AT_FDCWD_, s->a[1], 0);
}

int32_t ia32_sys_renameat(ia32_sys *s) {
  return do_renameat2(s, (int32_t)s->a[0], s->a[1], (int32_t)s->a[2], s->a[3], 0);
}

int32_t ia32_sys_renameat2(ia32_sys *s) {
  return do_renameat2(s, (int32_t)s->a[0], s->a[1], (int32_t)s->a[2], s->a[3], s->a[4]);
}

static int32_t do_mkdirat(ia32_sys *s, int32_t dirfd, uint32_t path, uint32_t mode) {
  char p[IA32_PATH_MAX];
  int32_t err = get_path(s, path, p);
  return err ? err : host_result(mkdirat(dirfd, p, (mode_t)mode));
}

int32_t ia32_sys_mkdir(ia32_sys *s) { return do_mkdirat(s, AT_FDCWD_, s->a[0], s->a[1]); }
int32_t ia32_sys_mkdirat(ia32_sys *s) { return do_mkdirat(s, (int32_t)s->a[0], s->a[1], s->a[2]); }

int32_t ia32_sys_rmdir(ia32_sys *s) { return do_unlinkat(s, AT_FDCWD_, s->a[0], AT_REMOVEDIR); }
