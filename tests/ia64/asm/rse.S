// The register stack (Itanium SDM rev 2.3 vol. 1 "Register stack", vol. 2
// "Register Stack Engine"): alloc, br.call/br.ret frames, the RSE spilling
// and filling frames when the physical stacked registers run out, NaT bits
// saved in NaT collections, cover, flushrs, and the backing store image.
//
// Part 1 - a call chain 201 levels deep through three functions with frames
// of different sizes (chain20: 1 input + 22 locals + 1 output, chain5:
// 1+7+1, chain80: 1+82+1); each level fills its data locals with values that name the
// level and the register, makes some of them NaT, calls the next level and
// then checks every local (value and NaT bit) after the return. The stack of
// 201 frames (67 x (23 + 8 + 83) = 7638 registers, outputs overlapping inputs) is far beyond any
// number of physical registers, so the RSE must spill and refill them all.
// Each level returns depth + the callee's result: 0 + 1 + ... + 200 = 20100.
//
// Part 2 - BSP arithmetic: AR.BSP is the backing store address of r32 of
// the current frame; a br.call advances it past the caller's locals (sol),
// skipping the NaT collection slot that ends every 64-slot group (address
// bits 8:3 = 63): BSP' = BSP + 8 * (sol + (BSP{8:3} + sol) / 63). AR.PFS in
// the callee holds the caller's frame marker (sof 6:0, sol 13:7) and the
// privilege level (ppl 63:62 = 3 in user mode).
//
// Part 3 - cover and flushrs: a 90-register frame is covered (it joins the
// dirty partition), flushrs writes every dirty register to the backing store
// (afterwards BSPSTORE == BSP), and the test reads the frame back from memory:
// register r32+i sits at the i-th register slot from the frame's BSP, NaT
// collection slots skipped; its NaT bit is bit addr{8:3} of the collection
// word at addr | 0x1f8 once that word is written (it is written when the RSE
// reaches that slot), else of AR.RNAT (read with AR.RSC.mode = 0).
#define TEST_NAME "rse"
#include "harness.inc"

#define DEPTH 200

        .data
        .align 8
nat_source:
        .quad 0

        .text
        .global test_main
        .proc test_main
test_main:
        alloc r32 = ar.pfs, 0, 92, 1, 0
        movl r2 = nat_source
        mov r3 = -1
        ;;
        mov ar.unat = r3
        ;;
        ld8.fill r20 = [r2]             // r20: a NaT (every ar.unat bit is 1)
        ;;
        CASE 1
        CHECK_NAT r20, 1

        // ---- part 1: the deep chain ----
        CASE 2
        mov r33 = 0x1234                // a local of test_main, kept across the chain
        mov out0 = DEPTH
        ;;
        br.call.sptk.many b0 = chain20
        ;;
        CHECK r8, 20100                 // sum of 0..200
        CHECK r33, 0x1234


        // ---- part 2: BSP across calls ----
        CASE 3
        mov r34 = ar.bsp
        ;;
        br.call.sptk.many b0 = bsp_probe // returns r8 = BSP and r9 = PFS seen by the callee
        ;;
        // expected callee BSP: sol = 92 (test_main has 0 inputs + 92 locals)
        extr.u r10 = r34, 3, 6          // slot of r32 within its 64-slot group
        mov r11 = 92
        ;;
        add r12 = r10, r11              // slot + sol
        mov r13 = 0                     // collection slots crossed = (slot + sol) / 63
        ;;
.Lcount_collections:
        cmp.ltu p7, p0 = 62, r12        // r12 >= 63
        ;;
