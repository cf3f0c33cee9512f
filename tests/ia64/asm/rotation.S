// Register rotation and the loop branches (Itanium SDM rev 2.3 vol. 1
// "Modulo-scheduled loop support", vol. 3 br): br.cloop, br.ctop, br.cexit,
// br.wtop, br.wexit, AR.LC, AR.EC, rotating GRs (r32 up to sor), FRs
// (f32-f127) and predicates (p16-p63), clrrrb.
//
// The counted-loop branches (vol. 3 br, ctop/cexit):
//   ctop taken = LC != 0 || EC > 1, cexit taken = the negation; then
//   LC != 0:  LC--, PR[63] = 1, rotate
//   else EC != 0: EC--, PR[63] = 0, rotate
//   else: PR[63] = 0, no rotation.
// The while-loop branches (wtop/wexit) use the qualifying predicate qp:
//   wtop taken = qp || EC > 1, wexit taken = the negation; then
//   qp: PR[63] = 0, rotate; else EC != 0: EC--, PR[63] = 0, rotate; else PR[63] = 0.
// A rotation decrements the rename bases: what was logical r32 is r33
// afterwards (r32+sor-1 wraps to r32), f32 -> f33 (f127 -> f32), p16 -> p17
// (p63 -> p16, so the PR[63] written above becomes the next p16).
#define TEST_NAME "rotation"
#include "harness.inc"

#define N 10

        .data
        .align 8
src:    .quad 11, 22, 33, 44, 55, 66, 77, 88, 99, 110
dst:    .skip 8 * N
        .quad 0x5a5a5a5a5a5a5a5a        // guard after dst: must stay
sumsrc: // 20 values 3i + 1: the sum is 3 * 190 + 20 = 590
        .quad 1, 4, 7, 10, 13, 16, 19, 22, 25, 28
        .quad 31, 34, 37, 40, 43, 46, 49, 52, 55, 58

        .text
        .global test_main
        .proc test_main
test_main:
        alloc r2 = ar.pfs, 0, 16, 0, 8  // r32-r39 rotate, r40-r47 do not
        ;;
        clrrrb                          // rename bases 0; clrrrb ends its group
        ;;

        // ---- br.cloop: LC = 9 runs the body 10 times, LC ends at 0 ----
        CASE 1
        mov r8 = 0
        mov r9 = 9
        ;;
        mov ar.lc = r9
        ;;
.Lcloop:
        adds r8 = 1, r8
        br.cloop.sptk.few .Lcloop
        ;;
        mov r10 = ar.lc
        ;;
        CHECK r8, 10
        CHECK r10, 0
        CASE 2                          // LC = 0: the body runs once
        mov r8 = 0
        ;;
        mov ar.lc = r0
        ;;
.Lcloop1:
        adds r8 = 1, r8
        br.cloop.sptk.few .Lcloop1
        ;;
        CHECK r8, 1

        // ---- a software-pipelined copy: stage 1 loads, stage 2 stores ----
        // LC = N - 1, EC = 2: N kernel iterations plus one epilogue
        // iteration; p16 is on for iterations 1..N, p17 for 2..N+1.
        CASE 3
        movl r2 = src
        movl r3 = dst
        mov r9 = N - 1
        mov r10 = 2
        mov r40 = 0x40                  // outside the rotating region
        ;;
        mov ar.lc = r9
        mov ar.ec = r10
        mov pr.rot = 0x10000            // p16 = 1, p17-p63 = 0
        ;;
.Lcopy:
(p16)   ld8 r32 = [r2], 8
(p17)   st8 [r3] = r33, 8
        br.ctop.sptk.few .Lcopy
        ;;
        mov r11 = ar.lc
        mov r12 = ar.ec
        ;;
        CHECK r11, 0
        CHECK r12, 0
        CASE 4                          // the copy, element by element
        movl r2 = src
        movl r3 = dst
        mov r13 = N
        ;;
.Lcompare:
        ld8 r14 = [r2], 8
        ld8 r15 = [r3], 8
        adds r13 = -1, r13
        ;;
        CHECK_EQ r15, r14
        cmp.ne p6, p0 = 0, r13
(p6)    br.cond.sptk .Lcompare
        ;;
        CASE 5
        ld8 r15 = [r3]                  // the guard after dst
        ;;
        CHECK r15, 0x5a5a5a5a5a5a5a5a
        // N + 1 = 11 rotations: 110 was loaded into r32 in iteration N and
        // rotated twice (r34), 99 three times (r35), 88 four times (r36).
        CASE 6
        CHECK r34, 110
        CHECK r35, 99
        CHECK r36, 88
        CHECK r40, 0x40                 // not in the rotating region
        // Predicates after the loop: p16 = PR[63] of the last rotation (0);
        // p17 = p16 of iteration N+1 (0); p18..p27 = p16 of iterations
        // N..1 (1); p28 = the p17 preset before the loop (0).
        CASE 7
        CHECK_PR p16, 0
        CHECK_PR p17, 0
        CHECK_PR p18, 1
        CHECK_PR p27, 1
        CHECK_PR p28, 0

        // ---- a three-stage pipelined sum: load in stage 1, add in stage 3 ----
        // LC = 19, EC = 3: 22 iterations; the add reads r34 = the value
        // loaded two iterations earlier.
        CASE 8
        clrrrb
        ;;
        movl r2 = sumsrc
        mov r8 = 0
        mov r9 = 19
        mov r10 = 3
        ;;
        mov ar.lc = r9
        mov ar.ec = r10
        mov pr.rot = 0x10000
        ;;
