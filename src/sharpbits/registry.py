"""The kata catalog: katas/katas.toml read into typed records, and kata ids resolved."""

from __future__ import annotations

import ast
import difflib
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sharpbits import pysource
from sharpbits.errors import CatalogError, KataNotFound

PITFALL_PREFIX = "test_pitfall_"  # tests that pin library behaviour (never the learner's)

CATALOG_FILE = "katas.toml"


@dataclass(frozen=True)
class HintRule:
    """Hint tiers for one way of failing: the first failing fix test raised *raised* (the
    exception's class name, e.g. "TracerBoolConversionError") or is named *failing*."""

    hints: tuple[str, ...]
    raised: str | None = None
    failing: str | None = None

    @property
    def key(self) -> str:
        return self.raised or self.failing or "general"


@dataclass(frozen=True)
class Kata:
    """One entry of katas.toml, with the folder it lives in."""

    id: str  # folder name, e.g. "03_impure"
    title: str
    covers: tuple[str, ...]  # ids from shared/PITFALLS.md, e.g. ("N03", "J07")
    edit: tuple[str, ...]  # the functions the learner writes or fixes
    hints: tuple[str, ...]  # tiers, gentlest first
    points: int
    time_limit: float  # seconds for one run of the kata's tests
    path: Path
    hints_on: tuple[HintRule, ...] = ()  # tiers keyed to what the learner's code raised
    test_weights: tuple[tuple[str, float], ...] = ()  # fix test name -> weight (default 1)
    guards: tuple[str, ...] = ()  # fix tests that pass as shipped: no points; failing one -> 0
    speed: tuple[str, ...] = ()  # `perf` speed checks: reported beside the grade, no points
    per_case: tuple[str, ...] = ()  # scored tests whose cases earn their parts one by one
    env: tuple[tuple[str, str], ...] = ()  # its own process environment (ownprocess.py)

    def role(self, test_name: str) -> str:
        """How a test (base name, no [param]) counts: pin, speed, guard or scored."""
        if test_name.startswith(PITFALL_PREFIX):
            return "pin"
        if test_name in self.speed:
            return "speed"
        return "guard" if test_name in self.guards else "scored"

    @property
    def has_perf_tests(self) -> bool:
        """Whether the kata has a `perf` speed check (graders run those alone)."""
        tests = self.path / "test_kata.py"
        return tests.is_file() and "pytest.mark.perf" in tests.read_text(encoding="utf-8")

    @property
    def uses_benchmark(self) -> bool:
        """Whether a test of the kata asks for pytest-benchmark's ``benchmark`` fixture (runs
        load that plugin only then: it asks git, hg and `file` about the machine at start)."""
        tests = self.path / "test_kata.py"
        if not tests.is_file():
            return False
        tree = pysource.parse(tests.read_text(encoding="utf-8"))
        return any(
            arg.arg == "benchmark"
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
            for arg in node.args.args
        )

    @property
    def number(self) -> int:
        return int(self.id.split("_", 1)[0])

    @property
    def slug(self) -> str:
        return self.id.split("_", 1)[1]


def default_katas_root() -> Path:
    """The katas shipped with this copy of sharpbits (in the wheel, or the repository)."""
    packaged = Path(__file__).resolve().parent / "_workspace" / "katas"
    if (packaged / CATALOG_FILE).is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "katas"


def solutions_root() -> Path:
    return Path(__file__).resolve().parent / "solutions"


@cache
def load_catalog(root: Path | None = None) -> tuple[Kata, ...]:
    """Read katas.toml under *root*; raise CatalogError with the offending entry named."""
    root = default_katas_root() if root is None else root
    path = root / CATALOG_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        msg = f"no {CATALOG_FILE} in {root}: is this a sharpbits workspace?"
        raise CatalogError(msg) from None
    except tomllib.TOMLDecodeError as exc:
        msg = f"{path} is not valid TOML: {exc}"
        raise CatalogError(msg) from None
    katas = tuple(parse_entry(entry, root, path) for entry in data.get("kata", []))
    if not katas:
        msg = f"{path} lists no [[kata]] entries"
        raise CatalogError(msg)
    return katas


