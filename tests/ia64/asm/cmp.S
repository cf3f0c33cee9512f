// Compares and their types: cmp, cmp4, tbit, tnat with the normal, unc,
// and, or, or.andcm types and the pseudo-op types orcm, andcm, and.orcm;
// relations eq ne lt le gt ge ltu leu gtu geu, register, immediate and r0
// forms; NaT sources; a false qualifying predicate. Before each compare its
// targets p6/p7 are preset, so a case shows which targets were written and
// which were left alone.
//
// The truth is the table of comparison types on the cmp page of the Itanium
// SDM rev 2.3 vol. 3 (targets p1, p2; "-" = not written):
//   type      qp=0   qp=1,rel=0  qp=1,rel=1  qp=1,NaT source
//   normal     - -      0 1         1 0          0 0
//   unc        0 0      0 1         1 0          0 0
//   and        - -      0 0         - -          0 0
//   or         - -      - -         1 1          - -
//   or.andcm   - -      - -         1 0          - -
// orcm, andcm and and.orcm are pseudo-ops: orcm = or and andcm = and with the
// relation complemented; and.orcm = or.andcm with the relation complemented
// and the targets swapped, so (rel=0) gives p1=0, p2=1 and a NaT source leaves
// both. tbit/tnat follow the same table (tnat reads the NaT bit, it is never a
// NaT source). cmp4 compares bits 31:0 (sign bit 31 for the signed relations).
// Each comment gives the relation's result; the CT line reads
//   CT case, preset p6, preset p7, expected p6, expected p7, instruction.
#define TEST_NAME "cmp"
#include "harness.inc"

        .macro PSET preg, value
        .if \value
        cmp.eq \preg, p0 = r0, r0
        .else
        cmp.ne \preg, p0 = r0, r0
        .endif
        .endm

        .macro CT n, i6, i7, w6, w7, insn:vararg
        CASE \n
        PSET p6, \i6
        PSET p7, \i7
        ;;
        \insn
        ;;
        CHECK_PR p6, \w6
        CHECK_PR p7, \w7
        .endm

        .data
        .align 8
nat_source:
        .quad 0x1234

        .text
        .global test_main
        .proc test_main
