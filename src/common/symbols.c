/* Symbol table: sorted array, binary search. */
#include "symbols.h"

#include <stdlib.h>
#include <string.h>

void vt_symtab_free(vt_symtab *t) {
  for (size_t i = 0; i < t->count; i++) free(t->sym[i].name);
  free(t->sym);
  *t = (vt_symtab){0};
}

int vt_symtab_add(vt_symtab *t, uint64_t addr, uint64_t size, const char *name) {
  if (t->count == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 64;
    vt_symbol *s = realloc(t->sym, cap * sizeof *s);
    if (!s) return -1;
    t->sym = s;
    t->cap = cap;
  }
  char *copy = strdup(name);
  if (!copy) return -1;
  t->sym[t->count++] = (vt_symbol){.addr = addr, .size = size, .name = copy};
  return 0;
}

static int by_addr(const void *a, const void *b) {
  const vt_symbol *x = a, *y = b;
  if (x->addr != y->addr) return x->addr < y->addr ? -1 : 1;
  /* Among aliases prefer the one with a size, then the shorter name. */
  if ((x->size == 0) != (y->size == 0)) return x->size == 0 ? 1 : -1;
  return strcmp(x->name, y->name);
}

void vt_symtab_sort(vt_symtab *t) {
  if (t->count) qsort(t->sym, t->count, sizeof *t->sym, by_addr);
}

const vt_symbol *vt_symtab_lookup(const vt_symtab *t, uint64_t addr) {
  size_t lo = 0, hi = t->count; /* first symbol with addr > target */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->sym[mid].addr <= addr) lo = mid + 1;
    else hi = mid;
  }
  /* Walk back over aliases at the same address to the preferred one. */
  while (lo > 0) {
    const vt_symbol *s = &t->sym[lo - 1];
    if (lo > 1 && t->sym[lo - 2].addr == s->addr) {
      lo--;
      continue;
    }
    if (s->size == 0 || addr - s->addr < s->size) return s;
    return NULL;
  }
  return NULL;
}
