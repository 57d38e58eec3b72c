"""The learner's loop skips pins it has already seen hold (``check`` and ``watch`` only; grading
always runs everything).

A ``test_pitfall_*`` pin tests the GIVEN code, which a learner leaves alone: its outcome is a
function of kata.py up to the YOUR CODE marker, the trusted test file, the workspace's
conftest.py and the versions of Python, the libraries and sharpbits. Once every pin of a kata
passed on exactly those, a later check of the same workspace runs only the fix tests and
reports the remembered pins, as long as the learner's part of kata.py cannot reach the GIVEN
code when kata.py is imported (see :func:`inert`): rebinding a name the GIVEN code uses,
calling anything at import time that could change global state, or any top-level statement
other than definitions, imports and plain assignments sends the check back to a full run.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import platform
import threading
from dataclasses import asdict
from pathlib import Path

from sharpbits import __version__, pysource
from sharpbits.given import Split, split
from sharpbits.progress import write_atomically
from sharpbits.registry import Kata
from sharpbits.runner import KataRun, TestResult

CACHE_FILE = "pins.json"
_LOCK = threading.Lock()
NO_PINS = "not test_pitfall_"
LIBRARIES = ("jax", "jaxlib", "numba", "numpy", "ml_dtypes", "llvmlite", "pytest", "hypothesis")
# Names whose mention at import time may change what the GIVEN code does (configuration,
# reflection, the environment): a learner's part of kata.py holding one runs the pins again.
GLOBAL_STATE = frozenset(
    {"config", "update", "setattr", "delattr", "globals", "vars", "locals", "__dict__",
     "modules", "exec", "eval", "compile", "__import__", "importlib", "environ", "putenv",
     "seterr", "set_printoptions", "enable_x64", "default_rng", "seed", "reload", "getattr",
     "__setattr__", "__getattribute__", "__globals__", "__builtins__", "__class__",
     "set_num_threads", "threading_layer", "set_parallel_chunksize"}
)  # fmt: skip
# The environment the test process inherits: these libraries read their configuration from it
# (NUMBA_DISABLE_JIT=1 or JAX_DISABLE_JIT=1 change what every pin sees).
ENVIRONMENT = ("JAX_", "XLA_", "NUMBA_", "PYTHON")


def key(kata: Kata, text: str) -> str | None:
    """The pins' cache key for a kata.py holding *text*; None when it has no GIVEN section."""
    parts = split(text)
    if parts is None:
        return None
    from importlib import metadata  # 20 ms to import: only when a kata is remembered

    digest = hashlib.sha256()
    for piece in ("".join(parts.before + parts.given), platform.python_version(), __version__):
        digest.update(piece.encode("utf-8") + b"\0")
    for name in LIBRARIES:
        try:
            digest.update(f"{name}=={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing\0".encode())
    for name, value in sorted(os.environ.items()):
        if name.startswith(ENVIRONMENT):
            digest.update(f"{name}={value}\0".encode())
    for path in (kata.path / "test_kata.py", kata.path.parent.parent / "conftest.py"):
        digest.update(path.read_bytes() if path.is_file() else b"missing")
        digest.update(b"\0")
    return digest.hexdigest()


def inert(text: str) -> bool:
    """True when importing the learner's part of kata.py (from the YOUR CODE marker on) can
    neither rebind a name the GIVEN code or the imports above it bind or use, nor run code
    that touches global state; conservative: anything unusual is False."""
    parts = split(text)
    if parts is None:
        return False
    try:
        return _inert(parts)
    except pysource.UNPARSABLE:  # or deep enough to parse but not to dump recursively: run the pins
        return False


def _inert(parts: Split) -> bool:
    shipped = pysource.parse("".join(parts.before + parts.given))
    mine = pysource.parse("".join(parts.after))
    taken = _module_names(shipped.body) | _bound(shipped.body)
    modules = _imported(shipped.body)  # mentioning `jax.jit` or `np.float64` is harmless
    # The pins leave the GIVEN objects as they used them (a function traced or compiled while a
    # global was patched): code that reads a GIVEN name, even in a function body the tests
    # call later, would see them as a full run leaves them, so the pins must run.
    if _module_names(mine.body) & _given_callables(pysource.parse("".join(parts.given)).body):
        return False
    imports = {ast.dump(n) for n in shipped.body if isinstance(n, ast.Import | ast.ImportFrom)}
    return all(
        ast.dump(node) in imports or _inert_statement(node, taken, taken - modules)
        for node in mine.body
    )


