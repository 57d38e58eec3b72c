"""Exact pins of what sharpbits runs on here, for `pip install -c constraints.txt`.

The katas pin exception classes and stale values of the library versions they were verified
on; a Gradescope image built later must not drift to newer ones. So the bundle pins every
installed distribution in sharpbits' runtime dependency closure: its requirements, theirs, and
so on, skipping extras nobody asked for and markers that do not hold on this interpreter.
"""

from __future__ import annotations

import platform
import sys
from importlib.metadata import Distribution, PackageNotFoundError, distribution

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from sharpbits.errors import SharpbitsError

ROOT = "sharpbits"
REINSTALL = "install it with `pip install -e .` (or the wheel), then build the bundle again"


class ConstraintsError(SharpbitsError):
    """The installed dependencies are incomplete or do not satisfy sharpbits' requirements."""


def runtime_closure(root: str = ROOT) -> dict[str, Distribution]:
    """Every installed distribution *root* needs at run time (itself included), by name."""
    found: dict[str, Distribution] = {}
    visited: set[tuple[str, frozenset[str]]] = set()
    todo: list[tuple[str, frozenset[str], str]] = [(root, frozenset(), "")]
    while todo:
        name, extras, needed_by = todo.pop()
        key = canonicalize_name(name)
        if (key, extras) in visited:
            continue
        visited.add((key, extras))
        dist = found.get(key) or _installed(name, needed_by)
        found[key] = dist
        for text in dist.requires or []:
            try:
                req = Requirement(text)
            except InvalidRequirement as exc:
                msg = f"{dist.metadata['Name']} declares an unreadable requirement {text!r}: {exc}"
                raise ConstraintsError(msg) from None
            if not _applies(req, extras):
                continue
            todo.append((req.name, frozenset(map(canonicalize_name, req.extras)), _who(dist)))
            _check_version(req, dist)
    return found


def _installed(name: str, needed_by: str) -> Distribution:
    try:
        return distribution(name)
    except PackageNotFoundError:
        why = f" (needed by {needed_by})" if needed_by else ""
        raise ConstraintsError(f"{name}{why} is not installed: {REINSTALL}") from None


def _applies(req: Requirement, extras: frozenset[str]) -> bool:
    """Whether *req* holds here for a distribution installed with *extras* (none: "")."""
    if req.marker is None:
        return True
    return any(req.marker.evaluate({"extra": extra}) for extra in (extras or {""}))


def _check_version(req: Requirement, by: Distribution) -> None:
    try:
        dist = distribution(req.name)
    except PackageNotFoundError:
        return  # the loop reports it, with who needs it
    if not req.specifier.contains(dist.version, prereleases=True):
        msg = (
            f"{dist.metadata['Name']} {dist.version} is installed but {_who(by)} needs "
            f"{req.name}{req.specifier}: {REINSTALL}"
        )
        raise ConstraintsError(msg)


def _who(dist: Distribution) -> str:
    return f"{dist.metadata['Name']} {dist.version}"


def constraints_text(root: str = ROOT) -> str:
    """constraints.txt: name==version for every dependency of *root* (not *root* itself)."""
    closure = runtime_closure(root)
    closure.pop(canonicalize_name(root))
    pins = [f"{closure[key].metadata['Name']}=={closure[key].version}" for key in sorted(closure)]
    where = f"Python {platform.python_version()} on {sys.platform} ({platform.machine()})"
    head = f"# Exact versions {root} was installed with here ({where}).\n"
    return head + "".join(f"{pin}\n" for pin in pins)
