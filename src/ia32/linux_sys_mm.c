/* Memory management calls: brk, mmap2/mmap, munmap, mprotect, madvise.
 * Invariant: guest pages outside every VMA read as zero, and a mapping
 * comes into being zeroed, so anonymous memory is always zero-filled even
 * where an earlier mapping dirtied the same pages. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "linux_internal.h"

enum { /* i386 mmap flags (Linux include/uapi/asm-generic/mman*.h) */
       MAP_SHARED_ = 0x01,
       MAP_PRIVATE_ = 0x02,
       MAP_TYPE_ = 0x0f,
       MAP_FIXED_ = 0x10,
       MAP_ANONYMOUS_ = 0x20,
       MAP_FIXED_NOREPLACE_ = 0x100000,
};
enum { PROT_GROWSDOWN_ = 0x01000000, PROT_GROWSUP_ = 0x02000000, MADV_DONTNEED_ = 4 };

static uint64_t page_up(uint64_t a) {
  return (a + IA32_PAGE - 1) & ~(uint64_t)(IA32_PAGE - 1);
}

int32_t ia32_sys_brk(ia32_sys *s) {
  uint64_t lo, hi;
  uint64_t now = vt_uspace_set_brk(&s->lx->us, s->a[0], &lo, &hi);
  if (hi > lo) {
    ia32_guest_zero(s->e, lo, hi - lo);
    s->action = IA32_LINUX_MAP_CHANGED;
  }
  return (int32_t)(uint32_t)now;
}

/* Is fd something a private mapping can copy from? 0 or -errno. */
static int32_t check_mappable_fd(ia32_sys *s, int32_t fd, uint32_t prot, uint32_t type) {
  struct stat st;
  if (fd < 0 || fstat(fd, &st)) return -EBADF;
  if (!S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode)) return -ENODEV;
  int mode = fcntl(fd, F_GETFL);
  if (mode < 0) return -EBADF;
  if ((mode & O_ACCMODE) == O_WRONLY) return -EACCES;
  if (type != MAP_PRIVATE_ && (prot & VT_PROT_WRITE)) {
    if ((mode & O_ACCMODE) != O_RDWR) return -EACCES;
    s->unimplemented = true; /* writes would have to reach the file */
    return -ENOSYS;
  }
  return 0;
}

