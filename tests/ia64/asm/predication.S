// Predication (Itanium SDM rev 2.3 vol. 1 "Predication"): an instruction whose
// qualifying predicate is 0 has no architectural effect at all - no register,
// memory, predicate or branch register is written, no fault is raised, a
// branch is not taken. p8 = 0 and p9 = 1 throughout; each case does the same
// operation under p8 (must do nothing) and under p9 (must happen).
#define TEST_NAME "predication"
#include "harness.inc"

        .data
        .align 16
cell:   .quad 0x1111111111111111
cell2:  .quad 0x2222222222222222
spill:  .quad 0, 0

        .text
        .global test_main
        .proc test_main
test_main:
        alloc r32 = ar.pfs, 0, 8, 1, 0
        cmp.ne p8, p9 = r0, r0          // p8 = 0, p9 = 1
        movl r2 = cell
        movl r3 = cell2
        mov r4 = 100
        mov r5 = 5
        movl r6 = 0x5555555555555555
        ;;
        CASE 1
        CHECK_PR p8, 0
        CHECK_PR p9, 1

        // ALU instructions
        CASE 2
        mov r8 = 1
        mov r9 = 1
        ;;
(p8)    add r8 = r4, r5
(p9)    add r9 = r4, r5
        ;;
        CHECK r8, 1
        CHECK r9, 105
        CASE 3
(p8)    movl r8 = 0x123456789abcdef0    // the long (L+X) form too
(p9)    movl r9 = 0x123456789abcdef0
        ;;
        CHECK r8, 1
        CHECK r9, 0x123456789abcdef0
        CASE 4
(p8)    dep r8 = r6, r8, 8, 16
(p8)    shl r9 = r9, 4
        ;;
        CHECK r8, 1
        CHECK r9, 0x123456789abcdef0
        CASE 5
(p8)    mov r8 = r0
(p8)    sxt1 r9 = r6
        ;;
        CHECK r8, 1
        CHECK r9, 0x123456789abcdef0

        // Loads: a false-predicated load neither writes its target nor
        // faults, even from address 0 (unmapped); nor does it post-increment.
        CASE 6
        mov r8 = 7
        mov r10 = r2
        ;;
(p8)    ld8 r8 = [r0]
        ;;
        CHECK r8, 7
        CASE 7
(p8)    ld8 r8 = [r10], 8
        ;;
        CHECK r8, 7
        CHECK r10, cell
        CASE 8
(p9)    ld8 r8 = [r10], 8               // 0x1111.., r10 advances to cell2
        ;;
        CHECK r8, 0x1111111111111111
        CHECK r10, cell2
        CASE 9
(p8)    ld4 r8 = [r10], r4              // register post-increment form
        ;;
        CHECK r8, 0x1111111111111111
        CHECK r10, cell2
        CASE 10
(p8)    ld8.s r8 = [r0]                 // would give a NaT if executed
        ;;
        CHECK_NAT r8, 0
        CHECK r8, 0x1111111111111111

        // Stores: memory unchanged, no fault at address 0, no post-increment.
        CASE 11
        mov r10 = r2
        ;;
(p8)    st8 [r10] = r6, 8
        ;;
(p8)    st8 [r0] = r6
(p8)    st1 [r3] = r6
        ;;
        ld8 r11 = [r2]
        ld8 r12 = [r3]
        ;;
        CHECK r10, cell
        CHECK r11, 0x1111111111111111
        CHECK r12, 0x2222222222222222
        CASE 12
(p9)    st1 [r3] = r6                   // low byte 0x55
        ;;
        ld8 r12 = [r3]
        ;;
        CHECK r12, 0x2222222222222255

        // Semaphores under a false predicate: no memory access at all.
        CASE 13
        mov r8 = 3
        mov ar.ccv = r0
        ;;
(p8)    xchg8 r8 = [r2], r6
        ;;
(p8)    fetchadd8.acq r8 = [r2], 16
        ;;
(p8)    cmpxchg8.acq r8 = [r0], r6, ar.ccv
        ;;
        ld8 r11 = [r2]
        ;;
        CHECK r8, 3
        CHECK r11, 0x1111111111111111

        // Register moves to and from other register files
        CASE 14
        mov r8 = 9
        mov r9 = 10
        ;;
        mov b6 = r8
        mov ar.lc = r8
        ;;
