"""Kata 14 · Loops under jit: iterators, unrolling and lax loops (covers J21, J22).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/14_loops` passes.
Stuck? `sharpbits hint 14` gives a hint (ask again for the next).
"""

import functools

import jax
import jax.numpy as jnp
from jax import lax

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


def sum_with_iterator():
    """Add up 0, 1, ..., 9 by pulling the numbers from a Python iterator inside fori_loop."""
    it = iter(range(10))
    return lax.fori_loop(0, 10, lambda i, x: x + next(it), 0)


def step(x):
    """One explicit Euler step of dx/dt = sin(x) with dt = 0.01, elementwise."""
    return x + 0.01 * jnp.sin(x)


@functools.partial(jax.jit, static_argnames="steps")
def simulate_unrolled(x0, steps):
    """x0 after `steps` Euler steps, as a Python for loop under jax.jit."""
    x = x0
    for _ in range(steps):
        x = step(x)
    return x


@jax.jit
def simulate_while(x0, steps):
    """x0 after `steps` Euler steps, as one lax.while_loop (steps is traced)."""

    def cond(carry):
        i, _ = carry
        return i < steps

    def body(carry):
        i, x = carry
        return i + 1, step(x)

    return lax.while_loop(cond, body, (0, x0))[1]


# --- YOUR CODE -------------------------------------------------------------------------------
# All three are still broken. reservoir_level pulls the inflows from a Python iterator inside
# lax.fori_loop: the body is traced once, so next(it) runs once and every day adds the first
# inflow. simulate is a Python loop under jit: 3 equations per step, one compilation per step
# count. sensitivity asks jax.grad (reverse mode) to go through a while_loop, which it cannot.
# Rewrite them with lax.fori_loop / lax.scan, reading arrays by index. Keep all three jitted.


@jax.jit
def reservoir_level(inflows, capacity):
    """Level of a reservoir after len(inflows) days.

    It starts empty; each day adds that day's inflow (negative: more flows out than in), then
    the level is kept within [0, capacity].
    """
    it = iter(inflows)
    return lax.fori_loop(
        0, inflows.shape[0], lambda i, level: jnp.clip(level + next(it), 0.0, capacity), 0.0
    )


@functools.partial(jax.jit, static_argnames="steps")
def simulate(x0, steps):
    """x0 (any shape) after `steps` Euler steps of `step`; steps >= 0."""
    x = x0
    for _ in range(steps):
        x = step(x)
    return x


@jax.jit
def sensitivity(x0, steps):
    """d simulate(x0, steps) / d x0 for a scalar x0."""
    return jax.grad(simulate_while)(x0, steps)
