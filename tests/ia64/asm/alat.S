// Data speculation and the ALAT (Itanium SDM rev 2.3 vol. 1 "Data
// speculation", vol. 3 ld, chk, invala):
// - ld.a loads and allocates an ALAT entry for its target register, the
//   address and the access size; a store that overlaps the entry's bytes
//   invalidates it, a store elsewhere does not.
// - chk.a falls through while the register's entry is valid, else branches
//   to the recovery code; .clr removes the entry, .nc keeps it.
// - ld.c reloads only if the entry is gone; ld.c.clr removes the entry, ld.c.nc
//   keeps it (and allocates one after a reload).
// - invala removes every entry, invala.e one register's entry.
// - ld.sa is a speculative advanced load: a deferred fault gives NaT and
//   no entry.
// The architecture lets an ALAT forget entries at any time (chk.a may always
// fail); vtsim's ALAT, like hardware over such short sequences, keeps them
// unless a rule above removes them, and that is what is checked here.
// r16 counts visits to recovery code; each recovery block returns after its chk.a.
#define TEST_NAME "alat"
#include "harness.inc"

        .data
        .align 16
cell_a: .quad 0xaaaaaaaaaaaaaaaa
cell_b: .quad 0xbbbbbbbbbbbbbbbb
cell_c: .quad 0xcccccccccccccccc
cell_d: .quad 0xdddddddddddddddd

        .text
        .global test_main
        .proc test_main
test_main:
        alloc r32 = ar.pfs, 0, 8, 0, 0
        movl r2 = cell_a
        movl r3 = cell_b
        movl r4 = cell_c
        movl r5 = cell_d
        mov r6 = 0x66
        mov r16 = 0
        ;;
        invala                          // start from an empty ALAT
        ;;

        // ---- a store to a different address: the entry survives ----
        CASE 1
        ld8.a r8 = [r2]
        ;;
        st8 [r3] = r6                   // cell_b: no overlap with cell_a
        ;;
        chk.a.nc r8, .Lrecover1         // entry valid: falls through
        ;;
        CHECK r16, 0
        CHECK r8, 0xaaaaaaaaaaaaaaaa
        CASE 2
        ld8.c.clr r8 = [r2]             // hit: no reload; the entry is removed
        ;;
        CHECK r8, 0xaaaaaaaaaaaaaaaa
        CASE 3
        chk.a.clr r8, .Lrecover3        // no entry after ld.c.clr: recovery
        ;;
        CHECK r0, 1                     // skipped: recovery returns past this
.Lback3:
        CHECK r16, 3

        // ---- a store to the same address: invalidated, ld.c reloads ----
        CASE 4
        mov r16 = 0
        ld8.a r9 = [r4]                 // 0xcccc...
        ;;
        st8 [r4] = r6                   // overlaps: entry gone
        ;;
        ld8.c.clr r9 = [r4]             // miss: reloads the new value
        ;;
        CHECK r9, 0x66
        CASE 5
        ld8.a r9 = [r4]
        mov r7 = 0x77
        ;;
        st8 [r4] = r7
        ;;
        chk.a.clr r9, .Lrecover5        // entry gone: recovery reloads
        ;;
        CHECK r0, 1
.Lback5:
        CHECK r16, 5
        CHECK r9, 0x77

        // ---- partial overlap and size: st1 inside, st4 next to a 4-byte entry ----
        CASE 6
        mov r16 = 0
        ld8.a r10 = [r5]
        ;;
        adds r17 = 3, r5
        ;;
        st1 [r17] = r6                  // byte 3 of the 8 loaded: overlaps
        ;;
        chk.a.clr r10, .Lrecover6
        ;;
        CHECK r0, 1
