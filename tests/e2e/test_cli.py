"""The command line: every bad input is one clear line on stderr and exit
status 2; the good paths do what `vtsim help` says."""
import json
import struct
import subprocess

import pytest


def run(vtsim_bin, *args, **kw):
    return subprocess.run([str(vtsim_bin), *map(str, args)], capture_output=True, text=True,
                          timeout=60, **kw)


def assert_one_line_error(result, *fragments):
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("vtsim: ")
    for f in fragments:
        assert f in lines[0], (f, lines[0])


def test_no_arguments_prints_usage_and_fails(vtsim_bin):
    r = run(vtsim_bin)
    assert r.returncode == 2
    assert "usage: vtsim COMMAND" in r.stdout


def test_unknown_command(vtsim_bin):
    assert_one_line_error(run(vtsim_bin, "frobnicate"), "unknown command 'frobnicate'")


@pytest.mark.parametrize("args,fragment", [
    (["--bogus", "x"], "unknown option '--bogus'"),
    (["--max-insns"], "--max-insns needs a value"),
    (["--max-insns", "-1", "x"], "'-1' is not a number"),
    (["--max-insns", "12abc", "x"], "'12abc' is not a number"),
    (["--max-insns=", "x"], "'' is not a number"),
    (["--mem", "0", "x"], "out of range"),
    (["--mem", "70000", "x"], "out of range"),
    (["--load", "zz", "x"], "'zz' is not a number"),
    (["--user=1", "x"], "--user takes no value"),
    (["--trace", "", "x"], "--trace needs a non-empty value"),
    ([], "missing IMAGE"),
    (["--trace-insn", "img"], "--trace-insn needs --trace"),
    (["--user", "--load", "0x1000", "img"], "--load cannot be used with --user"),
    (["--arch", "ia32", "img"], "--arch applies to flat binaries"),
    (["--load", "0x1000", "--arch", "arm", "img"], "unknown architecture 'arm'"),
])
def test_bad_run_options(vtsim_bin, args, fragment):
    assert_one_line_error(run(vtsim_bin, "run", *args), fragment)


def test_guest_arguments_need_user_mode(vtsim_bin, guest):
    assert_one_line_error(run(vtsim_bin, "run", guest("ia32-hello"), "extra"),
                          "guest arguments need --user")


def test_missing_image_file(vtsim_bin, tmp_path):
    missing = tmp_path / "nope.elf"
    assert_one_line_error(run(vtsim_bin, "run", missing), str(missing), "cannot open")


def elf32(machine=3, phoff=52, phnum=1, filesz=4, memsz=4, offset=0x100, cls=1):
    ident = b"\x7fELF" + bytes([cls, 1, 1]) + bytes(9)
    header = ident + struct.pack("<HHIIIIIHHHHHH", 2, machine, 1, 0x100000, phoff, 0, 0, 52,
                                 32, phnum, 0, 0, 0)
    phdr = struct.pack("<IIIIIIII", 1, offset, 0x100000, 0x100000, filesz, memsz, 5, 4)
    body = header + phdr
    return body + bytes(0x104 - len(body))


@pytest.mark.parametrize("name,content,fragment", [
    ("empty", b"", "bad magic"),
    ("text", b"hello world\n", "bad magic"),
    ("truncated", elf32()[:30], "truncated ELF header"),
    ("arm", elf32(machine=40), "unsupported machine 40"),
    ("class64", elf32(cls=2), "wrong ELF class"),
    ("phdrs-past-eof", elf32(phoff=0x100), "past the end of the file"),
    ("filesz-over-memsz", elf32(filesz=8, memsz=4), "p_filesz 0x8 > p_memsz 0x4"),
    ("segment-past-eof", elf32(offset=0x102), "past the end of the file"),
])
def test_malformed_images_get_one_line(vtsim_bin, tmp_path, name, content, fragment):
    image = tmp_path / name
    image.write_bytes(content)
    for command in ("run", "disasm"):
        r = run(vtsim_bin, command, image)
        assert_one_line_error(r, f"vtsim: {image}: ", fragment)


def test_run_says_which_cpu_model_is_missing(vtsim_bin, guest, arch_supported):
    for arch, name in (("ia32", "IA-32"), ("ia64", "IA-64")):
        if arch_supported(arch):
            continue
        assert_one_line_error(run(vtsim_bin, "run", guest(f"{arch}-hello")),
                              f"no {name} CPU model in this build yet")


def test_help_for_each_command(vtsim_bin):
    r = run(vtsim_bin, "help")
    assert r.returncode == 0
    commands = [line.split()[0] for line in r.stdout.splitlines() if line.startswith("  ")]
    assert {"run", "disasm", "validate", "diff", "compare", "version", "help"} <= set(commands)
    for c in commands:
        assert run(vtsim_bin, "help", c).returncode == 0
    assert "--max-insns N" in run(vtsim_bin, "help", "run").stdout
    assert_one_line_error(run(vtsim_bin, "help", "nope"), "unknown command 'nope'")


def test_version(vtsim_bin):
    r = run(vtsim_bin, "version")
    assert r.returncode == 0 and r.stdout.startswith("vtsim 0.")
    assert run(vtsim_bin, "--version").stdout == r.stdout
    assert_one_line_error(run(vtsim_bin, "version", "x"), "takes no arguments")


@pytest.mark.parametrize("command", ["diff", "compare"])
def test_commands_without_engine_yet_say_so(vtsim_bin, command):
    assert_one_line_error(run(vtsim_bin, command, "a", "b"), "not available yet")


META = {"kind": "meta", "schema": 3, "vtsim": "0.1.0", "arch": "ia32", "mode": "system",
        "config": {"mem_mib": 256}, "image": {"path": "x", "sha256": "0" * 64}}
END = {"kind": "end", "icount": 3, "pc": "0x100000", "reason": "exit", "exit_status": 0,
       "counts": {"insns": 3}}


def write_trace(path, records, tail="\n"):
    path.write_text("\n".join(json.dumps(r) for r in records) + tail)
    return path


def test_validate_accepts_a_good_trace(vtsim_bin, tmp_path):
    obs = {"kind": "observe", "icount": 2, "pc": "0x100004", "key": "S1.x", "value": "1"}
    good = write_trace(tmp_path / "good.jsonl", [META, obs, END])
    r = run(vtsim_bin, "validate", good)
    assert r.returncode == 0 and "valid trace" in r.stdout


@pytest.mark.parametrize("records,tail,fragment", [
    ([META], "\n", "without an end record"),
    ([META, END], "", "not terminated"),
    ([END], "\n", "first record must be meta"),
    ([META, {"kind": "console", "icount": 1, "pc": "0x0"}, END], "\n", "line 2"),
])
def test_validate_rejects_bad_traces_with_the_line(vtsim_bin, tmp_path, records, tail, fragment):
    bad = write_trace(tmp_path / "bad.jsonl", records, tail)
    assert_one_line_error(run(vtsim_bin, "validate", bad), str(bad), fragment)


def test_validate_refuses_the_previous_schema(vtsim_bin, tmp_path):
    old = write_trace(tmp_path / "old.jsonl", [dict(META, schema=2), END])
    assert_one_line_error(run(vtsim_bin, "validate", old), "schema 2")
