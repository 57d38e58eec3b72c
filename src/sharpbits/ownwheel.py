"""The installed sharpbits zipped back into a wheel: what `sharpbits gradescope-bundle` ships.

Built from the installed package's own files, so it works the same from a clone installed with
`pip install -e .` and from an installed wheel: the package (no __pycache__), the pristine katas
and conftest.py under sharpbits/_workspace/ (where pyproject.toml's force-include puts them),
METADATA, entry_points.txt and the license files of the installed dist-info, and a WHEEL and a
RECORD written here. The katas must be the shipped ones (katas/pristine.sha256).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import tomllib
import zipfile
from collections.abc import Iterator
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from sharpbits import __version__
from sharpbits._pristine import check
from sharpbits.errors import SharpbitsError
from sharpbits.registry import default_katas_root

NAME = "sharpbits"
PACKAGE = Path(__file__).resolve().parent
WORKSPACE = f"{NAME}/_workspace"  # as [tool.hatch.build.targets.wheel.force-include] has it
TAG = "py3-none-any"
EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed timestamps: the same files give the same bytes
REINSTALL = "run `pip install -e .` again in the clone, then build again"


class WheelError(SharpbitsError):
    """The installed sharpbits cannot be packed as it should ship."""


def build_wheel(dest: Path, *, solutions: bool = True) -> Path:
    """Write sharpbits-VERSION-py3-none-any.whl into the folder *dest*; return its path.
    ``solutions=False`` leaves the reference solutions out (a grading machine needs none, and
    an unsandboxed run there could read them)."""
    dist = _installed()
    katas = default_katas_root()
    editable = not katas.is_relative_to(PACKAGE)
    problem = check(katas)
    if problem is not None:
        if editable:
            raise WheelError(str(problem))
        msg = f"{katas / problem.path} {problem.what}: reinstall sharpbits"
        raise WheelError(msg)
    files = {
        f"{NAME}/{rel}": path.read_bytes()
        for rel, path in shipped(PACKAGE)
        if solutions or not rel.startswith("solutions/")
    }
    if editable:
        _check_fresh(dist, katas.parent / "pyproject.toml")
        files |= {f"{WORKSPACE}/katas/{rel}": path.read_bytes() for rel, path in shipped(katas)}
        conftest = katas.parent / "conftest.py"
        if not conftest.is_file():
            raise WheelError(f"{conftest} is missing: restore it with `git checkout conftest.py`")
        files[f"{WORKSPACE}/conftest.py"] = conftest.read_bytes()
    info = f"{NAME}-{dist.version}.dist-info"
    files |= _dist_info(dist, info)
    files[f"{info}/WHEEL"] = (
        f"Wheel-Version: 1.0\nGenerator: {NAME} {__version__} (gradescope-bundle)\n"
        f"Root-Is-Purelib: true\nTag: {TAG}\n"
    ).encode()
    # one order wherever it is built from: the package, then the dist-info, RECORD last
    files = dict(sorted(files.items(), key=lambda item: (item[0].startswith(info), item[0])))
    files[f"{info}/RECORD"] = _record(files, f"{info}/RECORD")
    target = dest / f"{NAME}-{dist.version}-{TAG}.whl"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, data in files.items():
            add_entry(wheel, name, data)
    return target


def add_entry(archive: zipfile.ZipFile, name: str, data: bytes, mode: int = 0o644) -> None:
    """Add *name* with fixed timestamps and the given permissions."""
    info = zipfile.ZipInfo(name, EPOCH)
    info.external_attr = (0o100000 | mode) << 16  # a regular file with these permissions
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def shipped(folder: Path) -> Iterator[tuple[str, Path]]:
    """(posix path relative to *folder*, path) of each file that ships, sorted: no
    __pycache__, compiled files or hidden files (what .gitignore keeps out of a built wheel)."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        hidden = any(part == "__pycache__" or part.startswith(".") for part in rel.parts)
        if path.is_file() and not hidden and path.suffix not in (".pyc", ".pyo"):
            yield rel.as_posix(), path


def _installed() -> Distribution:
    try:
        dist = distribution(NAME)
    except PackageNotFoundError:
        raise WheelError(f"{NAME} is not installed: install it with `pip install -e .`") from None
    if dist.version != __version__:
        msg = f"the installed {NAME} metadata says {dist.version}, the code {__version__}: "
        raise WheelError(msg + REINSTALL)
    return dist


def _check_fresh(dist: Distribution, pyproject: Path) -> None:
    """An editable install keeps the metadata of its install: refuse it if pyproject.toml has
    since changed the version or the runtime dependencies (the wheel would lie about them)."""
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    except (OSError, tomllib.TOMLDecodeError, KeyError):
        return  # not a clone of sharpbits: nothing to compare with
    wanted = {_key(Requirement(text)) for text in project.get("dependencies", [])}
    have = {_key(r) for r in map(Requirement, dist.requires or []) if "extra" not in str(r.marker)}
    if project.get("version") != dist.version or wanted != have:
        msg = f"the installed {NAME} metadata is older than {pyproject}: {REINSTALL}"
        raise WheelError(msg)


def _key(req: Requirement) -> tuple[str, str, str, tuple[str, ...]]:
    """A requirement as metadata spells it, whatever pyproject.toml wrote (ml_dtypes and
    ml-dtypes are one name; the order of specifiers does not matter)."""
    specifiers = ",".join(sorted(str(s) for s in req.specifier))
    return canonicalize_name(req.name), specifiers, str(req.marker or ""), tuple(sorted(req.extras))


def _dist_info(dist: Distribution, info: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for name in ("METADATA", "entry_points.txt"):
        text = dist.read_text(name)
        if text is None:
            raise WheelError(f"the installed {NAME} has no {name}: {REINSTALL}")
        files[f"{info}/{name}"] = text.encode()
    for path in dist.files or []:
        if path.parts[:2] == (info, "licenses"):
            files[path.as_posix()] = path.read_binary()
    return files


def _record(files: dict[str, bytes], record: str) -> bytes:
    out = io.StringIO()
    rows = csv.writer(out, lineterminator="\n")
    for name, data in files.items():
        sha = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        rows.writerow([name, f"sha256={sha}", len(data)])
    rows.writerow([record, "", ""])
    return out.getvalue().encode()
