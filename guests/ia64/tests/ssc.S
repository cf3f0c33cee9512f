// The Ski simulator calls beyond PUTCHAR and EXIT (docs/platform.md):
// CONSOLE_INIT, GET_RTC into an EFI_TIME at a physical address, and an
// unknown call answering -1.
        .include "rt.inc"

// SSC n, arg: r8 = simulator call n with arg0 = arg
        .macro  SSC n, arg
        movl    out0 = \arg
        mov     r15 = \n
        ;;
        br.call.sptk.many b0 = ssc_call
        ;;
8:
        .endm

        .text
        .proc   main
main:
        MAIN_ENTRY
        SSC     20, 0               // SSC_CONSOLE_INIT
        mov     r4 = r8
        ;;
        CHECK   "console_init.status", r4, 0
        SSC     65, rtc             // SSC_GET_RTC
        mov     r4 = r8
        ;;
        CHECK   "rtc.status", r4, 0
        ADDR    r6, rtc
        ;;
        ld2     r4 = [r6], 2
        ;;
        CHECK   "rtc.year", r4, 2023
        ld1     r4 = [r6], 1
        ;;
        CHECK   "rtc.month", r4, 11
        ld1     r4 = [r6], 1
        ;;
        CHECK   "rtc.day", r4, 14
        ld1     r4 = [r6], 1
        ;;
        CHECK   "rtc.hour", r4, 22
        ld1     r4 = [r6], 1
        ;;
        CHECK   "rtc.minute", r4, 13
        ld1     r4 = [r6], 2
        ;;
        CHECK   "rtc.second", r4, 20
        ld4     r5 = [r6]
        ;;
        OBSERVE "rtc.nanosecond", r5
        SSC     65, rtc             // again: the clock has moved on
        ADDR    r14, rtc + 8
        ;;
        ld4     r4 = [r14]
        ;;
        cmp.ltu p6, p7 = r5, r4
        ;;
(p6)    mov     r4 = 1
(p7)    mov     r4 = 0
        ;;
        CHECK   "rtc.later", r4, 1
        SSC     65, 0x100000000000  // no RAM there
        mov     r4 = r8
        ;;
        CHECK   "rtc.no_ram", r4, -1
        SSC     99, 0               // not a call vtsim implements
        mov     r4 = r8
        ;;
        CHECK   "unknown.status", r4, -1
        MAIN_RETURN
        .endp   main

// ssc_call: the simulator call r15 with arg0 in r32 (our out0)
        .proc   ssc_call
ssc_call:
        break.i 0x80001
        ;;
        br.ret.sptk.many b0
        .endp   ssc_call

        .data
        .align  16
rtc:    .skip   16
