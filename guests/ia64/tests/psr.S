// PSR bits and their effect (Itanium SDM vol. 2 3.3.2, chapter 8): the
// Single Step, Taken Branch and Lower-Privilege Transfer traps (ISR.code,
// ISR.ei, IIP and IPSR.ri at the next instruction), and the Disabled
// FP-Register fault of PSR.dfl (f2-f31) and PSR.dfh (f32-f127), the
// Unaligned Data Reference fault of PSR.ac and the byte order of PSR.be.
        .include "rt.inc"

// CLEAR_VEC: rec_vec = 0, to see that no interruption follows
        .macro  CLEAR_VEC
        STORE   rec_vec, r0
        ;;
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        // ---- single step: a trap after the first instruction rfi returns to
        RFI_WITH 40
ss_bundle:
        { .mii
        mov     r5 = 7              // slot 0 traps; IIP this bundle, ri 1
        nop.i   0
        nop.i   0
        }
        ;;
        LOAD    r4, rec_vec
        CHECK   "ss.vector", r4, 0x6000
        LOAD    r4, rec_isr
        CHECK   "ss.isr", r4, 0x8   // ei 0, code ss
        LOAD    r4, rec_iip
        CHECK   "ss.iip", r4, ss_bundle
        LOAD    r4, rec_ipsr
        extr.u  r4 = r4, 41, 2
        ;;
        CHECK   "ss.ri", r4, 1
        // ---- taken branch: IIP the target, ei the branch's slot
        RFI_WITH 26
        mov     r5 = 1              // not a branch: no trap
        ;;
        { .mib
        nop.m   0
        nop.i   0
        br.cond.sptk.few tb_target
        }
        ;;
        CHECK   "tb.skipped", r0, 1 // never runs: counts a failure
tb_target:
        LOAD    r4, rec_vec
        CHECK   "tb.vector", r4, 0x5f00
        LOAD    r4, rec_isr
        CHECK   "tb.isr", r4, 0x40000000004  // ei 2, code tb
        LOAD    r4, rec_iip
        CHECK   "tb.iip", r4, tb_target
        // ---- a false-predicate branch is not taken: no trap
        CLEAR_VEC
        RFI_WITH 26
        cmp.eq  p6, p0 = r0, r5
        ;;
(p6)    br.cond.sptk.few 1f
        ;;
1:      LOAD    r4, rec_vec
        CHECK   "tb.not_taken", r4, 0   // its output call traps: tb is now off
        // ---- lower-privilege transfer: br.ret demoting to ring 3 under PSR.lp
        RFI_WITH 25
        br.call.sptk.many b6 = demote
        ;;
lp_back:                            // ring 3 now
        LOAD    r5, rec_vec
        STORE   lp_vec, r5
        LOAD    r5, rec_isr
        STORE   lp_isr, r5
        LOAD    r5, rec_iip
        STORE   lp_iip, r5
        LOAD    r5, rec_ipsr
        extr.u  r5 = r5, 32, 2
        ;;
        STORE   lp_cpl, r5
        ;;
        break.m 0x7777              // back to ring 0 (rec_* now the break's)
        ;;
        LOAD    r4, lp_vec
        CHECK   "lp.vector", r4, 0x5e00
        LOAD    r4, lp_isr
        CHECK   "lp.isr", r4, 0x40000000002  // ei 2, code lp
        LOAD    r4, lp_iip
        CHECK   "lp.iip", r4, lp_back
        LOAD    r4, lp_cpl
        CHECK   "lp.cpl", r4, 3
        // ---- PSR.dfl: f2-f31 fault, f32-f127 do not
        ssm     0x40000
        ;;
        srlz.d
        ;;
        mov     f6 = f7
        ;;
        LOAD    r4, rec_vec
        CHECK   "dfl.vector", r4, 0x5500
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "dfl.code", r4, 1
        CLEAR_VEC
        mov     f40 = f1
        ;;
        LOAD    r4, rec_vec
        CHECK   "dfl.high_ok", r4, 0
        rsm     0x40000
        ;;
        srlz.d
        // ---- PSR.dfh: f32-f127 fault, f2-f31 do not
        ssm     0x80000
        ;;
        srlz.d
        ;;
        mov     f40 = f1
        ;;
        LOAD    r4, rec_vec
        CHECK   "dfh.vector", r4, 0x5500
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "dfh.code", r4, 2
        CLEAR_VEC
        mov     f6 = f1
        ;;
        LOAD    r4, rec_vec
        CHECK   "dfh.low_ok", r4, 0
        rsm     0x80000
        ;;
        srlz.d
        mov     f40 = f6            // enabled again
        ;;
        LOAD    r4, rec_vec
        CHECK   "dfh.off", r4, 0
        // ---- PSR.ac: a misaligned load faults (IFA, ISR.r); aligned ones do not
        movl    r6 = scratch + 1
        ;;
        sum     0x8
        ;;
        ld4     r5 = [r6]
        ;;
        LOAD    r4, rec_vec
        CHECK   "ac.vector", r4, 0x5a00
        LOAD    r4, rec_ifa
        CHECK   "ac.ifa", r4, scratch + 1
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 32, 3
        ;;
        CHECK   "ac.isr_rwx", r4, 4
        CLEAR_VEC
        adds    r6 = -1, r6
        ;;
        ld4     r5 = [r6]
        ;;
        LOAD    r4, rec_vec
        CHECK   "ac.aligned_ok", r4, 0
        rum     0x8
        ;;
        adds    r6 = 1, r6
        ;;
        ld4     r5 = [r6]           // completes with PSR.ac 0
        ;;
        LOAD    r4, rec_vec
        CHECK   "ac.off", r4, 0
        // ---- PSR.be: data accesses in big-endian byte order
        movl    r7 = scratch
        movl    r5 = 0x0102030405060708
        ;;
        sum     0x2
        ;;
        st8     [r7] = r5
        ;;
        ld2     r8 = [r7]
        ld8     r9 = [r7]
        ;;
        rum     0x2
        ;;
        ld8     r10 = [r7]
        mov     r4 = r8
        ;;
        CHECK   "be.ld2", r4, 0x0102
        mov     r4 = r9
        ;;
        CHECK   "be.ld8", r4, 0x0102030405060708
        mov     r4 = r10
        ;;
        CHECK   "be.le_view", r4, 0x0807060504030201
        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 8
        MAIN_RETURN
        .endp   main

// demote: return to the caller at ring 3 (PFS.ppl 3); the trap's state is
// kept in lp_* before the break that returns to ring 0 overwrites rec_*.
        .proc   demote
demote:
        mov     r2 = ar.pfs
        ;;
        dep     r2 = -1, r2, 62, 2
        ;;
        mov     ar.pfs = r2
        ;;
        br.ret.sptk.many b6
        .endp   demote

        .data
        .align  8
lp_vec:  data8 0
lp_isr:  data8 0
lp_iip:  data8 0
lp_cpl:  data8 0
scratch: data8 0, 0
