"""The pytest plugin: the `kata` fixture, its options, its report and its summary."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import REPO


def test_the_kata_fixture_loads_the_file_beside_the_tests(demo: pytest.Pytester) -> None:
    result = demo.runpytest_subprocess("katas/02_other")
    result.assert_outcomes(passed=2)


def test_a_failing_fix_test_names_the_function_to_edit(demo: pytest.Pytester) -> None:
    result = demo.runpytest_subprocess("katas/01_demo")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*01_demo: 1 of 1 fix tests fail. Your file is katas/01_demo/kata.py: edit double().*",
            "*Lesson: katas/01_demo/README.md · a hint: `sharpbits hint 01`",
        ]
    )


def test_a_missing_function_fails_with_one_line_naming_it(demo: pytest.Pytester) -> None:
    (demo.path / "katas/02_other/kata.py").write_text("WHAT = 'other'\n")
    result = demo.runpytest_subprocess("katas/02_other")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*kata.py has no `triple`. Did you rename or delete it?"])
    result.stdout.no_fnmatch_line("*AttributeError*")


def test_a_broken_kata_fails_only_its_own_tests(demo: pytest.Pytester) -> None:
    (demo.path / "katas/01_demo/kata.py").write_text("def double(x:\n")
    result = demo.runpytest_subprocess("katas")
    result.assert_outcomes(passed=2, errors=2)
    result.stdout.fnmatch_lines(["*01_demo/kata.py:1: SyntaxError: *"])
    result.stdout.no_fnmatch_line("*PITFALL CHANGED*")


def test_same_named_test_files_in_two_katas_do_not_collide(demo: pytest.Pytester) -> None:
    (demo.path / "katas/01_demo/kata.py").write_text(
        "def broken(x):\n    return x + 3\n\ndef double(x):\n    return 2 * x\n"
    )
    demo.runpytest_subprocess("katas").assert_outcomes(passed=4)


def test_solutions_and_submission_options_exclude_each_other(demo: pytest.Pytester) -> None:
    result = demo.runpytest_subprocess(
        "katas", "--sharpbits-solutions", f"--sharpbits-submission={demo.path}"
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*use --sharpbits-solutions or --sharpbits-submission, not both*"])


def test_a_submission_that_is_not_a_folder_is_a_usage_error(demo: pytest.Pytester) -> None:
    result = demo.runpytest_subprocess("katas", "--sharpbits-submission=nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR


@pytest.mark.parametrize("layout", ["02_other", "katas/02_other"])
def test_a_submission_replaces_the_workspace_kata(demo: pytest.Pytester, layout: str) -> None:
    sub = demo.path / "sub" / layout
    sub.mkdir(parents=True)
    (sub / "kata.py").write_text("WHAT = 'other'\n\ndef triple(x):\n    return 4 * x\n")
    result = demo.runpytest_subprocess(
        "katas/02_other", f"--sharpbits-submission={demo.path / 'sub'}"
    )
    result.assert_outcomes(passed=1, failed=1)  # the submission's triple is tested
    result = demo.runpytest_subprocess(
        "katas/01_demo", f"--sharpbits-submission={demo.path / 'sub'}"
    )
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(["*has no 01_demo/kata.py*"])


def test_the_report_records_every_test_with_versions(demo: pytest.Pytester) -> None:
    report = demo.path / "report.json"
    demo.runpytest_subprocess("katas", f"--sharpbits-report={report}")
    data = json.loads(report.read_text())
    assert data["version"] == 1 and {"python", "jax", "numba", "numpy"} <= data["versions"].keys()
    outcomes = {(t["kata"], t["name"]): t["outcome"] for t in data["tests"]}
    assert outcomes == {
        ("01_demo", "test_pitfall_python_still_adds"): "passed",
        ("01_demo", "test_double_doubles"): "failed",
        ("02_other", "test_pitfall_nothing_changed"): "passed",
        ("02_other", "test_triple_triples"): "passed",
    }
    (failed,) = [t for t in data["tests"] if t["outcome"] == "failed"]
    assert "assert 6 == 6" not in failed["message"] and failed["message"]


def test_a_pitfall_that_no_longer_holds_is_announced_with_the_kata_name(
    demo: pytest.Pytester,
) -> None:
    (demo.path / "katas/02_other/kata.py").write_text(
        "WHAT = 'changed'\n\ndef triple(x):\n    return 3 * x\n"
    )
    result = demo.runpytest_subprocess("katas/02_other")
    result.stdout.fnmatch_lines(
        ["*PITFALL CHANGED in 02_other: test_pitfall_nothing_changed no longer holds on*"]
    )


def test_fresh_kata_is_a_new_module_each_time(demo: pytest.Pytester) -> None:
    demo.makepyfile(
        **{
            "katas/02_other/test_fresh": (
                "def test_fresh_modules_share_nothing(kata, fresh_kata):\n"
                "    assert fresh_kata.module is not kata.module\n"
                "    kata.WHAT = 'changed'\n"
                "    assert fresh_kata.WHAT == 'other'\n"
            )
        }
    )
    demo.runpytest_subprocess("katas/02_other/test_fresh.py").assert_outcomes(passed=1)


def test_the_plugin_does_not_import_jax() -> None:
    code = "import sys, sharpbits.plugin; print('jax' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_all_katas_collect_together_from_the_repo_root() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "katas", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    files = {line.split("::", 1)[0] for line in out.stdout.splitlines() if "::" in line}
    assert len(files) == len(
        [p for p in (REPO / "katas").iterdir() if (p / "test_kata.py").exists()]
    )
