/* Table-driven check of SHL SHR SAR ROL ROR RCL RCR SHLD SHRD: results and the
 * flags the SDM defines, with counts 0, 1, 31, 32 (masked to 0) and beyond. The rows
 * and their expectations come from gen_tables.py. */
#define TEST_NAME "shifts"
#include "harness.h"
#include "shift_table.inc"

        .text
        .globl _start
_start:
        movl $shift_rows, %esi
        movl $shift_rows_end, %edi
        call run_table
        jmp test_finish
