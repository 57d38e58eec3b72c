"""Kata 18 · NumPy cannot read a tracer (covers J04).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/18_numpy_on_tracers` passes.
Stuck? `sharpbits hint 18` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# Both functions still run the NumPy code above. NumPy computes on real numbers in memory, and
# under jax.jit or jax.grad w is a tracer that has none: np.exp(tracer) raises. Rewrite them so
# that every operation on a traced value comes from JAX, and the result stays a JAX array.


def logistic_loss(w, X, y):
    """Mean logistic loss of w on (X, y); must also work under jax.jit and jax.grad (w.r.t. w)."""
    return logistic_loss_numpy(w, X, y)


@jax.jit
def gradient_step(w, X, y, learning_rate):
    """One step of gradient descent on logistic_loss: w - learning_rate * gradient."""
    return w - learning_rate * logistic_gradient_numpy(w, X, y)
