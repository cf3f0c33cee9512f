/* Table-driven check of ADD ADC SUB SBB CMP INC DEC NEG AND OR XOR TEST: results and
 * CF OF SF ZF AF PF (those the SDM defines), 8/16/32-bit, high-byte registers
 * and immediate forms. The rows
 * and their expectations come from gen_tables.py. */
#define TEST_NAME "flags"
#include "harness.h"
#include "alu_table.inc"

        .text
        .globl _start
_start:
        movl $alu_rows, %esi
        movl $alu_rows_end, %edi
        call run_table
        jmp test_finish
