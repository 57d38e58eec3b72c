"""A failing kata test shows the kata's frames, not the libraries' insides."""

from __future__ import annotations

import json

import pytest

from sharpbits.tracebacks import is_library


def test_library_and_kata_paths_are_told_apart() -> None:
    assert is_library(json.__file__)
    assert is_library(pytest.__file__)
    assert not is_library(__file__)
    assert not is_library(is_library.__code__.co_filename)  # sharpbits itself
    assert is_library("<string>")


def test_a_failure_inside_a_library_stops_at_the_kata_line(demo: pytest.Pytester) -> None:
    (demo.path / "katas/02_other/kata.py").write_text(
        "import json\nWHAT = 'other'\n\ndef triple(x):\n    return json.loads('{' * x)\n"
    )
    result = demo.runpytest_subprocess("katas/02_other", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    out = result.stdout.str()
    assert "katas/02_other/kata.py:5: in triple" in out
    assert "json/decoder.py" not in out and "json/__init__.py" not in out
    assert "JSONDecodeError" in out  # the message still says what the library found
    full = demo.runpytest_subprocess("katas/02_other", "-p", "no:cacheprovider", "--fulltrace")
    assert "json/decoder.py" in full.stdout.str()  # --fulltrace keeps every frame
