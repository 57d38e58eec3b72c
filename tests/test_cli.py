"""Every verb of the `sharpbits` command, through main(argv), in temporary workspaces."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sharpbits import check, verdict
from sharpbits.cli import main
from sharpbits.progress import PROGRESS_FILE
from sharpbits.registry import find_kata
from sharpbits.style import Style
from sharpbits.workspace import STATE_DIR, pristine_text

from .conftest import DEMO_CATALOG

HINTED_CATALOG = DEMO_CATALOG.replace(
    'hints = ["first tier", "second tier", "third tier"]\n',
    'hints = ["first tier", "second tier", "third tier"]\n\n'
    '[[kata.hints_on]]\nraised = "ZeroDivisionError"\nhints = ["zero one", "zero two"]\n\n'
    '[[kata.hints_on]]\nfailing = "test_double_doubles"\n'
    'hints = ["wrong value one", "wrong value two"]\n',
    1,
)
DIVIDES_BY_ZERO = "def broken(x):\n    return x + 3\n\n\ndef double(x):\n    return x / 0\n"
DOUBLES = "def broken(x):\n    return x + 3\n\n\ndef double(x):\n    return 2 * x\n"
ADDS_TWO = "def broken(x):\n    return x + 3\n\n\ndef double(x):\n    return x + 2\n"
TRIPLES = "WHAT = 'other'\n\ndef triple(x):\n    return 3 * x\n"


@pytest.fixture
def ws(demo: pytest.Pytester) -> Path:
    """A two-kata plain-Python workspace: 01 raises ZeroDivisionError, 02 returns 4x."""
    (demo.path / "katas/katas.toml").write_text(HINTED_CATALOG)
    (demo.path / "katas/01_demo/kata.py").write_text(DIVIDES_BY_ZERO)
    (demo.path / "katas/02_other/kata.py").write_text(TRIPLES.replace("3 * x", "4 * x"))
    (demo.path / "katas/01_demo/README.md").write_text(
        "# 01 · Demo\n\n## The sharp bit\n\nDoubling is not adding two.\n\n## Rules\n\nNone.\n"
    )
    return demo.path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_overview_lists_every_kata_and_points_to_the_next(ws: Path, capsys) -> None:
    code, out, _ = run(capsys, "-C", str(ws))
    assert code == 0
    assert "sharpbits: 0 of 2 katas done" in out
    assert "01  demo" in out and "· to do" in out and "J00" in out
    assert "Next: 01_demo · Demo" in out and "Run `sharpbits check 01`" in out
    assert "  Doubling is not adding two." in out and "None." not in out


def test_check_shows_the_exception_and_the_learners_line(ws: Path, capsys) -> None:
    code, out, _ = run(capsys, "-C", str(ws), "check", "01")
    assert code == 1
    assert "1 of 1 fix tests fail (1 of 1 pitfall pins hold)" in out
    assert "ZeroDivisionError" in out
    assert "katas/01_demo/kata.py:6   return x / 0" in out
    assert "Edit katas/01_demo/kata.py: double()." in out and "`sharpbits hint 01`" in out
    assert "\033[" not in out  # piped: no colour


def test_a_kata_that_does_not_import_gets_one_verdict_and_no_false_alarm(ws: Path, capsys) -> None:
    (ws / "katas/01_demo/kata.py").write_text("def double(x:\n")
    code, out, _ = run(capsys, "-C", str(ws), "check", "01")
    assert code == 1
    assert "katas/01_demo/kata.py does not import, so no test could run:" in out
    assert "kata.py:1: SyntaxError" in out and "sharpbits reset 01" in out
    assert "PITFALL" not in out and "fix tests fail" not in out


def test_a_deleted_given_function_is_not_a_changed_pitfall(ws: Path, capsys) -> None:
    (ws / "katas/01_demo/kata.py").write_text("def double(x):\n    return 2 * x\n")
    code, out, _ = run(capsys, "-C", str(ws), "check", "01")
    assert code == 1 and "PITFALL" not in out and "✓" not in out
    assert "All 1 fix tests pass, but 0 of 1 pitfall pins hold." in out
    assert "test_pitfall_python_still_adds cannot run: " in out
    assert "kata.py has no `broken`. Did you rename or delete it?" in out


def test_a_passing_check_records_progress_and_updates_the_table(ws: Path, capsys) -> None:
    (ws / "katas/01_demo/kata.py").write_text(DOUBLES)
    code, out, _ = run(capsys, "-C", str(ws), "check", "demo")
    assert code == 0
    assert "✓ 01_demo" in out and "Next: 02_other" in out
    code, out, _ = run(capsys, "-C", str(ws))
    assert "1 of 2 katas done" in out and "✓ done" in out and "Next: 02_other" in out
    state = json.loads((ws / STATE_DIR / PROGRESS_FILE).read_text())
    assert state["katas"]["01_demo"]["status"] == "passed"


def test_check_without_an_id_takes_the_next_kata(ws: Path, capsys) -> None:
    code, out, _ = run(capsys, "-C", str(ws), "check")
    assert code == 1 and "01_demo" in out


def test_check_all_checks_every_kata(ws: Path, capsys) -> None:
    (ws / "katas/01_demo/kata.py").write_text(DOUBLES)
    code, out, _ = run(capsys, "-C", str(ws), "check", "--all")
    assert code == 1
    assert "✓ 01_demo" in out and "✗ 02_other" in out and "1 of 2 katas pass." in out


@pytest.mark.parametrize("query", ["1", "01", "01_demo", "demo"])
def test_kata_ids_are_accepted_in_every_form(ws: Path, capsys, query: str) -> None:
    code, out, _ = run(capsys, "-C", str(ws), "check", query)
    assert code == 1 and "01_demo" in out


def test_an_unknown_kata_is_one_line_with_a_suggestion(ws: Path, capsys) -> None:
    code, out, err = run(capsys, "-C", str(ws), "check", "dmeo")
    assert code == 2 and out == ""
    assert err == "error: no kata 'dmeo'; did you mean 'demo'?\n"


def test_no_workspace_is_one_line_that_says_what_to_do(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "-C", str(tmp_path))
    assert code == 2 and "sharpbits init DIR" in err and err.count("\n") == 1


def test_hint_tiers_follow_what_the_code_raised(ws: Path, capsys) -> None:
    said = [run(capsys, "-C", str(ws), "hint", "01")[1] for _ in range(3)]
    assert (
        "Hint 1 of 5" in said[0]
        and "raised ZeroDivisionError at katas/01_demo/kata.py:6" in said[0]
    )
    assert "zero one" in said[0] and "Hint 2 of 5" in said[1] and "zero two" in said[1]
    assert "Hint 3 of 5" in said[2] and "first tier" in said[2]  # then the general tiers
    (ws / "katas/01_demo/kata.py").write_text(ADDS_TWO)  # now a wrong value, not an exception
    said = [run(capsys, "-C", str(ws), "hint", "01")[1] for _ in range(5)]
    assert "Checking your kata.py first" in said[0] and "wrong value one" in said[0]
    assert "(test_double_doubles fails)" in said[0]  # a rule keyed on a test, not on a class
    assert "Hint 2 of 5" in said[0]  # one general tier was seen already
    assert "wrong value two" in said[1] and "second tier" in said[2]  # the remaining ones
    assert "Hint 5 of 5" in said[3] and "third tier" in said[3] and "last hint" in said[3]
    assert "No more hints for 01_demo" in said[4] and "sharpbits solution 01" in said[4]
    assert "tier" not in said[4]


def test_after_a_syntax_error_the_hint_is_about_the_syntax_error(ws: Path, capsys) -> None:
    (ws / "katas/01_demo/kata.py").write_text(ADDS_TWO)
    run(capsys, "-C", str(ws), "check", "01")
    (ws / "katas/01_demo/kata.py").write_text("def double(x:\n")
    _, out, _ = run(capsys, "-C", str(ws), "hint", "01")
    assert "(kata.py does not import" in out and "Python stops at the first line" in out
    assert "wrong value" not in out and "Hint 1 of 5" in out
    _, out, _ = run(capsys, "-C", str(ws), "hint", "01")
    assert "python katas/01_demo/kata.py" in out and "sharpbits reset 01" in out


def test_hint_falls_back_to_the_general_tiers(ws: Path, capsys) -> None:
    _, out, _ = run(capsys, "-C", str(ws), "hint", "02")
    assert "Hint 1 of 3 for 02_other" in out and "first tier" in out


def test_hint_for_a_passing_kata_points_to_the_solution(ws: Path, capsys) -> None:
    (ws / "katas/02_other/kata.py").write_text(TRIPLES)
    _, out, _ = run(capsys, "-C", str(ws), "hint", "02")
    assert "passes already" in out and "sharpbits solution 02" in out


def test_a_corrupt_progress_file_loses_only_history(ws: Path, capsys) -> None:
    state = ws / STATE_DIR / PROGRESS_FILE
    state.parent.mkdir()
    state.write_text("{not json")
    code, out, _ = run(capsys, "-C", str(ws))
    assert code == 0 and "0 of 2 katas done" in out
    run(capsys, "-C", str(ws), "check", "02")
    assert json.loads(state.read_text())["katas"]["02_other"]["status"] == "failing"
    assert [p.name for p in state.parent.iterdir()] == [PROGRESS_FILE]  # no temp files left


def test_watch_rechecks_on_save_and_moves_on(ws: Path, capsys) -> None:
    outcome: list[int] = []
    thread = threading.Thread(target=lambda: outcome.append(main(["-C", str(ws), "watch"])))
    thread.start()
    seen = ""

    def wait_for(text: str, edit: tuple[Path, str] | None = None, timeout: float = 60) -> None:
        nonlocal seen
        deadline, last_edit = time.monotonic() + timeout, 0.0
        while text not in seen:
            assert time.monotonic() < deadline, f"no {text!r} in:\n{seen}"
            if edit and time.monotonic() - last_edit > 3:  # save (again, if the watcher missed it)
                edit[0].write_text(edit[1])
                last_edit = time.monotonic()
            time.sleep(0.2)
            seen += capsys.readouterr().out

    wait_for("Watching katas/01_demo/kata.py")
    wait_for("→ On to 02_other", edit=(ws / "katas/01_demo/kata.py", DOUBLES))
    wait_for("Watching katas/02_other/kata.py")
    wait_for("Every kata passes", edit=(ws / "katas/02_other/kata.py", TRIPLES))
    thread.join(timeout=30)
    assert outcome == [0]
    assert seen.count("✓ 01_demo") == 1 and "✗ 02_other" in seen


# --- verbs that work on the shipped katas: a real workspace made by init ------------------


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("learner") / "ws"
    assert main(["init", str(target)]) == 0
    return target


def test_init_creates_a_workspace_with_every_kata(real: Path) -> None:
    assert (real / "conftest.py").read_text() == pristine_text("conftest.py")
    assert "testpaths" in (real / "pyproject.toml").read_text()
    assert (real / "katas" / "PITFALLS.md").read_text() == pristine_text("katas/PITFALLS.md")
    for kata_dir in (real / "katas").iterdir():
        if kata_dir.is_dir():
            for name in ("README.md", "kata.py", "test_kata.py"):
                assert (kata_dir / name).read_text() == pristine_text(
                    f"katas/{kata_dir.name}/{name}"
                )


def test_init_refuses_a_folder_that_is_not_empty(real: Path, capsys) -> None:
    code, _, err = run(capsys, "init", str(real))
    assert code == 2 and "not empty" in err


def test_hint_04_answers_the_tracer_bool_conversion_error(real: Path, capsys) -> None:
    kata = find_kata("04", real / "katas")
    (rule,) = [r for r in kata.hints_on if r.raised == "TracerBoolConversionError"]
    total = len(rule.hints) + len(kata.hints)
    code, out, _ = run(capsys, "-C", str(real), "hint", "04")
    assert code == 0
    assert "raised TracerBoolConversionError at katas/04_data_dependent_branching/kata.py:" in out
    assert f"Hint 1 of {total}" in out and _words(rule.hints[0]) in _words(out)
    code, out, _ = run(capsys, "-C", str(real), "hint", "04")
    assert f"Hint 2 of {total}" in out and _words(rule.hints[1]) in _words(out)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_an_edited_given_section_is_named_and_put_back_alone(real: Path, capsys) -> None:
    path = real / "katas/03_impure/kata.py"
    shipped = path.read_text()
    edited = shipped.replace("do_sum = False  #", "do_sum = True  #", 1) + "\n# my code\n"
    path.write_text(edited)
    code, out, _ = run(capsys, "-C", str(real), "check", "03")
    line = shipped.splitlines().index(next(x for x in shipped.splitlines() if "do_sum = F" in x))
    assert code == 1 and "PITFALL CHANGED" not in out
    assert f"You edited the do-not-edit GIVEN section (katas/03_impure/kata.py:{line + 1})" in out
    assert "test_pitfall_numba_keeps_the_global_it_compiled_with fails" in out
    plain = subprocess.run(  # plain pytest says it too, in its summary
        [sys.executable, "-m", "pytest", "katas/03_impure", "-q", "-p", "no:cacheprovider"],
        cwd=real, capture_output=True, text=True, check=False,
    ).stdout  # fmt: skip
    assert "PITFALL CHANGED" not in plain
    assert f"GIVEN section of katas/03_impure/kata.py was edited (line {line + 1})" in plain
    code, out, _ = run(capsys, "-C", str(real), "reset", "03", "--given", "--yes")
    assert code == 0 and "Restored the GIVEN section of katas/03_impure/kata.py" in out
    assert path.read_text() == shipped + "\n# my code\n"  # the learner's code is kept
    backup = real / STATE_DIR / "backups" / "03_impure-1.py"
    assert backup.read_text() == edited
    path.write_text(shipped)  # the workspace is shared by this module's tests
    backup.unlink()


def test_reset_restores_the_pristine_file_and_keeps_yours(real: Path, capsys, monkeypatch) -> None:
    kata = real / "katas/03_impure/kata.py"
    kata.write_text("# my attempt\n")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: no question asked
    code, _, err = run(capsys, "-C", str(real), "reset", "03")
    assert code == 2 and "pass --yes" in err and kata.read_text() == "# my attempt\n"
    code, out, _ = run(capsys, "-C", str(real), "reset", "impure", "--yes")
    assert code == 0 and kata.read_text() == pristine_text("katas/03_impure/kata.py")
    backup = real / STATE_DIR / "backups" / "03_impure-1.py"
    assert backup.read_text() == "# my attempt\n" and str(backup.relative_to(real)) in out
    code, out, _ = run(capsys, "-C", str(real), "reset", "03", "--yes")
    assert "already as shipped" in out


def test_solution_waits_for_a_pass_unless_forced(real: Path, capsys) -> None:
    code, out, err = run(capsys, "-C", str(real), "solution", "03")
    assert code == 2 and "does not pass yet" in err and "--force" in err and out == ""
    code, out, _ = run(capsys, "-C", str(real), "solution", "03", "--force")
    assert code == 0 and "Reference solution for 03_impure" in out and "lax.cond" in out
    state = json.loads((real / STATE_DIR / PROGRESS_FILE).read_text())
    assert state["katas"]["03_impure"]["solution_forced"] is True


def test_notebook_check_returns_the_same_verdict(real: Path, capsys) -> None:
    result = check("03", workspace=real, perf=False)
    assert not result.passed and capsys.readouterr().out == ""  # shown by Jupyter, not printed
    assert "✗ 03_impure" in repr(result) and "returned 120.0, expected 15.0" in repr(result)


def test_colour_only_on_a_terminal(monkeypatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert Style(Terminal())("x", "red") == "\033[31mx\033[0m"
    assert Style(io.StringIO())("x", "red") == "x"
    monkeypatch.setenv("NO_COLOR", "1")
    assert Style(Terminal())("x", "red") == "x"


def test_the_command_line_does_not_import_jax() -> None:
    import subprocess
    import sys

    code = "import sys, sharpbits.cli, sharpbits.checking; print('jax' in sys.modules)"
    env = {**os.environ}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "False", out.stderr


def test_a_failure_shows_the_error_without_jax_traceback_notes() -> None:
    from sharpbits.runner import TestResult
    from sharpbits.verdict import _gist

    message = (
        "TypeError: JAX arrays are immutable and do not support in-place item assignment.\n"
        "--------------------\n"
        "For simplicity, JAX has removed its internal frames from the traceback of the "
        "following exception. Set JAX_TRACEBACK_FILTERING=off to include these."
    )
    test = TestResult("test_x", "failed", message, "TypeError")
    assert _gist(test) == ["JAX arrays are immutable and do not support in-place item assignment."]


def test_list_shows_every_kata_and_one_next_rule_for_every_verb(ws: Path, capsys) -> None:
    (ws / "katas/02_other/kata.py").write_text(TRIPLES)
    code, out, _ = run(capsys, "-C", str(ws), "check", "02")
    assert code == 0 and "Next: 01_demo" in out  # the first kata not done, in catalog order
    code, out, _ = run(capsys, "-C", str(ws), "list")
    assert code == 0 and "1 of 2 katas done · next: 01_demo" in out
    assert "→ 01  ✗ failing" not in out and "→ 01  · to do" in out and "J00" in out
    assert "  02  ✓ done" in out and "Demo" in out and "Run `sharpbits check 01`" in out
    assert "Next: 01_demo" in run(capsys, "-C", str(ws))[1]
    assert "01_demo" in run(capsys, "-C", str(ws), "check")[1]


def test_a_long_message_is_cut_between_words() -> None:
    message = "Abstract tracer value encountered where concrete value is expected " * 5
    cut = verdict._shorten(message, limit=100)
    assert len(cut) <= 100 and cut.endswith("…")
    assert message.startswith(cut[:-1]) and message[len(cut) - 1] == " "  # a whole word ends it
