/* A guest image read into memory and validated (ELF or flat). */
#ifndef VT_IMAGE_H
#define VT_IMAGE_H

#include <stdint.h>

#include "vtsim/vtsim.h"

typedef struct vt_segment {
  uint64_t vaddr, paddr, offset, filesz, memsz;
  uint32_t flags; /* PF_X | PF_W | PF_R */
} vt_segment;

/* Where a user-mode process finds its program headers (auxv AT_PHDR...). */
typedef struct vt_image_layout {
  uint64_t entry;
  uint64_t phdr, phnum, phent; /* phdr = 0: not in a loaded segment */
  uint64_t low, high;          /* placement addresses covered by segments */
} vt_image_layout;

#endif
