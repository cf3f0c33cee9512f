// The performance monitors (Itanium SDM vol. 2 7.2): PMC/PMD 4-7 count
// retired instructions or cycles when PMC.plm has the current privilege
// level, PSR.up (user monitor) or PSR.pp (privileged monitor, PMC.pm) is 1
// and PMC0.fr is 0; a wrap sets the counter's PMC0 overflow bit and, with
// PMC.oi, PMC0.fr and the cr.pmv interrupt; PL3 reads of a PMD return 0
// when PSR.sp secures it or it is privileged; PAL_PERF_MON_INFO describes
// the monitors. Counts are exact: an instruction counts under the monitor
// state it leaves (the one that starts counting counts, the one that stops
// it does not; a faulting one does not retire).
        .include "rt.inc"

        PMV_VEC = 0xe6              // class 14; IRR3 bit 38
        N = 100                     // MEASURE retires 3N + 6 counted instructions
        WRAP10 = 0x7ffffffffff6     // 2^47 - 10: wraps after ten events

// SETUP cfg: PMC4 = cfg, PMD4 = 0, r9 = 4 (PSR.up and PSR.pp are 0 here)
        .macro  SETUP cfg
        mov     r9 = 4
        movl    r10 = \cfg
        ;;
        mov     pmc[r9] = r10
        ;;
        srlz.d                      // PMC writes before PMD accesses (vol. 2 7.2.1)
        ;;
        mov     pmd[r9] = r0
        ;;
        .endm

// MEASURE on, off: `on`, N + 1 bundles of three instructions, `off`; then
// r4 = PMD4 (3N + 6 when `on` starts PMD4 and `off` stops it)
        .macro  MEASURE on, off
        mov     r8 = N
        ;;
        mov     ar.lc = r8
        ;;
        { .mmi
        \on
        nop.m   0
        nop.i   0 ;;
        }
3:      { .mib
        nop.m   0
        nop.i   0
        br.cloop.sptk.few 3b ;;
        }
        { .mmi
        \off
        nop.m   0
        nop.i   0 ;;
        }
        srlz.d
        ;;
        mov     r4 = pmd[r9]
        ;;
        .endm

// AROUND_BREAK on, off: `on`, a break.m 1 in slot 0 (rt.inc's handler
// resumes at slot 1), `off`; then r4 = PMD4. Outside the handler: 3
// instructions, then the handler's rfi and the two nops after the break.
        .macro  AROUND_BREAK on, off
        { .mmi
        \on
        nop.m   0
        nop.i   0 ;;
        }
        { .mii
        break.m 1
        nop.i   0
        nop.i   0 ;;
        }
        { .mmi
        \off
        nop.m   0
        nop.i   0 ;;
        }
        srlz.d
        ;;
        mov     r4 = pmd[r9]
        ;;
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        ssm     0x2000              // collection on: the handler resumes through IIP
        ;;
        srlz.d
        // ---- retired instructions at PL0 under PSR.up: exact
        SETUP   0x0801              // es 0x08, plm PL0, user monitor
        MEASURE "sum 0x4", "rum 0x4"
        CHECK   "pl0.count", r4, 3 * N + 6
        SETUP   0x080e              // plm without PL0
        MEASURE "sum 0x4", "rum 0x4"
        CHECK   "plm_no_pl0.count", r4, 0
        SETUP   0x0801              // a user monitor ignores PSR.pp
        MEASURE "ssm 0x200000", "rsm 0x200000"
        CHECK   "up_off.count", r4, 0
        SETUP   0x0841              // a privileged monitor counts under PSR.pp...
        MEASURE "ssm 0x200000", "rsm 0x200000"
        CHECK   "pm_pp.count", r4, 3 * N + 6
        SETUP   0x0841              // ...and not under PSR.up
        MEASURE "sum 0x4", "rum 0x4"
        CHECK   "pm_up.count", r4, 0
        SETUP   0x1201              // cycles: one ar.itc tick per instruction
        MEASURE "sum 0x4", "rum 0x4"
        CHECK   "cycles.count", r4, 3 * N + 6
        SETUP   0x0101              // an event this model does not count
        MEASURE "sum 0x4", "rum 0x4"
        CHECK   "other_event.count", r4, 0
        SETUP   0x0801              // PMC0.fr freezes every counter
        mov     r8 = 1
        ;;
        mov     pmc[r0] = r8
        ;;
        MEASURE "sum 0x4", "rum 0x4"
        CHECK   "frozen.count", r4, 0
        mov     pmc[r0] = r0
        ;;
        // ---- predicated-off instructions retire too (vol. 2 7.2.3)
        SETUP   0x0801
        cmp.eq  p6, p7 = r0, r0     // p7 false
        ;;
        { .mmi
        sum     0x4
(p7)    adds    r6 = 1, r0
(p7)    mov     r5 = r0 ;;
        }
        { .mmi
        rum     0x4
        nop.m   0
        nop.i   0 ;;
        }
        srlz.d
        ;;
        mov     r4 = pmd[r9]
        ;;
        CHECK   "predicated_off.count", r4, 3
        // ---- plm selects by PSR.cpl: counted from the rfi to PL3 to the break back
        SETUP   0x0808              // plm PL3 only
        sum     0x4
        mov     r8 = N
        ;;
        mov     ar.lc = r8
        ;;
        TO_RING 3                   // its rfi counts (it leaves PL3)
