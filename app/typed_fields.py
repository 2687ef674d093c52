"""Text fields as a host typed them, cleaned the same way for every kind of record before it is
stored."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from storage.domain import FIELDS, Kind
from storage.value_rules import without_refused

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")


def trimmed(record: D, names: Iterable[str]) -> D:
    """The record with the spaces around these text fields removed: a pasted name or number
    often carries some, and lists, searches and duplicate checks must not see them."""
    return dataclasses.replace(record, **{name: getattr(record, name).strip() for name in names})


def as_the_gate_takes(record: D, table: str, stored: D | None = None) -> D:
    """The record's texts as the handover gate takes them: control characters that a paste
    brings (a PDF's form feed, a terminal's bell) dropped, and each text cut at its cap. They
    were stored, and only the next handover refused the whole file for them. The last safety
    net only: the UI's fields hold no more than their cap (ui/common/capped_line.py, capped_text.py)
    and refuse to save a longer text rather than let it be cut here."""
    rules = FIELDS[table]
    changes = {}
    for field in dataclasses.fields(record):
        rule, value = rules.get(field.name), getattr(record, field.name)
        if rule is None or rule.kind is not Kind.TEXT or not isinstance(value, str):
            continue
        clean = without_refused(rule, value)
        if stored is None or getattr(stored, field.name) != value:
            # A text as `stored` holds it is not cut: an older Cercle stored it over its cap,
            # and a save of another field (a member marked inactive) cut it without a word.
            # The export names it, for the host to shorten.
            clean = clean[: rule.cap]
        if clean != value:
            changes[field.name] = clean
    return dataclasses.replace(record, **changes) if changes else record
