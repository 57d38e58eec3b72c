"""The version matrix: one fresh venv per verified combination of src/sharpbits/versions.py.

    nox -f .ci/noxfile.py                      # every combination (about 15 min each on 2 cores)
    nox -f .ci/noxfile.py -s oldest            # the kata suite on the oldest one (.ci/run does)
    nox -f .ci/noxfile.py -s "matrix(jax='0.7.2', numba='0.62.1')"   # one combination
    nox -f .ci/noxfile.py -s suite             # pins and kata suite only, every combination

`matrix` runs, in a venv with exactly that combination installed (and the project itself
without letting pip change them): the pins on the shipped katas, the kata suite against the
reference solutions, and the self-check (references, known-wrong and known-right fixes) of
every kata. `oldest` runs the first two on the oldest combination only, within CI's budget.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from sharpbits.versions import MATRIX, Combination  # noqa: E402

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["matrix"]
nox.options.error_on_missing_interpreters = True


def _install(session: nox.Session, row: Combination) -> None:
    pins = [f"jax=={row.jax}", f"jaxlib=={row.jax}", f"numba=={row.numba}", f"numpy=={row.numpy}"]
    constraints = Path(session.create_tmp()) / "constraints.txt"
    constraints.write_text("\n".join(pins) + "\n", encoding="utf-8")
    session.install("-c", str(constraints), *pins, "-e", str(ROOT))
    session.run(
        "python", "-c",
        "import importlib.metadata as m, sys; "
        "got = {d: m.version(d) for d in ('jax', 'jaxlib', 'numba', 'numpy')}; "
        f"want = {{'jax': '{row.jax}', 'jaxlib': '{row.jax}', 'numba': '{row.numba}', "
        f"'numpy': '{row.numpy}'}}; "
        "sys.exit(0 if got == want else f'installed {got}, wanted {want}')",
    )  # fmt: skip


def _kata_suite(session: nox.Session) -> None:
    session.chdir(ROOT)
    common = ("-p", "no:cacheprovider", "-m", "not perf", "-q")
    session.run("python", "-m", "pytest", "katas", *common, "-k", "test_pitfall_")
    session.run("python", "-m", "pytest", "katas", *common, "--sharpbits-solutions")


@nox.session(python=MATRIX[0].python)
def oldest(session: nox.Session) -> None:
    """The pins as shipped and the kata suite with the references, on the oldest combination."""
    _install(session, MATRIX[0])
    _kata_suite(session)


ROWS = nox.parametrize(
    ("python", "row"),
    [(row.python, row) for row in MATRIX],
    ids=[f"jax='{row.jax}', numba='{row.numba}'" for row in MATRIX],
)


@nox.session
@ROWS
def matrix(session: nox.Session, row: Combination) -> None:
    """Pins, kata suite and self-check on one verified combination."""
    _install(session, row)
    _kata_suite(session)
    session.run("python", "-m", "tests.selfcheck", "--no-perf", "--quiet")


@nox.session
@ROWS
def suite(session: nox.Session, row: Combination) -> None:
    """Pins and kata suite only (no self-check): a quick look at one combination."""
    _install(session, row)
    _kata_suite(session)