(p7)    adds r12 = -63, r12
(p7)    adds r13 = 1, r13
(p7)    br.cond.sptk .Lcount_collections
        ;;
        add r14 = r11, r13
        ;;
        shladd r15 = r14, 3, r34        // BSP + 8 * (sol + crossed)
        ;;
        CHECK_EQ r8, r15
        CASE 4
        extr.u r16 = r9, 0, 7           // pfm.sof = 93
        extr.u r17 = r9, 7, 7           // pfm.sol = 92
        extr.u r18 = r9, 62, 2          // ppl = 3
        ;;
        CHECK r16, 93
        CHECK r17, 92
        CHECK r18, 3
        CASE 5
        mov r19 = ar.bsp                // back in the caller: BSP restored
        ;;
        CHECK_EQ r19, r34


        // ---- part 3: cover, flushrs, the backing store image ----
        CASE 6
        alloc r2 = ar.pfs, 0, 90, 0, 0   // the frame to cover: r32..r121
        ;;
        mov r32 = 0x5000
        mov r33 = 0x5001
        mov r34 = 0x5002
        mov r35 = 0x5003
        mov r36 = r20                   // NaT (i = 4, i % 9 == 4)
        mov r37 = 0x5005
        mov r38 = 0x5006
        mov r39 = 0x5007
        mov r40 = 0x5008
        mov r41 = 0x5009
        mov r42 = 0x500a
        mov r43 = 0x500b
        ;;
        mov r44 = 0x500c
        mov r45 = r20                   // NaT (i = 13, i % 9 == 4)
        mov r46 = 0x500e
        mov r47 = 0x500f
        mov r48 = 0x5010
        mov r49 = 0x5011
        mov r50 = 0x5012
        mov r51 = 0x5013
        mov r52 = 0x5014
        mov r53 = 0x5015
        mov r54 = r20                   // NaT (i = 22, i % 9 == 4)
        mov r55 = 0x5017
        ;;
        mov r56 = 0x5018
        mov r57 = 0x5019
        mov r58 = 0x501a
        mov r59 = 0x501b
        mov r60 = 0x501c
        mov r61 = 0x501d
        mov r62 = 0x501e
        mov r63 = r20                   // NaT (i = 31, i % 9 == 4)
        mov r64 = 0x5020
        mov r65 = 0x5021
        mov r66 = 0x5022
        mov r67 = 0x5023
        ;;
        mov r68 = 0x5024
        mov r69 = 0x5025
        mov r70 = 0x5026
        mov r71 = 0x5027
        mov r72 = r20                   // NaT (i = 40, i % 9 == 4)
        mov r73 = 0x5029
        mov r74 = 0x502a
        mov r75 = 0x502b
        mov r76 = 0x502c
        mov r77 = 0x502d
        mov r78 = 0x502e
        mov r79 = 0x502f
        ;;
        mov r80 = 0x5030
        mov r81 = r20                   // NaT (i = 49, i % 9 == 4)
        mov r82 = 0x5032
        mov r83 = 0x5033
        mov r84 = 0x5034
        mov r85 = 0x5035
        mov r86 = 0x5036
        mov r87 = 0x5037
        mov r88 = 0x5038
        mov r89 = 0x5039
        mov r90 = r20                   // NaT (i = 58, i % 9 == 4)
        mov r91 = 0x503b
        ;;
        mov r92 = 0x503c
        mov r93 = 0x503d
        mov r94 = 0x503e
        mov r95 = 0x503f
        mov r96 = 0x5040
        mov r97 = 0x5041
        mov r98 = 0x5042
        mov r99 = r20                   // NaT (i = 67, i % 9 == 4)
        mov r100 = 0x5044
        mov r101 = 0x5045
        mov r102 = 0x5046
        mov r103 = 0x5047
        ;;
        mov r104 = 0x5048
        mov r105 = 0x5049
        mov r106 = 0x504a
        mov r107 = 0x504b
        mov r108 = r20                   // NaT (i = 76, i % 9 == 4)
        mov r109 = 0x504d
        mov r110 = 0x504e
        mov r111 = 0x504f
        mov r112 = 0x5050
        mov r113 = 0x5051
        mov r114 = 0x5052
        mov r115 = 0x5053
        ;;
        mov r116 = 0x5054
        mov r117 = r20                   // NaT (i = 85, i % 9 == 4)
        mov r118 = 0x5056
        mov r119 = 0x5057
        mov r120 = 0x5058
        mov r121 = 0x5059
        ;;
        mov r9 = ar.bsp                 // backing store address of r32
        ;;
        cover                           // cover ends its instruction group
        ;;
        flushrs                         // flushrs starts one
        ;;
        mov r10 = ar.bsp
        mov r11 = ar.bspstore
        ;;
        CHECK_EQ r11, r10               // everything dirty is in memory
        // BSP after cover = r9 + 8 * (90 + (r9{8:3} + 90) / 63)
        CASE 7
        extr.u r12 = r9, 3, 6
        mov r13 = 0
        ;;
        adds r12 = 90, r12
        ;;
