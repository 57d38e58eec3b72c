"""The shared runner: a kata's tests in a subprocess, whatever the kata.py does."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from sharpbits.loader import Source
from sharpbits.registry import Kata, load_catalog
from sharpbits.runner import Isolation, run_kata


def _demo_kata(demo: pytest.Pytester, kata_id: str) -> Kata:
    (kata,) = [k for k in load_catalog(demo.path / "katas") if k.id == kata_id]
    return kata


def test_runner_reports_each_test(demo: pytest.Pytester) -> None:
    run = run_kata(_demo_kata(demo, "01_demo"))
    assert run.status == "failed"
    assert run.outcome("test_pitfall_python_still_adds") == "passed"
    assert [t.name for t in run.failing_fixes] == ["test_double_doubles"]
    assert run.versions["numba"]


def test_runner_kills_an_infinite_loop_at_the_time_limit(demo: pytest.Pytester) -> None:
    (demo.path / "katas/02_other/kata.py").write_text("while True:\n    pass\n")
    run = run_kata(_demo_kata(demo, "02_other"), timeout=5)
    assert run.status == "timeout" and not run.tests


def test_an_interpreter_that_dies_is_a_crash_not_a_pass(demo: pytest.Pytester) -> None:
    (demo.path / "katas/02_other/kata.py").write_text("import os\nos._exit(0)\n")
    run = run_kata(_demo_kata(demo, "02_other"))
    assert run.status == "crashed" and not run.tests


def test_runner_takes_the_reference_or_a_submission(demo: pytest.Pytester) -> None:
    sub = demo.path / "sub" / "01_demo"
    sub.mkdir(parents=True)
    (sub / "kata.py").write_text(
        "def broken(x):\n    return x + 3\n\ndef double(x):\n    return 2 * x\n"
    )
    run = run_kata(_demo_kata(demo, "01_demo"), Source("submission", demo.path / "sub"))
    assert run.status == "passed" and len(run.tests) == 2


def test_an_isolated_run_sees_a_minimal_environment(
    demo: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    evil = demo.path / "evil"
    evil.mkdir()
    (evil / "sitecustomize.py").write_text("raise SystemExit(3)\n")
    monkeypatch.setenv("PYTHONPATH", str(evil))
    monkeypatch.setenv("SHARPBITS_SECRET", "leaked")
    (demo.path / "katas/02_other/kata.py").write_text(
        "import os\n"
        "clean = 'SHARPBITS_SECRET' not in os.environ and os.environ['NUMBA_NUM_THREADS'] == '1'\n"
        "WHAT = 'other' if clean else 'leaked'\n\n"
        "def triple(x):\n    return 3 * x\n"
    )
    run = run_kata(_demo_kata(demo, "02_other"), isolation=Isolation(1024, threads=1))
    assert run.status == "passed", run.output
    assert "Warning" not in run.output  # the bootstrap uses pytest's supported entry point
    unisolated = run_kata(_demo_kata(demo, "02_other"))  # PYTHONPATH's sitecustomize runs
    assert unisolated.status == "crashed"


def test_an_isolated_run_keeps_the_workspace_conftest_whatever_its_scratch_folder(
    demo: pytest.Pytester,
) -> None:
    """The root conftest.py (JAX_ENABLE_X64 for the katas) applies even when the grader's
    scratch folder lies inside the workspace, as nox's TMPDIR did (pytest's default cut-off for
    conftests is the ini file's folder, which is in the scratch folder)."""
    (demo.path / "conftest.py").write_text("import os\nos.environ['DEMO_CONFTEST'] = 'ran'\n")
    (demo.path / "katas/02_other/kata.py").write_text(
        "import os\n"
        "WHAT = 'other' if os.environ.get('DEMO_CONFTEST') == 'ran' else 'no conftest'\n\n"
        "def triple(x):\n    return 3 * x\n"
    )
    for scratch in (demo.path / "scratch", demo.path / "katas" / "scratch"):
        scratch.mkdir()
        run = run_kata(_demo_kata(demo, "02_other"), isolation=Isolation(1024, scratch=scratch))
        assert run.status == "passed", run.output


def test_a_kata_py_cannot_make_the_report_name_other_versions(demo: pytest.Pytester) -> None:
    (demo.path / "katas/02_other/kata.py").write_text(
        "import importlib.metadata as m\n"
        "m.version = lambda name: '9.9.9'\n"
        "WHAT = 'other'\n\n"
        "def triple(x):\n    return 3 * x\n"
    )
    run = run_kata(_demo_kata(demo, "02_other"), isolation=Isolation(1024))
    assert run.status == "passed", run.output
    assert run.versions["numba"] not in ("9.9.9", "not installed")


