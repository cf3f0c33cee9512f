/* The image loader: a valid ELF32 and ELF64 load as the headers say, and
 * every malformed file in a corpus generated here gets one clear message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <elf.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "toy_cpu.h"

enum { TEXT_OFF = 0x200, DATA_OFF = 0x220, SYM_OFF = 0x240, STR_OFF = 0x280, SHDR_OFF = 0x2c0,
       FILE_SIZE = 0x2c0 + 4 * sizeof(Elf32_Shdr) };
#define TEXT_ADDR 0x100000u
#define DATA_ADDR 0x200000u

typedef struct elf32_file {
  union {
    uint8_t bytes[FILE_SIZE];
    Elf32_Ehdr eh;
  };
  size_t size;
} elf32_file;

static Elf32_Phdr *phdr(elf32_file *f, int i) {
  return (Elf32_Phdr *)(f->bytes + sizeof(Elf32_Ehdr) + (size_t)i * sizeof(Elf32_Phdr));
}

/* Two PT_LOAD segments (text 16 bytes; data 8 bytes + bss) and a symbol table
 * naming "start" (text, size 16) and "table" (data, size 8). */
static void build_valid(elf32_file *f) {
  memset(f, 0, sizeof *f);
  f->size = FILE_SIZE;
  Elf32_Ehdr *eh = &f->eh;
  memcpy(eh->e_ident, ELFMAG, SELFMAG);
  eh->e_ident[EI_CLASS] = ELFCLASS32;
  eh->e_ident[EI_DATA] = ELFDATA2LSB;
  eh->e_ident[EI_VERSION] = EV_CURRENT;
  eh->e_type = ET_EXEC;
  eh->e_machine = EM_386;
  eh->e_version = EV_CURRENT;
  eh->e_entry = TEXT_ADDR + 4;
  eh->e_phoff = sizeof(Elf32_Ehdr);
  eh->e_ehsize = sizeof(Elf32_Ehdr);
  eh->e_phentsize = sizeof(Elf32_Phdr);
  eh->e_phnum = 2;
  eh->e_shoff = SHDR_OFF;
  eh->e_shentsize = sizeof(Elf32_Shdr);
  eh->e_shnum = 4;
  eh->e_shstrndx = 3;
  *phdr(f, 0) = (Elf32_Phdr){PT_LOAD, TEXT_OFF, TEXT_ADDR, TEXT_ADDR, 16, 16, PF_R | PF_X, 16};
  *phdr(f, 1) = (Elf32_Phdr){PT_LOAD, DATA_OFF, DATA_ADDR, DATA_ADDR, 8, 0x100, PF_R | PF_W, 16};
  for (int i = 0; i < 16; i++) f->bytes[TEXT_OFF + i] = (uint8_t)(0x90 + i);
  for (int i = 0; i < 8; i++) f->bytes[DATA_OFF + i] = (uint8_t)(0xa0 + i);
  static const char strtab[] = "\0start\0table\0.symtab\0.strtab\0.shstrtab";
  memcpy(f->bytes + STR_OFF, strtab, sizeof strtab);
  Elf32_Sym *sym = (Elf32_Sym *)(f->bytes + SYM_OFF);
  sym[1] = (Elf32_Sym){1, TEXT_ADDR, 16, ELF32_ST_INFO(STB_GLOBAL, STT_FUNC), 0, 1};
  sym[2] = (Elf32_Sym){7, DATA_ADDR, 8, ELF32_ST_INFO(STB_GLOBAL, STT_OBJECT), 0, 1};
  Elf32_Shdr *sh = (Elf32_Shdr *)(f->bytes + SHDR_OFF);
  sh[1] = (Elf32_Shdr){13, SHT_SYMTAB, 0, 0, SYM_OFF, 3 * sizeof(Elf32_Sym), 2, 1, 4, sizeof(Elf32_Sym)};
  sh[2] = (Elf32_Shdr){21, SHT_STRTAB, 0, 0, STR_OFF, sizeof strtab, 0, 0, 1, 0};
  sh[3] = (Elf32_Shdr){29, SHT_STRTAB, 0, 0, STR_OFF, sizeof strtab, 0, 0, 1, 0};
}

static char path[128];

static int setup(void **state) {
  (void)state;
  snprintf(path, sizeof path, "/tmp/vtsim-test-elf-%d", (int)getpid());
  return 0;
}

