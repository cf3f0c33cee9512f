// The IA-64 demo guest: a bare-metal image for the "ski" platform
// (docs/platform.md). It prints a greeting and one observation through the
// simulator system call SSC_PUTCHAR and ends the run with SSC_EXIT 0.
        .text
        .global _start
        .proc _start
_start:
        alloc   r14 = ar.pfs, 0, 4, 0, 0   // r32..r35: the SSC arguments
        movl    r16 = message
        ;;
next:
        ld1     r32 = [r16], 1
        ;;
        cmp.eq  p6, p0 = 0, r32
(p6)    br.cond.spnt.few done
        mov     r15 = 31                    // SSC_PUTCHAR
        ;;
        break.i 0x80001
        br.cond.sptk.few next
done:
        mov     r32 = 0
        mov     r15 = 66                    // SSC_EXIT, status in r32
        ;;
        break.i 0x80001
        .endp _start

        .data
message:
        stringz "Hello from the IA-64 model of vtsim.\n@demo.psr_cpl=0\n"
