"""Text fields as a host typed them, cleaned the same way for every kind of record before it is
stored."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")


def trimmed(record: D, names: Iterable[str]) -> D:
    """The record with the spaces around these text fields removed: a pasted name or number
    often carries some, and lists, searches and duplicate checks must not see them."""
    return dataclasses.replace(record, **{name: getattr(record, name).strip() for name in names})
