/* The initial process stack as Linux's ELF loader lays it out, for both
 * Linux user modes (IA-32 with 4-byte words, IA-64 with 8-byte ones):
 * strings at the top (argv then envp, ascending), whatever the caller
 * pushes below them (AT_RANDOM bytes, the platform string), then argc,
 * argv[], NULL, envp[], NULL and the auxiliary vector, with argc 16-byte
 * aligned. */
#ifndef VT_EXEC_STACK_H
#define VT_EXEC_STACK_H

#include <stddef.h>
#include <stdint.h>

#include "common/memory.h"
#include "vtsim/vtsim.h"

enum { /* auxiliary vector types (Linux include/uapi/linux/auxvec.h) */
       VT_AT_NULL = 0,
       VT_AT_PHDR = 3,
       VT_AT_PHENT = 4,
       VT_AT_PHNUM = 5,
       VT_AT_PAGESZ = 6,
       VT_AT_BASE = 7,
       VT_AT_FLAGS = 8,
       VT_AT_ENTRY = 9,
       VT_AT_UID = 11,
       VT_AT_EUID = 12,
       VT_AT_GID = 13,
       VT_AT_EGID = 14,
       VT_AT_PLATFORM = 15,
       VT_AT_HWCAP = 16,
       VT_AT_CLKTCK = 17,
       VT_AT_SECURE = 23,
       VT_AT_RANDOM = 25,
       VT_AT_EXECFN = 31
};

typedef struct vt_auxv {
  uint64_t type, value;
} vt_auxv;

typedef struct vt_exec_stack {
  vt_mem *mem;
  uint64_t sp;   /* grows down from the top the caller gives */
  unsigned word; /* 4 or 8 */
  size_t argc, envc;
  uint64_t *ptrs; /* guest addresses of the argv then envp strings */
} vt_exec_stack;

void vt_exec_stack_init(vt_exec_stack *s, vt_mem *mem, uint64_t top, unsigned word);
/* Push n bytes; returns their guest address. */
uint64_t vt_exec_stack_push(vt_exec_stack *s, const void *p, size_t n);
/* Push the argv and envp strings as one block. VTSIM_ERR_ARG when strings
 * and pointers need more than max_bytes (Linux: a quarter of the stack). */
vtsim_err vt_exec_stack_strings(vt_exec_stack *s, int argc, char *const argv[], char *const envp[],
                                size_t max_bytes);
/* Write argc, the pointer arrays and auxv (ending with its VT_AT_NULL entry)
 * below what was pushed; returns the address of argc. Frees the pointers. */
uint64_t vt_exec_stack_finish(vt_exec_stack *s, const vt_auxv *auxv, size_t n);
void vt_exec_stack_free(vt_exec_stack *s);

#endif
