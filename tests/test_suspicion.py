"""The static read of kata.py: it flags what reaches for the grader, and nothing a kata needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharpbits.registry import solutions_root
from sharpbits.suspicion import suspicions

from .conftest import KATAS

KNOWN_RIGHT = Path(__file__).parent / "known_right"


@pytest.mark.parametrize(
    ("code", "flag"),
    [
        ("import atexit", "line 1: imports atexit"),
        ("import os\nfrom _pytest import runner", "line 2: imports _pytest"),
        ("import sharpbits.plugin as p", "imports sharpbits.plugin"),
        ("import gc", "imports gc"),
        ("import ctypes", "imports ctypes"),
        ("from subprocess import Popen", "imports subprocess"),
        ("import importlib\nm = importlib.import_module('a' + 'texit')", "imports importlib"),
        ("m = __import__('a' + 'texit')", "uses __import__"),
        ("import sys\nargs = sys.argv", "uses sys.argv"),
        ("import sys\nsys.modules['x'] = 1", "uses sys.modules"),
        ("import os\nos._exit(0)", "calls os._exit"),
        ("import os\nos.execv('/bin/sh', [])", "calls os.execv"),
        ("import os\nos.fork()", "calls os.fork"),
        ("import os\nfds = os.listdir('/proc/self/fd')", "names /proc"),
        ("exec('x = 1')", "uses exec"),
    ],
)
def test_what_reaches_for_the_grader_is_flagged_with_its_line(code: str, flag: str) -> None:
    found = suspicions(code)
    assert any(flag in line for line in found), found


def test_what_a_kata_needs_is_not_flagged() -> None:
    code = (
        "import functools, math, os, sys\nimport numpy as np\nimport jax, jax.numpy as jnp\n"
        "import numba\nfrom jax import lax\nGAIN = float(os.environ.get('KATA23_GAIN', '1'))\n"
        "EPS = sys.float_info.epsilon\nprint('debug')\n"
    )
    assert suspicions(code) == ()


def test_code_that_does_not_parse_is_an_import_error_not_a_suspicion() -> None:
    assert suspicions("def f(:\n") == ()


def test_no_shipped_kata_reference_or_known_right_fix_is_flagged() -> None:
    files = [
        *KATAS.glob("*/kata.py"),
        *solutions_root().glob("*/kata.py"),
        *KNOWN_RIGHT.glob("*/*.py"),
    ]
    assert len(files) > 48
    flagged = {str(f): suspicions(f.read_bytes()) for f in files if suspicions(f.read_bytes())}
    assert not flagged
