// The DCR deferral bits with interruption collection on (Itanium SDM vol. 2
// 3.3.4.1, 5.5.5): under the recovery model (PSR.ic 1, PSR.it and a code
// page with ITLB.ed 1) a speculative load's fault is deferred (NaT, no
// interruption) when its DCR bit is 1, and faults with ISR.sp and ISR.ed
// when it is 0: dp Page Not Present, dk Data Key Miss, dx Data Key
// Permission, da Data Access-Bit, dd Data Debug (dm and dr: spec.S).
        .include "rt.inc"

        VA1 = 0x2000000000000000    // region 1, RID 0x100, 4K pages
        RR1 = (0x100 << 8) | (12 << 2)
        ED = 1 << 52
        DCR_DP = 1 << 9
        DCR_DK = 1 << 10
        DCR_DX = 1 << 11
        DCR_DA = 1 << 13
        DCR_DD = 1 << 14

// PAIR key, bit, addr, vec: the load of addr deferred with DCR bit `bit`,
// then faulting on vector `vec` with ISR ed, sp, r without it
        .macro  PAIR key, bit, addr, vec
        SET_DCR \bit
        LOAD    r6, rec_count
        RUN_AT  VA1 + 0x5000, \addr
        CHECK   "\key\().deferred", r7, 1
        LOAD    r4, rec_count
        sub     r4 = r4, r6
        ;;
        CHECK   "\key\().deferred_faults", r4, 1 // the break that ends xspec
        SET_DCR 0
        RUN_AT  VA1 + 0x5000, \addr
        CHECK   "\key\().faulted", r7, 0
        LOAD    r4, rec_vec
        CHECK   "\key\().vector", r4, \vec
        ISR_BITS "\key\().isr", 0x814
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        IC_ON
        SET_RR  VA1, RR1
        // itr.i[0]: the image's 1M page, for the handlers
        INSERT_TR i, r0, 0x100000, 0x100661, 20 << 2
        INSERT  itc.i, VA1 + 0x5000, xspec + 0x261 + ED, 12 << 2
        // ---- dp: a not-present page
        INSERT  itc.d, VA1 + 0x9000, 0x400460, 12 << 2
        PAIR    "dp", DCR_DP, VA1 + 0x9000, 0x5000
        // ---- da: a readable page with TLB.a 0
        INSERT  itc.d, VA1 + 0xa000, 0x400441, 12 << 2
        PAIR    "da", DCR_DA, VA1 + 0xa000, 0x2800
        // ---- dd: a read breakpoint on the page under PSR.db
        INSERT  itc.d, VA1 + 0xb000, 0x400461, 12 << 2
        mov     r8 = 0
        movl    r9 = VA1 + 0xb000
        movl    r10 = (1 << 63) | (1 << 56) | 0x00fffffffffff000 // r, plm 0, the page
        ;;
        mov     dbr[r8] = r9
        adds    r8 = 1, r8
        ;;
        mov     dbr[r8] = r10
        ;;
        srlz.d
        mov     r14 = psr
        ;;
        dep     r14 = -1, r14, 24, 1 // db
        ;;
        mov     psr.l = r14
        ;;
        srlz.d
        ;;
        PAIR    "dd", DCR_DD, VA1 + 0xb000, 0x5900
        mov     r14 = psr
        ;;
        dep     r14 = 0, r14, 24, 1
        ;;
        mov     psr.l = r14
        ;;
        srlz.d
        ;;
        // ---- dk and dx: protection keys on (PSR.pk), pkr0 key 0 (the code
        // pages), pkr1 key 0x55 read-disabled, key 0x77 in no PKR
        mov     r8 = 0
        mov     r9 = 1              // key 0, v
        ;;
        mov     pkr[r8] = r9
        mov     r8 = 1
        movl    r9 = (0x55 << 8) | 4 | 1 // rd, v
        ;;
        mov     pkr[r8] = r9
        ;;
        srlz.d
        INSERT  itc.d, VA1 + 0xc000, 0x400461, (0x77 << 8) | (12 << 2)
        INSERT  itc.d, VA1 + 0xd000, 0x400461, (0x55 << 8) | (12 << 2)
        ssm     0x8000              // pk
        ;;
        srlz.d
        PAIR    "dk", DCR_DK, VA1 + 0xc000, 0x1c00
        PAIR    "dx", DCR_DX, VA1 + 0xd000, 0x5100
        rsm     0x8000
        ;;
        srlz.d
        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 10
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
