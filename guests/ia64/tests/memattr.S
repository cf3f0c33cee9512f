// Memory attributes and the byte order of wide accesses (Itanium SDM vol.
// 2 4.4, 5.5.5, 8.2; vol. 3 ld, ldf, ldfp, cmpxchg, xchg, fetchadd, ptc.ga,
// rfi): UC, UCE and WC pages inserted with itc.d; speculative loads to
// non-speculative memory defer, advanced loads to it allocate no ALAT
// entry; semaphores and ld16 outside write-back memory raise Unsupported
// Data Reference (0x5b00, ISR.r/w, IFA); physical addresses select UC with
// bit 63, which the unimplemented-address check skips; PSR.be orders ldfe
// and stf.spill as one datum, each 8-byte half of ld16 and each element of
// ldfps; rfi with
// IPSR.ed defers the ld.s or lfetch.fault it returns to; ptc.ga purges the
// ALAT; a reserved ma is a Reserved Register/Field fault on insertion.
        .include "rt.inc"

        VA1 = 0x2000000000000000    // region 1, RID 0x100, 4K pages
        RR1 = (0x100 << 8) | (12 << 2)
        PTE_RWX = 0x661             // p, a, d, ar 3 (RWX), pl 0
        MA_UC = 4 << 2
        MA_UCE = 5 << 2
        MA_WC = 6 << 2
        WB_VA = VA1 + 0x1000
        UC_VA = VA1 + 0x2000
        UCE_VA = VA1 + 0x3000
        WC_VA = VA1 + 0x4000
        NOMAP_VA = VA1 + 0x7000
        VA2 = 0x4000000000000000    // region 2, RID 0x200, 4K pages, walker on
        RR2 = (0x200 << 8) | (12 << 2)
        UNIMPL_PA = 0x0004000000000000   // bit 50: above the implemented PA bits
        UC_BIT = 0x8000000000000000

// SLOT0 insn: insn alone in slot 0 of its bundle (ISR.ei 0)
        .macro  SLOT0 insn:vararg
        { .mii
        \insn
        nop.i   0
        nop.i   0
        ;;
        }
        .endm

// NAT_OF key, reg: check reg's NaT bit against want
        .macro  NAT_OF key, reg, want
        mov     r7 = 0
        ;;
        tnat.nz p6, p0 = \reg
        ;;
(p6)    mov     r7 = 1
        ;;
        CHECK   "\key", r7, \want
        .endm

// NO_ALAT key, reg, want: 1 when chk.a finds no ALAT entry for reg
        .macro  NO_ALAT key, reg, want
        mov     r7 = 0
        ;;
        chk.a.nc \reg, 1f
        br.cond.sptk.few 2f
1:      mov     r7 = 1
        ;;
2:      CHECK   "\key", r7, \want
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        SET_RR  VA1, RR1
        mov     cr.dcr = r0         // no deferral by DCR, DCR.be 0
        ;;
        srlz.d
        INSERT  itc.d, WB_VA, 0x400000 + PTE_RWX, 12 << 2
        INSERT  itc.d, UC_VA, 0x401000 + PTE_RWX + MA_UC, 12 << 2
        INSERT  itc.d, UCE_VA, 0x402000 + PTE_RWX + MA_UCE, 12 << 2
        INSERT  itc.d, WC_VA, 0x403000 + PTE_RWX + MA_WC, 12 << 2

        // ---- plain loads and stores work on every attribute
        movl    r10 = UC_VA + 8
        movl    r11 = WC_VA + 8
        movl    r12 = UCE_VA + 8
        movl    r13 = WB_VA + 8
        movl    r5 = 0x1234
        ;;
        DT_ON
        st8     [r10] = r5
        st8     [r11] = r5
        st8     [r12] = r5
        st8     [r13] = r5
        ;;
        ld8     r6 = [r10]
        DT_OFF
        CHECK   "uc.load", r6, 0x1234

        // ---- ld.s: UC and UCE are non-speculative (NaT, no access, no
        // fault); WC and WB are speculative (vol. 2 Table 4-11, 4.4.6)
        LOAD    r6, rec_count
        STORE   saved_count, r6
        movl    r10 = UC_VA + 8
        movl    r11 = UCE_VA + 8
        ;;
        DT_ON
        ld8.s   r5 = [r10]
        ;;
        ld8.s   r6 = [r11]
        DT_OFF
        NAT_OF  "uc.spec_nat", r5, 1
        NAT_OF  "uce.spec_nat", r6, 1
        movl    r10 = WC_VA + 8
        ;;
        DT_ON
        ld8.s   r5 = [r10]
        DT_OFF
        NAT_OF  "wc.spec_nat", r5, 0
        CHECK   "wc.spec_value", r5, 0x1234
        movl    r10 = UC_VA + 8
        ;;
        DT_ON
        ld8.sa  r5 = [r10]
        DT_OFF
        NAT_OF  "uc.spec_adv_nat", r5, 1
        // ---- ld.a to non-speculative memory: deferred once translated, no
        // access, target 0, no ALAT entry; the check load then reloads and
        // allocates none either (vol. 3 ld, ldf; vol. 2 4.4.10)
        movl    r10 = UC_VA + 8
        movl    r11 = WB_VA + 8
        ;;
        DT_ON
        ld8.a   r5 = [r10]
        ld8.a   r6 = [r11]
        DT_OFF
        CHECK   "uc.adv_value", r5, 0
        NO_ALAT "uc.adv_no_entry", r5, 1
        NO_ALAT "wb.adv_no_entry", r6, 0
        movl    r10 = UC_VA + 8
        ;;
        DT_ON
        ld8.c.nc r5 = [r10]
        DT_OFF
        CHECK   "uc.check_value", r5, 0x1234
        NO_ALAT "uc.check_no_entry", r5, 1
        movl    r10 = UC_VA + 16
        movl    r5 = 0x3ff0000000000000 // 1.0
        ;;
        setf.d  f6 = r5
        ;;
        DT_ON
        ldfd.a  f6 = [r10]
        DT_OFF
        getf.d  r5 = f6
        ;;
        CHECK   "uc.ldf_adv_value", r5, 0
        mov     r7 = 0
        ;;
        chk.a.nc f6, 1f
        br.cond.sptk.few 2f
