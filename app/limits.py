"""How long each typed text may be: the validation gate's caps (storage/domain.py), for the UI's
fields, so that nothing a host types is refused later at a handover."""

from __future__ import annotations

from storage.domain import FIELDS, LABEL, META


def text_cap(table: str, column: str) -> int:
    """table "meta" and "sidecar" name the group's name and the start screen's label."""
    if table == "sidecar":
        return LABEL.cap
    rule = META.get(column) if table == "meta" else FIELDS[table][column]
    assert rule is not None and rule.cap > 0, (table, column)
    return rule.cap
