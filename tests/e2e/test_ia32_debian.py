"""IA-32 Linux user mode on programs nobody here wrote: statically linked
i386 executables from Debian 12 (busybox-static, sash, bash-static), fetched
by scripts/fetch-i386-debs into build/deb-cache (or $VTSIM_DEB_CACHE) and run
with fixed command lines under qemu-i386 -cpu pentium2 (the oracle) and under
`vtsim run --user`. Same rules as test_ia32_user.py: test_oracle checks each
command line under qemu (and on the host CPU where the kernel runs i386
binaries); test_vtsim compares vtsim with qemu, and is skipped while vtsim
reports that it has no IA-32 CPU model. The command lines only use builtins
and applets (no fork or exec), and files the test writes itself.
"""
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FETCH = ROOT / "scripts" / "fetch-i386-debs"
QEMU_CPU = "pentium2"
NO_MODEL = "no IA-32 CPU model"
TIMEOUT = 600

EXECUTABLES = {
    "busybox": ("busybox-static", "bin/busybox"),
    "sash": ("sash", "bin/sash"),
    "bash": ("bash-static", "bin/bash-static"),
}

FRUIT = "pear\napple\nfig\nbanana\ncherry\napple\n"
# DATA: 1000 bytes of a fixed pattern; FRUIT: the lines above.
BASH = ["--norc", "--noprofile", "-c"]

# name: (executable, arguments, expected exit status, stdin)
COMMANDS = {
    "busybox-echo": ("busybox", ["echo", "hello", "world"], 0, None),
    "busybox-expr-mul": ("busybox", ["expr", "6", "*", "7"], 0, None),
    "busybox-expr-div": ("busybox", ["expr", "-100", "/", "7", "+", "1000000", "%", "7"], 0, None),
    "busybox-expr-length": ("busybox", ["expr", "length", "abcdefghij"], 0, None),
    "busybox-seq": ("busybox", ["seq", "1", "3", "40"], 0, None),
    "busybox-seq-w": ("busybox", ["seq", "-w", "8", "12"], 0, None),
    "busybox-factor": ("busybox", ["factor", "600851475143", "1000000007", "4294967297"], 0, None),
    "busybox-printf": ("busybox", ["printf", "%d %x %o %5s|%-4d|\\n", "255", "255", "255", "ab",
                                   "-7"], 0, None),
    "busybox-sha256sum": ("busybox", ["sha256sum", "DATA", "FRUIT"], 0, None),
    "busybox-md5sum": ("busybox", ["md5sum", "DATA"], 0, None),
    "busybox-sha1sum": ("busybox", ["sha1sum", "FRUIT"], 0, None),
    "busybox-od": ("busybox", ["od", "-An", "-tx1", "-N", "64", "DATA"], 0, None),
    "busybox-base64": ("busybox", ["base64", "FRUIT"], 0, None),
    "busybox-sort": ("busybox", ["sort", "-u", "FRUIT"], 0, None),
    "busybox-sort-r": ("busybox", ["sort", "-r", "FRUIT"], 0, None),
    "busybox-wc": ("busybox", ["wc", "FRUIT", "DATA"], 0, None),
    "busybox-grep": ("busybox", ["grep", "-n", "an", "FRUIT"], 0, None),
    "busybox-sed": ("busybox", ["sed", "-e", "s/a/A/g", "-e", "3d", "FRUIT"], 0, None),
    "busybox-tr-stdin": ("busybox", ["tr", "a-z", "A-Z"], 0, b"hello, stdin\n"),
    "busybox-cat-stdin": ("busybox", ["cat", "-n"], 0, FRUIT.encode()),
    "busybox-false": ("busybox", ["false"], 1, None),
    "busybox-sh-loop": ("busybox", ["sh", "-c",
                                    "i=0; s=0; while [ $i -lt 200 ]; do i=$((i+1)); "
                                    "s=$((s+i*i)); done; echo $i $s; exit 42"], 42, None),
    # awk computes in double precision: this one needs the x87 FPU.
    "busybox-awk": ("busybox", ["awk", "BEGIN { s = 0; for (i = 1; i <= 100; i++) s += i * i; "
                                       "print s, 7 * 6, substr(\"hello\", 2, 3), 10 / 4 }"],
                    0, None),
    # sash runs a command without a leading "-" as a program: only "-" builtins here.
    "sash-echo": ("sash", ["-c", "-echo hello from sash"], 0, None),
    "sash-sum": ("sash", ["-c", "-sum FRUIT DATA"], 0, None),
    "sash-grep": ("sash", ["-c", "-grep -n an FRUIT"], 0, None),
    "sash-exit": ("sash", ["-c", "exit 5"], 5, None),
    "bash-arith": ("bash", BASH + ["x=0; for i in {1..300}; do x=$((x + i * i % 7)); done; "
                                   "echo $x; printf '%05d|%x|%s|%-3s|\\n' 42 255 str ab; exit 7"],
                   7, None),
    "bash-strings": ("bash", BASH + ["a=(pear apple fig); echo ${#a[@]} ${a[1]} ${a[@]: -1}; "
                                     "s=hello; echo ${s^^} ${s:1:3} ${s/l/L} ${#s}; "
                                     "declare -A m=([x]=1 [y]=2); echo ${m[y]}"], 0, None),
    "bash-recursion": ("bash", BASH + ["f() { local n=$1; if ((n <= 1)); then r=1; "
                                       "else f $((n - 1)); r=$((r * n)); fi; }; f 15; echo $r"],
                       0, None),
    "bash-case": ("bash", BASH + ["for w in apple banana cherry; do case $w in a*) echo A:$w;; "
                                  "*an*) echo AN:$w;; *) echo other:$w;; esac; done"], 0, None),
    "bash-read-file": ("bash", BASH + ["n=0; while read -r line; do n=$((n + 1)); "
                                       "echo \"$n [$line]\"; done < FRUIT"], 0, None),
}


