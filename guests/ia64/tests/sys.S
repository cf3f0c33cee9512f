// System architecture basics (Itanium SDM vol. 2 chapters 3 and 5): PSR
// reads and writes, control registers, register banks, break with IIM,
// interruption collection on and off, privilege faults at rings 1-3, cover
// and rfi restoring the frame from IFS.
        .include "rt.inc"

        .text
        .proc   main
main:
        MAIN_ENTRY
        // ---- PSR: at entry cpl 0, ic/i/dt/it/rt 0; ssm/rsm of ac and up
        mov     r4 = psr
        ;;
        CHECK   "psr.entry", r4, 0
        ssm     0xc                 // up | ac
        ;;
        srlz.d
        ;;
        mov     r4 = psr
        ;;
        CHECK   "psr.ssm", r4, 0xc
        rsm     0x4                 // up
        ;;
        srlz.d
        ;;
        mov     r4 = psr
        ;;
        CHECK   "psr.rsm", r4, 0x8
        mov     r5 = 0x2008          // ic | ac through mov psr.l
        ;;
        mov     psr.l = r5
        ;;
        srlz.d
        mov     r4 = psr
        ;;
        CHECK   "psr.l", r4, 0x2008
        // ---- banks: bank 1 at entry; r16 differs in each bank
        mov     r16 = 0x1111
        ;;
        bsw.0
        ;;
        mov     r16 = 0x2222
        ;;
        bsw.1
        ;;
        mov     r4 = r16
        ;;
        CHECK   "bank.1", r4, 0x1111
        bsw.0
        ;;
        mov     r4 = r16
        ;;
        bsw.1
        ;;
        CHECK   "bank.0", r4, 0x2222
        // ---- break with collection on: IIM, ISR.ei, IIP, IPSR
        { .mii
        nop.m   0
        break.i 0x12345             // slot 1 of an MII bundle
        nop.i   0
        }
        ;;
        LOAD    r4, rec_vec
        CHECK   "break.vector", r4, 0x2c00
        LOAD    r4, rec_iim
        CHECK   "break.iim", r4, 0x12345
        LOAD    r4, rec_isr
        CHECK   "break.isr", r4, 0x20000000000   // ei = 1, ni = 0, code 0
        LOAD    r4, rec_ipsr
        extr.u  r4 = r4, 13, 1
        ;;
        CHECK   "break.ipsr_ic", r4, 1
        // ---- collection off: ISR.ni, IIM and IIP not written, so the
        // handler resumes after the IIP/IPSR written here (bank 1, ri 0)
        rsm     0x2000
        ;;
        srlz.d
        ;;
        mov     r5 = psr
        movl    r6 = 7f
        ;;
        dep     r5 = -1, r5, 44, 1
        ;;
        mov     cr.ipsr = r5
        mov     cr.iip = r6
        ;;
7:      { .mii
        break.m 0x222
        nop.i   0
        nop.i   0
        }
        ;;
        LOAD    r4, rec_isr
        CHECK   "nested.isr", r4, 0x8000000000   // ni, ei 0
        LOAD    r4, rec_iim
        CHECK   "nested.iim_kept", r4, 0x12345
        ssm     0x2000
        ;;
        srlz.d
        // ---- interruption registers are not writable with ic on: Illegal Operation
        mov     cr.iim = r0
        ;;
        LOAD    r4, rec_vec
        CHECK   "ic_cr.vector", r4, 0x5400
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "ic_cr.code", r4, 0
        // ---- reserved PSR bit (bit 0) through mov psr.l: Reserved Register/Field
        mov     r5 = 0x2009
        ;;
        mov     psr.l = r5
        ;;
        srlz.i                      // (the write faults; as -x cannot know)
        ;;
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "rsvd_psr.code", r4, 0x30
        // ---- privilege: each ring above 0 faults on a privileged instruction
        TO_RING 1
        mov     r5 = psr
        ;;
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "pl1.privop", r4, 0x10
        LOAD    r4, rec_ipsr
        extr.u  r4 = r4, 32, 2
        ;;
        CHECK   "pl1.cpl", r4, 1
        break.m 0x7777
        ;;
        TO_RING 2
        mov     cr.dcr = r0
        ;;
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "pl2.privop", r4, 0x10
        break.m 0x7777
        ;;
        TO_RING 3
        rsm     0x4000
        ;;
        srlz.d
        ;;
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "pl3.privop", r4, 0x10
        mov     ar.k0 = r0          // privileged register at ring 3
        ;;
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "pl3.privreg", r4, 0x20
        mov     r5 = ar.k0          // reading a kernel register is allowed
        ;;
        mov     r5 = ar.itc         // and the ITC while PSR.si is 0
        ;;
        LOAD    r4, rec_count
        CHECK   "pl3.reads_ok_count", r4, 10   // no fault since pl3.privreg
        break.m 0x7777
        ;;
        ssm     0x800000            // PSR.si: ar.itc is privileged above ring 0
        ;;
        srlz.d
        TO_RING 3
        mov     r5 = ar.itc
        ;;
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "pl3.si_itc", r4, 0x20
        break.m 0x7777
        ;;
        rsm     0x800000
        ;;
        srlz.d
        mov     r4 = psr
        ;;
        extr.u  r4 = r4, 32, 2
        ;;
        CHECK   "back.cpl", r4, 0
        // ---- cover with ic off saves the frame in IFS; rfi brings it back
        br.call.sptk.many b6 = frame_test
        ;;
8:
        LOAD    r4, cover_ifs
        CHECK   "cover.ifs", r4, 0x8000000000000285  // v, sol 5, sof 5
        LOAD    r4, cover_r34
        CHECK   "rfi.r34", r4, 0x55
        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 13
        MAIN_RETURN
        .endp   main

// frame_test: a 5-register frame survives cover + rfi (IFS.v)
        .proc   frame_test
frame_test:
        alloc   r32 = ar.pfs, 0, 5, 0, 0
        ;;
        mov     r33 = b6
        mov     r34 = 0x55
        rsm     0x2000
        ;;
        srlz.d
        cover
        ;;
        mov     r8 = cr.ifs
        ;;
        STORE   cover_ifs, r8
        mov     r8 = psr
        movl    r9 = 1f
        ;;
        mov     cr.ipsr = r8
        mov     cr.iip = r9
        ;;
        rfi
        ;;
1:      STORE   cover_r34, r34
        ssm     0x2000
        ;;
        srlz.d
        mov     ar.pfs = r32
        mov     b6 = r33
        ;;
        br.ret.sptk.many b6
        .endp   frame_test

        .data
cover_ifs: data8 0
cover_r34: data8 0