(p8)    mov b6 = r9
(p8)    mov ar.lc = r9
(p8)    mov ar.ccv = r9
        ;;
        mov r11 = b6
        mov r12 = ar.lc
        mov r13 = ar.ccv
        ;;
        CHECK r11, 9
        CHECK r12, 9
        CHECK r13, 0
        CASE 15
(p8)    mov pr = r0, -1                 // would clear p9 (and all others)
        ;;
        CHECK_PR p9, 1
        CASE 16
        setf.sig f6 = r8                // f6 = 9
        ;;
(p8)    setf.sig f6 = r9
        ;;
(p8)    getf.sig r8 = f6
        ;;
        getf.sig r11 = f6
        ;;
        CHECK r11, 9
        CHECK r8, 9
        CASE 17
        mov r14 = 1
        ;;
        setf.sig f7 = r14
        ;;
(p8)    xma.l f6 = f6, f6, f7           // would give 82
        ;;
        getf.sig r11 = f6
        ;;
        CHECK r11, 9

        // Compares: normal type under a false predicate writes nothing.
        CASE 18
        cmp.eq p6, p7 = r0, r0          // p6 = 1, p7 = 0
        ;;
(p8)    cmp.ne p6, p7 = r0, r0
        ;;
        CHECK_PR p6, 1
        CHECK_PR p7, 0

        // A false-predicated system call does nothing (the process would exit 99).
        CASE 19
        mov r15 = SYS_exit_group
        mov out0 = 99
        ;;
(p8)    break 0x100000
        ;;
        CHECK r0, 0

        // Branches. A false-predicated branch falls through; the wrong
        // targets below report a failure if they are ever reached.
        CASE 20
(p8)    br.cond.sptk.many .Lwrong
        ;;
        CASE 21
        mov r8 = 0
        ;;
(p9)    br.cond.sptk.many .Lright21
        ;;
        br.sptk.many .Lwrong            // fell through a true branch
        ;;
.Lright21:
        mov r8 = 21
        ;;
        CHECK r8, 21
        // Three branches in one bundle: two false ones, then a true one.
        CASE 22
        mov r8 = 0
        ;;
        { .bbb
(p8)    br.cond.sptk.few .Lwrong
(p8)    br.cond.sptk.few .Lwrong
(p9)    br.cond.sptk.few .Lright22
        }
        ;;
        br.sptk.many .Lwrong
        ;;
.Lright22:
        mov r8 = 22
        ;;
        CHECK r8, 22
        // A taken branch in slot 1 skips slot 2 of its bundle; the M slot
        // before it executes.
        CASE 23
        mov r8 = 0
        ;;
        { .mbb
        mov r8 = 23
(p9)    br.cond.sptk.few .Lright23
        br.cond.sptk.few .Lwrong
        }
        ;;
        br.sptk.many .Lwrong
        ;;
.Lright23:
        CHECK r8, 23
        // Indirect branch
        CASE 24
        movl r8 = .Lwrong
        ;;
        mov b6 = r8
        ;;
(p8)    br.cond.sptk.many b6
        ;;
        // Calls and returns: a false br.call neither writes b0 nor changes the frame.
        CASE 25
        mov r8 = 0x77
        mov b0 = r0
        mov r33 = 0x33                  // a local of this frame
        ;;
(p8)    br.call.sptk.many b0 = callee
        ;;
        mov r11 = b0
        ;;
        CHECK r11, 0
        CHECK r8, 0x77
        CHECK r33, 0x33
        CASE 26
(p9)    br.call.sptk.many b0 = callee   // callee sets r8 = 0x88 after a false br.ret
        ;;
        CHECK r8, 0x88
        CHECK r33, 0x33
        CASE 27
        mov r8 = 0
        ;;
(p8)    br.call.sptk.many b0 = .Lwrong
        ;;
        CHECK r8, 0
        br.sptk.many test_finish
        ;;

.Lwrong:
        CHECK r0, 1                     // reached only through a wrong branch
        br.sptk.many test_finish
        ;;
        .endp test_main

        .proc callee
callee:
        alloc r16 = ar.pfs, 0, 2, 0, 0
        mov r33 = 0x44                  // the callee's own r33
        mov r8 = 0x11
        ;;
(p8)    br.ret.sptk.many b0             // false: stays here
        ;;
        mov r8 = 0x88
        mov ar.pfs = r16
        ;;
        br.ret.sptk.many b0
        ;;
        .endp callee
