// ALU loop: 111,111,111 iterations of one 3-bundle group pair (8 integer
// ALU operations and br.cloop = 9 slots), about 1.0e9 instructions retired.
#include "common.inc"
#define ITERATIONS 111111111

        .text
        .global _start
        .proc _start
_start:
        movl r9 = ITERATIONS - 1
        mov r8 = 1
        mov r10 = 2
        mov r11 = 3
        mov r12 = 4
        mov r13 = 5
        mov r14 = 6
        mov r15 = 7
        mov r16 = -1
        mov r17 = 0x55
        mov r18 = 8
        mov r19 = 9
        ;;
        mov ar.lc = r9
        ;;
.Lloop:
        { .mii
        add r8 = r8, r10
        shladd r11 = r10, 2, r11
        xor r12 = r12, r13
        }
        { .mmi
        sub r14 = r14, r15
        and r16 = r16, r17
        or r18 = r18, r19 ;;
        }
        { .mib
        andcm r10 = r10, r8
        shr.u r13 = r12, 1
        br.cloop.sptk.few .Lloop ;;
        }
        and r8 = 0, r8                  // the status does not depend on the sums
        ;;
        EXIT_GROUP r8
        .endp _start