.Lcount2:
        cmp.ltu p7, p0 = 62, r12
        ;;
(p7)    adds r12 = -63, r12
(p7)    adds r13 = 1, r13
(p7)    br.cond.sptk .Lcount2
        ;;
        adds r13 = 90, r13
        ;;
        shladd r14 = r13, 3, r9
        ;;
        CHECK_EQ r10, r14
        // AR.RNAT holds the NaT bits of the partial group below BSPSTORE.
        mov r15 = ar.rsc
        ;;
        mov ar.rsc = r0                 // enforced lazy mode for the AR.RNAT read
        ;;
        mov r16 = ar.rnat
        ;;
        mov ar.rsc = r15
        mov r3 = 0x1f8                  // address bits 8:3 all ones: a collection slot
        mov r4 = 0x5000
        // Walk the frame: r17 = address, r18 = i, r19 = i mod 9,
        // r21 = collections seen (at least one: 90 > 63).
        mov r17 = r9
        mov r18 = 0
        mov r19 = 0
        mov r21 = 0
        ;;
.Lwalk:
        and r22 = r3, r17
        ;;
        cmp.eq p6, p0 = r3, r22      // a NaT collection slot: skip it
        ;;
(p6)    adds r17 = 8, r17
(p6)    adds r21 = 1, r21
        ;;
        CASE 8                          // the register value in memory
        ld8 r23 = [r17]
        cmp.eq p8, p9 = 4, r19          // NaT local?
        ;;
(p9)    add r24 = r4, r18
(p8)    mov r24 = r23                   // a NaT's value is not checked
        ;;
        CHECK_EQ r23, r24
        CASE 9                          // its NaT bit: collection word or AR.RNAT
        or r25 = r3, r17                // the collection slot of its group
        extr.u r26 = r17, 3, 6          // its bit number
        ;;
        cmp.ltu p10, p11 = r25, r11     // written to memory (below BSPSTORE)?
        ;;
(p10)   ld8 r27 = [r25]
(p11)   mov r27 = r16
        ;;
        shr.u r27 = r27, r26
        mov r28 = 0
        ;;
        and r27 = 1, r27
(p8)    mov r28 = 1
        ;;
        CHECK_EQ r27, r28
        adds r17 = 8, r17
        adds r18 = 1, r18
        adds r19 = 1, r19
        ;;
        cmp.eq p6, p0 = 9, r19
        ;;
(p6)    mov r19 = 0
        cmp.ltu p7, p0 = 89, r18        // done after i = 89
        ;;
(p7)    br.cond.dpnt .Lwalked
        br.cond.sptk .Lwalk
        ;;
.Lwalked:
        CASE 10
        CHECK r18, 90
        cmp.ne p6, p0 = 0, r21          // at least one collection slot was crossed
        ;;
        CHECK_PR p6, 1
        CASE 11
        and r22 = r3, r17               // BSP never rests on a collection slot
        ;;
        cmp.eq p6, p0 = r3, r22
        ;;
(p6)    adds r17 = 8, r17
        ;;
        CHECK_EQ r17, r10               // the walk ended exactly at BSP
        br.sptk.many test_finish
        ;;
        .endp test_main

