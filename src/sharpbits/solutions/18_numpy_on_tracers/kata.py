"""Kata 18 · NumPy cannot read a tracer (covers J04).

Reference solution.
"""

import jax
import jax.numpy as jnp
import numpy as np

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. -----------------------


def logistic_loss_numpy(w, X, y):
    """Mean logistic loss of the weights w (d,) on features X (n, d) and labels y in {-1, +1}.

    The NumPy code as it was before JAX: log(1 + exp(-y * (X @ w))), averaged over the rows.
    """
    margins = y * (X @ w)
    return np.mean(np.log1p(np.exp(-margins)))


def logistic_gradient_numpy(w, X, y):
    """The gradient of logistic_loss_numpy with respect to w, derived by hand."""
    margins = y * (X @ w)
    return -(X.T @ (y / (1.0 + np.exp(margins)))) / len(y)


def logistic_loss_as_float(w, X, y):
    """Half ported: jax.numpy inside, but returns a Python float, handy for logging."""
    margins = y * (X @ w)
    return float(jnp.mean(jnp.log1p(jnp.exp(-margins))))


# --- SOLUTION --------------------------------------------------------------------------------
# jnp for np, line by line: jax.numpy records each operation on the tracer instead of asking for
# its values, so the same function runs eagerly, under jax.jit and under jax.grad, and returns a
# JAX array (never float(): that asks the tracer for a value too). The gradient then needs no
# derivation by hand: jax.grad(logistic_loss), inside the jitted step. (jnp.logaddexp(0, -m) or
# jax.nn.softplus(-m) would also survive margins below about -700, where exp overflows.)


def logistic_loss(w, X, y):
    """Mean logistic loss of w on (X, y); must also work under jax.jit and jax.grad (w.r.t. w)."""
    margins = y * (X @ w)
    return jnp.mean(jnp.log1p(jnp.exp(-margins)))


@jax.jit
def gradient_step(w, X, y, learning_rate):
    """One step of gradient descent on logistic_loss: w - learning_rate * gradient."""
    return w - learning_rate * jax.grad(logistic_loss)(w, X, y)
