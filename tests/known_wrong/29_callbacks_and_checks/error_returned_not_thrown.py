"""jax.jit(checkify.checkify(...)) as batch_loss, the error never thrown: "checkify fixed it".

Plausible: the ValueError is gone and the compiled function runs; checkify's error comes back
beside the loss. But nobody calls error.throw(): a bad batch raises nothing, and the function
returns a pair where the Rules ask for the loss.
"""

CAUGHT_BY = ("test_batch_loss_examples", "test_batch_loss_raises_for_an_index_out_of_range")

import jax  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
@checkify.checkify
def batch_loss(w, xs, ys, idx):
    checkify.check(_batch_is_valid(xs, ys, idx), "bad batch")  # noqa: F821
    return mean_squared_error(w, xs[idx], ys[idx])  # noqa: F821
