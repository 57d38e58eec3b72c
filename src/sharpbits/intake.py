"""Submissions in, kata.py files out: the grader stages nothing else.

A submission is a folder, a .zip or a .tar.gz holding ``NN_slug/kata.py`` files at any depth
(``alice/katas/03_impure/kata.py`` works too). A folder that holds no kata folder itself is a
folder of submissions: each child folder or archive is one, named after it. Test files,
conftest.py, pytest.ini, .pth files or a ``jax.py`` in a submission are never staged.
"""

from __future__ import annotations

import hashlib
import tarfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sharpbits.errors import SharpbitsError

ARCHIVES = (".zip", ".tar.gz", ".tgz")
MAX_KATA_BYTES = 1_000_000


class IntakeError(SharpbitsError):
    """A grading input that does not exist or is not a submission at all."""


@dataclass(frozen=True)
class Submission:
    name: str
    origin: Path
    files: dict[str, bytes]  # kata id -> kata.py content
    problem: str = ""  # why nothing could be read (a corrupt archive), one line

    @property
    def digest(self) -> str:
        sha = hashlib.sha256()
        for kata_id in sorted(self.files):
            sha.update(kata_id.encode() + b"\0" + self.files[kata_id] + b"\0")
        return sha.hexdigest()

    def stage(self, root: Path) -> Path:
        """Write ROOT/NAME/KATA_ID/kata.py for every kata.py found; return ROOT/NAME."""
        target = root / self.name
        for kata_id, content in self.files.items():
            (target / kata_id).mkdir(parents=True, exist_ok=True)
            (target / kata_id / "kata.py").write_bytes(content)
        target.mkdir(parents=True, exist_ok=True)
        return target


def discover(paths: Iterable[Path], kata_ids: Iterable[str]) -> list[Submission]:
    """Every submission under *paths*, sorted by name; names are made unique."""
    ids = set(kata_ids)
    found: list[Submission] = []
    for path in paths:
        if not path.exists():
            msg = f"{path} does not exist"
            raise IntakeError(msg)
        if path.is_dir() and _holds_katas(path, ids):
            _refuse_a_mixed_folder(path, ids)
        if path.is_dir() and not _holds_katas(path, ids):
            children = sorted(p for p in path.iterdir() if _is_candidate(p))
            if not children:
                bare = (
                    " (its kata.py is not in a kata folder)" if (path / "kata.py").is_file() else ""
                )
                msg = f"{path} holds no submissions{bare}: expected {LAYOUT}"
                raise IntakeError(msg)
            found += [read(child, ids) for child in children]
        elif path.is_dir() or _is_archive(path):
            found.append(read(path, ids))
        else:
            msg = f"{path} is not a folder, .zip or .tar.gz: expected {LAYOUT}"
            raise IntakeError(msg)
    unreadable = any(sub.problem.startswith("unreadable") for sub in found)
    if found and not unreadable and not any(sub.files for sub in found):
        where = ", ".join(str(p) for p in paths)
        msg = f"{where} holds no kata.py in a kata folder: expected {LAYOUT}"
        raise IntakeError(msg)
    return _unique(found)


LAYOUT = "NN_slug/kata.py, e.g. alice/03_impure/kata.py or alice.zip holding 03_impure/kata.py"


def read(path: Path, ids: set[str]) -> Submission:
    name = _name(path)
    try:
        members = list(_members(path))
        files = _pick(iter(members), ids)
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError, ValueError) as exc:
        reason = f"unreadable {'archive' if _is_archive(path) else 'folder'}: {exc}"
        return Submission(name, path, {}, reason.splitlines()[0])
    if members and not files:  # kata.py files, but none in a kata folder the grader knows
        found = ", ".join(str(m) for m, _ in members[:3]) + (", …" if len(members) > 3 else "")
        reason = f"its kata.py files ({found}) are not in kata folders: expected {LAYOUT}"
        return Submission(name, path, {}, reason)
    return Submission(name, path, files)


