"""sharpbits in a notebook: the four functions, their HTML and plain renderings, one-line
errors, the %kata / %%kata magics, and one real notebook run by a Jupyter kernel."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import sharpbits
from sharpbits import check, hint, lesson, list_katas
from sharpbits.magics import cell_to_file, write_cell
from sharpbits.notebook import NotebookStyle, Output, Problem, Verdict
from sharpbits.style import Style
from sharpbits.workspace import STATE_DIR, Workspace

GIVEN = "# --- GIVEN: the pitfall. Do not edit. ---\ndef broken(x):\n    return x + 3\n\n\n"
CODE = "# --- YOUR CODE ---\n"
DIVIDES_BY_ZERO = "def double(x):\n    return x / 0\n"  # line 8 of kata.py
ADDS_TWO = "def double(x):\n    return x + 2\n"
DOUBLES = "def double(x):\n    return 2 * x\n"
LESSON = (
    "# 01 · Demo\n\n## The sharp bit\n\nDoubling is not adding two.\n\n"
    "## Rules\n\nStay pure.\n\n## Your task\n\nFix `double`.\n"
)


@pytest.fixture
def ws(demo: pytest.Pytester) -> Path:
    """The demo workspace with marked kata.py files (GIVEN, YOUR CODE) and a lesson for 01."""
    (demo.path / "katas/01_demo/kata.py").write_text(GIVEN + CODE + DIVIDES_BY_ZERO)
    (demo.path / "katas/02_other/kata.py").write_text(
        "WHAT = 'other'\n\n\n" + CODE + "def triple(x):\n    return 3 * x\n"
    )
    (demo.path / "katas/01_demo/README.md").write_text(LESSON)
    (demo.path / "notebooks").mkdir()
    return demo.path


def recorded(*lines: str) -> NotebookStyle:
    style = NotebookStyle()
    for line in lines:
        style.print(line)
    return style


# --- rendering -----------------------------------------------------------------------------


def test_styled_fragments_become_spans_in_html_and_vanish_in_plain_text() -> None:
    style = NotebookStyle()
    style.print(style("✗ 01_demo", "red", "bold") + " <b>not</b> " + style("x / 0", "cyan"))
    style.print("  " + style("dim " + style("nested", "yellow"), "dim") + " after")
    out = Output(tuple(style.lines), "failed")
    assert out.text == "✗ 01_demo <b>not</b> x / 0\n  dim nested after"
    assert str(out) == repr(out) == out.text
    page = out._repr_html_()
    assert '<span style="color:#c62828;font-weight:bold">✗ 01_demo</span>' in page
    assert " &lt;b&gt;not&lt;/b&gt; " in page and "<b>" not in page
    assert '<span style="color:#00838f">x / 0</span>' in page
    assert '<span style="color:#808080;color:#b36b00">nested</span>' in page
    assert "</span> after" in page and "border-left:3px solid #c62828" in page


def test_plain_text_never_carries_ansi_codes_or_markers() -> None:
    style = recorded("\033[31mred from a subprocess\033[0m", NotebookStyle()("x", "green"))
    text = Output(tuple(style.lines)).text
    assert text == "red from a subprocess\nx"
    assert "\033" not in text and not any("\ue000" <= c <= "\ue002" for c in text)
    assert "\033" not in Output(tuple(style.lines))._repr_html_()


def test_quoted_code_becomes_code_elements_in_html() -> None:
    page = Output(tuple(recorded('Stuck? `hint("01")` gives a nudge.').lines))._repr_html_()
    assert 'Stuck? <code>hint("01")</code> gives a nudge.' in page


def test_commands_are_spelled_as_a_notebook_runs_them() -> None:
    style = NotebookStyle()
    assert Style(io.StringIO()).command("check", "05") == "`sharpbits check 05`"
    assert style.command("check", "05") == '`check("05")`'
    assert style.command("hint", "05") == '`hint("05")`'
    assert style.command("reset", "05") == "`!sharpbits reset 05 --yes`"
    assert style.command("solution", "05", "--force") == "`!sharpbits solution 05 --force`"
    assert style.command("watch") == "`%kata NN`"
    assert style.command("") == "`list_katas()`"
    style.print("  Run `sharpbits check 05`, or `sharpbits watch`; `python kata.py` stays.")
    style.print("More: run `sharpbits hint 05` again; the table: `sharpbits`.")
    assert style.lines == [
        '  Run `check("05")`, or `%kata NN`; `python kata.py` stays.',
        'More: run `hint("05")` again; the table: `list_katas()`.',
    ]


def test_a_notebook_style_prints_nothing_and_announces_no_wait(capsys) -> None:
    style = NotebookStyle()
    style.print("a\nb")
    assert style.lines == ["a", "b"] and not style.enabled
    assert capsys.readouterr() == ("", "")


# --- one-line errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda ws: check("dmeo", workspace=ws), id="check"),
        pytest.param(lambda ws: hint("dmeo", workspace=ws), id="hint"),
        pytest.param(lambda ws: lesson("dmeo", workspace=ws), id="lesson"),
    ],
)
def test_an_unknown_kata_is_one_line_not_a_traceback(ws: Path, call) -> None:
    result = call(ws)
    assert isinstance(result, Problem) and result.passed is False
    assert str(result) == repr(result) == "no kata 'dmeo'; did you mean 'demo'?"
    assert result._repr_html_() == (
        "<pre style=\"margin:0;color:#c62828\">no kata 'dmeo'; did you mean 'demo'?</pre>"
    )


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(check, id="check"),
        pytest.param(list_katas, id="list_katas"),
        pytest.param(lambda **kw: hint("01", **kw), id="hint"),
    ],
)
def test_no_workspace_is_one_line_that_says_how_to_make_one(tmp_path: Path, call) -> None:
    result = call(workspace=tmp_path)
    assert isinstance(result, Problem)
    assert result.text.startswith(f"no sharpbits workspace in {tmp_path.resolve()} or above")
    assert "`!sharpbits init DIR`" in result.text and "\n" not in result.text


def test_a_missing_lesson_is_one_line(ws: Path) -> None:
    result = lesson("02", workspace=ws)
    assert isinstance(result, Problem)
    assert result.text == "02_other has no lesson: katas/02_other/README.md is missing"


# --- the functions, from inside the workspace ----------------------------------------------


def test_check_shows_the_failing_test_the_real_error_and_the_line_then_hint_nudges(
    ws: Path, monkeypatch
) -> None:
    monkeypatch.chdir(ws / "notebooks")  # anywhere inside the workspace
    verdict = check("01")
    assert isinstance(verdict, Verdict) and verdict.passed is False
    assert verdict.result is not None and verdict.result.run.status == "failed"
    text = verdict.text
    assert text.startswith("✗ 01_demo · Demo\n  1 of 1 fix tests fail")
    assert "✗ test_double_doubles" in text and "ZeroDivisionError" in text
    assert "katas/01_demo/kata.py:8   return x / 0" in text
    assert 'Stuck? `hint("01")` gives a nudge' in text
    assert "sharpbits hint" not in text and "\033" not in text
    page = verdict._repr_html_()
    assert "sharpbits-failed" in page
    assert '<span style="color:#c62828;font-weight:bold">✗ 01_demo · Demo</span>' in page
    assert '<span style="color:#00838f">return x / 0</span>' in page

    nudge = hint("01")  # the check above is recorded: no second run
    assert nudge.text.startswith("Hint 1 of ") and "first tier" in nudge.text
    assert 'run `hint("01")` again' in nudge.text and "sharpbits" not in nudge.text
    assert '<code>hint("01")</code>' in nudge._repr_html_()


def test_lesson_is_the_readme_as_markdown(ws: Path) -> None:
    shown = lesson(1, workspace=ws / "notebooks")
    assert not isinstance(shown, Problem)
    assert shown._repr_markdown_() == str(shown) == repr(shown) == LESSON


def test_list_katas_shows_status_and_how_to_go_on(ws: Path) -> None:
    table = list_katas(workspace=ws)
    assert not isinstance(table, Problem)
    assert "0 of 2 katas done · next: 01_demo" in table.text
    assert "01  · to do" in table.text and "02  · to do" in table.text
    assert 'Run `check("01")`, or `%kata NN`.' in table.text
    assert '<span style="color:#808080">· to do</span>' in table._repr_html_()


def test_importing_sharpbits_loads_no_jit_compiler_and_no_ipython() -> None:
    code = (
        "import sys, sharpbits; before = set(sys.modules)\n"
        "from sharpbits import check, hint, lesson, list_katas\n"
        "heavy = ('jax', 'numba', 'IPython')\n"
        "print([m for m in heavy if m in before], [m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[] []", out.stderr
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        sharpbits.nope  # noqa: B018


# --- %kata and %%kata ----------------------------------------------------------------------


def test_a_cell_replaces_what_follows_the_your_code_marker() -> None:
    current = GIVEN + CODE + ADDS_TWO
    assert cell_to_file(current, DOUBLES) == GIVEN + CODE + DOUBLES
    assert cell_to_file(current, "\n" + DOUBLES.rstrip("\n")) == GIVEN + CODE + DOUBLES
    whole = "# --- GIVEN: mine\n" + CODE + DOUBLES
    assert cell_to_file(current, whole) == whole
    assert cell_to_file(ADDS_TWO, DOUBLES) is None


def test_writing_a_cell_keeps_a_backup_only_when_kata_py_changes(ws: Path) -> None:
    workspace = Workspace(ws)
    kata = workspace.kata("01")
    path = kata.path / "kata.py"
    backups = ws / STATE_DIR / "backups"
    assert write_cell(workspace, kata, DIVIDES_BY_ZERO) is None  # what kata.py already has
    assert not backups.exists()
    assert write_cell(workspace, kata, DOUBLES) is None
    assert path.read_text() == GIVEN + CODE + DOUBLES
    assert (backups / "01_demo-1.py").read_text() == GIVEN + CODE + DIVIDES_BY_ZERO
    assert write_cell(workspace, kata, ADDS_TWO) is None
    assert (backups / "01_demo-2.py").read_text() == GIVEN + CODE + DOUBLES
    assert sorted(p.name for p in backups.iterdir()) == ["01_demo-1.py", "01_demo-2.py"]


def test_a_kata_py_without_the_marker_is_left_alone(ws: Path) -> None:
    workspace = Workspace(ws)
    kata = workspace.kata("01")
    (kata.path / "kata.py").write_text(ADDS_TWO)
    problem = write_cell(workspace, kata, DOUBLES)
    assert isinstance(problem, Problem)
    assert problem.text.startswith("katas/01_demo/kata.py has no `# --- YOUR CODE` line")
    assert "`!sharpbits reset 01 --yes`" in problem.text
    assert (kata.path / "kata.py").read_text() == ADDS_TWO
    assert not (ws / STATE_DIR).exists()


def test_a_kata_py_leading_outside_the_workspace_is_never_written(
    ws: Path, tmp_path_factory
) -> None:
    outside = tmp_path_factory.mktemp("elsewhere") / "kata.py"
    outside.write_text(GIVEN + CODE + ADDS_TWO)
    workspace = Workspace(ws)
    kata = workspace.kata("01")
    (kata.path / "kata.py").unlink()
    (kata.path / "kata.py").symlink_to(outside)
    problem = write_cell(workspace, kata, DOUBLES)
    assert isinstance(problem, Problem) and "leads outside the workspace" in problem.text
    assert outside.read_text() == GIVEN + CODE + ADDS_TWO


class Shell:
    """What the magics use of IPython's shell."""

    def __init__(self) -> None:
        self.magics: dict[str, Any] = {}
        self.next_input: str | None = None

    def register_magic_function(self, func, magic_kind: str, magic_name: str) -> None:
        self.magics[magic_name] = (magic_kind, func)

    def set_next_input(self, text: str, replace: bool = False) -> None:
        self.next_input = text


