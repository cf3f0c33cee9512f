// PAL procedures (Itanium SDM vol. 2 chapter 11) through the PAL_PROC entry
// point (docs/platform.md): the static convention (r28 = index, r29-r31
// arguments, return to b0 with r8 = status, r9-r11) and the stacked one
// (br.call with in0 = index, return through br.ret).
        .include "rt.inc"


        .text
        .proc   main
main:
        MAIN_ENTRY
        PAL_STATIC  8, 0, 0, 0          // PAL_VM_SUMMARY
        mov     r4 = r8
        mov     r5 = r9
        mov     r6 = r10
        ;;
        CHECK   "vm_summary.status", r4, 0
        CHECK   "vm_summary.info1", r5, 0x01020707000f1865
        CHECK   "vm_summary.info2", r6, 0xffff1832
        extr.u  r4 = r6, 0, 8
        ;;
        CHECK   "vm_summary.impl_va_msb", r4, 50
        extr.u  r4 = r5, 1, 7
        ;;
        CHECK   "vm_summary.pa_bits", r4, 50
        PAL_STATIC  20, 0, 0, 0         // PAL_VERSION
        mov     r4 = r8
        mov     r5 = r10
        ;;
        CHECK   "version.status", r4, 0
        CHECK   "version.current", r5, 0x0000010000000100
        PAL_STATIC  14, 0, 0, 0         // PAL_FREQ_RATIOS
        mov     r4 = r11
        ;;
        CHECK   "freq_ratios.itc", r4, 0x100000001
        PAL_STATIC  34, 0, 0, 0         // PAL_VM_PAGE_SIZE
        mov     r4 = r9
        ;;
        CHECK   "vm_page_size.insertable", r4, 0x155557000
        PAL_STATIC  6, 0, 0, 0          // PAL_PTCE_INFO
        mov     r4 = r10
        ;;
        CHECK   "ptce_info.counts", r4, 0x100000001
        PAL_STATIC  7, 0, 2, 0          // PAL_VM_INFO level 0, data
        extr.u  r4 = r9, 16, 16
        ;;
        CHECK   "vm_info.entries", r4, 64
        PAL_STATIC  7, 1, 2, 0          // no level 1
        mov     r4 = r8
        ;;
        CHECK   "vm_info.bad_level", r4, -2
        PAL_STATIC  17, 0, 0, 0         // PAL_PROC_GET_FEATURES set 0
        mov     r4 = r8
        ;;
        CHECK   "get_features.status", r4, 0
        PAL_STATIC  17, 0, 1, 0
        mov     r4 = r8
        ;;
        CHECK   "get_features.set1", r4, -8
        PAL_STATIC  1, 3, 0, 0          // PAL_CACHE_FLUSH of all caches
        mov     r4 = r8
        ;;
        CHECK   "cache_flush.status", r4, 0
        PAL_STATIC  99, 0, 0, 0         // no such procedure
        mov     r4 = r8
        ;;
        CHECK   "unknown.status", r4, -1
        // ---- the stacked convention: PAL_VM_TR_READ (261) is not implemented here
        mov     r34 = 0x3434        // a local of this frame survives the call
        movl    r8 = PAL_ENTRY
        mov     r28 = 261
        ;;
        mov     b6 = r8
        mov     out0 = 261
        mov     out1 = 0
        ;;
        br.call.sptk.many b0 = b6
        ;;
8:      mov     r4 = r8
        ;;
        CHECK   "stacked.status", r4, -1
        CHECK   "stacked.local", r34, 0x3434
        // ---- PAL_HALT_LIGHT with the timer armed: time runs to cr.itm
        ssm     0x2000
        ;;
        srlz.d
        mov     r8 = 0xe5
        ;;
        mov     cr.itv = r8
        mov     r8 = ar.itc
        movl    r9 = 1000000
        ;;
        add     r7 = r8, r9
        ;;
        mov     cr.itm = r7
        ;;
        srlz.d
        ssm     0x4000
        ;;
        srlz.d
        PAL_STATIC  29, 0, 0, 0         // PAL_HALT_LIGHT
        nop.m   0
        ;;
        LOAD    r4, rec_vec
        CHECK   "halt_light.woken_by", r4, 0x3000
        mov     r4 = ar.itc
        ;;
        cmp.ltu p6, p7 = r4, r7
        ;;
(p6)    mov     r4 = 0
(p7)    mov     r4 = 1
        ;;
        CHECK   "halt_light.itc_advanced", r4, 1
        rsm     0x4000
        ;;
        srlz.d
        MAIN_RETURN
        .endp   main
