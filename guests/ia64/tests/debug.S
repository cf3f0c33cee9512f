// Breakpoints (Itanium SDM vol. 2 7.1, the Debug vector 0x5900): IBR
// matches fault before each instruction of the bundle (ISR.x, ISR.ei, IFA
// the bundle) at the rings plm enables; DBR matches fault on the access
// (ISR.r / ISR.w, IFA the address, any byte of the access); PSR.id / PSR.dd
// suppress them for one instruction; a DBR written while its page is in
// use still matches; a speculative load's match faults with ISR.sp; of the
// non-access references only lfetch.fault and probe.fault match (ISR.na,
// ISR.code 4 and 5), and PSR.ed suppresses lfetch.fault's faults.
        .include "rt.inc"

        PLM0 = 1 << 56
        ALL = 0x00ffffffffffffff
        X = 1 << 63
        R = 1 << 63
        W = 1 << 62

        .macro  CLEAR_REC
        STORE   rec_vec, r0
        STORE   rec_count, r0
        ;;
        .endm

// RFI_PSR bits: continue at the next bundle with the PSR bits of the
// immediate also set, through rfi
        .macro  RFI_PSR bits
        rsm     0x6000
        ;;
        srlz.d
        mov     r14 = psr
        movl    r15 = \bits | (1 << 44) | (1 << 13) // bn, ic
        ;;
        or      r14 = r15, r14
        ;;
        mov     cr.ipsr = r14
        movl    r15 = 2f
        ;;
        mov     cr.iip = r15
        mov     cr.ifs = r0
        ;;
        rfi
        ;;
2:
        .endm

// DB_OFF: PSR.db 0 through mov psr.l
        .macro  DB_OFF
        mov     r14 = psr
        ;;
        dep     r14 = 0, r14, 24, 1
        ;;
        mov     psr.l = r14
        ;;
        srlz.d
        ;;
        .endm

// DB_OFF_DT: PSR.db and PSR.dt 0 through mov psr.l
        .macro  DB_OFF_DT
        mov     r14 = psr
        ;;
        dep     r14 = 0, r14, 24, 1
        ;;
        dep     r14 = 0, r14, 17, 1
        ;;
        mov     psr.l = r14
        ;;
        srlz.d
        ;;
        .endm

// NA_FIELDS prefix, vec, bits, code: the last interruption's vector, ISR
// bits 43:32 and ISR.code
        .macro  NA_FIELDS prefix, vec, bits, code
        LOAD    r4, rec_vec
        CHECK   "\prefix\().vector", r4, \vec
        ISR_BITS "\prefix\().isr", \bits
        LOAD    r4, rec_isr
        ;;
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "\prefix\().code", r4, \code
        .endm

        .macro  SET_BR kind, n, addr, ctl
        mov     r8 = \n
        movl    r9 = \addr
        movl    r10 = \ctl
        ;;
        mov     \kind[r8] = r9
        adds    r8 = 1, r8
        ;;
        mov     \kind[r8] = r10
        ;;
        srlz.d
        ;;
        .endm
        .text
        .proc   main
main:
        MAIN_ENTRY
        // ---- an instruction breakpoint: each instruction of the bundle faults first
        SET_BR  ibr, 0, bp1, X | PLM0 | ALL
        CLEAR_REC
        mov     r5 = 0
        mov     r6 = 0
        RFI_PSR 1 << 24
bp1:
        { .mii
        mov     r5 = 1
        mov     r6 = 1
        nop.i   0
        }
        ;;
        DB_OFF
        LOAD    r4, rec_vec
        CHECK   "ibp.vector", r4, 0x5900
        ISR_BITS "ibp.isr", 0x401            // x, ei 2
        LOAD    r4, rec_ifa
        CHECK   "ibp.ifa", r4, bp1
        LOAD    r4, rec_iip
        CHECK   "ibp.iip", r4, bp1
        LOAD    r4, rec_count
        CHECK   "ibp.count", r4, 3
        add     r4 = r5, r6
        ;;
        CHECK   "ibp.skipped", r4, 0
        // ---- PSR.id: the first instruction runs, the next ones fault again
        SET_BR  ibr, 0, bp2, X | PLM0 | ALL
        CLEAR_REC
        mov     r5 = 0
        mov     r6 = 0
        RFI_PSR (1 << 24) | (1 << 37)
bp2:
        { .mii
        mov     r5 = 1
        mov     r6 = 1
        nop.i   0
        }
        ;;
        DB_OFF
        CHECK   "id.first_ran", r5, 1
        CHECK   "id.second_skipped", r6, 0
        LOAD    r4, rec_count
        CHECK   "id.count", r4, 2
        // ---- plm: a ring-0 breakpoint does not match at ring 3
        SET_BR  ibr, 0, bp3, X | PLM0 | ALL
        CLEAR_REC
        mov     r5 = 0
        RFI_PSR 1 << 24
        TO_RING 3
