// Virtual memory (Itanium SDM vol. 2 chapter 4): region registers, itc/itr
// and purges, the TLB faults with IFA/ITIR/ISR, tpa/tak/probe, the VHPT
// walker in short and long format with thash/ttag, protection keys, the
// Data Nested TLB vector, and epc on a gate page with br.ret demotion.
        .include "rt.inc"

        VA1 = 0x2000000000000000    // region 1, RID 0x100, 4K pages
        RR1 = (0x100 << 8) | (12 << 2)

        .macro  TOUCH op, va
        movl    r8 = \va
        mov     r9 = 0x77
        ssm     0x20000
        ;;
        srlz.d
        ;;
        .ifc \op, ld
        ld8     r5 = [r8]
        .else
        st8     [r8] = r9
        .endif
        ;;
        rsm     0x20000
        ;;
        srlz.d
        ;;
        .endm

// POKE pa, value (physical store)
        .macro  POKE pa, value
        movl    r8 = \pa
        movl    r9 = \value
        ;;
        st8     [r8] = r9
        ;;
        .endm

        .macro  VEC_IS key, vec
        LOAD    r4, rec_vec
        CHECK   "\key", r4, \vec
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        ssm     0x2000              // interruption collection on
        ;;
        srlz.d
        SET_RR  VA1, RR1
        // ---- no translation, walker off: Alternate Data TLB
        TOUCH   ld, VA1 + 0x18
        VEC_IS  "alt_dtlb.vector", 0x1000
        LOAD    r4, rec_ifa
        CHECK   "alt_dtlb.ifa", r4, VA1 + 0x18
        LOAD    r4, rec_itir
        CHECK   "alt_dtlb.itir", r4, RR1
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 32, 4
        ;;
        CHECK   "alt_dtlb.isr_rwx", r4, 4
        // ---- itc.d: a 4K page of RW at PL 0 on physical 0x400000
        POKE    0x400000, 0xabcd
        INSERT  itc.d, VA1, 0x400461, 12 << 2
        TOUCH   ld, VA1
        CHECK   "itc.load", r5, 0xabcd
        TOUCH   st, VA1 + 8
        LOAD    r4, 0x400008
        CHECK   "itc.store", r4, 0x77
        movl    r8 = VA1 + 0x10
        ;;
        tpa     r4 = r8
        ;;
        CHECK   "tpa", r4, 0x400010
        // ---- dirty bit, access bit, page not present
        INSERT  itc.d, VA1 + 0x1000, 0x401421, 12 << 2
        TOUCH   st, VA1 + 0x1000
        VEC_IS  "dirty.vector", 0x2000
        LOAD    r4, rec_isr
        extr.u  r4 = r4, 32, 4
        ;;
        CHECK   "dirty.isr_rwx", r4, 2
        INSERT  itc.d, VA1 + 0x2000, 0x402441, 12 << 2
        TOUCH   ld, VA1 + 0x2000
        VEC_IS  "access_bit.vector", 0x2800
        INSERT  itc.d, VA1 + 0x3000, 0x403460, 12 << 2
        TOUCH   ld, VA1 + 0x3000
        VEC_IS  "not_present.vector", 0x5000
        // ---- access rights and probe at ring 3 on a PL 0 page
        movl    r8 = VA1
        ssm     0x20000
        ;;
        srlz.d
        ;;
        probe.r r6 = r8, 3
        probe.r r7 = r8, 0
        ;;
        TO_RING 3                   // with PSR.dt on
        movl    r8 = VA1
        ;;
        ld8     r5 = [r8]
        ;;
        break.m 0x7777
        ;;
        rsm     0x20000
        ;;
        srlz.d
        CHECK   "probe.pl3", r6, 0
        CHECK   "probe.pl0", r7, 1
        LOAD    r4, rec_prev        // the fault before the break back to ring 0
        CHECK   "rights.vector", r4, 0x5300
        // ---- ptc.l purges the page again
        movl    r8 = VA1
        mov     r9 = 12 << 2
        ;;
        ptc.l   r8, r9
        ;;
        srlz.d
        TOUCH   ld, VA1
        VEC_IS  "ptc.vector", 0x1000
        // ---- itr.d of a 64K page, purged by ptr.d
        POKE    0x411234, 0x6464
        INSERT_TR d, r0, VA1 + 0x10000, 0x410461, 16 << 2
        TOUCH   ld, VA1 + 0x11234
        CHECK   "itr.load", r5, 0x6464
        movl    r8 = VA1 + 0x10000
        mov     r9 = 16 << 2
        ;;
        ptr.d   r8, r9
        ;;
        srlz.d
        TOUCH   ld, VA1 + 0x11234
        VEC_IS  "ptr.vector", 0x1000
        // ---- the VHPT, short format: PTA at 0x500000 (32K), mapped in region 1 by dtr[1]
        mov     r11 = 1
        ;;
        INSERT_TR d, r11, VA1 + 0x500000, 0x500461, 16 << 2
        movl    r8 = VA1
        movl    r9 = RR1 | 1
        movl    r10 = 0x500000 | (15 << 2) | 1
        ;;
        mov     rr[r8] = r9
        mov     cr.pta = r10
        ;;
        srlz.d
        movl    r8 = VA1 + 0x20000
        ;;
        thash   r4 = r8
        ;;
        CHECK   "short.thash", r4, VA1 + 0x500100
        POKE    0x500100, 0x420461
        POKE    0x420000, 0x5151
        LOAD    r6, rec_count
        TOUCH   ld, VA1 + 0x20000
        CHECK   "short.load", r5, 0x5151
        LOAD    r4, rec_count
        sub     r4 = r4, r6
        ;;
        CHECK   "short.faults", r4, 0
        // walker on, a present entry with a reserved ma: no insertion, Data TLB with IHA
        POKE    0x500180, 0x430465
        TOUCH   ld, VA1 + 0x30000
        VEC_IS  "dtlb.vector", 0x0800
        LOAD    r4, rec_iha
        CHECK   "dtlb.iha", r4, VA1 + 0x500180
        // the VHPT of region 2 is not mapped: VHPT Translation
        SET_RR  0x4000000000000000, (0x200 << 8) | (12 << 2) | 1
        TOUCH   ld, 0x4000000000001000
        VEC_IS  "vhpt.vector", 0
        LOAD    r4, rec_iha
        CHECK   "vhpt.iha", r4, 0x4000000000500008
        // ---- long format: 32-byte entries with ITIR and tag
        movl    r10 = 0x500000 | (1 << 8) | (15 << 2) | 1
        ;;
        mov     cr.pta = r10
        ;;
        srlz.d
        movl    r8 = VA1 + 0x40000
        ;;
        thash   r6 = r8
        ttag    r7 = r8
        ;;
        CHECK   "long.thash", r6, VA1 + 0x502800
        CHECK   "long.ttag", r7, 0x40 ^ (0x100 << 39)
        dep     r8 = 0, r6, 61, 3   // the entry's physical address
        movl    r9 = 0x440461
        movl    r10 = (12 << 2) | (0x55 << 8)
        ;;
        st8     [r8] = r9, 8
        ;;
        st8     [r8] = r10, 8
        ;;
        st8     [r8] = r7
        POKE    0x440000, 0x4242
        TOUCH   ld, VA1 + 0x40000
        CHECK   "long.load", r5, 0x4242
        movl    r8 = VA1 + 0x40000
        ;;
        tak     r4 = r8
        ;;
        CHECK   "long.key", r4, 0x55
        // ---- protection keys: no PKR holds 0x55 (Key Miss), then write-disabled
        ssm     0x8000
        ;;
        srlz.d
        TOUCH   ld, VA1 + 0x40000
        VEC_IS  "key_miss.vector", 0x1c00
        mov     r8 = 0
        movl    r9 = (0x55 << 8) | 2 | 1    // v, wd
        ;;
        mov     pkr[r8] = r9
        ;;
        srlz.d
        TOUCH   ld, VA1 + 0x40000
        CHECK   "key.load", r5, 0x4242
        TOUCH   st, VA1 + 0x40000
        VEC_IS  "key_perm.vector", 0x5100
        rsm     0x8000
        ;;
        srlz.d
        // ---- a TLB miss with collection off: Data Nested TLB
        rsm     0x2000
        ;;
        srlz.d
        ;;
        mov     r5 = psr
        movl    r6 = 7f
        movl    r8 = VA1 + 0x50000
        ;;
        dep     r5 = -1, r5, 44, 1
        ;;
        dep     r5 = -1, r5, 17, 1  // dt
        ;;
        mov     cr.ipsr = r5
        mov     cr.iip = r6
        ssm     0x20000
        ;;
        srlz.d
        ;;
