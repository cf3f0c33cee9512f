/* LOOP, LOOPE, LOOPNE and JECXZ, plus the 16-bit address-size forms that
 * count in CX (JCXZ, LOOP with a 67h prefix). LOOPcc never changes flags. */
#define TEST_NAME "loop"
#include "harness.h"

        .data
words:  .long 7, 7, 7, 9, 7, 7

        .text
        .globl _start
_start:
        CASE 1  /* LOOP runs ECX times and leaves ECX = 0 */
        movl $5, %ecx
        xorl %eax, %eax
1:      incl %eax
        loop 1b
        CHECK %eax, $5
        CHECK %ecx, $0

        CASE 2  /* ECX = 1: one pass */
        movl $1, %ecx
        xorl %eax, %eax
1:      incl %eax
        loop 1b
        CHECK %eax, $1

        CASE 3  /* LOOP does not touch the flags */
        movl $3, %ecx
        SET_FLAGS F_CF | F_ZF | F_SF | F_OF | F_PF | F_AF
1:      loop 1b
        CHECK_FLAGS F_ARITH, F_ARITH
        SET_FLAGS 0
        movl $3, %ecx
1:      loop 1b
        CHECK_FLAGS F_ARITH, 0

        CASE 4  /* LOOPE stops at the first element that differs */
        movl $words, %esi
        movl $6, %ecx
1:      lodsl
        cmpl $7, %eax
        loope 1b
        CHECK %ecx, $2
        CHECK %esi, $words+16
        CHECK %eax, $9

        CASE 5  /* LOOPE stops when ECX reaches 0 with ZF = 1 */
        movl $words, %esi
        movl $3, %ecx
1:      lodsl
        cmpl $7, %eax
        loope 1b
        CHECK %ecx, $0
        CHECK %esi, $words+12

        CASE 6  /* LOOPNE stops at the first element that matches */
        movl $words, %esi
        movl $6, %ecx
1:      lodsl
        cmpl $9, %eax
        loopne 1b
        CHECK %ecx, $2
        CHECK %eax, $9

        CASE 7  /* LOOPNE with ZF = 1 at once: one pass */
        movl $10, %ecx
        xorl %eax, %eax
1:      incl %eax
        cmpl %eax, %eax
        loopne 1b
        CHECK %eax, $1
        CHECK %ecx, $9

        CASE 8  /* JECXZ: taken for ECX = 0, not for ECX = 10000h */
        xorl %ecx, %ecx
        movl $0, %eax
        jecxz 1f
        movl $1, %eax
1:      CHECK %eax, $0
        movl $0x10000, %ecx
        jecxz 1f
        movl $2, %eax
1:      CHECK %eax, $2

        CASE 9  /* JCXZ (67h) tests only CX */
        movl $0x10000, %ecx
        movl $0, %eax
        jcxz 1f
        movl $1, %eax
1:      CHECK %eax, $0
        movl $0x10001, %ecx
        jcxz 1f
        movl $3, %eax
1:      CHECK %eax, $3

        CASE 10 /* LOOP with 67h counts in CX: CX = 0 means 65536 passes, upper ECX kept */
        movl $0x12340000, %ecx
        xorl %eax, %eax
1:      incl %eax
        addr16 loop 1b
        CHECK %eax, $65536
        CHECK %ecx, $0x12340000

        CASE 11 /* LOOP entered with ECX = 0 decrements it to FFFFFFFFh and jumps */
        movl $4, %ecx
        xorl %eax, %eax
        jmp 2f
1:      addl $10, %eax
        jmp 3f
2:      incl %eax
        loop 2b
        loop 1b       /* ECX = 0 here: wraps to FFFFFFFFh, nonzero, so jumps */
3:      CHECK %eax, $14
        CHECK %ecx, $0xFFFFFFFF

        jmp test_finish
