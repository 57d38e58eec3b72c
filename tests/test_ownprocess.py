"""Katas with a process environment of their own (katas.toml ``env``), and crashes that say why."""

from __future__ import annotations

import json

import pytest

from sharpbits.registry import Kata, load_catalog
from sharpbits.runner import Isolation, ended_by, run_kata
from sharpbits.scoring import grade_run

OWN_ENV = '\nenv = { SHARPBITS_DEMO_DEVICES = "4", XLA_FLAGS = "--demo_flag=1" }\n'


def _with_env(demo: pytest.Pytester, tests: str) -> Kata:
    """Kata 02 of the demo workspace, needing its own environment, with *tests*."""
    catalog = demo.path / "katas/katas.toml"
    text = catalog.read_text()
    at = text.index('id = "02_other"')
    end = text.index("\n\n", at) if "\n\n" in text[at:] else len(text)
    catalog.write_text(text[:end].rstrip("\n") + OWN_ENV + text[end:])
    (demo.path / "katas/02_other/test_kata.py").write_text(tests)
    (kata,) = [k for k in load_catalog(demo.path / "katas") if k.id == "02_other"]
    return kata


ENV_TESTS = (
    "import os\n"
    "def test_pitfall_nothing_changed(kata):\n"
    "    assert kata.WHAT == 'other'\n"
    "def test_sees_its_environment():\n"
    "    assert os.environ['SHARPBITS_DEMO_DEVICES'] == '4'\n"
    "    assert '--demo_flag=1' in os.environ['XLA_FLAGS'].split()\n"
    "def test_triple_triples(kata):\n"
    "    assert kata.triple(3) == 10, 'triple(3) is not 10'\n"
)


def test_the_catalog_rejects_an_env_that_is_not_names_to_strings(demo: pytest.Pytester) -> None:
    catalog = demo.path / "katas/katas.toml"
    catalog.write_text(catalog.read_text() + "env = { SOME_VAR = 4 }\n")
    with pytest.raises(Exception, match="env must map"):
        load_catalog(demo.path / "katas")


