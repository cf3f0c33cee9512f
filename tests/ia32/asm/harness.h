/* Shared runtime of the self-checking IA-32 assembly tests (GNU as, AT&T
 * syntax, 32-bit, no libc). A test defines TEST_NAME (a string) and includes
 * this file, then at _start runs its cases and jumps to test_finish.
 *
 *   CASE n            name the case that the following checks belong to
 *   CHECK got, want   32-bit compare; a mismatch reports "FAIL name case n"
 *   CHECK_FLAGS mask, want
 *                     EFLAGS & mask == want, for the flags live right now
 *   SET_FLAGS value   load EFLAGS (arithmetic flags and DF) from a constant
 *   run_table         run rows of an ALU table (esi = first row, edi = end)
 *
 * A case reports at most one FAIL line. test_finish prints "ok name" and
 * exits 0 if nothing failed, else exits 1. Linux i386 system calls via
 * int $0x80: eax = number, ebx, ecx, edx = arguments. */

#define F_CF 0x001
#define F_PF 0x004
#define F_AF 0x010
#define F_ZF 0x040
#define F_SF 0x080
#define F_DF 0x400
#define F_OF 0x800
#define F_ARITH (F_CF | F_PF | F_AF | F_ZF | F_SF | F_OF)

#define SYS_exit 1
#define SYS_write 4

/* One row of an ALU table: the instruction stub, the inputs, the expected
 * outputs, which flags the SDM defines for these inputs, and which registers
 * to check (bit 0 eax, 1 ebx, 2 ecx, 3 edx). */
#define ROW_STUB 0
#define ROW_IN_EAX 4
#define ROW_IN_EBX 8
#define ROW_IN_ECX 12
#define ROW_IN_EDX 16
#define ROW_IN_FLAGS 20
#define ROW_OUT_EAX 24
#define ROW_OUT_EBX 28
#define ROW_OUT_ECX 32
#define ROW_OUT_EDX 36
#define ROW_OUT_FLAGS 40
#define ROW_FLAG_MASK 44
#define ROW_REG_MASK 48
#define ROW_SIZE 52

        .macro CASE n
        movl $\n, current_case
        .endm

        .macro CHECK got, want
        cmpl \want, \got
        je .Lcheck_ok\@
        call report_fail
.Lcheck_ok\@:
        .endm

        .macro CHECK_FLAGS mask, want
        pushfl
        andl $(\mask), (%esp)
        cmpl $(\want), (%esp)
        je .Lflags_ok\@
        call report_fail
.Lflags_ok\@:
        leal 4(%esp), %esp
        .endm

        .macro SET_FLAGS value
        pushl $(\value)
        popfl
        .endm

        .section .rodata
test_name:
        .ascii TEST_NAME
test_name_end:
str_ok:
        .ascii "ok "
str_fail:
        .ascii "FAIL "
str_case:
        .ascii " case "
str_newline:
        .ascii "\n"

        .bss
        .align 4
current_case:
        .long 0
reported_case:
        .long 0
fail_count:
        .long 0
row_flags:
        .long 0
number_buffer:
        .space 12

        .text
/* write(1, ecx, edx); keeps every register. */
write_stdout:
        pushal
        movl $SYS_write, %eax
        movl $1, %ebx
        int $0x80
        popal
        ret

write_name:
        pushal
        movl $test_name, %ecx
        movl $(test_name_end - test_name), %edx
        call write_stdout
        popal
        ret

/* Print eax as an unsigned decimal number; keeps every register. */
write_number:
        pushal
        movl $(number_buffer + 12), %ecx
        movl $10, %ebx
1:      xorl %edx, %edx
        divl %ebx
        addb $'0', %dl
        decl %ecx
        movb %dl, (%ecx)
        testl %eax, %eax
        jnz 1b
        movl $(number_buffer + 12), %edx
        subl %ecx, %edx
        call write_stdout
        popal
        ret

/* "FAIL name case n" once per case; keeps every register and the flags. */
report_fail:
        pushfl
        pushal
        movl current_case, %eax
        cmpl %eax, reported_case
        je 1f
        movl %eax, reported_case
        incl fail_count
        movl $str_fail, %ecx
        movl $5, %edx
        call write_stdout
        call write_name
        movl $str_case, %ecx
        movl $6, %edx
        call write_stdout
        call write_number
        movl $str_newline, %ecx
        movl $1, %edx
        call write_stdout
1:      popal
        popfl
        ret

test_finish:
        cmpl $0, fail_count
        jne 1f
        movl $str_ok, %ecx
        movl $3, %edx
        call write_stdout
        call write_name
        movl $str_newline, %ecx
        movl $1, %edx
        call write_stdout
        movl $SYS_exit, %eax
        xorl %ebx, %ebx
        int $0x80
1:      movl $SYS_exit, %eax
        movl $1, %ebx
        int $0x80

        .macro CHECK_ROW_REG reg, out, bit
        testl $\bit, ROW_REG_MASK(%esi)
        jz .Lrow_skip\@
        CHECK \reg, \out(%esi)
.Lrow_skip\@:
        .endm

/* Run the table rows in [esi, edi), numbering them as cases after the
 * current one (a file with one table: row k is case k, counting from 1).
 * Stubs may use eax, ebx, ecx, edx and the flags, nothing else. */
run_table:
1:      cmpl %edi, %esi
        jae 2f
        incl current_case
        movl ROW_IN_EAX(%esi), %eax
        movl ROW_IN_EBX(%esi), %ebx
        movl ROW_IN_ECX(%esi), %ecx
        movl ROW_IN_EDX(%esi), %edx
        pushl ROW_IN_FLAGS(%esi)
        popfl
        call *ROW_STUB(%esi)
        pushfl
        popl row_flags
        CHECK_ROW_REG %eax, ROW_OUT_EAX, 1
        CHECK_ROW_REG %ebx, ROW_OUT_EBX, 2
        CHECK_ROW_REG %ecx, ROW_OUT_ECX, 4
        CHECK_ROW_REG %edx, ROW_OUT_EDX, 8
        movl row_flags, %eax
        andl ROW_FLAG_MASK(%esi), %eax
        CHECK %eax, ROW_OUT_FLAGS(%esi)
        addl $ROW_SIZE, %esi
        jmp 1b
2:      cld
        ret
