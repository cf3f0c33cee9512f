/* Exit status: print to stdout and stderr, then leave with exit(3), which
 * must flush stdio and run atexit handlers in reverse order of registration. */
#include <stdio.h>
#include <stdlib.h>

static void first(void) {
  printf("atexit first registered, runs last\n");
}
static void second(void) {
  printf("atexit second registered, runs first\n");
}

int main(void) {
  atexit(first);
  atexit(second);
  printf("partial line without newline, buffered until exit...");
  fprintf(stderr, "a line on stderr\n");
  exit(3);
}