.Lsum:
(p16)   ld8 r32 = [r2], 8
(p18)   add r8 = r8, r34
        br.ctop.sptk.few .Lsum
        ;;
        CHECK r8, 590

        // ---- rotation of GRs with wrap-around, FRs, and clrrrb ----
        CASE 9
        clrrrb
        ;;
        mov r32 = 0x111
        mov r33 = 0x222
        mov r39 = 0x999
        mov r14 = 0x55
        mov r9 = 1
        ;;
        setf.sig f32 = r14
        setf.sig f127 = r9
        mov ar.lc = r9                  // LC = 1: one rotation, taken
        ;;
        br.ctop.sptk.few .Lrotated
        ;;
.Lrotated:
        getf.sig r15 = f33
        getf.sig r16 = f32
        mov r17 = ar.lc
        ;;
        CHECK r33, 0x111                // r32 -> r33
        CHECK r34, 0x222
        CHECK r32, 0x999                // r39 wraps to r32 (sor = 8)
        CHECK r15, 0x55                 // f32 -> f33
        CHECK r16, 1                    // f127 wraps to f32
        CHECK r17, 0
        CASE 10
        clrrrb                          // back to the unrotated names
        ;;
        getf.sig r15 = f32
        ;;
        CHECK r32, 0x111
        CHECK r33, 0x222
        CHECK r39, 0x999
        CHECK r15, 0x55
        CASE 11                         // clrrrb.pr resets only the predicate base
        mov pr.rot = 0x10000            // p16 = 1
        mov r9 = 1
        ;;
        mov ar.lc = r9
        ;;
        br.ctop.sptk.few .Lrot2         // rotates GRs, FRs and PRs once
        ;;
.Lrot2:
        CHECK_PR p17, 1                 // p16 -> p17
        CHECK_PR p16, 1                 // PR[63] = 1 (LC was not 0) -> p16
        CHECK r33, 0x111
        clrrrb.pr
        ;;
        CHECK_PR p16, 1                 // the preset p16 again
        CHECK_PR p17, 0
        CHECK r33, 0x111                // GRs still rotated
        clrrrb
        ;;

        // ---- br.cexit: taken when the counted loop is done ----
        CASE 12
        mov r9 = 2
        mov r10 = 1
        mov r8 = 0
        ;;
        mov ar.lc = r9                  // LC = 2: not taken, LC = 1, PR[63] = 1
        mov ar.ec = r10
        ;;
        br.cexit.spnt.few .Lcexit_early
        ;;
        mov r11 = ar.lc
        mov r12 = ar.ec
        ;;
        CHECK r11, 1
        CHECK r12, 1
        CHECK_PR p16, 1
        CASE 13
        mov ar.lc = r0                  // LC = 0, EC = 1: taken, EC = 0, PR[63] = 0
        ;;
        br.cexit.spnt.few .Lcexit_done
        ;;
.Lcexit_early:
        CHECK r0, 1                     // reached only through a wrong branch
        ;;
.Lcexit_done:
        mov r12 = ar.ec
        ;;
        CHECK r12, 0
        CHECK_PR p16, 0
        CASE 14                         // LC = 0, EC = 0: ctop not taken, no rotation
        clrrrb
        ;;
        mov ar.lc = r0
        mov ar.ec = r0
        mov r32 = 0x3232
        ;;
        br.ctop.sptk.few .Lwrong
        ;;
        CHECK r32, 0x3232
        mov r12 = ar.ec
        ;;
        CHECK r12, 0

        // ---- br.wtop: a while loop counting r9 down from 5 ----
        // EC = 1. While p6 (r9 != 0) the branch is taken and rotates; on the
        // last iteration p6 = 0, EC = 1 is not > 1: EC = 0, one more
        // rotation, not taken. 5 iterations, 5 rotations, PR[63] = 0 each.
        CASE 15
        clrrrb
        ;;
        mov r8 = 0
        mov r9 = 5
        mov r10 = 1
        mov r32 = 0xabc
        mov pr.rot = 0x1f0000           // p16-p20 = 1
        ;;
        mov ar.ec = r10
        ;;
.Lwhile:
        adds r8 = 1, r8
        adds r9 = -1, r9
        ;;
        cmp.ne p6, p0 = 0, r9
        ;;
(p6)    br.wtop.sptk.few .Lwhile
        ;;
        mov r12 = ar.ec
        ;;
        CHECK r8, 5
        CHECK r12, 0
        CHECK r37, 0xabc                // five rotations: r32 -> r37
        CHECK_PR p20, 0                 // five zeros came in at p16
        CHECK_PR p16, 0
        CHECK_PR p21, 1                 // the old p16-p20 are now p21-p25
        CHECK_PR p25, 1
        CHECK_PR p26, 0
        // ---- br.wexit: taken when the while loop is done ----
        CASE 16
        clrrrb
        ;;
        mov r10 = 2
        mov r32 = 0x77
        cmp.eq p6, p7 = r0, r0          // p6 = 1, p7 = 0
        ;;
        mov ar.ec = r10
        ;;
(p7)    br.wexit.spnt.few .Lwexit_taken // qp = 0 but EC = 2 > 1: not taken, EC = 1
        ;;
        mov r12 = ar.ec
        ;;
        CHECK r12, 1
        CHECK r33, 0x77                 // it rotated
(p7)    br.wexit.spnt.few .Lwexit_taken // qp = 0, EC = 1: taken, EC = 0
        ;;
        br.sptk.many .Lwrong
        ;;
.Lwexit_taken:
        mov r12 = ar.ec
        ;;
        CHECK r12, 0
        CHECK r34, 0x77
        clrrrb
        ;;
        br.sptk.many test_finish
        ;;
.Lwrong:
        CHECK r0, 1                     // reached only through a wrong branch
        br.sptk.many test_finish
        ;;
        .endp test_main
