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