// r8 = AR.BSP and r9 = AR.PFS as this callee sees them.
        .proc bsp_probe
bsp_probe:
        mov r8 = ar.bsp
        mov r9 = ar.pfs
        ;;
        br.ret.sptk.many b0
        ;;
        .endp bsp_probe

// depth in in0; 20 data locals, local i = (depth << 16) + (i << 6) + 0x25;
// calls chain5(depth - 1) unless depth is 0.
        .proc chain20
chain20:
        alloc r33 = ar.pfs, 1, 22, 1, 0
        mov r34 = b0
        shl r16 = r32, 16               // the level's tag: depth << 16
        tbit.nz p6, p0 = r32, 0         // odd depth: some locals are NaT
        ;;
        adds r35 = 0x25, r16
        adds r36 = 0x65, r16
        adds r37 = 0xa5, r16
        adds r38 = 0xe5, r16
        adds r39 = 0x125, r16
        adds r40 = 0x165, r16
        ;;
        adds r41 = 0x1a5, r16
        adds r42 = 0x1e5, r16
        adds r43 = 0x225, r16
        adds r44 = 0x265, r16
        adds r45 = 0x2a5, r16
        adds r46 = 0x2e5, r16
        ;;
        adds r47 = 0x325, r16
        adds r48 = 0x365, r16
        adds r49 = 0x3a5, r16
        adds r50 = 0x3e5, r16
        adds r51 = 0x425, r16
        adds r52 = 0x465, r16
        ;;
        adds r53 = 0x4a5, r16
        adds r54 = 0x4e5, r16
        ;;
(p6)    mov r37 = r20                   // NaT at odd depths
(p6)    mov r42 = r20                   // NaT at odd depths
(p6)    mov r47 = r20                   // NaT at odd depths
(p6)    mov r52 = r20                   // NaT at odd depths
        mov r8 = 0
        cmp.eq p7, p0 = 0, r32
        ;;
(p7)    br.cond.dpnt .Lchain20_back
        adds r55 = -1, r32              // out0 = depth - 1
        ;;
        br.call.sptk.many b0 = chain5
        ;;
        add r8 = r8, r32                // depth + what the callee returned
.Lchain20_back:
        CASE 20
        shl r16 = r32, 16
        tbit.nz p6, p7 = r32, 0
        ;;
        adds r17 = 0x25, r16
        ;;
        CHECK_EQ r35, r17
        adds r17 = 0x65, r16
        ;;
        CHECK_EQ r36, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r37
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r37 is NaT exactly at odd depths
(p7)    adds r17 = 0xa5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r37 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r37, r17
        adds r17 = 0xe5, r16
        ;;
        CHECK_EQ r38, r17
        adds r17 = 0x125, r16
        ;;
        CHECK_EQ r39, r17
        adds r17 = 0x165, r16
        ;;
        CHECK_EQ r40, r17
        adds r17 = 0x1a5, r16
        ;;
        CHECK_EQ r41, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r42
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r42 is NaT exactly at odd depths
(p7)    adds r17 = 0x1e5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r42 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r42, r17
        adds r17 = 0x225, r16
        ;;
        CHECK_EQ r43, r17
        adds r17 = 0x265, r16
        ;;
        CHECK_EQ r44, r17
        adds r17 = 0x2a5, r16
        ;;
        CHECK_EQ r45, r17
        adds r17 = 0x2e5, r16
        ;;
        CHECK_EQ r46, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r47
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r47 is NaT exactly at odd depths
(p7)    adds r17 = 0x325, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r47 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r47, r17
        adds r17 = 0x365, r16
        ;;
        CHECK_EQ r48, r17
        adds r17 = 0x3a5, r16
        ;;
        CHECK_EQ r49, r17
        adds r17 = 0x3e5, r16
        ;;
        CHECK_EQ r50, r17
        adds r17 = 0x425, r16
        ;;
        CHECK_EQ r51, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r52
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r52 is NaT exactly at odd depths
(p7)    adds r17 = 0x465, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r52 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r52, r17
        adds r17 = 0x4a5, r16
        ;;
        CHECK_EQ r53, r17
        adds r17 = 0x4e5, r16
        ;;
        CHECK_EQ r54, r17
        mov b0 = r34
        mov ar.pfs = r33
        ;;
        br.ret.sptk.many b0
        ;;
        .endp chain20

