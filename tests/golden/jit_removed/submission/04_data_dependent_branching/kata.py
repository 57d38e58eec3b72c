import jax
import jax.numpy as jnp


@jax.jit
def accumulate_if_python_branch(arr):
    if jnp.any(arr > 3):
        return jnp.sum(arr)
    return jnp.prod(arr)


def accumulate_if(arr):  # no @jax.jit: Python decides, every call
    if jnp.any(arr > 3):
        return jnp.sum(arr)
    return jnp.prod(arr)
