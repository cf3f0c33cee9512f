/* Guest physical memory (see memory.h). */
#include "memory.h"

#include <string.h>
#include <sys/mman.h>

void vt_mem_init(vt_mem *m) { memset(m, 0, sizeof *m); }

void vt_mem_free(vt_mem *m) {
  for (unsigned i = 0; i < m->nregions; i++) {
    vt_region *r = &m->region[i];
    munmap(r->host, r->size);
    munmap(r->flags, r->size >> VT_PAGE_SHIFT);
  }
  vt_mem_init(m);
}

static void *map_anonymous(uint64_t size) {
  void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

int vt_mem_map(vt_mem *m, uint64_t base, uint64_t size, const char **why) {
  if (size == 0 || (base | size) & (VT_PAGE_SIZE - 1)) {
    *why = "region is empty or not 4 KiB aligned";
    return -1;
  }
  if (base + size < base || size > VT_MEM_MAX_BYTES - m->total) {
    *why = "region is too large";
    return -1;
  }
  if (m->nregions == VT_MEM_MAX_REGIONS) {
    *why = "too many memory regions";
    return -1;
  }
  unsigned at = 0;
  for (; at < m->nregions; at++) {
    const vt_region *r = &m->region[at];
    if (base < r->base + r->size && r->base < base + size) {
      *why = "region overlaps mapped RAM";
      return -1;
    }
    if (base < r->base) break;
  }
  uint8_t *host = map_anonymous(size);
  uint8_t *flags = host ? map_anonymous(size >> VT_PAGE_SHIFT) : NULL;
  if (!flags) {
    if (host) munmap(host, size);
    *why = "host memory exhausted";
    return -1;
  }
  memmove(&m->region[at + 1], &m->region[at], (m->nregions - at) * sizeof m->region[0]);
  m->region[at] = (vt_region){.base = base, .size = size, .host = host, .flags = flags};
  m->nregions++;
  m->total += size;
  return 0;
}

void vt_mem_set_code(vt_mem *m, uint64_t paddr, bool code) {
  const vt_region *r = vt_mem_region(m, paddr);
  if (!r) return;
  uint8_t *f = &r->flags[(paddr - r->base) >> VT_PAGE_SHIFT];
  *f = code ? (*f | VT_PAGE_CODE) : (*f & ~VT_PAGE_CODE);
}

void vt_mem_notify_code_write(vt_mem *m, uint64_t paddr, size_t len) {
  if (m->on_code_write) m->on_code_write(m->code_write_ctx, paddr, len);
}

/* Visit [paddr, paddr+len) in pieces that each lie in one region or in one
 * hole; fn gets the region (or NULL) and the offset into the caller's buffer. */
typedef void (*piece_fn)(const vt_region *r, uint64_t paddr, size_t off, size_t n, void *ctx);

static void for_each_piece(const vt_mem *m, uint64_t paddr, size_t len, piece_fn fn, void *ctx) {
  size_t off = 0;
  while (off < len) {
    uint64_t a = paddr + off;
    const vt_region *r = vt_mem_region(m, a);
    uint64_t n = len - off;
    if (r) {
      if (n > r->base + r->size - a) n = r->base + r->size - a;
    } else {
      /* Up to the next region above a (regions are sorted), or the end. */
      for (unsigned i = 0; i < m->nregions; i++) {
        const vt_region *next = &m->region[i];
        if (next->base > a && next->base - a < n) {
          n = next->base - a;
          break;
        }
      }
    }
    fn(r, a, off, (size_t)n, ctx);
    off += (size_t)n;
  }
}

bool vt_mem_is_ram(const vt_mem *m, uint64_t paddr, uint64_t len) {
  if (len == 0) return true;
  if (paddr + len - 1 < paddr) return false;
  const vt_region *r = vt_mem_region(m, paddr);
  /* Regions never touch in a way that matters here: a range spanning two
   * adjacent regions is checked piece by piece. */
  while (r) {
    uint64_t end = r->base + r->size;
    if (paddr + len <= end) return true;
    len -= end - paddr;
    paddr = end;
    r = vt_mem_region(m, paddr);
  }
  return false;
}

typedef struct copy_ctx {
  uint8_t *buf;
  const uint8_t *src;
  vt_mem *mem;
  size_t holes;
} copy_ctx;

static void read_piece(const vt_region *r, uint64_t paddr, size_t off, size_t n, void *ctx) {
  copy_ctx *c = ctx;
  if (r) {
    memcpy(c->buf + off, r->host + (paddr - r->base), n);
  } else {
    memset(c->buf + off, 0xff, n);
    c->holes += n;
  }
}

static void write_piece(const vt_region *r, uint64_t paddr, size_t off, size_t n, void *ctx) {
  copy_ctx *c = ctx;
  if (!r) {
    c->holes += n;
    return;
  }
  memcpy(r->host + (paddr - r->base), c->src + off, n);
  uint64_t first = (paddr - r->base) >> VT_PAGE_SHIFT;
  uint64_t last = (paddr - r->base + n - 1) >> VT_PAGE_SHIFT;
  for (uint64_t p = first; p <= last; p++) {
    if (r->flags[p] & VT_PAGE_CODE) {
      vt_mem_notify_code_write(c->mem, paddr, n);
      break;
    }
  }
}

size_t vt_mem_read_bus(const vt_mem *m, uint64_t paddr, void *buf, size_t len) {
  copy_ctx c = {.buf = buf};
  for_each_piece(m, paddr, len, read_piece, &c);
  return c.holes;
}

size_t vt_mem_write_bus(vt_mem *m, uint64_t paddr, const void *buf, size_t len) {
  copy_ctx c = {.src = buf, .mem = m};
  for_each_piece(m, paddr, len, write_piece, &c);
  return c.holes;
}

int vt_mem_read(const vt_mem *m, uint64_t paddr, void *buf, size_t len) {
  if (!vt_mem_is_ram(m, paddr, len)) return -1;
  vt_mem_read_bus(m, paddr, buf, len);
  return 0;
}

int vt_mem_write(vt_mem *m, uint64_t paddr, const void *buf, size_t len) {
  if (!vt_mem_is_ram(m, paddr, len)) return -1;
  vt_mem_write_bus(m, paddr, buf, len);
  return 0;
}
