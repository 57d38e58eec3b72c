"""The library versions the katas are verified on, and the pins whose behaviour differs by version.

A kata pins what JAX or Numba really does, so its verdicts are only as good as the versions
they were checked on. This module holds that knowledge in one place:

- ``RANGE``: the declared, verified range of each library the katas teach, the same specifiers
  as ``pyproject.toml`` (a test keeps the two equal);
- ``MATRIX``: the combinations the self-check and the kata suite passed on, with the date (the
  README's "Tested versions" table and ``.ci/noxfile.py`` are made from it);
- ``per_version``: a pin whose behaviour changed between versions states each version's
  behaviour, keyed by the first minor release that shows it; outside the range it raises, so a
  pin never silently accepts a version nobody checked;
- ``outside_range``: what the grader refuses to grade on (unless ``--unverified-versions``).

Versions are read from the installed distributions' metadata: nothing here imports jax or numba.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import TypeVar

from packaging.specifiers import SpecifierSet
from packaging.version import Version

__all__ = [
    "MATRIX",
    "RANGE",
    "Combination",
    "UnverifiedVersion",
    "installed",
    "matrix_row",
    "outside_range",
    "per_version",
]

T = TypeVar("T")

# The libraries whose behaviour the katas pin; the lower bounds are the oldest verified patch
# releases, the upper bounds exclude the next minor release nobody has checked yet.
RANGE: Mapping[str, str] = {
    "jax": ">=0.5.3,<0.11",
    "jaxlib": ">=0.5.3,<0.11",
    "numba": ">=0.61.2,<0.69",
    "numpy": ">=2.2.6,<2.5",
}


@dataclass(frozen=True)
class Combination:
    """One verified combination: every pin held as shipped and `pytest katas
    --sharpbits-solutions` passed; with *selfcheck*, the whole self-check (every known-wrong
    and known-right fix) passed too. jaxlib is always the same release as jax."""

    python: str
    jax: str
    numba: str
    numpy: str
    verified: str  # the date of the run, YYYY-MM-DD
    selfcheck: bool = False

    @property
    def name(self) -> str:
        return f"jax {self.jax}, numba {self.numba}, numpy {self.numpy}, Python {self.python}"


# Oldest first, newest last: .ci/run runs the kata suite on the first one too.
MATRIX: tuple[Combination, ...] = (
    Combination("3.11", "0.5.3", "0.61.2", "2.2.6", "2026-12-07", selfcheck=True),
    Combination("3.11", "0.6.2", "0.63.1", "2.3.5", "2026-12-07"),
    Combination("3.11", "0.6.2", "0.64.0", "2.4.6", "2026-12-07"),
    Combination("3.11", "0.7.2", "0.62.1", "2.3.5", "2026-12-07", selfcheck=True),
    Combination("3.11", "0.8.3", "0.65.1", "2.4.6", "2026-12-07"),
    Combination("3.11", "0.9.2", "0.66.0", "2.4.6", "2026-12-07"),
    Combination("3.11", "0.9.2", "0.67.0", "2.4.6", "2026-12-07"),
    Combination("3.11", "0.10.2", "0.68.1", "2.4.6", "2026-12-07", selfcheck=True),
)


class UnverifiedVersion(Exception):
    """The installed version of a library is outside what a pin or the grader was checked on."""


def installed() -> dict[str, str]:
    """The installed version of each library in ``RANGE`` ("not installed" when absent)."""
    found = {}
    for dist in RANGE:
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = "not installed"
    return found


def outside_range(versions: Mapping[str, str] | None = None) -> list[str]:
    """One phrase per library whose installed version is outside ``RANGE`` (none: all verified)."""
    versions = installed() if versions is None else versions
    return [
        f"{dist} {versions.get(dist, 'not installed')} (verified: {spec})"
        for dist, spec in RANGE.items()
        if not _within(versions.get(dist, "not installed"), spec)
    ]


def matrix_row(versions: Mapping[str, str] | None = None) -> Combination | None:
    """The verified combination these versions are, patch releases included (None: not one)."""
    versions = installed() if versions is None else versions
    for row in MATRIX:
        wanted = {"jax": row.jax, "jaxlib": row.jax, "numba": row.numba, "numpy": row.numpy}
        if all(versions.get(dist) == version for dist, version in wanted.items()):
            return row
    return None


def per_version(library: str, table: Mapping[str, T]) -> T:
    """The behaviour *table* pins for the installed *library* ("jax" or "numba").

    *table* maps the first minor release showing a behaviour to that behaviour, e.g.
    ``{"0.5": ValueError, "0.7": TypeError}``: ValueError on 0.5 and 0.6, TypeError from 0.7
    on. Its first key must be the oldest minor release of ``RANGE``, so every verified version
    has an entry; a version outside ``RANGE`` raises ``UnverifiedVersion`` instead of getting
    the nearest entry.
    """
    version = installed()[library]
    if not _within(version, RANGE[library]):
        msg = f"{library} {version} is outside the verified {RANGE[library]}: no pinned behaviour"
        raise UnverifiedVersion(msg)
    keys = sorted(table, key=Version)
    oldest = _minor(_lowest(RANGE[library]))
    if not keys or Version(keys[0]) != oldest:
        msg = f"a per-version table for {library} must start at {oldest}, not {keys[:1]}"
        raise ValueError(msg)
    current = _minor(Version(version))
    return table[[key for key in keys if Version(key) <= current][-1]]


def _within(version: str, spec: str) -> bool:
    try:
        return SpecifierSet(spec).contains(Version(version), prereleases=True)
    except ValueError:  # "not installed", or a version string packaging cannot read
        return False


def _lowest(spec: str) -> Version:
    return min(Version(s.version) for s in SpecifierSet(spec) if s.operator == ">=")


def _minor(version: Version) -> Version:
    return Version(f"{version.major}.{version.minor}")
