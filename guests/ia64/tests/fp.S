// IEEE exceptions of the FP instructions (Itanium SDM vol. 1 5.2, 5.4;
// vol. 2 8.2 vectors 0x5c00 and 0x5d00; vol. 3 fma, frcpa, fchkf, fclrf,
// fsetc): flags per status field in ar.fpsr, fchkf and fclrf; the
// Floating-point Fault of an enabled invalid (0 * inf) or zero divide
// (frcpa x/0), which writes neither target nor flags; the Floating-point
// Trap of an enabled overflow or inexact, after the result is written
// (IIP/ri the next instruction, IIPA the trapping bundle, ISR.ei its
// slot, ISR.code fp/o/u/i/fpa); sf.td suppressing traps; double-range
// overflow, denormal and underflow results; a reserved pc in mov ar.fpsr.
        .include "rt.inc"

        FLAGS0 = 13                 // sf0.flags (v d z o u i) in ar.fpsr
        FLAGS1 = 26                 // sf1.flags
        TWO_1023 = 0x7fe0000000000000    // doubles: 2^1023
        TWO_M1000 = 0x0170000000000000   // 2^-1000
        TWO_M30 = 0x3e10000000000000     // 2^-30
        TWO_M80 = 0x3af0000000000000     // 2^-80
        TENTH = 0x3fb999999999999a       // 0.1
        INF = 0x7ff0000000000000
        QNAN = 0x7ff8000000000000
        SNAN = 0x7ff0000000000001
        TWO_HALF = 0x4004000000000000    // 2.5
        TWO_64 = 0x43f0000000000000      // 2^64
        MINUS_ONE = 0xbff0000000000000

// SF0 key, value: check sf0.flags now, then clear them
        .macro  SF0 key, value
        mov     r6 = ar.fpsr
        ;;
        FLAGS   "\key", FLAGS0, \value
        fclrf.s0
        ;;
        .endm

// FLAGS key, field, value: check the 6 flag bits of a status field in r6
        .macro  FLAGS key, field, value
        extr.u  r4 = r6, \field, 6
        ;;
        CHECK   "\key", r4, \value
        .endm

// ENABLE bit: clear FPSR.traps bit `bit` (vd 0, zd 2, od 3, id 5)
        .macro  ENABLE bit
        mov     r2 = ar.fpsr
        ;;
        dep     r2 = 0, r2, \bit, 1
        ;;
        mov     ar.fpsr = r2
        ;;
        .endm

// SETD freg, value: freg = the double `value`
        .macro  SETD freg, value
        movl    r2 = \value
        ;;
        setf.d  \freg = r2
        ;;
        .endm

// IIPA reg: reg = cr.iipa (readable with PSR.ic = 0 only: vol. 2 3.3.5)
        .macro  IIPA reg
        rsm     0x2000
        ;;
        srlz.d
        ;;
        mov     \reg = cr.iipa
        ;;
        ssm     0x2000
        ;;
        srlz.d
        ;;
        .endm

// LAST prefix, vec, isr, iip: check the last interruption's vector, ISR, IIP
        .macro  LAST prefix, vec, isr, iip
        LOAD    r4, rec_vec
        CHECK   "\prefix\().vector", r4, \vec
        LOAD    r4, rec_isr
        CHECK   "\prefix\().isr", r4, \isr
        LOAD    r4, rec_iip
        CHECK   "\prefix\().iip", r4, \iip
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        mov     r34 = ar.fpsr       // the entry value: all traps disabled
        ;;
        ssm     0x2000              // PSR.ic: interruptions record IIP, IPSR, IIPA
        ;;
        srlz.d
        ;;
        // ---- flags go to the instruction's status field
        fclrf.s0
        ;;
        fclrf.s1
        ;;
        SETD    f7, TENTH
        fma.s.s1 f8 = f7, f1, f0    // 0.1 to single precision: inexact
        ;;
        mov     r6 = ar.fpsr
        ;;
        FLAGS   "flags.sf0", FLAGS0, 0
        FLAGS   "flags.sf1", FLAGS1, 0x20
        // fchkf.s1 branches: sf1 has a flag sf0 lacks
        fchkf.s1 chk1
        ;;
        CHECK   "fchkf.new_flag", r0, 1     // falls through: a failure
