"""Property tests meet the same examples whatever else is loaded in the process.

Hypothesis mixes the literal constants of "local" modules (not in site-packages or the
standard library) into its draws; sharpbits.properties switches that off, so that a kata's
examples do not depend on the learner's constants, on other katas run in the same process, or
on whether sharpbits is installed editable or from a wheel.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

LOCAL_MODULE = "VALUES = [987654321, 424242, 31337, -77777, 2.718281828, 1.5e300]\n"

PROBE = """\
import hashlib, sys
sys.path.insert(0, ".")
if "local" in sys.argv:
    import localmod  # a local module: Hypothesis would mine its constants
if "sharpbits" in sys.argv:
    import sharpbits.properties
from hypothesis import given, settings, strategies as st

seen = []

@settings(derandomize=True, database=None, max_examples=300)
@given(st.integers(), st.floats())
def probe(i, f):
    seen.append((i, f))

probe()
print(hashlib.sha1(repr(seen).encode()).hexdigest())
"""


def _examples(folder: Path, *flags: str) -> str:
    out = subprocess.run(
        [sys.executable, "probe.py", *flags],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "localmod.py").write_text(LOCAL_MODULE)
    (tmp_path / "probe.py").write_text(PROBE)
    return tmp_path


def test_without_sharpbits_a_local_module_changes_hypothesis_examples(folder: Path) -> None:
    # the hazard itself: the same derandomized test, other examples once a module is loaded
    assert _examples(folder) != _examples(folder, "local")


def test_with_sharpbits_properties_the_examples_ignore_local_modules(folder: Path) -> None:
    assert _examples(folder, "sharpbits") == _examples(folder, "sharpbits", "local")
    assert not (folder / ".hypothesis").exists(), "Hypothesis wrote into the working folder"
