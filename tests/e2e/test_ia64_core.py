"""The IA-64 model end to end: the demo guest on the "ski" platform, and
small static programs under `vtsim run --user` checking the Linux ia64
process start and system-call conventions (number in r15, arguments in the
caller's out0-out7, r8 = result with r10 = 0, or r8 = errno with r10 = -1)."""
import json
import subprocess


ARCH = "ia64"  # the CPU model these tests need (conftest.py skips without it)


def build(tmp_path, tool, name, body, data=""):
    src = tmp_path / f"{name}.S"
    src.write_text("\t.text\n\t.global _start\n\t.proc _start\n_start:\n" + body +
                   "\n\t.endp _start\n\t.data\n" + data + "\n")
    obj = tmp_path / f"{name}.o"
    exe = tmp_path / name
    subprocess.run([tool("ia64-linux-gnu-as"), "-x", "-o", obj, src], check=True)
    subprocess.run([tool("ia64-linux-gnu-ld"), "-e", "_start", "-o", exe, obj], check=True)
    return exe


def run(vtsim_bin, *args):
    return subprocess.run([str(vtsim_bin), "run", *map(str, args)], capture_output=True,
                          text=True, timeout=60)


# exit_group(r32 of the current frame as out0)
def exit_with(reg):
    return f"\tmov out0 = {reg}\n\tmov r15 = 1236\n\t;;\n\tbreak.m 0x100000\n\t;;\n"


def test_demo_guest_prints_and_exits(vtsim_bin, guest, tmp_path):
    trace = tmp_path / "t.jsonl"
    r = run(vtsim_bin, guest("ia64-hello"), "--trace", trace)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "Hello from the IA-64 model of vtsim.\n@demo.psr_cpl=0\n"
    records = [json.loads(line) for line in trace.read_text().splitlines()]
    assert any(rec.get("kind") == "observe" or rec.get("type") == "observe" for rec in records)
    assert subprocess.run([str(vtsim_bin), "validate", trace]).returncode == 0


def test_system_call_arguments_are_the_callers_outputs(vtsim_bin, tmp_path, tool):
    # Two locals before the outputs: out0 is r34, not r32.
    exe = build(tmp_path, tool, "args",
                "\talloc r14 = ar.pfs, 0, 2, 3, 0\n\tmov r32 = 5\n\tmov r33 = 6\n"
                "\tmov out0 = 1\n\tmovl out1 = msg\n\tmov out2 = 3\n\tmov r15 = 1027\n\t;;\n"
                "\tbreak.m 0x100000\n\t;;\n"
                "\tcmp.ne p6, p0 = 3, r8\n\tcmp.ne p7, p0 = 0, r10\n\t;;\n"
                "(p6)\tmov r32 = 1\n(p7)\tmov r32 = 2\n\t;;\n" + exit_with("r32"),
                'msg:\tstringz "ok\\n"')
    r = run(vtsim_bin, "--user", exe)
    assert r.stdout == "ok\n"
    assert r.returncode == 5


def test_errors_come_back_as_errno_with_r10_minus_one(vtsim_bin, tmp_path, tool):
    # close(-1) is EBADF (9); an unknown call is ENOSYS (38) and is listed.
    exe = build(tmp_path, tool, "errno",
                "\talloc r14 = ar.pfs, 0, 0, 1, 0\n\tmov out0 = -1\n\tmov r15 = 1029\n\t;;\n"
                "\tbreak.m 0x100000\n\t;;\n\tmov r20 = r8\n\tmov r21 = r10\n\t;;\n"
                "\tmov r15 = 1999\n\t;;\n\tbreak.m 0x100000\n\t;;\n"
                "\tcmp.eq p6, p0 = 9, r20\n\tcmp.eq p7, p0 = -1, r21\n"
                "\tcmp.eq p8, p0 = 38, r8\n\tmov r22 = 0\n\t;;\n"
                "(p6)\tadds r22 = 1, r22\n\t;;\n(p7)\tadds r22 = 2, r22\n\t;;\n"
                "(p8)\tadds r22 = 4, r22\n\t;;\n" + exit_with("r22"))
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == 7
    assert "syscall(1999) x1" in r.stderr


