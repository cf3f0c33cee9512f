/* Guest images: ELF32 EM_386 and ELF64 EM_IA_64 executables (through
 * libelf) and flat binaries. Every way a file can be malformed is a clear
 * one-line message; nothing in the file is trusted. */
#include <errno.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "image.h"
#include "sha256.h"

#define MAX_IMAGE_FILE (1ull << 30) /* 1 GiB */
#define MAX_SEGMENTS 64
#define MAX_IMAGE_SPAN (4ull << 30) /* one image covers at most 4 GiB */
#define MAX_CODE_RANGES 32

struct vtsim_image {
  vtsim_image_info info;
  uint8_t *data;
  size_t size;
  vt_segment seg[MAX_SEGMENTS];
  unsigned nseg;
  uint64_t phoff, phnum, phent;
  vt_symtab symbols;
  vtsim_code_range code[MAX_CODE_RANGES]; /* executable sections, when the file names them */
  unsigned ncode;
};

static vtsim_err failf(char *msg, size_t msglen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static vtsim_err failf(char *msg, size_t msglen, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (msg && msglen) vsnprintf(msg, msglen, fmt, ap);
  va_end(ap);
  return VTSIM_ERR_IMAGE;
}

static vtsim_err read_file(const char *path, vtsim_image *img, char *msg, size_t msglen) {
  FILE *f = fopen(path, "rb");
  if (!f) return failf(msg, msglen, "cannot open: %s", strerror(errno)), VTSIM_ERR_IO;
  vtsim_err err = VTSIM_OK;
  size_t cap = 1 << 16;
  img->data = malloc(cap);
  while (img->data) {
    if (img->size == cap) {
      if (cap >= MAX_IMAGE_FILE) {
        err = failf(msg, msglen, "file larger than %llu MiB", MAX_IMAGE_FILE >> 20);
        break;
      }
      uint8_t *p = realloc(img->data, cap * 2);
      if (!p) break;
      img->data = p;
      cap *= 2;
    }
    size_t n = fread(img->data + img->size, 1, cap - img->size, f);
    img->size += n;
    if (n == 0) break;
  }
  if (!err && !img->data) err = failf(msg, msglen, "out of memory reading the file");
  if (!err && ferror(f)) err = failf(msg, msglen, "read error: %s", strerror(errno));
  fclose(f);
  if (!err) vt_sha256_hex(img->data, img->size, img->info.sha256);
  return err;
}

static vtsim_image *image_new(void) { return calloc(1, sizeof(vtsim_image)); }

void vtsim_image_close(vtsim_image *img) {
  if (!img) return;
  free(img->data);
  vt_symtab_free(&img->symbols);
  free(img);
}

const vtsim_image_info *vtsim_image_get_info(const vtsim_image *img) {
  return img ? &img->info : NULL;
}

/* The identification bytes, checked by hand for precise messages. */
static vtsim_err check_ident(const vtsim_image *img, char *msg, size_t msglen) {
  const uint8_t *d = img->data;
  if (img->size < 4 || memcmp(d, ELFMAG, SELFMAG) != 0)
    return failf(msg, msglen, "not an ELF file (bad magic)");
  if (img->size < EI_NIDENT) return failf(msg, msglen, "truncated ELF identification");
  if (d[EI_CLASS] != ELFCLASS32 && d[EI_CLASS] != ELFCLASS64)
    return failf(msg, msglen, "invalid ELF class %u", d[EI_CLASS]);
  if (d[EI_DATA] != ELFDATA2LSB)
    return failf(msg, msglen, "not a little-endian ELF file (EI_DATA %u)", d[EI_DATA]);
  if (d[EI_VERSION] != EV_CURRENT) return failf(msg, msglen, "unknown ELF version %u", d[EI_VERSION]);
  size_t ehsize = d[EI_CLASS] == ELFCLASS32 ? sizeof(Elf32_Ehdr) : sizeof(Elf64_Ehdr);
  if (img->size < ehsize) return failf(msg, msglen, "truncated ELF header (%zu bytes)", img->size);
  return VTSIM_OK;
}

static vtsim_err check_arch(const GElf_Ehdr *eh, int elfclass, vtsim_image *img, char *msg,
                            size_t msglen) {
  if (eh->e_machine == EM_386 && elfclass == ELFCLASS32) img->info.arch = VTSIM_ARCH_IA32;
  else if (eh->e_machine == EM_IA_64 && elfclass == ELFCLASS64) img->info.arch = VTSIM_ARCH_IA64;
  else if (eh->e_machine == EM_386 || eh->e_machine == EM_IA_64)
    return failf(msg, msglen, "wrong ELF class for %s (%s)",
                 eh->e_machine == EM_386 ? "EM_386" : "EM_IA_64",
                 elfclass == ELFCLASS32 ? "ELFCLASS32" : "ELFCLASS64");
  else
    return failf(msg, msglen, "unsupported machine %u (vtsim runs EM_386 and EM_IA_64)",
                 eh->e_machine);
  if (eh->e_type != ET_EXEC)
    return failf(msg, msglen, "not an executable (e_type %u; vtsim loads ET_EXEC only)",
                 eh->e_type);
  return VTSIM_OK;
}

static int segments_overlap(const vt_segment *a, const vt_segment *b, int use_paddr) {
  uint64_t x = use_paddr ? a->paddr : a->vaddr, y = use_paddr ? b->paddr : b->vaddr;
  return a->memsz && b->memsz && x < y + b->memsz && y < x + a->memsz;
}

static vtsim_err read_segments(Elf *elf, const GElf_Ehdr *eh, vtsim_image *img, char *msg,
                               size_t msglen) {
  size_t phnum = eh->e_phnum;
  if (phnum == PN_XNUM) return failf(msg, msglen, "extended program header count is not supported");
  if (phnum == 0) return failf(msg, msglen, "no program headers");
  size_t phent = img->info.arch == VTSIM_ARCH_IA32 ? sizeof(Elf32_Phdr) : sizeof(Elf64_Phdr);
  if (eh->e_phentsize != phent)
    return failf(msg, msglen, "program header size %u, expected %zu", eh->e_phentsize, phent);
  if (eh->e_phoff > img->size || phnum > (img->size - eh->e_phoff) / phent)
    return failf(msg, msglen, "program headers (%zu at offset 0x%llx) extend past the end of the file",
                 phnum, (unsigned long long)eh->e_phoff);
  size_t libelf_phnum;
  if (elf_getphdrnum(elf, &libelf_phnum) != 0 || libelf_phnum != phnum)
    return failf(msg, msglen, "bad program header table: %s", elf_errmsg(-1));
  img->phoff = eh->e_phoff;
  img->phnum = phnum;
  img->phent = phent;
  uint64_t addr_limit = img->info.arch == VTSIM_ARCH_IA32 ? 1ull << 32 : 0;
  for (size_t i = 0; i < phnum; i++) {
    GElf_Phdr ph;
    if (!gelf_getphdr(elf, (int)i, &ph))
      return failf(msg, msglen, "unreadable program header %zu: %s", i, elf_errmsg(-1));
    if (ph.p_type != PT_LOAD) continue;
    if (img->nseg == MAX_SEGMENTS)
      return failf(msg, msglen, "more than %d loadable segments", MAX_SEGMENTS);
    if (ph.p_filesz > ph.p_memsz)
      return failf(msg, msglen, "segment %zu: p_filesz 0x%llx > p_memsz 0x%llx", i,
                   (unsigned long long)ph.p_filesz, (unsigned long long)ph.p_memsz);
    if (ph.p_offset > img->size || ph.p_filesz > img->size - ph.p_offset)
      return failf(msg, msglen, "segment %zu: file bytes 0x%llx+0x%llx extend past the end of the file",
                   i, (unsigned long long)ph.p_offset, (unsigned long long)ph.p_filesz);
    if (ph.p_memsz > MAX_IMAGE_SPAN)
      return failf(msg, msglen, "segment %zu: absurd size 0x%llx", i,
                   (unsigned long long)ph.p_memsz);
    for (int which = 0; which < 2; which++) {
      uint64_t a = which ? ph.p_paddr : ph.p_vaddr;
      if (a + ph.p_memsz < a || (addr_limit && a + ph.p_memsz > addr_limit))
        return failf(msg, msglen, "segment %zu: %s 0x%llx+0x%llx wraps the address space", i,
                     which ? "p_paddr" : "p_vaddr", (unsigned long long)a,
                     (unsigned long long)ph.p_memsz);
    }
    vt_segment s = {.vaddr = ph.p_vaddr, .paddr = ph.p_paddr, .offset = ph.p_offset,
                    .filesz = ph.p_filesz, .memsz = ph.p_memsz, .flags = ph.p_flags};
    for (unsigned j = 0; j < img->nseg; j++)
      for (int use_paddr = 0; use_paddr < 2; use_paddr++)
        if (segments_overlap(&s, &img->seg[j], use_paddr))
          return failf(msg, msglen, "segment %zu overlaps an earlier segment (%s)", i,
                       use_paddr ? "p_paddr" : "p_vaddr");
    img->seg[img->nseg++] = s;
  }
  if (img->nseg == 0) return failf(msg, msglen, "no loadable (PT_LOAD) segment");
  return VTSIM_OK;
}

/* The executable sections (SHF_EXECINSTR), for disassembly. Optional like
 * the symbols: without section headers the executable segments serve. */
static void read_code_sections(Elf *elf, vtsim_image *img) {
  Elf_Scn *scn = NULL;
  while ((scn = elf_nextscn(elf, scn)) && img->ncode < MAX_CODE_RANGES) {
    GElf_Shdr sh;
    if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_PROGBITS || !(sh.sh_flags & SHF_EXECINSTR) ||
        sh.sh_size == 0)
      continue;
    img->code[img->ncode++] = (vtsim_code_range){.vaddr = sh.sh_addr, .size = sh.sh_size};
  }
}