@pytest.fixture
def kata_magic(ws: Path, monkeypatch) -> tuple[Shell, Any]:
    monkeypatch.chdir(ws / "notebooks")
    shell = Shell()
    sharpbits.load_ipython_extension(shell)
    kind, magic = shell.magics["kata"]
    assert kind == "line_cell"
    return shell, magic


def test_the_line_magic_shows_the_lesson_summary_and_fills_the_next_cell(kata_magic) -> None:
    shell, magic = kata_magic
    summary = magic("01")
    text = summary._repr_markdown_()
    assert text.startswith("# 01 · Demo\n\n## The sharp bit\n\nDoubling is not adding two.")
    assert "## Your task\n\nFix `double`." in text and "Stay pure" not in text
    assert '`lesson("01")`' in text
    assert shell.next_input == "%%kata 01\n" + DIVIDES_BY_ZERO.rstrip("\n")


@pytest.mark.parametrize(
    ("line", "cell", "expected"),
    [
        pytest.param("dmeo", None, "no kata 'dmeo'; did you mean 'demo'?", id="line-unknown"),
        pytest.param("dmeo", DOUBLES, "no kata 'dmeo'; did you mean 'demo'?", id="cell-unknown"),
        pytest.param("", DOUBLES, "usage: %kata NN", id="no-id"),
        pytest.param("01 02", DOUBLES, "usage: %kata NN", id="two-ids"),
        pytest.param("01 --no-perf", None, "usage: %kata NN", id="flag-on-the-line-magic"),
        pytest.param("01 --fast", DOUBLES, "usage: %kata NN", id="unknown-flag"),
    ],
)
def test_magic_mistakes_are_one_line_and_write_nothing(
    ws: Path, kata_magic, line: str, cell: str | None, expected: str
) -> None:
    shell, magic = kata_magic
    before = (ws / "katas/01_demo/kata.py").read_text()
    result = magic(line, cell)
    assert isinstance(result, Problem) and result.text.startswith(expected)
    assert "\n" not in result.text and shell.next_input is None
    assert (ws / "katas/01_demo/kata.py").read_text() == before
    assert not (ws / STATE_DIR).exists()


