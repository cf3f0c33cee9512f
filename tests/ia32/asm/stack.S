/* Stack instructions: PUSHA/POPA (32- and 16-bit), ENTER with nesting
 * levels 0, 1 and 3 and LEAVE, PUSH ESP, POP to memory addressed by ESP,
 * PUSH of a sign-extended imm8, 16-bit PUSH/POP, and RET imm16. */
#define TEST_NAME "stack"
#include "harness.h"

        .data
        .align 4
saved_esp:  .long 0
display:    .long 0xD3D3D3D3, 0xD2D2D2D2, 0xD1D1D1D1  /* [old EBP - 12 .. - 4] */
fake_frame: .long 0xF0F0F0F0                        /* old EBP points here */

        .text
callee_pops_8:
        ret $8

        .globl _start
_start:
        CASE 1  /* PUSHA: EAX ECX EDX EBX (ESP before) EBP ESI EDI */
        movl %esp, saved_esp
        movl $0xA0A0A0A0, %eax
        movl $0xC1C1C1C1, %ecx
        movl $0xD2D2D2D2, %edx
        movl $0xB3B3B3B3, %ebx
        movl $0xB5B5B5B5, %ebp
        movl $0x5E5E5E5E, %esi
        movl $0xD1D1D1D1, %edi
        pushal
        movl saved_esp, %eax
        subl $32, %eax
        CHECK %esp, %eax
        CHECK 0(%esp), $0xD1D1D1D1
        CHECK 4(%esp), $0x5E5E5E5E
        CHECK 8(%esp), $0xB5B5B5B5
        movl saved_esp, %eax
        CHECK 12(%esp), %eax
        CHECK 16(%esp), $0xB3B3B3B3
        CHECK 20(%esp), $0xD2D2D2D2
        CHECK 24(%esp), $0xC1C1C1C1
        CHECK 28(%esp), $0xA0A0A0A0

        CASE 2  /* POPA restores all but ESP, whose stack slot it skips */
        movl $0x12345678, 12(%esp)
        xorl %eax, %eax
        xorl %ecx, %ecx
        xorl %edx, %edx
        xorl %ebx, %ebx
        xorl %ebp, %ebp
        xorl %esi, %esi
        xorl %edi, %edi
        popal
        CHECK %esp, saved_esp
        CHECK %eax, $0xA0A0A0A0
        CHECK %ecx, $0xC1C1C1C1
        CHECK %edx, $0xD2D2D2D2
        CHECK %ebx, $0xB3B3B3B3
        CHECK %ebp, $0xB5B5B5B5
        CHECK %esi, $0x5E5E5E5E
        CHECK %edi, $0xD1D1D1D1

        CASE 3  /* PUSHAW/POPAW move 16-bit halves; upper halves stay */
        pushaw
        movl saved_esp, %eax
        subl $16, %eax
        CHECK %esp, %eax
        movzwl 0(%esp), %eax
        CHECK %eax, $0xD1D1
        movzwl 14(%esp), %eax
        CHECK %eax, $0xA0A0
        movw $0x1111, 14(%esp)  /* AX */
        movw $0x2222, 8(%esp)   /* BX */
        movl $0x99999999, %eax
        movl $0x88888888, %ebx
        popaw
        CHECK %esp, saved_esp
        CHECK %eax, $0x99991111
        CHECK %ebx, $0x88882222
        CHECK %edi, $0xD1D1D1D1

        CASE 4  /* ENTER size, 0 and LEAVE */
        movl $0xEBEBEBEB, %ebp
        enter $16, $0
        movl saved_esp, %eax
        subl $4, %eax
        CHECK %ebp, %eax
        CHECK 0(%ebp), $0xEBEBEBEB
        subl $16, %eax
        CHECK %esp, %eax
        leave
        CHECK %esp, saved_esp
        CHECK %ebp, $0xEBEBEBEB

        CASE 5  /* ENTER 8, 1: pushes EBP, then the new frame pointer */
        movl $fake_frame, %ebp
        enter $8, $1
        movl saved_esp, %eax
        subl $4, %eax           /* frame temp */
        CHECK %ebp, %eax
        CHECK 0(%ebp), $fake_frame
        CHECK -4(%ebp), %eax
        subl $12, %eax
        CHECK %esp, %eax
        leave
        CHECK %esp, saved_esp
        CHECK %ebp, $fake_frame

        CASE 6  /* ENTER 4, 3: copies two display entries from the old frame */
        movl $fake_frame, %ebp
        enter $4, $3
        movl saved_esp, %eax
        subl $4, %eax
        CHECK %ebp, %eax
        CHECK 0(%ebp), $fake_frame
        CHECK -4(%ebp), $0xD1D1D1D1
        CHECK -8(%ebp), $0xD2D2D2D2
        CHECK -12(%ebp), %eax
        subl $16, %eax          /* three pushes after EBP, then 4 bytes */
        CHECK %esp, %eax
        leave
        CHECK %esp, saved_esp
        CHECK %ebp, $fake_frame

        CASE 7  /* PUSH ESP pushes the value before the push */
        pushl %esp
        movl saved_esp, %eax
        CHECK (%esp), %eax
        addl $4, %esp

        CASE 8  /* POP m32 with an ESP-based address uses ESP after the pop */
        pushl $0x77777777
        pushl $0x66666666
        popl (%esp)             /* writes 0x66666666 over 0x77777777 */
        CHECK (%esp), $0x66666666
        addl $4, %esp
        CHECK %esp, saved_esp

        CASE 9  /* PUSH imm8 is sign-extended; PUSHW/POPW move 2 bytes */
        pushl $-2
        CHECK (%esp), $0xFFFFFFFE
        pushw $0x1234
        movl saved_esp, %eax
        subl $6, %eax
        CHECK %esp, %eax
        movl $0xFFFFFFFF, %ecx
        popw %cx
        CHECK %ecx, $0xFFFF1234
        addl $4, %esp
        CHECK %esp, saved_esp

        CASE 10 /* POP ESP loads ESP from the stack */
        movl saved_esp, %eax
        subl $64, %eax
        pushl %eax
        popl %esp
        CHECK %esp, %eax
        movl saved_esp, %esp

        CASE 11 /* RET imm16 pops the return address and then 8 more bytes */
        pushl $1
        pushl $2
        call callee_pops_8
        CHECK %esp, saved_esp

        jmp test_finish
