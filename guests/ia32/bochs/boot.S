/* A floppy boot sector that starts a pc-platform image under Bochs: the
 * BIOS loads it at 0x7C00; it reads the payload (SECTORS sectors after it,
 * a flat copy of the image from LOAD) to 0x10000 with INT 13h, enables
 * A20, masks both 8259As, locks IA32_FEATURE_CONTROL with VMX enabled,
 * enters 32-bit protected mode with flat segments (0x08 code, 0x10 data),
 * CR0 = 0x11, copies the payload to LOAD and jumps to ENTRY with EFLAGS =
 * 0x2: the entry state of docs/platform.md. Assembled with --defsym
 * SECTORS=n --defsym LOAD=addr --defsym ENTRY=addr, linked at 0x7C00. */
        .code16
        .text
        .globl  _start
_start:
        cli
        xorw    %ax, %ax
        movw    %ax, %ds
        movw    %ax, %ss
        movw    $0x7c00, %sp
        ljmp    $0, $1f
1:      movb    %dl, drive
        movw    $1, %si                 /* LBA of the next sector */
        movw    $0x1000, %di            /* segment it goes to */
next:   cmpw    $SECTORS + 1, %si
        jae     loaded
        movw    %si, %ax                /* LBA -> CHS on 18 sectors, 2 heads */
        xorw    %dx, %dx
        movw    $18, %cx
        divw    %cx
        movb    %dl, %cl
        incb    %cl
        movb    %al, %dh
        andb    $1, %dh
        shrw    $1, %ax
        movb    %al, %ch
        movb    drive, %dl
        movw    %di, %es
        xorw    %bx, %bx
        movw    $0x0201, %ax
        int     $0x13
        jc      next                    /* retry */
        incw    %si
        addw    $0x20, %di
        jmp     next
loaded:
        inb     $0x92, %al              /* fast A20 */
        orb     $2, %al
        andb    $0xfe, %al
        outb    %al, $0x92
        movb    $0xff, %al              /* every IRQ masked */
        outb    %al, $0x21
        outb    %al, $0xa1
        movl    $0x3a, %ecx             /* IA32_FEATURE_CONTROL = 5 (locked, VMX) */
        rdmsr
        testb   $1, %al
        jnz     1f
        movl    $5, %eax
        xorl    %edx, %edx
        wrmsr
1:      lgdt    gdt_desc
        movl    $0x11, %eax             /* PE, ET; caches on (CD = NW = 0) */
        movl    %eax, %cr0
        ljmpl   $0x08, $pm

        .code32
pm:     movl    $0x10, %eax
        movl    %eax, %ds
        movl    %eax, %es
        movl    %eax, %fs
        movl    %eax, %gs
        movl    %eax, %ss
        movl    $0x7c00, %esp
        movl    $0x10000, %esi
        movl    $LOAD, %edi
        movl    $SECTORS * 128, %ecx
        cld
        rep movsl
        lidt    idt_desc
        pushl   $ENTRY
        pushl   $2
        popfl
        xorl    %eax, %eax
        xorl    %ebx, %ebx
        xorl    %ecx, %ecx
        xorl    %edx, %edx
        xorl    %esi, %esi
        xorl    %edi, %edi
        xorl    %ebp, %ebp
        ret

        .p2align 3
gdt:    .quad   0
        .quad   0x00cf9a000000ffff
        .quad   0x00cf92000000ffff
gdt_desc:
        .word   gdt_desc - gdt - 1
        .long   gdt
idt_desc:
        .word   0xffff
        .long   0
drive:  .byte   0
        .org    510
        .word   0xaa55
