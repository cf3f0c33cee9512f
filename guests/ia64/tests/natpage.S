// The NaTPage memory attribute and the Unimplemented Instruction Address
// trap (Itanium SDM vol. 2 4.4.4, 5.5.1, 8.2): non-speculative loads,
// stores and fetches from a NaTPage (TLB ma = 7) raise NaT Page Consumption
// on the NaT Consumption vector (0x5600, ISR.code{7:4} = 2, IFA the
// address) while ld8.s always defers it; a branch or rfi to an
// unimplemented address traps on the Lower-Privilege Transfer vector
// (0x5e00, ISR.code bit 4 ui) with IIP the target, before any fetch, and so
// does sequential execution off the last implemented bundle.
        .include "rt.inc"

        VA1 = 0x2000000000000000    // region 1, RID 0x100, 4K pages
        RR1 = (0x100 << 8) | (12 << 2)
        NATPAGE = 7 << 2            // pte.ma NaTPage
        PTE_RWX = 0x661             // p, a, d, ar 3 (RWX), pl 0, ma 0 (WB)
        UNIMPL_VA = 0x0010000000000000   // bit 52: VA bits 60:51 must copy bit 50
        UNIMPL_PA = 0x0004000000000000   

// TO_IT: rfi to r15 with PSR.it, dt, ic and bn on (the interruption that
// follows returns through rec_resume, in this frame)
        .macro  TO_IT
        rsm     0x6000
        ;;
        srlz.d
        mov     r14 = psr
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
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        SET_RR  VA1, RR1
        // itr.i[0]: the image's 1M page, for the handlers
        INSERT_TR i, r0, 0x100000, 0x100661, 20 << 2
        mov     r8 = 0              // no DCR deferral: ld8.s defers NaTPage by itself
        ;;
        mov     cr.dcr = r8
        ;;
        srlz.d
        INSERT  itc.d, VA1 + 0x9000, 0x400000 + PTE_RWX + NATPAGE, 12 << 2
        // ---- a load and a store fault with ISR.r / ISR.w
        movl    r10 = VA1 + 0x9008
        ;;
        DT_ON
        ld8 r5 = [r10]
        DT_OFF
        FIELDS  "ld", 0x5600, 0x20, 0x4, VA1 + 0x9008
        movl    r10 = VA1 + 0x9010
        ;;
        DT_ON
        st8 [r10] = r0
        DT_OFF
        FIELDS  "st", 0x5600, 0x20, 0x2, VA1 + 0x9010
        // ---- ld8.s defers it without the recovery model (PSR.it off, DCR 0)
        LOAD    r6, rec_count
        movl    r10 = VA1 + 0x9018
        mov     r7 = 0
        ;;
        DT_ON
        ld8.s r5 = [r10]
        DT_OFF
        tnat.nz p6, p0 = r5
        ;;
(p6)    mov     r7 = 1
        ;;
        CHECK   "spec.nat", r7, 1
        LOAD    r4, rec_count
        sub     r4 = r4, r6
        ;;
        CHECK   "spec.faults", r4, 0
        // ---- a fetch from a NaTPage: ISR.x, IFA = IIP the bundle
        INSERT  itc.i, VA1 + 0xa000, xnat + PTE_RWX + NATPAGE, 12 << 2
        movl    r8 = 1f
        ;;
        STORE   rec_resume, r8
        movl    r15 = VA1 + 0xa000
        TO_IT
        ;;
1:      FIELDS  "fetch", 0x5600, 0x20, 0x1, VA1 + 0xa000
        LOAD    r4, rec_iip
        movl    r5 = VA1 + 0xa000
        ;;
        CHECK   "fetch.iip", r4, VA1 + 0xa000
        // ---- rfi to an unimplemented virtual address: ui trap, IIP the target
        movl    r8 = 1f
        ;;
        STORE   rec_resume, r8
        movl    r15 = UNIMPL_VA
        TO_IT
        ;;
1:      LOAD    r4, rec_vec
        CHECK   "rfi.vector", r4, 0x5e00
        LOAD    r4, rec_isr
        ;;
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "rfi.code", r4, 0x10
        LOAD    r4, rec_iip
        CHECK   "rfi.iip", r4, UNIMPL_VA
        // ---- a taken branch to an unimplemented physical address (PSR.it 0)
        movl    r8 = 1f
        ;;
        STORE   rec_resume, r8
        movl    r9 = UNIMPL_PA
        ;;
        mov     b6 = r9
        ;;
        { .mib
        nop.m   0
        nop.i   0
        br.cond.sptk.few b6         // slot 2: ISR.ei 2
        }
        ;;
1:      LOAD    r4, rec_vec
        CHECK   "br.vector", r4, 0x5e00
        LOAD    r4, rec_isr
        ;;
        extr.u  r5 = r4, 0, 16
        extr.u  r4 = r4, 41, 2
        ;;
        CHECK   "br.code", r5, 0x10
        CHECK   "br.ei", r4, 2
        LOAD    r4, rec_iip
        CHECK   "br.iip", r4, UNIMPL_PA
        // ---- falling off the last implemented bundle of region 1 (VA bits
        // 50:0): a trap after its slot 2, IIP the first unimplemented bundle
        INSERT  itc.i, VA1 + (1 << 50) - 0x1000, xedge + PTE_RWX, 12 << 2
        movl    r8 = 1f
        ;;
        STORE   rec_resume, r8
        movl    r15 = VA1 + (1 << 50) - 16
        TO_IT
        ;;
1:      LOAD    r4, rec_vec
        CHECK   "edge.vector", r4, 0x5e00
        LOAD    r4, rec_isr
        ;;
        extr.u  r5 = r4, 0, 16
        extr.u  r4 = r4, 41, 2
        ;;
        CHECK   "edge.code", r5, 0x10
        CHECK   "edge.ei", r4, 2
        LOAD    r4, rec_iip
        CHECK   "edge.iip", r4, VA1 + (1 << 50)
        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 6
        MAIN_RETURN
        .endp   main

        .align  4096
xnat:                               // mapped as a NaTPage: never runs
        break.m 0x7777
        ;;
        .align  4096
xedge:                              // mapped as the last page below VA1 + 2^50
        .skip   4096 - 16
        { .mii
        nop.m   0
        nop.i   0
        nop.i   0
        }
        ;;
        .align  4096