chk1:
        fma.s.s0 f8 = f7, f1, f0    // now sf0 has i too
        mov     r5 = 0
        ;;
        fchkf.s1 chk2               // all traps disabled, sf1 within sf0: no branch
        ;;
        br.cond.sptk.few chk3
chk2:
        mov     r5 = 1
        ;;
chk3:
        CHECK   "fchkf.subset", r5, 0
        fclrf.s1
        ;;
        mov     r6 = ar.fpsr
        ;;
        FLAGS   "fclrf.sf1", FLAGS1, 0
        FLAGS   "fclrf.sf0_kept", FLAGS0, 0x20
        ENABLE  5                   // the i trap enabled: sf0's i now branches
        mov     r5 = 0
        ;;
        fchkf.s0 chk4
        ;;
        br.cond.sptk.few chk5
chk4:
        mov     r5 = 1
        ;;
chk5:
        mov     ar.fpsr = r34
        ;;
        CHECK   "fchkf.enabled", r5, 1
        // d: an unnormal operand (the integer 5 from setf.sig)
        fclrf.s0
        mov     r2 = 5
        ;;
        setf.sig f9 = r2
        ;;
        fnorm.s0 f8 = f9
        ;;
        mov     r6 = ar.fpsr
        getf.exp r5 = f8
        ;;
        FLAGS   "d.flags", FLAGS0, 0x02
        CHECK   "d.fnorm_exp", r5, 0x10001

        // ---- invalid (0 * inf) enabled: fault, target and flags unchanged
        SETD    f10, INF
        mov     f8 = f1
        fclrf.s0
        ;;
        ENABLE  0
inv_bundle:
        { .mfi
        nop.m   0
        fma.s0  f8 = f0, f10, f0    // slot 1
        nop.i   0
        }
        ;;
        mov     r6 = ar.fpsr
        mov     ar.fpsr = r34
        getf.sig r5 = f8
        ;;
        LAST    "inv", 0x5c00, 0x20000000001, inv_bundle   // ei 1, code v
        CHECK   "inv.target", r5, 0x8000000000000000       // still 1.0
        FLAGS   "inv.flags", FLAGS0, 0
        // disabled: the QNaN indefinite and the v flag
        fma.s0  f8 = f0, f10, f0
        ;;
        mov     r6 = ar.fpsr
        getf.sig r5 = f8
        ;;
        FLAGS   "inv_off.flags", FLAGS0, 0x01
        CHECK   "inv_off.sig", r5, 0xc000000000000000

        // ---- zero divide through frcpa: disabled, infinity with p2 = 0 and z
        fclrf.s0
        cmp.eq  p6, p0 = r0, r0
        ;;
        frcpa.s0 f8, p6 = f1, f0
        ;;
        mov     r6 = ar.fpsr
        mov     r5 = 0
        ;;
(p6)    mov     r5 = 1
        FLAGS   "z_off.flags", FLAGS0, 0x04
        CHECK   "z_off.p6", r5, 0
        getf.exp r5 = f8
        ;;
        CHECK   "z_off.exp", r5, 0x1ffff
        // enabled: the fault, ISR.code z
        mov     f8 = f1
        ENABLE  2
z_bundle:
        { .mfi
        nop.m   0
        frcpa.s0 f8, p6 = f1, f0
        nop.i   0
        }
        ;;
        mov     ar.fpsr = r34
        getf.sig r5 = f8
        ;;
        LAST    "z", 0x5c00, 0x20000000004, z_bundle       // ei 1, code z
        CHECK   "z.target", r5, 0x8000000000000000

        // ---- overflow trap: 2^1023 * 2^1023 in double written as 2^2046
        SETD    f6, TWO_1023
        fclrf.s0
        ;;
        ENABLE  3