1:      mov     r7 = 1
        ;;
2:      CHECK   "uc.ldf_adv_no_entry", r7, 1
        LOAD    r4, rec_count
        LOAD    r5, saved_count
        ;;
        sub     r4 = r4, r5
        ;;
        CHECK   "spec.faults", r4, 0

        // ---- semaphores: cmpxchg/xchg need WB, fetchadd WB or (exported) UCE
        movl    r10 = WC_VA + 16
        ;;
        mov     ar.ccv = r0
        DT_ON
        SLOT0   cmpxchg8.acq r5 = [r10], r0, ar.ccv
        DT_OFF
        FIELDS  "wc_cmpxchg", 0x5b00, 0, 0x6, WC_VA + 16
        movl    r10 = UC_VA + 24
        ;;
        DT_ON
        SLOT0   xchg8 r5 = [r10], r0
        DT_OFF
        FIELDS  "uc_xchg", 0x5b00, 0, 0x6, UC_VA + 24
        movl    r10 = UCE_VA + 32
        ;;
        DT_ON
        SLOT0   fetchadd8.acq r5 = [r10], 1
        DT_OFF
        FIELDS  "uce_fetchadd", 0x5b00, 0, 0x6, UCE_VA + 32
        movl    r10 = WB_VA + 8
        ;;
        DT_ON
        fetchadd8.acq r5 = [r10], 1
        ;;
        ld8     r6 = [r10]
        DT_OFF
        CHECK   "wb_fetchadd.old", r5, 0x1234
        CHECK   "wb_fetchadd.new", r6, 0x1235
        // ---- ld16 / st16: write-back only
        movl    r10 = UC_VA + 32
        ;;
        DT_ON
        SLOT0   ld16 r5, ar.csd = [r10]
        DT_OFF
        FIELDS  "uc_ld16", 0x5b00, 0, 0x4, UC_VA + 32
        movl    r10 = WC_VA + 32
        ;;
        DT_ON
        { .mii
        st16    [r10] = r0, ar.csd
        nop.i   0
        nop.i   0
        ;;
        }
        DT_OFF
        FIELDS  "wc_st16", 0x5b00, 0, 0x2, WC_VA + 32
        // ---- cmp8xchg16: write-back only; the 16-byte datum takes r2 and ar.csd
        movl    r10 = UC_VA + 40
        ;;
        DT_ON
        SLOT0   cmp8xchg16.acq r5 = [r10], r0, ar.csd, ar.ccv
        DT_OFF
        FIELDS  "uc_cmp8xchg16", 0x5b00, 0, 0x6, UC_VA + 40
        ADDR    r10, pbuf
        mov     r5 = 0x77
        mov     r6 = 0x88
        ;;
        st8     [r10] = r5, 8
        ;;
        st8     [r10] = r6, -8
        mov     ar.ccv = r6
        mov     r5 = 0xcc
        ;;
        mov     ar.csd = r5
        mov     r5 = 0xaa
        adds    r11 = 8, r10
        ;;
        cmp8xchg16.acq r6 = [r11], r5, ar.csd, ar.ccv
        ;;
        ld8     r5 = [r10], 8
        ;;
        ld8     r7 = [r10]
        ;;
        CHECK   "cmp8xchg16.old", r6, 0x88
        CHECK   "cmp8xchg16.lo", r5, 0xaa
        CHECK   "cmp8xchg16.hi", r7, 0xcc

        // ---- physical addressing: bit 63 selects UC and is no part of the address
        ADDR    r10, pbuf
        movl    r11 = UC_BIT
        movl    r5 = 0x5a5a
        ;;
        or      r11 = r11, r10
        ;;
        st8     [r11] = r5
        ;;
        ld8     r6 = [r10]
        ;;
        CHECK   "phys.alias", r6, 0x5a5a
        ld8.s   r5 = [r11]
        ;;
        NAT_OF  "phys.uc_spec_nat", r5, 1
        ld8.s   r5 = [r10]
        ;;
        NAT_OF  "phys.wb_spec_nat", r5, 0
        movl    r10 = UNIMPL_PA
        ;;
        SLOT0   ld8 r5 = [r10]
        FIELDS  "phys_unimpl", 0x5400, 0x30, 0x4, UNIMPL_PA

        // ---- PSR.be on wide accesses (vol. 3 ldf, ld: mem_read of the whole
        // 10- or 16-byte FP datum; ld16 two 8-byte values)
        ADDR    r10, pbuf
        movl    r5 = 0x000000000080ff3f // ldfe 1.0 big-endian: 3f ff 80 00 ... 00
        ;;
        st8     [r10] = r5, 8
        ;;
        st8     [r10] = r0, -8
        ;;
        sum     0x2
        ;;
        ldfe    f6 = [r10]
        ;;
        rum     0x2
        ;;
        getf.exp r5 = f6
        getf.sig r6 = f6
        ;;
        CHECK   "be.ldfe_exp", r5, 0xffff
        CHECK   "be.ldfe_sig", r6, 0x8000000000000000
        ADDR    r10, pbuf
        movl    r5 = 0x0102030405060708
        ;;
        setf.sig f7 = r5
        sum     0x2
        ;;
        stf.spill [r10] = f7
        ;;
        rum     0x2
        ;;
        ld8     r5 = [r10], 8
        ;;
        ld8     r6 = [r10]
        ;;
        CHECK   "be.spill_lo", r5, 0x3e00010000000000
        CHECK   "be.spill_hi", r6, 0x0807060504030201
        ADDR    r10, pbuf
        movl    r5 = 0x0706050403020100
        movl    r6 = 0x0f0e0d0c0b0a0908
        ;;
        st8     [r10] = r5, 8
        ;;
        st8     [r10] = r6, -8
        ;;
        sum     0x2
        ;;
        ld16    r5, ar.csd = [r10]
        ;;
        rum     0x2
        mov     r6 = ar.csd
        ;;
        CHECK   "be.ld16_r1", r5, 0x0001020304050607
        CHECK   "be.ld16_csd", r6, 0x08090a0b0c0d0e0f
        ADDR    r10, pbuf
        movl    r5 = 0x000000400000803f // 1.0f then 2.0f, each big-endian
        ;;
        st8     [r10] = r5
        ;;
        sum     0x2
        ;;
        ldfps   f6, f7 = [r10]
        ;;
        rum     0x2
        ;;
        getf.s  r5 = f6
        getf.s  r6 = f7
        ;;
        CHECK   "be.ldfps_f1", r5, 0x3f800000
        CHECK   "be.ldfps_f2", r6, 0x40000000
        ADDR    r10, pbuf           // cmp8xchg16: each 8-byte value in big-endian order
        mov     r5 = 0x77
        mov     r6 = 0x88
        ;;
        mov     ar.ccv = r6
        adds    r11 = 8, r10
        ;;
        sum     0x2
        ;;
        st8     [r10] = r5
        st8     [r11] = r6
        mov     r5 = 0xcc
        ;;
        mov     ar.csd = r5
        mov     r5 = 0xaa
        ;;
        cmp8xchg16.acq r6 = [r11], r5, ar.csd, ar.ccv
        ;;
        ld8     r5 = [r10]
        ld8     r7 = [r11]
        ;;
        ld1     r11 = [r11]         // the first byte of the stored ar.csd: big-endian 0
        ;;
        rum     0x2
        ;;
        mov     r10 = r11
        CHECK   "be.cmp8xchg16_old", r6, 0x88
        CHECK   "be.cmp8xchg16_lo", r5, 0xaa
        CHECK   "be.cmp8xchg16_hi", r7, 0xcc
        CHECK   "be.cmp8xchg16_byte0", r10, 0

        // ---- rfi with IPSR.ed: the ld.s it returns to defers without an
        // access; the next one loads; lfetch.fault takes no fault
        LOAD    r6, rec_count
        STORE   saved_count, r6
        movl    r10 = WB_VA + 8
        movl    r11 = NOMAP_VA
        ;;
        DT_ON
        ld8     r7 = [r10]          // the page is in the software TLB: the fast path
        ;;
        RFI_WITH 43
        SLOT0   ld8.s r5 = [r10]
        ld8.s   r6 = [r10]
        ;;
        RFI_WITH 43
        SLOT0   lfetch.fault [r11]
        DT_OFF
        NAT_OF  "ed.spec_nat", r5, 1
        NAT_OF  "ed.next_nat", r6, 0
        LOAD    r4, rec_count
        LOAD    r5, saved_count
        ;;
        sub     r4 = r4, r5
        ;;
        CHECK   "ed.faults", r4, 0
        // without ed, lfetch.fault takes the non-access TLB fault (ISR.na, r, code 4)
        DT_ON
        SLOT0   lfetch.fault [r11]
        DT_OFF
        FIELDS  "lfetch_fault", 0x1000, 4, 0xc, NOMAP_VA
        // a faulting lfetch to an unimplemented physical address: Unimplemented Data Address
        movl    r10 = UNIMPL_PA
        ;;
        SLOT0   lfetch.fault [r10]
        FIELDS  "lfetch_unimpl", 0x5400, 0x34, 0xc, UNIMPL_PA

        // ---- a reserved ma: Reserved Register/Field on insertion (IIP not
        // written with PSR.ic off: rec_resume continues at 1f)
        movl    r8 = 1f
        ;;
        STORE   rec_resume, r8
        INSERT  itc.d, VA1 + 0x6000, 0x405000 + PTE_RWX + (1 << 2), 12 << 2