3:      { .mib
        nop.m   0
        nop.i   0
        br.cloop.sptk.few 3b ;;
        }
        { .mii
        break.m 0x7777              // back to PL0: not retired, nothing after counts
        nop.i   0
        nop.i   0 ;;
        }
        rum     0x4
        ;;
        mov     r4 = pmd[r9]
        ;;
        CHECK   "pl3.count", r4, 3 * N + 4
        // ---- an interruption sets PSR.pp from DCR.pp and keeps PSR.up
        SETUP   0x0841
        AROUND_BREAK "ssm 0x200000", "rsm 0x200000"
        CHECK   "dcr_pp0.count", r4, 6
        mov     r8 = 1              // DCR.pp
        ;;
        mov     cr.dcr = r8
        ;;
        srlz.d
        SETUP   0x0841
        AROUND_BREAK "ssm 0x200000", "rsm 0x200000"
        cmp.ltu p6, p7 = 6, r4
        ;;
(p6)    mov     r4 = 1
(p7)    mov     r4 = 0
        ;;
        CHECK   "dcr_pp1.handler_counted", r4, 1
        mov     cr.dcr = r0
        ;;
        srlz.d
        SETUP   0x0801
        AROUND_BREAK "sum 0x4", "rum 0x4"
        cmp.ltu p6, p7 = 6, r4
        ;;
