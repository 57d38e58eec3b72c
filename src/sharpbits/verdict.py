"""A check's result in a learner's terms: what fails, the real error and where, what next."""

from __future__ import annotations

from collections.abc import Iterator

from sharpbits.registry import Kata, pin_changed
from sharpbits.runner import KataRun, TestResult
from sharpbits.style import Style

MAX_LISTED = 6


def render(
    kata: Kata,
    run: KataRun,
    style: Style,
    *,
    where: str,
    lesson: str,
    given_edited: int | None = None,
) -> Iterator[str]:
    """Lines describing *run*; *where* and *lesson* are kata.py's and the lesson's paths as
    the learner sees them; *given_edited* the line where kata.py's GIVEN section stops being as
    shipped (None: as shipped), so that a pin failing on edited code never blames the library."""
    number = f"{kata.number:02d}"
    title = f"{kata.id} · {kata.title}"
    if run.status == "timeout":
        yield style(f"✗ {title}", "red", "bold")
        limit = f"{kata.time_limit:g} s"
        yield f"  The tests did not finish within {limit}: an endless loop in {where}?"
        return
    if run.status == "crashed":
        yield style(f"✗ {title}", "red", "bold")
        yield "  The test process died before reporting (os._exit, or a crash in compiled code)."
        yield from (f"  | {line}" for line in run.output.splitlines()[-8:])
        return
    unimportable = [t for t in run.tests if t.exception_name == "KataNotImportable"]
    if unimportable:
        yield style(f"✗ {title}", "red", "bold")
        yield f"  {where} does not import, so no test could run:"
        yield "    " + style(_gist(unimportable[0])[0], "red")
        yield f"  Fix it, or start over with `sharpbits reset {number}` (your version is kept)."
        return
    pins = run.pitfalls
    fixes = [t for t in run.tests if not t.is_pitfall]
    failing = list(run.failing_fixes)
    changed = [t for t in pins if pin_changed(t.outcome, t.exception) and given_edited is None]
    broken = [t for t in pins if t.outcome != "passed" and t not in changed]
    held = f"{len(pins) - len(changed) - len(broken)} of {len(pins)} pitfall pins hold"
    if run.status == "passed":
        yield style(f"✓ {title}", "green", "bold")
        yield f"  All {len(fixes)} fix tests pass ({held})."
        if given_edited is not None:
            yield f"  Note: the GIVEN section is not as shipped ({where}:{given_edited})."
        return
    yield style(f"✗ {title}", "red", "bold")
    if failing:
        yield f"  {len(failing)} of {len(fixes)} fix tests fail ({held}):"
        for test in failing[:MAX_LISTED]:
            yield f"    {style('✗', 'red')} {test.name}"
        if len(failing) > MAX_LISTED:
            yield f"    … and {len(failing) - MAX_LISTED} more"
        yield from _first_failure(failing[0], style, where)
    else:
        yield f"  All {len(fixes)} fix tests pass, but {held}."
    for test in broken:
        yield f"  {test.name} {'fails' if given_edited else 'cannot run'}: {_gist(test)[0]}"
        if given_edited is None:
            yield f"    Keep the GIVEN code as shipped (`sharpbits reset {number} --given`)."
    if given_edited is not None:
        yield style(
            f"  You edited the do-not-edit GIVEN section ({where}:{given_edited}).", "yellow"
        )
        yield f"    The pins test it as shipped: `sharpbits reset {number} --given` puts it back"
        yield "    and keeps your code."
    if failing:
        yield f"  Edit {where}: {', '.join(f'{name}()' for name in kata.edit)}."
        yield f"  Stuck? `sharpbits hint {number}` gives a nudge; the lesson is {lesson}."
    for test in changed:
        yield style(f"  PITFALL CHANGED: {test.name} no longer holds", "yellow", "bold")
        yield f"    {_gist(test)[0]}"
        yield "    The installed JAX/Numba behave differently from the versions this kata pins."


def _first_failure(test: TestResult, style: Style, where: str) -> Iterator[str]:
    yield ""
    yield f"  First failure, {test.name}:"
    yield "    " + style(test.exception or "error", "red", "bold")
    if test.kata_line is not None:
        yield f"    {where}:{test.kata_line}   " + style(test.kata_code, "cyan")
    for line in _gist(test):
        yield f"    {line}"
    yield ""


# Lines of compiler messages that say nothing about the learner's code.
_NOISE = ("Failed in nopython mode pipeline", "During:")


def _gist(test: TestResult, limit: int = 3) -> list[str]:
    """The few message lines that say what went wrong (numba's causes included)."""
    lines: list[str] = []
    in_excerpt = False  # numba quotes source between 'File "…", line N:' and a '^' marker
    for raw in test.message.splitlines():
        line = raw.strip()
        if line.startswith('File "'):
            in_excerpt = True
        if in_excerpt:
            in_excerpt = line != "^"
            continue
        for prefix in (f"{test.exception}: ", f"{test.exception_name}: ", "Failed: "):
            line = line.removeprefix(prefix)
        if line.startswith(("Failing explicit example", "Falsifying example", "(note:")):
            break  # hypothesis's report of the inputs follows
        if line == "--------------------":
            break  # JAX's note on the frames it filtered out of the traceback follows
        if not line or line.startswith(_NOISE) or line in lines:
            continue
        if line.startswith("This error may have been caused"):
            continue
        lines.append(_shorten(line))
    cause = [line for line in lines if line.startswith("- argument")][:1]
    rest = [line for line in lines if not line.startswith("- argument")]
    return rest[: limit - len(cause)] + cause or [test.outcome]


def _shorten(text: str, limit: int = 200) -> str:
    """*text* cut to at most *limit* characters at a word boundary, never mid-word."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"