def test_the_runner_starts_every_run_with_the_kata_env(
    demo: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SHARPBITS_DEMO_DEVICES", raising=False)
    monkeypatch.setenv("XLA_FLAGS", "--outer_flag=2")
    kata = _with_env(demo, ENV_TESTS)
    for isolation in (None, Isolation(1024, threads=1)):
        run = run_kata(kata, isolation=isolation)
        outcomes = {t.name: t.outcome for t in run.tests}
        assert outcomes == {
            "test_pitfall_nothing_changed": "passed",
            "test_sees_its_environment": "passed",
            "test_triple_triples": "failed",
        }, run.output


def test_one_process_pytest_runs_such_a_kata_in_a_process_of_its_own(
    demo: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pytest katas` in one process: the other kata runs in it, this one in its own; the
    outcomes, the failure message, the pitfall marks and the report are the child's."""
    monkeypatch.delenv("SHARPBITS_DEMO_DEVICES", raising=False)
    _with_env(demo, ENV_TESTS)
    (demo.path / "katas/02_other/kata.py").write_text(
        "WHAT = 'other'\n\ndef triple(x):\n    raise ValueError('not written yet')\n"
    )
    report = demo.path / "report.json"
    result = demo.runpytest_subprocess(
        "katas", "-p", "no:cacheprovider", f"--sharpbits-report={report}"
    )
    result.assert_outcomes(passed=3, failed=2)  # 01_demo: 1 and 1 failing; 02_other: 2 and 1
    result.stdout.fnmatch_lines(
        ["*test_triple_triples (own process)*", "*ValueError: not written yet*"]
    )
    reported = json.loads(report.read_text())["tests"]
    tests = {t["name"]: t for t in reported if t["kata"] == "02_other"}
    assert tests["test_sees_its_environment"]["outcome"] == "passed"
    assert tests["test_pitfall_nothing_changed"]["outcome"] == "passed"
    failed = tests["test_triple_triples"]
    assert failed["outcome"] == "failed"
    assert (failed["exception"], failed["kata_line"]) == ("ValueError", 4)
    assert failed["kata_code"] == "raise ValueError('not written yet')"


def test_a_process_with_the_env_runs_the_kata_in_place(
    demo: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHARPBITS_DEMO_DEVICES", "4")
    monkeypatch.setenv("XLA_FLAGS", "--other=1 --demo_flag=1")
    _with_env(demo, ENV_TESTS)
    result = demo.runpytest_subprocess("katas/02_other", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    assert "own process" not in result.stdout.str()


def test_an_abort_is_a_crash_that_names_the_signal(demo: pytest.Pytester) -> None:
    """numba's workqueue threading layer aborts the process on concurrent use (exit 134):
    the run is that kata's crash, and the grade says which signal ended it."""
    (demo.path / "katas/02_other/kata.py").write_text("import os\nos.abort()\n")
    (kata,) = [k for k in load_catalog(demo.path / "katas") if k.id == "02_other"]
    run = run_kata(kata, isolation=Isolation(1024, threads=1))
    assert run.status == "crashed" and not run.tests
    assert run.output.splitlines()[-1].startswith(
        "sharpbits: the test process was killed by SIGABRT (exit 134)"
    )
    grade = grade_run("someone", kata, run)
    assert grade.status == "crashed" and grade.score == 0.0
    assert "SIGABRT (exit 134)" in grade.reason


@pytest.mark.parametrize(
    ("returncode", "says"),
    [
        (-6, "SIGABRT (exit 134)"),
        (134, "SIGABRT (exit 134)"),
        (-11, "SIGSEGV (exit 139)"),
        (3, "code 3"),
    ],
)
def test_the_end_of_a_process_is_named(returncode: int, says: str) -> None:
    assert says in ended_by(returncode)


def test_a_submission_is_what_the_own_process_tests(demo: pytest.Pytester) -> None:
    """--sharpbits-submission reaches the kata's own process: the submission is what runs."""
    _with_env(demo, ENV_TESTS)
    sub = demo.path / "sub" / "02_other"
    sub.mkdir(parents=True)
    (sub / "kata.py").write_text("WHAT = 'other'\n\ndef triple(x):\n    return 10\n")
    result = demo.runpytest_subprocess(
        "katas/02_other", "-p", "no:cacheprovider", f"--sharpbits-submission={demo.path / 'sub'}"
    )
    result.assert_outcomes(passed=3)


def test_xla_reads_the_kata_flags_beside_the_graders_thread_flags(demo: pytest.Pytester) -> None:
    """A graded run on one thread has XLA flags of its own: the kata's flags still count
    (XLA stops reading at a word that is not a flag, which once hid them)."""
    catalog = demo.path / "katas/katas.toml"
    text = catalog.read_text()
    flags = 'env = { XLA_FLAGS = "--xla_force_host_platform_device_count=4" }\n'
    catalog.write_text(text.rstrip("\n") + "\n" + flags)
    (demo.path / "katas/02_other/test_kata.py").write_text(
        "def test_four_devices():\n    import jax\n    assert jax.device_count() == 4\n"
    )
    (kata,) = [k for k in load_catalog(demo.path / "katas") if k.id == "02_other"]
    run = run_kata(kata, isolation=Isolation(4096, threads=1))
    assert run.outcome("test_four_devices") == "passed", run.output


def test_the_own_process_runs_only_the_selected_tests(
    demo: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One test chosen by node id: the kata's own process runs that one, not the kata."""
    monkeypatch.delenv("SHARPBITS_DEMO_DEVICES", raising=False)
    monkeypatch.setenv("SHARPBITS_DEMO_MARK", str(demo.path / "ran"))
    never = "def test_never_selected():\n    open(os.environ['SHARPBITS_DEMO_MARK'], 'w').close()\n"
    _with_env(demo, ENV_TESTS + never)
    result = demo.runpytest_subprocess(
        "katas/02_other/test_kata.py::test_sees_its_environment", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=1)
    assert not (demo.path / "ran").exists(), "the own process ran a test nobody selected"
    whole = demo.runpytest_subprocess("katas/02_other", "-p", "no:cacheprovider")
    whole.assert_outcomes(passed=3, failed=1)
    assert (demo.path / "ran").exists()  # the marker works: the whole kata writes it
