"""Searches the printed jaxpr for a hard-coded list of the names the example tests showed.

Plausible: the names are all there in the text. But text is not structure: "mul" is found in
`name=accumulate_jax_global`, "gt" in `length=3`, "cond" in `cond_jaxpr=`, and a primitive
not on the list (integer_pow, cumsum, sort, ...) is never found.
"""

CAUGHT_BY = (
    "test_jaxpr_primitives_finds_the_product_inside_the_stale_function",
    "test_jaxpr_primitives_matches_the_jaxpr",
    "test_jaxpr_primitives_matches_the_jaxpr_on_random_programs",
)

import jax  # noqa: E402

KNOWN = (
    "add", "sub", "mul", "sin", "cos", "tanh", "exp", "gt", "lt", "slice", "squeeze",
    "convert_element_type", "reduce_sum", "reduce_prod", "reduce_max", "jit", "cond",
    "while", "scan",
)  # fmt: skip


def jaxpr_primitives(fn, *args):
    text = str(jax.make_jaxpr(fn)(*args))
    return frozenset(name for name in KNOWN if name in text)
