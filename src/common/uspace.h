/* A Linux-like process address space, independent of the architecture: a
 * sorted array of non-overlapping VMAs, each a page-aligned [start, end) with
 * one protection. Only the bookkeeping lives here: the caller moves bytes in
 * guest memory (zero fill, file contents). IA-32 uses 32-bit addresses in it,
 * IA-64 64-bit ones.
 *
 * Free ranges are found top-down, from a ceiling the caller chooses (Linux's
 * mmap_base) towards a floor (mmap_min_addr): it is what Linux does by
 * default since 2.6.9, and it keeps mappings far from the program break so
 * brk() can grow the heap contiguously. */
#ifndef VT_USPACE_H
#define VT_USPACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VT_USPACE_PAGE     4096u
#define VT_USPACE_MAX_VMAS 65530 /* Linux's default vm.max_map_count */

enum { VT_PROT_READ = 1, VT_PROT_WRITE = 2, VT_PROT_EXEC = 4 };

typedef struct vt_vma {
  uint64_t start, end; /* page aligned, start < end */
  int prot;            /* VT_PROT_* bits; 0 = PROT_NONE (mapped, inaccessible) */
} vt_vma;

typedef struct vt_uspace {
  vt_vma *vma; /* sorted by start, never overlapping; adjacent equal-prot VMAs merged */
  size_t count, cap;
  uint64_t limit;          /* one past the highest user address (IA-32: 0xC0000000) */
  uint64_t brk_start, brk; /* the program break: initial and current (byte addresses) */
} vt_uspace;

void vt_uspace_init(vt_uspace *u, uint64_t limit);
void vt_uspace_free(vt_uspace *u);

/* The VMA holding addr, or NULL. */
static inline const vt_vma *vt_uspace_find(const vt_uspace *u, uint64_t addr) {
  size_t lo = 0, hi = u->count; /* find the last VMA with start <= addr */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (u->vma[mid].start <= addr)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0) return NULL;
  const vt_vma *v = &u->vma[lo - 1];
  return addr < v->end ? v : NULL;
}

/* Protection of the page holding addr; 0 if unmapped (or PROT_NONE). The
 * CPU models call this on every software-TLB miss. */
static inline int vt_uspace_prot(const vt_uspace *u, uint64_t addr) {
  const vt_vma *v = vt_uspace_find(u, addr);
  return v ? v->prot : 0;
}

/* How many bytes from addr on (at most len) lie in mapped VMAs that each
 * carry every bit of prot (prot 0: merely mapped). */
uint64_t vt_uspace_extent(const vt_uspace *u, uint64_t addr, uint64_t len, int prot);
/* True if no VMA overlaps [start, start+len). */
bool vt_uspace_is_free(const vt_uspace *u, uint64_t start, uint64_t len);

/* The ranges below must be page aligned, non-empty and below the limit;
 * otherwise they return -EINVAL. -ENOMEM: the VMA table is full. */
/* Map [start, start+len) with prot, replacing whatever overlapped (MAP_FIXED). */
int vt_uspace_map(vt_uspace *u, uint64_t start, uint64_t len, int prot);
/* Unmap [start, start+len), splitting VMAs that straddle its ends. */
int vt_uspace_unmap(vt_uspace *u, uint64_t start, uint64_t len);
/* Change the protection of [start, start+len); -ENOMEM (changing nothing)
 * if part of it is unmapped, as Linux mprotect(). */
int vt_uspace_protect(vt_uspace *u, uint64_t start, uint64_t len, int prot);

/* The highest page-aligned start of a free range of len bytes inside
 * [floor, ceiling): 0 with *out set, or -ENOMEM. */
int vt_uspace_find_free(const vt_uspace *u, uint64_t len, uint64_t floor, uint64_t ceiling,
                        uint64_t *out);

/* Program break. brk_init sets both ends at start (rounded up to a page). */
void vt_uspace_brk_init(vt_uspace *u, uint64_t start);
/* Move the break to want with Linux brk() rules: below brk_start, or growing
 * into another mapping (keeping one page of gap), leaves it where it was. The
 * pages between the old and new page-rounded ends are mapped read-write or
 * unmapped; *changed_lo and *changed_hi (may be NULL) receive that page range
 * (equal if no page changed). Returns the resulting break. */
uint64_t vt_uspace_set_brk(vt_uspace *u, uint64_t want, uint64_t *changed_lo, uint64_t *changed_hi);

#endif
