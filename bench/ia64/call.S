// Call/return loop: 10^8 calls of a leaf function with its own frame
// (alloc, a little work, br.ret): 12 instructions in 4 bundles per iteration.
        .text
        .global _start
        .proc _start
_start:
        alloc   r14 = ar.pfs, 0, 2, 1, 0
        movl    r2 = 99999999
        mov     r32 = 0
        ;;
        mov     ar.lc = r2
        ;;
loop:
        mov     out0 = r32
        nop.i   0
        br.call.sptk.many b0 = leaf
        ;;
        mov     r32 = r8
        nop.i   0
        br.cloop.sptk.few loop
        ;;
        mov     out0 = 0
        mov     r15 = 1236
        ;;
        break.m 0x100000
        .endp _start

        .proc leaf
leaf:
        alloc   r16 = ar.pfs, 1, 1, 0, 0
        adds    r8 = 1, r32
        ;;
        br.ret.sptk.many b0
        ;;
        .endp leaf