.Lback6:
        CHECK r16, 6
        CASE 7
        mov r16 = 0
        ld4.a r11 = [r2]                // 4 bytes: cell_a + 0..3
        adds r17 = 4, r2
        ;;
        st4 [r17] = r6                  // cell_a + 4..7: no overlap
        ;;
        chk.a.clr r11, .Lrecover_wrong
        ;;
        CHECK r16, 0
        CHECK r11, 0xaaaaaaaa           // ld4 zero-extends

        // ---- ld.c.nc allocates after a miss and keeps the entry on a hit ----
        CASE 8
        mov r16 = 0
        invala
        ;;
        ld8.c.nc r12 = [r3]             // no entry: loads (0x66 from case 1) and allocates
        ;;
        CHECK r12, 0x66
        chk.a.nc r12, .Lrecover_wrong   // the entry from ld.c.nc
        ;;
        ld8.c.nc r12 = [r3]             // hit: keeps the entry
        ;;
        chk.a.nc r12, .Lrecover_wrong
        ;;
        CHECK r16, 0

        // ---- invala and invala.e ----
        CASE 9
        ld8.a r13 = [r2]
        ld8.a r14 = [r4]
        ;;
        invala.e r13                    // only r13's entry
        ;;
        chk.a.nc r14, .Lrecover_wrong
        ;;
        chk.a.nc r13, .Lrecover9
        ;;
        CHECK r0, 1
.Lback9:
        CHECK r16, 9
        CASE 10
        mov r16 = 0
        ;;
        invala
        ;;
        chk.a.nc r14, .Lrecover10
        ;;
        CHECK r0, 1
.Lback10:
        CHECK r16, 10

        // ---- a new ld.a to the same register replaces its entry ----
        CASE 11
        mov r16 = 0
        ld8.a r15 = [r2]
        ;;
        ld8.a r15 = [r5]                // now tracks cell_d
        ;;
        st8 [r2] = r6                   // cell_a: no longer tracked for r15
        ;;
        chk.a.nc r15, .Lrecover_wrong
        ;;
        CHECK r16, 0
        st8 [r5] = r6                   // cell_d: tracked
        ;;
        chk.a.clr r15, .Lrecover11
        ;;
        CHECK r0, 1
.Lback11:
        CHECK r16, 11

        // ---- ld.sa: a deferred fault gives NaT and no entry ----
        CASE 12
        mov r16 = 0
        ld8.sa r18 = [r0]
        ;;
        CHECK_NAT r18, 1
        chk.a.clr r18, .Lrecover12
        ;;
        CHECK r0, 1
.Lback12:
        CHECK r16, 12
        CHECK_NAT r18, 0
        CASE 13
        mov r16 = 0
        ld8.sa r18 = [r3]               // valid: a normal advanced load
        ;;
        CHECK_NAT r18, 0
        chk.a.clr r18, .Lrecover_wrong
        ;;
        CHECK r16, 0

        // ---- floating-point advanced loads ----
        CASE 14
        mov r16 = 0
        ldf8.a f6 = [r4]
        ;;
        st8 [r3] = r0                   // elsewhere
        ;;
        chk.a.nc f6, .Lrecover_wrong
        ;;
        st8 [r4] = r0                   // the same 8 bytes
        ;;
        chk.a.clr f6, .Lrecover14
        ;;
        CHECK r0, 1
.Lback14:
        CHECK r16, 14
        getf.sig r19 = f6
        ;;
        CHECK r19, 0
        br.sptk.many test_finish
        ;;

.Lrecover1:
        mov r16 = 1
        br.sptk.many .Lrecover_wrong
        ;;
.Lrecover3:
        mov r16 = 3
        br.sptk.many .Lback3
        ;;
.Lrecover5:
        ld8 r9 = [r4]
        mov r16 = 5
        br.sptk.many .Lback5
        ;;
.Lrecover6:
        mov r16 = 6
        br.sptk.many .Lback6
        ;;
.Lrecover9:
        mov r16 = 9
        br.sptk.many .Lback9
        ;;
.Lrecover10:
        mov r16 = 10
        br.sptk.many .Lback10
        ;;
.Lrecover11:
        mov r16 = 11
        br.sptk.many .Lback11
        ;;
.Lrecover12:
        ld8 r18 = [r3]
        mov r16 = 12
        br.sptk.many .Lback12
        ;;
.Lrecover14:
        ldf8 f6 = [r4]
        mov r16 = 14
        br.sptk.many .Lback14
        ;;
.Lrecover_wrong:
        CHECK r0, 1                     // reached only through a wrong chk.a
        br.sptk.many test_finish
        ;;
        .endp test_main
