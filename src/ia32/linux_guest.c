/* Guest memory as the system calls see it: virtual == physical in e->mem,
 * and every access first checked against the VMAs, so a bad pointer is
 * -EFAULT and never reaches host memory outside the guest's RAM. */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "linux_internal.h"

int ia32_guest_read(const ia32_sys *s, uint32_t addr, void *buf, size_t len) {
  if (vt_uspace_extent(&s->lx->us, addr, len, VT_PROT_READ) != len) return -EFAULT;
  return vt_mem_read(&s->e->mem, addr, buf, len) ? -EFAULT : 0;
}

int ia32_guest_write(ia32_sys *s, uint32_t addr, const void *buf, size_t len) {
  if (vt_uspace_extent(&s->lx->us, addr, len, VT_PROT_WRITE) != len) return -EFAULT;
  return vt_mem_write(&s->e->mem, addr, buf, len) ? -EFAULT : 0;
}

int ia32_guest_put32(ia32_sys *s, uint32_t addr, uint32_t v) {
  uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
  return ia32_guest_write(s, addr, b, sizeof b);
}

int ia32_guest_string(const ia32_sys *s, uint32_t addr, char *out, size_t cap) {
  size_t n = 0;
  while (n < cap) {
    size_t got;
    const uint8_t *p = ia32_guest_span(s, addr + (uint32_t)n, cap - n, VT_PROT_READ, &got);
    if (!p) return -EFAULT;
    const uint8_t *nul = memchr(p, 0, got);
    size_t take = nul ? (size_t)(nul - p) + 1 : got;
    memcpy(out + n, p, take);
    n += take;
    if (nul) return (int)(n - 1);
  }
  return -ENAMETOOLONG;
}

uint8_t *ia32_guest_span(const ia32_sys *s, uint32_t addr, size_t len, int prot, size_t *n) {
  *n = 0;
  uint64_t ok = vt_uspace_extent(&s->lx->us, addr, len, prot);
  const vt_region *r = vt_mem_region(&s->e->mem, addr);
  if (!ok || !r) return NULL;
  uint64_t in_region = r->base + r->size - addr;
  *n = (size_t)(ok < in_region ? ok : in_region);
  return r->host + (addr - r->base);
}

void ia32_guest_span_written(ia32_sys *s, uint32_t addr, size_t n) {
  if (!n) return;
  uint64_t last = ((uint64_t)addr + n - 1) & VT_PAGE_MASK;
  for (uint64_t page = addr & VT_PAGE_MASK; page <= last; page += VT_PAGE_SIZE)
    if (vt_mem_page_is_code(&s->e->mem, page)) {
      vt_mem_notify_code_write(&s->e->mem, addr, n);
      return;
    }
}

void ia32_guest_zero(vtsim_engine *e, uint64_t start, uint64_t len) {
  uint64_t end = start + len;
  while (start < end) {
    const vt_region *r = vt_mem_region(&e->mem, start);
    if (!r) { /* a hole: on to the next region, if any lies inside */
      uint64_t next = end;
      for (unsigned i = 0; i < e->mem.nregions; i++)
        if (e->mem.region[i].base > start && e->mem.region[i].base < next)
          next = e->mem.region[i].base;
      start = next;
      continue;
    }
    uint64_t n = r->base + r->size - start;
    if (n > end - start) n = end - start;
    uint8_t *host = r->host + (start - r->base);
    /* Dropping private anonymous pages makes them read as zero again and
     * returns the memory to the host; memset only if the host refuses. */
    if (madvise(host, n, MADV_DONTNEED)) memset(host, 0, n);
    for (uint64_t page = start; page < start + n; page += VT_PAGE_SIZE)
      if (vt_mem_page_is_code(&e->mem, page)) vt_mem_notify_code_write(&e->mem, page, VT_PAGE_SIZE);
    start += n;
  }
}