def test_ctrl_c_during_a_run_ends_the_run_too(demo: pytest.Pytester) -> None:
    marker = f"sharpbits-ctrl-c-{os.getpid()}"
    (demo.path / "katas/02_other/kata.py").write_text(f"# {marker}\nwhile True:\n    pass\n")
    previous = signal.signal(signal.SIGALRM, signal.default_int_handler)  # as Ctrl-C raises
    signal.setitimer(signal.ITIMER_REAL, 3)
    try:
        with pytest.raises(KeyboardInterrupt):
            run_kata(_demo_kata(demo, "02_other"), timeout=60)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    time.sleep(0.5)
    left = [p for p in Path("/proc").glob("[0-9]*") if _runs_in(p, demo.path)]
    assert not left, "the test process outlived the interrupted run"


def _runs_in(proc: Path, folder: Path) -> bool:
    try:
        return proc.joinpath("cwd").resolve() == folder.resolve() and proc.name != str(os.getpid())
    except OSError:
        return False


def test_the_test_process_leaves_once_its_report_is_sent(demo: pytest.Pytester) -> None:
    """After the signed report and pytest's summary nothing runs: no exit handler (one that
    would forge or stall finds no turn) and no interpreter teardown; the verdict stands."""
    marker = demo.path / "exit-handler-ran"
    (demo.path / "katas/02_other/kata.py").write_text(
        "import atexit, pathlib, time\n"
        "WHAT = 'other'\n"
        "def triple(x):\n    return 3 * x\n"
        f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'ran')\n"
        "atexit.register(time.sleep, 60)\n"
    )
    started = time.monotonic()
    run = run_kata(_demo_kata(demo, "02_other"))
    assert (run.status, [t.outcome for t in run.tests]) == ("passed", ["passed", "passed"])
    assert "2 passed" in run.output, run.output
    assert not marker.exists() and time.monotonic() - started < 50


def _install_hostile_plugin(root: Path) -> Path:
    """A pytest plugin installed the usual way (an entry point in its distribution's metadata)
    that fails every test and leaves a mark: what pytest-randomly, -xdist or a learner's own
    plugin could do to a run. Returns the mark's path."""
    site = root / "site"
    (site / "hostile_plugin-1.0.dist-info").mkdir(parents=True)
    (site / "hostile_plugin-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: hostile-plugin\nVersion: 1.0\n"
    )
    (site / "hostile_plugin-1.0.dist-info" / "entry_points.txt").write_text(
        "[pytest11]\nhostile = hostile_plugin\n"
    )
    mark = root / "hostile-plugin-loaded"
    (site / "hostile_plugin.py").write_text(
        "from pathlib import Path\n"
        "def pytest_configure(config):\n"
        f"    Path({str(mark)!r}).write_text('loaded')\n"
        "def pytest_runtest_call(item):\n"
        "    raise RuntimeError('the hostile plugin fails every test')\n"
    )
    return mark


def test_an_installed_pytest_plugin_takes_no_part_in_a_run(
    demo: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark = _install_hostile_plugin(demo.path)
    monkeypatch.setenv("PYTHONPATH", str(demo.path / "site"))
    # the plugin is installed where pytest finds it: a plain pytest run loads it
    plain = demo.runpytest_subprocess("katas/02_other", "-p", "no:cacheprovider")
    assert mark.read_text() == "loaded" and plain.ret != 0
    mark.unlink()
    run = run_kata(_demo_kata(demo, "02_other"))
    assert run.status == "passed" and not mark.exists()


def test_a_kata_whose_tests_time_code_gets_pytest_benchmark(demo: pytest.Pytester) -> None:
    """pytest-benchmark is loaded only for a kata whose tests ask for its fixture (it asks git,
    hg and `file` about the machine each time it starts); there its fixture works."""
    tests = demo.path / "katas/02_other/test_kata.py"
    assert not _demo_kata(demo, "02_other").uses_benchmark
    tests.write_text(
        tests.read_text() + "def test_triple_is_timed(kata, benchmark):\n"
        "    assert benchmark(kata.triple, 3) == 9\n"
    )
    kata = _demo_kata(demo, "02_other")
    assert kata.uses_benchmark
    run = run_kata(kata)
    assert run.status == "passed" and run.outcome("test_triple_is_timed") == "passed", run.output