def parse_entry(entry: dict[str, object], root: Path, path: Path) -> Kata:
    """One [[kata]] table read from *path* as the kata in *root*/<id>; CatalogError if invalid."""
    kata_id = entry.get("id")
    try:
        if not isinstance(kata_id, str) or "_" not in kata_id or not kata_id[:2].isdigit():
            raise ValueError("id must look like '03_impure'")
        hints = _strings(entry, "hints")
        if len(hints) < 3:
            raise ValueError("needs at least three hint tiers")
        return Kata(
            id=kata_id,
            title=str(entry["title"]),
            covers=_strings(entry, "covers"),
            edit=_strings(entry, "edit"),
            hints=hints,
            points=int(entry["points"]),  # type: ignore[call-overload]
            time_limit=float(entry["time_limit"]),  # type: ignore[arg-type]
            path=root / kata_id,
            hints_on=tuple(_hint_rule(rule) for rule in _tables(entry, "hints_on")),
            test_weights=_weights(entry.get("test_points", {})),
            guards=_strings(entry, "guards") if "guards" in entry else (),
            speed=_strings(entry, "speed") if "speed" in entry else (),
            per_case=_strings(entry, "per_case") if "per_case" in entry else (),
            env=_env(entry.get("env", {})),
        )
    except (KeyError, TypeError, ValueError) as exc:
        msg = f"{path}: entry {kata_id!r} is invalid: {exc}"
        raise CatalogError(msg) from None


def _weights(value: object) -> tuple[tuple[str, float], ...]:
    if not isinstance(value, dict) or not all(isinstance(v, int | float) for v in value.values()):
        raise TypeError("test_points must map test names to numbers")
    return tuple((str(k), float(v)) for k, v in value.items())


def _env(value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k.isidentifier() and isinstance(v, str) for k, v in value.items()
    ):
        raise TypeError("env must map environment variable names to strings")
    return tuple(sorted(value.items()))


def _tables(entry: dict[str, object], key: str) -> list[dict[str, object]]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise TypeError(f"{key} must be a list of tables ([[kata.{key}]])")
    return value


def _hint_rule(rule: dict[str, object]) -> HintRule:
    raised, failing = rule.get("raised"), rule.get("failing")
    if (raised is None) == (failing is None):
        raise ValueError("each [[kata.hints_on]] needs exactly one of raised= or failing=")
    if not all(v is None or isinstance(v, str) for v in (raised, failing)):
        raise TypeError("raised= and failing= must be strings")
    hints = _strings(rule, "hints")
    if not hints:
        raise ValueError("each [[kata.hints_on]] needs at least one hint")
    return HintRule(hints, raised, failing)  # type: ignore[arg-type]


def _strings(entry: dict[str, object], key: str) -> tuple[str, ...]:
    value = entry[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{key} must be a list of strings")
    return tuple(value)


def find_kata(query: str, root: Path | None = None) -> Kata:
    """Resolve '03', '3', '03_impure' or 'impure' to its kata, or say what was meant."""
    katas = load_catalog(root)
    found = match(query, katas)
    if found is not None:
        return found
    q = query.strip().lower()
    names = [k.id for k in katas] + [k.slug for k in katas]
    close = difflib.get_close_matches(q, names, n=1)
    hint = (
        f"; did you mean {close[0]!r}?"
        if close
        else f"; known katas: {katas[0].id} … {katas[-1].id}"
    )
    msg = f"no kata {query!r}{hint}"
    raise KataNotFound(msg)


def match(query: str, katas: tuple[Kata, ...]) -> Kata | None:
    """The kata *query* names ('03', '3', '03_impure' or 'impure'), or None."""
    q = query.strip().lower()
    for kata in katas:
        if q in (kata.id, kata.slug) or (q.isdigit() and int(q) == kata.number):
            return kata
    return None


def kata_for_folder(folder: Path) -> Kata | None:
    """The catalog entry for a kata folder (None when its katas.toml does not list it)."""
    try:
        katas = load_catalog(folder.resolve().parent)
    except CatalogError:
        return None
    return next((k for k in katas if k.id == folder.name), None)


def pin_changed(outcome: str, exception: str) -> bool:
    """A test_pitfall_* result that means JAX or Numba no longer behave as the kata pins: it
    ran and failed, and not because kata.py lost a function the pin needs."""
    return outcome == "failed" and not exception.endswith("MissingFunction")