7:      { .mii
        ld8     r5 = [r8]
        nop.i   0
        nop.i   0
        }
        ;;
        rsm     0x20000
        ;;
        srlz.d
        ssm     0x2000
        ;;
        srlz.d
        VEC_IS  "nested.vector", 0x1400
        // ---- epc on a gate page (ar 7, pl 0) promotes; br.ret to ring 3 demotes
        br.call.sptk.many b6 = gate_test
        ;;
8:
        CHECK   "gate.cpl", r7, 0
        LOAD    r4, rec_ipsr
        extr.u  r4 = r4, 32, 2
        ;;
        CHECK   "gate.back_cpl", r4, 3
        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 14
        MAIN_RETURN
        .endp   main

// gate_test: instruction translation on (itr.i of the image's 1M page at PL
// 3, and of the gate page at VA1 + 0x600000), ring 3, br.call to the gate.
        .proc   gate_test
gate_test:
        alloc   r34 = ar.pfs, 0, 4, 0, 0
        ;;
        mov     r35 = b6
        mov     r11 = 0
        ;;
        INSERT_TR i, r11, 0x100000, 0x1007e1, 20 << 2
        mov     r11 = 1
        movl    r12 = gate
        ;;
        dep     r12 = 0, r12, 0, 12
        ;;
        movl    r13 = 0xe21
        ;;
        or      r13 = r12, r13
        ;;
        rsm     0x2000
        ;;
        srlz.d
        movl    r8 = VA1 + 0x600000
        mov     r9 = 12 << 2
        ;;
        mov     cr.ifa = r8
        mov     cr.itir = r9
        ;;
        itr.i   itr[r11] = r13
        ;;
        // to ring 3 with PSR.it on
        mov     r14 = psr
        mov     r15 = 3
        ;;
        dep     r14 = r15, r14, 32, 2
        ;;
        dep     r14 = -1, r14, 44, 1
        ;;
        dep     r14 = -1, r14, 36, 1
        ;;
        dep     r14 = -1, r14, 13, 1
        movl    r15 = 1f
        ;;
        mov     cr.ipsr = r14
        mov     cr.iip = r15
        mov     cr.ifs = r0
        ;;
        rfi
        ;;
1:      movl    r8 = VA1 + 0x600000 + (gate_entry - gate)
        ;;
        mov     b7 = r8
        ;;
        br.call.sptk.many b0 = b7
        ;;
8:      extr.u  r7 = r8, 32, 2      // the cpl the gate saw
        break.m 0x7777              // back to ring 0 (rec_ipsr: the ring it came from)
        ;;
        mov     ar.pfs = r34
        mov     b6 = r35
        ;;
        br.ret.sptk.many b6
        .endp   gate_test

        .align  4096
gate:
gate_entry:
        epc
        ;;
        mov     r8 = psr
        ;;
        br.ret.sptk.many b0
        .align  4096
