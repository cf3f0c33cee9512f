/* String instructions: MOVS STOS LODS SCAS CMPS in byte, word and dword
 * sizes, with REP/REPE/REPNE, forwards (DF=0) and backwards (DF=1), with
 * ECX=0 (nothing happens, flags kept), overlapping MOVSB, and the ESI, EDI,
 * ECX and flags each leaves behind. Memory is compared by a plain byte loop. */
#define TEST_NAME "string"
#include "harness.h"

        .data
src:    .ascii "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
src_end:
        .align 4
dst:    .space 80
hello1: .ascii "hello, world"
hello2: .ascii "hello, wOrld"

        .text
/* eax = 1 if the ecx bytes at esi and edi are equal, else 0. Keeps the rest. */
bytes_equal:
        pushl %esi
        pushl %edi
        pushl %ecx
        pushl %edx
        movl $1, %eax
1:      testl %ecx, %ecx
        jz 2f
        movb (%esi), %dl
        cmpb (%edi), %dl
        jne 3f
        incl %esi
        incl %edi
        decl %ecx
        jmp 1b
3:      movl $0, %eax
2:      popl %edx
        popl %ecx
        popl %edi
        popl %esi
        ret

/* Fill dst with '.' by a plain loop. */
clear_dst:
        pushl %ecx
        movl $80, %ecx
1:      movb $'.', dst-1(%ecx)
        loop 1b
        popl %ecx
        ret

        .globl _start
