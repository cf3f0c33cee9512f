// Call/return loop: 66,666,667 calls of a leaf function that allocates a
// frame (2 bundles: alloc, shladd, xor, nop, mov ar.pfs, br.ret) from a
// caller loop of 3 bundles (9 slots): 15 slots per call, about 1.0e9
// instructions retired. Every call and return goes through br.call /
// br.ret and the frame bookkeeping of the register stack.
#include "common.inc"
#define CALLS 66666667

        .text
        .global _start
        .proc _start
_start:
        alloc r32 = ar.pfs, 0, 2, 2, 0
        movl r33 = CALLS
        mov r8 = 0
        ;;
.Lloop:
        mov out0 = r33
        mov out1 = r8
        adds r33 = -1, r33
        ;;
        br.call.sptk.many b0 = leaf
        ;;
        cmp.ne p6, p0 = 0, r33
(p6)    br.cond.sptk.few .Lloop
        ;;
        EXIT_GROUP r0
        .endp _start

// r8 = in1 + (in0 << 1) ^ 3
        .proc leaf
leaf:
        alloc r16 = ar.pfs, 2, 1, 0, 0
        shladd r34 = r32, 1, r33
        ;;
        xor r8 = 3, r34
        mov ar.pfs = r16
        br.ret.sptk.many b0
        ;;
        .endp leaf
