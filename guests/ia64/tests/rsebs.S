// The register stack engine's spills and fills are translated under
// PSR.rt, not PSR.dt (Itanium SDM vol. 2 3.3.2 PSR.rt): a backing store at
// virtual 0x200000, which the DTLB maps to physical 0x300000, receives a
// flushrs (and gives a loadrs) at physical 0x200000 with dt 1 and rt 0, and
// at 0x300000 with dt 0 and rt 1.
        .include "rt.inc"

        BS = 0x200000               // the backing store's (virtual) address
        BS_PA = 0x300000            // where the DTLB maps it

        .text
        .proc   main
main:
        MAIN_ENTRY
        IC_ON
        INSERT  itc.d, BS, BS_PA + 0x661, 12 << 2
        movl    r6 = 0xa1           // dt 1, rt 0: untranslated
        movl    r5 = 1 << 17
        ;;
        br.call.sptk.many b0 = spill_with
        ;;
        LOAD    r4, loaded
        CHECK   "dt.loaded", r4, 0xa1
        LOAD    r4, BS
        CHECK   "dt.at_va", r4, 0xa1
        LOAD    r4, BS_PA
        CHECK   "dt.at_pa", r4, 0
        movl    r6 = 0xb2           // dt 0, rt 1: translated
        movl    r5 = 1 << 27
        ;;
        br.call.sptk.many b0 = spill_with
        ;;
        LOAD    r4, loaded
        CHECK   "rt.loaded", r4, 0xb2         // physical BS still holds 0xa1
        LOAD    r4, BS_PA
        CHECK   "rt.at_pa", r4, 0xb2
        LOAD    r4, BS
        CHECK   "rt.at_va", r4, 0xa1
        MAIN_RETURN
        .endp   main

// spill_with(r5 = PSR bits, r6 = value): a frame whose r32 is r6, backed
// at BS, spilled by a flushrs under those PSR bits; the caller's registers
// are flushed to the old store first and found there again on return.
        .proc   spill_with
spill_with:
        mov     r4 = ar.pfs         // static registers: the frame is not kept
        mov     r7 = b0
        ;;
        flushrs
        ;;
        mov     ar.rsc = r0         // enforced lazy: ar.bspstore is writable
        ;;
        mov     r3 = ar.bspstore    // == ar.bsp: nothing dirty
        movl    r2 = BS
        ;;
        mov     ar.bspstore = r2    // this frame's r32 is backed at BS
        ;;
        alloc   r14 = ar.pfs, 0, 1, 0, 0
        ;;
        mov     r32 = r6
        br.call.sptk.many b6 = flush_under
        ;;
        STORE   loaded, r32         // what loadrs brought back
        ;;
        mov     ar.bspstore = r3    // back to the old store: the caller's
        ;;                          // locals refill from it on return
        mov     ar.pfs = r4
        mov     b0 = r7
        ;;
        br.ret.sptk.many b0
        .endp   spill_with

// flush_under: flushrs, then loadrs of the caller's r32, with the PSR bits
// of r5 set
        .proc   flush_under
flush_under:
        mov     r14 = psr
        ;;
        or      r14 = r14, r5
        ;;
        mov     psr.l = r14
        ;;
        srlz.d
        ;;
        flushrs
        ;;
        movl    r14 = 8 << 16       // RSC.loadrs: the 8 bytes of the caller's r32
        ;;
        mov     ar.rsc = r14
        ;;
        loadrs                      // ... filled back from the same place
        ;;
        mov     ar.rsc = r0
        ;;
        mov     r14 = psr
        ;;
        andcm   r14 = r14, r5
        ;;
        mov     psr.l = r14
        ;;
        srlz.d
        ;;
        br.ret.sptk.many b6
        .endp   flush_under

        .data
        .align  8
loaded: data8 0
