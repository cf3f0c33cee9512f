/* Table-driven check of MUL and IMUL (one, two, three operands; CF/OF) and
 * DIV and IDIV (quotient and remainder, negative operands), 8/16/32-bit. The rows
 * and their expectations come from gen_tables.py. */
#define TEST_NAME "muldiv"
#include "harness.h"
#include "muldiv_table.inc"

        .text
        .globl _start
_start:
        movl $muldiv_rows, %esi
        movl $muldiv_rows_end, %edi
        call run_table
        jmp test_finish
