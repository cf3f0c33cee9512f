/* The IA-32 demo guest: a bare-metal image for the "pc" platform
 * (docs/platform.md). It enters in flat 32-bit protected mode at ring 0,
 * prints a greeting and one observation on the port 0xE9 console, and ends
 * the run through port 0xF4 with status 0. Runs unchanged under Bochs. */
        .code32
        .text
        .globl _start
_start:
        movl    $message, %esi
next:   lodsb
        testb   %al, %al
        jz      done
        outb    %al, $0xe9              /* debug console */
        jmp     next
done:   movl    %cs, %eax               /* report our privilege level */
        andl    $3, %eax
        addb    $'0', %al
        movl    $cpl_line, %esi
        movb    %al, cpl_digit
print:  lodsb
        testb   %al, %al
        jz      exit
        outb    %al, $0xe9
        jmp     print
exit:   xorl    %eax, %eax
        outb    %al, $0xf4              /* end the run, exit status 0 */
        cli
        hlt

        .data
message:
        .asciz  "Hello from the IA-32 model of vtsim.\n"
cpl_line:
        .ascii  "@demo.cpl="
cpl_digit:
        .asciz  "?\n"
