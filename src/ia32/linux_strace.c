/* One strace-style line per system call, driven by the argument letters of
 * the table (linux_table.c): `write(1, "hello\n", 6) = 6`, strings quoted
 * with C escapes and cut at 32 bytes, pointers in hex, errors as
 * `= -1 ENOENT (No such file or directory)`. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "linux_internal.h"

#define STRACE_STRLEN 32 /* strace's default -s */

typedef struct line {
  char buf[IA32_PATH_MAX + 1024];
  size_t len;
} line;

static void put(line *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(line *l, const char *fmt, ...) {
  if (l->len >= sizeof l->buf) return;
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(l->buf + l->len, sizeof l->buf - l->len, fmt, ap);
  va_end(ap);
  if (n > 0) l->len += (size_t)n;
  if (l->len > sizeof l->buf - 1) l->len = sizeof l->buf - 1;
}

static void put_quoted(line *l, const uint8_t *p, size_t n, bool more) {
  put(l, "\"");
  for (size_t i = 0; i < n; i++) {
    uint8_t c = p[i];
    static const char esc_from[] = "\"\\\t\n\v\f\r", esc_to[] = "\"\\tnvfr";
    const char *e = c ? memchr(esc_from, c, sizeof esc_from - 1) : NULL;
    if (e)
      put(l, "\\%c", esc_to[e - esc_from]);
    else if (c >= 0x20 && c < 0x7f)
      put(l, "%c", c);
    else if (i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '7')
      put(l, "\\%03o", c);
    else
      put(l, "\\%o", c);
  }
  put(l, more ? "\"..." : "\"");
}

static void put_pointer(line *l, uint32_t v) {
  if (v)
    put(l, "%#x", v);
  else
    put(l, "NULL");
}

static void put_buffer(line *l, const ia32_sys *s, uint32_t addr, uint32_t len) {
  uint8_t b[STRACE_STRLEN];
  size_t n = len < STRACE_STRLEN ? len : STRACE_STRLEN;
  if (ia32_guest_read(s, addr, b, n))
    put_pointer(l, addr);
  else
    put_quoted(l, b, n, len > STRACE_STRLEN);
}

static void put_path(line *l, const ia32_sys *s, uint32_t addr) {
  char p[IA32_PATH_MAX];
  int n = ia32_guest_string(s, addr, p, sizeof p);
  if (n < 0)
    put_pointer(l, addr);
  else
    put_quoted(l, (const uint8_t *)p, (size_t)n, false);
}

typedef struct flag_name {
  uint32_t bits;
  const char *name;
} flag_name;

/* Names of the set bits, "|"-joined; leftover bits in hex; `none` if zero. */
static void put_flags(line *l, uint32_t v, const flag_name *t, const char *none) {
  bool first = true;
  for (; t->name; t++)
    if (t->bits && (v & t->bits) == t->bits) {
      put(l, "%s%s", first ? "" : "|", t->name);
      v &= ~t->bits;
      first = false;
    }
  if (v)
    put(l, "%s%#x", first ? "" : "|", v);
  else if (first)
    put(l, "%s", none);
}

static const flag_name open_flags[] = {
    {04010000, "O_SYNC"},     {020200000, "O_TMPFILE"}, {0100, "O_CREAT"},
    {0200, "O_EXCL"},         {0400, "O_NOCTTY"},       {01000, "O_TRUNC"},
    {02000, "O_APPEND"},      {04000, "O_NONBLOCK"},    {010000, "O_DSYNC"},
    {020000, "O_ASYNC"},      {040000, "O_DIRECT"},     {0100000, "O_LARGEFILE"},
    {0200000, "O_DIRECTORY"}, {0400000, "O_NOFOLLOW"},  {01000000, "O_NOATIME"},
    {02000000, "O_CLOEXEC"},  {010000000, "O_PATH"},    {0, NULL}};
static const flag_name prot_flags[] = {{1, "PROT_READ"},
                                       {2, "PROT_WRITE"},
                                       {4, "PROT_EXEC"},
                                       {0x01000000, "PROT_GROWSDOWN"},
                                       {0x02000000, "PROT_GROWSUP"},
                                       {0, NULL}};
static const flag_name map_flags[] = {{0x10, "MAP_FIXED"},
                                      {0x20, "MAP_ANONYMOUS"},
                                      {0x100, "MAP_GROWSDOWN"},
                                      {0x800, "MAP_DENYWRITE"},
                                      {0x1000, "MAP_EXECUTABLE"},
                                      {0x2000, "MAP_LOCKED"},
                                      {0x4000, "MAP_NORESERVE"},
                                      {0x8000, "MAP_POPULATE"},
                                      {0x10000, "MAP_NONBLOCK"},
                                      {0x20000, "MAP_STACK"},
                                      {0x40000, "MAP_HUGETLB"},
                                      {0x100000, "MAP_FIXED_NOREPLACE"},
                                      {0, NULL}};

/* A value from a short list of names, else decimal. */
static void put_enum(line *l, uint32_t v, const char *const *names, size_t n) {
  if (v < n && names[v])
    put(l, "%s", names[v]);
  else
    put(l, "%d", (int32_t)v);
}

static void put_open_flags(line *l, uint32_t v) {
  static const char *const access[] = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"};
  put(l, "%s", access[v & 3]);
  if (v & ~3u) {
    put(l, "|");
    put_flags(l, v & ~3u, open_flags, "");
  }
}

static void put_map_flags(line *l, uint32_t v) {
  static const char *const type[] = {"0", "MAP_SHARED", "MAP_PRIVATE", "MAP_SHARED_VALIDATE"};
  put(l, "%s", (v & 0xf) < 4 ? type[v & 0xf] : "MAP_TYPE?");
  if (v & ~0xfu) {
    put(l, "|");
    put_flags(l, v & ~0xfu, map_flags, "");
  }
}

static void put_iovecs(line *l, const ia32_sys *s, uint32_t addr, uint32_t count) {
  uint32_t raw[2];
  put(l, "[");
  for (uint32_t i = 0; i < count && i < STRACE_STRLEN; i++) {
    if (ia32_guest_read(s, addr + 8 * i, raw, sizeof raw)) break;
    put(l, "%s{iov_base=", i ? ", " : "");
    put_buffer(l, s, raw[0], raw[1]);
    put(l, ", iov_len=%u}", raw[1]);
  }
  put(l, count > STRACE_STRLEN ? ", ...]" : "]");
}

static void put_arg(line *l, const ia32_sys *s, char kind, int i, int32_t result) {
  uint32_t v = s->a[i], next = i < 5 ? s->a[i + 1] : 0;
  bool failed = (uint32_t)result > (uint32_t)-4096;
  static const char *const whence[] = {"SEEK_SET", "SEEK_CUR", "SEEK_END", "SEEK_DATA",
                                       "SEEK_HOLE"};
  static const char *const fcntl_cmd[] = {"F_DUPFD",   "F_GETFD",   "F_SETFD",   "F_GETFL",
                                          "F_SETFL",   "F_GETLK",   "F_SETLK",   "F_SETLKW",
                                          "F_SETOWN",  "F_GETOWN",  "F_SETSIG",  "F_GETSIG",
                                          "F_GETLK64", "F_SETLK64", "F_SETLKW64"};
  switch (kind) {
  case 'd':
    put(l, "%d", (int32_t)v);
    break;
  case 'u':
    put(l, "%u", v);
    break;
  case 'o':
    put(l, "0%03o", v);
    break;
  case 's':
    put_path(l, s, v);
    break;
  case 'w':
    put_buffer(l, s, v, next);
    break;
  case 'r':
    if (failed)
      put_pointer(l, v);
    else
      put_buffer(l, s, v, (uint32_t)result);
    break;
  case 'v':
    put_iovecs(l, s, v, next);
    break;
  case 'D':
    if ((int32_t)v == -100)
      put(l, "AT_FDCWD");
    else
      put(l, "%d", (int32_t)v);
    break;
  case 'O':
    put_open_flags(l, v);
    break;
  case 'P':
    put_flags(l, v, prot_flags, "PROT_NONE");
    break;
  case 'M':
    put_map_flags(l, v);
    break;
  case 'W':
    put_enum(l, v, whence, sizeof whence / sizeof whence[0]);
    break;
  case 'F':
    if (v == 1030)
      put(l, "F_DUPFD_CLOEXEC");
    else
      put_enum(l, v, fcntl_cmd, sizeof fcntl_cmd / sizeof fcntl_cmd[0]);
    break;
  case 'I':
    if (v == 0x5401)
      put(l, "TCGETS");
    else if (v == 0x5413)
      put(l, "TIOCGWINSZ");
    else
      put(l, "%#x", v);
    break;
  case 'X':
    put(l, "%#x", v);
    break;
  default:
    put_pointer(l, v);
    break; /* 'x' */
  }
}

/* open's mode only counts (and strace only shows it) when a file may be created. */
static bool opens_with_mode(uint32_t flags) {
  return (flags & 0100) || (flags & 020200000) == 020200000; /* O_CREAT, O_TMPFILE */
}

void ia32_strace(const ia32_sys *s, const ia32_syscall_desc *d, int32_t result) {
  line l = {.len = 0};
  bool known = d && d->fn;
  if (d)
    put(&l, "%s(", d->name);
  else
    put(&l, "syscall_%#x(", s->nr);
  const char *args = known ? d->args : "XXXXXX";
  for (int i = 0; args[i] && i < 6; i++) {
    if (args[i] == 'o' && i > 0 && args[i - 1] == 'O' && !opens_with_mode(s->a[i - 1])) break;
    if (i) put(&l, ", ");
    put_arg(&l, s, args[i], i, result);
  }
  put(&l, ") = ");
  if (known && d->ret == 'n') {
    put(&l, "?");
  } else if ((uint32_t)result > (uint32_t)-4096) {
    int err = -result;
    const char *name = strerrorname_np(err), *text = strerrordesc_np(err);
    put(&l, "-1 %s (%s)", name ? name : "E?", text ? text : "Unknown error");
  } else if (known && d->ret == 'x') {
    put(&l, "%#x", (uint32_t)result);
  } else {
    put(&l, "%d", result);
  }
  put(&l, "\n");
  for (size_t off = 0; off < l.len;) {
    ssize_t n = write(s->e->cfg.strace_fd, l.buf + off, l.len - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    off += (size_t)n;
  }
}