/* Symbols are optional: a damaged symbol table only means fewer names. */
static void read_symbols(Elf *elf, vtsim_image *img) {
  Elf_Scn *scn = NULL;
  while ((scn = elf_nextscn(elf, scn))) {
    GElf_Shdr sh;
    if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || sh.sh_entsize == 0) continue;
    Elf_Data *data = elf_getdata(scn, NULL);
    if (!data) continue;
    size_t n = data->d_size / sh.sh_entsize;
    for (size_t i = 0; i < n; i++) {
      GElf_Sym sym;
      if (!gelf_getsym(data, (int)i, &sym)) break;
      int type = GELF_ST_TYPE(sym.st_info);
      if (sym.st_shndx == SHN_UNDEF || sym.st_value == 0) continue;
      if (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE) continue;
      const char *name = elf_strptr(elf, sh.sh_link, sym.st_name);
      if (!name || !*name || name[0] == '$') continue;
      if (vt_symtab_add(&img->symbols, sym.st_value, sym.st_size, name)) return;
    }
  }
  vt_symtab_sort(&img->symbols);
}

static vtsim_err parse_elf(vtsim_image *img, char *msg, size_t msglen) {
  vtsim_err err = check_ident(img, msg, msglen);
  if (err) return err;
  if (elf_version(EV_CURRENT) == EV_NONE) return failf(msg, msglen, "libelf is unusable");
  Elf *elf = elf_memory((char *)img->data, img->size);
  if (!elf) return failf(msg, msglen, "unreadable ELF: %s", elf_errmsg(-1));
  GElf_Ehdr eh;
  if (elf_kind(elf) != ELF_K_ELF || !gelf_getehdr(elf, &eh))
    err = failf(msg, msglen, "unreadable ELF header: %s", elf_errmsg(-1));
  if (!err) err = check_arch(&eh, img->data[EI_CLASS], img, msg, msglen);
  if (!err) err = read_segments(elf, &eh, img, msg, msglen);
  if (!err) {
    img->info.is_elf = 1;
    img->info.entry = eh.e_entry;
    read_symbols(elf, img);
    read_code_sections(elf, img);
  }
  elf_end(elf);
  return err;
}

