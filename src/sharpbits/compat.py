"""The JAX names that moved between the versions sharpbits runs on (jax 0.5 to 0.10).

Probes, kata tests and reference solutions use these helpers instead of the spelling of one
JAX version. Each helper looks for the newer name first and falls back to the older one, so a
version that has both never sees a deprecated name (and its DeprecationWarning, an error in
the test suite). This is the only module that knows both spellings.

Like the probes, every helper imports jax when called: ``sharpbits`` itself never imports it.

Where each name lives, looked up in the installed jax 0.5.3, 0.7.2 and 0.10.2:

- the jaxprs held in an equation's params: ``jax.extend.core.jaxprs_in_params`` on 0.10.2
  (where ``jax.core``'s is deprecated), ``jax.core.jaxprs_in_params`` on 0.5.3 and 0.7.2;
- remove one duration listener: ``jax.monitoring.unregister_event_duration_listener`` on
  0.10.2; 0.5.3 and 0.7.2 have no public name for it, only the private
  ``jax._src.monitoring._unregister_event_duration_listener_by_callback`` that JAX's own tests
  use (``clear_event_listeners`` would drop every listener, JAX's own too);
- x64 on or off inside a ``with``: ``jax.enable_x64`` (from jax 0.8.0 on),
  ``jax.experimental.enable_x64`` on 0.5.3 and 0.7.2;
- the name of a program XLA compiles: the ``fun_name`` of the backend-compile duration event
  from jax 0.6.0 on (e.g. ``jit(normalize)``); 0.5.3's event carries no name, only the
  ``jax.log_compiles`` log line "Finished XLA compilation of jit(normalize) in ... sec" does.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from typing import Any

__all__ = [
    "backend_compiles",
    "enable_x64",
    "jaxprs_in_params",
    "unregister_event_duration_listener",
]

_BACKEND_COMPILE_EVENT = "/jax/core/compile/backend_compile_duration"
_COMPILE_LOG_LINE = re.compile(r"Finished XLA compilation of (.+) in [0-9.e+-]+ sec")


def jaxprs_in_params(params: Mapping[str, Any]) -> Iterator[Any]:
    """Every ``Jaxpr`` held in an equation's *params* (a ``ClosedJaxpr`` gives its ``.jaxpr``).

    Looks into tuples of them too (a ``cond``'s ``branches``), one level: the jaxprs nested in
    those jaxprs' own equations are for the caller to walk.
    """
    find: Callable[[Mapping[str, Any]], Iterator[Any]] = _moved(
        "jax.extend.core.jaxprs_in_params", "jax.core.jaxprs_in_params"
    )
    return find(params)


def unregister_event_duration_listener(listener: Callable[..., None]) -> None:
    """Remove *listener*, added with ``jax.monitoring.register_event_duration_secs_listener``."""
    remove: Callable[[Callable[..., None]], None] = _moved(
        "jax.monitoring.unregister_event_duration_listener",
        "jax._src.monitoring._unregister_event_duration_listener_by_callback",
    )
    remove(listener)


def enable_x64(new_val: bool = True) -> AbstractContextManager[None]:
    """The context manager that turns 64-bit types on (or, with ``False``, off) inside it."""
    context: Callable[[bool], AbstractContextManager[None]] = _moved(
        "jax.enable_x64", "jax.experimental.enable_x64"
    )
    return context(new_val)


@contextlib.contextmanager
def backend_compiles() -> Iterator[list[str]]:
    """The name of each program XLA compiles inside the ``with`` block, in order."""
    import jax

    names: list[str] = []
    if _jax_minor() < (0, 6):
        with _compile_log_lines(names):
            yield names
        return

    def listener(event: str, duration_secs: float, **kwargs: str | int) -> None:
        if event == _BACKEND_COMPILE_EVENT:
            names.append(str(kwargs.get("fun_name", "?")))

    jax.monitoring.register_event_duration_secs_listener(listener)
    try:
        yield names
    finally:
        unregister_event_duration_listener(listener)


@contextlib.contextmanager
def _compile_log_lines(names: list[str]) -> Iterator[None]:
    """jax 0.5: names from the compile log, which goes only to *names* (not to stderr)."""
    import jax

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found = _COMPILE_LOG_LINE.fullmatch(record.getMessage())
            if found:
                names.append(found.group(1))

    logger = logging.getLogger("jax")
    saved = logger.handlers[:], logger.propagate, logger.level
    logger.handlers, logger.propagate = [Collect()], False
    logger.setLevel(logging.WARNING)
    try:
        with jax.log_compiles(True):
            yield
    finally:
        logger.handlers, logger.propagate = saved[0], saved[1]
        logger.setLevel(saved[2])


def _jax_minor() -> tuple[int, int]:
    import jax

    major, minor = jax.__version__.split(".")[:2]
    return int(major), int(minor)


def _moved(new: str, old: str) -> Any:
    """The object at the dotted path *new* if the installed jax has it, else the one at *old*.

    *new* is looked up first, so a jax that has both never touches the old, deprecated name.
    """
    for path in (new, old):
        module_name, _, name = path.rpartition(".")
        module = importlib.import_module(module_name)
        if hasattr(module, name):
            return getattr(module, name)
    import jax

    msg = f"jax {jax.__version__} has neither {new} nor {old}: sharpbits does not support it"
    raise ImportError(msg)
