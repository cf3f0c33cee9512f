// Instruction set transitions (Itanium SDM vol. 3 br "ia", rfi; vol. 2
// 3.3.2 PSR.di, 8.2 General Exception vector): br.ia with a qualifying
// predicate, or with a register stack not flushed (BSPSTORE != BSP), is an
// Illegal Operation (ISR.code 0); otherwise br.ia, and rfi to IPSR.is = 1,
// raise Disabled Instruction Set Transition (ISR.code{7:4} = 4) under
// PSR.di = 1, and on this model, which has no IA-32 engine, with PSR.di = 0
// too. IIP is the faulting bundle, ISR.ei its slot.
        .include "rt.inc"

// GE prefix, code: the last interruption was General Exception with ISR.code
// `code` and ISR.ei 2, IIP the bundle at label `at`
        .macro  GE prefix, code, at
        LOAD    r4, rec_vec
        CHECK   "\prefix\().vector", r4, 0x5400
        LOAD    r4, rec_isr
        ;;
        extr.u  r5 = r4, 0, 16
        extr.u  r4 = r4, 41, 2
        ;;
        CHECK   "\prefix\().code", r5, \code
        CHECK   "\prefix\().ei", r4, 2
        LOAD    r4, rec_iip
        CHECK   "\prefix\().iip", r4, \at
        .endm

// BR_IA label: a flushed register stack, then br.ia to b6 in slot 2 of the
// bundle at `label`
        .macro  BR_IA label
        flushrs
        ;;
\label:
        { .mib
        nop.m   0
        nop.i   0
        br.ia.sptk.many b6
        }
        ;;
        .endm

// RFI_IS label: rfi (slot 2 of the bundle at `label`) to IPSR.is = 1, with
// interruption collection on so that the fault records IIP and ISR
        .macro  RFI_IS label
        rsm     0x6000
        ;;
        srlz.d
        mov     r14 = psr
        ;;
        dep     r14 = -1, r14, 34, 1 // is
        ;;
        dep     r14 = -1, r14, 13, 1 // ic
        movl    r15 = 1f
        ;;
        mov     cr.ipsr = r14
        mov     cr.iip = r15
        mov     cr.ifs = r0
        ;;
        ssm     0x2000
        ;;
        srlz.d
        ;;
\label:
        { .mib
        nop.m   0
        nop.i   0
        rfi
        }
        ;;
1:
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        ssm     0x2000              // collection on: faults record IIP and IPSR
        movl    r8 = 0x1000
        ;;
        mov     b6 = r8
        ;;
        srlz.d
        // ---- the caller's frame is still in the registers: BSPSTORE != BSP
dirty_br:
        { .mib
        nop.m   0
        nop.i   0
        br.ia.sptk.many b6
        }
        ;;
        GE      "dirty", 0x0, dirty_br
        // ---- a qualifying predicate, even a false one, is illegal
        cmp.ne  p6, p0 = r0, r0
        flushrs
        ;;
qp_br:
        { .mib
        nop.m   0
        nop.i   0
(p6)    br.ia.sptk.many b6
        }
        ;;
        GE      "qp", 0x0, qp_br
        // ---- PSR.di = 1: Disabled Instruction Set Transition
        ssm     0x400000
        ;;
        srlz.i
        ;;
        BR_IA   di_br
        GE      "di.br", 0x40, di_br
        RFI_IS  di_rfi
        GE      "di.rfi", 0x40, di_rfi
        LOAD    r4, rec_ipsr
        extr.u  r4 = r4, 22, 1
        ;;
        CHECK   "di.ipsr_di", r4, 1
        rsm     0x400000
        ;;
        srlz.i
        ;;
        // ---- PSR.di = 0: no IA-32 engine, the same fault
        BR_IA   nodi_br
        GE      "nodi.br", 0x40, nodi_br
        RFI_IS  nodi_rfi
        GE      "nodi.rfi", 0x40, nodi_rfi
        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 6
        MAIN_RETURN
        .endp   main