static void compute_extent(vtsim_image *img, int use_paddr) {
  img->info.low = UINT64_MAX;
  img->info.high = 0;
  for (unsigned i = 0; i < img->nseg; i++) {
    uint64_t a = use_paddr ? img->seg[i].paddr : img->seg[i].vaddr;
    if (a < img->info.low) img->info.low = a;
    if (a + img->seg[i].memsz > img->info.high) img->info.high = a + img->seg[i].memsz;
  }
}

vtsim_err vtsim_image_open(const char *path, vtsim_image **out, char *msg, size_t msglen) {
  if (!path || !out) return VTSIM_ERR_ARG;
  *out = NULL;
  vtsim_image *img = image_new();
  if (!img) return VTSIM_ERR_NOMEM;
  vtsim_err err = read_file(path, img, msg, msglen);
  if (!err) err = parse_elf(img, msg, msglen);
  if (err) {
    vtsim_image_close(img);
    return err;
  }
  compute_extent(img, 1);
  *out = img;
  return VTSIM_OK;
}

vtsim_err vtsim_image_open_flat(const char *path, vtsim_arch arch, uint64_t load_addr,
                                vtsim_image **out, char *msg, size_t msglen) {
  if (!path || !out || (arch != VTSIM_ARCH_IA32 && arch != VTSIM_ARCH_IA64)) return VTSIM_ERR_ARG;
  *out = NULL;
  vtsim_image *img = image_new();
  if (!img) return VTSIM_ERR_NOMEM;
  vtsim_err err = read_file(path, img, msg, msglen);
  if (!err && img->size == 0) err = failf(msg, msglen, "empty flat image");
  if (!err && load_addr + img->size < load_addr)
    err = failf(msg, msglen, "flat image at 0x%llx wraps the address space",
                (unsigned long long)load_addr);
  if (err) {
    vtsim_image_close(img);
    return err;
  }
  img->info.arch = arch;
  img->info.entry = load_addr;
  img->seg[0] = (vt_segment){.vaddr = load_addr, .paddr = load_addr, .filesz = img->size,
                             .memsz = img->size, .flags = 7};
  img->nseg = 1;
  compute_extent(img, 1);
  *out = img;
  return VTSIM_OK;
}