ovf_bundle:
        { .mfi
        nop.m   0
        fma.d.s0 f8 = f6, f6, f0    // slot 1
        nop.i   0
        }
        ;;
        mov     r6 = ar.fpsr
        mov     ar.fpsr = r34
        ;;
        IIPA    r7
        LAST    "ovf", 0x5d00, 0x20000000801, ovf_bundle   // ei 1, code fp, o
        CHECK   "ovf.iipa", r7, ovf_bundle
        LOAD    r4, rec_ipsr
        extr.u  r4 = r4, 41, 2
        ;;
        CHECK   "ovf.ri", r4, 2
        FLAGS   "ovf.flags", FLAGS0, 0x08
        getf.exp r5 = f8
        getf.sig r4 = f8
        ;;
        CHECK   "ovf.exp", r5, 0x107fd
        CHECK   "ovf.sig", r4, 0x8000000000000000
        // double-extended (sf0.pc 11): 2^16000 squared, beyond the 15-bit
        // range, keeps its 17-bit exponent when the trap is enabled
        movl    r2 = 0xffff + 16000
        ;;
        setf.exp f9 = r2
        ;;
        ENABLE  3
        fma.s0  f8 = f9, f9, f0
        ;;
        mov     ar.fpsr = r34
        getf.exp r5 = f8
        ;;
        LOAD    r4, rec_vec
        CHECK   "ovf_ext.vector", r4, 0x5d00
        CHECK   "ovf_ext.exp", r5, 0xffff + 32000
        // comparisons order values beyond the double-extended range too
        fcmp.lt.s0 p6, p7 = f9, f8  // 2^16000 < 2^32000
        mov     r5 = 0
        ;;
(p6)    mov     r5 = 1
        ;;
        CHECK   "cmp_wide.lt", r5, 1
        // disabled: infinity, o and i
        fclrf.s0
        ;;
        fma.d.s0 f8 = f6, f6, f0
        ;;
        mov     r6 = ar.fpsr
        getf.exp r5 = f8
        ;;
        FLAGS   "ovf_off.flags", FLAGS0, 0x28
        CHECK   "ovf_off.exp", r5, 0x1ffff

        // ---- inexact trap: 0.1 * 0.1 rounded up in double, in slot 2
        fclrf.s0
        ;;
        ENABLE  5
inx_bundle:
        { .mmf
        nop.m   0
        nop.m   0
        fma.d.s0 f8 = f7, f7, f0
        }
        ;;
        mov     r6 = ar.fpsr
        mov     ar.fpsr = r34
        ;;
        IIPA    r7
        LAST    "inx", 0x5d00, 0x40000006001, inx_bundle + 16   // ei 2, fp, i, fpa
        CHECK   "inx.iipa", r7, inx_bundle
        FLAGS   "inx.flags", FLAGS0, 0x20
        getf.sig r4 = f8
        getf.exp r5 = f8
        ;;
        CHECK   "inx.sig", r4, 0xa3d70a3d70a3e000
        CHECK   "inx.exp", r5, 0xfff8

        // ---- sf1.td: no trap in sf1 while FPSR.traps enables i
        ENABLE  5
        fsetc.s1 0x7f, 0x40         // sf1 = sf0's controls with td
        ;;
        fclrf.s1
        STORE   rec_vec, r0
        ;;
        fma.d.s1 f8 = f7, f7, f0
        ;;
        mov     r6 = ar.fpsr
        mov     ar.fpsr = r34
        ;;
        LOAD    r4, rec_vec
        CHECK   "td.vector", r4, 0
        FLAGS   "td.flags", FLAGS1, 0x20

        // ---- a concurrent single step: the FP trap takes it, ISR.code ss too
        // (rfi to slot 1 with PSR.ss: the fma is the first instruction stepped)
        ENABLE  5
        rsm     0x6000
        ;;
        srlz.d
        mov     r14 = psr
        ;;
        dep     r14 = -1, r14, 40, 1 // ss
        ;;
        dep     r14 = -1, r14, 41, 1 // ri 1
        ;;
        dep     r14 = -1, r14, 44, 1 // bn
        ;;
        dep     r14 = -1, r14, 13, 1 // ic
        ;;
        mov     cr.ipsr = r14
        movl    r15 = ss_bundle
        ;;
        mov     cr.iip = r15
        mov     cr.ifs = r0
        ;;
        rfi
        ;;
