"""Assignments and intake: a trainer grades the katas a week assigns, at the points it gives
them, and a submission in the wrong layout gets a one-line error that shows the right one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sharpbits.assignment import AssignmentError, load_assignment, select
from sharpbits.cli import main
from sharpbits.errors import KataNotFound
from sharpbits.intake import IntakeError, discover
from sharpbits.registry import load_catalog, solutions_root

from .conftest import KATAS

CATALOG = load_catalog(KATAS)


@pytest.mark.parametrize(
    ("spec", "numbers"),
    [
        ("01-07", [1, 2, 3, 4, 5, 6, 7]),
        ("3", [3]),
        ("impure,01", [1, 3]),  # catalog order, whatever the order asked
        ("03_impure-5", [3, 4, 5]),
        ("22-24, 9", [9, 22, 23, 24]),
        ("fusion-fusion", [1]),
    ],
)
def test_katas_are_chosen_by_ids_and_ranges_in_any_id_form(spec: str, numbers: list[int]) -> None:
    assert [k.number for k in select(spec, CATALOG).katas] == numbers


@pytest.mark.parametrize(
    ("spec", "error", "says"),
    [
        ("07-01", AssignmentError, "runs backwards"),
        ("01-99", KataNotFound, "no kata '99'"),
        ("nosuch", KataNotFound, "no kata 'nosuch'"),
        (",", AssignmentError, "names no kata"),
    ],
)
def test_a_bad_selection_is_one_line_that_says_what_works(
    spec: str, error: type, says: str
) -> None:
    with pytest.raises(error, match=says) as caught:
        select(spec, CATALOG)
    assert "\n" not in str(caught.value)


def test_an_assignment_file_names_katas_and_their_points(tmp_path: Path) -> None:
    path = tmp_path / "week1.toml"
    path.write_text('name = "Week 1"\nkatas = ["01-03", "impure"]\n[points]\n"impure" = 20\n')
    week = load_assignment(path, CATALOG)
    assert week.name == "Week 1"
    assert [(k.number, k.points) for k in week.katas] == [(1, 10), (2, 10), (3, 20)]
    assert week.points == 40
    path.write_text('katas = "01-03, impure"\n[points]\n"impure" = 20\n')  # as --katas takes it
    assert load_assignment(path, CATALOG).katas == week.katas


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('katas = ["01"]\nweek = 1\n', "unknown key 'week'"),
        ("katas = 1\n", "katas must list ids or ranges"),
        ('katas = ""\n', "katas must list ids or ranges"),
        ("katas = [\n", "not valid TOML"),
        (
            'katas = ["01"]\n[points]\n"02" = 5\n',
            "names 02_dict_in_njit, which katas does not list",
        ),
        ('katas = ["01"]\n[points]\n"01" = -5\n', "positive integer"),
        ('katas = ["01"]\n[points]\n"01" = 2.5\n', "positive integer"),
    ],
)
def test_a_bad_assignment_file_is_one_line(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "a.toml"
    path.write_text(text)
    with pytest.raises(AssignmentError, match=says) as caught:
        load_assignment(path, CATALOG)
    assert "\n" not in str(caught.value)
    assert main(["grade", str(tmp_path), "--assignment", str(path)]) == 2


def test_a_week_is_graded_without_missing_noise_at_its_own_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Katas outside the assignment are not graded and not reported, even when a submission
    holds them; the assignment's points are the ones every report uses."""
    subs = tmp_path / "subs"
    for kata_id in ("03_impure", "12_recompilation"):
        (subs / "ana" / kata_id).mkdir(parents=True)
        shutil.copyfile(solutions_root() / kata_id / "kata.py", subs / "ana" / kata_id / "kata.py")
    week = tmp_path / "week1.toml"
    week.write_text('name = "Week 1"\nkatas = ["03"]\n[points]\n"03" = 20\n')
    out = tmp_path / "out"
    assert main(["grade", str(subs), "--assignment", str(week), "--out", str(out), "--json",
                 "--csv", "--gradescope"]) == 0  # fmt: skip
    printed = capsys.readouterr().out
    assert "Week 1: 1 katas, 20 points" in printed and "no kata.py" not in printed
    (ana,) = json.loads((out / "grades.json").read_text())["submissions"]
    assert [(k["kata"], k["status"], k["score"]) for k in ana["katas"]] == [
        ("03_impure", "passed", 20.0)
    ]
    assert (
        (out / "gradebook.csv")
        .read_text()
        .splitlines()[0]
        .startswith("submission,03_impure,total,")
    )
    scope = json.loads((out / "gradescope" / "ana.json").read_text())
    assert scope["score"] == 20.0 and all(t["name"].startswith("03_impure") for t in scope["tests"])