(p6)    mov     r4 = 1
(p7)    mov     r4 = 0
        ;;
        CHECK   "up_kept.handler_counted", r4, 1
        // ---- register fields: ignored bits, unimplemented registers, index r3{7:0}
        SETUP   0x0801
        mov     r7 = -1   // r8-r15 do not survive CHECK
        ;;
        mov     pmd[r9] = r7
        ;;
        mov     r4 = pmd[r9]
        ;;
        CHECK   "pmd.written", r4, 0x7fffffffffff
        mov     pmc[r9] = r7
        ;;
        mov     r4 = pmc[r9]
        ;;
        CHECK   "pmc.written", r4, 0xff7f
        mov     pmc[r0] = r7
        ;;
        mov     r4 = pmc[r0]
        ;;
        CHECK   "pmc0.written", r4, 0xf1
        mov     pmc[r0] = r0
        mov     r10 = 1
        ;;
        mov     pmc[r10] = r7
        ;;
        mov     r4 = pmc[r10]
        ;;
        CHECK   "pmc1.written", r4, 0
        mov     r10 = 8
        ;;
        mov     pmd[r10] = r7
        ;;
        mov     r4 = pmd[r10]
        ;;
        CHECK   "pmd8.unimplemented", r4, 0
        mov     r10 = 0x104
        ;;
        mov     r4 = pmd[r10]
        ;;
        CHECK   "pmd.index_bits", r4, 0x7fffffffffff
        // ---- PL3: PMD reads see the count unless PSR.sp or PMC.pm; writes and PMC reads fault
        SETUP   0x0801
        movl    r8 = 0x1234
        ;;
        mov     pmd[r9] = r8
        mov     r6 = 5
        movl    r10 = 0x0841
        ;;
        mov     pmc[r6] = r10
        movl    r8 = 0x5678
        ;;
        mov     pmd[r6] = r8
        ;;
        TO_RING 3
        mov     r4 = pmd[r9]
        mov     r5 = pmd[r6]
        ;;
        STORE   u_open, r4
        STORE   u_priv, r5
        ;;
        STORE   rec_vec, r0
        ;;
        mov     pmd[r9] = r0        // Privileged Operation
        ;;
        LOAD    r4, rec_isr
        STORE   u_write_isr, r4
        LOAD    r4, rec_vec
        STORE   u_write_vec, r4
        STORE   rec_vec, r0
        ;;
        mov     r4 = pmc[r9]        // Privileged Operation
        ;;
        LOAD    r4, rec_vec
        STORE   u_pmc_vec, r4
        ;;
        break.m 0x7777
        ;;
        ssm     0x100000            // PSR.sp
        ;;
        srlz.d
        TO_RING 3
        mov     r4 = pmd[r9]
        ;;
        STORE   u_secured, r4
        sum     0x4                 // PSR.up cannot change under PSR.sp
        ;;
        mov     r4 = psr.um
        ;;
        STORE   u_sp_um, r4
        ;;
        break.m 0x7777
        ;;
        rsm     0x100000
        ;;
        srlz.d
        LOAD    r4, u_open
        CHECK   "pl3.read", r4, 0x1234
        LOAD    r4, u_priv
        CHECK   "pl3.read_privileged", r4, 0
        LOAD    r4, u_secured
        CHECK   "pl3.read_secured", r4, 0
        LOAD    r4, u_write_vec
        CHECK   "pl3.write.vector", r4, 0x5400
        LOAD    r4, u_write_isr
        extr.u  r4 = r4, 4, 4
        ;;
        CHECK   "pl3.write.code", r4, 1
        LOAD    r4, u_pmc_vec
        CHECK   "pl3.read_pmc.vector", r4, 0x5400
        LOAD    r4, u_sp_um
        CHECK   "pl3.sp_um", r4, 0
        mov     r6 = 5              // PMC5/PMD5 back to zero
        ;;
        mov     pmc[r6] = r0
        ;;
        mov     pmd[r6] = r0
        // ---- overflow with PMC.oi: PMC0 = fr | bit 4, PMD4 frozen at 0, the cr.pmv vector
        mov     r8 = PMV_VEC
        ;;
        mov     cr.pmv = r8
        ;;
        srlz.d
        SETUP   0x0821              // oi
        movl    r8 = WRAP10
        ;;
        mov     pmd[r9] = r8
        ;;
        STORE   rec_vec, r0
        ssm     0x4000
        ;;
        srlz.d
        MEASURE "sum 0x4", "rum 0x4"
        rsm     0x4000
        ;;
        srlz.d
        CHECK   "oi.pmd_frozen", r4, 0
        mov     r4 = pmc[r0]
        ;;
        CHECK   "oi.pmc0", r4, 0x11
        LOAD    r4, rec_vec
        CHECK   "oi.vector", r4, 0x3000
        LOAD    r4, rec_ivr
        CHECK   "oi.ivr", r4, PMV_VEC
        // ---- PMV.m: the overflow freezes and sets its bit but pends nothing
        movl    r8 = PMV_VEC | (1 << 16)
        ;;
        mov     cr.pmv = r8
        ;;
        srlz.d
        SETUP   0x0821
        movl    r8 = WRAP10
        ;;
        mov     pmd[r9] = r8
        mov     pmc[r0] = r0
        ;;
        LOAD    r7, rec_count
        MEASURE "sum 0x4", "rum 0x4"
        CHECK   "pmv_m.pmd_frozen", r4, 0
        mov     r4 = pmc[r0]
        ;;
        CHECK   "pmv_m.pmc0", r4, 0x11
        mov     r4 = cr.irr3
        ;;
        extr.u  r4 = r4, 38, 1
        ;;
        CHECK   "pmv_m.irr", r4, 0
        LOAD    r4, rec_count
        sub     r4 = r4, r7
        ;;
        CHECK   "pmv_m.interruptions", r4, 0
        // ---- without PMC.oi: the overflow bit only; counting goes on through the wrap
        SETUP   0x0801
        movl    r8 = WRAP10
        ;;
        mov     pmd[r9] = r8
        mov     pmc[r0] = r0
        ;;
        MEASURE "sum 0x4", "rum 0x4"
        CHECK   "no_oi.pmd", r4, 3 * N + 6 - 10
        mov     r4 = pmc[r0]
        ;;
        CHECK   "no_oi.pmc0", r4, 0x10
        mov     pmc[r0] = r0
        ;;
        mov     pmc[r9] = r0
        ;;
        // ---- the time PAL_HALT_LIGHT skips is LIGHT_HALT: no cycles counted (vol. 2 7.2.3)
        mov     r8 = 0xe5
        ;;
        mov     cr.itv = r8
        ;;
        SETUP   0x1201
        mov     r8 = ar.itc
        movl    r10 = 1000000
        ;;
        add     r7 = r8, r10
        ;;
        mov     cr.itm = r7
        ;;
        srlz.d
        sum     0x4
        ssm     0x4000
        ;;
        srlz.d
        PAL_STATIC  29, 0               // PAL_HALT_LIGHT: woken by the timer at cr.itm
        nop.m   0
        ;;
        rum     0x4
        rsm     0x4000
        ;;
        srlz.d
        mov     r9 = 4
        mov     r5 = ar.itc
        ;;
        mov     r4 = pmd[r9]
        cmp.ltu p6, p7 = r5, r7
        ;;
