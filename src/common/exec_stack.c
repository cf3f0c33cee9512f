/* The initial process stack shared by the Linux user modes (exec_stack.h). */
#include "common/exec_stack.h"

#include <stdlib.h>
#include <string.h>

void vt_exec_stack_init(vt_exec_stack *s, vt_mem *mem, uint64_t top, unsigned word) {
  *s = (vt_exec_stack){.mem = mem, .sp = top, .word = word};
}

uint64_t vt_exec_stack_push(vt_exec_stack *s, const void *p, size_t n) {
  s->sp -= n;
  vt_mem_write(s->mem, s->sp, p, n);
  return s->sp;
}

static size_t count_strings(char *const v[]) {
  size_t n = 0;
  while (v && v[n]) n++;
  return n;
}

static const char *string_at(size_t i, size_t argc, char *const argv[], char *const envp[]) {
  return i < argc ? argv[i] : envp[i - argc];
}

vtsim_err vt_exec_stack_strings(vt_exec_stack *s, int argc, char *const argv[], char *const envp[],
                                size_t max_bytes) {
  s->argc = (size_t)argc;
  s->envc = count_strings(envp);
  size_t n = s->argc + s->envc, text = 0;
  for (size_t i = 0; i < n; i++) text += strlen(string_at(i, s->argc, argv, envp)) + 1;
  if (text + n * s->word > max_bytes) return VTSIM_ERR_ARG;
  s->ptrs = calloc(n + 1, sizeof *s->ptrs);
  if (!s->ptrs) return VTSIM_ERR_NOMEM;
  s->sp -= text;
  uint64_t at = s->sp;
  for (size_t i = 0; i < n; i++) {
    const char *str = string_at(i, s->argc, argv, envp);
    size_t len = strlen(str) + 1;
    vt_mem_write(s->mem, at, str, len);
    s->ptrs[i] = at;
    at += len;
  }
  return VTSIM_OK;
}

static void put_word(vt_exec_stack *s, uint64_t *at, uint64_t v) {
  uint32_t v32 = (uint32_t)v;
  vt_mem_write(s->mem, *at, s->word == 4 ? (const void *)&v32 : (const void *)&v, s->word);
  *at += s->word;
}

uint64_t vt_exec_stack_finish(vt_exec_stack *s, const vt_auxv *auxv, size_t n) {
  size_t words = 1 + s->argc + 1 + s->envc + 1 + 2 * n;
  s->sp = (s->sp - words * s->word) & ~(uint64_t)15;
  uint64_t at = s->sp;
  put_word(s, &at, s->argc);
  for (size_t i = 0; i < s->argc; i++) put_word(s, &at, s->ptrs[i]);
  put_word(s, &at, 0);
  for (size_t i = 0; i < s->envc; i++) put_word(s, &at, s->ptrs[s->argc + i]);
  put_word(s, &at, 0);
  for (size_t i = 0; i < n; i++) put_word(s, &at, auxv[i].type), put_word(s, &at, auxv[i].value);
  vt_exec_stack_free(s);
  return s->sp;
}

void vt_exec_stack_free(vt_exec_stack *s) {
  free(s->ptrs);
  s->ptrs = NULL;
}
