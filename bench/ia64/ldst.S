// Load/store loop: copies a 4 KiB buffer to another and back, 8 bytes at a
// time with post-increment, 324,254 times (512 words per pass, 2 bundles =
// 6 slots per word: ld8, st8, two adds, br.cloop and a nop; about 12 slots
// of pass setup), about 1.0e9 instructions retired.
#include "common.inc"
#define PASSES 324254
#define WORDS 512

        .data
        .align 64
buf_a:  .skip 8 * WORDS
buf_b:  .skip 8 * WORDS

        .text
        .global _start
        .proc _start
_start:
        movl r20 = PASSES
        movl r21 = buf_a
        movl r22 = buf_b
        mov r23 = WORDS - 1
        ;;
.Lpass:
        mov r2 = r21
        mov r3 = r22
        mov ar.lc = r23
        ;;
.Lcopy:
        { .mmi
        ld8 r8 = [r2], 8
        nop.m 0
        adds r9 = 1, r9
        ;;
        }
        { .mib
        st8 [r3] = r8, 8
        add r10 = r10, r8
        br.cloop.sptk.few .Lcopy ;;
        }
        adds r20 = -1, r20
        mov r4 = r21                    // swap source and destination
        ;;
        mov r21 = r22
        mov r22 = r4
        cmp.ne p6, p0 = 0, r20
(p6)    br.cond.sptk.few .Lpass
        ;;
        EXIT_GROUP r0
        .endp _start
