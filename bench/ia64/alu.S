// ALU loop: 10^8 iterations of one bundle-pair of integer work and a
// counted-loop branch (12 instructions in 4 bundles per iteration, nops included).
        .text
        .global _start
        .proc _start
_start:
        alloc   r14 = ar.pfs, 0, 0, 1, 0
        movl    r2 = 99999999
        mov     r3 = 1
        mov     r4 = 2
        mov     r5 = 3
        ;;
        mov     ar.lc = r2
        ;;
loop:
        add     r3 = r3, r4
        xor     r5 = r5, r4
        shladd  r6 = r4, 2, r9
        ;;
        sub     r7 = r3, r5
        and     r8 = r4, r6
        or      r9 = r6, r3
        ;;
        cmp.eq  p6, p7 = r8, r5
        adds    r4 = 5, r9
        nop.i   0
        br.cloop.sptk.few loop
        ;;
        mov     out0 = 0
        mov     r15 = 1236
        ;;
        break.m 0x100000
        .endp _start
