"""The self-checking bare-metal IA-32 images of guests/ia32/tests under
Debian's Bochs (CPU model corei7_haswell_4770, guests/ia32/bochs/bochsrc):
each image is wrapped in a floppy whose boot sector (guests/ia32/bochs/
boot.S) enters the flat 32-bit entry state of docs/platform.md; the port
0xE9 console arrives on Bochs's stdout and port 0x8900 "Shutdown" ends the
run. The same observations as under vtsim must appear. Skipped when bochs
is not installed."""
import re
import shutil
import struct
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

BOCHS = shutil.which("bochs")
pytestmark = pytest.mark.skipif(BOCHS is None, reason="bochs is not installed")

IMAGES = ["idt", "sys", "paging", "timer", "io", "debug", "realmode", "breakpoints"]


def load_range(elf):
    """Lowest address and entry point of an ELF32 image's allocated sections."""
    data = elf.read_bytes()
    entry, _, shoff = struct.unpack_from("<III", data, 24)
    shentsize, shnum = struct.unpack_from("<HH", data, 46)
    lows = []
    for i in range(shnum):
        _, _, flags, addr, _, size = struct.unpack_from("<IIIIII", data, shoff + i * shentsize)
        if flags & 2 and size:  # SHF_ALLOC
            lows.append(addr)
    return min(lows), entry


def make_floppy(root, elf, work):
    payload = work / "payload.bin"
    subprocess.run(["objcopy", "-O", "binary", "--set-section-flags", ".bss=alloc,load,contents",
                    elf, payload], check=True)
    body = payload.read_bytes()
    body += bytes(-len(body) % 512)
    load, entry = load_range(elf)
    obj, boot = work / "boot.o", work / "boot.bin"
    subprocess.run(["as", "--32", "--defsym", f"SECTORS={len(body) // 512}", "--defsym",
                    f"LOAD={load}", "--defsym", f"ENTRY={entry}", "-o", obj,
                    root / "guests/ia32/bochs/boot.S"], check=True)
    subprocess.run(["ld", "-m", "elf_i386", "-Ttext=0x7c00", "--oformat", "binary", "-e", "_start",
                    "-o", boot, obj], check=True)
    image = boot.read_bytes() + body
    assert len(boot.read_bytes()) == 512 and len(image) <= 1474560
    floppy = work / "floppy.img"
    floppy.write_bytes(image + bytes(1474560 - len(image)))
    return floppy


def run_bochs(root, elf, work):
    work.mkdir()
    floppy = make_floppy(root, elf, work)
    rc = work / "bochsrc"
    rc.write_text((root / "guests/ia32/bochs/bochsrc").read_text().replace("@FLOPPY@", str(floppy)))
    cmds = work / "debugger.rc"  # Debian's bochs starts in its debugger: continue at once
    cmds.write_text("c\nquit\n")
    # The headless display (RFB) listens on the first free port of 5900-5949;
    # other Bochs or VNC servers on the host may hold them all for a moment.
    for attempt in range(5):
        r = subprocess.run([BOCHS, "-q", "-f", rc, "-rc", cmds], capture_output=True, text=True,
                           timeout=50, cwd=work, stdin=subprocess.DEVNULL)
        if "RFB could not bind" not in r.stderr + r.stdout:
            break
        time.sleep(1 + attempt)
    obs = dict(re.findall(r"^@([^=\n]+)=(.*)$", r.stdout, re.M))
    return r, obs


@pytest.fixture(scope="module")
def bochs_runs(root, guest, tmp_path_factory):
    """Every image under Bochs, two at a time (the host has two cores)."""
    base = tmp_path_factory.mktemp("bochs")
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(run_bochs, root, guest(f"ia32-test-{name}"), base / name)
                   for name in IMAGES + ["triple"]}
        return {name: f.result() for name, f in futures.items()}


@pytest.mark.parametrize("name", IMAGES)
def test_image_passes_under_bochs(name, bochs_runs, vtsim_bin, guest, tmp_path):
    r, obs = bochs_runs[name]
    assert "FAIL" not in r.stdout, r.stdout
    assert obs.get("failures") == "0x0", r.stdout + r.stderr[-2000:]
    # The same observations as under vtsim.
    trace = tmp_path / "t.jsonl"
    subprocess.run([vtsim_bin, "run", guest(f"ia32-test-{name}"), "--trace", trace],
                   capture_output=True, timeout=120)
    import json
    want = {x["key"]: x["value"] for x in map(json.loads, trace.read_text().splitlines())
            if x["kind"] == "observe"}
    assert obs == want


def test_triple_fault_under_bochs(bochs_runs):
    r, obs = bochs_runs["triple"]
    assert obs.get("triple.start") == "1" and "triple.survived" not in obs
    # Bochs (reset_on_triple_fault=0) stops: "3rd (13) exception with no resolution".
    assert re.search(r"exception with no resolution", r.stdout + r.stderr)
