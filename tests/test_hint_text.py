"""The hint text in katas/katas.toml is something a learner can use and not a way round the kata.

`sharpbits hint NN` shows the tiers of the [[kata.hints_on]] rule that matches the latest run,
then the kata's general tiers, then points to the lesson. So every kata has at least three
general tiers and every rule at least one, a rule's tiers are its own (not a copy of a general
tier), code quoted in backticks is code the learner can see (in the shipped kata.py or the
lesson README.md: an API name the lesson names qualifies, since it occurs there), and no tier
hands over a line of the reference solution that neither of those shows. Read statically: no
kata runs here. Each check is a helper with a negative case below it, so each can fail.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from sharpbits.hints import choose_rule
from sharpbits.registry import HintRule, Kata, load_catalog, solutions_root

from .conftest import KATAS

CATALOG = load_catalog(KATAS)
IDS = [k.id for k in CATALOG]

MIN_GENERAL_TIERS = 3
MIN_SOLUTION_LINE = 20  # characters: shorter lines (`return x`, `m = -np.inf`) give little away
SOLUTION_MARKER = "\n# --- SOLUTION"
BACKTICKED = re.compile(r"`([^`\n]+)`")


def tiers(kata: Kata) -> list[tuple[str, str]]:
    """(rule key, text) of every hint tier of *kata*: "general" for the kata's own tiers, the
    exception or test name of a [[kata.hints_on]] rule for that rule's."""
    general = [("general", tier) for tier in kata.hints]
    return general + [(rule.key, tier) for rule in kata.hints_on for tier in rule.hints]


def unreachable_rules(kata: Kata) -> list[str]:
    """Rules that `sharpbits hint` never shows: for a failure that matches them (their exception
    raised by a test no rule names, or their test failing with an exception no rule names), an
    earlier rule or the import hints win."""
    problems = []
    for rule in kata.hints_on:
        if rule.raised is not None:
            failure = {"tests": ["test_no_rule_names"], "exceptions": [rule.raised]}
        else:
            failure = {"tests": [rule.failing], "exceptions": ["NoRuleNamesThisError"]}
        if choose_rule(kata, failure) != (rule.key, rule.hints):
            problems.append(f"{kata.id} [{rule.key}]: no failure reaches this rule")
    return problems


def normalised(text: str) -> str:
    return " ".join(text.split())


def occurs(snippet: str, text: str) -> bool:
    """Whether *snippet* occurs in *text* whitespace-normalised, and not as the middle of a
    longer name (`cond` does not occur in `cond_jaxpr`, `lax.cond` does in `jax.lax.cond(`)."""
    snippet, text = normalised(snippet), normalised(text)
    if not snippet:
        return False
    before = r"(?<!\w)" if re.match(r"\w", snippet) else ""
    after = r"(?!\w)" if re.search(r"\w$", snippet) else ""
    return re.search(before + re.escape(snippet) + after, text) is not None


def tier_count_problems(kata: Kata) -> list[str]:
    problems = []
    if len(kata.hints) < MIN_GENERAL_TIERS:
        problems.append(
            f"{kata.id}: {len(kata.hints)} general hint tiers, at least {MIN_GENERAL_TIERS} needed"
        )
    for rule in kata.hints_on:
        if not rule.hints:
            problems.append(f"{kata.id} [{rule.key}]: a rule without hint tiers")
    problems += [
        f"{kata.id} [{key}]: an empty tier" for key, tier in tiers(kata) if not tier.strip()
    ]
    return problems


def repeated_tiers(kata: Kata) -> list[str]:
    """Keyed tiers that only repeat a general tier (which the learner sees right after them)."""
    general = {normalised(tier) for tier in kata.hints}
    return [
        f"{kata.id} [{rule.key}]: repeats a general tier: {tier[:60]}…"
        for rule in kata.hints_on
        for tier in rule.hints
        if normalised(tier) in general
    ]


def invisible_snippets(kata: Kata) -> list[str]:
    """Backticked snippets in *kata*'s hints that neither its kata.py nor its README.md holds."""
    shipped = (kata.path / "kata.py").read_text(encoding="utf-8")
    lesson = (kata.path / "README.md").read_text(encoding="utf-8")
    return [
        f"{kata.id} [{key}]: `{snippet}` is in neither kata.py nor README.md"
        for key, tier in tiers(kata)
        for snippet in BACKTICKED.findall(tier)
        if not (occurs(snippet, shipped) or occurs(snippet, lesson))
    ]


def squashed(text: str) -> str:
    """*text* without whitespace and with one kind of quote: how a line is compared."""
    return re.sub(r"\s+", "", text).replace("'", '"')


