// Instruction-side TLB faults (Itanium SDM vol. 2 5.6, chapter 8): with
// PSR.it on, a fetch from a page without a usable translation raises
// Alternate Instruction TLB, Instruction TLB (VHPT walk found nothing, IHA
// set), VHPT Translation, Instruction Key Miss, Key Permission,
// Instruction Access-Bit and Instruction Access Rights, each with ISR.x,
// IFA = IIP = the bundle; itc.i and a walker-inserted translation run code.
// The image's own 1M page is identity-mapped by itr.i[0] for the handlers.
        .include "rt.inc"

        VA1 = 0x2000000000000000    // region 1, RID 0x100, 4K pages
        RR1 = (0x100 << 8) | (12 << 2)
        ISR_X = 1 << 32

// FETCH_AT va: continue at va with PSR.it on; the next interruption comes
// back here (rec_resume) with PSR.it off
        .macro  FETCH_AT va
        movl    r8 = 3f
        ;;
        STORE   rec_resume, r8
        rsm     0x6000
        ;;
        srlz.d
        mov     r14 = psr
        movl    r15 = \va
        ;;
        dep     r14 = -1, r14, 36, 1 // it
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
3:
        .endm

// FETCH_FAULT key, va, vector: run at va; the fault is `vector` with ISR
// = x only (slot 0, code 0), IFA and IIP = va
        .macro  FETCH_FAULT key, va, vector
        FETCH_AT \va
        LOAD    r4, rec_vec
        CHECK   "\key\().vector", r4, \vector
        LOAD    r4, rec_isr
        CHECK   "\key\().isr", r4, ISR_X
        LOAD    r4, rec_ifa
        CHECK   "\key\().ifa", r4, \va
        LOAD    r4, rec_iip
        CHECK   "\key\().iip", r4, \va
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        ssm     0x2000              // interruption collection on
        ;;
        srlz.d
        SET_RR  VA1, RR1
        // the image (and the IVT) stays fetchable with PSR.it on: 1M page, PL 0, RWX
        INSERT_TR i, 0, 0x100000, 0x100661, 20 << 2
        // ---- no translation, walker off
        FETCH_FAULT "alt_itlb", VA1 + 0x1000, 0x0c00
        LOAD    r4, rec_itir
        CHECK   "alt_itlb.itir", r4, RR1
        // ---- a read-only page (ar 0): no execute right
        INSERT  itc.i, VA1 + 0x2000, xpage + 0x061, 12 << 2
        FETCH_FAULT "rights", VA1 + 0x2000, 0x5200
        // ---- an executable page with the access bit clear
        INSERT  itc.i, VA1 + 0x3000, xpage + 0x241, 12 << 2
        FETCH_FAULT "access_bit", VA1 + 0x3000, 0x2400
        // ---- protection keys: key 0x66 in no PKR, then execute-disabled
        mov     r8 = 0
        mov     r9 = 1              // key 0 valid: the image's own page
        ;;
        mov     pkr[r8] = r9
        ;;
        ssm     0x8000
        ;;
        srlz.d
        INSERT  itc.i, VA1 + 0x4000, xpage + 0x261, (12 << 2) | (0x66 << 8)
        FETCH_FAULT "key_miss", VA1 + 0x4000, 0x1800
        mov     r8 = 1
        movl    r9 = (0x66 << 8) | 8 | 1   // v, xd
        ;;
        mov     pkr[r8] = r9
        ;;
        srlz.d
        FETCH_FAULT "key_perm", VA1 + 0x4000, 0x5100
        rsm     0x8000
        ;;
        srlz.d
        // ---- a good itc.i translation runs xpage (r7 = 0x99, then break)
        mov     r7 = 0
        INSERT  itc.i, VA1 + 0x5000, xpage + 0x261, 12 << 2
        FETCH_AT VA1 + 0x5000
        CHECK   "itc.ran", r7, 0x99
        LOAD    r4, rec_vec
        CHECK   "itc.break_vector", r4, 0x2c00
        LOAD    r4, rec_iip
        CHECK   "itc.break_iip", r4, VA1 + 0x5010
        // ---- the VHPT (short format at 0x500000, mapped by dtr[0]): an
        // entry the walker cannot insert is an Instruction TLB fault with IHA
        INSERT_TR d, 0, VA1 + 0x500000, 0x500461, 16 << 2
        movl    r8 = VA1
        movl    r9 = RR1 | 1
        movl    r10 = 0x500000 | (15 << 2) | 1
        ;;
        mov     rr[r8] = r9
        mov     cr.pta = r10
        ;;
        srlz.d
        movl    r8 = 0x500030        // an entry with a reserved ma (1): not inserted
        movl    r9 = xpage + 0x265
        ;;
        st8     [r8] = r9
        FETCH_FAULT "itlb", VA1 + 0x6000, 0x0400
        LOAD    r4, rec_iha
        CHECK   "itlb.iha", r4, VA1 + 0x500030
        // a present entry: the walker inserts it and the code runs
        movl    r8 = 0x500038
        movl    r9 = xpage + 0x261
        ;;
        st8     [r8] = r9
        mov     r7 = 0
        FETCH_AT VA1 + 0x7000
        CHECK   "walk.ran", r7, 0x99
        LOAD    r4, rec_iip
        CHECK   "walk.break_iip", r4, VA1 + 0x7010
        // ---- region 2's VHPT is not mapped: VHPT Translation
        SET_RR  0x4000000000000000, (0x200 << 8) | (12 << 2) | 1
        FETCH_FAULT "vhpt", 0x4000000000001000, 0
        LOAD    r4, rec_iha
        CHECK   "vhpt.iha", r4, 0x4000000000500008
        LOAD    r4, rec_count
        CHECK   "interruptions", r4, 9
        MAIN_RETURN
        .endp   main

// xpage: code that runs at the virtual pages mapped onto it
        .align  4096
xpage:
        { .mii
        nop.m   0
        mov     r7 = 0x99
        nop.i   0
        ;;
        }
        { .mii
        break.m 0x7777
        nop.i   0
        nop.i   0
        }
        .align  4096