LAYOUT = "expected NN_slug/kata.py, e.g. alice/03_impure/kata.py"


def test_bare_kata_files_get_one_line_showing_the_layout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "one").mkdir()
    shutil.copyfile(KATAS / "03_impure" / "kata.py", tmp_path / "one" / "kata.py")
    for name in ("alice", "bob"):
        (tmp_path / "batch" / name).mkdir(parents=True)
        shutil.copyfile(KATAS / "03_impure" / "kata.py", tmp_path / "batch" / name / "kata.py")
    for folder in ("one", "batch"):
        assert main(["grade", str(tmp_path / folder), "--out", str(tmp_path / "out")]) == 2
        err = capsys.readouterr().err
        assert LAYOUT in err and err.count("\n") == 1, err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_an_empty_folder_is_not_a_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["grade", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "holds no submissions" in err and LAYOUT in err


def _kata_py(folder: Path, kata_id: str = "03_impure") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(KATAS / kata_id / "kata.py", folder / "kata.py")


def test_a_kata_folder_unpacked_beside_submissions_is_refused(tmp_path: Path) -> None:
    """Grading it as one submission would silently drop every student in the folder."""
    _kata_py(tmp_path / "alice" / "03_impure")
    _kata_py(tmp_path / "bob" / "03_impure")
    _kata_py(tmp_path / "05_boolean_masking", "05_boolean_masking")
    with pytest.raises(IntakeError, match=r"holds kata folders \(05_boolean_masking\) beside "
                       r"submissions \(alice, bob\): move each kata folder"):  # fmt: skip
        discover([tmp_path], [k.id for k in CATALOG])


def test_renamed_duplicates_never_take_a_real_submissions_name(tmp_path: Path) -> None:
    for name in ("alice", "alice-2"):
        _kata_py(tmp_path / name / "03_impure")
    _kata_py(tmp_path / "zipped" / "03_impure")
    shutil.make_archive(str(tmp_path / "alice"), "zip", tmp_path / "zipped")
    shutil.rmtree(tmp_path / "zipped")
    names = [s.name for s in discover([tmp_path], [k.id for k in CATALOG])]
    assert sorted(names) == ["alice", "alice-2", "alice-3"]


def test_macos_resource_folders_and_hidden_folders_are_not_submissions(tmp_path: Path) -> None:
    _kata_py(tmp_path / "alice" / "03_impure")
    (tmp_path / "__MACOSX" / "alice" / "03_impure").mkdir(parents=True)
    (tmp_path / "__MACOSX" / "alice" / "03_impure" / "._kata.py").write_bytes(b"\0\5")
    _kata_py(tmp_path / ".git" / "03_impure")
    (only,) = discover([tmp_path], [k.id for k in CATALOG])
    assert only.name == "alice" and set(only.files) == {"03_impure"}


def test_a_hyphenated_slug_and_a_repeated_points_key(tmp_path: Path) -> None:
    assert [k.id for k in select("boolean-masking", CATALOG).katas] == ["05_boolean_masking"]
    path = tmp_path / "a.toml"
    path.write_text('katas = ["03"]\n[points]\n"3" = 5\n"impure" = 7\n')
    with pytest.raises(AssignmentError, match="names 03_impure twice"):
        load_assignment(path, CATALOG)
