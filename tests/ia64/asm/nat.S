// NaT bits and control speculation (Itanium SDM rev 2.3 vol. 1 "Control
// speculation", vol. 3 ld, chk, st.spill, ld.fill, setf/getf):
// - ld8.s whose access would fault (here: address 0, unmapped; Linux defers
//   the fault of a speculative load by setting PSR.ed, so the load completes
//   with the NaT bit set) or whose address register is NaT: target NaT, no
//   fault. ld8.s from a valid address behaves like ld8.
// - every computational instruction with a NaT source gives a NaT result;
//   writing a constant or loading normally clears the NaT bit.
// - chk.s branches to recovery code when its register is NaT (GR) or NaTVal
//   (FR), and falls through otherwise.
// - st8.spill stores the value and sets AR.UNAT bit addr{8:3} to the NaT bit;
//   ld8.fill loads the value and takes the NaT bit from AR.UNAT bit addr{8:3}.
// - setf.sig of a NaT GR gives NaTVal; getf.sig of NaTVal gives a NaT GR.
#define TEST_NAME "nat"
#include "harness.inc"

        .data
        .align 512
area:   .quad 0x1122334455667788, 0x99aabbccddeeff00
        .skip 512 - 16
        .align 8
value:  .quad 0x0102030405060708

        .text
        .global test_main
        .proc test_main
