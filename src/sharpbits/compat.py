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
  ``jax.experimental.enable_x64`` on 0.5.3 and 0.7.2.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from typing import Any

__all__ = ["enable_x64", "jaxprs_in_params", "unregister_event_duration_listener"]


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
