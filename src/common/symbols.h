/* Symbols of the loaded images, for naming addresses in traces. */
#ifndef VT_SYMBOLS_H
#define VT_SYMBOLS_H

#include <stddef.h>
#include <stdint.h>

typedef struct vt_symbol {
  uint64_t addr, size;
  char *name;
} vt_symbol;

typedef struct vt_symtab {
  vt_symbol *sym; /* sorted by addr once vt_symtab_sort() ran */
  size_t count, cap;
} vt_symtab;

void vt_symtab_free(vt_symtab *t);
int vt_symtab_add(vt_symtab *t, uint64_t addr, uint64_t size, const char *name);
void vt_symtab_sort(vt_symtab *t);
/* The symbol covering addr (inside its size, or the nearest one below when
 * the size is 0), or NULL. */
const vt_symbol *vt_symtab_lookup(const vt_symtab *t, uint64_t addr);

#endif
