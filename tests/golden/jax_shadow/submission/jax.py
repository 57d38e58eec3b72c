raise RuntimeError("the shadow jax was imported")