def test_process_starts_with_argc_argv_above_a_16_byte_scratch_area(vtsim_bin, tmp_path, tool):
    # argc at [r12 + 16], argv[1] at [r12 + 32]: write argv[1]'s first byte.
    exe = build(tmp_path, tool, "argv",
                "\talloc r14 = ar.pfs, 0, 0, 3, 0\n\tadds r2 = 16, r12\n\tadds r3 = 32, r12\n\t;;\n"
                "\tld8 r20 = [r2]\n\tld8 out1 = [r3]\n\tmov out0 = 1\n\tmov out2 = 1\n"
                "\tmov r15 = 1027\n\t;;\n\tbreak.m 0x100000\n\t;;\n" + exit_with("r20"))
    r = run(vtsim_bin, "--user", exe, "xyz", "second")
    assert r.stdout == "x"
    assert r.returncode == 3


def test_brk_and_mmap_give_usable_zeroed_memory(vtsim_bin, tmp_path, tool):
    exe = build(tmp_path, tool, "mem",
                "\talloc r14 = ar.pfs, 0, 0, 6, 0\n\tmov out0 = 0\n\tmov r15 = 1060\n\t;;\n"
                "\tbreak.m 0x100000\n\t;;\n\tmov r20 = r8\n\tmovl r3 = 0x8000\n\t;;\n"
                "\tadd out0 = r20, r3\n\tmov r15 = 1060\n\t;;\n\tbreak.m 0x100000\n\t;;\n"
                "\tld8 r21 = [r20]\n\tmov r4 = 9\n\t;;\n\tst8 [r20] = r4\n"
                # mmap(0, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)
                "\tmov out0 = 0\n\tmovl out1 = 16384\n\tmov out2 = 3\n\tmov out3 = 0x22\n"
                "\tmov out4 = -1\n\tmov out5 = 0\n\tmov r15 = 1151\n\t;;\n"
                "\tbreak.m 0x100000\n\t;;\n\tld8 r22 = [r8]\n\tmov r5 = 30\n\t;;\n"
                "\tst8 [r8] = r5\n\t;;\n\tld8 r23 = [r8]\n\tld8 r24 = [r20]\n\t;;\n"
                "\tadd r25 = r21, r22\n\t;;\n\tadd r25 = r25, r23\n\t;;\n"
                "\tadd r25 = r25, r24\n\t;;\n" + exit_with("r25"))
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == 39, r.stderr


def test_a_load_from_an_unmapped_page_is_sigsegv(vtsim_bin, tmp_path, tool):
    exe = build(tmp_path, tool, "segv", "\tmov r2 = 0\n\t;;\n\tld8 r3 = [r2]\n\t;;\n")
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == 128 + 11


def test_speculative_load_from_an_unmapped_page_defers_to_nat(vtsim_bin, tmp_path, tool):
    exe = build(tmp_path, tool, "spec",
                "\talloc r14 = ar.pfs, 0, 1, 1, 0\n\tmov r2 = 0\n\tmov r32 = 0\n\t;;\n"
                "\tld8.s r3 = [r2]\n\t;;\n\tchk.s r3, recover\n\t;;\n"
                "back:\n" + exit_with("r32") +
                "recover:\n\tmov r32 = 42\n\tbr.sptk.many back\n\t;;\n")
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == 42


def test_unimplemented_instruction_is_sigill_and_listed(vtsim_bin, tmp_path, tool):
    exe = build(tmp_path, tool, "ill", "\tfsxt.l f6 = f7, f8\n\t;;\n")
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == 128 + 4
    assert "fsxt.l" in r.stderr


def test_disasm_lists_the_code_sections_with_symbols(vtsim_bin, guest):
    r = subprocess.run([str(vtsim_bin), "disasm", str(guest("ia64-hello"))], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    # The code section only (not the ELF headers the linker put in the same segment).
    assert lines[1] == "0000000000100000 <_start>:"
    assert "100000.0:  alloc r14=ar.pfs,0,4,0,0" in lines[2]
    assert "movl r16=0x110000" in lines[3] and lines[4] == ""  # the X slot prints with slot 1
