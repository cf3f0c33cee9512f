/* A small expression compiler and stack virtual machine: parse infix
 * expressions with precedence, parentheses, unary minus and variables into
 * bytecode, then run the bytecode, including a loop program with jumps. */
#include <stdio.h>
#include <string.h>

enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, NEG, LT, JZ, JMP, PRINT, HALT };
static const char *const op_names[] = {"push", "load", "store", "add", "sub", "mul",   "div",
                                       "mod",  "neg",  "lt",    "jz",  "jmp", "print", "halt"};

struct code {
  int ops[512];
  int n;
};

struct parser {
  const char *p;
  struct code *c;
  int error;
};

static void emit(struct code *c, int op) {
  if (c->n < (int)(sizeof c->ops / sizeof c->ops[0])) c->ops[c->n++] = op;
}

static void skip_spaces(struct parser *ps) {
  while (*ps->p == ' ') ps->p++;
}

static void expr(struct parser *ps);

static void primary(struct parser *ps) {
  skip_spaces(ps);
  char ch = *ps->p;
  if (ch >= '0' && ch <= '9') {
    int v = 0;
    while (*ps->p >= '0' && *ps->p <= '9') v = v * 10 + (*ps->p++ - '0');
    emit(ps->c, PUSH);
    emit(ps->c, v);
  } else if (ch >= 'a' && ch <= 'z') {
    ps->p++;
    emit(ps->c, LOAD);
    emit(ps->c, ch - 'a');
  } else if (ch == '(') {
    ps->p++;
    expr(ps);
    skip_spaces(ps);
    if (*ps->p++ != ')') ps->error = 1;
  } else if (ch == '-') {
    ps->p++;
    primary(ps);
    emit(ps->c, NEG);
  } else {
    ps->error = 1;
  }
}

static void term(struct parser *ps) {
  primary(ps);
  for (;;) {
    skip_spaces(ps);
    char ch = *ps->p;
    if (ch != '*' && ch != '/' && ch != '%') return;
    ps->p++;
    primary(ps);
    emit(ps->c, ch == '*' ? MUL : ch == '/' ? DIV : MOD);
  }
}

static void expr(struct parser *ps) {
  term(ps);
  for (;;) {
    skip_spaces(ps);
    char ch = *ps->p;
    if (ch != '+' && ch != '-') return;
    ps->p++;
    term(ps);
    emit(ps->c, ch == '+' ? ADD : SUB);
  }
}

/* Returns the value left on the stack, or prints why it failed. */
static int run(const struct code *c, int *vars, int max_steps, int *steps) {
  int stack[64], sp = 0, pc = 0;
  *steps = 0;
  while (pc < c->n && (*steps)++ < max_steps) {
    int op = c->ops[pc++], a, b;
    switch (op) {
    case PUSH:
      stack[sp++] = c->ops[pc++];
      break;
    case LOAD:
      stack[sp++] = vars[c->ops[pc++]];
      break;
    case STORE:
      vars[c->ops[pc++]] = stack[--sp];
      break;
    case NEG:
      stack[sp - 1] = (int)(0u - (unsigned)stack[sp - 1]);
      break;
    case JZ:
      a = c->ops[pc++];
      if (stack[--sp] == 0) pc = a;
      break;
    case JMP:
      pc = c->ops[pc];
      break;
    case PRINT:
      printf(" out=%d", stack[--sp]);
      break;
    case HALT:
      return sp ? stack[sp - 1] : 0;
    default:
      b = stack[--sp];
      a = stack[--sp];
      if ((op == DIV || op == MOD) && b == 0) {
        printf(" division by zero");
        return 0;
      }
      /* Wrap-around like the machine: add, subtract and multiply modulo 2^32. */
      unsigned ua = (unsigned)a, ub = (unsigned)b;
      stack[sp++] = op == ADD   ? (int)(ua + ub)
                    : op == SUB ? (int)(ua - ub)
                    : op == MUL ? (int)(ua * ub)
                    : op == DIV ? a / b
                    : op == MOD ? a % b
                                : a < b;
    }
  }
  return sp ? stack[sp - 1] : 0;
}

static void disassemble(const struct code *c) {
  for (int pc = 0; pc < c->n;) {
    int op = c->ops[pc++];
    printf(" %s", op_names[op]);
    if (op == PUSH || op == LOAD || op == STORE || op == JZ || op == JMP)
      printf(" %d", c->ops[pc++]);
  }
  printf("\n");
}

int main(void) {
  static const char *const exprs[] = {
      "1 + 2 * 3",     "(1 + 2) * 3",     "-7 / 2",
      "-7 % 3",        "100 - 3 - 2 - 1", "2 * (3 + 4) * (5 - -6)",
      "x * x - 4 * y", "(a + b + c) % 7", "1000000 * 3000",
      "1 / 0",         "((((((9))))))",   "3 +",
  };
  int vars[26];
  for (int i = 0; i < 26; i++) vars[i] = i * 3 - 20;
  for (unsigned i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
    struct code c = {.n = 0};
    struct parser ps = {exprs[i], &c, 0};
    expr(&ps);
    skip_spaces(&ps);
    if (*ps.p) ps.error = 1;
    printf("%-24s", exprs[i]);
    if (ps.error) {
      printf(" syntax error\n");
      continue;
    }
    int steps;
    int v = run(&c, vars, 1000, &steps);
    printf(" = %d (%d steps)\n", v, steps);
    printf("  code:");
    disassemble(&c);
  }
  /* Sum of i*i for i < n, and a Collatz length, as hand-written loops. */
  static const int sum_squares[] = {
      PUSH, 0, STORE, 0,  PUSH, 0,     STORE, 1,             /* s=0 i=0 */
      LOAD, 1, LOAD,  13, LT,   JZ,    34,                   /* while i<n */
      LOAD, 0, LOAD,  1,  LOAD, 1,     MUL,   ADD, STORE, 0, /* s+=i*i */
      LOAD, 1, PUSH,  1,  ADD,  STORE, 1,     JMP, 8,     LOAD, 0, PRINT, HALT};
  struct code loop = {.n = 0};
  memcpy(loop.ops, sum_squares, sizeof sum_squares);
  loop.n = sizeof sum_squares / sizeof sum_squares[0];
  for (int n = 0; n <= 1000; n += 250) {
    vars[13] = n;
    int steps;
    printf("sum of squares below %d:", n);
    run(&loop, vars, 1000000, &steps);
    printf(" (%d steps)\n", steps);
  }
  return 0;
}