_start:
        cld
        CASE 1  /* REP MOVSB forwards, odd length and alignment */
        call clear_dst
        movl $src+1, %esi
        movl $dst+3, %edi
        movl $13, %ecx
        rep movsb
        CHECK %ecx, $0
        CHECK %esi, $src+14
        CHECK %edi, $dst+16
        movl $src+1, %esi
        movl $dst+3, %edi
        movl $13, %ecx
        call bytes_equal
        CHECK %eax, $1
        CHECK dst, $0x312E2E2E     /* "...1" */
        movzbl dst+16, %eax
        CHECK %eax, $'.'

        CASE 2  /* REP MOVSD backwards: pointers go down by 4 per element */
        call clear_dst
        std
        movl $src+12, %esi
        movl $dst+12, %edi
        movl $4, %ecx
        rep movsl
        cld
        CHECK %esi, $src-4
        CHECK %edi, $dst-4
        CHECK %ecx, $0
        movl $src, %esi
        movl $dst, %edi
        movl $16, %ecx
        call bytes_equal
        CHECK %eax, $1

        CASE 3  /* REP MOVSW with ECX = 0: nothing moves, flags kept */
        call clear_dst
        movl $src, %esi
        movl $dst, %edi
        xorl %ecx, %ecx
        SET_FLAGS F_CF | F_ZF | F_OF
        rep movsw
        CHECK_FLAGS F_ARITH, F_CF | F_ZF | F_OF
        CHECK %esi, $src
        CHECK %edi, $dst
        CHECK dst, $0x2E2E2E2E

        CASE 4  /* overlapping REP MOVSB one byte up replicates the first byte */
        movl $0x64636261, dst   /* "abcd" */
        movl $0x68676665, dst+4 /* "efgh" */
        movl $dst, %esi
        movl $dst+1, %edi
        movl $7, %ecx
        rep movsb
        CHECK dst, $0x61616161
        CHECK dst+4, $0x61616161

        CASE 5  /* single MOVSB/MOVSW without REP */
        call clear_dst
        movl $src, %esi
        movl $dst, %edi
        movsb
        movsw
        CHECK %esi, $src+3
        CHECK %edi, $dst+3
        CHECK dst, $0x2E323130

        CASE 6  /* REP STOSD and STOSW, STOSB backwards */
        call clear_dst
        movl $dst+1, %edi
        movl $0x44434241, %eax
        movl $3, %ecx
        rep stosl
        CHECK %edi, $dst+13
        CHECK dst+1, $0x44434241
        CHECK dst+9, $0x44434241
        movl $0x1234007A, %eax
        stosw
        CHECK %edi, $dst+15
        std
        movl $dst+20, %edi
        movl $3, %ecx
        rep stosb
        cld
        CHECK %edi, $dst+17
        CHECK dst+16, $0x7A7A2E2E   /* "..zz": dst+18..20 written */
        movzbl dst+20, %eax
        CHECK %eax, $0x7A
        CHECK %ecx, $0

        CASE 7  /* LODSB, LODSW, LODSD: only AL/AX/EAX change */
        movl $0xFFFFFFFF, %eax
        movl $src, %esi
        lodsb
        CHECK %eax, $0xFFFFFF30
        lodsw
        CHECK %eax, $0xFFFF3231
        lodsl
        CHECK %eax, $0x36353433
        CHECK %esi, $src+7
        std
        lodsw
        cld
        CHECK %eax, $0x36353837
        CHECK %esi, $src+5

        CASE 8  /* REPNE SCASB finds a byte: ZF = 1, EDI past it, ECX counts the rest */
        movl $src, %edi
        movl $'K', %eax
        movl $62, %ecx
        repne scasb
        CHECK_FLAGS F_ZF, F_ZF
        CHECK %edi, $src+21
        CHECK %ecx, $41

        CASE 9  /* REPNE SCASB misses: ECX = 0, ZF = 0, flags of the last compare */
        movl $src, %edi
        movl $'!', %eax
        movl $10, %ecx
        repne scasb
        /* last compare: '!' (21h) - '9' (39h) = E8h: borrow, negative, even parity */
        CHECK_FLAGS F_ARITH, F_CF | F_SF | F_AF | F_PF
        CHECK %ecx, $0
        CHECK %edi, $src+10

        CASE 10 /* REPE SCASD over equal dwords stops at the first different one */
        movl $0x2E2E2E2E, dst
        movl $0x2E2E2E2E, dst+4
        movl $0x2E2E2E2F, dst+8
        movl $dst, %edi
        movl $0x2E2E2E2E, %eax
        movl $5, %ecx
        repe scasl
        CHECK_FLAGS F_ARITH, F_CF | F_SF | F_AF | F_PF
        CHECK %ecx, $2
        CHECK %edi, $dst+12

        CASE 11 /* REPE CMPSB on equal strings: ZF = 1, ECX = 0 */
        movl $hello1, %esi
        movl $hello1, %edi
        movl $12, %ecx
        repe cmpsb
        CHECK_FLAGS F_ARITH, F_ZF | F_PF
        CHECK %ecx, $0
        CHECK %esi, $hello1+12

        CASE 12 /* REPE CMPSB stops after the first difference: 'o' - 'O' */
        movl $hello1, %esi
        movl $hello2, %edi
        movl $12, %ecx
        repe cmpsb
        CHECK_FLAGS F_ARITH, 0
        CHECK %ecx, $3
        CHECK %esi, $hello1+9
        CHECK %edi, $hello2+9

        CASE 13 /* REPNE CMPSB stops at the first equal byte */
        movl $src, %esi
        movl $src+1, %edi
        movl $20, %ecx
        SET_FLAGS F_ZF
        repne cmpsb       /* '0'-'1', '1'-'2', ... never equal */
        CHECK_FLAGS F_ARITH, F_CF | F_SF | F_AF | F_PF
        CHECK %ecx, $0
        movl $hello1+2, %esi
        movl $hello1+3, %edi
        movl $12, %ecx
        repne cmpsb       /* "llo": l == l at the first step */
        CHECK_FLAGS F_ZF, F_ZF
        CHECK %ecx, $11

        CASE 14 /* CMPSD backwards */
        std
        movl $src+8, %esi
        movl $src+8, %edi
        movl $3, %ecx
        repe cmpsl
        cld
        CHECK %ecx, $0
        CHECK %esi, $src-4
        CHECK_FLAGS F_ZF, F_ZF

        CASE 15 /* REPE CMPSW / REPNE SCASW with ECX = 0: flags and pointers kept */
        movl $src, %esi
        movl $hello1, %edi
        xorl %ecx, %ecx
        SET_FLAGS F_SF | F_PF
        repe cmpsw
        CHECK_FLAGS F_ARITH, F_SF | F_PF
        SET_FLAGS F_SF | F_PF
        repne scasw
        CHECK_FLAGS F_ARITH, F_SF | F_PF
        CHECK %esi, $src
        CHECK %edi, $hello1

        CASE 16 /* CMPSB compares [ESI] - [EDI] (operand order) */
        movl $hello2+8, %esi  /* 'O' */
        movl $hello1+8, %edi  /* 'o' */
        cmpsb
        CHECK_FLAGS F_CF | F_ZF | F_SF, F_CF | F_SF

        jmp test_finish
