/* Linux user mode of the IA-32 model: the process address space, the SysV
 * i386 initial stack and the int 0x80 system calls of static i386
 * executables. The CPU interpreter calls these; everything it needs back
 * (the VMAs, the TLS descriptors, the exit status) crosses this interface.
 *
 * Layout (Linux i386, 3 GiB user space, no randomization):
 *   [image segments]  [brk heap from the page after the image, growing up]
 *   ... mmap area: free ranges found top-down below 0xB8000000 (Linux's
 *       mmap_base: TASK_SIZE minus its 128 MiB minimum stack gap) ...
 *   [stack: 8 MiB ending at 0xBFFFF000]  0xC0000000 = TASK_SIZE
 *
 * Time is deterministic: CLOCK_REALTIME is 2023-11-14T22:13:20Z
 * (1700000000 s) plus one nanosecond per retired instruction (e->icount);
 * the monotonic and CPU-time clocks are the icount in nanoseconds. Random
 * bytes (AT_RANDOM, getrandom) come from a generator seeded by e->cfg.seed.
 * The process is pid 1000 (ppid 1, tid = pid), uid/gid 1000. File
 * descriptors are the host's, as in qemu-user: the guest may close any of
 * them, including 0-2. */
#ifndef VT_IA32_LINUX_H
#define VT_IA32_LINUX_H

#include <stddef.h>
#include <stdint.h>

#include "common/engine.h"
#include "common/uspace.h"

typedef struct ia32_linux ia32_linux;

enum {
  IA32_LINUX_CONTINUE = 0,
  IA32_LINUX_MAP_CHANGED = 1, /* VMAs changed: flush the software TLBs */
  IA32_LINUX_EXIT = 2,        /* exit or exit_group: *status is set */
};

/* Lay out the process after the image was loaded (e->layout) into the RAM
 * the model mapped over [0, 4 GiB): VMAs per loaded segment (from the
 * program headers in guest memory; [low, high) RWX if they are not
 * there), the stack, the break; build argc/argv/envp/auxv on the stack.
 * hwcap is CPUID.1:EDX as the CPU reports it. *esp gets the initial ESP. */
vtsim_err ia32_linux_start(vtsim_engine *e, uint32_t hwcap, int argc, char *const argv[],
                           char *const envp[], ia32_linux **out, uint32_t *esp);
void ia32_linux_free(ia32_linux *lx);
const vt_uspace *ia32_linux_uspace(const ia32_linux *lx);

/* Serve the system call in gpr[EAX] (arguments EBX ECX EDX ESI EDI EBP;
 * gpr indexes 0..7 = EAX ECX EDX EBX ESP EBP ESI EDI) and write the result
 * or -errno to gpr[EAX]. user_gdt: the 16 raw GDT descriptors that
 * set_thread_area fills (TLS entries 6..8). pc: address of the int 0x80.
 * Returns IA32_LINUX_CONTINUE, IA32_LINUX_MAP_CHANGED or IA32_LINUX_EXIT. */
int ia32_linux_syscall(ia32_linux *lx, vtsim_engine *e, uint32_t gpr[8], uint64_t user_gdt[16],
                       uint32_t pc, int *status);

/* "ioctl(54) x3, foo(999) x1": the unimplemented calls the guest made, in
 * the order first seen. Returns the length snprintf would (0 if none). */
size_t ia32_linux_unimplemented_report(const ia32_linux *lx, char *out, size_t outlen);

#endif
