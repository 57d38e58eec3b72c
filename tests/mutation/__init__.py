"""Mutation testing of the katas' judges, with cosmic-ray.

Each kata's reference solution is mutated, one small change at a time, in the learner's part of
the file only (below its ``# --- SOLUTION`` marker; the GIVEN code is never touched), and the
kata's trusted fix tests run against every mutant through the same loader that grades a
submission. A mutant the tests accept is either a wrong fix the judge misses (strengthen the
tests) or a true equivalent, listed with its reason in ``equivalents/NN_slug.toml``.

    python -m tests.mutation 08            # one kata
    python -m tests.mutation               # every kata, a kata per core at a time
    python -m tests.mutation 08 --list     # the mutants, without running anything

It is a maintenance benchmark (hours for all katas on 2 cores), not part of ``.ci/run``; the
project's tests check only that every equivalents file parses and names live mutants.
"""
