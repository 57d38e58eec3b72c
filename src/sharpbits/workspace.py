"""A learner's workspace: a folder holding katas/ (with katas.toml), conftest.py and a state
folder. Also the pristine copies shipped with sharpbits, for `init` and `reset`."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sharpbits.errors import SharpbitsError
from sharpbits.given import edited_line, restore
from sharpbits.registry import CATALOG_FILE, Kata, find_kata, load_catalog

PACKAGE = Path(__file__).resolve().parent
PACKAGED = PACKAGE / "_workspace"  # the wheel ships katas/ and conftest.py here
STATE_DIR = ".sharpbits"
KATA_FILES = ("README.md", "kata.py", "test_kata.py")
PITFALLS = "PITFALLS.md"  # the pitfall catalog the katas cite by id, beside katas.toml

# The pytest settings a workspace needs (the repository's pyproject.toml has the same).
WORKSPACE_PYPROJECT = """\
# A sharpbits learner workspace. Edit only katas/NN_slug/kata.py; run `sharpbits`.
[tool.pytest.ini_options]
testpaths = ["katas"]
addopts = ["--import-mode=importlib", "--strict-markers", "-ra", "-p", "no:anyio"]
filterwarnings = ["error", "default::numba.core.errors.NumbaPerformanceWarning"]
"""


class WorkspaceError(SharpbitsError):
    """No workspace where one is needed, or a file operation refused."""


@dataclass(frozen=True)
class Workspace:
    root: Path

    @property
    def katas_dir(self) -> Path:
        return self.root / "katas"

    @property
    def state_dir(self) -> Path:
        return self.root / STATE_DIR

    def catalog(self) -> tuple[Kata, ...]:
        return load_catalog(self.katas_dir)

    def kata(self, query: str) -> Kata:
        return find_kata(query, self.katas_dir)

    def display(self, path: Path) -> str:
        """*path* relative to the workspace, for messages."""
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)


def find_workspace(start: Path | None = None) -> Workspace:
    """The workspace containing *start* (default: the current folder)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "katas" / CATALOG_FILE).is_file():
            return Workspace(folder)
    msg = (
        f"no sharpbits workspace in {here} or above (a folder with katas/{CATALOG_FILE}): "
        "create one with `sharpbits init DIR`, or cd into one"
    )
    raise WorkspaceError(msg)


# --- pristine copies ---------------------------------------------------------------------


def pristine_text(relpath: str) -> str:
    """The text of *relpath* ("katas/03_impure/kata.py", "conftest.py") as sharpbits ships it.

    From the installed wheel; in a development install (no packaged copy), from the
    repository's last commit, so that a learner's edits in a clone never count as pristine.
    """
    packaged = PACKAGED / relpath
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    repo = PACKAGE.parents[1]
    try:
        out = subprocess.run(
            ["git", "-C", str(repo), "show", f"HEAD:{relpath}"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        out = None
    if out is None or out.returncode != 0:
        msg = f"no pristine copy of {relpath} in this installation: reinstall sharpbits"
        raise WorkspaceError(msg)
    return out.stdout


def _pristine_catalog_ids() -> list[str]:
    data = tomllib.loads(pristine_text(f"katas/{CATALOG_FILE}"))
    return [str(entry["id"]) for entry in data.get("kata", [])]


def init_workspace(target: Path) -> Workspace:
    """Create a fresh learner workspace in *target* (which must be new or empty)."""
    target = target.resolve()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        msg = f"{target} already exists and is not empty: choose a new folder"
        raise WorkspaceError(msg)
    files = {f"katas/{name}": pristine_text(f"katas/{name}") for name in (CATALOG_FILE, PITFALLS)}
    for kata_id in _pristine_catalog_ids():
        for name in KATA_FILES:
            files[f"katas/{kata_id}/{name}"] = pristine_text(f"katas/{kata_id}/{name}")
    files["conftest.py"] = pristine_text("conftest.py")
    files["pyproject.toml"] = WORKSPACE_PYPROJECT
    files[".gitignore"] = f"{STATE_DIR}/\n.hypothesis/\n.benchmarks/\n__pycache__/\n"
    for relpath, text in files.items():
        path = target / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Workspace(target)


def given_edit(kata: Kata) -> int | None:
    """The line of the workspace's kata.py where its GIVEN section stops being as shipped, or
    None (as shipped, no kata.py, or no pristine copy to compare with: nothing to blame)."""
    path = kata.path / "kata.py"
    try:
        return edited_line(
            path.read_text(encoding="utf-8"), pristine_text(f"katas/{kata.id}/kata.py")
        )
    except (OSError, UnicodeDecodeError, WorkspaceError):
        return None


def reset_kata(
    workspace: Workspace, kata: Kata, backup_dir: Path, *, given_only: bool = False
) -> Path | None:
    """Restore the pristine kata.py (with *given_only*: only its GIVEN section, keeping the
    learner's code); keep the learner's version in *backup_dir*.

    Returns the backup path, or None when nothing had to change (nothing written).
    """
    path = kata.path / "kata.py"
    pristine = pristine_text(f"katas/{kata.id}/kata.py")
    current = path.read_text(encoding="utf-8") if path.is_file() else None
    wanted = restore(current, pristine) if given_only and current is not None else pristine
    if current == wanted:
        return None
    backup = backup_kata(workspace, kata, backup_dir)
    path.write_text(wanted, encoding="utf-8")
    return backup or path


def backup_kata(workspace: Workspace, kata: Kata, backup_dir: Path | None = None) -> Path | None:
    """Copy the kata.py about to be overwritten to *backup_dir* (default: the workspace's
    backups folder) as NN_slug-N.py, never over an earlier backup; None when there is none."""
    path = kata.path / "kata.py"
    if not path.is_file():
        return None
    folder = backup_dir or workspace.state_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = len(list(folder.glob(f"{kata.id}-*.py"))) + 1
    while (folder / f"{kata.id}-{stamp}.py").exists():
        stamp += 1
    backup = folder / f"{kata.id}-{stamp}.py"
    shutil.copyfile(path, backup)
    return backup