def solution_lines(solution: str) -> list[str]:
    """The stripped lines of the SOLUTION section of a reference kata.py, comments removed."""
    start = solution.find(SOLUTION_MARKER)
    if start < 0:
        raise ValueError(f"no '{SOLUTION_MARKER.strip()}' section")
    section = solution[start + len(SOLUTION_MARKER) :].split("\n", 1)[-1]
    comment_at: dict[int, int] = {}
    tokens = tokenize.generate_tokens(io.StringIO(section).readline)
    for token in tokens:
        if token.type == tokenize.COMMENT:
            comment_at[token.start[0]] = token.start[1]
    return [
        line[: comment_at.get(number, len(line))].strip()
        for number, line in enumerate(section.splitlines(), 1)
    ]


def giveaways(solution: str, shipped: str, lesson: str) -> list[str]:
    """Solution lines (and `return` lines without the `return`) of at least MIN_SOLUTION_LINE
    characters that the learner cannot see in the shipped kata.py or the lesson."""
    seen = (squashed(shipped), squashed(lesson))
    found: list[str] = []
    for line in solution_lines(solution):
        for form in (line, line.removeprefix("return ").strip()):
            if (
                len(form) >= MIN_SOLUTION_LINE
                and form not in found
                and not any(squashed(form) in text for text in seen)
            ):
                found.append(form)
    return found


def solution_leaks(kata: Kata, solution: Path) -> list[str]:
    """Hint tiers of *kata* that contain a line of the reference *solution* the learner cannot
    see: such a tier is the answer, not a hint."""
    lines = giveaways(
        solution.read_text(encoding="utf-8"),
        (kata.path / "kata.py").read_text(encoding="utf-8"),
        (kata.path / "README.md").read_text(encoding="utf-8"),
    )
    return [
        f"{kata.id} [{key}]: hands over the solution line `{line}`"
        for key, tier in tiers(kata)
        for line in lines
        if squashed(line) in squashed(tier)
    ]


# --- the shipped catalog ---------------------------------------------------------------------


@pytest.mark.parametrize("kata", CATALOG, ids=IDS)
def test_every_kata_has_three_general_tiers_and_every_rule_one(kata: Kata) -> None:
    problems = tier_count_problems(kata)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kata", CATALOG, ids=IDS)
def test_every_rule_is_reachable(kata: Kata) -> None:
    problems = unreachable_rules(kata)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kata", CATALOG, ids=IDS)
def test_keyed_tiers_do_not_repeat_a_general_tier(kata: Kata) -> None:
    problems = repeated_tiers(kata)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kata", CATALOG, ids=IDS)
def test_every_backticked_snippet_is_visible_to_the_learner(kata: Kata) -> None:
    problems = invisible_snippets(kata)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kata", CATALOG, ids=IDS)
def test_no_tier_hands_over_a_line_of_the_reference_solution(kata: Kata) -> None:
    problems = solution_leaks(kata, solutions_root() / kata.id / "kata.py")
    assert not problems, "\n".join(problems)


def test_the_solution_lines_compared_are_the_functions_the_learner_writes() -> None:
    """The leak check reads the right section: it holds every function of `edit`."""
    for kata in CATALOG:
        lines = solution_lines((solutions_root() / kata.id / "kata.py").read_text(encoding="utf-8"))
        for name in kata.edit:
            assert f"def {name}(" in "\n".join(lines) or f"class {name}" in "\n".join(lines), (
                f"{kata.id}: the SOLUTION section of the reference does not define {name}"
            )


# --- each check can fail ---------------------------------------------------------------------

SHIPPED = '''"""Kata 01."""


def log_or_nan(arr):
    try:
        return work_on_every_element(arr)
    except ValueError as e:  # noqa: F841
        return None
'''

LESSON = """# 01 · Demo

Catch with `except Exception:`, or branch with `jax.lax.cond(pred, f, g, x)`.
"""

SOLUTION = '''"""Kata 01. Reference solution."""

# --- GIVEN ---

# --- SOLUTION ---
# a comment long enough to count, were comments compared at all


def log_or_nan(arr):
    try:
        return work_on_every_element(arr)  # the same line as shipped
    except Exception:
        return numbers_from_the_reference(arr, 'fill')
    return x
'''


def _kata(path: Path, hints: tuple[str, ...], *rules: HintRule) -> Kata:
    return Kata(
        id="01_demo",
        title="Demo",
        covers=("J00",),
        edit=("log_or_nan",),
        hints=hints,
        points=10,
        time_limit=60.0,
        path=path,
        hints_on=rules,
    )


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    (tmp_path / "kata.py").write_text(SHIPPED, encoding="utf-8")
    (tmp_path / "README.md").write_text(LESSON, encoding="utf-8")
    (tmp_path / "solution.py").write_text(SOLUTION, encoding="utf-8")
    return tmp_path


