/* The process address space bookkeeping (see uspace.h). */
#include "uspace.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_OFFSET_MASK ((uint64_t)VT_USPACE_PAGE - 1)

static uint64_t page_up(uint64_t a) {
  return (a + PAGE_OFFSET_MASK) & ~PAGE_OFFSET_MASK;
}

void vt_uspace_init(vt_uspace *u, uint64_t limit) {
  memset(u, 0, sizeof *u);
  u->limit = limit & ~PAGE_OFFSET_MASK;
}

void vt_uspace_free(vt_uspace *u) {
  free(u->vma);
  u->vma = NULL;
  u->count = u->cap = 0;
}

/* Index of the first VMA whose end lies above addr (count if none). */
static size_t first_ending_above(const vt_uspace *u, uint64_t addr) {
  size_t lo = 0, hi = u->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (u->vma[mid].end <= addr)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int check_range(const vt_uspace *u, uint64_t start, uint64_t len) {
  if (len == 0 || ((start | len) & PAGE_OFFSET_MASK)) return -EINVAL;
  if (start >= u->limit || len > u->limit - start) return -EINVAL;
  return 0;
}

/* Room for `more` VMAs. */
static int reserve(vt_uspace *u, size_t more) {
  if (u->count + more <= u->cap) return 0;
  if (u->count + more > VT_USPACE_MAX_VMAS) return -ENOMEM;
  size_t cap = u->cap ? u->cap * 2 : 16;
  while (cap < u->count + more) cap *= 2;
  vt_vma *v = realloc(u->vma, cap * sizeof *v);
  if (!v) return -ENOMEM;
  u->vma = v;
  u->cap = cap;
  return 0;
}

static void insert_at(vt_uspace *u, size_t i, vt_vma v) {
  memmove(&u->vma[i + 1], &u->vma[i], (u->count - i) * sizeof v);
  u->vma[i] = v;
  u->count++;
}

static void remove_range(vt_uspace *u, size_t i, size_t j) {
  memmove(&u->vma[i], &u->vma[j], (u->count - j) * sizeof u->vma[0]);
  u->count -= j - i;
}

/* Take [start, end) out of every VMA; returns where a VMA for it belongs.
 * Needs room for one more VMA (a straddling VMA splits in two). */
static size_t carve(vt_uspace *u, uint64_t start, uint64_t end) {
  size_t i = first_ending_above(u, start);
  if (i < u->count && u->vma[i].start < start) {
    vt_vma *v = &u->vma[i];
    if (v->end > end) { /* the hole lies inside one VMA: split it */
      vt_vma tail = {.start = end, .end = v->end, .prot = v->prot};
      v->end = start;
      insert_at(u, i + 1, tail);
      return i + 1;
    }
    v->end = start;
    i++;
  }
  size_t j = i;
  while (j < u->count && u->vma[j].end <= end) j++;
  if (j < u->count && u->vma[j].start < end) u->vma[j].start = end;
  remove_range(u, i, j);
  return i;
}

/* Insert v at index i (its sorted place) and merge it with equal neighbours. */
static void insert_merged(vt_uspace *u, size_t i, vt_vma v) {
  bool join_prev = i > 0 && u->vma[i - 1].end == v.start && u->vma[i - 1].prot == v.prot;
  bool join_next = i < u->count && u->vma[i].start == v.end && u->vma[i].prot == v.prot;
  if (join_prev && join_next) {
    u->vma[i - 1].end = u->vma[i].end;
    remove_range(u, i, i + 1);
  } else if (join_prev) {
    u->vma[i - 1].end = v.end;
  } else if (join_next) {
    u->vma[i].start = v.start;
  } else {
    insert_at(u, i, v);
  }
}

int vt_uspace_map(vt_uspace *u, uint64_t start, uint64_t len, int prot) {
  int err = check_range(u, start, len);
  if (!err) err = reserve(u, 2);
  if (err) return err;
  size_t i = carve(u, start, start + len);
  insert_merged(u, i, (vt_vma){.start = start, .end = start + len, .prot = prot});
  return 0;
}

int vt_uspace_unmap(vt_uspace *u, uint64_t start, uint64_t len) {
  int err = check_range(u, start, len);
  if (!err) err = reserve(u, 1);
  if (err) return err;
  carve(u, start, start + len);
  return 0;
}

int vt_uspace_protect(vt_uspace *u, uint64_t start, uint64_t len, int prot) {
  int err = check_range(u, start, len);
  if (err) return err;
  if (vt_uspace_extent(u, start, len, 0) != len) return -ENOMEM;
  /* The range is wholly mapped, so re-mapping it with the new protection is
   * the same as changing the protection of each piece. */
  return vt_uspace_map(u, start, len, prot);
}

uint64_t vt_uspace_extent(const vt_uspace *u, uint64_t addr, uint64_t len, int prot) {
  size_t i = first_ending_above(u, addr);
  uint64_t at = addr, end = addr + len < addr ? UINT64_MAX : addr + len;
  for (; i < u->count && at < end; i++) {
    const vt_vma *v = &u->vma[i];
    if (v->start > at || (v->prot & prot) != prot) break;
    at = v->end;
  }
  return (at < end ? at : end) - addr;
}

bool vt_uspace_is_free(const vt_uspace *u, uint64_t start, uint64_t len) {
  if (len == 0) return true;
  size_t i = first_ending_above(u, start);
  return i == u->count || u->vma[i].start >= start + len;
}

int vt_uspace_find_free(const vt_uspace *u, uint64_t len, uint64_t floor, uint64_t ceiling,
                        uint64_t *out) {
  len = page_up(len);
  floor = page_up(floor);
  ceiling &= ~PAGE_OFFSET_MASK;
  if (ceiling > u->limit) ceiling = u->limit;
  if (len == 0 || ceiling < floor || len > ceiling - floor) return -ENOMEM;
  /* Walk the gaps from the top: the gap below VMA i ends at its start. */
  size_t i = first_ending_above(u, ceiling - 1);
  uint64_t gap_end = ceiling;
  if (i < u->count && u->vma[i].start < ceiling) gap_end = u->vma[i].start;
  for (;;) {
    uint64_t gap_start = i > 0 ? u->vma[i - 1].end : 0;
    if (gap_start < floor) gap_start = floor;
    if (gap_end >= gap_start && gap_end - gap_start >= len) {
      *out = gap_end - len;
      return 0;
    }
    if (i == 0 || u->vma[i - 1].end <= floor) return -ENOMEM;
    i--;
    gap_end = u->vma[i].start;
  }
}

void vt_uspace_brk_init(vt_uspace *u, uint64_t start) {
  u->brk_start = u->brk = page_up(start);
}

uint64_t vt_uspace_set_brk(vt_uspace *u, uint64_t want, uint64_t *changed_lo,
                           uint64_t *changed_hi) {
  uint64_t old_top = page_up(u->brk), new_top = page_up(want);
  if (changed_lo) *changed_lo = old_top;
  if (changed_hi) *changed_hi = old_top;
  if (want < u->brk_start || want > u->limit || new_top > u->limit) return u->brk;
  if (new_top < old_top) {
    if (vt_uspace_unmap(u, new_top, old_top - new_top)) return u->brk;
    if (changed_lo) *changed_lo = new_top;
  } else if (new_top > old_top) {
    /* The grown heap must not reach another mapping, nor touch it. */
    uint64_t guard = new_top + VT_USPACE_PAGE <= u->limit ? VT_USPACE_PAGE : 0;
    if (!vt_uspace_is_free(u, old_top, new_top - old_top + guard)) return u->brk;
    if (vt_uspace_map(u, old_top, new_top - old_top, VT_PROT_READ | VT_PROT_WRITE)) return u->brk;
    if (changed_hi) *changed_hi = new_top;
  }
  u->brk = want;
  return want;
}
