/* setjmp/longjmp: values passed through, longjmp out of deep recursion, a
 * zero value turning into 1, and locals that survive (volatile). */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth_reached;

static void dive(int depth, int limit) {
  char pad[64];
  pad[depth % 64] = (char)depth;
  depth_reached = depth + pad[depth % 64] - (char)depth;
  if (depth > 1000) return;
  if (depth == limit) longjmp(env, depth * 10);
  dive(depth + 1, limit);
}

static int try_value(int v) {
  jmp_buf local;
  int r = setjmp(local);
  if (r == 0) longjmp(local, v);
  return r;
}

struct frame {
  jmp_buf jb;
  struct frame *prev;
};

static struct frame *handlers;

static void raise_error(int code) {
  longjmp(handlers->jb, code);
}

static int guarded(int x) {
  struct frame f;
  f.prev = handlers;
  handlers = &f;
  int code = setjmp(f.jb);
  if (code) {
    handlers = f.prev;
    return -code;
  }
  if (x % 3 == 0) raise_error(x);
  int r = x * x;
  handlers = f.prev;
  return r;
}

int main(void) {
  for (volatile int limit = 0; limit < 200; limit += 37) {
    volatile int tries = 0;
    int r = setjmp(env);
    tries++;
    if (r == 0) dive(0, limit);
    printf("limit %d returned %d depth %d tries %d\n", limit, r, depth_reached, tries);
  }
  printf("values %d %d %d %d\n", try_value(0), try_value(1), try_value(-5), try_value(123456));
  int total = 0;
  for (int x = 1; x <= 12; x++) {
    int r = guarded(x);
    printf("%d ", r);
    total += r;
  }
  printf("\ntotal %d\n", total);
  return 0;
}