// depth in in0; 5 data locals, local i = (depth << 16) + (i << 6) + 0x25;
// calls chain80(depth - 1) unless depth is 0.
        .proc chain5
chain5:
        alloc r33 = ar.pfs, 1, 7, 1, 0
        mov r34 = b0
        shl r16 = r32, 16               // the level's tag: depth << 16
        tbit.nz p6, p0 = r32, 0         // odd depth: some locals are NaT
        ;;
        adds r35 = 0x25, r16
        adds r36 = 0x65, r16
        adds r37 = 0xa5, r16
        adds r38 = 0xe5, r16
        adds r39 = 0x125, r16
        ;;
(p6)    mov r37 = r20                   // NaT at odd depths
        mov r8 = 0
        cmp.eq p7, p0 = 0, r32
        ;;
(p7)    br.cond.dpnt .Lchain5_back
        adds r40 = -1, r32              // out0 = depth - 1
        ;;
        br.call.sptk.many b0 = chain80
        ;;
        add r8 = r8, r32                // depth + what the callee returned
.Lchain5_back:
        CASE 21
        shl r16 = r32, 16
        tbit.nz p6, p7 = r32, 0
        ;;
        adds r17 = 0x25, r16
        ;;
        CHECK_EQ r35, r17
        adds r17 = 0x65, r16
        ;;
        CHECK_EQ r36, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r37
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r37 is NaT exactly at odd depths
(p7)    adds r17 = 0xa5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r37 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r37, r17
        adds r17 = 0xe5, r16
        ;;
        CHECK_EQ r38, r17
        adds r17 = 0x125, r16
        ;;
        CHECK_EQ r39, r17
        mov b0 = r34
        mov ar.pfs = r33
        ;;
        br.ret.sptk.many b0
        ;;
        .endp chain5

// depth in in0; 80 data locals, local i = (depth << 16) + (i << 6) + 0x25;
// calls chain20(depth - 1) unless depth is 0.
        .proc chain80
