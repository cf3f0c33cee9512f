/* XCHG, XADD, CMPXCHG, CMPXCHG8B and BSWAP. Cases 1..10 are the memory
 * forms (with LOCK where it applies) written out here; cases 1001 and up are
 * the register forms of xchg_table.inc (row k is case 1000 + k), which also
 * holds BT/BTS/BTR/BTC and BSF/BSR rows. */
#define TEST_NAME "xchg"
#include "harness.h"
#include "xchg_table.inc"

        .data
        .align 8
mem32:  .long 0
mem16:  .word 0, 0
qword:  .long 0, 0

        .text
        .globl _start
_start:
        CASE 1  /* XCHG r32, m32 */
        movl $0x11111111, mem32
        movl $0x22222222, %eax
        xchgl %eax, mem32
        CHECK %eax, $0x11111111
        CHECK mem32, $0x22222222

        CASE 2  /* XCHG r8 (AH), m8: only one byte of memory and of EAX changes */
        movl $0x44332211, mem32
        movl $0xAABBCCDD, %eax
        xchgb %ah, mem32+1
        CHECK %eax, $0xAABB22DD
        CHECK mem32, $0x4433CC11

        CASE 3  /* XCHG r16, m16 */
        movl $0x5555AAAA, mem16
        movl $0x12345678, %ecx
        xchgw mem16, %cx
        CHECK %ecx, $0x1234AAAA
        CHECK mem16, $0x55555678

        CASE 4  /* LOCK XADD m32, r32: flags as ADD */
        movl $5, mem32
        movl $7, %ecx
        SET_FLAGS F_ARITH
        lock xaddl %ecx, mem32
        CHECK_FLAGS F_ARITH, F_PF
        CHECK %ecx, $5
        CHECK mem32, $12

        CASE 5  /* XADD m8 with carry out and AF */
        movl $0x000000F8, mem32
        movl $0x00000108, %edx
        SET_FLAGS 0
        xaddb %dl, mem32
        CHECK_FLAGS F_ARITH, F_CF | F_ZF | F_PF | F_AF
        CHECK %edx, $0x000001F8
        CHECK mem32, $0

        CASE 6  /* LOCK CMPXCHG m32 succeeds: m32 <- src, ZF = 1 */
        movl $100, mem32
        movl $100, %eax
        movl $200, %ecx
        lock cmpxchgl %ecx, mem32
        CHECK_FLAGS F_ARITH, F_ZF | F_PF
        CHECK mem32, $200
        CHECK %eax, $100

        CASE 7  /* CMPXCHG m32 fails: EAX <- m32, flags of EAX - m32 */
        movl $100, mem32
        movl $1, %eax
        movl $200, %ecx
        cmpxchgl %ecx, mem32
        CHECK_FLAGS F_ARITH, F_CF | F_SF | F_AF
        CHECK mem32, $100
        CHECK %eax, $100

        CASE 8  /* CMPXCHG8B succeeds: m64 <- ECX:EBX, ZF = 1, other flags kept */
        movl $0x89ABCDEF, qword
        movl $0x01234567, qword+4
        movl $0x89ABCDEF, %eax
        movl $0x01234567, %edx
        movl $0xCAFEBABE, %ebx
        movl $0xDEADBEEF, %ecx
        SET_FLAGS F_CF | F_SF | F_OF | F_PF | F_AF
        lock cmpxchg8b qword
        CHECK_FLAGS F_ARITH, F_CF | F_SF | F_OF | F_PF | F_AF | F_ZF
        CHECK qword, $0xCAFEBABE
        CHECK qword+4, $0xDEADBEEF
        CHECK %eax, $0x89ABCDEF
        CHECK %edx, $0x01234567

        CASE 9  /* CMPXCHG8B fails (high halves differ): EDX:EAX <- m64, ZF = 0 */
        movl $0x89ABCDEF, qword
        movl $0x01234567, qword+4
        movl $0x89ABCDEF, %eax
        movl $0x01234568, %edx
        movl $0xCAFEBABE, %ebx
        movl $0xDEADBEEF, %ecx
        SET_FLAGS F_ZF | F_CF
        cmpxchg8b qword
        CHECK_FLAGS F_ARITH, F_CF
        CHECK qword, $0x89ABCDEF
        CHECK qword+4, $0x01234567
        CHECK %eax, $0x89ABCDEF
        CHECK %edx, $0x01234567

        CASE 10 /* CMPXCHG8B fails (low halves differ) */
        movl $0x00000001, %eax
        movl $0x01234567, %edx
        SET_FLAGS F_ZF
        cmpxchg8b qword
        CHECK_FLAGS F_ARITH, 0
        CHECK %eax, $0x89ABCDEF
        CHECK %ebx, $0xCAFEBABE

        movl $1000, current_case
        movl $xchg_rows, %esi
        movl $xchg_rows_end, %edi
        call run_table
        jmp test_finish
