"""Hard-codes the answer for the visible example: "the stale function never sums"."""

CAUGHT_BY = ("test_stale_function_sums_sees_a_new_shape_traced_with_the_new_global",)


def stale_function_sums(arr):
    return False