/* User mode: give every page a segment needs RAM, mapping only the holes. */
static vtsim_err map_missing(vt_mem *m, uint64_t lo, uint64_t hi) {
  lo &= VT_PAGE_MASK;
  hi = (hi + VT_PAGE_SIZE - 1) & VT_PAGE_MASK;
  while (lo < hi) {
    const vt_region *r = vt_mem_region(m, lo);
    if (r) {
      lo = r->base + r->size;
      continue;
    }
    uint64_t end = hi;
    for (unsigned i = 0; i < m->nregions; i++)
      if (m->region[i].base > lo && m->region[i].base < end) end = m->region[i].base;
    const char *why;
    if (vt_mem_map(m, lo, end - lo, &why)) return VTSIM_ERR_MAP;
    lo = end;
  }
  return VTSIM_OK;
}

vtsim_err vtsim_image_load(vtsim_engine *e, const vtsim_image *img, char *msg, size_t msglen) {
  if (!e || !img) return VTSIM_ERR_ARG;
  if (img->info.arch != e->ops->arch)
    return failf(msg, msglen, "image is %s, engine is %s", vtsim_arch_name(img->info.arch),
                 vtsim_arch_name(e->ops->arch));
  int user = e->cfg.mode == VTSIM_MODE_USER;
  for (unsigned i = 0; i < img->nseg; i++) {
    const vt_segment *s = &img->seg[i];
    uint64_t at = user ? s->vaddr : s->paddr;
    if (!s->memsz) continue;
    if (user && map_missing(&e->mem, at, at + s->memsz))
      return failf(msg, msglen, "segment at 0x%llx+0x%llx cannot be mapped",
                   (unsigned long long)at, (unsigned long long)s->memsz);
    if (!vt_mem_is_ram(&e->mem, at, s->memsz))
      return failf(msg, msglen,
                   "segment at 0x%llx+0x%llx lies outside guest memory (%llu MiB of RAM)",
                   (unsigned long long)at, (unsigned long long)s->memsz,
                   (unsigned long long)(e->cfg.ram_bytes >> 20));
  }
  for (unsigned i = 0; i < img->nseg; i++) {
    const vt_segment *s = &img->seg[i];
    uint64_t at = user ? s->vaddr : s->paddr;
    /* Zero the whole segment first: RAM may hold an earlier image. */
    static const uint8_t zero[4096];
    for (uint64_t off = 0; off < s->memsz; off += sizeof zero) {
      uint64_t n = s->memsz - off < sizeof zero ? s->memsz - off : sizeof zero;
      vt_mem_write(&e->mem, at + off, zero, (size_t)n);
    }
    vt_mem_write(&e->mem, at, img->data + s->offset, (size_t)s->filesz);
  }
  for (size_t i = 0; i < img->symbols.count; i++) {
    const vt_symbol *s = &img->symbols.sym[i];
    if (vt_symtab_add(&e->symbols, s->addr, s->size, s->name)) return VTSIM_ERR_NOMEM;
  }
  vt_symtab_sort(&e->symbols);

  vt_image_layout *l = &e->layout;
  *l = (vt_image_layout){.entry = img->info.entry, .phnum = img->phnum, .phent = img->phent};
  l->low = UINT64_MAX;
  for (unsigned i = 0; i < img->nseg; i++) {
    const vt_segment *s = &img->seg[i];
    uint64_t at = user ? s->vaddr : s->paddr;
    if (at < l->low) l->low = at;
    if (at + s->memsz > l->high) l->high = at + s->memsz;
    /* AT_PHDR: the program headers' address inside a loaded segment. */
    if (img->phnum && img->phoff >= s->offset && img->phoff - s->offset < s->filesz)
      l->phdr = at + (img->phoff - s->offset);
  }
  memcpy(e->image_sha256, img->info.sha256, sizeof e->image_sha256);
  e->image_entry = img->info.entry;
  return VTSIM_OK;
}