test_main:
        alloc r32 = ar.pfs, 0, 8, 0, 0
        movl r2 = value
        movl r3 = area
        mov r4 = 5
        ;;
        CASE 1                          // ld8.s from a valid address
        ld8.s r8 = [r2]
        ;;
        CHECK_NAT r8, 0
        CHECK r8, 0x0102030405060708
        CASE 2                          // ld8.s from address 0: NaT, no fault
        ld8.s r9 = [r0]
        ;;
        CHECK_NAT r9, 1
        CASE 3                          // ld8.s through a NaT address: NaT, no fault
        ld8.s r10 = [r9]
        ;;
        CHECK_NAT r10, 1
        CASE 4                          // ld4.s, ld1.s too
        ld4.s r11 = [r0]
        ld1.s r12 = [r2]
        ;;
        CHECK_NAT r11, 1
        CHECK_NAT r12, 0
        CHECK r12, 8                    // little-endian: the byte at value is 0x08
        CASE 5                          // a normal load clears the NaT bit
        ld8 r10 = [r2]
        ;;
        CHECK_NAT r10, 0
        CHECK r10, 0x0102030405060708

        // ---- NaT propagation: r9 is NaT, r4 = 5 (not NaT) ----
        CASE 6
        mov r14 = 1                     // not NaT before
        ;;
        add r14 = r9, r4
        ;;
        CHECK_NAT r14, 1
        CASE 7
        mov r14 = 1                     // not NaT before
        ;;
        add r14 = r4, r9
        ;;
        CHECK_NAT r14, 1
        CASE 8
        mov r14 = 1                     // not NaT before
        ;;
        add r14 = r9, r4, 1
        ;;
        CHECK_NAT r14, 1
        CASE 9
        mov r14 = 1                     // not NaT before
        ;;
        sub r14 = r4, r9
        ;;
        CHECK_NAT r14, 1
        CASE 10
        mov r14 = 1                     // not NaT before
        ;;
        sub r14 = 3, r9
        ;;
        CHECK_NAT r14, 1
        CASE 11
        mov r14 = 1                     // not NaT before
        ;;
        adds r14 = 1, r9
        ;;
        CHECK_NAT r14, 1
        CASE 12
        mov r14 = 1                     // not NaT before
        ;;
        and r14 = r9, r0
        ;;
        CHECK_NAT r14, 1
        CASE 13
        mov r14 = 1                     // not NaT before
        ;;
        and r14 = 0, r9
        ;;
        CHECK_NAT r14, 1
        CASE 14
        mov r14 = 1                     // not NaT before
        ;;
        or r14 = r9, r4
        ;;
        CHECK_NAT r14, 1
        CASE 15
        mov r14 = 1                     // not NaT before
        ;;
        xor r14 = r9, r9
        ;;
        CHECK_NAT r14, 1
        CASE 16
        mov r14 = 1                     // not NaT before
        ;;
        andcm r14 = r9, r4
        ;;
        CHECK_NAT r14, 1
        CASE 17
        mov r14 = 1                     // not NaT before
        ;;
        shladd r14 = r9, 2, r4
        ;;
        CHECK_NAT r14, 1
        CASE 18
        mov r14 = 1                     // not NaT before
        ;;
        shladd r14 = r4, 2, r9
        ;;
        CHECK_NAT r14, 1
        CASE 19
        mov r14 = 1                     // not NaT before
        ;;
        addp4 r14 = r9, r4
        ;;
        CHECK_NAT r14, 1
        CASE 20
        mov r14 = 1                     // not NaT before
        ;;
        shl r14 = r9, r4
        ;;
        CHECK_NAT r14, 1
        CASE 21
        mov r14 = 1                     // not NaT before
        ;;
        shl r14 = r4, r9
        ;;
        CHECK_NAT r14, 1
        CASE 22
        mov r14 = 1                     // not NaT before
        ;;
        shr r14 = r9, r4
        ;;
        CHECK_NAT r14, 1
        CASE 23
        mov r14 = 1                     // not NaT before
        ;;
        shr.u r14 = r4, r9
        ;;
        CHECK_NAT r14, 1
        CASE 24
        mov r14 = 1                     // not NaT before
        ;;
        shrp r14 = r9, r4, 4
        ;;
        CHECK_NAT r14, 1
        CASE 25
        mov r14 = 1                     // not NaT before
        ;;
        extr r14 = r9, 4, 8
        ;;
        CHECK_NAT r14, 1
        CASE 26
        mov r14 = 1                     // not NaT before
        ;;
        extr.u r14 = r9, 4, 8
        ;;
        CHECK_NAT r14, 1
        CASE 27
        mov r14 = 1                     // not NaT before
        ;;
        dep r14 = r9, r4, 4, 8
        ;;
        CHECK_NAT r14, 1
        CASE 28
        mov r14 = 1                     // not NaT before
        ;;
        dep r14 = r4, r9, 4, 8
        ;;
        CHECK_NAT r14, 1
        CASE 29
        mov r14 = 1                     // not NaT before
        ;;
        dep.z r14 = r9, 4, 8
        ;;
        CHECK_NAT r14, 1
        CASE 30
        mov r14 = 1                     // not NaT before
        ;;
        zxt1 r14 = r9
        ;;
        CHECK_NAT r14, 1
        CASE 31
        mov r14 = 1                     // not NaT before
        ;;
        sxt4 r14 = r9
        ;;
        CHECK_NAT r14, 1
        CASE 32
        mov r14 = 1                     // not NaT before
        ;;
        popcnt r14 = r9
        ;;
        CHECK_NAT r14, 1
        CASE 33
        mov r14 = 1                     // not NaT before
        ;;
        czx1.l r14 = r9
        ;;
        CHECK_NAT r14, 1
        CASE 34
        mov r14 = 1                     // not NaT before
        ;;
        mux1 r14 = r9, @rev
        ;;
        CHECK_NAT r14, 1
        CASE 35
        mov r14 = 1                     // not NaT before
        ;;
        mux2 r14 = r9, 0x1b
        ;;
        CHECK_NAT r14, 1
        CASE 36
        mov r14 = 1                     // not NaT before
        ;;
        padd1 r14 = r9, r4
        ;;
        CHECK_NAT r14, 1
        CASE 37
        mov r14 = 1                     // not NaT before
        ;;
        pcmp2.eq r14 = r4, r9
        ;;
        CHECK_NAT r14, 1
        CASE 38
        mov r14 = 1                     // not NaT before
        ;;
        mov r14 = r9
        ;;
        CHECK_NAT r14, 1
        CASE 39                          // addl with a NaT source (r2 must be r0-r3)
        mov r15 = r2
        mov r2 = r9
        ;;
        addl r14 = 1, r2
        ;;
        mov r2 = r15
        CHECK_NAT r14, 1
        // ---- instructions that clear the NaT bit of their target ----
        CASE 40
        mov r14 = r9
        ;;
        mov r14 = 7                     // constant (addl from r0)
        ;;
        CHECK_NAT r14, 0
        CHECK r14, 7
        mov r14 = r9
        ;;
        movl r14 = 0x123456789          // movl
        ;;
        CHECK_NAT r14, 0
        CHECK r14, 0x123456789
        mov r14 = r9
        ;;
        dep.z r14 = 3, 4, 4             // immediate source only
        ;;
        CHECK_NAT r14, 0
        CHECK r14, 0x30
        mov r14 = r9
        ;;
        mov r14 = ar.lc                 // from an application register
        ;;
        CHECK_NAT r14, 0

        // ---- chk.s: recovery only when NaT ----
        CASE 41
        mov r16 = 0
        ;;
        chk.s r8, .Lrecover_wrong       // r8 is not NaT: falls through
        ;;
        chk.s.i r10, .Lrecover_wrong
        ;;
        CHECK r16, 0
        CASE 42
        ld8.s r17 = [r0]
        ;;
        chk.s.m r17, .Lrecover1         // NaT: branch to the recovery code
        ;;
        CHECK r0, 1                     // skipped: recovery returns past this
.Lback1:
        CHECK r16, 1
        CHECK r17, 0x0102030405060708
        CHECK_NAT r17, 0
        CASE 43
        mov r16 = 0
        ld8.s r18 = [r0]
        ;;
        add r18 = r18, r4               // still NaT after computing with it
        ;;
        chk.s.i r18, .Lrecover2
        ;;
        CHECK r0, 1
