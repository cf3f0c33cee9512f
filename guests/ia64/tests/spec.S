// Deferral of speculative load faults (Itanium SDM vol. 2 5.5.5): without
// the recovery model (PSR.it off, or a code page whose ITLB.ed is 0) an
// ld8.s faults with ISR.sp; unimplemented addresses and PSR.ic = 0 always
// defer (NaT); with PSR.it and ITLB.ed the DCR bit of each fault (dm TLB
// miss, dr access rights) selects deferral, and a fault sets ISR.ed.
        .include "rt.inc"

        VA1 = 0x2000000000000000    // region 1, RID 0x100, 4K pages
        RR1 = (0x100 << 8) | (12 << 2)
        ED = 1 << 52
// RUN_AT va, addr: xspec's ld8.s of addr at va with PSR.it and PSR.dt on;
// r7 = 1 (NaT), 2 (loaded) or 0 (faulted, back through rec_resume)
        .macro  RUN_AT va, addr
        mov     r7 = 0
        movl    r8 = 3f
        ;;
        STORE   rec_resume, r8
        rsm     0x6000
        ;;
        srlz.d
        mov     r14 = psr
        movl    r15 = \va
        movl    r10 = \addr
        ;;
        dep     r14 = -1, r14, 36, 1 // it
        ;;
        dep     r14 = -1, r14, 17, 1 // dt
        ;;
        dep     r14 = -1, r14, 44, 1 // bn
        ;;
        dep     r14 = -1, r14, 13, 1 // ic
        ;;
        mov     cr.ipsr = r14
        mov     cr.iip = r15
        mov     cr.ifs = r0
        ;;
        rfi
        ;;
3:
        .endm

// SPEC_PHYS addr: the same ld8.s from physically addressed code, PSR.dt on
        .macro  SPEC_PHYS addr
        mov     r7 = 0
        movl    r10 = \addr
        ssm     0x20000
        ;;
        srlz.d
        ;;
        ld8.s   r5 = [r10]
        ;;
        tnat.nz p6, p7 = r5
        ;;
(p6)    mov     r7 = 1
(p7)    mov     r7 = 2
        rsm     0x20000
        ;;
        srlz.d
        ;;
        .endm

        .macro  SET_DCR value
        movl    r8 = \value
        ;;
        mov     cr.dcr = r8
        ;;
        srlz.d
        .endm


        .text
        .proc   main
main:
        alloc   r32 = ar.pfs, 0, 4, 2, 0
        ;;
        mov     r33 = b0
        ssm     0x2000
        ;;
        srlz.d
        movl    r8 = VA1
        movl    r9 = RR1
        ;;
        mov     rr[r8] = r9
        ;;
        srlz.d
        rsm     0x2000              // itr.i[0]: the image's 1M page, for the handlers
        ;;
        srlz.d
        movl    r8 = 0x100000
        mov     r9 = 20 << 2
        movl    r10 = 0x100661
        ;;
        mov     cr.ifa = r8
        mov     cr.itir = r9
        ;;
        itr.i   itr[r0] = r10
        ;;
        ssm     0x2000
        ;;
        srlz.d
        SET_DCR (1 << 8) | (1 << 12) // dm, dr
        // ---- no recovery model (PSR.it 0): a TLB miss faults, ISR.sp and r
        SPEC_PHYS VA1 + 0x100
        CHECK   "norec.r7", r7, 2    // the handler skipped the load: no NaT
        LOAD    r4, rec_vec
        CHECK   "norec.vector", r4, 0x1000
        ISR_BITS "norec.isr", 0x14
        // ---- unimplemented data address: always deferred
        SPEC_PHYS 0x0010000000000000
        CHECK   "unimpl.r7", r7, 1
        // ---- PSR.ic 0: always-defer
        rsm     0x2000
        ;;
        srlz.d
        SPEC_PHYS VA1 + 0x100
        ssm     0x2000
        ;;
        srlz.d
        CHECK   "ic0.r7", r7, 1
        // ---- recovery model: code at VA1 + 0x5000 (ITLB.ed 1) and + 0x6000 (0)
        INSERT  itc.i, VA1 + 0x5000, xspec + 0x261 + ED, 12 << 2
        INSERT  itc.i, VA1 + 0x6000, xspec + 0x261, 12 << 2
        RUN_AT  VA1 + 0x5000, VA1 + 0x100
        CHECK   "dm.r7", r7, 1
        LOAD    r4, rec_vec
        CHECK   "dm.vector", r4, 0x2c00
        RUN_AT  VA1 + 0x6000, VA1 + 0x100
        CHECK   "noed.r7", r7, 0
        LOAD    r4, rec_vec
        CHECK   "noed.vector", r4, 0x1000
        ISR_BITS "noed.isr", 0x14
        SET_DCR 1 << 12             // dr only: the TLB miss faults, ISR.ed
        RUN_AT  VA1 + 0x5000, VA1 + 0x100
        CHECK   "nodm.r7", r7, 0
        LOAD    r4, rec_vec
        CHECK   "nodm.vector", r4, 0x1000
        ISR_BITS "nodm.isr", 0x814
        // ---- access rights: an execute-only page (ar 7, pl 0) read at ring 0
        INSERT  itc.d, VA1 + 0x7000, 0x400e61, 12 << 2
        RUN_AT  VA1 + 0x5000, VA1 + 0x7000
        CHECK   "dr.r7", r7, 1
        SET_DCR 1 << 8
        RUN_AT  VA1 + 0x5000, VA1 + 0x7000
        CHECK   "nodr.r7", r7, 0
        LOAD    r4, rec_vec
        CHECK   "nodr.vector", r4, 0x5300
        ISR_BITS "nodr.isr", 0x814
        // ---- a readable page loads
        INSERT  itc.d, VA1 + 0x8000, 0x400461, 12 << 2
        RUN_AT  VA1 + 0x5000, VA1 + 0x8000
        CHECK   "ok.r7", r7, 2
        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 7
        mov     ar.pfs = r32
        mov     b0 = r33
        ;;
        br.ret.sptk.many b0
        .endp   main

        .align  4096
xspec:
        ld8.s   r5 = [r10]
        ;;
        tnat.nz p6, p7 = r5
        ;;
(p6)    mov     r7 = 1
(p7)    mov     r7 = 2
        ;;
        break.m 0x7777
        ;;
        .align  4096
