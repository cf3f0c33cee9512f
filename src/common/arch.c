/* The CPU models built into this library. */
#include "engine.h"

extern const vt_arch_ops vt_ia32_ops, vt_ia64_ops;

static const vt_arch_ops *const arch_table[] = {
    &vt_ia32_ops,
    &vt_ia64_ops,
};

const vt_arch_ops *vt_arch_find(vtsim_arch arch) {
  for (size_t i = 0; i < sizeof arch_table / sizeof arch_table[0]; i++)
    if (arch_table[i] && arch_table[i]->arch == arch) return arch_table[i];
  return NULL;
}
