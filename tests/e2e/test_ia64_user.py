"""IA-64 Linux user mode: the self-checking assembly programs of tests/ia64/asm.

There is no IA-64 execution oracle on a Debian host (no Ski, no qemu-ia64): every
expected value in the programs is derived from the Itanium SDM in a comment beside
it. Each program is preprocessed with cpp, assembled with `ia64-linux-gnu-as -x`
(which checks the dependency rules of instruction groups; any diagnostic fails the
build) and linked with `ia64-linux-gnu-ld` into a static executable.

Two tests per program:
  test_build[NAME]  the program assembles without a diagnostic and links.
  test_run[NAME]    `vtsim run --user` prints "ok NAME", no FAIL line, exits 0.
                    Skipped (not failed) while vtsim reports that it has no
                    IA-64 CPU model.
"""
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
ASM = ROOT / "tests" / "ia64" / "asm"
PROGRAMS = sorted(p.stem for p in ASM.glob("*.S"))
NO_MODEL = "no IA-64 CPU model"
BUILD_TIMEOUT = 60
RUN_TIMEOUT = 120


class Corpus:
    """Builds each program once per session."""

    def __init__(self, outdir, tool):
        self.outdir = outdir
        self.tool = tool
        self.built = {}

    def build(self, name):
        if name not in self.built:
            self.built[name] = self._build(name)
        exe, problem = self.built[name]
        if problem:
            pytest.fail(problem)
        return exe

    def _build(self, name):
        src = ASM / f"{name}.S"
        pre = self.outdir / f"{name}.s"
        obj = self.outdir / f"{name}.o"
        exe = self.outdir / name
        steps = [
            [self.tool("gcc"), "-E", "-undef", "-x", "assembler-with-cpp", "-I", str(ASM),
             str(src), "-o", str(pre)],
            # -x: check dependency violations; any warning is a defect of the corpus.
            [self.tool("ia64-linux-gnu-as"), "-x", "--fatal-warnings", "-o", str(obj), str(pre)],
            [self.tool("ia64-linux-gnu-ld"), "-static", "-o", str(exe), str(obj)],
        ]
        for cmd in steps:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
            if done.returncode != 0 or done.stderr.strip():
                return None, (f"building {name} failed (status {done.returncode}):\n"
                              f"{' '.join(cmd)}\n{done.stderr}")
        return exe, None


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, tool):
    return Corpus(tmp_path_factory.mktemp("ia64-asm"), tool)


@pytest.mark.parametrize("name", PROGRAMS)
def test_build(corpus, name):
    assert corpus.build(name).exists()


@pytest.mark.parametrize("name", PROGRAMS)
def test_run(corpus, vtsim_bin, name):
    exe = corpus.build(name)
    try:
        done = subprocess.run([str(vtsim_bin), "run", "--user", str(exe)], capture_output=True,
                              stdin=subprocess.DEVNULL, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: vtsim did not finish within {RUN_TIMEOUT} s")
    out = done.stdout.decode(errors="replace")
    err = done.stderr.decode(errors="replace")
    if done.returncode == 2 and NO_MODEL in err:
        pytest.skip(err.strip())
    fails = [line for line in out.splitlines() if line.startswith("FAIL")]
    report = f"exit status {done.returncode}\nstdout:\n{out}\nstderr:\n{err[-4000:]}"
    assert not fails, report
    assert f"ok {name}" in out.splitlines(), report
    assert done.returncode == 0, report
