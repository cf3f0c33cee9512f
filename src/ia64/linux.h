/* Linux user mode of the IA-64 model: the process address space, the
 * psABI initial state and the `break 0x100000` system calls of static ia64
 * executables.
 *
 * Layout (Linux ia64 with 16 KiB pages, no randomization):
 *   0x2000000000000000  mmap area (region 1), free ranges found top-down
 *                       in its first 4 GiB
 *   0x4000000000000000  text (region 2), 0x6000000000000000 data (region 3)
 *                       and the brk heap after it (up to 1 GiB)
 *   IA64_RBS_BASE       the register backing store, growing up (64 MiB)
 *   IA64_STACK_TOP      the memory stack, 8 MiB below it, growing down
 *
 * System calls (Linux arch/ia64 conventions): number in r15, arguments in
 * the caller's output registers out0-out7 (r32+sol... of the frame current
 * at the break: the kernel's entry br.calls and allocs 8 inputs over
 * them), result in r8 with r10 = 0, or r8 = errno and r10 = -1. Time is
 * deterministic as in the IA-32 layer (src/ia32/linux.h): CLOCK_REALTIME
 * is 1700000000 s plus one nanosecond per retired instruction, the other
 * clocks count one nanosecond per instruction; the process is pid 1000. */
#ifndef VT_IA64_LINUX_H
#define VT_IA64_LINUX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/engine.h"
#include "common/uspace.h"

#define IA64_LINUX_PAGE     16384u
#define IA64_MMAP_BASE      0x2000000000000000ull
#define IA64_MMAP_SIZE      (4ull << 30)
#define IA64_BRK_MAX        (1ull << 30)
#define IA64_STACK_TOP      0x60000ffffffc0000ull
#define IA64_STACK_SIZE     (8ull << 20)
#define IA64_RBS_BASE       0x60000f0000000000ull
#define IA64_RBS_SIZE       (64ull << 20)
#define IA64_USER_LIMIT     0x8000000000000000ull
#define IA64_FPSR_DEFAULT   0x0009804c0270033full /* Linux's FPSR_DEFAULT */

typedef struct ia64_linux ia64_linux;

enum {
  IA64_LINUX_CONTINUE = 0,
  IA64_LINUX_MAP_CHANGED = 1, /* VMAs changed: flush the software TLBs */
  IA64_LINUX_EXIT = 2,        /* exit or exit_group: *status is set */
};

/* Lay out the process after the image was loaded (e->layout): VMAs for the
 * image, RAM and VMAs for the stack, backing store, heap and mmap area,
 * argc/argv/envp/auxv on the stack. *sp gets r12 (16 bytes of scratch
 * below argc), *bsp the backing store's base. */
vtsim_err ia64_linux_start(vtsim_engine *e, int argc, char *const argv[], char *const envp[],
                           ia64_linux **out, uint64_t *sp, uint64_t *bsp);
void ia64_linux_free(ia64_linux *lx);
const vt_uspace *ia64_linux_uspace(const ia64_linux *lx);

/* Serve system call nr with args (out0-out7). *ret and *error receive r8
 * and r10 != 0. pc: the break's bundle. */
int ia64_linux_syscall(ia64_linux *lx, vtsim_engine *e, uint64_t pc, uint64_t nr,
                       const uint64_t args[8], uint64_t *ret, bool *error, int *status);

/* "ioctl(1065) x3, ...": the calls answered ENOSYS, in the order first seen. */
size_t ia64_linux_unimplemented_report(const ia64_linux *lx, char *out, size_t outlen);

#endif