.Lback2:
        CHECK r16, 2
        CHECK r18, 5

        // ---- FR NaTVal: setf/getf, ldf.s, chk.s on an FR ----
        CASE 44
        setf.sig f6 = r9                // NaT GR -> NaTVal
        ;;
        getf.sig r19 = f6               // NaTVal -> NaT GR
        ;;
        CHECK_NAT r19, 1
        CASE 45
        setf.sig f7 = r4                // 5
        ;;
        xma.l f8 = f6, f7, f7           // NaTVal source -> NaTVal result
        xma.l f9 = f7, f7, f7           // 5 * 5 + 5 = 30
        ;;
        getf.sig r19 = f8
        getf.sig r20 = f9
        ;;
        CHECK_NAT r19, 1
        CHECK_NAT r20, 0
        CHECK r20, 30
        CASE 46
        mov r16 = 0
        ldf8.s f10 = [r0]               // speculative FP load: NaTVal
        ;;
        chk.s f10, .Lrecover3
        ;;
        CHECK r0, 1
.Lback3:
        CHECK r16, 3
        getf.sig r19 = f10
        ;;
        CHECK r19, 0x0102030405060708
        CASE 47
        mov r16 = 0
        ;;
        chk.s f9, .Lrecover_wrong       // f9 = 30, not NaTVal
        ;;
        CHECK r16, 0

        // ---- st8.spill / ld8.fill and AR.UNAT ----
        // area is 512-aligned, so area + 8k has address bits 8:3 = k.
        CASE 48
        mov ar.unat = r0
        adds r21 = 8, r3                // slot 1
        adds r22 = 40, r3               // slot 5
        adds r23 = 504, r3              // slot 63
        ;;
        st8.spill [r21] = r9            // NaT: UNAT bit 1 = 1
        ;;
        st8.spill [r22] = r4            // not NaT: UNAT bit 5 = 0
        ;;
        st8.spill [r23] = r9, 8         // UNAT bit 63 = 1, post-increment
        ;;
        mov r24 = ar.unat
        ld8 r25 = [r22]
        sub r26 = r23, r3
        ;;
        movl r27 = 0x8000000000000002   // bits 63 and 1
        ;;
        CHECK_EQ r24, r27
        CHECK r25, 5                    // the spilled value
        CHECK r26, 512                  // post-increment by 8
        CASE 49                         // a spill of a non-NaT register clears its bit
        st8.spill [r21] = r4
        ;;
        mov r24 = ar.unat
        ;;
        CHECK r24, 0x8000000000000000
        CASE 50                         // ld8.fill takes NaT from UNAT{addr{8:3}}
        ld8.fill r28 = [r21]            // bit 1 is now 0
        adds r23 = -8, r23
        ;;
        ld8.fill r27 = [r23]            // slot 63: bit 63 = 1
        ;;
        CHECK_NAT r28, 0
        CHECK r28, 5
        CHECK_NAT r27, 1
        CASE 51
        movl r24 = 0x20                 // set bit 5 only
        ;;
        mov ar.unat = r24
        ;;
        ld8.fill r28 = [r22], 16        // slot 5: NaT; post-increment by 16
        ;;
        CHECK_NAT r28, 1
        sub r26 = r22, r3
        ;;
        CHECK r26, 56
        ld8.fill r28 = [r3]             // slot 0: bit clear, value 0x1122334455667788
        ;;
        CHECK_NAT r28, 0
        CHECK r28, 0x1122334455667788
        // A round trip keeps the NaT bits of a set of registers.
        CASE 52
        mov ar.unat = r0
        mov r33 = 0x33
        mov r34 = r9                    // NaT
        mov r35 = 0x35
        adds r21 = 16, r3
        adds r22 = 24, r3
        adds r23 = 32, r3
        ;;
        st8.spill [r21] = r33
        ;;
        st8.spill [r22] = r34
        ;;
        st8.spill [r23] = r35
        ;;
        mov r33 = r9
        mov r34 = 0
        mov r35 = r9
        ;;
        ld8.fill r33 = [r21]
        ld8.fill r34 = [r22]
        ld8.fill r35 = [r23]
        ;;
        CHECK r33, 0x33
        CHECK_NAT r34, 1
        CHECK r35, 0x35
        br.sptk.many test_finish
        ;;

.Lrecover1:
        ld8 r17 = [r2]                  // redo the load non-speculatively
        mov r16 = 1
        br.sptk.many .Lback1
        ;;
.Lrecover2:
        mov r18 = r4                    // recompute without the NaT
        mov r16 = 2
        br.sptk.many .Lback2
        ;;
.Lrecover3:
        ldf8 f10 = [r2]
        mov r16 = 3
        br.sptk.many .Lback3
        ;;
.Lrecover_wrong:
        CHECK r0, 1                     // reached only through a wrong chk.s
        br.sptk.many test_finish
        ;;
        .endp test_main

