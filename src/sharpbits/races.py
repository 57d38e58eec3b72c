"""A static race check for numba's parallel loops (``parallel=True`` + ``prange``).

With parallel=True numba turns each prange loop (and each array expression) into a "parfor":
a loop whose iterations are split into chunks that threads run at the same time. The check
below walks every parfor's body and reports what one iteration does to memory that another
iteration can see: writing a shared array at any index but the loop's own (`totals[i % 4]`),
reading a shared array at an index another iteration writes (`out[i - 1]`), or using a
reduction variable for anything but its reduction (`out[i] = s` after `s += a[i]`). Indexing
by the prange index or by numba.get_thread_id() counts as the iteration's own slot.

A race shows in the numbers only sometimes (never on one thread), so katas check the
structure instead: same verdict on any number of threads. Limits: writes made through called
functions are not seen (check ``sharpbits.callees.inlined(fn)`` to see those of numba
helpers; ``ufunc_outputs_in_parallel_loops`` sees a ufunc's ``out=``), and a correct two-pass
parallel scan (writes indexed by an inner loop variable) is reported.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Iterator
from typing import Any

import numba
import numpy as np
from numba.core import ir, types
from numba.core.compiler import CompilerBase, DefaultPassBuilder
from numba.core.compiler_machinery import FunctionPass, register_pass
from numba.core.ir_utils import find_callname, guard
from numba.core.typed_passes import ParforPreLoweringPass
from numba.parfors.parfor import Parfor

from sharpbits.probes import assert_numba_nopython

__all__ = ["ParallelLoop", "parallel_loops", "ufunc_outputs_in_parallel_loops"]


@dataclasses.dataclass(frozen=True)
class ParallelLoop:
    line: int  # where numba found it
    reads_input: bool  # its iterations read an argument of the function
    reductions: tuple[str, ...]  # the variables numba reduces across threads
    problems: tuple[str, ...]  # what iterations share that they must not


class _Inspected(Exception):
    def __init__(self, loops: list[ParallelLoop]) -> None:
        super().__init__("parallel loops inspected")
        self.loops = loops


def _statements(parfor: Any) -> Iterator[Any]:
    for label in sorted(parfor.loop_body):
        for stmt in parfor.loop_body[label].body:
            if isinstance(stmt, Parfor):  # a loop nested in the prange runs serially in it
                yield from stmt.init_block.body
                yield from _statements(stmt)
            else:
                yield stmt


def _nested_indices(parfor: Any) -> set[str]:
    found: set[str] = set()
    for block in parfor.loop_body.values():
        for stmt in block.body:
            if isinstance(stmt, Parfor):
                found |= {nest.index_variable.name for nest in stmt.loop_nests}
                found |= _nested_indices(stmt)
    return found


def _inspect(
    parfor: Any, func_ir: Any, typemap: dict[str, Any], arguments: set[str]
) -> ParallelLoop:
    stmts = list(_statements(parfor))
    assigns = [s for s in stmts if isinstance(s, ir.Assign)]
    own = {nest.index_variable.name for nest in parfor.loop_nests}
    thread_ids: set[str] = set()
    inputs = set(arguments)
    steps = {n.target.name for v in parfor.redvars for n in parfor.reddict[v].reduce_nodes}
    reduced = set(parfor.redvars) | steps
    private = {s.target.name for s in assigns} | _nested_indices(parfor) | reduced
    tuples = {
        s.target.name: [item.name for item in s.value.items]
        for s in assigns
        if isinstance(s.value, ir.Expr) and s.value.op == "build_tuple"
    }
    views: dict[str, str] = {}  # name in the loop -> the array from before the loop it refers to

    def is_own(index: Any) -> bool:
        names = tuples.get(index.name, [index.name]) if index is not None else []
        return any(n in own or n in thread_ids for n in names)

    def shared(name: str) -> str | None:
        if name in views:
            return views[name]
        if name in private:
            return None
        return name if isinstance(typemap.get(name), types.Array) else None

    def index_of(expr: Any) -> Any:
        return expr.index if expr.op == "getitem" else expr.index_var

    changed = True
    while changed:  # follow copies and views until nothing new is learned
        changed = False
        for s in assigns:
            target, value = s.target.name, s.value
            if isinstance(value, ir.Var):
                for group in (own, thread_ids, inputs, reduced):
                    if value.name in group and target not in group:
                        group.add(target)
                        changed = True
                base = shared(value.name)
                if base and target not in views:
                    views[target] = base
                    changed = True
            elif isinstance(value, ir.Expr) and value.op in ("getitem", "static_getitem"):
                if value.value.name in inputs and target not in inputs:
                    inputs.add(target)
                    changed = True
                base = shared(value.value.name)
                if (
                    base
                    and target not in views
                    and isinstance(typemap.get(target), types.Array)
                    and not is_own(index_of(value))
                ):
                    views[target] = base
                    changed = True
            elif isinstance(value, ir.Expr) and value.op == "call":
                called = guard(find_callname, func_ir, value, typemap)
                thread_id = called and called[0] in ("get_thread_id", "_get_thread_id")
                if thread_id and target not in thread_ids:
                    thread_ids.add(target)
                    changed = True

    def line(stmt: Any) -> int:
        same_file = stmt.loc.filename == parfor.loc.filename
        return int(stmt.loc.line if same_file else parfor.loc.line)

    problems: dict[tuple[int, str], str] = {}
    written: set[str] = set()
    for s in stmts:
        if isinstance(s, ir.SetItem | ir.StaticSetItem):
            base = shared(s.target.name)
            index = s.index if isinstance(s, ir.SetItem) else s.index_var
            if base:
                written.add(base)
                if not is_own(index):
                    problems[line(s), base] = (
                        f"line {line(s)}: `{base}[...]` is written at an index that other "
                        "iterations write too (not the prange index): a race"
                    )
        elif (
            isinstance(s, ir.Assign)
            and isinstance(s.value, ir.Expr)
            and s.value.op == "inplace_binop"
            and s.target.name not in steps
            and (base := shared(s.value.lhs.name))
        ):
            written.add(base)
            problems[line(s), base] = (
                f"line {line(s)}: every iteration updates all of `{base}` in place: a race"
            )
    for s in assigns:
        value = s.value
        if isinstance(value, ir.Expr) and value.op in ("getitem", "static_getitem"):
            base = shared(value.value.name)
            if base in written and not is_own(index_of(value)):
                problems.setdefault(
                    (line(s), base),
                    f"line {line(s)}: `{base}[...]` is read at an index that another iteration "
                    "writes: a cross-iteration dependency",
                )
    assigned = {s.target.name for s in assigns}
    for name in sorted(set(parfor.params) & assigned - reduced):  # live into the loop, reset in it
        first = next(s for s in stmts if name in {v.name for v in s.list_vars()})
        problems.setdefault(
            (line(first), name),
            f"line {line(first)}: `{name.split('.')[0]}` carries a value from one iteration to "
            "the next but is no reduction numba recognises (`s += ...`, `m = max(m, ...)`): "
            "numba keeps a private copy per thread and the loop's updates are lost",
        )
    for s in stmts:
        if isinstance(s, ir.Assign) and (
            s.target.name in steps  # the reduction itself: s += ..., m = max(m, ...)
            or (isinstance(s.value, ir.Var) and {s.target.name, s.value.name} <= reduced)
        ):
            continue
        if {v.name for v in s.list_vars()} & reduced:
            problems.setdefault(
                (line(s), "reduction"),
                f"line {line(s)}: a reduction variable is used inside the loop, where it "
                "holds only this thread's partial result",
            )
    return ParallelLoop(
        line=parfor.loc.line,
        reads_input=any({v.name for v in s.list_vars()} & inputs for s in stmts),
        reductions=tuple(sorted({v.split(".")[0] for v in parfor.redvars})),
        problems=tuple(problems[k] for k in sorted(problems, key=str)),
    )


@register_pass(mutates_CFG=False, analysis_only=True)
class _InspectParallelLoops(FunctionPass):  # type: ignore[misc]
    _name = "sharpbits_inspect_parallel_loops"

    def __init__(self) -> None:
        FunctionPass.__init__(self)

    def run_pass(self, state: Any) -> bool:
        func_ir = state.func_ir
        arguments = {
            s.target.name
            for block in func_ir.blocks.values()
            for s in block.body
            if isinstance(s, ir.Assign) and isinstance(s.value, ir.Arg)
        }
        loops = [
            _inspect(s, func_ir, state.typemap, arguments)
            for block in func_ir.blocks.values()
            for s in block.body
            if isinstance(s, Parfor)
        ]
        raise _Inspected(loops)  # seen all we need: skip the (slow) machine-code generation


class _InspectingCompiler(CompilerBase):  # type: ignore[misc]
    def define_pipelines(self) -> list[Any]:
        pm = DefaultPassBuilder.define_nopython_pipeline(self.state)
        pm.add_pass_after(_InspectParallelLoops, ParforPreLoweringPass)
        pm.finalize()
        return [pm]


_LOOPS: dict[tuple[Any, Any], list[ParallelLoop]] = {}


def parallel_loops(fn: Any, *args: Any) -> list[ParallelLoop]:
    """The parallel loops numba makes of ``fn(*args)`` ([] without parallel=True)."""
    __tracebackhide__ = True
    fn(*args)
    assert_numba_nopython(fn)
    if not fn.targetoptions.get("parallel"):
        return []
    key = (fn, fn.signatures[0])
    if key not in _LOOPS:
        parallel = fn.targetoptions["parallel"]
        again = numba.njit(parallel=parallel, pipeline_class=_InspectingCompiler)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # fn's own compilation has shown them already
            try:
                again(fn.py_func).compile(fn.signatures[0])
            except _Inspected as done:
                _LOOPS[key] = done.loops
            else:
                raise AssertionError(f"numba compiled {fn.__name__} without its parfor passes")
    return _LOOPS[key]


def ufunc_outputs_in_parallel_loops(fn: Any) -> list[str]:
    """Problems of *fn*'s compiled signatures: inside a parallel loop, a ufunc writing its
    result (its out argument) into an array from before the loop, or into a view of one not
    indexed by the loop's own index; every iteration then writes all of it. Limit: a view
    indexed by the prange index (``out[i]`` as the out argument) is reported too, since numba
    renames the index before these statements; a buffer made inside the loop is not."""
    problems = []
    for sig in fn.signatures:
        typemap = fn.overloads[sig].type_annotation.typemap
        for parfor in fn.get_metadata(sig)["parfor_diagnostics"].initial_parfors:
            stmts = list(_statements(parfor))
            made = {s.target.name: s.value for s in stmts if isinstance(s, ir.Assign)}
            own = {nest.index_variable.name for nest in parfor.loop_nests}
            for _ in range(len(made)):  # copies of the loop index are the loop index
                copies = {t for t, v in made.items() if isinstance(v, ir.Var) and v.name in own}
                if copies <= own:
                    break
                own |= copies
            for stmt in stmts:
                call = stmt.value if isinstance(stmt, ir.Assign) else None
                if not (isinstance(call, ir.Expr) and call.op == "call"):
                    continue
                ufunc = getattr(typemap.get(call.func.name), "typing_key", None)
                if not isinstance(ufunc, np.ufunc):
                    continue
                outs = list(call.args[ufunc.nin :]) + [v for k, v in call.kws if k == "out"]
                for out in outs:
                    shared = _from_before_the_loop(out.name, made, own)
                    if shared:
                        problems.append(
                            f"line {stmt.loc.line}: np.{ufunc.__name__}(..., {shared}) writes "
                            f"its result into all of `{shared}` in every iteration: a race"
                        )
    return problems


def _from_before_the_loop(name: str, made: dict[str, Any], own: set[str]) -> str | None:
    """The array from before the loop that *name* is or views (None: the loop's own)."""
    while name in made:
        value = made[name]
        if isinstance(value, ir.Var):
            name = value.name
        elif isinstance(value, ir.Expr) and value.op in ("getitem", "static_getitem"):
            index = value.index if value.op == "getitem" else value.index_var
            built: Any = made.get(index.name) if index is not None else None
            items = built.items if getattr(built, "op", None) == "build_tuple" else [index]
            if any(item is not None and item.name in own for item in items):
                return None  # the iteration's own slot
            name = value.value.name
        else:
            return None  # made in the loop
    return name.split(".")[0]