1:      LOAD    r4, rec_vec
        CHECK   "rsvd_ma.vector", r4, 0x5400
        LOAD    r4, rec_isr
        ;;
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "rsvd_ma.code", r4, 0x30

        // ---- ptc.ga purges the ALAT entries of the range
        movl    r10 = WB_VA + 16
        ;;
        DT_ON
        ld8.a   r5 = [r10]
        DT_OFF
        NO_ALAT "ptc_ga.before", r5, 0
        movl    r9 = WB_VA
        mov     r8 = 12 << 2
        ;;
        ptc.ga  r9, r8
        ;;
        srlz.d
        ;;
        NO_ALAT "ptc_ga.after", r5, 1
        // a purge address outside the implemented VA bits faults (vol. 3 ptc.g)
        movl    r9 = VA1 | (1 << 52)
        mov     r8 = 12 << 2
        ;;
        { .mmi
        ptc.g   r9, r8              // the last of its instruction group
        ;;
        nop.m   0
        nop.i   0
        ;;
        }
        srlz.d                      // the purge before the next data access
        ;;
        FIELDS  "ptc_unimpl", 0x5400, 0x30, 0, VA1 | (1 << 52)
        // ---- the VHPT walker inserts no entry with a reserved ma: Data TLB
        // fault (vol. 2 4.1.5). Region 2 walks a short-format VHPT at
        // 0x500000 (thash of VA2 + 0x8000 is VA2 + 0x500040).
        SET_RR  VA2, RR2 | 1
        INSERT  itc.d, VA2 + 0x500000, 0x500000 + PTE_RWX, 16 << 2
        movl    r8 = 0x500040
        movl    r9 = 0x406000 + PTE_RWX + (2 << 2)
        movl    r10 = 0x500000 | (15 << 2) | 1
        ;;
        st8     [r8] = r9
        mov     cr.pta = r10
        ;;
        srlz.d
        movl    r10 = VA2 + 0x8000
        ;;
        DT_ON
        SLOT0   ld8 r5 = [r10]
        DT_OFF
        FIELDS  "walk_rsvd_ma", 0x800, 0, 0x4, VA2 + 0x8000
        // an entry marked not present is inserted all the same: Page Not Present
        movl    r10 = VA2 + 0x9000  // its entry, 0x500048, is 0
        ;;
        DT_ON
        SLOT0   ld8 r5 = [r10]
        DT_OFF
        FIELDS  "walk_not_present", 0x5000, 0, 0x4, VA2 + 0x9000
        movl    r10 = 0x500000 | (15 << 2) // the walker off again
        ;;
        mov     cr.pta = r10
        ;;
        srlz.d
        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 13
        MAIN_RETURN
        .endp   main

        .data
        .align  16
saved_count: data8 0
        .align  16
pbuf:   data8 0, 0, 0, 0