bp3:
        { .mii
        mov     r5 = 1
        nop.i   0
        nop.i   0
        }
        ;;
        break   0x7777
        ;;
        DB_OFF
        CHECK   "plm.ran", r5, 1
        LOAD    r4, rec_vec
        CHECK   "plm.vector", r4, 0x2c00
        SET_BR  ibr, 0, 0, 0
        // ---- a data breakpoint on watch + 4: loads and stores touching it fault
        movl    r7 = watch
        ;;
        ld8     r5 = [r7]                    // the page enters the software TLB
        SET_BR  dbr, 0, watch + 4, R | W | PLM0 | ALL
        CLEAR_REC
        RFI_PSR 1 << 24
        ld8     r5 = [r7]
        ;;
        DB_OFF
        LOAD    r4, rec_vec
        CHECK   "dbp.ld_vector", r4, 0x5900
        ISR_BITS "dbp.ld_isr", 0x4           // r, ei 0
        LOAD    r4, rec_ifa
        CHECK   "dbp.ld_ifa", r4, watch
        RFI_PSR 1 << 24
        st4     [r7] = r0, 4                 // bytes 0-3: no match
        ;;
        st4     [r7] = r0                    // bytes 4-7: match
        ;;
        DB_OFF
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 32, 5
        ;;
        CHECK   "dbp.st_isr", r4, 0x2        // w
        LOAD    r4, rec_ifa
        CHECK   "dbp.st_ifa", r4, watch + 4
        LOAD    r4, rec_count
        CHECK   "dbp.count", r4, 2
        LOAD    r4, watch
        CHECK   "dbp.st_suppressed", r4, 0x1122334400000000
        // ---- PSR.dd: the first access completes, the second faults
        CLEAR_REC
        movl    r7 = watch
        mov     r6 = 0x55
        RFI_PSR (1 << 24) | (1 << 39)
        { .mmi
        ld8     r5 = [r7]
        ld8     r6 = [r7]
        nop.i   0
        }
        ;;
        DB_OFF
        LOAD    r4, rec_count
        CHECK   "dd.count", r4, 1
        CHECK   "dd.first", r5, 0x1122334400000000
        CHECK   "dd.second_skipped", r6, 0x55
        // ---- a DBR written with db on applies to a page already in use; r only
        SET_BR  dbr, 0, 0, 0
        CLEAR_REC
        movl    r7 = far
        ;;
        RFI_PSR 1 << 24
        ld8     r5 = [r7]                    // no match yet: cached
        ;;
        SET_BR  dbr, 2, far, R | PLM0 | ALL
        st8     [r7] = r0                    // not a write breakpoint
        ;;
        ld8     r5 = [r7]
        ;;
        DB_OFF
        LOAD    r4, rec_count
        CHECK   "dbr_write.count", r4, 1
        LOAD    r4, rec_ifa
        CHECK   "dbr_write.ifa", r4, far
        // ---- a speculative load's match: without the recovery model, a fault with ISR.sp
        CLEAR_REC
        RFI_PSR 1 << 24
        ld8.s   r5 = [r7]
        ;;
        DB_OFF
        LOAD    r4, rec_vec
        CHECK   "spec.vector", r4, 0x5900
        ISR_BITS "spec.isr", 0x14            // sp, r
        // ---- the non-access references that match: lfetch.fault (a read, ISR.na,
        // code 4) and probe.fault (code 5); plain lfetch never faults
        CLEAR_REC
        RFI_PSR 1 << 24
        { .mii
        lfetch  [r7]
        nop.i   0
        nop.i   0
        }
        ;;
        { .mii
        lfetch.fault [r7]
        nop.i   0
        nop.i   0
        }
        ;;
        DB_OFF
        LOAD    r4, rec_count
        CHECK   "lfetch.count", r4, 1
        NA_FIELDS "lfetch", 0x5900, 0xc, 4  // na, r
        LOAD    r4, rec_ifa
        CHECK   "lfetch.ifa", r4, far
        // ---- PSR.ed = 1 (an OS skipping the prefetch) suppresses it
        CLEAR_REC
        RFI_PSR (1 << 24) | (1 << 43)
        { .mii
        lfetch.fault [r7]
        nop.i   0
        nop.i   0
        }
        ;;
        DB_OFF
        LOAD    r4, rec_count
        CHECK   "lfetch_ed.count", r4, 0
        // ---- probe.r.fault matches the read breakpoint, probe.w.fault does not
        INSERT  itc.d, far, far + 0x661, 12 << 2
        CLEAR_REC
        RFI_PSR (1 << 24) | (1 << 17)        // db, dt
        { .mii
        probe.r.fault r7, 0
        nop.i   0
        nop.i   0
        }
        ;;
        { .mii
        probe.w.fault r7, 0
        nop.i   0
        nop.i   0
        }
        ;;
        DB_OFF_DT
        LOAD    r4, rec_count
        CHECK   "probe.count", r4, 1
        NA_FIELDS "probe_r", 0x5900, 0xc, 5 // na, r
        // ---- a write breakpoint: probe.w.fault (na, w)
        SET_BR  dbr, 2, far, W | PLM0 | ALL
        CLEAR_REC
        RFI_PSR (1 << 24) | (1 << 17)
        { .mii
        probe.w.fault r7, 0
        nop.i   0
        nop.i   0
        }
        ;;
        DB_OFF_DT
        NA_FIELDS "probe_w", 0x5900, 0xa, 5 // na, w
        // ---- lfetch.fault takes the read's translation faults first: an
        // unmapped region-1 address, Alternate Data TLB with ISR.na and code 4
        CLEAR_REC
        movl    r6 = 0x2000000000000040
        ;;
        RFI_PSR (1 << 24) | (1 << 17)
        { .mii
        lfetch.fault [r6]
        nop.i   0
        nop.i   0
        }
        ;;
        DB_OFF_DT
        NA_FIELDS "lfetch_tlb", 0x1000, 0xc, 4
        SET_BR  dbr, 2, 0, 0
        MAIN_RETURN
        .endp   main

        .data
        .align  8
watch:  data8 0x1122334455667788
        .align  4096
far:    data8 0
        .skip   4096