chain80:
        alloc r33 = ar.pfs, 1, 82, 1, 0
        mov r34 = b0
        shl r16 = r32, 16               // the level's tag: depth << 16
        tbit.nz p6, p0 = r32, 0         // odd depth: some locals are NaT
        ;;
        adds r35 = 0x25, r16
        adds r36 = 0x65, r16
        adds r37 = 0xa5, r16
        adds r38 = 0xe5, r16
        adds r39 = 0x125, r16
        adds r40 = 0x165, r16
        ;;
        adds r41 = 0x1a5, r16
        adds r42 = 0x1e5, r16
        adds r43 = 0x225, r16
        adds r44 = 0x265, r16
        adds r45 = 0x2a5, r16
        adds r46 = 0x2e5, r16
        ;;
        adds r47 = 0x325, r16
        adds r48 = 0x365, r16
        adds r49 = 0x3a5, r16
        adds r50 = 0x3e5, r16
        adds r51 = 0x425, r16
        adds r52 = 0x465, r16
        ;;
        adds r53 = 0x4a5, r16
        adds r54 = 0x4e5, r16
        adds r55 = 0x525, r16
        adds r56 = 0x565, r16
        adds r57 = 0x5a5, r16
        adds r58 = 0x5e5, r16
        ;;
        adds r59 = 0x625, r16
        adds r60 = 0x665, r16
        adds r61 = 0x6a5, r16
        adds r62 = 0x6e5, r16
        adds r63 = 0x725, r16
        adds r64 = 0x765, r16
        ;;
        adds r65 = 0x7a5, r16
        adds r66 = 0x7e5, r16
        adds r67 = 0x825, r16
        adds r68 = 0x865, r16
        adds r69 = 0x8a5, r16
        adds r70 = 0x8e5, r16
        ;;
        adds r71 = 0x925, r16
        adds r72 = 0x965, r16
        adds r73 = 0x9a5, r16
        adds r74 = 0x9e5, r16
        adds r75 = 0xa25, r16
        adds r76 = 0xa65, r16
        ;;
        adds r77 = 0xaa5, r16
        adds r78 = 0xae5, r16
        adds r79 = 0xb25, r16
        adds r80 = 0xb65, r16
        adds r81 = 0xba5, r16
        adds r82 = 0xbe5, r16
        ;;
        adds r83 = 0xc25, r16
        adds r84 = 0xc65, r16
        adds r85 = 0xca5, r16
        adds r86 = 0xce5, r16
        adds r87 = 0xd25, r16
        adds r88 = 0xd65, r16
        ;;
        adds r89 = 0xda5, r16
        adds r90 = 0xde5, r16
        adds r91 = 0xe25, r16
        adds r92 = 0xe65, r16
        adds r93 = 0xea5, r16
        adds r94 = 0xee5, r16
        ;;
        adds r95 = 0xf25, r16
        adds r96 = 0xf65, r16
        adds r97 = 0xfa5, r16
        adds r98 = 0xfe5, r16
        adds r99 = 0x1025, r16
        adds r100 = 0x1065, r16
        ;;
        adds r101 = 0x10a5, r16
        adds r102 = 0x10e5, r16
        adds r103 = 0x1125, r16
        adds r104 = 0x1165, r16
        adds r105 = 0x11a5, r16
        adds r106 = 0x11e5, r16
        ;;
        adds r107 = 0x1225, r16
        adds r108 = 0x1265, r16
        adds r109 = 0x12a5, r16
        adds r110 = 0x12e5, r16
        adds r111 = 0x1325, r16
        adds r112 = 0x1365, r16
        ;;
        adds r113 = 0x13a5, r16
        adds r114 = 0x13e5, r16
        ;;
(p6)    mov r37 = r20                   // NaT at odd depths
(p6)    mov r42 = r20                   // NaT at odd depths
(p6)    mov r47 = r20                   // NaT at odd depths
(p6)    mov r52 = r20                   // NaT at odd depths
(p6)    mov r57 = r20                   // NaT at odd depths
(p6)    mov r62 = r20                   // NaT at odd depths
(p6)    mov r67 = r20                   // NaT at odd depths
(p6)    mov r72 = r20                   // NaT at odd depths
(p6)    mov r77 = r20                   // NaT at odd depths
(p6)    mov r82 = r20                   // NaT at odd depths
(p6)    mov r87 = r20                   // NaT at odd depths
(p6)    mov r92 = r20                   // NaT at odd depths
(p6)    mov r97 = r20                   // NaT at odd depths
(p6)    mov r102 = r20                   // NaT at odd depths
(p6)    mov r107 = r20                   // NaT at odd depths
(p6)    mov r112 = r20                   // NaT at odd depths
        mov r8 = 0
        cmp.eq p7, p0 = 0, r32
        ;;
(p7)    br.cond.dpnt .Lchain80_back
        adds r115 = -1, r32              // out0 = depth - 1
        ;;
        br.call.sptk.many b0 = chain20
        ;;
        add r8 = r8, r32                // depth + what the callee returned
