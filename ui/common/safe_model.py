"""Item models must never raise out of data(): PySide6 turns an exception there into a crash of
the whole process, at every paint. Stored values are checked at the gate (storage/domain.py),
but a vault may predate it; an odd value then shows as an empty cell instead."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def never_raises(data: F) -> F:
    @functools.wraps(data)
    def safe(*args: Any, **kwargs: Any) -> Any:
        try:
            return data(*args, **kwargs)
        except (ValueError, TypeError, OverflowError, AttributeError, KeyError, IndexError):
            return None

    return safe  # type: ignore[return-value]