size_t vtsim_image_segments(const vtsim_image *img, vtsim_segment_info *out, size_t max) {
  if (!img) return 0;
  for (unsigned i = 0; i < img->nseg && i < max; i++) {
    const vt_segment *s = &img->seg[i];
    out[i] = (vtsim_segment_info){.vaddr = s->vaddr, .paddr = s->paddr, .memsz = s->memsz,
                                  .filesz = s->filesz, .flags = s->flags};
  }
  return img->nseg;
}

size_t vtsim_image_read(const vtsim_image *img, int vaddr, uint64_t addr, void *buf, size_t len) {
  if (!img || !buf) return 0;
  for (unsigned i = 0; i < img->nseg; i++) {
    const vt_segment *s = &img->seg[i];
    uint64_t base = vaddr ? s->vaddr : s->paddr;
    if (addr - base >= s->memsz) continue;
    uint64_t off = addr - base;
    size_t n = s->memsz - off < len ? (size_t)(s->memsz - off) : len;
    for (size_t j = 0; j < n; j++)
      ((uint8_t *)buf)[j] = off + j < s->filesz ? img->data[s->offset + off + j] : 0;
    return n;
  }
  return 0;
}

size_t vtsim_image_code(const vtsim_image *img, vtsim_code_range *out, size_t max) {
  if (!img) return 0;
  if (img->ncode) {
    for (unsigned i = 0; i < img->ncode && i < max; i++) out[i] = img->code[i];
    return img->ncode;
  }
  size_t n = 0;
  for (unsigned i = 0; i < img->nseg; i++) {
    if (!(img->seg[i].flags & 1) || !img->seg[i].filesz) continue;
    if (n < max) out[n] = (vtsim_code_range){.vaddr = img->seg[i].vaddr, .size = img->seg[i].filesz};
    n++;
  }
  return n;
}
