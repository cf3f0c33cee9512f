"""Shared fixtures of the end-to-end tests: where the built vtsim is."""
import os
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def vtsim_bin():
    """Path of the vtsim executable under test (VTSIM_BIN, else build/debug/vtsim)."""
    path = pathlib.Path(os.environ.get("VTSIM_BIN", ROOT / "build" / "debug" / "vtsim"))
    if not path.exists():
        pytest.fail(f"vtsim binary not found at {path}: build first (make check does)")
    return path


@pytest.fixture(scope="session")
def tool():
    """Look up a host tool by name; fail (not skip) if a required one is missing."""
    def find(name):
        found = shutil.which(name)
        if not found:
            pytest.fail(f"{name} not installed: scripts/install-deps installs it")
        return found
    return find


@pytest.fixture(scope="session")
def guest(vtsim_bin):
    """Path of a guest image built with vtsim (build/<type>/guests/NAME)."""
    def find(name):
        path = vtsim_bin.parent / "guests" / name
        if not path.exists():
            pytest.fail(f"guest {name} not built at {path}")
        return path
    return find


@pytest.fixture(scope="session")
def arch_supported(vtsim_bin):
    """Whether this vtsim build has a CPU model for an architecture."""
    import subprocess
    out = subprocess.run([vtsim_bin, "version"], capture_output=True, text=True, check=True).stdout
    return lambda arch: f"{arch} CPU model: yes" in out


@pytest.fixture(autouse=True)
def needs_arch(request, arch_supported):
    """A test module that sets ARCH = "ia32" or "ia64" is skipped when this
    vtsim build has no CPU model for it."""
    arch = getattr(request.module, "ARCH", None)
    if arch and not arch_supported(arch):
        pytest.skip(f"this vtsim has no {arch.upper().replace('IA', 'IA-')} CPU model")
