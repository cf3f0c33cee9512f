/* More straight-line code than vtsim's instruction pool holds at once
 * (src/ia32 IA32_POOL_INSNS = 65536 decoded instructions): 2600 blocks of 32
 * instructions, run twice. Filling the pool flushes the decode cache and
 * starts it again; every instruction must still run exactly once per pass. */
#define TEST_NAME "bigcode"
#include "harness.h"

        .text
        .globl _start
_start:
        CASE 1
        xorl %eax, %eax
        movl $2, %ecx
pass:
        .rept 2600
        .rept 31
        incl %eax
        .endr
        jmp .+2                 /* ends the block (EB 00: to the next byte) */
        .endr
        decl %ecx
        jnz pass_again
        CHECK %eax, $(2 * 2600 * 31)
        jmp test_finish
pass_again:
        jmp pass
