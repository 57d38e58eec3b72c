"""Kata 14 · Loops under jit: iterators, unrolling and lax loops (covers J21, J22).

Reference solution.
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


# --- SOLUTION --------------------------------------------------------------------------------
# A lax loop traces its body once, with the loop index as a tracer: read the inflows by that
# index, never from an iterator. simulate keeps steps traced, so fori_loop becomes one
# while_loop that serves every step count with one compilation. Reverse mode cannot go back
# through a while_loop of unknown length; forward mode (jax.jacfwd) can, and for one scalar
# input it is the cheaper mode anyway. (With steps static, fori_loop lowers to a scan and
# jax.grad works, at one compilation per step count.)


@jax.jit
def reservoir_level(inflows, capacity):
    """Level of a reservoir after len(inflows) days.

    It starts empty; each day adds that day's inflow (negative: more flows out than in), then
    the level is kept within [0, capacity].
    """

    def day(i, level):
        return jnp.clip(level + inflows[i], 0.0, capacity)

    return lax.fori_loop(0, inflows.shape[0], day, jnp.zeros((), inflows.dtype))


@jax.jit
def simulate(x0, steps):
    """x0 (any shape) after `steps` Euler steps of `step`; steps >= 0."""
    return lax.fori_loop(0, steps, lambda i, x: step(x), x0)


@jax.jit
def sensitivity(x0, steps):
    """d simulate(x0, steps) / d x0 for a scalar x0."""
    return jax.jacfwd(simulate)(x0, steps)
