// Load/store loop: 10^8 iterations over a 4 KiB buffer, with loads, stores
// and post-increments (9 instructions in 3 bundles per iteration).
        .text
        .global _start
        .proc _start
_start:
        alloc   r14 = ar.pfs, 0, 0, 1, 0
        movl    r2 = 99999999
        movl    r20 = buf
        ;;
        mov     ar.lc = r2
        mov     r21 = r20
        mov     r22 = 0
        ;;
        movl    r24 = buf
        movl    r25 = 0xff0
        ;;
loop:
        ld8     r3 = [r21], 8
        st8     [r20] = r22, 8
        adds    r22 = 8, r22
        ;;
        ld4     r4 = [r21]
        st4     [r20] = r3
        and     r23 = r25, r22
        ;;
        add     r20 = r24, r23
        add     r21 = r24, r23
        br.cloop.sptk.few loop
        ;;
        mov     out0 = 0
        mov     r15 = 1236
        ;;
        break.m 0x100000
        .endp _start
        .bss
        .align 16
buf:    .skip   8192
