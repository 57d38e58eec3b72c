"""The GIVEN section: an edit of it is found at its first line, and put back alone."""

from __future__ import annotations

from sharpbits.given import edited_line, restore, split

SHIPPED = (
    '"""Kata."""\n\nimport numba\n\n'
    "# --- GIVEN: do not edit. ---\n\nflag = False\n\n\ndef given(x):\n    return x + flag\n\n\n"
    "# --- YOUR CODE ---\n\n\ndef mine(x):\n    return given(x)\n"
)


def test_the_shipped_file_and_edits_outside_given_are_not_edits() -> None:
    assert edited_line(SHIPPED, SHIPPED) is None
    learner = SHIPPED.replace("import numba\n", "import numba\nimport jax\n").replace(
        "return given(x)", "return 2 * x"
    )
    assert edited_line(learner, SHIPPED) is None
    assert edited_line(SHIPPED.replace("flag = False", "flag = False   "), SHIPPED) is None


def test_an_edit_is_found_at_its_first_line() -> None:
    edited = SHIPPED.replace("flag = False", "flag = True")
    assert edited_line(edited, SHIPPED) == SHIPPED.splitlines().index("flag = False") + 1
    longer = SHIPPED.replace("    return x + flag\n", "    return x + flag\n# note\n")
    assert edited_line(longer, SHIPPED) == SHIPPED.splitlines().index("    return x + flag") + 2
    cut = SHIPPED.replace("    return x + flag\n\n\n", "")
    assert edited_line(cut, SHIPPED) is not None
    assert edited_line(SHIPPED.replace("# --- YOUR CODE", "# YOUR CODE"), SHIPPED) == 1


def test_restore_puts_back_the_given_section_and_keeps_the_rest() -> None:
    learner = SHIPPED.replace("flag = False", "flag = True").replace("given(x)", "x * 3")
    learner = learner.replace("import numba\n", "import numba\nimport math\n")
    fixed = restore(learner, SHIPPED)
    assert edited_line(fixed, SHIPPED) is None
    assert "x * 3" in fixed and "import math" in fixed and "flag = False" in fixed
    assert restore("def mine(x):\n    return 1\n", SHIPPED) == SHIPPED  # no markers: whole file
    assert restore(learner, "no markers\n") == learner
    assert split("# --- YOUR CODE\n# --- GIVEN\n") is None  # markers out of order


def test_markers_written_again_in_the_learners_code_change_nothing() -> None:
    learner = SHIPPED + "\n# --- YOUR CODE, second try ---\n# --- GIVEN? no\n"
    assert edited_line(learner, SHIPPED) is None
    assert restore(learner, SHIPPED) == learner


def test_code_added_to_the_header_is_an_edit_but_imports_and_the_docstring_are_not() -> None:
    configured = SHIPPED.replace("import numba\n", 'import numba\njax.config.update("x", 1)\n')
    assert edited_line(configured, SHIPPED) == 4
    renoted = SHIPPED.replace('"""Kata."""', '"""Kata.\n\nMy notes.\n"""').replace(
        "import numba\n", "import numba\nimport math\n"
    )
    assert edited_line(renoted, SHIPPED) is None
    fixed = restore(configured.replace("import numba\n", "import numba\nimport math\n"), SHIPPED)
    assert "config" not in fixed and "import math\n" in fixed
    assert edited_line(fixed, SHIPPED) is None