@pytest.fixture(scope="session")
def debs(root):
    cache = pathlib.Path(os.environ.get("VTSIM_DEB_CACHE", root / "build" / "deb-cache"))
    packages = sorted({pkg for pkg, _ in EXECUTABLES.values()})
    done = subprocess.run([str(FETCH), str(cache), *packages], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail("could not fetch the Debian i386 packages (network needed the first time): "
                    + done.stderr.strip())
    paths = {}
    for name, (pkg, rel) in EXECUTABLES.items():
        path = cache / pkg / rel
        assert path.is_file(), f"{path} missing after fetching {pkg}"
        paths[name] = path
    return paths


@pytest.fixture(scope="session")
def data_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("ia32-debian-data")
    (d / "DATA").write_bytes(bytes((i * 37 + (i >> 3)) & 0xFF for i in range(1000)))
    (d / "FRUIT").write_text(FRUIT)
    return d


class Runs:
    def __init__(self, qemu):
        self.qemu = qemu
        self.oracle_runs = {}


@pytest.fixture(scope="session")
def runs(tool):
    return Runs(tool("qemu-i386"))


def command(name, debs, data_files):
    exe, args, _, _ = COMMANDS[name]
    # Files are named relative to the data directory, the guests' cwd.
    return str(debs[exe]), args


def run(cmd, cwd, stdin, timeout=TIMEOUT):
    env = {k: v for k, v in os.environ.items() if k.startswith(("ASAN_", "UBSAN_"))}
    env.update({"PATH": "/nonexistent", "LC_ALL": "C", "HOME": str(cwd), "TERM": "dumb"})
    try:
        return subprocess.run(cmd, cwd=cwd, env=env, input=stdin if stdin is not None else b"",
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"timed out after {timeout} s: {' '.join(map(str, cmd))}")


def show(done):
    out = done.stdout.decode(errors="replace")
    err = done.stderr.decode(errors="replace")
    return f"exit status {done.returncode}\n--- stdout\n{out[-2000:]}\n--- stderr\n{err[-1000:]}"


def oracle(name, runs, debs, data_files):
    if name not in runs.oracle_runs:
        exe, args = command(name, debs, data_files)
        runs.oracle_runs[name] = run([runs.qemu, "-cpu", QEMU_CPU, exe, *args], data_files,
                                     COMMANDS[name][3])
    return runs.oracle_runs[name]


@pytest.mark.parametrize("name", list(COMMANDS))
def test_oracle(name, runs, debs, data_files):
    done = oracle(name, runs, debs, data_files)
    assert done.returncode == COMMANDS[name][2], show(done)
    if done.returncode == 0:
        assert done.stdout, show(done)
    exe, args = command(name, debs, data_files)
    try:
        native = run([exe, *args], data_files, COMMANDS[name][3])
    except OSError:
        return  # the host kernel does not run i386 binaries
    assert native.stdout == done.stdout, "qemu and the host CPU disagree:\n" + show(native)
    assert native.returncode == done.returncode


@pytest.mark.parametrize("name", list(COMMANDS))
def test_vtsim(name, runs, debs, data_files, vtsim_bin):
    expected = oracle(name, runs, debs, data_files)
    exe, args = command(name, debs, data_files)
    got = run([str(vtsim_bin), "run", "--user", exe, *args], data_files, COMMANDS[name][3])
    if got.returncode == 2 and NO_MODEL.encode() in got.stderr:
        pytest.skip(f"vtsim has no IA-32 CPU model yet: {got.stderr.decode().strip()}")
    assert got.stdout == expected.stdout, "stdout differs from qemu's:\n" + show(got)
    assert got.returncode == expected.returncode, show(got)
