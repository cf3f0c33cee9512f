// ALU instructions: add/sub/logic, shladd, adds/addl/movl, addp4/shladdp4,
// shifts (variable and immediate), shrp, extr, dep, zxt/sxt, czx, popcnt,
// mux1/mux2 and the parallel (multimedia) arithmetic. Each case computes into
// r8 from the inputs set up below; expectations follow the operation pages of
// the Itanium SDM rev 2.3 vol. 3 and are worked out in the comment of each.
#define TEST_NAME "alu"
#include "harness.inc"

        .text
        .global test_main
        .proc test_main
test_main:
        alloc r32 = ar.pfs, 0, 4, 0, 0
        movl r2 = 0x0123456789abcdef
        movl r3 = 0xf0e1d2c3b4a59687
        movl r4 = 0x8000000000000000
        mov r5 = -1
        mov r6 = 7
        movl r7 = 0x00ff00ff0000ff00
        movl r9 = 0x40000000fffffff8
        movl r10 = 0x7fffffff
        mov r11 = 64
        mov r12 = -1
        movl r13 = 0x1122334400667788
        movl r14 = 0x7f80ff0140c0fe02
        movl r15 = 0x01807f0240c00203
        movl r16 = 0x8000fff07fff0001
        movl r17 = 0x80017ff0ffff0002
        ;;
        CASE 1
        add r8 = r2, r3
        ;;
        CHECK r8, 0xf205182b3e516476   // r2 + r3 mod 2^64
        CASE 2
        add r8 = r2, r3, 1
        ;;
        CHECK r8, 0xf205182b3e516477   // add with the +1 form: r2 + r3 + 1
        CASE 3
        add r8 = r5, r4
        ;;
        CHECK r8, 0x7fffffffffffffff   // -1 + 2^63 wraps to 0x7fff...
        CASE 4
        sub r8 = r2, r3
        ;;
        CHECK r8, 0x104172a3d5063768   // r2 - r3 mod 2^64
        CASE 5
        sub r8 = r2, r3, 1
        ;;
        CHECK r8, 0x104172a3d5063767   // sub with the -1 form: r2 - r3 - 1
        CASE 6
        sub r8 = 5, r2
        ;;
        CHECK r8, 0xfedcba9876543216   // imm8 - r3 form: 5 - r2
        CASE 7
        sub r8 = -128, r6
        ;;
        CHECK r8, 0xffffffffffffff79   // imm8 = -128 (sign-extended) - 7
        CASE 8
        and r8 = r2, r3
        ;;
        CHECK r8, 0x0021404380a18487   // bitwise and
        CASE 9
        and r8 = -16, r2
        ;;
        CHECK r8, 0x0123456789abcde0   // imm8 sign-extended to 0xff..f0
        CASE 10
        or r8 = r2, r3
        ;;
        CHECK r8, 0xf1e3d7e7bdafdfef   // bitwise or
        CASE 11
        or r8 = 0x55, r0
        ;;
        CHECK r8, 0x0000000000000055   // imm8 0x55 | 0 (0x55 < 0x80: no sign extension)
        CASE 12
        xor r8 = r2, r3
        ;;
        CHECK r8, 0xf1c297a43d0e5b68   // bitwise xor
        CASE 13
        xor r8 = -1, r2
        ;;
        CHECK r8, 0xfedcba9876543210   // xor with imm8 -1 = not
        CASE 14
        andcm r8 = r2, r3
        ;;
        CHECK r8, 0x01020524090a4968   // r2 & ~r3
        CASE 15
        andcm r8 = 0x7f, r2
        ;;
        CHECK r8, 0x0000000000000010   // imm8 & ~r3: 0x7f & ~0x..ef = 0x10
        CASE 16
        shladd r8 = r2, 1, r6
        ;;
        CHECK r8, 0x02468acf13579be5   // (r2 << 1) + 7
        CASE 17
        shladd r8 = r2, 2, r6
        ;;
        CHECK r8, 0x048d159e26af37c3   // (r2 << 2) + 7
        CASE 18
        shladd r8 = r2, 3, r6
        ;;
        CHECK r8, 0x091a2b3c4d5e6f7f   // (r2 << 3) + 7
        CASE 19
        shladd r8 = r2, 4, r6
        ;;
        CHECK r8, 0x123456789abcdef7   // (r2 << 4) + 7
        CASE 20
        shladd r8 = r4, 1, r6
        ;;
        CHECK r8, 0x0000000000000007   // bit 63 shifted out: (2^63 << 1) + 7 = 7
        CASE 21
        adds r8 = -8192, r2
        ;;
        CHECK r8, 0x0123456789abadef   // imm14 minimum -8192
        CASE 22
        adds r8 = 8191, r2
        ;;
        CHECK r8, 0x0123456789abedee   // imm14 maximum 8191
        CASE 23
        addl r8 = -2097152, r2
        ;;
        CHECK r8, 0x01234567898bcdef   // imm22 minimum -2^21 (r3 must be r0-r3)
        CASE 24
        addl r8 = 2097151, r3
        ;;
        CHECK r8, 0xf0e1d2c3b4c59686   // imm22 maximum 2^21 - 1
        CASE 25
        mov r8 = -1
        ;;
        CHECK r8, 0xffffffffffffffff   // mov imm22 = addl r8 = -1, r0
        CASE 26
        movl r8 = 0x8765432112345678
        ;;
        CHECK r8, 0x8765432112345678   // movl: the 64-bit immediate of the L+X slots
        CASE 27
        addp4 r8 = r2, r3
        ;;
        CHECK r8, 0x400000003e516476   // (r2+r3){31:0} = 0x3e516476; r3{31:30} = 0b10 (0xb4..) -> bit 62
        CASE 28
        addp4 r8 = r3, r2
        ;;
        CHECK r8, 0x400000003e516476   // same sum, r3 is now 0x...89abcdef: {31:30} = 0b10 -> bit 62
        CASE 29
        addp4 r8 = 0x10, r9
        ;;
        CHECK r8, 0x6000000000000008   // r9 = 0x40000000fffffff8: (0x10 + 0xfffffff8){31:0} = 8, r9{31:30} = 0b11 -> bits 62 and 61
        CASE 30
        shladdp4 r8 = r6, 2, r10
        ;;
        CHECK r8, 0x200000008000001b   // r10 = 0x7fffffff: (28 + 0x7fffffff){31:0} = 0x8000001b, r10{31:30} = 0b01 -> bit 61
        CASE 31
        shl r8 = r2, r6
        ;;
        CHECK r8, 0x91a2b3c4d5e6f780   // r2 << 7
        CASE 32
        shl r8 = r2, r11
        ;;
        CHECK r8, 0x0000000000000000   // r11 = 64: counts > 63 give 0
        CASE 33
        shr r8 = r4, r6
        ;;
        CHECK r8, 0xff00000000000000   // arithmetic: 0x8000.. >> 7 = 0xff00..
        CASE 34
        shr r8 = r4, r11
        ;;
        CHECK r8, 0xffffffffffffffff   // count 64 (> 63): the sign fills everything
        CASE 35
        shr r8 = r2, r12
        ;;
        CHECK r8, 0x0000000000000000   // r12 = 0xff..ff (huge count): sign of a positive value = 0
        CASE 36
        shr.u r8 = r4, r6
        ;;
        CHECK r8, 0x0100000000000000   // logical: 0x8000.. >> 7 = 0x0100..
        CASE 37
        shr.u r8 = r5, r11
        ;;
        CHECK r8, 0x0000000000000000   // count 64: 0
        CASE 38
        shl r8 = r2, 5
        ;;
        CHECK r8, 0x2468acf13579bde0   // shl imm = dep.z r8 = r2, 5, 59
        CASE 39
        shr r8 = r4, 60
        ;;
        CHECK r8, 0xfffffffffffffff8   // shr imm = extr r8 = r4, 60, 4: -8
        CASE 40
        shr.u r8 = r3, 60
        ;;
        CHECK r8, 0x000000000000000f   // shr.u imm = extr.u: 0xf
        CASE 41
        shrp r8 = r2, r3, 8
        ;;
        CHECK r8, 0xeff0e1d2c3b4a596   // low byte of r2 (0xef) enters at the top
        CASE 42
        shrp r8 = r2, r3, 1
        ;;
        CHECK r8, 0xf870e961da52cb43   // r2 bit 0 becomes bit 63
        CASE 43
        shrp r8 = r2, r3, 63
        ;;
        CHECK r8, 0x02468acf13579bdf   // r3 bit 63 becomes bit 0, r2 bits 62:0 become 63:1
        CASE 44
        shrp r8 = r2, r2, 16
        ;;
        CHECK r8, 0xcdef0123456789ab   // same register twice = rotate right by 16
        CASE 45
        extr r8 = r2, 4, 8
        ;;
        CHECK r8, 0xffffffffffffffde   // bits 11:4 of 0x..cdef = 0xde, sign bit set -> 0xff..de
        CASE 46
        extr.u r8 = r2, 4, 8
        ;;
        CHECK r8, 0x00000000000000de   // bits 11:4 = 0xde, zero-extended
        CASE 47
        extr r8 = r2, 32, 32
        ;;
        CHECK r8, 0x0000000001234567   // bits 63:32 = 0x01234567, positive
        CASE 48
        extr r8 = r3, 0, 1
        ;;
        CHECK r8, 0xffffffffffffffff   // bit 0 of 0x..87 = 1 -> sign-extends to -1
        CASE 49
        extr.u r8 = r3, 60, 4
        ;;
        CHECK r8, 0x000000000000000f   // top nibble 0xf
        CASE 50
        extr r8 = r3, 1, 63
        ;;
        CHECK r8, 0xf870e961da52cb43   // pos + len = 64: arithmetic shift right by 1
        CASE 51
        extr.u r8 = r5, 0, 64
        ;;
        CHECK r8, 0xffffffffffffffff   // whole register
        CASE 52
        dep r8 = r2, r3, 8, 16
        ;;
        CHECK r8, 0xf0e1d2c3b4cdef87   // r2{15:0} = 0xcdef into r3{23:8}
        CASE 53
        dep r8 = r5, r0, 60, 4
        ;;
        CHECK r8, 0xf000000000000000   // all ones into bits 63:60 of 0
        CASE 54
        dep r8 = r0, r3, 63, 1
        ;;
        CHECK r8, 0x70e1d2c3b4a59687   // 0 into bit 63 of 0xf0e1..: 0x70e1..
        CASE 55
        dep r8 = r2, r0, 63, 1
        ;;
        CHECK r8, 0x8000000000000000   // r2 bit 0 (1) into bit 63 of 0
        CASE 56
        dep r8 = 0, r5, 4, 8
        ;;
        CHECK r8, 0xfffffffffffff00f   // merge form, imm1 = 0: clears bits 11:4
        CASE 57
        dep r8 = -1, r0, 20, 12
        ;;
        CHECK r8, 0x00000000fff00000   // merge form, imm1 = -1: sets bits 31:20
        CASE 58
        dep.z r8 = r2, 16, 8
        ;;
        CHECK r8, 0x0000000000ef0000   // r2{7:0} = 0xef at bits 23:16, rest 0
        CASE 59
        dep.z r8 = r2, 0, 64
        ;;
        CHECK r8, 0x0123456789abcdef   // len 64 copies
        CASE 60
        dep.z r8 = -3, 8, 6
        ;;
        CHECK r8, 0x0000000000003d00   // imm8 -3 = 0b..111101, 6 bits 0x3d at 13:8
        CASE 61
        zxt1 r8 = r3
        ;;
        CHECK r8, 0x0000000000000087   // low byte
        CASE 62
        zxt2 r8 = r3
        ;;
        CHECK r8, 0x0000000000009687   // low 16 bits
        CASE 63
        zxt4 r8 = r3
        ;;
        CHECK r8, 0x00000000b4a59687   // low 32 bits
        CASE 64
        sxt1 r8 = r3
        ;;
        CHECK r8, 0xffffffffffffff87   // 0x87 negative -> 0xff..87
        CASE 65
        sxt2 r8 = r3
        ;;
        CHECK r8, 0xffffffffffff9687   // 0x9687 negative
        CASE 66
        sxt4 r8 = r3
        ;;
        CHECK r8, 0xffffffffb4a59687   // 0xb4a59687 negative
        CASE 67
        sxt1 r8 = r2
        ;;
        CHECK r8, 0xffffffffffffffef   // 0xef negative
        CASE 68
        sxt4 r8 = r2
        ;;
        CHECK r8, 0xffffffff89abcdef   // 0x89abcdef negative
        CASE 69
        sxt2 r8 = r6
        ;;
        CHECK r8, 0x0000000000000007   // positive stays
        CASE 70
        czx1.l r8 = r7
        ;;
        CHECK r8, 0x0000000000000000   // r7 = 0x00ff00ff0000ff00: byte 7 (leftmost) is zero -> 0
        CASE 71
        czx1.r r8 = r7
        ;;
        CHECK r8, 0x0000000000000000   // rightmost byte is zero -> 0
        CASE 72
        czx1.r r8 = r2
        ;;
        CHECK r8, 0x0000000000000008   // no zero byte -> 8
        CASE 73
        czx1.l r8 = r13
        ;;
        CHECK r8, 0x0000000000000004   // r13 = 0x1122334400667788: bytes 11 22 33 44 00: index 4 from the left
        CASE 74
        czx1.r r8 = r13
        ;;
        CHECK r8, 0x0000000000000003   // byte 3 from the right (bits 31:24)
        CASE 75
        czx2.l r8 = r7
        ;;
        CHECK r8, 0x0000000000000002   // halfwords 00ff 00ff 0000 ff00: the third from the left -> 2
        CASE 76
        czx2.r r8 = r7
        ;;
        CHECK r8, 0x0000000000000001   // from the right: ff00 (no), 0000 -> 1
        CASE 77
        czx2.l r8 = r2
        ;;
        CHECK r8, 0x0000000000000004   // no zero halfword -> 4
        CASE 78
        popcnt r8 = r2
        ;;
        CHECK r8, 0x0000000000000020   // 0x0123456789abcdef has 32 one bits
        CASE 79
        popcnt r8 = r5
        ;;
        CHECK r8, 0x0000000000000040   // all ones
        CASE 80
        popcnt r8 = r0
        ;;
        CHECK r8, 0x0000000000000000   // zero
        CASE 81
        popcnt r8 = r3
        ;;
        CHECK r8, 0x0000000000000020   // 0xf0e1d2c3b4a59687
        CASE 82
        mux1 r8 = r2, @rev
        ;;
        CHECK r8, 0xefcdab8967452301   // bytes reversed
        CASE 83
        mux1 r8 = r2, @mix
        ;;
        CHECK r8, 0x018945cd23ab67ef   // bytes 7 3 5 1 6 2 4 0 (high to low)
        CASE 84
        mux1 r8 = r2, @shuf
        ;;
        CHECK r8, 0x018923ab45cd67ef   // bytes 7 3 6 2 5 1 4 0
        CASE 85
        mux1 r8 = r2, @alt
        ;;
        CHECK r8, 0x014589cd2367abef   // bytes 7 5 3 1 6 4 2 0
        CASE 86
        mux1 r8 = r2, @brcst
        ;;
        CHECK r8, 0xefefefefefefefef   // byte 0 (0xef) everywhere
        CASE 87
        mux2 r8 = r2, 0x1b
        ;;
        CHECK r8, 0xcdef89ab45670123   // 0b00011011: halfword i takes source halfword 3-i (reverse)
        CASE 88
        mux2 r8 = r2, 0x00
        ;;
        CHECK r8, 0xcdefcdefcdefcdef   // halfword 0 (0xcdef) broadcast
        CASE 89
        mux2 r8 = r2, 0xe4
        ;;
        CHECK r8, 0x0123456789abcdef   // 0b11100100 is the identity
        CASE 90
        mux2 r8 = r2, 0x4e
        ;;
        CHECK r8, 0x89abcdef01234567   // 0b01001110: swap the 32-bit halves
        CASE 91
        mux2 r8 = r2, 0xd8
        ;;
        CHECK r8, 0x012389ab4567cdef   // 0b11011000: halfwords 3 1 2 0
        CASE 92
        padd1 r8 = r14, r15
        ;;
        CHECK r8, 0x80007e0380800005   // bytes mod 256: 7f+01=80 80+80=00 ff+7f=7e 01+02=03 40+40=80 c0+c0=80 fe+02=00 02+03=05
        CASE 93
        padd1.uuu r8 = r14, r15
        ;;
        CHECK r8, 0x80ffff0380ffff05   // unsigned saturation: 80 ff(0x100) ff(0x17e) 03 80 ff(0x180) ff(0x100) 05
        CASE 94
        padd1.sss r8 = r14, r15
        ;;
        CHECK r8, 0x7f807e037f800005   // signed saturation: 127+1=7f, -128-128=80, -1+127=7e, 1+2=3, 64+64=7f, -64-64=80, -2+2=0, 2+3=5
        CASE 95
        padd1.uus r8 = r14, r15
        ;;
        CHECK r8, 0x8000ff038080ff05   // r2 unsigned + r3 signed, unsigned saturation: 7f+1=80, 80+(-128)=0, ff+7f=ff, 1+2=3, 40+40=80, c0+(-64)=80, fe+2=ff, 2+3=5
        CASE 96
        padd2.sss r8 = r16, r17
        ;;
        CHECK r8, 0x80007fe07ffe0003   // halfwords: 8000+8001 -> 8000 (sat), fff0+7ff0=7fe0, 7fff+ffff=7ffe, 0001+0002=0003
        CASE 97
        psub2.sss r8 = r16, r17
        ;;
        CHECK r8, 0xffff80007fffffff   // -32768-(-32767)=ffff, -16-32752=-32768=8000, 32767-(-1) saturates to 7fff, 1-2=ffff
        CASE 98
        psub1.uuu r8 = r14, r15
        ;;
        CHECK r8, 0x7e0080000000fc00   // unsigned, floor 0: 7e 00 80 00 00 00 fc 00
        CASE 99
        psub2 r8 = r16, r17
        ;;
        CHECK r8, 0xffff80008000ffff   // modulo 2^16 per halfword
        CASE 100
        padd4 r8 = r16, r17
        ;;
        CHECK r8, 0x00027fe07ffe0003   // 32-bit halves: 8000fff0+80017ff0 = 00027fe0 (carry dropped), 7fff0001+ffff0002 = 7ffe0003
        CASE 101
        psub4 r8 = r17, r16
        ;;
        CHECK r8, 0x0000800080000001   // 80017ff0-8000fff0 = 00008000, ffff0002-7fff0001 = 80000001
        CASE 102
        pcmp1.eq r8 = r14, r15
        ;;
        CHECK r8, 0x00ff0000ffff0000   // equal bytes: 80 (byte 6), 40 (byte 3), c0 (byte 2)
        CASE 103
        pcmp1.gt r8 = r14, r15
        ;;
        CHECK r8, 0xff00000000000000   // signed bytes r14 > r15
        CASE 104
        pcmp2.gt r8 = r16, r17
        ;;
        CHECK r8, 0x00000000ffff0000   // signed halfwords: 8000>8001 no, fff0>7ff0 no, 7fff>ffff yes, 1>2 no
        CASE 105
        pcmp4.eq r8 = r16, r16
        ;;
        CHECK r8, 0xffffffffffffffff   // equal to itself: all ones
        CASE 106
        pmax1.u r8 = r14, r15
        ;;
        CHECK r8, 0x7f80ff0240c0fe03   // unsigned byte maxima
        CASE 107
        pmin1.u r8 = r14, r15
        ;;
        CHECK r8, 0x01807f0140c00202   // unsigned byte minima
        CASE 108
        pmax2 r8 = r16, r17
        ;;
        CHECK r8, 0x80017ff07fff0002   // signed halfword maxima
        CASE 109
        pmin2 r8 = r16, r17
        ;;
        CHECK r8, 0x8000fff0ffff0001   // signed halfword minima
        CASE 110
        pshl2 r8 = r16, 4
        ;;
        CHECK r8, 0x0000ff00fff00010   // each halfword << 4
        CASE 111
        pshr2 r8 = r16, 4
        ;;
        CHECK r8, 0xf800ffff07ff0000   // each halfword >> 4, arithmetic
        CASE 112
        pshr2.u r8 = r16, 4
        ;;
        CHECK r8, 0x08000fff07ff0000   // each halfword >> 4, logical
        CASE 113
        pshl4 r8 = r16, r6
        ;;
        CHECK r8, 0x007ff800ff800080   // each word << 7 (count in r6)
        CASE 114
        pshr4.u r8 = r16, r11
        ;;
        CHECK r8, 0x0000000000000000   // count 64 > 31: 0
        CASE 115
        pshr4 r8 = r16, r11
        ;;
        CHECK r8, 0xffffffff00000000   // count 64 > 31: sign fill per word: ffffffff 00000000
        CASE 116
        pmpy2.r r8 = r16, r17
        ;;
        CHECK r8, 0xfff8010000000002   // signed: hw0 1*2 = 2 -> bits 31:0; hw2 fff0*7ff0 = -16*32752 = -524032 -> bits 63:32
        CASE 117
        pmpy2.l r8 = r16, r17
        ;;
        CHECK r8, 0x3fff8000ffff8001   // signed: hw1 7fff*ffff = -32767; hw3 8000*8001 = -32768*-32767 = 1073709056
        CASE 118
        pmpyshr2.u r8 = r16, r17, 16
        ;;
        CHECK r8, 0x40007fe87ffe0000   // unsigned 16x16 products, high halves
        CASE 119
        pmpyshr2 r8 = r16, r17, 0
        ;;
        CHECK r8, 0x8000010080010002   // signed products, low halves
        CASE 120
        pmpyshr2 r8 = r16, r17, 15
        ;;
        CHECK r8, 0x7ffffff0ffff0000   // signed products >> 15, low 16 bits
        // The inputs are unchanged: no case wrote a source register.
        CASE 121
        CHECK r2, 0x0123456789abcdef
        CHECK r3, 0xf0e1d2c3b4a59687
        CHECK r4, 0x8000000000000000
        CHECK r5, -1
        CHECK r6, 7
        CHECK r16, 0x8000fff07fff0001
        // r0 always reads as zero.
        CASE 122
        CHECK r0, 0
        br.sptk.many test_finish
        ;;
        .endp test_main