static int teardown(void **state) {
  (void)state;
  unlink(path);
  return 0;
}

static void save(const void *bytes, size_t n) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(bytes, 1, n, f), n);
  fclose(f);
}

/* Opens path; returns the error and the message. */
static vtsim_err open_image(vtsim_image **img, char *msg, size_t msglen) {
  msg[0] = 0;
  return vtsim_image_open(path, img, msg, msglen);
}

static vtsim_engine *engine_with_ram(uint64_t mib) {
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.ram_bytes = mib << 20;
  cfg.console_fd = -1;
  return toy_open(&cfg);
}

static void test_valid_elf32_loads_segments_and_zero_fills_bss(void **state) {
  (void)state;
  elf32_file f;
  build_valid(&f);
  save(f.bytes, f.size);
  vtsim_image *img;
  char msg[256];
  assert_int_equal(open_image(&img, msg, sizeof msg), VTSIM_OK);
  const vtsim_image_info *info = vtsim_image_get_info(img);
  assert_int_equal(info->arch, VTSIM_ARCH_IA32);
  assert_int_equal(info->entry, TEXT_ADDR + 4);
  assert_int_equal(strlen(info->sha256), 64);
  vtsim_engine *e = engine_with_ram(4);
  uint8_t junk[0x100];
  memset(junk, 0x77, sizeof junk);
  vtsim_mem_write(e, DATA_ADDR, junk, sizeof junk); /* RAM not clean: bss must be zeroed */
  assert_int_equal(vtsim_image_load(e, img, msg, sizeof msg), VTSIM_OK);
  uint8_t text[16], data[0x100];
  vtsim_mem_read(e, TEXT_ADDR, text, sizeof text);
  vtsim_mem_read(e, DATA_ADDR, data, sizeof data);
  assert_int_equal(text[0], 0x90);
  assert_int_equal(text[15], 0x9f);
  assert_int_equal(data[7], 0xa7);
  for (int i = 8; i < 0x100; i++) assert_int_equal(data[i], 0);
  char name[64];
  assert_true(vtsim_symbolize(e, TEXT_ADDR + 4, name, sizeof name));
  assert_string_equal(name, "start+0x4");
  assert_true(vtsim_symbolize(e, DATA_ADDR, name, sizeof name));
  assert_string_equal(name, "table");
  vtsim_close(e);
  vtsim_image_close(img);
}

static void test_segment_outside_guest_memory_is_refused_at_load(void **state) {
  (void)state;
  elf32_file f;
  build_valid(&f);
  save(f.bytes, f.size);
  vtsim_image *img;
  char msg[256];
  assert_int_equal(open_image(&img, msg, sizeof msg), VTSIM_OK);
  vtsim_engine *e = engine_with_ram(1); /* data at 2 MiB does not fit in 1 MiB */
  assert_int_equal(vtsim_image_load(e, img, msg, sizeof msg), VTSIM_ERR_IMAGE);
  assert_non_null(strstr(msg, "outside guest memory"));
  vtsim_close(e);
  vtsim_image_close(img);
}

static void test_user_mode_maps_memory_where_segments_lie(void **state) {
  (void)state;
  elf32_file f;
  build_valid(&f);
  phdr(&f, 1)->p_vaddr = 0xc0000000u; /* far beyond RAM: user mode maps it */
  save(f.bytes, f.size);
  vtsim_image *img;
  char msg[256];
  assert_int_equal(open_image(&img, msg, sizeof msg), VTSIM_OK);
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.mode = VTSIM_MODE_USER;
  cfg.ram_bytes = 1 << 20;
  vtsim_engine *e = toy_open(&cfg);
  assert_int_equal(vtsim_image_load(e, img, msg, sizeof msg), VTSIM_OK);
  uint8_t b;
  assert_int_equal(vtsim_mem_read(e, 0xc0000007u, &b, 1), VTSIM_OK);
  assert_int_equal(b, 0xa7);
  vtsim_close(e);
  vtsim_image_close(img);
}