test_main:
        alloc r32 = ar.pfs, 0, 4, 0, 0
        mov r2 = 5
        mov r3 = 5
        mov r4 = 6
        mov r5 = -1
        mov r9 = 1
        movl r10 = 0x8000000000000000
        movl r11 = 0x7fffffffffffffff
        movl r14 = 0x7fffffff80000000
        mov r15 = 1
        movl r16 = 0x100000005
        mov r17 = 5
        movl r18 = 0xfffffffe00000003
        movl r21 = 0x8000000000000001
        movl r22 = nat_source
        mov r23 = -1
        cmp.ne p8, p0 = r0, r0          // p8 = 0: the false qualifying predicate
        ;;
        // r20 gets a NaT: ld8.fill takes the NaT bit from ar.unat bit
        // address{8:3} (SDM vol. 1 "Register spill and fill"); every bit is 1.
        mov ar.unat = r23
        ;;
        ld8.fill r20 = [r22]
        ;;
        CASE 0
        CHECK_NAT r20, 1
        CHECK_NAT r2, 0
        CHECK_PR p8, 0
        // normal, 5 == 5 true, preset 10
        CT 1, 1, 0, 1, 0, cmp.eq p6, p7 = r2, r3
        // normal, 5 == 5 true, preset 01
        CT 2, 0, 1, 1, 0, cmp.eq p6, p7 = r2, r3
        // normal, 5 == 6 false, preset 10
        CT 3, 1, 0, 0, 1, cmp.eq p6, p7 = r2, r4
        // normal, 5 == 6 false, preset 01
        CT 4, 0, 1, 0, 1, cmp.eq p6, p7 = r2, r4
        // normal, NaT source, preset 10
        CT 5, 1, 0, 0, 0, cmp.eq p6, p7 = r20, r3
        // normal, NaT source, preset 01
        CT 6, 0, 1, 0, 0, cmp.eq p6, p7 = r20, r3
        // normal under a false qp, preset 10: unchanged
        CT 7, 1, 0, 1, 0, (p8) cmp.eq p6, p7 = r2, r3
        // normal under a false qp, preset 01: unchanged
        CT 8, 0, 1, 0, 1, (p8) cmp.eq p6, p7 = r2, r3
        // normal under a false qp, preset 11: unchanged
        CT 9, 1, 1, 1, 1, (p8) cmp.eq p6, p7 = r2, r3
        // unc, 5 == 5 true, preset 10
        CT 10, 1, 0, 1, 0, cmp.eq.unc p6, p7 = r2, r3
        // unc, 5 == 5 true, preset 01
        CT 11, 0, 1, 1, 0, cmp.eq.unc p6, p7 = r2, r3
        // unc, 5 == 6 false, preset 10
        CT 12, 1, 0, 0, 1, cmp.eq.unc p6, p7 = r2, r4
        // unc, 5 == 6 false, preset 01
        CT 13, 0, 1, 0, 1, cmp.eq.unc p6, p7 = r2, r4
        // unc, NaT source, preset 10
        CT 14, 1, 0, 0, 0, cmp.eq.unc p6, p7 = r20, r3
        // unc, NaT source, preset 01
        CT 15, 0, 1, 0, 0, cmp.eq.unc p6, p7 = r20, r3
        // unc under a false qp, preset 10: unc clears both
        CT 16, 1, 0, 0, 0, (p8) cmp.eq.unc p6, p7 = r2, r3
        // unc under a false qp, preset 01: unc clears both
        CT 17, 0, 1, 0, 0, (p8) cmp.eq.unc p6, p7 = r2, r3
        // unc under a false qp, preset 11: unc clears both
        CT 18, 1, 1, 0, 0, (p8) cmp.eq.unc p6, p7 = r2, r3
        // and, 5 == 5 true, preset 10
        CT 19, 1, 0, 1, 0, cmp.eq.and p6, p7 = r2, r3
        // and, 5 == 5 true, preset 01
        CT 20, 0, 1, 0, 1, cmp.eq.and p6, p7 = r2, r3
        // and, 5 == 6 false, preset 10
        CT 21, 1, 0, 0, 0, cmp.eq.and p6, p7 = r2, r4
        // and, 5 == 6 false, preset 01
        CT 22, 0, 1, 0, 0, cmp.eq.and p6, p7 = r2, r4
        // and, NaT source, preset 10
        CT 23, 1, 0, 0, 0, cmp.eq.and p6, p7 = r20, r3
        // and, NaT source, preset 01
        CT 24, 0, 1, 0, 0, cmp.eq.and p6, p7 = r20, r3
        // and under a false qp, preset 10: unchanged
        CT 25, 1, 0, 1, 0, (p8) cmp.eq.and p6, p7 = r2, r3
        // and under a false qp, preset 01: unchanged
        CT 26, 0, 1, 0, 1, (p8) cmp.eq.and p6, p7 = r2, r3
        // and under a false qp, preset 11: unchanged
        CT 27, 1, 1, 1, 1, (p8) cmp.eq.and p6, p7 = r2, r3
        // or, 5 == 5 true, preset 10
        CT 28, 1, 0, 1, 1, cmp.eq.or p6, p7 = r2, r3
        // or, 5 == 5 true, preset 01
        CT 29, 0, 1, 1, 1, cmp.eq.or p6, p7 = r2, r3
        // or, 5 == 6 false, preset 10
        CT 30, 1, 0, 1, 0, cmp.eq.or p6, p7 = r2, r4
        // or, 5 == 6 false, preset 01
        CT 31, 0, 1, 0, 1, cmp.eq.or p6, p7 = r2, r4
        // or, NaT source, preset 10
        CT 32, 1, 0, 1, 0, cmp.eq.or p6, p7 = r20, r3
        // or, NaT source, preset 01
        CT 33, 0, 1, 0, 1, cmp.eq.or p6, p7 = r20, r3
        // or under a false qp, preset 10: unchanged
        CT 34, 1, 0, 1, 0, (p8) cmp.eq.or p6, p7 = r2, r3
        // or under a false qp, preset 01: unchanged
        CT 35, 0, 1, 0, 1, (p8) cmp.eq.or p6, p7 = r2, r3
        // or under a false qp, preset 11: unchanged
        CT 36, 1, 1, 1, 1, (p8) cmp.eq.or p6, p7 = r2, r3
        // or.andcm, 5 == 5 true, preset 10
        CT 37, 1, 0, 1, 0, cmp.eq.or.andcm p6, p7 = r2, r3
        // or.andcm, 5 == 5 true, preset 01
        CT 38, 0, 1, 1, 0, cmp.eq.or.andcm p6, p7 = r2, r3
        // or.andcm, 5 == 6 false, preset 10
        CT 39, 1, 0, 1, 0, cmp.eq.or.andcm p6, p7 = r2, r4
        // or.andcm, 5 == 6 false, preset 01
        CT 40, 0, 1, 0, 1, cmp.eq.or.andcm p6, p7 = r2, r4
        // or.andcm, NaT source, preset 10
        CT 41, 1, 0, 1, 0, cmp.eq.or.andcm p6, p7 = r20, r3
        // or.andcm, NaT source, preset 01
        CT 42, 0, 1, 0, 1, cmp.eq.or.andcm p6, p7 = r20, r3
        // or.andcm under a false qp, preset 10: unchanged
        CT 43, 1, 0, 1, 0, (p8) cmp.eq.or.andcm p6, p7 = r2, r3
        // or.andcm under a false qp, preset 01: unchanged
        CT 44, 0, 1, 0, 1, (p8) cmp.eq.or.andcm p6, p7 = r2, r3
        // or.andcm under a false qp, preset 11: unchanged
        CT 45, 1, 1, 1, 1, (p8) cmp.eq.or.andcm p6, p7 = r2, r3
        // orcm (= or, relation complemented), 5 == 5 true, preset 10
        CT 46, 1, 0, 1, 0, cmp.eq.orcm p6, p7 = r2, r3
        // orcm (= or, relation complemented), 5 == 5 true, preset 01
        CT 47, 0, 1, 0, 1, cmp.eq.orcm p6, p7 = r2, r3
        // orcm (= or, relation complemented), 5 == 6 false, preset 10
        CT 48, 1, 0, 1, 1, cmp.eq.orcm p6, p7 = r2, r4
        // orcm (= or, relation complemented), 5 == 6 false, preset 01
        CT 49, 0, 1, 1, 1, cmp.eq.orcm p6, p7 = r2, r4
        // orcm (= or, relation complemented), NaT source, preset 10
        CT 50, 1, 0, 1, 0, cmp.eq.orcm p6, p7 = r20, r3
        // orcm (= or, relation complemented), NaT source, preset 01
        CT 51, 0, 1, 0, 1, cmp.eq.orcm p6, p7 = r20, r3
        // orcm (= or, relation complemented) under a false qp, preset 10: unchanged
        CT 52, 1, 0, 1, 0, (p8) cmp.eq.orcm p6, p7 = r2, r3
        // orcm (= or, relation complemented) under a false qp, preset 01: unchanged
        CT 53, 0, 1, 0, 1, (p8) cmp.eq.orcm p6, p7 = r2, r3
        // orcm (= or, relation complemented) under a false qp, preset 11: unchanged
        CT 54, 1, 1, 1, 1, (p8) cmp.eq.orcm p6, p7 = r2, r3
        // andcm (= and, relation complemented), 5 == 5 true, preset 10
        CT 55, 1, 0, 0, 0, cmp.eq.andcm p6, p7 = r2, r3
        // andcm (= and, relation complemented), 5 == 5 true, preset 01
        CT 56, 0, 1, 0, 0, cmp.eq.andcm p6, p7 = r2, r3
        // andcm (= and, relation complemented), 5 == 6 false, preset 10
        CT 57, 1, 0, 1, 0, cmp.eq.andcm p6, p7 = r2, r4
        // andcm (= and, relation complemented), 5 == 6 false, preset 01
        CT 58, 0, 1, 0, 1, cmp.eq.andcm p6, p7 = r2, r4
        // andcm (= and, relation complemented), NaT source, preset 10
        CT 59, 1, 0, 0, 0, cmp.eq.andcm p6, p7 = r20, r3
        // andcm (= and, relation complemented), NaT source, preset 01
        CT 60, 0, 1, 0, 0, cmp.eq.andcm p6, p7 = r20, r3
        // andcm (= and, relation complemented) under a false qp, preset 10: unchanged
        CT 61, 1, 0, 1, 0, (p8) cmp.eq.andcm p6, p7 = r2, r3
        // andcm (= and, relation complemented) under a false qp, preset 01: unchanged
        CT 62, 0, 1, 0, 1, (p8) cmp.eq.andcm p6, p7 = r2, r3
        // andcm (= and, relation complemented) under a false qp, preset 11: unchanged
        CT 63, 1, 1, 1, 1, (p8) cmp.eq.andcm p6, p7 = r2, r3
        // and.orcm (= or.andcm with the targets swapped, relation complemented), 5 == 5 true, preset 10
        CT 64, 1, 0, 1, 0, cmp.eq.and.orcm p6, p7 = r2, r3
        // and.orcm (= or.andcm with the targets swapped, relation complemented), 5 == 5 true, preset 01
        CT 65, 0, 1, 0, 1, cmp.eq.and.orcm p6, p7 = r2, r3
        // and.orcm (= or.andcm with the targets swapped, relation complemented), 5 == 6 false, preset 10
        CT 66, 1, 0, 0, 1, cmp.eq.and.orcm p6, p7 = r2, r4
        // and.orcm (= or.andcm with the targets swapped, relation complemented), 5 == 6 false, preset 01
        CT 67, 0, 1, 0, 1, cmp.eq.and.orcm p6, p7 = r2, r4
        // and.orcm (= or.andcm with the targets swapped, relation complemented), NaT source, preset 10
        CT 68, 1, 0, 1, 0, cmp.eq.and.orcm p6, p7 = r20, r3
        // and.orcm (= or.andcm with the targets swapped, relation complemented), NaT source, preset 01
        CT 69, 0, 1, 0, 1, cmp.eq.and.orcm p6, p7 = r20, r3
        // and.orcm (= or.andcm with the targets swapped, relation complemented) under a false qp, preset 10: unchanged
        CT 70, 1, 0, 1, 0, (p8) cmp.eq.and.orcm p6, p7 = r2, r3
        // and.orcm (= or.andcm with the targets swapped, relation complemented) under a false qp, preset 01: unchanged
        CT 71, 0, 1, 0, 1, (p8) cmp.eq.and.orcm p6, p7 = r2, r3
        // and.orcm (= or.andcm with the targets swapped, relation complemented) under a false qp, preset 11: unchanged
        CT 72, 1, 1, 1, 1, (p8) cmp.eq.and.orcm p6, p7 = r2, r3
        // r2 eq r3: 0x0000000000000005 vs 0x0000000000000005
        CT 73, 0, 1, 1, 0, cmp.eq p6, p7 = r2, r3
        // r2 eq r4: 0x0000000000000005 vs 0x0000000000000006
        CT 74, 1, 0, 0, 1, cmp.eq p6, p7 = r2, r4
        // r4 eq r2: 0x0000000000000006 vs 0x0000000000000005
        CT 75, 1, 0, 0, 1, cmp.eq p6, p7 = r4, r2
        // r5 eq r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 76, 1, 0, 0, 1, cmp.eq p6, p7 = r5, r9
        // r9 eq r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 77, 1, 0, 0, 1, cmp.eq p6, p7 = r9, r5
        // r10 eq r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 78, 1, 0, 0, 1, cmp.eq p6, p7 = r10, r11
        // r11 eq r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 79, 1, 0, 0, 1, cmp.eq p6, p7 = r11, r10
        // r0 eq r0: 0x0000000000000000 vs 0x0000000000000000
        CT 80, 0, 1, 1, 0, cmp.eq p6, p7 = r0, r0
        // r2 ne r3: 0x0000000000000005 vs 0x0000000000000005
        CT 81, 1, 0, 0, 1, cmp.ne p6, p7 = r2, r3
        // r2 ne r4: 0x0000000000000005 vs 0x0000000000000006
        CT 82, 0, 1, 1, 0, cmp.ne p6, p7 = r2, r4
        // r4 ne r2: 0x0000000000000006 vs 0x0000000000000005
        CT 83, 0, 1, 1, 0, cmp.ne p6, p7 = r4, r2
        // r5 ne r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 84, 0, 1, 1, 0, cmp.ne p6, p7 = r5, r9
        // r9 ne r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 85, 0, 1, 1, 0, cmp.ne p6, p7 = r9, r5
        // r10 ne r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 86, 0, 1, 1, 0, cmp.ne p6, p7 = r10, r11
        // r11 ne r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 87, 0, 1, 1, 0, cmp.ne p6, p7 = r11, r10
        // r0 ne r0: 0x0000000000000000 vs 0x0000000000000000
        CT 88, 1, 0, 0, 1, cmp.ne p6, p7 = r0, r0
        // r2 lt r3: 0x0000000000000005 vs 0x0000000000000005
        CT 89, 1, 0, 0, 1, cmp.lt p6, p7 = r2, r3
        // r2 lt r4: 0x0000000000000005 vs 0x0000000000000006
        CT 90, 0, 1, 1, 0, cmp.lt p6, p7 = r2, r4
        // r4 lt r2: 0x0000000000000006 vs 0x0000000000000005
        CT 91, 1, 0, 0, 1, cmp.lt p6, p7 = r4, r2
        // r5 lt r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 92, 0, 1, 1, 0, cmp.lt p6, p7 = r5, r9
        // r9 lt r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 93, 1, 0, 0, 1, cmp.lt p6, p7 = r9, r5
        // r10 lt r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 94, 0, 1, 1, 0, cmp.lt p6, p7 = r10, r11
        // r11 lt r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 95, 1, 0, 0, 1, cmp.lt p6, p7 = r11, r10
        // r0 lt r0: 0x0000000000000000 vs 0x0000000000000000
        CT 96, 1, 0, 0, 1, cmp.lt p6, p7 = r0, r0
        // r2 le r3: 0x0000000000000005 vs 0x0000000000000005
        CT 97, 0, 1, 1, 0, cmp.le p6, p7 = r2, r3
        // r2 le r4: 0x0000000000000005 vs 0x0000000000000006
        CT 98, 0, 1, 1, 0, cmp.le p6, p7 = r2, r4
        // r4 le r2: 0x0000000000000006 vs 0x0000000000000005
        CT 99, 1, 0, 0, 1, cmp.le p6, p7 = r4, r2
        // r5 le r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 100, 0, 1, 1, 0, cmp.le p6, p7 = r5, r9
        // r9 le r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 101, 1, 0, 0, 1, cmp.le p6, p7 = r9, r5
        // r10 le r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 102, 0, 1, 1, 0, cmp.le p6, p7 = r10, r11
        // r11 le r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 103, 1, 0, 0, 1, cmp.le p6, p7 = r11, r10
        // r0 le r0: 0x0000000000000000 vs 0x0000000000000000
        CT 104, 0, 1, 1, 0, cmp.le p6, p7 = r0, r0
        // r2 gt r3: 0x0000000000000005 vs 0x0000000000000005
        CT 105, 1, 0, 0, 1, cmp.gt p6, p7 = r2, r3
        // r2 gt r4: 0x0000000000000005 vs 0x0000000000000006
        CT 106, 1, 0, 0, 1, cmp.gt p6, p7 = r2, r4
        // r4 gt r2: 0x0000000000000006 vs 0x0000000000000005
        CT 107, 0, 1, 1, 0, cmp.gt p6, p7 = r4, r2
        // r5 gt r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 108, 1, 0, 0, 1, cmp.gt p6, p7 = r5, r9
        // r9 gt r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 109, 0, 1, 1, 0, cmp.gt p6, p7 = r9, r5
        // r10 gt r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 110, 1, 0, 0, 1, cmp.gt p6, p7 = r10, r11
        // r11 gt r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 111, 0, 1, 1, 0, cmp.gt p6, p7 = r11, r10
        // r0 gt r0: 0x0000000000000000 vs 0x0000000000000000
        CT 112, 1, 0, 0, 1, cmp.gt p6, p7 = r0, r0
        // r2 ge r3: 0x0000000000000005 vs 0x0000000000000005
        CT 113, 0, 1, 1, 0, cmp.ge p6, p7 = r2, r3
        // r2 ge r4: 0x0000000000000005 vs 0x0000000000000006
        CT 114, 1, 0, 0, 1, cmp.ge p6, p7 = r2, r4
        // r4 ge r2: 0x0000000000000006 vs 0x0000000000000005
        CT 115, 0, 1, 1, 0, cmp.ge p6, p7 = r4, r2
        // r5 ge r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 116, 1, 0, 0, 1, cmp.ge p6, p7 = r5, r9
        // r9 ge r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 117, 0, 1, 1, 0, cmp.ge p6, p7 = r9, r5
        // r10 ge r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 118, 1, 0, 0, 1, cmp.ge p6, p7 = r10, r11
        // r11 ge r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 119, 0, 1, 1, 0, cmp.ge p6, p7 = r11, r10
        // r0 ge r0: 0x0000000000000000 vs 0x0000000000000000
        CT 120, 0, 1, 1, 0, cmp.ge p6, p7 = r0, r0
        // r2 ltu r3: 0x0000000000000005 vs 0x0000000000000005
        CT 121, 1, 0, 0, 1, cmp.ltu p6, p7 = r2, r3
        // r2 ltu r4: 0x0000000000000005 vs 0x0000000000000006
        CT 122, 0, 1, 1, 0, cmp.ltu p6, p7 = r2, r4
        // r4 ltu r2: 0x0000000000000006 vs 0x0000000000000005
        CT 123, 1, 0, 0, 1, cmp.ltu p6, p7 = r4, r2
        // r5 ltu r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 124, 1, 0, 0, 1, cmp.ltu p6, p7 = r5, r9
        // r9 ltu r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 125, 0, 1, 1, 0, cmp.ltu p6, p7 = r9, r5
        // r10 ltu r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 126, 1, 0, 0, 1, cmp.ltu p6, p7 = r10, r11
        // r11 ltu r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 127, 0, 1, 1, 0, cmp.ltu p6, p7 = r11, r10
        // r0 ltu r0: 0x0000000000000000 vs 0x0000000000000000
        CT 128, 1, 0, 0, 1, cmp.ltu p6, p7 = r0, r0
        // r2 leu r3: 0x0000000000000005 vs 0x0000000000000005
        CT 129, 0, 1, 1, 0, cmp.leu p6, p7 = r2, r3
        // r2 leu r4: 0x0000000000000005 vs 0x0000000000000006
        CT 130, 0, 1, 1, 0, cmp.leu p6, p7 = r2, r4
        // r4 leu r2: 0x0000000000000006 vs 0x0000000000000005
        CT 131, 1, 0, 0, 1, cmp.leu p6, p7 = r4, r2
        // r5 leu r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 132, 1, 0, 0, 1, cmp.leu p6, p7 = r5, r9
        // r9 leu r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 133, 0, 1, 1, 0, cmp.leu p6, p7 = r9, r5
        // r10 leu r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 134, 1, 0, 0, 1, cmp.leu p6, p7 = r10, r11
        // r11 leu r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 135, 0, 1, 1, 0, cmp.leu p6, p7 = r11, r10
        // r0 leu r0: 0x0000000000000000 vs 0x0000000000000000
        CT 136, 0, 1, 1, 0, cmp.leu p6, p7 = r0, r0
        // r2 gtu r3: 0x0000000000000005 vs 0x0000000000000005
        CT 137, 1, 0, 0, 1, cmp.gtu p6, p7 = r2, r3
        // r2 gtu r4: 0x0000000000000005 vs 0x0000000000000006
        CT 138, 1, 0, 0, 1, cmp.gtu p6, p7 = r2, r4
        // r4 gtu r2: 0x0000000000000006 vs 0x0000000000000005
        CT 139, 0, 1, 1, 0, cmp.gtu p6, p7 = r4, r2
        // r5 gtu r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 140, 0, 1, 1, 0, cmp.gtu p6, p7 = r5, r9
        // r9 gtu r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 141, 1, 0, 0, 1, cmp.gtu p6, p7 = r9, r5
        // r10 gtu r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 142, 0, 1, 1, 0, cmp.gtu p6, p7 = r10, r11
        // r11 gtu r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 143, 1, 0, 0, 1, cmp.gtu p6, p7 = r11, r10
        // r0 gtu r0: 0x0000000000000000 vs 0x0000000000000000
        CT 144, 1, 0, 0, 1, cmp.gtu p6, p7 = r0, r0
        // r2 geu r3: 0x0000000000000005 vs 0x0000000000000005
        CT 145, 0, 1, 1, 0, cmp.geu p6, p7 = r2, r3
        // r2 geu r4: 0x0000000000000005 vs 0x0000000000000006
        CT 146, 1, 0, 0, 1, cmp.geu p6, p7 = r2, r4
        // r4 geu r2: 0x0000000000000006 vs 0x0000000000000005
        CT 147, 0, 1, 1, 0, cmp.geu p6, p7 = r4, r2
        // r5 geu r9: 0xffffffffffffffff vs 0x0000000000000001
        CT 148, 0, 1, 1, 0, cmp.geu p6, p7 = r5, r9
        // r9 geu r5: 0x0000000000000001 vs 0xffffffffffffffff
        CT 149, 1, 0, 0, 1, cmp.geu p6, p7 = r9, r5
        // r10 geu r11: 0x8000000000000000 vs 0x7fffffffffffffff
        CT 150, 0, 1, 1, 0, cmp.geu p6, p7 = r10, r11
        // r11 geu r10: 0x7fffffffffffffff vs 0x8000000000000000
        CT 151, 1, 0, 0, 1, cmp.geu p6, p7 = r11, r10
        // r0 geu r0: 0x0000000000000000 vs 0x0000000000000000
        CT 152, 0, 1, 1, 0, cmp.geu p6, p7 = r0, r0
        // imm8 5 (sign-extended) eq r2 = 0x0000000000000005
        CT 153, 0, 1, 1, 0, cmp.eq p6, p7 = 5, r2
        // imm8 5 (sign-extended) ne r2 = 0x0000000000000005
        CT 154, 1, 0, 0, 1, cmp.ne p6, p7 = 5, r2
        // imm8 -1 (sign-extended) lt r9 = 0x0000000000000001
        CT 155, 0, 1, 1, 0, cmp.lt p6, p7 = -1, r9
        // imm8 1 (sign-extended) lt r5 = 0xffffffffffffffff
        CT 156, 1, 0, 0, 1, cmp.lt p6, p7 = 1, r5
        // imm8 -1 (sign-extended) ltu r5 = 0xffffffffffffffff
        CT 157, 1, 0, 0, 1, cmp.ltu p6, p7 = -1, r5
        // imm8 1 (sign-extended) ltu r5 = 0xffffffffffffffff
        CT 158, 0, 1, 1, 0, cmp.ltu p6, p7 = 1, r5
        // imm8 -1 (sign-extended) ltu r9 = 0x0000000000000001
        CT 159, 1, 0, 0, 1, cmp.ltu p6, p7 = -1, r9
        // imm8 5 (sign-extended) le r2 = 0x0000000000000005
        CT 160, 0, 1, 1, 0, cmp.le p6, p7 = 5, r2
        // imm8 5 (sign-extended) gt r2 = 0x0000000000000005
        CT 161, 1, 0, 0, 1, cmp.gt p6, p7 = 5, r2
        // imm8 6 (sign-extended) gt r2 = 0x0000000000000005
        CT 162, 0, 1, 1, 0, cmp.gt p6, p7 = 6, r2
        // imm8 -128 (sign-extended) ge r10 = 0x8000000000000000
        CT 163, 0, 1, 1, 0, cmp.ge p6, p7 = -128, r10
        // imm8 127 (sign-extended) geu r11 = 0x7fffffffffffffff
        CT 164, 1, 0, 0, 1, cmp.geu p6, p7 = 127, r11
        // imm8 1 (sign-extended) leu r0 = 0x0000000000000000
        CT 165, 1, 0, 0, 1, cmp.leu p6, p7 = 1, r0
        // imm8 -1 (sign-extended) gtu r5 = 0xffffffffffffffff
        CT 166, 1, 0, 0, 1, cmp.gtu p6, p7 = -1, r5
        // low words 80000000 lt 00000001
        CT 167, 0, 1, 1, 0, cmp4.lt p6, p7 = r14, r15
        // low words 80000000 ltu 00000001
        CT 168, 1, 0, 0, 1, cmp4.ltu p6, p7 = r14, r15
        // low words 00000005 eq 00000005
        CT 169, 0, 1, 1, 0, cmp4.eq p6, p7 = r16, r17
        // low words 00000005 ne 00000005
        CT 170, 1, 0, 0, 1, cmp4.ne p6, p7 = r16, r17
        // low words 00000003 gt 00000001
        CT 171, 0, 1, 1, 0, cmp4.gt p6, p7 = r18, r15
        // low words 00000003 gtu 00000001
        CT 172, 0, 1, 1, 0, cmp4.gtu p6, p7 = r18, r15
        // low words 00000001 ge 00000003
        CT 173, 1, 0, 0, 1, cmp4.ge p6, p7 = r15, r18
        // low words 80000000 lt 80000000
        CT 174, 1, 0, 0, 1, cmp4.lt p6, p7 = r14, r14
        // imm8 -1 < low word 0x80000000 (signed): false
        CT 175, 1, 0, 0, 1, cmp4.lt p6, p7 = -1, r14
        // cmp4 with a NaT source: both cleared
        CT 176, 1, 1, 0, 0, cmp4.eq.unc p6, p7 = r20, r2
        // cmp4 low words equal, so ne is false: or leaves 00
        CT 177, 0, 0, 0, 0, cmp4.ne.or p6, p7 = r16, r17
        // cmp4 low words equal: or sets both
        CT 178, 0, 0, 1, 1, cmp4.eq.or p6, p7 = r16, r17
        // 0 lt r5 (0xffffffffffffffff) is False; and, preset 10
        CT 179, 1, 0, 0, 0, cmp.lt.and p6, p7 = r0, r5
        // 0 lt r5 (0xffffffffffffffff) is False; and, preset 01
        CT 180, 0, 1, 0, 0, cmp.lt.and p6, p7 = r0, r5
        // 0 lt r0 (0x0000000000000000) is False; and, preset 10
        CT 181, 1, 0, 0, 0, cmp.lt.and p6, p7 = r0, r0
        // 0 lt r0 (0x0000000000000000) is False; and, preset 01
        CT 182, 0, 1, 0, 0, cmp.lt.and p6, p7 = r0, r0
        // 0 lt r2 (0x0000000000000005) is True; and, preset 10
        CT 183, 1, 0, 1, 0, cmp.lt.and p6, p7 = r0, r2
        // 0 lt r2 (0x0000000000000005) is True; and, preset 01
        CT 184, 0, 1, 0, 1, cmp.lt.and p6, p7 = r0, r2
        // 0 lt r5 (0xffffffffffffffff) is False; or, preset 10
        CT 185, 1, 0, 1, 0, cmp.lt.or p6, p7 = r0, r5
        // 0 lt r5 (0xffffffffffffffff) is False; or, preset 01
        CT 186, 0, 1, 0, 1, cmp.lt.or p6, p7 = r0, r5
        // 0 lt r0 (0x0000000000000000) is False; or, preset 10
        CT 187, 1, 0, 1, 0, cmp.lt.or p6, p7 = r0, r0
        // 0 lt r0 (0x0000000000000000) is False; or, preset 01
        CT 188, 0, 1, 0, 1, cmp.lt.or p6, p7 = r0, r0
        // 0 lt r2 (0x0000000000000005) is True; or, preset 10
        CT 189, 1, 0, 1, 1, cmp.lt.or p6, p7 = r0, r2
        // 0 lt r2 (0x0000000000000005) is True; or, preset 01
        CT 190, 0, 1, 1, 1, cmp.lt.or p6, p7 = r0, r2
        // 0 lt r5 (0xffffffffffffffff) is False; or.andcm, preset 10
        CT 191, 1, 0, 1, 0, cmp.lt.or.andcm p6, p7 = r0, r5
        // 0 lt r5 (0xffffffffffffffff) is False; or.andcm, preset 01
        CT 192, 0, 1, 0, 1, cmp.lt.or.andcm p6, p7 = r0, r5
        // 0 lt r0 (0x0000000000000000) is False; or.andcm, preset 10
        CT 193, 1, 0, 1, 0, cmp.lt.or.andcm p6, p7 = r0, r0
        // 0 lt r0 (0x0000000000000000) is False; or.andcm, preset 01
        CT 194, 0, 1, 0, 1, cmp.lt.or.andcm p6, p7 = r0, r0
        // 0 lt r2 (0x0000000000000005) is True; or.andcm, preset 10
        CT 195, 1, 0, 1, 0, cmp.lt.or.andcm p6, p7 = r0, r2
        // 0 lt r2 (0x0000000000000005) is True; or.andcm, preset 01
        CT 196, 0, 1, 1, 0, cmp.lt.or.andcm p6, p7 = r0, r2
        // 0 le r5 (0xffffffffffffffff) is False; and, preset 10
        CT 197, 1, 0, 0, 0, cmp.le.and p6, p7 = r0, r5
        // 0 le r5 (0xffffffffffffffff) is False; and, preset 01
        CT 198, 0, 1, 0, 0, cmp.le.and p6, p7 = r0, r5
        // 0 le r0 (0x0000000000000000) is True; and, preset 10
        CT 199, 1, 0, 1, 0, cmp.le.and p6, p7 = r0, r0
        // 0 le r0 (0x0000000000000000) is True; and, preset 01
        CT 200, 0, 1, 0, 1, cmp.le.and p6, p7 = r0, r0
        // 0 le r2 (0x0000000000000005) is True; and, preset 10
        CT 201, 1, 0, 1, 0, cmp.le.and p6, p7 = r0, r2
        // 0 le r2 (0x0000000000000005) is True; and, preset 01
        CT 202, 0, 1, 0, 1, cmp.le.and p6, p7 = r0, r2
        // 0 le r5 (0xffffffffffffffff) is False; or, preset 10
        CT 203, 1, 0, 1, 0, cmp.le.or p6, p7 = r0, r5
        // 0 le r5 (0xffffffffffffffff) is False; or, preset 01
        CT 204, 0, 1, 0, 1, cmp.le.or p6, p7 = r0, r5
        // 0 le r0 (0x0000000000000000) is True; or, preset 10
        CT 205, 1, 0, 1, 1, cmp.le.or p6, p7 = r0, r0
        // 0 le r0 (0x0000000000000000) is True; or, preset 01
        CT 206, 0, 1, 1, 1, cmp.le.or p6, p7 = r0, r0
        // 0 le r2 (0x0000000000000005) is True; or, preset 10
        CT 207, 1, 0, 1, 1, cmp.le.or p6, p7 = r0, r2
        // 0 le r2 (0x0000000000000005) is True; or, preset 01
        CT 208, 0, 1, 1, 1, cmp.le.or p6, p7 = r0, r2
        // 0 le r5 (0xffffffffffffffff) is False; or.andcm, preset 10
        CT 209, 1, 0, 1, 0, cmp.le.or.andcm p6, p7 = r0, r5
        // 0 le r5 (0xffffffffffffffff) is False; or.andcm, preset 01
        CT 210, 0, 1, 0, 1, cmp.le.or.andcm p6, p7 = r0, r5
        // 0 le r0 (0x0000000000000000) is True; or.andcm, preset 10
        CT 211, 1, 0, 1, 0, cmp.le.or.andcm p6, p7 = r0, r0
        // 0 le r0 (0x0000000000000000) is True; or.andcm, preset 01
        CT 212, 0, 1, 1, 0, cmp.le.or.andcm p6, p7 = r0, r0
        // 0 le r2 (0x0000000000000005) is True; or.andcm, preset 10
        CT 213, 1, 0, 1, 0, cmp.le.or.andcm p6, p7 = r0, r2
        // 0 le r2 (0x0000000000000005) is True; or.andcm, preset 01
        CT 214, 0, 1, 1, 0, cmp.le.or.andcm p6, p7 = r0, r2
        // 0 gt r5 (0xffffffffffffffff) is True; and, preset 10
        CT 215, 1, 0, 1, 0, cmp.gt.and p6, p7 = r0, r5
        // 0 gt r5 (0xffffffffffffffff) is True; and, preset 01
        CT 216, 0, 1, 0, 1, cmp.gt.and p6, p7 = r0, r5
        // 0 gt r0 (0x0000000000000000) is False; and, preset 10
        CT 217, 1, 0, 0, 0, cmp.gt.and p6, p7 = r0, r0
        // 0 gt r0 (0x0000000000000000) is False; and, preset 01
        CT 218, 0, 1, 0, 0, cmp.gt.and p6, p7 = r0, r0
        // 0 gt r2 (0x0000000000000005) is False; and, preset 10
        CT 219, 1, 0, 0, 0, cmp.gt.and p6, p7 = r0, r2
        // 0 gt r2 (0x0000000000000005) is False; and, preset 01
        CT 220, 0, 1, 0, 0, cmp.gt.and p6, p7 = r0, r2
        // 0 gt r5 (0xffffffffffffffff) is True; or, preset 10
        CT 221, 1, 0, 1, 1, cmp.gt.or p6, p7 = r0, r5
        // 0 gt r5 (0xffffffffffffffff) is True; or, preset 01
        CT 222, 0, 1, 1, 1, cmp.gt.or p6, p7 = r0, r5
        // 0 gt r0 (0x0000000000000000) is False; or, preset 10
        CT 223, 1, 0, 1, 0, cmp.gt.or p6, p7 = r0, r0
        // 0 gt r0 (0x0000000000000000) is False; or, preset 01
        CT 224, 0, 1, 0, 1, cmp.gt.or p6, p7 = r0, r0
        // 0 gt r2 (0x0000000000000005) is False; or, preset 10
        CT 225, 1, 0, 1, 0, cmp.gt.or p6, p7 = r0, r2
        // 0 gt r2 (0x0000000000000005) is False; or, preset 01
        CT 226, 0, 1, 0, 1, cmp.gt.or p6, p7 = r0, r2
        // 0 gt r5 (0xffffffffffffffff) is True; or.andcm, preset 10
        CT 227, 1, 0, 1, 0, cmp.gt.or.andcm p6, p7 = r0, r5
        // 0 gt r5 (0xffffffffffffffff) is True; or.andcm, preset 01
        CT 228, 0, 1, 1, 0, cmp.gt.or.andcm p6, p7 = r0, r5
        // 0 gt r0 (0x0000000000000000) is False; or.andcm, preset 10
        CT 229, 1, 0, 1, 0, cmp.gt.or.andcm p6, p7 = r0, r0
        // 0 gt r0 (0x0000000000000000) is False; or.andcm, preset 01
        CT 230, 0, 1, 0, 1, cmp.gt.or.andcm p6, p7 = r0, r0
        // 0 gt r2 (0x0000000000000005) is False; or.andcm, preset 10
        CT 231, 1, 0, 1, 0, cmp.gt.or.andcm p6, p7 = r0, r2
        // 0 gt r2 (0x0000000000000005) is False; or.andcm, preset 01
        CT 232, 0, 1, 0, 1, cmp.gt.or.andcm p6, p7 = r0, r2
        // 0 ge r5 (0xffffffffffffffff) is True; and, preset 10
        CT 233, 1, 0, 1, 0, cmp.ge.and p6, p7 = r0, r5
        // 0 ge r5 (0xffffffffffffffff) is True; and, preset 01
        CT 234, 0, 1, 0, 1, cmp.ge.and p6, p7 = r0, r5
        // 0 ge r0 (0x0000000000000000) is True; and, preset 10
        CT 235, 1, 0, 1, 0, cmp.ge.and p6, p7 = r0, r0
        // 0 ge r0 (0x0000000000000000) is True; and, preset 01
        CT 236, 0, 1, 0, 1, cmp.ge.and p6, p7 = r0, r0
        // 0 ge r2 (0x0000000000000005) is False; and, preset 10
        CT 237, 1, 0, 0, 0, cmp.ge.and p6, p7 = r0, r2
        // 0 ge r2 (0x0000000000000005) is False; and, preset 01
        CT 238, 0, 1, 0, 0, cmp.ge.and p6, p7 = r0, r2
        // 0 ge r5 (0xffffffffffffffff) is True; or, preset 10
        CT 239, 1, 0, 1, 1, cmp.ge.or p6, p7 = r0, r5
        // 0 ge r5 (0xffffffffffffffff) is True; or, preset 01
        CT 240, 0, 1, 1, 1, cmp.ge.or p6, p7 = r0, r5
        // 0 ge r0 (0x0000000000000000) is True; or, preset 10
        CT 241, 1, 0, 1, 1, cmp.ge.or p6, p7 = r0, r0
        // 0 ge r0 (0x0000000000000000) is True; or, preset 01
        CT 242, 0, 1, 1, 1, cmp.ge.or p6, p7 = r0, r0
        // 0 ge r2 (0x0000000000000005) is False; or, preset 10
        CT 243, 1, 0, 1, 0, cmp.ge.or p6, p7 = r0, r2
        // 0 ge r2 (0x0000000000000005) is False; or, preset 01
        CT 244, 0, 1, 0, 1, cmp.ge.or p6, p7 = r0, r2
        // 0 ge r5 (0xffffffffffffffff) is True; or.andcm, preset 10
        CT 245, 1, 0, 1, 0, cmp.ge.or.andcm p6, p7 = r0, r5
        // 0 ge r5 (0xffffffffffffffff) is True; or.andcm, preset 01
        CT 246, 0, 1, 1, 0, cmp.ge.or.andcm p6, p7 = r0, r5
        // 0 ge r0 (0x0000000000000000) is True; or.andcm, preset 10
        CT 247, 1, 0, 1, 0, cmp.ge.or.andcm p6, p7 = r0, r0
        // 0 ge r0 (0x0000000000000000) is True; or.andcm, preset 01
        CT 248, 0, 1, 1, 0, cmp.ge.or.andcm p6, p7 = r0, r0
        // 0 ge r2 (0x0000000000000005) is False; or.andcm, preset 10
        CT 249, 1, 0, 1, 0, cmp.ge.or.andcm p6, p7 = r0, r2
        // 0 ge r2 (0x0000000000000005) is False; or.andcm, preset 01
        CT 250, 0, 1, 0, 1, cmp.ge.or.andcm p6, p7 = r0, r2
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, normal
        CT 251, 1, 0, 0, 1, tbit.z p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, normal
        CT 252, 0, 1, 0, 1, tbit.z p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, normal
        CT 253, 1, 0, 1, 0, tbit.z p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, normal
        CT 254, 0, 1, 1, 0, tbit.z p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, normal
        CT 255, 1, 0, 0, 1, tbit.z p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, normal
        CT 256, 0, 1, 0, 1, tbit.z p6, p7 = r21, 63
        // tbit of a NaT register, normal
        CT 257, 1, 0, 0, 0, tbit.z p6, p7 = r20, 0
        // tbit of a NaT register, normal
        CT 258, 0, 1, 0, 0, tbit.z p6, p7 = r20, 0
        // NaT bit 1; tnat.z -> False, normal (tnat reads the NaT bit, it is no NaT source)
        CT 259, 1, 0, 0, 1, tnat.z p6, p7 = r20
        // NaT bit 1; tnat.z -> False, normal (tnat reads the NaT bit, it is no NaT source)
        CT 260, 0, 1, 0, 1, tnat.z p6, p7 = r20
        // NaT bit 0; tnat.z -> True, normal (tnat reads the NaT bit, it is no NaT source)
        CT 261, 1, 0, 1, 0, tnat.z p6, p7 = r21
        // NaT bit 0; tnat.z -> True, normal (tnat reads the NaT bit, it is no NaT source)
        CT 262, 0, 1, 1, 0, tnat.z p6, p7 = r21
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, normal
        CT 263, 1, 0, 1, 0, tbit.nz p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, normal
        CT 264, 0, 1, 1, 0, tbit.nz p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, normal
        CT 265, 1, 0, 0, 1, tbit.nz p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, normal
        CT 266, 0, 1, 0, 1, tbit.nz p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, normal
        CT 267, 1, 0, 1, 0, tbit.nz p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, normal
        CT 268, 0, 1, 1, 0, tbit.nz p6, p7 = r21, 63
        // tbit of a NaT register, normal
        CT 269, 1, 0, 0, 0, tbit.nz p6, p7 = r20, 0
        // tbit of a NaT register, normal
        CT 270, 0, 1, 0, 0, tbit.nz p6, p7 = r20, 0
        // NaT bit 1; tnat.nz -> True, normal (tnat reads the NaT bit, it is no NaT source)
        CT 271, 1, 0, 1, 0, tnat.nz p6, p7 = r20
        // NaT bit 1; tnat.nz -> True, normal (tnat reads the NaT bit, it is no NaT source)
        CT 272, 0, 1, 1, 0, tnat.nz p6, p7 = r20
        // NaT bit 0; tnat.nz -> False, normal (tnat reads the NaT bit, it is no NaT source)
        CT 273, 1, 0, 0, 1, tnat.nz p6, p7 = r21
        // NaT bit 0; tnat.nz -> False, normal (tnat reads the NaT bit, it is no NaT source)
        CT 274, 0, 1, 0, 1, tnat.nz p6, p7 = r21
        // tbit normal under a false qp: unchanged
        CT 275, 1, 1, 1, 1, (p8) tbit.z p6, p7 = r21, 1
        // tnat normal under a false qp: unchanged
        CT 276, 1, 1, 1, 1, (p8) tnat.z p6, p7 = r21
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, unc
        CT 277, 1, 0, 0, 1, tbit.z.unc p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, unc
        CT 278, 0, 1, 0, 1, tbit.z.unc p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, unc
        CT 279, 1, 0, 1, 0, tbit.z.unc p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, unc
        CT 280, 0, 1, 1, 0, tbit.z.unc p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, unc
        CT 281, 1, 0, 0, 1, tbit.z.unc p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, unc
        CT 282, 0, 1, 0, 1, tbit.z.unc p6, p7 = r21, 63
        // tbit of a NaT register, unc
        CT 283, 1, 0, 0, 0, tbit.z.unc p6, p7 = r20, 0
        // tbit of a NaT register, unc
        CT 284, 0, 1, 0, 0, tbit.z.unc p6, p7 = r20, 0
        // NaT bit 1; tnat.z -> False, unc (tnat reads the NaT bit, it is no NaT source)
        CT 285, 1, 0, 0, 1, tnat.z.unc p6, p7 = r20
        // NaT bit 1; tnat.z -> False, unc (tnat reads the NaT bit, it is no NaT source)
        CT 286, 0, 1, 0, 1, tnat.z.unc p6, p7 = r20
        // NaT bit 0; tnat.z -> True, unc (tnat reads the NaT bit, it is no NaT source)
        CT 287, 1, 0, 1, 0, tnat.z.unc p6, p7 = r21
        // NaT bit 0; tnat.z -> True, unc (tnat reads the NaT bit, it is no NaT source)
        CT 288, 0, 1, 1, 0, tnat.z.unc p6, p7 = r21
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, unc
        CT 289, 1, 0, 1, 0, tbit.nz.unc p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, unc
        CT 290, 0, 1, 1, 0, tbit.nz.unc p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, unc
        CT 291, 1, 0, 0, 1, tbit.nz.unc p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, unc
        CT 292, 0, 1, 0, 1, tbit.nz.unc p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, unc
        CT 293, 1, 0, 1, 0, tbit.nz.unc p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, unc
        CT 294, 0, 1, 1, 0, tbit.nz.unc p6, p7 = r21, 63
        // tbit of a NaT register, unc
        CT 295, 1, 0, 0, 0, tbit.nz.unc p6, p7 = r20, 0
        // tbit of a NaT register, unc
        CT 296, 0, 1, 0, 0, tbit.nz.unc p6, p7 = r20, 0
        // NaT bit 1; tnat.nz -> True, unc (tnat reads the NaT bit, it is no NaT source)
        CT 297, 1, 0, 1, 0, tnat.nz.unc p6, p7 = r20
        // NaT bit 1; tnat.nz -> True, unc (tnat reads the NaT bit, it is no NaT source)
        CT 298, 0, 1, 1, 0, tnat.nz.unc p6, p7 = r20
        // NaT bit 0; tnat.nz -> False, unc (tnat reads the NaT bit, it is no NaT source)
        CT 299, 1, 0, 0, 1, tnat.nz.unc p6, p7 = r21
        // NaT bit 0; tnat.nz -> False, unc (tnat reads the NaT bit, it is no NaT source)
        CT 300, 0, 1, 0, 1, tnat.nz.unc p6, p7 = r21
        // tbit unc under a false qp: both cleared
        CT 301, 1, 1, 0, 0, (p8) tbit.z.unc p6, p7 = r21, 1
        // tnat unc under a false qp: both cleared
        CT 302, 1, 1, 0, 0, (p8) tnat.z.unc p6, p7 = r21
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, and
        CT 303, 1, 0, 0, 0, tbit.z.and p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, and
        CT 304, 0, 1, 0, 0, tbit.z.and p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, and
        CT 305, 1, 0, 1, 0, tbit.z.and p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, and
        CT 306, 0, 1, 0, 1, tbit.z.and p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, and
        CT 307, 1, 0, 0, 0, tbit.z.and p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, and
        CT 308, 0, 1, 0, 0, tbit.z.and p6, p7 = r21, 63
        // tbit of a NaT register, and
        CT 309, 1, 0, 0, 0, tbit.z.and p6, p7 = r20, 0
        // tbit of a NaT register, and
        CT 310, 0, 1, 0, 0, tbit.z.and p6, p7 = r20, 0
        // NaT bit 1; tnat.z -> False, and (tnat reads the NaT bit, it is no NaT source)
        CT 311, 1, 0, 0, 0, tnat.z.and p6, p7 = r20
        // NaT bit 1; tnat.z -> False, and (tnat reads the NaT bit, it is no NaT source)
        CT 312, 0, 1, 0, 0, tnat.z.and p6, p7 = r20
        // NaT bit 0; tnat.z -> True, and (tnat reads the NaT bit, it is no NaT source)
        CT 313, 1, 0, 1, 0, tnat.z.and p6, p7 = r21
        // NaT bit 0; tnat.z -> True, and (tnat reads the NaT bit, it is no NaT source)
        CT 314, 0, 1, 0, 1, tnat.z.and p6, p7 = r21
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, and
        CT 315, 1, 0, 1, 0, tbit.nz.and p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, and
        CT 316, 0, 1, 0, 1, tbit.nz.and p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, and
        CT 317, 1, 0, 0, 0, tbit.nz.and p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, and
        CT 318, 0, 1, 0, 0, tbit.nz.and p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, and
        CT 319, 1, 0, 1, 0, tbit.nz.and p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, and
        CT 320, 0, 1, 0, 1, tbit.nz.and p6, p7 = r21, 63
        // tbit of a NaT register, and
        CT 321, 1, 0, 0, 0, tbit.nz.and p6, p7 = r20, 0
        // tbit of a NaT register, and
        CT 322, 0, 1, 0, 0, tbit.nz.and p6, p7 = r20, 0
        // NaT bit 1; tnat.nz -> True, and (tnat reads the NaT bit, it is no NaT source)
        CT 323, 1, 0, 1, 0, tnat.nz.and p6, p7 = r20
        // NaT bit 1; tnat.nz -> True, and (tnat reads the NaT bit, it is no NaT source)
        CT 324, 0, 1, 0, 1, tnat.nz.and p6, p7 = r20
        // NaT bit 0; tnat.nz -> False, and (tnat reads the NaT bit, it is no NaT source)
        CT 325, 1, 0, 0, 0, tnat.nz.and p6, p7 = r21
        // NaT bit 0; tnat.nz -> False, and (tnat reads the NaT bit, it is no NaT source)
        CT 326, 0, 1, 0, 0, tnat.nz.and p6, p7 = r21
        // tbit and under a false qp: unchanged
        CT 327, 1, 1, 1, 1, (p8) tbit.z.and p6, p7 = r21, 1
        // tnat and under a false qp: unchanged
        CT 328, 1, 1, 1, 1, (p8) tnat.z.and p6, p7 = r21
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, or
        CT 329, 1, 0, 1, 0, tbit.z.or p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, or
        CT 330, 0, 1, 0, 1, tbit.z.or p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, or
        CT 331, 1, 0, 1, 1, tbit.z.or p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, or
        CT 332, 0, 1, 1, 1, tbit.z.or p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, or
        CT 333, 1, 0, 1, 0, tbit.z.or p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, or
        CT 334, 0, 1, 0, 1, tbit.z.or p6, p7 = r21, 63
        // tbit of a NaT register, or
        CT 335, 1, 0, 1, 0, tbit.z.or p6, p7 = r20, 0
        // tbit of a NaT register, or
        CT 336, 0, 1, 0, 1, tbit.z.or p6, p7 = r20, 0
        // NaT bit 1; tnat.z -> False, or (tnat reads the NaT bit, it is no NaT source)
        CT 337, 1, 0, 1, 0, tnat.z.or p6, p7 = r20
        // NaT bit 1; tnat.z -> False, or (tnat reads the NaT bit, it is no NaT source)
        CT 338, 0, 1, 0, 1, tnat.z.or p6, p7 = r20
        // NaT bit 0; tnat.z -> True, or (tnat reads the NaT bit, it is no NaT source)
        CT 339, 1, 0, 1, 1, tnat.z.or p6, p7 = r21
        // NaT bit 0; tnat.z -> True, or (tnat reads the NaT bit, it is no NaT source)
        CT 340, 0, 1, 1, 1, tnat.z.or p6, p7 = r21
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, or
        CT 341, 1, 0, 1, 1, tbit.nz.or p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, or
        CT 342, 0, 1, 1, 1, tbit.nz.or p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, or
        CT 343, 1, 0, 1, 0, tbit.nz.or p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, or
        CT 344, 0, 1, 0, 1, tbit.nz.or p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, or
        CT 345, 1, 0, 1, 1, tbit.nz.or p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, or
        CT 346, 0, 1, 1, 1, tbit.nz.or p6, p7 = r21, 63
        // tbit of a NaT register, or
        CT 347, 1, 0, 1, 0, tbit.nz.or p6, p7 = r20, 0
        // tbit of a NaT register, or
        CT 348, 0, 1, 0, 1, tbit.nz.or p6, p7 = r20, 0
        // NaT bit 1; tnat.nz -> True, or (tnat reads the NaT bit, it is no NaT source)
        CT 349, 1, 0, 1, 1, tnat.nz.or p6, p7 = r20
        // NaT bit 1; tnat.nz -> True, or (tnat reads the NaT bit, it is no NaT source)
        CT 350, 0, 1, 1, 1, tnat.nz.or p6, p7 = r20
        // NaT bit 0; tnat.nz -> False, or (tnat reads the NaT bit, it is no NaT source)
        CT 351, 1, 0, 1, 0, tnat.nz.or p6, p7 = r21
        // NaT bit 0; tnat.nz -> False, or (tnat reads the NaT bit, it is no NaT source)
        CT 352, 0, 1, 0, 1, tnat.nz.or p6, p7 = r21
        // tbit or under a false qp: unchanged
        CT 353, 1, 1, 1, 1, (p8) tbit.z.or p6, p7 = r21, 1
        // tnat or under a false qp: unchanged
        CT 354, 1, 1, 1, 1, (p8) tnat.z.or p6, p7 = r21
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, or.andcm
        CT 355, 1, 0, 1, 0, tbit.z.or.andcm p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.z -> False, or.andcm
        CT 356, 0, 1, 0, 1, tbit.z.or.andcm p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, or.andcm
        CT 357, 1, 0, 1, 0, tbit.z.or.andcm p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.z -> True, or.andcm
        CT 358, 0, 1, 1, 0, tbit.z.or.andcm p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, or.andcm
        CT 359, 1, 0, 1, 0, tbit.z.or.andcm p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.z -> False, or.andcm
        CT 360, 0, 1, 0, 1, tbit.z.or.andcm p6, p7 = r21, 63
        // tbit of a NaT register, or.andcm
        CT 361, 1, 0, 1, 0, tbit.z.or.andcm p6, p7 = r20, 0
        // tbit of a NaT register, or.andcm
        CT 362, 0, 1, 0, 1, tbit.z.or.andcm p6, p7 = r20, 0
        // NaT bit 1; tnat.z -> False, or.andcm (tnat reads the NaT bit, it is no NaT source)
        CT 363, 1, 0, 1, 0, tnat.z.or.andcm p6, p7 = r20
        // NaT bit 1; tnat.z -> False, or.andcm (tnat reads the NaT bit, it is no NaT source)
        CT 364, 0, 1, 0, 1, tnat.z.or.andcm p6, p7 = r20
        // NaT bit 0; tnat.z -> True, or.andcm (tnat reads the NaT bit, it is no NaT source)
        CT 365, 1, 0, 1, 0, tnat.z.or.andcm p6, p7 = r21
        // NaT bit 0; tnat.z -> True, or.andcm (tnat reads the NaT bit, it is no NaT source)
        CT 366, 0, 1, 1, 0, tnat.z.or.andcm p6, p7 = r21
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, or.andcm
        CT 367, 1, 0, 1, 0, tbit.nz.or.andcm p6, p7 = r21, 0
        // bit 0 of 0x8000000000000001 is 1; tbit.nz -> True, or.andcm
        CT 368, 0, 1, 1, 0, tbit.nz.or.andcm p6, p7 = r21, 0
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, or.andcm
        CT 369, 1, 0, 1, 0, tbit.nz.or.andcm p6, p7 = r21, 1
        // bit 1 of 0x8000000000000001 is 0; tbit.nz -> False, or.andcm
        CT 370, 0, 1, 0, 1, tbit.nz.or.andcm p6, p7 = r21, 1
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, or.andcm
        CT 371, 1, 0, 1, 0, tbit.nz.or.andcm p6, p7 = r21, 63
        // bit 63 of 0x8000000000000001 is 1; tbit.nz -> True, or.andcm
        CT 372, 0, 1, 1, 0, tbit.nz.or.andcm p6, p7 = r21, 63
        // tbit of a NaT register, or.andcm
        CT 373, 1, 0, 1, 0, tbit.nz.or.andcm p6, p7 = r20, 0
        // tbit of a NaT register, or.andcm
        CT 374, 0, 1, 0, 1, tbit.nz.or.andcm p6, p7 = r20, 0
        // NaT bit 1; tnat.nz -> True, or.andcm (tnat reads the NaT bit, it is no NaT source)
        CT 375, 1, 0, 1, 0, tnat.nz.or.andcm p6, p7 = r20
        // NaT bit 1; tnat.nz -> True, or.andcm (tnat reads the NaT bit, it is no NaT source)
        CT 376, 0, 1, 1, 0, tnat.nz.or.andcm p6, p7 = r20
        // NaT bit 0; tnat.nz -> False, or.andcm (tnat reads the NaT bit, it is no NaT source)
        CT 377, 1, 0, 1, 0, tnat.nz.or.andcm p6, p7 = r21
        // NaT bit 0; tnat.nz -> False, or.andcm (tnat reads the NaT bit, it is no NaT source)
        CT 378, 0, 1, 0, 1, tnat.nz.or.andcm p6, p7 = r21
        // tbit or.andcm under a false qp: unchanged
        CT 379, 1, 1, 1, 1, (p8) tbit.z.or.andcm p6, p7 = r21, 1
        // tnat or.andcm under a false qp: unchanged
        CT 380, 1, 1, 1, 1, (p8) tnat.z.or.andcm p6, p7 = r21

        // Parallel compares of one type may write the same predicate in one
        // instruction group (SDM vol. 1 "Parallel compares"): every and-type
        // compare that is false clears it, any or-type compare that is true sets it.
        CASE 381
        PSET p6, 1
        PSET p7, 1
        ;;
        cmp.eq.and p6, p0 = r2, r3      // true: no write
        cmp.ne.and p6, p0 = r2, r4      // true: no write
        cmp.eq.and p7, p0 = r2, r3      // true
        cmp.eq.and p6, p0 = r2, r4      // false: clears p6
        cmp.ne.and p7, p0 = r2, r4      // true
        ;;
        CHECK_PR p6, 0
        CHECK_PR p7, 1
        CASE 382
        PSET p6, 0
        PSET p7, 0
        ;;
        cmp.eq.or p6, p0 = r2, r4       // false: no write
        cmp.ne.or p6, p0 = r2, r3       // false
        cmp.ne.or p7, p0 = r2, r3       // false
        cmp.ne.or p6, p0 = r2, r4       // true: sets p6
        tbit.nz.or p6, p0 = r21, 63     // true: sets p6 again
        ;;
        CHECK_PR p6, 1
        CHECK_PR p7, 0
        // The classic use: p6 = (r2 == 5) && (r4 == 6) && (r9 != 0).
        CASE 383
        cmp.eq p6, p7 = r0, r0          // p6 = 1, p7 = 0
        ;;
        cmp.eq.and.orcm p6, p7 = 5, r2  // true: nothing
        cmp.eq.and.orcm p6, p7 = 6, r4  // true: nothing
        cmp.ne.and.orcm p6, p7 = 0, r9  // true: nothing
        ;;
        CHECK_PR p6, 1
        CHECK_PR p7, 0
        CASE 384
        cmp.eq p6, p7 = r0, r0
        ;;
        cmp.eq.and.orcm p6, p7 = 5, r2  // true: nothing
        cmp.eq.and.orcm p6, p7 = 7, r4  // false: p6 = 0, p7 = 1
        ;;
        CHECK_PR p6, 0
        CHECK_PR p7, 1
        // p0 always reads 1; a compare's write to it is ignored.
        CASE 385
        PSET p7, 0
        ;;
        cmp.eq p0, p7 = r2, r4          // 5 == 6 false: p0 <- 0 (ignored), p7 <- 1
        ;;
        CHECK_PR p0, 1
        CHECK_PR p7, 1
        CASE 386
        cmp.eq.unc p6, p0 = r2, r4      // false: p6 = 0
        ;;
        CHECK_PR p0, 1
        CHECK_PR p6, 0
        // mov pr = r, mask writes the masked predicates only (p0 is never written).
        CASE 387
        PSET p6, 0
        PSET p7, 1
        PSET p9, 1
        ;;
        movl r24 = 0x1c1                // bits 0, 6, 7, 8
        ;;
        mov pr = r24, 0xc1              // mask: p0, p6, p7 -> p6 = 1, p7 = 1, p9 untouched
        ;;
        CHECK_PR p0, 1
        CHECK_PR p6, 1
        CHECK_PR p7, 1
        CHECK_PR p8, 0
        CHECK_PR p9, 1
        CASE 388
        mov r24 = pr
        ;;
        extr.u r25 = r24, 6, 4          // p9 p8 p7 p6 = 1 0 1 1
        and r26 = 1, r24                // p0 reads as 1
        ;;
        CHECK r25, 0xb
        CHECK r26, 1
        br.sptk.many test_finish
        ;;
        .endp test_main