# --- a real notebook, run by a real kernel -------------------------------------------------

NOTEBOOK_CELLS = [
    "%load_ext sharpbits",
    "from sharpbits import check, hint, lesson, list_katas\nlist_katas()",
    "%kata 01",
    "%%kata 01\n" + ADDS_TWO,
    "%%kata 01\n" + DOUBLES,
    'check("dmeo")',
]


@pytest.fixture
def kernel_env(tmp_path_factory, monkeypatch) -> str:
    """A kernel spec for this interpreter (whatever python3 the machine knows), and Jupyter's
    and IPython's folders kept out of the home directory."""
    home = tmp_path_factory.mktemp("jupyter")
    spec = home / "data/kernels/sharpbits-test"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "sharpbits test", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel))
    monkeypatch.setenv("JUPYTER_PATH", str(home / "data"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("IPYTHONDIR", str(home / "ipython"))
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)  # as on a learner's machine
    return "sharpbits-test"


def test_a_notebook_writes_and_checks_a_kata_through_the_magics(ws: Path, kernel_env) -> None:
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(source) for source in NOTEBOOK_CELLS]
    )
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name=kernel_env,
        resources={"metadata": {"path": str(ws / "notebooks")}},
    )
    client.execute()
    outputs = [cell["outputs"] for cell in notebook.cells]
    assert not [o for cell in outputs for o in cell if o["output_type"] in ("error", "stream")]
    load, table, opened, wrong, right, unknown = outputs
    assert load == []

    def shown(cell: list[Any], kind: str) -> str:
        (output,) = cell
        assert output["output_type"] == "execute_result"
        return str(output["data"][kind])

    assert "0 of 2 katas done · next: 01_demo" in shown(table, "text/plain")
    assert '<span style="color:#808080">· to do</span>' in shown(table, "text/html")
    assert "Doubling is not adding two." in shown(opened, "text/markdown")

    plain = shown(wrong, "text/plain")
    assert plain.startswith("✗ 01_demo · Demo") and "✗ test_double_doubles" in plain
    assert "assert 5 == 6" in plain and 'Stuck? `hint("01")`' in plain
    assert "sharpbits-failed" in shown(wrong, "text/html")

    plain = shown(right, "text/plain")
    assert plain.startswith("✓ 01_demo · Demo\n  All 1 fix tests pass")
    assert "Next: 02_other · Other" in plain and 'Run `check("02")`.' in plain
    assert "sharpbits check" not in plain and "\033" not in plain
    assert '<span style="color:#2e7d32;font-weight:bold">✓ 01_demo · Demo</span>' in shown(
        right, "text/html"
    )
    assert (ws / "katas/01_demo/kata.py").read_text() == GIVEN + CODE + DOUBLES
    backups = sorted(p.name for p in (ws / STATE_DIR / "backups").iterdir())
    assert backups == ["01_demo-1.py", "01_demo-2.py"]

    assert shown(unknown, "text/plain") == "no kata 'dmeo'; did you mean 'demo'?"
    assert "did you mean" in shown(unknown, "text/html")
