/* argv and envp as the kernel lays them out: argc, each argument (argv[0]
 * only by its last path component, since launchers spell the path
 * differently), the environment variables whose names start with VTSIM_T_
 * (sorted, as launchers may reorder or add others), and getenv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(int argc, char **argv, char **envp) {
  const char *base = strrchr(argv[0], '/');
  printf("argc %d argv0 %s\n", argc, base ? base + 1 : argv[0]);
  for (int i = 1; i < argc; i++) printf("argv[%d] len %zu [%s]\n", i, strlen(argv[i]), argv[i]);
  printf("argv[argc] %s\n", argv[argc] == NULL ? "NULL" : "not NULL");
  const char *mine[64];
  int n = 0;
  for (char **e = envp; *e; e++)
    if (strncmp(*e, "VTSIM_T_", 8) == 0 && n < 64) mine[n++] = *e;
  qsort(mine, (size_t)n, sizeof mine[0], cmp_str);
  for (int i = 0; i < n; i++) printf("env %s\n", mine[i]);
  const char *v = getenv("VTSIM_T_GREETING");
  printf("getenv %s\n", v ? v : "(unset)");
  printf("getenv missing %s\n", getenv("VTSIM_T_NOT_THERE") ? "set" : "(unset)");
  return argc > 1 ? (int)strlen(argv[1]) % 8 : 0;
}