GOOD = ("first", "second", "third")


def test_two_general_tiers_or_a_rule_without_tiers_are_reported(demo: Path) -> None:
    assert tier_count_problems(_kata(demo, GOOD, HintRule(("keyed",), raised="TypeError"))) == []
    two = tier_count_problems(_kata(demo, GOOD[:2]))
    assert two == ["01_demo: 2 general hint tiers, at least 3 needed"]
    empty = tier_count_problems(_kata(demo, GOOD, HintRule((), failing="test_it")))
    assert empty == ["01_demo [test_it]: a rule without hint tiers"]
    assert tier_count_problems(_kata(demo, (*GOOD[:2], "  "))) == [
        "01_demo [general]: an empty tier"
    ]


def test_a_rule_shadowed_by_an_earlier_one_or_by_the_import_hints_is_reported(demo: Path) -> None:
    first = HintRule(("first TypeError",), raised="TypeError")
    by_name = HintRule(("by name",), failing="test_it")
    assert unreachable_rules(_kata(demo, GOOD, first, by_name)) == []
    again = HintRule(("second TypeError",), raised="TypeError")
    not_importable = HintRule(("syntax",), raised="KataNotImportable")
    assert unreachable_rules(_kata(demo, GOOD, first, again, by_name, not_importable)) == [
        "01_demo [TypeError]: no failure reaches this rule",
        "01_demo [KataNotImportable]: no failure reaches this rule",
    ]


def test_a_keyed_tier_that_repeats_a_general_one_is_reported(demo: Path) -> None:
    rule = HintRule(("Keyed.", "  third "), raised="TypeError")
    assert repeated_tiers(_kata(demo, GOOD, rule)) == [
        "01_demo [TypeError]: repeats a general tier:   third …"
    ]
    assert repeated_tiers(_kata(demo, GOOD, HintRule(("thirdly",), raised="TypeError"))) == []


@pytest.mark.parametrize(
    ("tier", "invisible"),
    [
        pytest.param("Drop the `as e` in `except ValueError as e:`.", [], id="shipped-code"),
        pytest.param("Use `except Exception:` or `jax.lax.cond`.", [], id="lesson-code-and-api"),
        pytest.param("See `lax.cond` and `except  Exception:`.", [], id="whitespace-and-suffix"),
        pytest.param("Numba fails on `except ValueError:`.", ["except ValueError:"], id="misquote"),
        pytest.param("Use `jnp.where`.", ["jnp.where"], id="api-the-lesson-never-names"),
        pytest.param("Call `lax.co`.", ["lax.co"], id="part-of-a-longer-name"),
        pytest.param("`return reference(x)`, `x`", ["return reference(x)"], id="solution-code"),
    ],
)
def test_a_snippet_the_learner_cannot_see_is_reported(
    demo: Path, tier: str, invisible: list[str]
) -> None:
    keyed = invisible_snippets(_kata(demo, GOOD, HintRule((tier,), raised="TypingError")))
    assert keyed == [
        f"01_demo [TypingError]: `{snippet}` is in neither kata.py nor README.md"
        for snippet in invisible
    ]
    general = invisible_snippets(_kata(demo, (tier, *GOOD[1:])))
    assert general == [message.replace("[TypingError]", "[general]") for message in keyed]


def test_giveaways_are_the_unseen_solution_lines_without_comments(demo: Path) -> None:
    lines = giveaways(SOLUTION, SHIPPED, LESSON)
    assert lines == [
        "return numbers_from_the_reference(arr, 'fill')",
        "numbers_from_the_reference(arr, 'fill')",
    ]
    with pytest.raises(ValueError, match="SOLUTION"):
        solution_lines(SHIPPED)


@pytest.mark.parametrize(
    ("tier", "leaks"),
    [
        pytest.param("Return what the reference computes.", False, id="prose"),
        pytest.param("`return work_on_every_element(arr)`", False, id="a-line-the-learner-sees"),
        pytest.param("Write numbers_from_the_reference(arr,'fill').", True, id="spacing"),
        pytest.param('End with return numbers_from_the_reference(arr, "fill")', True, id="quotes"),
    ],
)
def test_a_tier_with_a_line_of_the_solution_is_reported(demo: Path, tier: str, leaks: bool) -> None:
    kata = _kata(demo, (*GOOD[:2], tier), HintRule(("keyed",), failing="test_it"))
    reported = solution_leaks(kata, demo / "solution.py")
    assert bool(reported) == leaks, reported
    assert all(message.startswith("01_demo [general]: hands over") for message in reported)
    keyed = solution_leaks(
        _kata(demo, GOOD, HintRule((tier,), failing="test_it")), demo / "solution.py"
    )
    assert keyed == [m.replace("[general]", "[test_it]") for m in reported]
