/* Self-modifying code: a store into an instruction that was already
 * executed (and so is in vtsim's decode cache) must take effect the next
 * time it runs, as on a real processor (SDM vol. 3 11.6: a write to a
 * code byte invalidates the cached instruction). */
#define TEST_NAME "smc"
#include "harness.h"

        /* Code that may be written: a writable, executable section. */
        .section .smc, "awx", @progbits
patch_me:
        movl $1, %eax           /* b8 01 00 00 00: the immediate is patched */
        ret
ahead:
        movl $0x11, %ebx        /* the store below rewrites the next instruction */
        movb $0x22, ahead_imm
ahead_next:
        movl $0x33, %ecx
        .set ahead_imm, ahead_next + 1
        ret
in_loop:
        xorl %edx, %edx
        movl $4, %ecx
1:      addl $1, %edx           /* 83 c2 01: becomes add $2 after the first pass */
        movb $2, 1b + 2
        loop 1b
        ret

        .text
        .globl _start
_start:
        CASE 1  /* the cached instruction is rewritten between two calls */
        call patch_me
        CHECK %eax, $1
        movb $2, patch_me + 1
        call patch_me
        CHECK %eax, $2

        CASE 2  /* a store rewrites the very next instruction */
        call ahead
        CHECK %ecx, $0x22

        CASE 3  /* a loop patches its own body: pass 1 adds 1, passes 2-4 add 2 */
        call in_loop
        CHECK %edx, $7

        CASE 4  /* a string store over code (REP STOSB writes NOPs over a MOV) */
        movl $patch_me, %edi
        movb $0x90, %al
        movl $5, %ecx
        movl $0x55, %eax
        movl $patch_me, %edi
        movl $0x90909090, %eax
        stosl
        movb $0x90, %al
        stosb
        movl $0x55, %eax
        call patch_me            /* now five NOPs then RET: EAX stays 0x55 */
        CHECK %eax, $0x55

        jmp test_finish
