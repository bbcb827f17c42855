"""One reading of many books. While a report reads the books of a whole year at once (the yearly volume), a read
asked again with the same arguments is answered from the first: the year's pledges are read for the ledger, the
summary and the appraisal sheet; the rules in force and the roster by nearly every book. Only the reads marked
``remembered``, only inside ``one_reading`` and only on its workspace; nothing is kept after it."""
from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MEMO: ContextVar[tuple[object, dict[Any, Any]] | None] = ContextVar("one_reading", default=None)


@contextmanager
def one_reading(ws: object) -> Iterator[None]:
    """Within this block, the ``remembered`` reads of ``ws`` are made once for each set of arguments."""
    token = _MEMO.set((ws, {}))
    try:
        yield
    finally:
        _MEMO.reset(token)


def remembered(fn: F) -> F:
    """A service read that ``one_reading`` answers again from memory. Callers get their own copy of a list or dict
    (they may sort or extend it); the rows in it are frozen."""

    @wraps(fn)
    def read(self: Any, *args: Any, **kwargs: Any) -> Any:
        memo = _MEMO.get()
        if memo is None or memo[0] is not self.ws:
            return fn(self, *args, **kwargs)
        key = (fn.__qualname__, args, tuple(sorted(kwargs.items())))
        try:
            found = memo[1].get(key, memo)
        except TypeError:  # an argument that cannot be a key (a list of rows): read
            return fn(self, *args, **kwargs)
        if found is memo:
            found = memo[1][key] = fn(self, *args, **kwargs)
        return copy.copy(found) if isinstance(found, (list, dict)) else found

    return read  # type: ignore[return-value]
