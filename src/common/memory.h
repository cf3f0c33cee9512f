/* Guest physical memory: a small sorted set of RAM regions, each one host
 * mapping reserved up front and populated by the host kernel page by page on
 * first touch (sparse, 4 KiB granular). Every access goes through a region
 * lookup, so no guest address can reach host memory outside the regions.
 * Addresses with no RAM read as all ones and ignore writes (open bus). */
#ifndef VT_MEMORY_H
#define VT_MEMORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VT_PAGE_SHIFT 12
#define VT_PAGE_SIZE (1u << VT_PAGE_SHIFT)
#define VT_PAGE_MASK (~(uint64_t)(VT_PAGE_SIZE - 1))
#define VT_MEM_MAX_REGIONS 64
#define VT_MEM_MAX_BYTES (1ull << 40) /* sum of all regions: 1 TiB of address space */

/* Page flag bits (one byte per page). */
enum { VT_PAGE_CODE = 1 }; /* a decode cache holds instructions from this page */

typedef struct vt_region {
  uint64_t base, size;
  uint8_t *host;   /* host mapping of size bytes */
  uint8_t *flags;  /* one byte per page */
} vt_region;

/* Called when a write hits a page flagged VT_PAGE_CODE (self-modifying code). */
typedef void (*vt_code_write_fn)(void *ctx, uint64_t paddr, size_t len);

typedef struct vt_mem {
  vt_region region[VT_MEM_MAX_REGIONS];
  unsigned nregions;
  uint64_t total;
  vt_code_write_fn on_code_write;
  void *code_write_ctx;
} vt_mem;

void vt_mem_init(vt_mem *m);
void vt_mem_free(vt_mem *m);
/* 0, or -1 with errno-like reason in *why: misaligned, overlap, too big, no memory. */
int vt_mem_map(vt_mem *m, uint64_t base, uint64_t size, const char **why);

/* The region holding paddr, or NULL. */
static inline const vt_region *vt_mem_region(const vt_mem *m, uint64_t paddr) {
  for (unsigned i = 0; i < m->nregions; i++) {
    const vt_region *r = &m->region[i];
    if (paddr - r->base < r->size) return r;
  }
  return NULL;
}

/* Host pointer to the page holding paddr, or NULL if it is not RAM. The
 * interpreters cache these per page (their fast path). A caller that writes
 * through it must first check vt_mem_page_is_code(). */
static inline uint8_t *vt_mem_page(const vt_mem *m, uint64_t paddr) {
  const vt_region *r = vt_mem_region(m, paddr);
  return r ? r->host + ((paddr - r->base) & VT_PAGE_MASK) : NULL;
}

static inline bool vt_mem_page_is_code(const vt_mem *m, uint64_t paddr) {
  const vt_region *r = vt_mem_region(m, paddr);
  return r && (r->flags[(paddr - r->base) >> VT_PAGE_SHIFT] & VT_PAGE_CODE);
}

void vt_mem_set_code(vt_mem *m, uint64_t paddr, bool code);
/* Tell the decode cache that [paddr, paddr+len) was written (fast-path writers). */
void vt_mem_notify_code_write(vt_mem *m, uint64_t paddr, size_t len);

/* True if all of [paddr, paddr+len) is RAM. */
bool vt_mem_is_ram(const vt_mem *m, uint64_t paddr, uint64_t len);
/* Strict copies for loaders and the API: the whole range must be RAM (else -1,
 * nothing copied). Writes notify the decode cache. */
int vt_mem_read(const vt_mem *m, uint64_t paddr, void *buf, size_t len);
int vt_mem_write(vt_mem *m, uint64_t paddr, const void *buf, size_t len);
/* Guest-visible accesses: bytes without RAM read as 0xff and drop writes.
 * Return the number of bytes that had no RAM (for open-bus events). */
size_t vt_mem_read_bus(const vt_mem *m, uint64_t paddr, void *buf, size_t len);
size_t vt_mem_write_bus(vt_mem *m, uint64_t paddr, const void *buf, size_t len);

#endif
