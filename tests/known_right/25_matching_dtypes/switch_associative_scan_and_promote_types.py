"""collatz_steps with lax.switch on the parity, smooth as an associative scan over affine
maps with a Python float DECAY, count_above in jnp.promote_types(x.dtype, int64).

All right: switch picks branch x % 2 and both branches return int64; each level is the affine
map level -> a * level + b applied to the previous one, and composing those maps is
associative, so lax.associative_scan gives every level in log-depth with the signal's dtype (a
Python float is weakly typed and takes it); promote_types of any sample dtype and int64 is
int64, and count_nonzero counts in int64.
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def collatz_steps(n):
    def body(carry):
        x, steps = carry
        return lax.switch(x % 2, [lambda x: x // 2, lambda x: 3 * x + 1], x), steps + 1

    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, (n, 0))
    return steps


@jax.jit
def smooth(x):
    decay = float(DECAY)  # noqa: F821
    a = jnp.full_like(x, decay).at[0].set(0)  # the first level is x[0], whatever came before
    b = ((1 - decay) * x).at[0].set(x[0])

    def compose(first, then):
        a1, b1 = first
        a2, b2 = then
        return a1 * a2, a2 * b1 + b2

    return lax.associative_scan(compose, (a, b))[1]


@jax.jit
def count_above(x, threshold):
    wide = jnp.promote_types(x.dtype, jnp.int64)
    return jnp.count_nonzero(x.astype(wide) > jnp.asarray(threshold, dtype=wide))