typedef void (*mutation)(elf32_file *f);
static void bad_magic(elf32_file *f) { f->bytes[1] = 'X'; }
static void truncated_ident(elf32_file *f) { f->size = 10; }
static void truncated_header(elf32_file *f) { f->size = 40; }
static void bad_class(elf32_file *f) { f->bytes[EI_CLASS] = 7; }
static void class64_for_386(elf32_file *f) { f->bytes[EI_CLASS] = ELFCLASS64; f->size = FILE_SIZE; }
static void big_endian(elf32_file *f) { f->bytes[EI_DATA] = ELFDATA2MSB; }
static void wrong_machine(elf32_file *f) { f->eh.e_machine = EM_ARM; }
static void shared_object(elf32_file *f) { f->eh.e_type = ET_DYN; }
static void bad_phentsize(elf32_file *f) { f->eh.e_phentsize = 20; }
static void phdrs_past_eof(elf32_file *f) { f->eh.e_phoff = FILE_SIZE - 8; }
static void no_phdrs(elf32_file *f) { f->eh.e_phnum = 0; }
static void no_load_segment(elf32_file *f) { phdr(f, 0)->p_type = PT_NOTE; phdr(f, 1)->p_type = PT_NOTE; }
static void filesz_over_memsz(elf32_file *f) { phdr(f, 0)->p_memsz = 8; }
static void segment_past_eof(elf32_file *f) { phdr(f, 0)->p_offset = FILE_SIZE - 4; }
static void segment_offset_absurd(elf32_file *f) { phdr(f, 0)->p_offset = 0xfffffff0u; }
static void overlapping_segments(elf32_file *f) { phdr(f, 1)->p_vaddr = phdr(f, 1)->p_paddr = TEXT_ADDR + 8; }
static void absurd_memsz(elf32_file *f) { phdr(f, 1)->p_memsz = 0xffffff00u; }
static void wrapping_segment(elf32_file *f) { phdr(f, 1)->p_vaddr = 0xfffff000u; phdr(f, 1)->p_memsz = 0x2000; }
static void truncated_segment(elf32_file *f) { f->size = DATA_OFF + 4; }

static const struct {
  const char *name;
  mutation mutate;
  const char *complaint;
} corpus[] = {
    {"bad magic", bad_magic, "bad magic"},
    {"truncated identification", truncated_ident, "truncated ELF identification"},
    {"truncated header", truncated_header, "truncated ELF header"},
    {"bad class", bad_class, "invalid ELF class"},
    {"64-bit class for EM_386", class64_for_386, "wrong ELF class"},
    {"big endian", big_endian, "not a little-endian"},
    {"wrong machine", wrong_machine, "unsupported machine 40"},
    {"shared object", shared_object, "not an executable"},
    {"program header size", bad_phentsize, "program header size 20"},
    {"program headers past EOF", phdrs_past_eof, "program header"},
    {"no program headers", no_phdrs, "no program headers"},
    {"no PT_LOAD", no_load_segment, "no loadable"},
    {"p_filesz > p_memsz", filesz_over_memsz, "p_filesz 0x10 > p_memsz 0x8"},
    {"segment past EOF", segment_past_eof, "past the end of the file"},
    {"segment offset absurd", segment_offset_absurd, "past the end of the file"},
    {"overlapping segments", overlapping_segments, "overlaps an earlier segment"},
    {"absurd size", absurd_memsz, "wraps"},
    {"wrapping segment", wrapping_segment, "wraps the address space"},
    {"truncated segment", truncated_segment, "past the end of the file"},
};

static void test_every_malformed_file_gets_one_clear_line(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof corpus / sizeof corpus[0]; i++) {
    elf32_file f;
    build_valid(&f);
    corpus[i].mutate(&f);
    save(f.bytes, f.size);
    vtsim_image *img = (vtsim_image *)&f; /* must be reset to NULL on failure */
    char msg[256];
    vtsim_err err = open_image(&img, msg, sizeof msg);
    if (err != VTSIM_ERR_IMAGE) fail_msg("%s: accepted (err %d)", corpus[i].name, err);
    assert_null(img);
    if (!strstr(msg, corpus[i].complaint))
      fail_msg("%s: message \"%s\" lacks \"%s\"", corpus[i].name, msg, corpus[i].complaint);
    assert_null(strchr(msg, '\n'));
  }
}

static void test_random_corruption_never_crashes_the_loader(void **state) {
  (void)state;
  uint32_t x = 12345;
  for (int round = 0; round < 3000; round++) {
    elf32_file f;
    build_valid(&f);
    for (int k = 0; k < 1 + round % 6; k++) {
      x ^= x << 13, x ^= x >> 17, x ^= x << 5;
      size_t at = x % 0x80; /* headers: where damage matters most */
      if (round % 3 == 0) at = x % FILE_SIZE;
      f.bytes[at] = (uint8_t)(x >> 8);
    }
    save(f.bytes, f.size);
    vtsim_image *img;
    char msg[256];
    if (open_image(&img, msg, sizeof msg) == VTSIM_OK) {
      vtsim_engine *e = engine_with_ram(4);
      vtsim_image_load(e, img, msg, sizeof msg);
      vtsim_close(e);
      vtsim_image_close(img);
    } else {
      assert_true(msg[0] != 0);
    }
  }
}