ss_bundle:
        { .mfi
        nop.m   0
        fma.d.s0 f8 = f7, f7, f0
        nop.i   0
        }
        ;;
        mov     ar.fpsr = r34
        ;;
        LAST    "fp_ss", 0x5d00, 0x20000006009, ss_bundle  // ei 1, fp, ss, i, fpa

        // ---- double denormal: the minimum exponent, unnormalized; below it 0, u and i
        SETD    f6, TWO_M1000
        SETD    f9, TWO_M30
        fclrf.s0
        ;;
        fma.d.s0 f8 = f6, f9, f0    // 2^-1030, exact
        ;;
        mov     r6 = ar.fpsr
        getf.exp r5 = f8
        getf.sig r7 = f8
        ;;
        FLAGS   "den.flags", FLAGS0, 0
        CHECK   "den.exp", r5, 0xfc01
        CHECK   "den.sig", r7, 0x0080000000000000
        SETD    f9, TWO_M80
        fclrf.s0
        ;;
        fma.d.s0 f8 = f6, f9, f0    // 2^-1080: below half the smallest denormal
        ;;
        mov     r6 = ar.fpsr
        getf.sig r7 = f8
        ;;
        FLAGS   "unf.flags", FLAGS0, 0x30
        CHECK   "unf.sig", r7, 0

        // ---- fcvt.fx: inexact when rounded; invalid out of range or below 0
        // for fcvt.fxu, giving the integer indefinite
        SETD    f6, TWO_HALF
        fclrf.s0
        ;;
        fcvt.fx.s0 f8 = f6          // 2.5 to nearest even: 2
        ;;
        getf.sig r5 = f8
        SF0     "cvt.flags", 0x20
        CHECK   "cvt.value", r5, 2
        SETD    f6, TWO_64
        fcvt.fx.s0 f8 = f6
        ;;
        getf.sig r5 = f8
        SF0     "cvt_big.flags", 0x01
        CHECK   "cvt_big.value", r5, 0x8000000000000000
        SETD    f6, MINUS_ONE
        fcvt.fxu.s0 f8 = f6
        ;;
        getf.sig r5 = f8
        SF0     "cvtu_neg.flags", 0x01
        CHECK   "cvtu_neg.value", r5, 0x8000000000000000
        // ---- fcmp: a QNaN is quiet for eq, invalid for lt; an SNaN always invalid
        SETD    f9, QNAN
        SETD    f10, SNAN
        fcmp.eq.s0 p6, p7 = f9, f1
        ;;
        SF0     "cmp_eq_qnan.flags", 0
        fcmp.lt.s0 p6, p7 = f9, f1
        ;;
        SF0     "cmp_lt_qnan.flags", 0x01
        fcmp.eq.s0 p6, p7 = f10, f1
        ;;
        SF0     "cmp_eq_snan.flags", 0x01
        // ---- fmin with a NaN: invalid, the second operand
        fmin.s0 f8 = f9, f1
        ;;
        getf.exp r5 = f8
        SF0     "min_nan.flags", 0x01
        CHECK   "min_nan.exp", r5, 0xffff

        // ---- mov ar.fpsr with sf0.pc = 01 (reserved)
        mov     ar.fpsr = r34
        ;;
        mov     r3 = 1
        ;;
        dep     r2 = r3, r34, 8, 2
        ;;
        mov     ar.fpsr = r2
        ;;
        mov     r6 = ar.fpsr
        LOAD    r4, rec_vec
        CHECK   "rsv.vector", r4, 0x5400
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 0, 16
        ;;
        CHECK   "rsv.code", r4, 0x30
        CHECK   "rsv.kept", r6, 0x0009804c0270033f  // the entry value

        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 7
        MAIN_RETURN
        .endp   main