_WRAPPERS = ("jit", "njit", "vectorize", "guvectorize", "cfunc", "partial", "vmap", "grad")


def _given_callables(body: list[ast.stmt]) -> set[str]:
    """The functions and classes the GIVEN section defines, and what it binds to a wrapped
    function (`step = jax.jit(...)`): what holds compiled or traced state a pin leaves behind.
    Plain constants (a learning rate, an array of gains) do not, and pins restore any they
    patch."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            called = ast.unparse(node.value.func)
            if called.endswith(_WRAPPERS):
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def _module_names(body: list[ast.stmt]) -> set[str]:
    """The module-level names the shipped code reads: every name of its top-level statements,
    and the free names of its functions (a function's own locals are not the module's)."""
    names: set[str] = set()
    for node in body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            continue
        inner = [n for n in ast.walk(node) if isinstance(n, ast.Name)]
        local = {n.id for n in inner if isinstance(n.ctx, ast.Store | ast.Del)}
        local |= {a.arg for a in ast.walk(node) if isinstance(a, ast.arg)}
        names |= {n.id for n in inner if n.id not in local}
        names |= {n.id for d in node.decorator_list for n in ast.walk(d) if isinstance(n, ast.Name)}
    return names


def _imported(body: list[ast.stmt]) -> set[str]:
    return {
        (a.asname or a.name).split(".")[0]
        for node in body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for a in node.names
    }


def _bound(body: list[ast.stmt]) -> set[str]:
    names = _imported(body)
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return names


def _inert_statement(node: ast.stmt, taken: set[str], given: set[str]) -> bool:
    """*taken*: names the shipped part binds or uses (never rebound); *given*: those of them
    that are not imported modules (never mentioned at import time)."""
    if isinstance(node, ast.Pass) or (
        isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    ):
        return True  # a docstring or a comment-like constant
    if isinstance(node, ast.Import | ast.ImportFrom):
        names = {(a.asname or a.name).split(".")[0] for a in node.names}
        module = node.module if isinstance(node, ast.ImportFrom) and node.module else ""
        # under another name, `from os import environ as env` reaches what GLOBAL_STATE denies
        reached = {part for a in node.names for part in f"{module}.{a.name}".split(".")}
        return "*" not in names and not (names & taken) and not (reached & GLOBAL_STATE)
    if isinstance(node, ast.If) and _is_main_guard(node.test):
        return True  # never runs when the tests import kata.py
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        evaluated = [*node.decorator_list, *node.args.defaults, *node.args.kw_defaults]
        evaluated += [node.returns, *(a.annotation for a in _arguments(node.args))]
        return node.name not in taken and all(
            _inert_expr(e, given, taken - given) for e in evaluated if e
        )
    if isinstance(node, ast.Assign | ast.AnnAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if not all(isinstance(t, ast.Name) and _free_to_bind(t.id, taken) for t in targets):
            return False
        evaluated = [node.value, node.annotation if isinstance(node, ast.AnnAssign) else None]
        return all(
            _inert_expr(e, given, taken - given) for e in evaluated if e
        )  # annotations run too
    if isinstance(node, ast.ClassDef):  # its body runs at import time: the same rules
        header = [*node.decorator_list, *node.bases, *(k.value for k in node.keywords)]
        return (
            _free_to_bind(node.name, taken)
            and all(_inert_expr(e, given, taken - given) for e in header)
            and all(_inert_statement(s, taken, given) for s in node.body)
        )
    return False  # loops, calls, with, try, if, global, del ... at import time


def _free_to_bind(name: str, taken: set[str]) -> bool:
    """Not a name the shipped code binds or uses, nor a dunder (``__name__ = "__main__"``
    would make a main guard run at import)."""
    return name not in taken and not (name.startswith("__") and name.endswith("__"))


def _arguments(args: ast.arguments) -> list[ast.arg]:
    extra = [a for a in (args.vararg, args.kwarg) if a is not None]
    return [*args.posonlyargs, *args.args, *args.kwonlyargs, *extra]


def _is_main_guard(test: ast.expr) -> bool:
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == "__name__"
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Eq)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value == "__main__"
    )


def _inert_expr(expr: ast.expr, given: set[str], modules: set[str]) -> bool:
    """No mention of global state, no GIVEN-defined name called or passed at import time (a
    GIVEN function compiled early would change what its pins see), and calls only into the
    modules the shipped code imports (`jax.jit`, `np.arange`) or a few harmless builtins:
    anything else (`from numba import set_num_threads as t; t(1)`) may change global state."""
    for node in ast.walk(expr):
        if isinstance(node, ast.Call) and _root(node.func) not in modules | _PURE_BUILTINS:
            return False
        if isinstance(node, ast.Attribute) and (
            node.attr in GLOBAL_STATE or node.attr.startswith("__")
        ):
            return False  # `obj.__setattr__`, `ctx.__enter__()`: reflection at import time
        if isinstance(node, ast.Name) and (node.id in GLOBAL_STATE or node.id in given):
            return False
        if isinstance(node, ast.Lambda | ast.NamedExpr):
            return False
    return True


_PURE_BUILTINS = frozenset(
    {"int", "float", "bool", "str", "tuple", "list", "dict", "set", "frozenset", "range", "len",
     "abs", "min", "max", "sum", "round", "sorted", "zip", "enumerate", "slice", "complex"}
)  # fmt: skip


def _root(func: ast.expr) -> str:
    """`np` for `np.random.default_rng`; "" for anything but a dotted name."""
    while isinstance(func, ast.Attribute):
        func = func.value
    return func.id if isinstance(func, ast.Name) else ""


def lookup(state_dir: Path, kata: Kata, text: str) -> tuple[TestResult, ...] | None:
    """The remembered pins of *kata* when they apply to a kata.py holding *text*, else None."""
    try:
        stored = json.loads((state_dir / CACHE_FILE).read_text(encoding="utf-8"))
        entry = stored[kata.id]
        if entry["key"] != key(kata, text) or not inert(text):
            return None
        return tuple(TestResult(**t) for t in entry["pins"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember(state_dir: Path, kata: Kata, run: KataRun, text: str) -> None:
    """Remember *kata*'s pins when a full *run* of a kata.py holding *text* passed them all,
    and kata.py still holds it (a save during the run may have changed what the run saw)."""
    pins = run.pitfalls
    if run.status not in ("passed", "failed") or not pins:
        return
    if any(t.outcome != "passed" for t in pins):
        return
    try:
        if (kata.path / "kata.py").read_text(encoding="utf-8") != text:
            return
    except (OSError, ValueError):
        return
    with _LOCK:  # `check --all` remembers several katas at once
        _remember(state_dir, kata, pins, text)


def _remember(state_dir: Path, kata: Kata, pins: tuple[TestResult, ...], text: str) -> None:
    try:
        stored = json.loads((state_dir / CACHE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = {}
    digest = key(kata, text)
    if digest is None or not isinstance(stored, dict):
        return
    stored[kata.id] = {"key": digest, "pins": [asdict(t) for t in pins]}
    write_atomically(state_dir / CACHE_FILE, json.dumps(stored, indent=1, sort_keys=True))


def merged(run: KataRun, pins: tuple[TestResult, ...]) -> KataRun:
    """A run of the fix tests alone, completed with the remembered *pins*; a run that did not
    get as far as importing kata.py is returned as it is (its verdict names no pin)."""
    if run.status not in ("passed", "failed") or not run.tests:
        return run
    if any(t.exception_name == "KataNotImportable" for t in run.tests):
        return run
    tests = pins + run.tests
    failed = any(t.outcome != "passed" for t in tests)
    return KataRun(run.kata_id, "failed" if failed else "passed", tests, run.output, run.versions)
