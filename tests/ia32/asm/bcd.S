/* Table-driven check of DAA DAS (every AL, CF, AF) and AAA AAS AAM AAD. The rows
 * and their expectations come from gen_tables.py. */
#define TEST_NAME "bcd"
#include "harness.h"
#include "bcd_table.inc"

        .text
        .globl _start
_start:
        movl $bcd_rows, %esi
        movl $bcd_rows_end, %edi
        call run_table
        jmp test_finish
