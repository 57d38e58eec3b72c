"""Sets the global flag, then calls the compiled function that reads it.

Plausible: "the function reads do_sum, so set do_sum first". Stale after the first call, and
the JAX entry point is no longer a jitted function.
"""

CAUGHT_BY = ("test_flag_argument_is_read_on_every_call", "test_accumulate_jax_stays_jitted")


def accumulate_jax(arr, do_sum):
    globals()["do_sum"] = do_sum
    return accumulate_jax_global(arr)  # noqa: F821 - defined in the reference kata.py