static void test_missing_file_is_an_io_error(void **state) {
  (void)state;
  vtsim_image *img;
  char msg[256];
  assert_int_equal(vtsim_image_open("/nonexistent/image.elf", &img, msg, sizeof msg), VTSIM_ERR_IO);
  assert_non_null(strstr(msg, "No such file"));
}

static void test_valid_elf64_ia64_is_recognised(void **state) {
  (void)state;
  uint8_t b[0x200] = {0};
  Elf64_Ehdr *eh = (Elf64_Ehdr *)b;
  memcpy(eh->e_ident, ELFMAG, SELFMAG);
  eh->e_ident[EI_CLASS] = ELFCLASS64;
  eh->e_ident[EI_DATA] = ELFDATA2LSB;
  eh->e_ident[EI_VERSION] = EV_CURRENT;
  eh->e_type = ET_EXEC;
  eh->e_machine = EM_IA_64;
  eh->e_version = EV_CURRENT;
  eh->e_entry = 0x100000;
  eh->e_phoff = sizeof *eh;
  eh->e_ehsize = sizeof *eh;
  eh->e_phentsize = sizeof(Elf64_Phdr);
  eh->e_phnum = 1;
  *(Elf64_Phdr *)(b + sizeof *eh) = (Elf64_Phdr){PT_LOAD, PF_R | PF_X, 0x100, 0x100000, 0x100000,
                                                 0x100, 0x100, 16};
  save(b, sizeof b);
  vtsim_image *img;
  char msg[256];
  assert_int_equal(open_image(&img, msg, sizeof msg), VTSIM_OK);
  assert_int_equal(vtsim_image_get_info(img)->arch, VTSIM_ARCH_IA64);
  vtsim_segment_info seg[4];
  assert_int_equal(vtsim_image_segments(img, seg, 4), 1);
  assert_int_equal(seg[0].memsz, 0x100);
  vtsim_image_close(img);
  eh->e_machine = EM_386; /* EM_386 in an ELF64 file */
  save(b, sizeof b);
  assert_int_equal(open_image(&img, msg, sizeof msg), VTSIM_ERR_IMAGE);
  assert_non_null(strstr(msg, "wrong ELF class for EM_386"));
}

static void test_flat_image_loads_at_the_given_address(void **state) {
  (void)state;
  static const uint8_t code[] = {1, 2, 3, 4, 5};
  save(code, sizeof code);
  vtsim_image *img;
  char msg[256];
  assert_int_equal(vtsim_image_open_flat(path, VTSIM_ARCH_IA32, 0x7c00, &img, msg, sizeof msg),
                   VTSIM_OK);
  assert_int_equal(vtsim_image_get_info(img)->entry, 0x7c00);
  vtsim_engine *e = engine_with_ram(1);
  assert_int_equal(vtsim_image_load(e, img, msg, sizeof msg), VTSIM_OK);
  uint8_t back[5];
  vtsim_mem_read(e, 0x7c00, back, 5);
  assert_memory_equal(back, code, 5);
  vtsim_close(e);
  vtsim_image_close(img);
  save(code, 0);
  assert_int_equal(vtsim_image_open_flat(path, VTSIM_ARCH_IA32, 0, &img, msg, sizeof msg),
                   VTSIM_ERR_IMAGE);
  assert_non_null(strstr(msg, "empty"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_valid_elf32_loads_segments_and_zero_fills_bss),
      cmocka_unit_test(test_segment_outside_guest_memory_is_refused_at_load),
      cmocka_unit_test(test_user_mode_maps_memory_where_segments_lie),
      cmocka_unit_test(test_every_malformed_file_gets_one_clear_line),
      cmocka_unit_test(test_random_corruption_never_crashes_the_loader),
      cmocka_unit_test(test_missing_file_is_an_io_error),
      cmocka_unit_test(test_valid_elf64_ia64_is_recognised),
      cmocka_unit_test(test_flat_image_loads_at_the_given_address),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
