/* Entry of the test images (rt.h): the pc platform's flat 32-bit ring-0
 * state, a stack, then rt_main. The 256 IDT stubs push a uniform frame
 * and call rt_trap; rt_to_user / user_back_stub go to ring 3 and back. */
        .code32
        .text
        .globl _start
_start:
        cli
        movl    $stack_top, %esp
        call    rt_main
1:      hlt
        jmp     1b

/* Vectors with an error code (SDM vol. 3 table 6-1): 8, 10-14, 17. */
        .macro  stub n
stub_\n:
        .if (\n == 8) || (\n >= 10 && \n <= 14) || (\n == 17)
        .else
        pushl   $0
        .endif
        pushl   $\n
        jmp     common
        .endm

        .macro  stubref n
        .long   stub_\n
        .endm

        .altmacro
        .set    i, 0
        .rept   256
        stub    %i
        .set    i, i + 1
        .endr

common:
        pushal
        pushl   %ds
        pushl   %es
        pushl   %fs
        pushl   %gs
        movl    $0x10, %eax
        movl    %eax, %ds
        movl    %eax, %es
        pushl   %esp
        call    rt_trap
        addl    $4, %esp
        popl    %gs
        popl    %fs
        popl    %es
        popl    %ds
        popal
        addl    $8, %esp
        iret

/* rt_to_user(fn, eflags): IRET to ring 3 at fn on the user stack. */
        .globl  rt_to_user
rt_to_user:
        pushl   %ebp
        pushl   %ebx
        pushl   %esi
        pushl   %edi
        movl    %esp, saved_esp
        movl    20(%esp), %eax          /* fn */
        movl    24(%esp), %ecx          /* eflags */
        pushl   $0x23
        pushl   $user_stack_top
        pushl   %ecx
        pushl   $0x1b
        pushl   %eax
        movl    $0x23, %edx
        movl    %edx, %ds
        movl    %edx, %es
        iret

        .globl  rt_to_user_keep_ds
rt_to_user_keep_ds:
        pushl   %ebp
        pushl   %ebx
        pushl   %esi
        pushl   %edi
        movl    %esp, saved_esp
        movl    20(%esp), %eax          /* fn */
        pushl   $0x23
        pushl   $user_stack_top
        pushl   $0x2
        pushl   $0x1b
        pushl   %eax
        iret

/* int 0x31 from ring 3: back into rt_to_user's caller at ring 0. */
        .globl  user_back_stub
user_back_stub:
        movl    $0x10, %eax
        movl    %eax, %ds
        movl    %eax, %es
        movl    saved_esp, %esp
        popl    %edi
        popl    %esi
        popl    %ebx
        popl    %ebp
        ret

        .data
        .align  4
        .globl  isr_stubs
isr_stubs:
        .set    i, 0
        .rept   256
        stubref %i
        .set    i, i + 1
        .endr
saved_esp:
        .long   0

        .bss
        .align  16
        .space  16384
stack_top:
        .space  8192
user_stack_top:
