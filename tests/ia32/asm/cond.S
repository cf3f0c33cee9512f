/* The 16 conditions of SETcc, CMOVcc and Jcc (short and near forms) under
 * all 32 combinations of CF PF ZF SF OF. cond_table.inc (from gen_tables.py)
 * gives, per combination (case k = row k), the mask of conditions that hold.
 * SETcc and CMOVcc must leave the flags alone; SETcc writes 0 or 1 to the
 * whole byte; CMOVcc with a false condition leaves the destination alone. */
#define TEST_NAME "cond"
#include "harness.h"
#include "cond_table.inc"

        .data
        .align 4
bit_values:
        .irp k, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
        .long 1 << \k
        .endr
set_mem_mask:   .long 0
cmov_mem_mask:  .long 0
jcc_short_mask: .long 0
jcc_near_mask:  .long 0
flags_kept:     .long 0
byte_var:       .long 0

        .text
/* Accumulate, for the row at esi, the conditions each form finds true:
 * SETcc r8 in ebx, CMOVcc r32 in ebp, the others in memory. */
        .macro ONE_CONDITION cc, bit
        pushl (%esi)
        popfl
        set\cc %al
        pushfl
        popl %edx
        andl $F_ARITH, %edx
        cmpl (%esi), %edx
        je .Lkept_set\@
        movl $0, flags_kept
.Lkept_set\@:
        movzbl %al, %eax
        shll $\bit, %eax
        orl %eax, %ebx

        movl $0xAAAAAAAA, byte_var
        pushl (%esi)
        popfl
        set\cc byte_var
        movl byte_var, %eax
        andl $0xFFFFFF00, %eax
        cmpl $0xAAAAAA00, %eax
        je .Lonly_byte\@
        movl $0, flags_kept
.Lonly_byte\@:
        movzbl byte_var, %eax
        shll $\bit, %eax
        orl %eax, set_mem_mask

        pushl (%esi)
        popfl
        movl $0, %eax
        movl $(1 << \bit), %edx
        cmov\cc %edx, %eax
        pushfl
        popl %edx
        andl $F_ARITH, %edx
        cmpl (%esi), %edx
        je .Lkept_cmov\@
        movl $0, flags_kept
.Lkept_cmov\@:
        orl %eax, %ebp

        pushl (%esi)
        popfl
        movl $0, %eax
        cmov\cc bit_values + 4 * \bit, %eax
        orl %eax, cmov_mem_mask

        pushl (%esi)
        popfl
        j\cc .Lshort_taken\@
        jmp .Lshort_done\@
.Lshort_taken\@:
        orl $(1 << \bit), jcc_short_mask
.Lshort_done\@:

        pushl (%esi)
        popfl
        j\cc .Lnear_taken\@       /* more than 127 bytes away: the 0F 8x rel32 form */
        jmp .Lnear_done\@
        .skip 200, 0xCC
.Lnear_taken\@:
        orl $(1 << \bit), jcc_near_mask
.Lnear_done\@:
        .endm

        .globl _start
_start:
        movl $cond_rows, %esi
        movl $0, current_case
next_row:
        cmpl $cond_rows_end, %esi
        jae done
        incl current_case
        xorl %ebx, %ebx
        xorl %ebp, %ebp
        movl $0, set_mem_mask
        movl $0, cmov_mem_mask
        movl $0, jcc_short_mask
        movl $0, jcc_near_mask
        movl $1, flags_kept
        ONE_CONDITION o, 0
        ONE_CONDITION no, 1
        ONE_CONDITION b, 2
        ONE_CONDITION ae, 3
        ONE_CONDITION e, 4
        ONE_CONDITION ne, 5
        ONE_CONDITION be, 6
        ONE_CONDITION a, 7
        ONE_CONDITION s, 8
        ONE_CONDITION ns, 9
        ONE_CONDITION p, 10
        ONE_CONDITION np, 11
        ONE_CONDITION l, 12
        ONE_CONDITION ge, 13
        ONE_CONDITION le, 14
        ONE_CONDITION g, 15
        movl 4(%esi), %edi
        CHECK %ebx, %edi
        CHECK %ebp, %edi
        CHECK set_mem_mask, %edi
        CHECK cmov_mem_mask, %edi
        CHECK jcc_short_mask, %edi
        CHECK jcc_near_mask, %edi
        CHECK flags_kept, $1
        addl $8, %esi
        jmp next_row
done:
        jmp test_finish
