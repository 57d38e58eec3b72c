@jax.jit
def sum_greater_than_three(arr):
    """Sum of the elements of arr that are > 3 (0.0 if there are none), compiled by jax.jit."""
    return jnp.where(arr > 3, arr, 0).sum()
