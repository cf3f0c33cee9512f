// Integer multiply through the FP unit (Itanium SDM rev 2.3 vol. 3 setf,
// getf, xma): setf.sig puts a GR into an FR significand (exponent 0x1003e),
// getf.sig reads the significand back. xma.l/.h/.hu f1 = f3, f4, f2 compute
// the 128-bit f3 * f4 + f2 and keep bits 63:0 (l) or 127:64 (h, hu); l and h
// treat the three significands as signed 64-bit integers, hu as unsigned.
// xmpy.* are xma.* with f2 = f0 (0). Expected values: exact 128-bit
// arithmetic, written out in hex beside each case.
#define TEST_NAME "xma"
#include "harness.inc"

        .text
        .global test_main
        .proc test_main
test_main:
        alloc r32 = ar.pfs, 0, 8, 0, 0
        ;;

        CASE 1                         // a = 0x0000000000000003, b = 0x0000000000000005, c = 0x0000000000000000
        // signed   a*b+c = 0x0000000000000000000000000000000f
        // unsigned a*b+c = 0x0000000000000000000000000000000f
        movl r2 = 0x0000000000000003
        movl r3 = 0x0000000000000005
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x000000000000000f   // bits 63:0
        CHECK r9, 0x0000000000000000   // signed, bits 127:64
        CHECK r10, 0x0000000000000000  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x000000000000000f
        CHECK r9, 0x0000000000000000
        CASE 2                         // a = 0xffffffffffffffff, b = 0xffffffffffffffff, c = 0x0000000000000000
        // signed   a*b+c = 0x00000000000000000000000000000001
        // unsigned a*b+c = 0xfffffffffffffffe0000000000000001
        movl r2 = 0xffffffffffffffff
        movl r3 = 0xffffffffffffffff
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x0000000000000001   // bits 63:0
        CHECK r9, 0x0000000000000000   // signed, bits 127:64
        CHECK r10, 0xfffffffffffffffe  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x0000000000000001
        CHECK r9, 0xfffffffffffffffe
        CASE 3                         // a = 0xffffffffffffffff, b = 0x0000000000000001, c = 0x0000000000000000
        // signed   a*b+c = -0x00000000000000000000000000000001
        // unsigned a*b+c = 0x0000000000000000ffffffffffffffff
        movl r2 = 0xffffffffffffffff
        movl r3 = 0x0000000000000001
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xffffffffffffffff   // bits 63:0
        CHECK r9, 0xffffffffffffffff   // signed, bits 127:64
        CHECK r10, 0x0000000000000000  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0xffffffffffffffff
        CHECK r9, 0x0000000000000000
        CASE 4                         // a = 0x8000000000000000, b = 0x0000000000000002, c = 0x0000000000000000
        // signed   a*b+c = -0x00000000000000010000000000000000
        // unsigned a*b+c = 0x00000000000000010000000000000000
        movl r2 = 0x8000000000000000
        movl r3 = 0x0000000000000002
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x0000000000000000   // bits 63:0
        CHECK r9, 0xffffffffffffffff   // signed, bits 127:64
        CHECK r10, 0x0000000000000001  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x0000000000000000
        CHECK r9, 0x0000000000000001
        CASE 5                         // a = 0x7fffffffffffffff, b = 0x7fffffffffffffff, c = 0x0000000000000000
        // signed   a*b+c = 0x3fffffffffffffff0000000000000001
        // unsigned a*b+c = 0x3fffffffffffffff0000000000000001
        movl r2 = 0x7fffffffffffffff
        movl r3 = 0x7fffffffffffffff
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x0000000000000001   // bits 63:0
        CHECK r9, 0x3fffffffffffffff   // signed, bits 127:64
        CHECK r10, 0x3fffffffffffffff  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x0000000000000001
        CHECK r9, 0x3fffffffffffffff
        CASE 6                         // a = 0xffffffffffffffff, b = 0xffffffffffffffff, c = 0x0000000000000000
        // signed   a*b+c = 0x00000000000000000000000000000001
        // unsigned a*b+c = 0xfffffffffffffffe0000000000000001
        movl r2 = 0xffffffffffffffff
        movl r3 = 0xffffffffffffffff
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x0000000000000001   // bits 63:0
        CHECK r9, 0x0000000000000000   // signed, bits 127:64
        CHECK r10, 0xfffffffffffffffe  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x0000000000000001
        CHECK r9, 0xfffffffffffffffe
        CASE 7                         // a = 0x0000000100000000, b = 0x0000000100000000, c = 0x0000000000000000
        // signed   a*b+c = 0x00000000000000010000000000000000
        // unsigned a*b+c = 0x00000000000000010000000000000000
        movl r2 = 0x0000000100000000
        movl r3 = 0x0000000100000000
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x0000000000000000   // bits 63:0
        CHECK r9, 0x0000000000000001   // signed, bits 127:64
        CHECK r10, 0x0000000000000001  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x0000000000000000
        CHECK r9, 0x0000000000000001
        CASE 8                         // a = 0x123456789abcdef0, b = 0x0fedcba987654321, c = 0x0000000000000000
        // signed   a*b+c = 0x0121fa00ad77d7422236d88fe5618cf0
        // unsigned a*b+c = 0x0121fa00ad77d7422236d88fe5618cf0
        movl r2 = 0x123456789abcdef0
        movl r3 = 0x0fedcba987654321
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x2236d88fe5618cf0   // bits 63:0
        CHECK r9, 0x0121fa00ad77d742   // signed, bits 127:64
        CHECK r10, 0x0121fa00ad77d742  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x2236d88fe5618cf0
        CHECK r9, 0x0121fa00ad77d742
        CASE 9                         // a = 0xfffffffffffffff9, b = 0x0000000000000009, c = 0x0000000000000000
        // signed   a*b+c = -0x0000000000000000000000000000003f
        // unsigned a*b+c = 0x0000000000000008ffffffffffffffc1
        movl r2 = 0xfffffffffffffff9
        movl r3 = 0x0000000000000009
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xffffffffffffffc1   // bits 63:0
        CHECK r9, 0xffffffffffffffff   // signed, bits 127:64
        CHECK r10, 0x0000000000000008  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0xffffffffffffffc1
        CHECK r9, 0x0000000000000008
        CASE 10                         // a = 0xfffffffffffffff9, b = 0xfffffffffffffff7, c = 0x0000000000000000
        // signed   a*b+c = 0x0000000000000000000000000000003f
        // unsigned a*b+c = 0xfffffffffffffff0000000000000003f
        movl r2 = 0xfffffffffffffff9
        movl r3 = 0xfffffffffffffff7
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x000000000000003f   // bits 63:0
        CHECK r9, 0x0000000000000000   // signed, bits 127:64
        CHECK r10, 0xfffffffffffffff0  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x000000000000003f
        CHECK r9, 0xfffffffffffffff0
        CASE 11                         // a = 0x8000000000000000, b = 0x8000000000000000, c = 0x0000000000000000
        // signed   a*b+c = 0x40000000000000000000000000000000
        // unsigned a*b+c = 0x40000000000000000000000000000000
        movl r2 = 0x8000000000000000
        movl r3 = 0x8000000000000000
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x0000000000000000   // bits 63:0
        CHECK r9, 0x4000000000000000   // signed, bits 127:64
        CHECK r10, 0x4000000000000000  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x0000000000000000
        CHECK r9, 0x4000000000000000
        CASE 12                         // a = 0xdeadbeefcafebabe, b = 0x0000000000012345, c = 0x0000000000000007
        // signed   a*b+c = -0x00000000000025e97b20f59ebb11b0c3
        // unsigned a*b+c = 0x000000000000fd5b84df0a6144ee4f3d
        movl r2 = 0xdeadbeefcafebabe
        movl r3 = 0x0000000000012345
        movl r4 = 0x0000000000000007
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x84df0a6144ee4f3d   // bits 63:0
        CHECK r9, 0xffffffffffffda16   // signed, bits 127:64
        CHECK r10, 0x000000000000fd5b  // unsigned, bits 127:64
        CASE 13                         // a = 0x0000000000000005, b = 0x0000000000000006, c = 0xffffffffffffffe1
        // signed   a*b+c = -0x00000000000000000000000000000001
        // unsigned a*b+c = 0x0000000000000000ffffffffffffffff
        movl r2 = 0x0000000000000005
        movl r3 = 0x0000000000000006
        movl r4 = 0xffffffffffffffe1
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xffffffffffffffff   // bits 63:0
        CHECK r9, 0xffffffffffffffff   // signed, bits 127:64
        CHECK r10, 0x0000000000000000  // unsigned, bits 127:64
        CASE 14                         // a = 0x0000000000000005, b = 0x0000000000000006, c = 0xffffffffffffffe2
        // signed   a*b+c = 0x00000000000000000000000000000000
        // unsigned a*b+c = 0x00000000000000010000000000000000
        movl r2 = 0x0000000000000005
        movl r3 = 0x0000000000000006
        movl r4 = 0xffffffffffffffe2
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x0000000000000000   // bits 63:0
        CHECK r9, 0x0000000000000000   // signed, bits 127:64
        CHECK r10, 0x0000000000000001  // unsigned, bits 127:64
        CASE 15                         // a = 0x0000000100000000, b = 0x0000000100000000, c = 0xffffffffffffffff
        // signed   a*b+c = 0x0000000000000000ffffffffffffffff
        // unsigned a*b+c = 0x0000000000000001ffffffffffffffff
        movl r2 = 0x0000000100000000
        movl r3 = 0x0000000100000000
        movl r4 = 0xffffffffffffffff
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xffffffffffffffff   // bits 63:0
        CHECK r9, 0x0000000000000000   // signed, bits 127:64
        CHECK r10, 0x0000000000000001  // unsigned, bits 127:64
        CASE 16                         // a = 0xffffffffffffffff, b = 0x0000000000000002, c = 0x0000000000000001
        // signed   a*b+c = -0x00000000000000000000000000000001
        // unsigned a*b+c = 0x0000000000000001ffffffffffffffff
        movl r2 = 0xffffffffffffffff
        movl r3 = 0x0000000000000002
        movl r4 = 0x0000000000000001
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xffffffffffffffff   // bits 63:0
        CHECK r9, 0xffffffffffffffff   // signed, bits 127:64
        CHECK r10, 0x0000000000000001  // unsigned, bits 127:64
        CASE 17                         // a = 0xfffffffffffffffe, b = 0x4000000000000000, c = 0xffffffffffffffff
        // signed   a*b+c = -0x00000000000000008000000000000001
        // unsigned a*b+c = 0x40000000000000007fffffffffffffff
        movl r2 = 0xfffffffffffffffe
        movl r3 = 0x4000000000000000
        movl r4 = 0xffffffffffffffff
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x7fffffffffffffff   // bits 63:0
        CHECK r9, 0xffffffffffffffff   // signed, bits 127:64
        CHECK r10, 0x4000000000000000  // unsigned, bits 127:64
        CASE 18                         // a = 0x1ff63c0179e58218, b = 0x9cecdeeea1560927, c = 0x89419f936769fc6f
        // signed   a*b+c = -0x0c5e9c9bef279c8ff1a722af28fc59e9
        // unsigned a*b+c = 0x13979f658abde5890e58dd50d703a617
        movl r2 = 0x1ff63c0179e58218
        movl r3 = 0x9cecdeeea1560927
        movl r4 = 0x89419f936769fc6f
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x0e58dd50d703a617   // bits 63:0
        CHECK r9, 0xf3a1636410d86370   // signed, bits 127:64
        CHECK r10, 0x13979f658abde589  // unsigned, bits 127:64
        CASE 19                         // a = 0xafd60b62eb86b180, b = 0x34194e2904506350, c = 0x0000000000000000
        // signed   a*b+c = -0x105072426c19813813f60da3d7440800
        // unsigned a*b+c = 0x23c8dbe69836e217ec09f25c28bbf800
        movl r2 = 0xafd60b62eb86b180
        movl r3 = 0x34194e2904506350
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xec09f25c28bbf800   // bits 63:0
        CHECK r9, 0xefaf8dbd93e67ec7   // signed, bits 127:64
        CHECK r10, 0x23c8dbe69836e217  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0xec09f25c28bbf800
        CHECK r9, 0x23c8dbe69836e217
        CASE 20                         // a = 0x44c6267afcd40b9d, b = 0xe9a60be9b440d80f, c = 0x0000000000000000
        // signed   a*b+c = -0x060131c4cc8a0e1b091b5b65fa86d9cd
        // unsigned a*b+c = 0x3ec4f4b63049fd81f6e4a49a05792633
        movl r2 = 0x44c6267afcd40b9d
        movl r3 = 0xe9a60be9b440d80f
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xf6e4a49a05792633   // bits 63:0
        CHECK r9, 0xf9fece3b3375f1e4   // signed, bits 127:64
        CHECK r10, 0x3ec4f4b63049fd81  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0xf6e4a49a05792633
        CHECK r9, 0x3ec4f4b63049fd81
        CASE 21                         // a = 0xa1eedf23cdd29d96, b = 0xc3b82493cd985768, c = 0xb2db3722338ccb9c
        // signed   a*b+c = 0x16266b1421b038bb26b87b0113baca8c
        // unsigned a*b+c = 0x7bcd6ecbbd1b2dba26b87b0113baca8c
        movl r2 = 0xa1eedf23cdd29d96
        movl r3 = 0xc3b82493cd985768
        movl r4 = 0xb2db3722338ccb9c
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x26b87b0113baca8c   // bits 63:0
        CHECK r9, 0x16266b1421b038bb   // signed, bits 127:64
        CHECK r10, 0x7bcd6ecbbd1b2dba  // unsigned, bits 127:64
        CASE 22                         // a = 0xc73791d7d1c5554e, b = 0xf9997523a728f840, c = 0x0000000000000000
        // signed   a*b+c = 0x016b713dc06cb6bdee535a50d228e380
        // unsigned a*b+c = 0xc23c7839395b044bee535a50d228e380
        movl r2 = 0xc73791d7d1c5554e
        movl r3 = 0xf9997523a728f840
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xee535a50d228e380   // bits 63:0
        CHECK r9, 0x016b713dc06cb6bd   // signed, bits 127:64
        CHECK r10, 0xc23c7839395b044b  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0xee535a50d228e380
        CHECK r9, 0xc23c7839395b044b
        CASE 23                         // a = 0x146e902c25be0914, b = 0x6aaf1061dc80372e, c = 0x0000000000000000
        // signed   a*b+c = 0x0883c0958e4f1f561d9843705618ed98
        // unsigned a*b+c = 0x0883c0958e4f1f561d9843705618ed98
        movl r2 = 0x146e902c25be0914
        movl r3 = 0x6aaf1061dc80372e
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x1d9843705618ed98   // bits 63:0
        CHECK r9, 0x0883c0958e4f1f56   // signed, bits 127:64
        CHECK r10, 0x0883c0958e4f1f56  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x1d9843705618ed98
        CHECK r9, 0x0883c0958e4f1f56
        CASE 24                         // a = 0x32c129e670a6383e, b = 0x064cdc2db8a65eba, c = 0x6726c87d156b2102
        // signed   a*b+c = 0x013fc3fae79f8f21cd3b8662ff0ac20e
        // unsigned a*b+c = 0x013fc3fae79f8f21cd3b8662ff0ac20e
        movl r2 = 0x32c129e670a6383e
        movl r3 = 0x064cdc2db8a65eba
        movl r4 = 0x6726c87d156b2102
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xcd3b8662ff0ac20e   // bits 63:0
        CHECK r9, 0x013fc3fae79f8f21   // signed, bits 127:64
        CHECK r10, 0x013fc3fae79f8f21  // unsigned, bits 127:64
        CASE 25                         // a = 0xe96ca3ecadf16743, b = 0xed7a429f015e2d1d, c = 0x0000000000000000
        // signed   a*b+c = 0x01a227bb8a7fedc72a31650b51197997
        // unsigned a*b+c = 0xd8890e4739cf82272a31650b51197997
        movl r2 = 0xe96ca3ecadf16743
        movl r3 = 0xed7a429f015e2d1d
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x2a31650b51197997   // bits 63:0
        CHECK r9, 0x01a227bb8a7fedc7   // signed, bits 127:64
        CHECK r10, 0xd8890e4739cf8227  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x2a31650b51197997
        CHECK r9, 0xd8890e4739cf8227
        CASE 26                         // a = 0x2cb0327c10570e51, b = 0x9631bbcc1afc52d2, c = 0x0000000000000000
        // signed   a*b+c = -0x127846655f061f6fcb2c584c64444f8e
        // unsigned a*b+c = 0x1a37ec16b150eee134d3a7b39bbbb072
        movl r2 = 0x2cb0327c10570e51
        movl r3 = 0x9631bbcc1afc52d2
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x34d3a7b39bbbb072   // bits 63:0
        CHECK r9, 0xed87b99aa0f9e090   // signed, bits 127:64
        CHECK r10, 0x1a37ec16b150eee1  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x34d3a7b39bbbb072
        CHECK r9, 0x1a37ec16b150eee1
        CASE 27                         // a = 0xf3358da90bb44eb9, b = 0x4395e19e96c0e921, c = 0x8a0afd773820c30d
        // signed   a*b+c = -0x03607907298540502354478db93ab61a
        // unsigned a*b+c = 0x403568976d3ba8d1dcabb87246c549e6
        movl r2 = 0xf3358da90bb44eb9
        movl r3 = 0x4395e19e96c0e921
        movl r4 = 0x8a0afd773820c30d
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0xdcabb87246c549e6   // bits 63:0
        CHECK r9, 0xfc9f86f8d67abfaf   // signed, bits 127:64
        CHECK r10, 0x403568976d3ba8d1  // unsigned, bits 127:64
        CASE 28                         // a = 0x16bd0467325d62f5, b = 0x07902b9ed0a0b94e, c = 0x0000000000000000
        // signed   a*b+c = 0x00abf951275ac98f41437fd1be1733a6
        // unsigned a*b+c = 0x00abf951275ac98f41437fd1be1733a6
        movl r2 = 0x16bd0467325d62f5
        movl r3 = 0x07902b9ed0a0b94e
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x41437fd1be1733a6   // bits 63:0
        CHECK r9, 0x00abf951275ac98f   // signed, bits 127:64
        CHECK r10, 0x00abf951275ac98f  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x41437fd1be1733a6
        CHECK r9, 0x00abf951275ac98f
        CASE 29                         // a = 0x755849e2c509bba6, b = 0xe4426ad365a2a36c, c = 0x0000000000000000
        // signed   a*b+c = -0x0cb7365a4c23169766f383dc705e23f8
        // unsigned a*b+c = 0x68a1138878e6a50e990c7c238fa1dc08
        movl r2 = 0x755849e2c509bba6
        movl r3 = 0xe4426ad365a2a36c
        movl r4 = 0x0000000000000000
        ;;
        setf.sig f6 = r2
        setf.sig f7 = r3
        setf.sig f8 = r4
        ;;
        xma.l f9 = f6, f7, f8
        xma.h f10 = f6, f7, f8
        xma.hu f11 = f6, f7, f8
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        getf.sig r10 = f11
        ;;
        CHECK r8, 0x990c7c238fa1dc08   // bits 63:0
        CHECK r9, 0xf348c9a5b3dce968   // signed, bits 127:64
        CHECK r10, 0x68a1138878e6a50e  // unsigned, bits 127:64
        xmpy.l f9 = f6, f7
        xmpy.hu f10 = f7, f6              // commutes
        ;;
        getf.sig r8 = f9
        getf.sig r9 = f10
        ;;
        CHECK r8, 0x990c7c238fa1dc08
        CHECK r9, 0x68a1138878e6a50e
        // setf.sig / getf.sig round trip of a few patterns, and f0/f1.
        CASE 30
        movl r2 = 0x8000000000000001
        ;;
        setf.sig f12 = r2
        ;;
        getf.sig r8 = f12
        getf.sig r9 = f0                // +0.0: significand 0
        getf.sig r10 = f1               // +1.0: significand 0x8000000000000000
        ;;
        CHECK r8, 0x8000000000000001
        CHECK r9, 0
        CHECK r10, 0x8000000000000000
        // A multiply-accumulate chain: sum of i * i for i = 1..20 = 2870.
        CASE 31
        mov r2 = 1
        mov r3 = 20
        ;;
        setf.sig f13 = r0
        ;;
.Lsquares:
        setf.sig f14 = r2
        adds r2 = 1, r2
        ;;
        xma.l f13 = f14, f14, f13
        cmp.geu p6, p0 = r3, r2
(p6)    br.cond.sptk .Lsquares
        ;;
        getf.sig r8 = f13
        ;;
        CHECK r8, 2870
        br.sptk.many test_finish
        ;;
        .endp test_main