.Lchain80_back:
        CASE 22
        shl r16 = r32, 16
        tbit.nz p6, p7 = r32, 0
        ;;
        adds r17 = 0x25, r16
        ;;
        CHECK_EQ r35, r17
        adds r17 = 0x65, r16
        ;;
        CHECK_EQ r36, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r37
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r37 is NaT exactly at odd depths
(p7)    adds r17 = 0xa5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r37 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r37, r17
        adds r17 = 0xe5, r16
        ;;
        CHECK_EQ r38, r17
        adds r17 = 0x125, r16
        ;;
        CHECK_EQ r39, r17
        adds r17 = 0x165, r16
        ;;
        CHECK_EQ r40, r17
        adds r17 = 0x1a5, r16
        ;;
        CHECK_EQ r41, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r42
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r42 is NaT exactly at odd depths
(p7)    adds r17 = 0x1e5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r42 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r42, r17
        adds r17 = 0x225, r16
        ;;
        CHECK_EQ r43, r17
        adds r17 = 0x265, r16
        ;;
        CHECK_EQ r44, r17
        adds r17 = 0x2a5, r16
        ;;
        CHECK_EQ r45, r17
        adds r17 = 0x2e5, r16
        ;;
        CHECK_EQ r46, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r47
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r47 is NaT exactly at odd depths
(p7)    adds r17 = 0x325, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r47 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r47, r17
        adds r17 = 0x365, r16
        ;;
        CHECK_EQ r48, r17
        adds r17 = 0x3a5, r16
        ;;
        CHECK_EQ r49, r17
        adds r17 = 0x3e5, r16
        ;;
        CHECK_EQ r50, r17
        adds r17 = 0x425, r16
        ;;
        CHECK_EQ r51, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r52
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r52 is NaT exactly at odd depths
(p7)    adds r17 = 0x465, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r52 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r52, r17
        adds r17 = 0x4a5, r16
        ;;
        CHECK_EQ r53, r17
        adds r17 = 0x4e5, r16
        ;;
        CHECK_EQ r54, r17
        adds r17 = 0x525, r16
        ;;
        CHECK_EQ r55, r17
        adds r17 = 0x565, r16
        ;;
        CHECK_EQ r56, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r57
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r57 is NaT exactly at odd depths
(p7)    adds r17 = 0x5a5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r57 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r57, r17
        adds r17 = 0x5e5, r16
        ;;
        CHECK_EQ r58, r17
        adds r17 = 0x625, r16
        ;;
        CHECK_EQ r59, r17
        adds r17 = 0x665, r16
        ;;
        CHECK_EQ r60, r17
        adds r17 = 0x6a5, r16
        ;;
        CHECK_EQ r61, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r62
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r62 is NaT exactly at odd depths
(p7)    adds r17 = 0x6e5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r62 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r62, r17
        adds r17 = 0x725, r16
        ;;
        CHECK_EQ r63, r17
        adds r17 = 0x765, r16
        ;;
        CHECK_EQ r64, r17
        adds r17 = 0x7a5, r16
        ;;
        CHECK_EQ r65, r17
        adds r17 = 0x7e5, r16
        ;;
        CHECK_EQ r66, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r67
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r67 is NaT exactly at odd depths
(p7)    adds r17 = 0x825, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r67 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r67, r17
        adds r17 = 0x865, r16
        ;;
        CHECK_EQ r68, r17
        adds r17 = 0x8a5, r16
        ;;
        CHECK_EQ r69, r17
        adds r17 = 0x8e5, r16
        ;;
        CHECK_EQ r70, r17
        adds r17 = 0x925, r16
        ;;
        CHECK_EQ r71, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r72
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r72 is NaT exactly at odd depths
(p7)    adds r17 = 0x965, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r72 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r72, r17
        adds r17 = 0x9a5, r16
        ;;
        CHECK_EQ r73, r17
        adds r17 = 0x9e5, r16
        ;;
        CHECK_EQ r74, r17
        adds r17 = 0xa25, r16
        ;;
        CHECK_EQ r75, r17
        adds r17 = 0xa65, r16
        ;;
        CHECK_EQ r76, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r77
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r77 is NaT exactly at odd depths
(p7)    adds r17 = 0xaa5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r77 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r77, r17
        adds r17 = 0xae5, r16
        ;;
        CHECK_EQ r78, r17
        adds r17 = 0xb25, r16
        ;;
        CHECK_EQ r79, r17
        adds r17 = 0xb65, r16
        ;;
        CHECK_EQ r80, r17
        adds r17 = 0xba5, r16
        ;;
        CHECK_EQ r81, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r82
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r82 is NaT exactly at odd depths
(p7)    adds r17 = 0xbe5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r82 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r82, r17
        adds r17 = 0xc25, r16
        ;;
        CHECK_EQ r83, r17
        adds r17 = 0xc65, r16
        ;;
        CHECK_EQ r84, r17
        adds r17 = 0xca5, r16
        ;;
        CHECK_EQ r85, r17
        adds r17 = 0xce5, r16
        ;;
        CHECK_EQ r86, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r87
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r87 is NaT exactly at odd depths
(p7)    adds r17 = 0xd25, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r87 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r87, r17
        adds r17 = 0xd65, r16
        ;;
        CHECK_EQ r88, r17
        adds r17 = 0xda5, r16
        ;;
        CHECK_EQ r89, r17
        adds r17 = 0xde5, r16
        ;;
        CHECK_EQ r90, r17
        adds r17 = 0xe25, r16
        ;;
        CHECK_EQ r91, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r92
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r92 is NaT exactly at odd depths
(p7)    adds r17 = 0xe65, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r92 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r92, r17
        adds r17 = 0xea5, r16
        ;;
        CHECK_EQ r93, r17
        adds r17 = 0xee5, r16
        ;;
        CHECK_EQ r94, r17
        adds r17 = 0xf25, r16
        ;;
        CHECK_EQ r95, r17
        adds r17 = 0xf65, r16
        ;;
        CHECK_EQ r96, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r97
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r97 is NaT exactly at odd depths
(p7)    adds r17 = 0xfa5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r97 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r97, r17
        adds r17 = 0xfe5, r16
        ;;
        CHECK_EQ r98, r17
        adds r17 = 0x1025, r16
        ;;
        CHECK_EQ r99, r17
        adds r17 = 0x1065, r16
        ;;
        CHECK_EQ r100, r17
        adds r17 = 0x10a5, r16
        ;;
        CHECK_EQ r101, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r102
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r102 is NaT exactly at odd depths
(p7)    adds r17 = 0x10e5, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r102 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r102, r17
        adds r17 = 0x1125, r16
        ;;
        CHECK_EQ r103, r17
        adds r17 = 0x1165, r16
        ;;
        CHECK_EQ r104, r17
        adds r17 = 0x11a5, r16
        ;;
        CHECK_EQ r105, r17
        adds r17 = 0x11e5, r16
        ;;
        CHECK_EQ r106, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r107
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r107 is NaT exactly at odd depths
(p7)    adds r17 = 0x1225, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r107 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r107, r17
        adds r17 = 0x1265, r16
        ;;
        CHECK_EQ r108, r17
        adds r17 = 0x12a5, r16
        ;;
        CHECK_EQ r109, r17
        adds r17 = 0x12e5, r16
        ;;
        CHECK_EQ r110, r17
        adds r17 = 0x1325, r16
        ;;
        CHECK_EQ r111, r17
        mov r17 = 0
        ;;
(p6)    mov r17 = 1
        tnat.nz p8, p9 = r112
        mov r18 = 0
        ;;
(p8)    mov r18 = 1
        ;;
        CHECK_EQ r18, r17               // r112 is NaT exactly at odd depths
(p7)    adds r17 = 0x1365, r16
        ;;
(p6)    mov r17 = r0
        ;;
(p6)    mov r112 = r0                    // (its value is not checked when NaT)
        ;;
        CHECK_EQ r112, r17
        adds r17 = 0x13a5, r16
        ;;
        CHECK_EQ r113, r17
        adds r17 = 0x13e5, r16
        ;;
        CHECK_EQ r114, r17
        mov b0 = r34
        mov ar.pfs = r33
        ;;
        br.ret.sptk.many b0
        ;;
        .endp chain80

