// External interrupts and the interval timer (Itanium SDM vol. 2 5.8, 3.3.4):
// ar.itc reaching cr.itm pends cr.itv's vector in IRR; PSR.i, TPR.mic and
// TPR.mmi mask its delivery; IVR acknowledges, EOI ends the service.
// ar.itc counts retired instructions, so every run is the same.
        .include "rt.inc"

        VEC = 0xe5                  // class 14; IRR3 bit 37

// SPIN n: about 2n instructions
        .macro  SPIN n
        movl    r8 = \n
        ;;
        mov     ar.lc = r8
        ;;
1:      nop.m   0
        nop.i   0
        br.cloop.sptk.few 1b
        ;;
        .endm

// ARM delta: cr.itm = ar.itc + delta
        .macro  ARM delta
        mov     r8 = ar.itc
        movl    r9 = \delta
        ;;
        add     r8 = r8, r9
        ;;
        mov     cr.itm = r8
        ;;
        srlz.d
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        IC_ON
        mov     r4 = cr.ivr         // nothing pending: spurious (15)
        ;;
        CHECK   "ivr.spurious", r4, 15
        mov     r8 = VEC
        ;;
        mov     cr.itv = r8
        ;;
        srlz.d
        ARM     1000
        SPIN    2000                // PSR.i off: the interrupt stays pending
        LOAD    r4, rec_count
        CHECK   "masked_i.count", r4, 0
        mov     r4 = cr.irr3
        ;;
        extr.u  r4 = r4, 37, 1
        ;;
        CHECK   "masked_i.irr", r4, 1
        mov     r8 = 0xf0           // TPR.mic 15 masks every class
        ;;
        mov     cr.tpr = r8
        ;;
        srlz.d
        ssm     0x4000
        ;;
        srlz.d
        SPIN    100
        LOAD    r4, rec_count
        CHECK   "masked_mic.count", r4, 0
        movl    r8 = 0x10000        // TPR.mmi masks all
        ;;
        mov     cr.tpr = r8
        ;;
        srlz.d
        SPIN    100
        LOAD    r4, rec_count
        CHECK   "masked_mmi.count", r4, 0
        mov     r8 = 0xd0           // mic 13 lets class 14 through
        ;;
        mov     cr.tpr = r8
        ;;
        srlz.d
        SPIN    10
        LOAD    r4, rec_count
        CHECK   "delivered.count", r4, 1
        LOAD    r4, rec_vec
        CHECK   "delivered.vector", r4, 0x3000
        LOAD    r4, rec_ivr
        CHECK   "delivered.ivr", r4, VEC
        mov     r4 = cr.irr3
        ;;
        extr.u  r4 = r4, 37, 1
        ;;
        CHECK   "delivered.irr", r4, 0
        // ---- a second tick with everything open: delivered when ITC reaches ITM
        mov     cr.tpr = r0
        ;;
        srlz.d
        mov     r6 = ar.itc
        ARM     500
        SPIN    1000
        LOAD    r4, rec_count
        CHECK   "tick2.count", r4, 2
        LOAD    r4, rec_iip         // interrupted inside SPIN's loop
        movl    r5 = main
        ;;
        cmp.ltu p6, p7 = r4, r5
        ;;
(p6)    mov     r4 = 0
(p7)    mov     r4 = 1
        ;;
        CHECK   "tick2.iip_in_main", r4, 1
        // ---- an interval timer masked by ITV.m never pends
        movl    r8 = VEC | (1 << 16)
        ;;
        mov     cr.itv = r8
        ;;
        srlz.d
        ARM     100
        SPIN    300
        LOAD    r4, rec_count
        CHECK   "itv_masked.count", r4, 2
        rsm     0x4000
        ;;
        srlz.d
        MAIN_RETURN
        .endp   main
