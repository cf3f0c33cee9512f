"""Two runs of the same image give the same trace, byte for byte: time,
randomness and process identity all derive from retired instructions and
the configured seed (docs/platform.md)."""
import subprocess

import pytest


@pytest.mark.parametrize("name,args", [
    ("ia32-test-timer", []),          # PIT interrupts through the PIC
    ("ia64-test-timer", []),          # the interval timer
])
def test_system_image_traces_are_identical(vtsim_bin, guest, tmp_path, name, args):
    traces = []
    for run in range(2):
        trace = tmp_path / f"{run}.jsonl"
        r = subprocess.run([vtsim_bin, "run", guest(name), "--trace", trace, "--trace-insn", *args],
                           capture_output=True, timeout=120)
        assert r.returncode == 0, r.stderr
        traces.append(trace.read_bytes())
    assert traces[0] == traces[1]
    assert b'"kind":"interrupt' in traces[0]


def test_user_program_with_time_and_randomness_is_repeatable(vtsim_bin, tmp_path, tool):
    src = tmp_path / "t.c"
    src.write_text('#include <stdio.h>\n#include <time.h>\n#include <sys/random.h>\n'
                   'int main(void){struct timespec t; unsigned r; clock_gettime(CLOCK_REALTIME,&t);'
                   'getrandom(&r,sizeof r,0); printf("%ld.%09ld %08x\\n",(long)t.tv_sec,t.tv_nsec,r);'
                   'return 0;}\n')
    exe = tmp_path / "t"
    subprocess.run([tool("gcc"), "-m32", "-static", "-O2", "-o", exe, src], check=True)
    outs = []
    for run in range(2):
        trace = tmp_path / f"{run}.jsonl"
        r = subprocess.run([vtsim_bin, "run", "--user", "--trace", trace, exe], capture_output=True,
                           timeout=120)
        assert r.returncode == 0, r.stderr
        outs.append((r.stdout, trace.read_bytes()))
    assert outs[0] == outs[1]
