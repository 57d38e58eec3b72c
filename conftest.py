"""Repository wiring, loaded by pytest before any test module imports jax.

Selects JAX's CPU platform and enables 64-bit types, as the lecture the katas come from does.
Environment variables rather than ``jax.config`` so that nothing imports jax before it is
needed (the project's own unit tests never pay for it).
"""

import os

os.environ.setdefault("JAX_PLATFORMS", "cpu")
os.environ["JAX_ENABLE_X64"] = "True"
