/* Benchmark: a switch-dispatched bytecode interpreter with a register file,
 * running a nested-loop program (a Collatz walk for each start value).
 * Usage: interp [LIMIT]. */
#include <stdio.h>
#include <stdlib.h>

enum { LI, ADD, ADDI, SUB, AND, SHR, MUL3, JZ, JNZ, JMP, LT, HALT };

struct insn {
  unsigned char op, a, b, c;
  int imm;
};

static long run(const struct insn *code, int *r) {
  long steps = 0;
  for (int pc = 0;; steps++) {
    const struct insn *i = &code[pc++];
    switch (i->op) {
    case LI:
      r[i->a] = i->imm;
      break;
    case ADD:
      r[i->a] = r[i->b] + r[i->c];
      break;
    case ADDI:
      r[i->a] = r[i->b] + i->imm;
      break;
    case SUB:
      r[i->a] = r[i->b] - r[i->c];
      break;
    case AND:
      r[i->a] = r[i->b] & i->imm;
      break;
    case SHR:
      r[i->a] = (int)((unsigned)r[i->b] >> i->imm);
      break;
    case MUL3:
      r[i->a] = r[i->b] * 3 + 1;
      break;
    case JZ:
      if (r[i->a] == 0) pc = i->imm;
      break;
    case JNZ:
      if (r[i->a] != 0) pc = i->imm;
      break;
    case JMP:
      pc = i->imm;
      break;
    case LT:
      r[i->a] = r[i->b] < r[i->c];
      break;
    case HALT:
      return steps;
    }
  }
}

int main(int argc, char **argv) {
  int limit = argc > 1 ? atoi(argv[1]) : 100000;
  /* r1 = start, r2 = x, r3 = steps total, r4 = limit, r5 = tmp, r6 = max steps */
  static const struct insn prog[] = {
      {LI, 1, 0, 0, 1},    /* 0: start = 1 */
      {LI, 3, 0, 0, 0},    /* 1: total = 0 */
      {LT, 5, 1, 4, 0},    /* 2: tmp = start < limit */
      {JZ, 5, 0, 0, 16},   /* 3: done */
      {ADDI, 2, 1, 0, 0},  /* 4: x = start */
      {ADDI, 5, 2, 0, -1}, /* 5: tmp = x - 1 */
      {JZ, 5, 0, 0, 14},   /* 6: x == 1: next start */
      {ADDI, 3, 3, 0, 1},  /* 7: total++ */
      {AND, 5, 2, 0, 1},   /* 8: tmp = x & 1 */
      {JNZ, 5, 0, 0, 12},  /* 9: odd */
      {SHR, 2, 2, 0, 1},   /* 10: x >>= 1 */
      {JMP, 0, 0, 0, 5},   /* 11 */
      {MUL3, 2, 2, 0, 0},  /* 12: x = 3x + 1 */
      {JMP, 0, 0, 0, 5},   /* 13 */
      {ADDI, 1, 1, 0, 1},  /* 14: start++ */
      {JMP, 0, 0, 0, 2},   /* 15 */
      {HALT, 0, 0, 0, 0},  /* 16 */
  };
  int r[8] = {0};
  r[4] = limit;
  long steps = run(prog, r);
  printf("collatz steps below %d: %d (%ld bytecodes)\n", limit, r[3], steps);
  return 0;
}
