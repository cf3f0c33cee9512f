// Semaphore instructions (Itanium SDM rev 2.3 vol. 3 cmpxchg, xchg, fetchadd):
// - cmpxchgN.sem r1 = [r3], r2, ar.ccv: r1 = the old memory value (N bytes,
//   zero-extended); memory becomes r2{N*8-1:0} only if that zero-extended old
//   value equals all 64 bits of AR.CCV.
// - xchgN r1 = [r3], r2: r1 = old value (zero-extended), memory = r2{N*8-1:0}.
// - fetchaddN.sem r1 = [r3], inc: r1 = old value, memory = old + inc (within
//   N bytes, N = 4 or 8); inc is one of -16, -8, -4, -1, 1, 4, 8, 16.
// Every case also checks the neighbouring bytes (a guard word after the
// cell, and the other half of the 8-byte cell for 4-byte forms).
#define TEST_NAME "sema"
#include "harness.inc"

        .data
        .align 16
cell:   .quad 0
guard:  .quad 0x6767676767676767

        .text
        .global test_main
        .proc test_main
test_main:
        alloc r32 = ar.pfs, 0, 8, 0, 0
        movl r2 = cell
        movl r3 = guard
        ;;

        CASE 1
        movl r20 = 0x1111222233334444
        ;;
        st8 [r2] = r20
        ;;
        movl r23 = 0x1111222233334444
        movl r24 = 0x5555666677778888
        ;;
        mov ar.ccv = r23
        ;;
        cmpxchg8.acq r8 = [r2], r24, ar.ccv
        ;;
        mov r25 = ar.ccv
        ;;
        CHECK r8, 0x1111222233334444   // the old value, zero-extended
        CHECK_EQ r25, r23               // ar.ccv unchanged
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x5555666677778888   // old 8-byte value 0x1111222233334444 == ccv 0x1111222233334444: memory takes the low 8 bytes of r24
        CHECK r22, 0x6767676767676767
        CASE 2
        movl r20 = 0x1111222233334444
        ;;
        st8 [r2] = r20
        ;;
        movl r23 = 0x1111222233334445
        movl r24 = 0x5555666677778888
        ;;
        mov ar.ccv = r23
        ;;
        cmpxchg8.rel r8 = [r2], r24, ar.ccv
        ;;
        mov r25 = ar.ccv
        ;;
        CHECK r8, 0x1111222233334444   // the old value, zero-extended
        CHECK_EQ r25, r23               // ar.ccv unchanged
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x1111222233334444   // old 8-byte value 0x1111222233334444 != ccv 0x1111222233334445: memory unchanged
        CHECK r22, 0x6767676767676767
        CASE 3
        movl r20 = 0xffffffffffffffff
        ;;
        st8 [r2] = r20
        ;;
        movl r23 = 0xffffffffffffffff
        movl r24 = 0x0000000000000000
        ;;
        mov ar.ccv = r23
        ;;
        cmpxchg8.acq r8 = [r2], r24, ar.ccv
        ;;
        mov r25 = ar.ccv
        ;;
        CHECK r8, 0xffffffffffffffff   // the old value, zero-extended
        CHECK_EQ r25, r23               // ar.ccv unchanged
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0000000000000000   // old 8-byte value 0xffffffffffffffff == ccv 0xffffffffffffffff: memory takes the low 8 bytes of r24
        CHECK r22, 0x6767676767676767
        CASE 4
        movl r20 = 0xaaaaaaaa87654321
        ;;
        st8 [r2] = r20
        ;;
        movl r23 = 0x0000000087654321
        movl r24 = 0x0badf00d12345678
        ;;
        mov ar.ccv = r23
        ;;
        cmpxchg4.acq r8 = [r2], r24, ar.ccv
        ;;
        mov r25 = ar.ccv
        ;;
        CHECK r8, 0x0000000087654321   // the old value, zero-extended
        CHECK_EQ r25, r23               // ar.ccv unchanged
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0xaaaaaaaa12345678   // old 4-byte value 0x87654321 == ccv 0x87654321: memory takes the low 4 bytes of r24
        CHECK r22, 0x6767676767676767
        CASE 5
        movl r20 = 0xaaaaaaaa87654321
        ;;
        st8 [r2] = r20
        ;;
        movl r23 = 0xffffffff87654321
        movl r24 = 0x0000000012345678
        ;;
        mov ar.ccv = r23
        ;;
        cmpxchg4.rel r8 = [r2], r24, ar.ccv
        ;;
        mov r25 = ar.ccv
        ;;
        CHECK r8, 0x0000000087654321   // the old value, zero-extended
        CHECK_EQ r25, r23               // ar.ccv unchanged
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0xaaaaaaaa87654321   // old 4-byte value 0x87654321 != ccv 0xffffffff87654321: memory unchanged
        CHECK r22, 0x6767676767676767
        CASE 6
        movl r20 = 0x1234567890abcdef
        ;;
        st8 [r2] = r20
        ;;
        movl r23 = 0x000000000000cdef
        movl r24 = 0xffffffffffff9999
        ;;
        mov ar.ccv = r23
        ;;
        cmpxchg2.acq r8 = [r2], r24, ar.ccv
        ;;
        mov r25 = ar.ccv
        ;;
        CHECK r8, 0x000000000000cdef   // the old value, zero-extended
        CHECK_EQ r25, r23               // ar.ccv unchanged
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x1234567890ab9999   // old 2-byte value 0xcdef == ccv 0xcdef: memory takes the low 2 bytes of r24
        CHECK r22, 0x6767676767676767
        CASE 7
        movl r20 = 0x1234567890abcdef
        ;;
        st8 [r2] = r20
        ;;
        movl r23 = 0x00000000000000ef
        movl r24 = 0x0000000000000042
        ;;
        mov ar.ccv = r23
        ;;
        cmpxchg1.acq r8 = [r2], r24, ar.ccv
        ;;
        mov r25 = ar.ccv
        ;;
        CHECK r8, 0x00000000000000ef   // the old value, zero-extended
        CHECK_EQ r25, r23               // ar.ccv unchanged
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x1234567890abcd42   // old 1-byte value 0xef == ccv 0xef: memory takes the low 1 bytes of r24
        CHECK r22, 0x6767676767676767
        CASE 8
        movl r20 = 0x1234567890abcdef
        ;;
        st8 [r2] = r20
        ;;
        movl r23 = 0x00000000000000ee
        movl r24 = 0x0000000000000042
        ;;
        mov ar.ccv = r23
        ;;
        cmpxchg1.rel r8 = [r2], r24, ar.ccv
        ;;
        mov r25 = ar.ccv
        ;;
        CHECK r8, 0x00000000000000ef   // the old value, zero-extended
        CHECK_EQ r25, r23               // ar.ccv unchanged
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x1234567890abcdef   // old 1-byte value 0xef != ccv 0xee: memory unchanged
        CHECK r22, 0x6767676767676767
        CASE 9
        movl r20 = 0x0123456789abcdef
        ;;
        st8 [r2] = r20
        ;;
        movl r24 = 0xfedcba9876543210
        ;;
        xchg8 r8 = [r2], r24
        ;;
        CHECK r8, 0x0123456789abcdef   // old low 8 bytes, zero-extended
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0xfedcba9876543210   // low 8 bytes replaced
        CHECK r22, 0x6767676767676767
        CASE 10
        movl r20 = 0x0123456789abcdef
        ;;
        st8 [r2] = r20
        ;;
        movl r24 = 0xfedcba9876543210
        ;;
        xchg4 r8 = [r2], r24
        ;;
        CHECK r8, 0x0000000089abcdef   // old low 4 bytes, zero-extended
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0123456776543210   // low 4 bytes replaced
        CHECK r22, 0x6767676767676767
        CASE 11
        movl r20 = 0x0123456789abcdef
        ;;
        st8 [r2] = r20
        ;;
        movl r24 = 0x0000000000008000
        ;;
        xchg2 r8 = [r2], r24
        ;;
        CHECK r8, 0x000000000000cdef   // old low 2 bytes, zero-extended
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0123456789ab8000   // low 2 bytes replaced
        CHECK r22, 0x6767676767676767
        CASE 12
        movl r20 = 0x0123456789abcdef
        ;;
        st8 [r2] = r20
        ;;
        movl r24 = 0x00000000000001ff
        ;;
        xchg1 r8 = [r2], r24
        ;;
        CHECK r8, 0x00000000000000ef   // old low 1 bytes, zero-extended
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0123456789abcdff   // low 1 bytes replaced
        CHECK r22, 0x6767676767676767
        CASE 13
        movl r20 = 0x7ffffffffffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.rel r8 = [r2], -16
        ;;
        CHECK r8, 0x7ffffffffffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x7fffffffffffffe8   // 0x7ffffffffffffff8 -16 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 14
        movl r20 = 0x0000000000000010
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.rel r8 = [r2], -16
        ;;
        CHECK r8, 0x0000000000000010   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0000000000000000   // 0x10 -16 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 15
        movl r20 = 0x7ffffffffffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.rel r8 = [r2], -8
        ;;
        CHECK r8, 0x7ffffffffffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x7ffffffffffffff0   // 0x7ffffffffffffff8 -8 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 16
        movl r20 = 0x0000000000000010
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.rel r8 = [r2], -8
        ;;
        CHECK r8, 0x0000000000000010   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0000000000000008   // 0x10 -8 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 17
        movl r20 = 0x7ffffffffffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.rel r8 = [r2], -4
        ;;
        CHECK r8, 0x7ffffffffffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x7ffffffffffffff4   // 0x7ffffffffffffff8 -4 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 18
        movl r20 = 0x0000000000000010
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.rel r8 = [r2], -4
        ;;
        CHECK r8, 0x0000000000000010   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x000000000000000c   // 0x10 -4 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 19
        movl r20 = 0x7ffffffffffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.rel r8 = [r2], -1
        ;;
        CHECK r8, 0x7ffffffffffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x7ffffffffffffff7   // 0x7ffffffffffffff8 -1 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 20
        movl r20 = 0x0000000000000010
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.rel r8 = [r2], -1
        ;;
        CHECK r8, 0x0000000000000010   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x000000000000000f   // 0x10 -1 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 21
        movl r20 = 0x7ffffffffffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.acq r8 = [r2], 1
        ;;
        CHECK r8, 0x7ffffffffffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x7ffffffffffffff9   // 0x7ffffffffffffff8 +1 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 22
        movl r20 = 0x0000000000000010
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.acq r8 = [r2], 1
        ;;
        CHECK r8, 0x0000000000000010   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0000000000000011   // 0x10 +1 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 23
        movl r20 = 0x7ffffffffffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.acq r8 = [r2], 4
        ;;
        CHECK r8, 0x7ffffffffffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x7ffffffffffffffc   // 0x7ffffffffffffff8 +4 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 24
        movl r20 = 0x0000000000000010
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.acq r8 = [r2], 4
        ;;
        CHECK r8, 0x0000000000000010   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0000000000000014   // 0x10 +4 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 25
        movl r20 = 0x7ffffffffffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.acq r8 = [r2], 8
        ;;
        CHECK r8, 0x7ffffffffffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x8000000000000000   // 0x7ffffffffffffff8 +8 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 26
        movl r20 = 0x0000000000000010
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.acq r8 = [r2], 8
        ;;
        CHECK r8, 0x0000000000000010   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0000000000000018   // 0x10 +8 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 27
        movl r20 = 0x7ffffffffffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.acq r8 = [r2], 16
        ;;
        CHECK r8, 0x7ffffffffffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x8000000000000008   // 0x7ffffffffffffff8 +16 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 28
        movl r20 = 0x0000000000000010
        ;;
        st8 [r2] = r20
        ;;
        fetchadd8.acq r8 = [r2], 16
        ;;
        CHECK r8, 0x0000000000000010   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x0000000000000020   // 0x10 +16 within 8 bytes
        CHECK r22, 0x6767676767676767
        CASE 29
        movl r20 = 0x55555555fffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.rel r8 = [r2], -16
        ;;
        CHECK r8, 0x00000000fffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x55555555ffffffe8   // 0xfffffff8 -16 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 30
        movl r20 = 0x555555550000000c
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.rel r8 = [r2], -16
        ;;
        CHECK r8, 0x000000000000000c   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x55555555fffffffc   // 0xc -16 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 31
        movl r20 = 0x55555555fffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.rel r8 = [r2], -8
        ;;
        CHECK r8, 0x00000000fffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x55555555fffffff0   // 0xfffffff8 -8 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 32
        movl r20 = 0x555555550000000c
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.rel r8 = [r2], -8
        ;;
        CHECK r8, 0x000000000000000c   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x5555555500000004   // 0xc -8 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 33
        movl r20 = 0x55555555fffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.rel r8 = [r2], -4
        ;;
        CHECK r8, 0x00000000fffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x55555555fffffff4   // 0xfffffff8 -4 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 34
        movl r20 = 0x555555550000000c
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.rel r8 = [r2], -4
        ;;
        CHECK r8, 0x000000000000000c   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x5555555500000008   // 0xc -4 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 35
        movl r20 = 0x55555555fffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.rel r8 = [r2], -1
        ;;
        CHECK r8, 0x00000000fffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x55555555fffffff7   // 0xfffffff8 -1 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 36
        movl r20 = 0x555555550000000c
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.rel r8 = [r2], -1
        ;;
        CHECK r8, 0x000000000000000c   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x555555550000000b   // 0xc -1 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 37
        movl r20 = 0x55555555fffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.acq r8 = [r2], 1
        ;;
        CHECK r8, 0x00000000fffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x55555555fffffff9   // 0xfffffff8 +1 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 38
        movl r20 = 0x555555550000000c
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.acq r8 = [r2], 1
        ;;
        CHECK r8, 0x000000000000000c   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x555555550000000d   // 0xc +1 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 39
        movl r20 = 0x55555555fffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.acq r8 = [r2], 4
        ;;
        CHECK r8, 0x00000000fffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x55555555fffffffc   // 0xfffffff8 +4 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 40
        movl r20 = 0x555555550000000c
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.acq r8 = [r2], 4
        ;;
        CHECK r8, 0x000000000000000c   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x5555555500000010   // 0xc +4 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 41
        movl r20 = 0x55555555fffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.acq r8 = [r2], 8
        ;;
        CHECK r8, 0x00000000fffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x5555555500000000   // 0xfffffff8 +8 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 42
        movl r20 = 0x555555550000000c
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.acq r8 = [r2], 8
        ;;
        CHECK r8, 0x000000000000000c   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x5555555500000014   // 0xc +8 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 43
        movl r20 = 0x55555555fffffff8
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.acq r8 = [r2], 16
        ;;
        CHECK r8, 0x00000000fffffff8   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x5555555500000008   // 0xfffffff8 +16 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 44
        movl r20 = 0x555555550000000c
        ;;
        st8 [r2] = r20
        ;;
        fetchadd4.acq r8 = [r2], 16
        ;;
        CHECK r8, 0x000000000000000c   // the old value
        ld8 r21 = [r2]
        ld8 r22 = [r3]
        ;;
        CHECK r21, 0x555555550000001c   // 0xc +16 within 4 bytes
        CHECK r22, 0x6767676767676767
        CASE 45                         // 100 x (+8) then 50 x (-1): 750
        st8 [r2] = r0
        mov r26 = 100
        ;;
.Linc:
        fetchadd8.acq r8 = [r2], 8
        adds r26 = -1, r26
        ;;
        cmp.ne p6, p0 = 0, r26
(p6)    br.cond.sptk .Linc
        ;;
        mov r26 = 50
        ;;
.Ldec:
        fetchadd8.rel r8 = [r2], -1
        adds r26 = -1, r26
        ;;
        cmp.ne p6, p0 = 0, r26
(p6)    br.cond.sptk .Ldec
        ;;
        ld8 r21 = [r2]
        ;;
        CHECK r21, 750
        CHECK r8, 751                   // the value before the last -1
        br.sptk.many test_finish
        ;;
        .endp test_main
