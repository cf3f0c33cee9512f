"""IA-32 Linux user mode, differential: every program of tests/ia32/progs (C)
and tests/ia32/asm (self-checking assembly) is built as a static i386 ELF, run
under qemu-i386 -cpu pentium2 (the oracle) and under `vtsim run --user`, and
the two must agree on stdout and exit status.

Two tests per program:
  test_oracle[NAME]  the corpus itself is sound: under qemu, assembly tests
                     print "ok NAME" and exit 0, C programs exit with their
                     expected status and, where the host kernel runs i386
                     binaries, print exactly what the real CPU prints.
  test_vtsim[NAME]   vtsim matches qemu. Skipped (not failed) while vtsim
                     reports that it has no IA-32 CPU model.
"""
import filecmp
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROGS = ROOT / "tests" / "ia32" / "progs"
ASM = ROOT / "tests" / "ia32" / "asm"

CFLAGS = ["-m32", "-static", "-march=i686", "-fno-pie", "-no-pie", "-w"]
ASFLAGS = ["-m32", "-static", "-nostdlib", "-fno-pie", "-no-pie"]
QEMU_CPU = "pentium2"
NO_MODEL = "no IA-32 CPU model"
ORACLE_TIMEOUT = 120
VTSIM_TIMEOUT = 600

# Set for every launcher; the programs look only at these (VTSIM_T_*) variables.
GUEST_ENV = {
    "PATH": "/usr/bin:/bin",
    "LC_ALL": "C",
    "VTSIM_T_GREETING": "hello, guest",
    "VTSIM_T_EMPTY": "",
    "VTSIM_T_Z": "last=one",
}

# Per-program arguments, expected exit status, extra compiler flags and
# libraries; TMPDIR stands for a fresh
# directory of the test. Programs not listed take no arguments and exit 0.
C_SPECS = {
    "args": {"args": ["a b", "", "\u00fcn\u00ef", "--flag=1"], "status": 3},
    "fileio": {"args": ["TMPDIR"]},
    "exit3": {"status": 3},
    "x87": {"cflags": ["-mfpmath=387"], "libs": ["-lm"]},
}
# These are also built at -O0: different instruction mixes, same output.
ALSO_O0 = ["arith", "bits", "vm", "sorts", "hash", "x87"]


def _programs():
    progs = {}
    for src in sorted(PROGS.glob("*.c")):
        spec = dict(C_SPECS.get(src.stem, {}), kind="c", src=src, opt="-O2")
        progs[src.stem] = spec
        if src.stem in ALSO_O0:
            progs[src.stem + "-O0"] = dict(spec, opt="-O0")
    for src in sorted(ASM.glob("*.S")):
        progs["asm-" + src.stem] = {"kind": "asm", "src": src}
    return progs


PROGRAMS = _programs()


class Corpus:
    """Builds programs on demand and remembers each oracle run."""

    def __init__(self, outdir, gcc, qemu):
        self.outdir = outdir
        self.gcc = gcc
        self.qemu = qemu
        self.built = {}
        self.oracle_runs = {}

    def build(self, name):
        if name in self.built:
            return self.built[name]
        spec = PROGRAMS[name]
        exe = self.outdir / name
        if spec["kind"] == "c":
            cmd = [self.gcc, *CFLAGS, *spec.get("cflags", []), spec["opt"], str(spec["src"]),
                   "-o", str(exe), *spec.get("libs", [])]
        else:
            cmd = [self.gcc, *ASFLAGS, "-I", str(ASM), str(spec["src"]), "-o", str(exe)]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            pytest.fail(f"building {name} failed:\n{' '.join(cmd)}\n{done.stderr}")
        self.built[name] = exe
        return exe

    def args(self, name, tmpdir):
        return [str(tmpdir) if a == "TMPDIR" else a for a in PROGRAMS[name].get("args", [])]

    def oracle(self, name, tmpdir):
        if name not in self.oracle_runs:
            exe = self.build(name)
            self.oracle_runs[name] = run([self.qemu, "-cpu", QEMU_CPU, str(exe),
                                          *self.args(name, tmpdir)], ORACLE_TIMEOUT)
        return self.oracle_runs[name]


def guest_env():
    """The host environment (sanitizer options and all) with GUEST_ENV on top."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VTSIM_T_")}
    env.update(GUEST_ENV)
    return env


def run(cmd, timeout):
    try:
        return subprocess.run(cmd, env=guest_env(), stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"timed out after {timeout} s: {' '.join(map(str, cmd))}")


def show(done):
    out = done.stdout.decode(errors="replace")
    err = done.stderr.decode(errors="replace")
    return (f"exit status {done.returncode}\n--- stdout (tail)\n{out[-2000:]}"
            f"\n--- stderr\n{err[-1000:]}")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, tool):
    return Corpus(tmp_path_factory.mktemp("ia32-progs"), tool("gcc"), tool("qemu-i386"))


def check_asm_output(name, done):
    test_name = name[len("asm-"):]
    out = done.stdout.decode(errors="replace")
    assert "FAIL" not in out, show(done)
    assert done.returncode == 0, show(done)
    assert f"ok {test_name}\n" in out, show(done)


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_oracle(name, corpus, tmp_path):
    done = corpus.oracle(name, tmp_path)
    spec = PROGRAMS[name]
    if spec["kind"] == "asm":
        check_asm_output(name, done)
        return
    assert done.returncode == spec.get("status", 0), show(done)
    assert done.stdout, show(done)
    # Where the kernel runs i386 binaries, the real CPU must agree with qemu.
    try:
        native = run([str(corpus.build(name)), *corpus.args(name, tmp_path)], ORACLE_TIMEOUT)
    except OSError:
        return
    assert native.stdout == done.stdout, "qemu and the host CPU disagree:\n" + show(native)
    assert native.returncode == done.returncode


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_vtsim(name, corpus, vtsim_bin, tmp_path):
    exe = corpus.build(name)
    expected = corpus.oracle(name, tmp_path)
    got = run([str(vtsim_bin), "run", "--user", str(exe), *corpus.args(name, tmp_path)],
              VTSIM_TIMEOUT)
    if got.returncode == 2 and NO_MODEL.encode() in got.stderr:
        pytest.skip(f"vtsim has no IA-32 CPU model yet: {got.stderr.decode().strip()}")
    assert got.stdout == expected.stdout, "stdout differs from qemu's:\n" + show(got)
    assert got.returncode == expected.returncode, show(got)
    if PROGRAMS[name]["kind"] == "asm":
        check_asm_output(name, got)


def test_asm_tables_current(tmp_path):
    """The committed *_table.inc files are what gen_tables.py generates."""
    subprocess.run([sys.executable, str(ASM / "gen_tables.py"), str(tmp_path)], check=True)
    for generated in sorted(tmp_path.glob("*.inc")):
        committed = ASM / generated.name
        assert committed.exists(), f"{committed} missing: run tests/ia32/asm/gen_tables.py"
        assert filecmp.cmp(generated, committed, shallow=False), (
            f"{committed.name} is stale: run tests/ia32/asm/gen_tables.py")


def test_corpus_size():
    """The corpus the brief asks for: at least 12 C programs and the asm set."""
    assert len(list(PROGS.glob("*.c"))) >= 12
    stems = {p.stem for p in ASM.glob("*.S")}
    assert {"flags", "shifts", "muldiv", "string", "bcd", "xchg", "cond", "stack", "loop",
            "smc"} <= stems
    assert os.access(ASM / "gen_tables.py", os.R_OK)
