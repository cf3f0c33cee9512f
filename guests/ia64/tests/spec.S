// Deferral of speculative load faults (Itanium SDM vol. 2 5.5.5): without
// the recovery model (PSR.it off, or a code page whose ITLB.ed is 0) an
// ld8.s faults with ISR.sp; unimplemented addresses and PSR.ic = 0 always
// defer (NaT); with PSR.it and ITLB.ed the DCR bit of each fault (dm TLB
// miss, dr access rights) selects deferral, and a fault sets ISR.ed.
        .include "rt.inc"

        VA1 = 0x2000000000000000    // region 1, RID 0x100, 4K pages
        RR1 = (0x100 << 8) | (12 << 2)
        ED = 1 << 52

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

        .text
        .proc   main
main:
        MAIN_ENTRY
        IC_ON
        SET_RR  VA1, RR1
        // itr.i[0]: the image's 1M page, for the handlers
        INSERT_TR i, r0, 0x100000, 0x100661, 20 << 2
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
        MAIN_RETURN
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
