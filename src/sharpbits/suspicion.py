"""What in a kata.py reaches for the grader rather than for the kata: a static read of its code.

A submission runs inside the test process that judges it. The sandbox and the report channel
stop the ordinary tricks; what they cannot stop completely is code that works on the test
process itself: its plugin, its report, its exit, its memory, other processes. No kata needs
any of that, so a kata.py that imports or names such means is graded as usual but marked
*suspicious*, with the lines, for the trainer to look at. It is a flag, not a verdict: the
score is untouched.
"""

from __future__ import annotations

import ast

from sharpbits import pysource

__all__ = ["suspicions"]

# Modules whose import no kata needs: the grader itself, pytest, the interpreter's exit and
# memory, foreign code, other processes and the network.
MODULES = {
    "sharpbits": "the grader's own package",
    "pytest": "pytest",
    "_pytest": "pytest's internals",
    "pluggy": "pytest's plugin system",
    "atexit": "exit handlers",
    "gc": "the garbage collector, which finds any object in the process",
    "ctypes": "raw memory access",
    "cffi": "raw memory access",
    "inspect": "the caller's frames",
    "subprocess": "other processes",
    "multiprocessing": "other processes",
    "pty": "other processes",
    "signal": "signal handlers",
    "socket": "the network",
    "importlib": "imports by computed name",
    "builtins": "the builtins",
}
# Calls and attributes that spawn, exit, or rewrite the interpreter.
OS_CALLS = {"fork", "forkpty", "system", "popen", "kill", "killpg", "_exit", "abort", "setsid"}
OS_PREFIXES = ("exec", "spawn", "posix_spawn")
SYS_ATTRIBUTES = {
    "argv": "the command line",
    "modules": "loaded modules",
    "settrace": "tracing hooks",
    "setprofile": "profiling hooks",
    "_getframe": "the caller's frames",
    "exit": "the interpreter's exit",
    "stdin": "the grader's input",
}
BUILTINS = {"__import__", "eval", "exec", "compile", "globals", "breakpoint"}


def suspicions(source: str | bytes) -> tuple[str, ...]:
    """One short reason per suspicious line of *source* ("line 3: imports atexit (exit
    handlers)"), in line order; () for code that does not parse (that is an import error)."""
    try:
        tree = pysource.parse(source)
    except pysource.UNPARSABLE:
        return ()
    found: dict[tuple[int, str], None] = {}
    for node in ast.walk(tree):
        for what in _what(node):
            found[(getattr(node, "lineno", 0), what)] = None
    return tuple(f"line {line}: {what}" for line, what in sorted(found))


def _what(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [_module(alias.name) for alias in node.names if _module(alias.name)]
    if isinstance(node, ast.ImportFrom) and node.module:
        return [m] if (m := _module(node.module)) else []
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        owner, name = node.value.id, node.attr
        if owner == "os" and (name in OS_CALLS or name.startswith(OS_PREFIXES)):
            return [f"calls os.{name} (other processes, or the interpreter's exit)"]
        if owner == "sys" and name in SYS_ATTRIBUTES:
            return [f"uses sys.{name} ({SYS_ATTRIBUTES[name]})"]
    if isinstance(node, ast.Name) and node.id in BUILTINS:
        return [f"uses {node.id} (code or imports by computed name)"]
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and "/proc" in node.value:
        return ["names /proc (the process's own memory, descriptors and command line)"]
    return []


def _module(name: str) -> str:
    top = name.split(".", 1)[0]
    return f"imports {name} ({MODULES[top]})" if top in MODULES else ""
