"""The learner's loop skips pins it has seen hold, only when nothing the pins see has changed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sharpbits import pincache
from sharpbits.checking import run_fast
from sharpbits.registry import Kata, find_kata, load_catalog
from sharpbits.runner import KataRun
from sharpbits.style import Style
from sharpbits.verdict import render
from sharpbits.warm import Warm
from sharpbits.workspace import Workspace, init_workspace

from .conftest import reference_as_learner

KATAS = Path(__file__).resolve().parent.parent / "katas"


# Their reference solutions call a function of the GIVEN code, whose compiled state the pins
# leave behind: every check of such code runs the pins.
REFERENCE_RUNS_PINS = {
    "06_grad_fitting",
    "07_staging",
    "12_recompilation",
    "14_loops",
    "27_pytrees_and_vmap",  # losses and sgd_step call the GIVEN squared_error and its mean
    "29_callbacks_and_checks",  # train_step logs with the GIVEN record_loss, jitted at import
    "32_process_settings",  # norms_of_batches calls the GIVEN row_norms; a lock made at import
}


@pytest.mark.parametrize("kata", load_catalog(KATAS), ids=lambda k: k.id)
def test_a_solved_kata_lets_the_pins_be_skipped_unless_it_calls_given_code(kata: Kata) -> None:
    assert pincache.inert(reference_as_learner(kata)) is (kata.id not in REFERENCE_RUNS_PINS)


IMPURE = find_kata("03", KATAS)


@pytest.mark.parametrize(
    ("added", "skips"),
    [
        ("THRESHOLD = 3.0\n", True),
        ("import numpy as np\n", True),  # as the shipped imports have it
        ("@numba.njit(cache=True)\ndef helper(a, n=3):\n    return a * n\n", True),
        ("do_sum = True\n", False),  # the global the GIVEN functions read
        ('jax.config.update("jax_enable_x64", False)\n', False),
        ("_ = jax.config.update('jax_enable_x64', False)\n", False),
        ("WARM = accumulate_numba_global(jnp.ones(3))\n", False),  # compiles a GIVEN function
        ("def accumulate_jax_global(arr):\n    return arr\n", False),
        ("import numpy as jnp\n", False),
        ("np.random.seed(0)\n", False),
        ("class Holder:\n    x = setattr(numba, 'x', 1)\n", False),
        ("for _ in range(2):\n    pass\n", False),
        ("def f(x, n=accumulate_jax_global):\n    return x\n", False),
        ("globals()['do_sum'] = True\n", False),
        # reads a GIVEN function the pins traced while do_sum was patched (a full run's state)
        ("@jax.jit\ndef product(arr):\n    return accumulate_jax_global(arr)\n", False),
        ("def local(do_sum):\n    return do_sum\n", True),  # a parameter, not the global
        ("from numba import set_num_threads as t\n_ = t(1)\n", False),
        ("import math\nX = math.factorial(3)\n", False),  # a call into a module not shipped
        ("N = int(3)\nA = jnp.arange(N)\n", True),  # builtins and the shipped modules
        ("from numpy import *\n", False),  # may rebind any name
        ('if __name__ == "__main__":\n    do_sum = True\n', True),  # never runs in the tests
        ('if __name__ != "__main__":\n    do_sum = True\n', False),
    ],
)
def test_learner_code_that_could_reach_the_given_code_runs_the_pins(
    added: str, skips: bool
) -> None:
    text = reference_as_learner(IMPURE) + "\n" + added
    assert pincache.inert(text) is skips


def test_the_key_follows_the_given_code_and_the_tests_not_the_learners_code() -> None:
    text = reference_as_learner(IMPURE)  # solved: it lets the pins be skipped
    key = pincache.key(IMPURE, text)
    assert key is not None and key == pincache.key(IMPURE, text + "\nX = 1\n")
    assert key != pincache.key(IMPURE, text.replace("do_sum = False", "do_sum = 0", 1))
    assert key != pincache.key(IMPURE, text.replace("import jax\n", "import jax\nimport os\n", 1))
    assert pincache.key(IMPURE, "def f():\n    pass\n") is None  # no GIVEN section


def test_a_check_with_remembered_pins_or_a_warm_interpreter_gives_the_full_verdict(
    tmp_path: Path,
) -> None:
    workspace = init_workspace(tmp_path / "ws")
    kata = workspace.kata("03")
    path = kata.path / "kata.py"
    text = reference_as_learner(kata)
    at = text.index("# --- YOUR CODE")  # a wrong fix: only the learner's part changes
    path.write_text(text[:at] + text[at:].replace("jnp.sum", "1 + jnp.sum"))
    full = run_fast(workspace, kata)  # the first check runs everything and remembers the pins
    assert (workspace.state_dir / pincache.CACHE_FILE).is_file()
    cached = run_fast(workspace, kata)
    assert "2 deselected" in cached.output  # the pins did not run again
    assert _verdict(workspace, kata, cached) == _verdict(workspace, kata, full)
    assert full.status == "failed" and [t.name for t in full.failing_fixes]
    warm = run_fast(workspace, kata, warm=Warm(kata))
    assert _verdict(workspace, kata, warm) == _verdict(workspace, kata, full)
    path.write_text(path.read_text() + "\ndo_sum = True\n")  # reaches the GIVEN code: run all
    reached = run_fast(workspace, kata)
    assert "deselected" not in reached.output
    assert [t.outcome for t in reached.pitfalls] == ["failed", "failed"]


def _verdict(workspace: Workspace, kata: Kata, run: KataRun) -> list[str]:
    style = Style(io.StringIO())  # plain text, as when piped
    return list(render(kata, run, style, where="kata.py", lesson="README.md"))


def test_pins_are_remembered_only_for_the_kata_py_the_run_saw(tmp_path: Path) -> None:
    """A save during the run (here kata.py rewrites its own GIVEN section as it is imported,
    as an editor would mid-run) leaves nothing remembered: the pins held on the old text."""
    workspace = init_workspace(tmp_path / "ws")
    kata = workspace.kata("03")
    path = kata.path / "kata.py"
    path.write_text(
        reference_as_learner(kata) + "\nimport pathlib\n\n"
        "_me = pathlib.Path(__file__)\n"
        "_me.write_text(_me.read_text().replace('do_sum = False', 'do_sum = 0', 1))\n"
    )
    run = run_fast(workspace, kata)
    assert [t.outcome for t in run.pitfalls] == ["passed", "passed"], run.output
    assert "do_sum = 0" in path.read_text()  # the file changed during the run
    assert not (workspace.state_dir / pincache.CACHE_FILE).exists()
    run_fast(workspace, kata)  # the same file before and after: now they are remembered
    assert kata.id in json.loads((workspace.state_dir / pincache.CACHE_FILE).read_text())


def test_a_learners_part_too_deep_to_parse_runs_the_pins_and_raises_nothing() -> None:
    text = reference_as_learner(IMPURE)
    for deep in ("x" + ".a" * 2000, "x" + ".a" * 5000, "-" * 10_000 + "x", "x = '\0'"):
        assert pincache.inert(text + "\n" + deep + "\n") is False