(p6)    mov     r5 = 0
(p7)    mov     r5 = 1
        ;;
        CHECK   "halt.itc_advanced", r5, 1
        movl    r6 = 1000000
        ;;
        cmp.ltu p6, p7 = r4, r6     // the handler and the call count, the halt does not
        ;;
(p6)    mov     r4 = 1
(p7)    mov     r4 = 0
        ;;
        CHECK   "halt.cycles_small", r4, 1
        LOAD    r4, rec_vec
        CHECK   "halt.woken_by", r4, 0x3000
        movl    r8 = 1 << 16
        ;;
        mov     cr.itv = r8
        ;;
        mov     pmc[r9] = r0
        ;;
        // ---- PAL_PERF_MON_INFO (15): pm_info in r9, four 256-bit masks in the buffer
        PAL_STATIC  15, pmbuf
        mov     r4 = r8
        mov     r5 = r9
        ;;
        CHECK   "pal.status", r4, 0
        CHECK   "pal.pm_info", r5, 0x08122f04
        LOAD    r4, pmbuf
        CHECK   "pal.impl_pmc", r4, 0xff
        LOAD    r4, pmbuf + 8
        CHECK   "pal.impl_pmc_64", r4, 0
        LOAD    r4, pmbuf + 32
        CHECK   "pal.impl_pmd", r4, 0xf0
        LOAD    r4, pmbuf + 64
        CHECK   "pal.cycles", r4, 0xf0
        LOAD    r4, pmbuf + 96
        CHECK   "pal.retired", r4, 0xf0
        PAL_STATIC  15, pmbuf + 4
        mov     r4 = r8
        ;;
        CHECK   "pal.misaligned", r4, -2
        MAIN_RETURN
        .endp   main

        .data
        .align  8
u_open:         data8 0
u_priv:         data8 0
u_secured:      data8 0
u_write_isr:    data8 0
u_write_vec:    data8 0
u_pmc_vec:      data8 0
u_sp_um:        data8 0
pmbuf:          data8 -1, -1, -1, -1, -1, -1, -1, -1
                data8 -1, -1, -1, -1, -1, -1, -1, -1
