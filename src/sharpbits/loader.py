"""The one loader for kata modules: find the kata.py under test and import it afresh.

Every test of every kata gets its module from here, whether it runs against the learner's
workspace, the reference solutions, or a submission being graded.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Literal

from sharpbits.errors import KataLoadError
from sharpbits.registry import solutions_root

KATA_FILE = "kata.py"
_counter = itertools.count()


@dataclass(frozen=True)
class Source:
    """Where kata.py files come from.

    ``workspace``: the kata.py beside each test file; ``solutions``: the reference solutions
    shipped in the package; ``submission``: ``root/NN_slug/kata.py`` or
    ``root/katas/NN_slug/kata.py``.
    """

    kind: Literal["workspace", "solutions", "submission"] = "workspace"
    root: Path | None = None

    def kata_file(self, kata_id: str, test_dir: Path) -> Path:
        """The kata.py to test for the kata whose tests live in *test_dir*."""
        if self.kind == "workspace":
            return test_dir / KATA_FILE
        if self.kind == "solutions":
            return solutions_root() / kata_id / KATA_FILE
        assert self.root is not None
        for candidate in (self.root / kata_id, self.root / "katas" / kata_id):
            if (candidate / KATA_FILE).is_file():
                return candidate / KATA_FILE
        msg = f"the submission {self.root} has no {kata_id}/{KATA_FILE}"
        raise KataLoadError(msg)


def load_kata_module(path: Path, kata_id: str) -> ModuleType:
    """Import *path* as a new module object on every call (nothing is shared between loads).

    Raises KataLoadError with a one-line reason (file, line, exception) when the file is
    missing or raises at import time: any exception, SystemExit, or pytest's skip and exit
    outcomes (a kata.py that skips at import must not skip its tests); Ctrl-C still stops.
    """
    if not path.is_file():
        msg = f"{path} does not exist: `sharpbits reset {kata_id[:2]}` restores the shipped one"
        raise KataLoadError(msg)
    name = f"sharpbits_kata_{kata_id}_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        msg = f"{path} cannot be imported as a Python module"
        raise KataLoadError(msg)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # numba and dataclasses look modules up by name
    try:
        # Compiled from the file as it is now, never from __pycache__: Python trusts a cached
        # .pyc whose source has the same size and modification second, so a quick edit of
        # the same length (`x + 2` -> `2 * x`) would otherwise test the old code.
        code = compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        exec(code, module.__dict__)
    except SyntaxError as exc:
        del sys.modules[name]
        msg = f"{path}:{exc.lineno}: SyntaxError: {exc.msg} (fix kata.py so that it imports)"
        raise KataLoadError(msg) from None
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # SystemExit, pytest.skip / pytest.exit at import, ...
        del sys.modules[name]
        where = _line_in(path, exc)
        msg = f"{path}{where}: {type(exc).__name__} while importing kata.py: {_first_line(exc)}"
        raise KataLoadError(msg) from None
    return module


def _line_in(path: Path, exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename) == path]
    return f":{frames[-1].lineno}" if frames else ""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else "(no message)"