def _members(path: Path) -> Iterator[tuple[PurePosixPath, bytes]]:
    """(path inside the submission, content) of every regular file named kata.py."""
    if path.is_dir():
        for file in sorted(path.rglob("kata.py")):
            if IGNORED & set(file.relative_to(path).parts):
                continue
            if file.is_file() and not file.is_symlink():
                _check_size(file.name, file.stat().st_size)
                yield PurePosixPath(file.relative_to(path).as_posix()), file.read_bytes()
    elif path.name.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            if bad is not None:
                raise ValueError(f"corrupt member {bad}")
            for info in archive.infolist():
                if not info.is_dir() and PurePosixPath(info.filename).name == "kata.py":
                    _check_size(info.filename, info.file_size)
                    yield PurePosixPath(info.filename), archive.read(info)
    else:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive.getmembers():
                if member.isfile() and PurePosixPath(member.name).name == "kata.py":
                    _check_size(member.name, member.size)
                    handle = archive.extractfile(member)
                    yield PurePosixPath(member.name), handle.read() if handle else b""


def _check_size(name: str, size: int) -> None:
    if size > MAX_KATA_BYTES:
        raise ValueError(f"{name} is larger than {MAX_KATA_BYTES} bytes")


def _pick(members: Iterator[tuple[PurePosixPath, bytes]], ids: set[str]) -> dict[str, bytes]:
    """The shallowest kata.py per kata id; nothing outside a known kata folder."""
    best: dict[str, tuple[int, bytes]] = {}
    for path, data in members:
        if ".." in path.parts or path.is_absolute() or len(path.parts) < 2:
            continue
        kata_id = path.parts[-2]
        if kata_id in ids and (kata_id not in best or len(path.parts) < best[kata_id][0]):
            best[kata_id] = (len(path.parts), data)
    return {kata_id: data for kata_id, (_, data) in best.items()}


def _is_candidate(child: Path) -> bool:
    """A child of a batch folder that may be a submission: no hidden folder, no macOS
    resource folder (__MACOSX), no stray file."""
    if child.name.startswith(".") or child.name in IGNORED:
        return False
    return child.is_dir() or _is_archive(child)


IGNORED = {"__MACOSX", "__pycache__"}


def _refuse_a_mixed_folder(path: Path, ids: set[str]) -> None:
    """A folder holding kata folders is one submission; if it also holds submissions, a
    trainer unpacked one submission into the batch, and grading it as one would lose the rest."""
    others = sorted(
        child.name
        for child in path.iterdir()
        if child.name not in ids and child.name != "katas" and _is_candidate(child)
        and (_is_archive(child) or _holds_katas(child, ids))
    )  # fmt: skip
    if others:
        strays = sorted(child.name for child in path.iterdir() if child.name in ids)
        msg = (
            f"{path} holds kata folders ({', '.join(strays[:3])}) beside submissions "
            f"({', '.join(others[:3])}{', …' if len(others) > 3 else ''}): move each kata "
            "folder into its submission's folder, then grade again"
        )
        raise IntakeError(msg)


def _holds_katas(folder: Path, ids: set[str]) -> bool:
    return (folder / "katas").is_dir() or any((folder / kata_id).is_dir() for kata_id in ids)


def _is_archive(path: Path) -> bool:
    return path.is_file() and path.name.endswith(ARCHIVES)


def _name(path: Path) -> str:
    name = path.name
    for suffix in ARCHIVES:
        name = name.removesuffix(suffix)
    return name or "submission"


def _unique(submissions: list[Submission]) -> list[Submission]:
    """Names made unique: a second `alice` (alice/ and alice.zip) becomes `alice-2`, or
    `alice-3` when a submission is already called `alice-2`."""
    taken = {sub.name for sub in submissions}
    seen: set[str] = set()
    unique = []
    for sub in submissions:
        name, count = sub.name, 1
        while name in seen or (name != sub.name and name in taken):
            count += 1
            name = f"{sub.name}-{count}"
        seen.add(name)
        unique.append(Submission(name, sub.origin, sub.files, sub.problem))
    return sorted(unique, key=lambda s: s.name)