/* Copy the file's bytes from offset into the fresh mapping; past EOF stays zero. */
static int32_t fill_from_file(ia32_sys *s, int32_t fd, uint64_t offset, uint32_t addr,
                              uint64_t size) {
  const vt_region *r = vt_mem_region(&s->e->mem, addr);
  if (!r || addr + size > r->base + r->size) return -ENOMEM;
  uint8_t *host = r->host + (addr - r->base);
  uint64_t done = 0;
  while (done < size) {
    ssize_t n = pread(fd, host + done, (size_t)(size - done), (off_t)(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -errno;
    if (n == 0) break;
    done += (uint64_t)n;
  }
  ia32_guest_span_written(s, addr, (size_t)done);
  return 0;
}

static int32_t do_mmap(ia32_sys *s, uint32_t addr, uint32_t len, uint32_t prot, uint32_t flags,
                       int32_t fd, uint64_t pgoff) {
  vt_uspace *us = &s->lx->us;
  uint32_t type = flags & MAP_TYPE_;
  bool anon = flags & MAP_ANONYMOUS_, fixed = flags & (MAP_FIXED_ | MAP_FIXED_NOREPLACE_);
  if (len == 0 || (prot & ~7u)) return -EINVAL;
  if (type != MAP_SHARED_ && type != MAP_PRIVATE_ && type != (MAP_SHARED_ | MAP_PRIVATE_))
    return -EINVAL;
  uint64_t size = page_up(len);
  if (size > IA32_TASK_SIZE) return -ENOMEM;
  if (!anon) {
    int32_t err = check_mappable_fd(s, fd, prot, type);
    if (err) return err;
  }
  uint64_t at = addr;
  if (fixed) {
    if (addr & (IA32_PAGE - 1)) return -EINVAL;
    if (at + size > IA32_TASK_SIZE) return -ENOMEM;
    if (at < IA32_MMAP_MIN) return -EPERM;
    if ((flags & MAP_FIXED_NOREPLACE_) && !vt_uspace_is_free(us, at, size)) return -EEXIST;
  } else {
    at &= ~(uint64_t)(IA32_PAGE - 1); /* a hint, taken if the range is free */
    if (at < IA32_MMAP_MIN || at + size > IA32_TASK_SIZE || !vt_uspace_is_free(us, at, size)) {
      if (vt_uspace_find_free(us, size, IA32_MMAP_MIN, IA32_MMAP_BASE, &at) &&
          vt_uspace_find_free(us, size, IA32_MMAP_MIN, IA32_TASK_SIZE, &at))
        return -ENOMEM;
    }
  }
  int err = vt_uspace_map(us, at, size, (int)prot);
  if (err) return err;
  s->action = IA32_LINUX_MAP_CHANGED;
  ia32_guest_zero(s->e, at, size);
  if (!anon) {
    int32_t ferr = fill_from_file(s, fd, pgoff * IA32_PAGE, (uint32_t)at, size);
    if (ferr) {
      vt_uspace_unmap(us, at, size);
      ia32_guest_zero(s->e, at, size);
      return ferr;
    }
  }
  return (int32_t)(uint32_t)at;
}

int32_t ia32_sys_mmap2(ia32_sys *s) {
  return do_mmap(s, s->a[0], s->a[1], s->a[2], s->a[3], (int32_t)s->a[4], s->a[5]);
}

/* mmap (90): one pointer to the six arguments; the offset in bytes. */
int32_t ia32_sys_old_mmap(ia32_sys *s) {
  uint32_t w[6];
  int err = ia32_guest_read(s, s->a[0], w, sizeof w);
  if (err) return err;
  if (w[5] & (IA32_PAGE - 1)) return -EINVAL;
  return do_mmap(s, w[0], w[1], w[2], w[3], (int32_t)w[4], w[5] / IA32_PAGE);
}

int32_t ia32_sys_munmap(ia32_sys *s) {
  uint32_t addr = s->a[0];
  uint64_t size = page_up(s->a[1]);
  if ((addr & (IA32_PAGE - 1)) || size == 0 || addr + size > IA32_TASK_SIZE) return -EINVAL;
  int err = vt_uspace_unmap(&s->lx->us, addr, size);
  if (err) return err;
  ia32_guest_zero(s->e, addr, size);
  s->action = IA32_LINUX_MAP_CHANGED;
  return 0;
}

int32_t ia32_sys_mprotect(ia32_sys *s) {
  uint32_t addr = s->a[0], prot = s->a[2] & ~(uint32_t)(PROT_GROWSDOWN_ | PROT_GROWSUP_);
  uint64_t size = page_up(s->a[1]);
  if ((addr & (IA32_PAGE - 1)) || (prot & ~7u)) return -EINVAL;
  if (size == 0) return 0;
  if (addr + size > IA32_TASK_SIZE) return -ENOMEM;
  int err = vt_uspace_protect(&s->lx->us, addr, size, (int)prot);
  if (err) return err;
  s->action = IA32_LINUX_MAP_CHANGED;
  return 0;
}

/* Advice is accepted; MADV_DONTNEED also drops the contents, so the pages
 * read as zero afterwards (exact for anonymous memory; a private file
 * mapping would re-read its file, which vtsim does not remember). */
int32_t ia32_sys_madvise(ia32_sys *s) {
  uint32_t addr = s->a[0];
  uint64_t size = page_up(s->a[1]);
  if (addr & (IA32_PAGE - 1)) return -EINVAL;
  if (size == 0) return 0;
  if (addr + size > IA32_TASK_SIZE) return -ENOMEM;
  if (vt_uspace_extent(&s->lx->us, addr, size, 0) != size) return -ENOMEM;
  if (s->a[2] == MADV_DONTNEED_) ia32_guest_zero(s->e, addr, size);
  return 0;
}
