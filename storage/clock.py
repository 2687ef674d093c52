"""Timestamps and ids for rows.

uuid is imported where an id is made: with the platform module it is 10 M instructions the start
screen, which makes none, would wait for (ui/late.py)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now_iso() -> str:
    """UTC ISO-8601 with microseconds: sorts as text, which the handover merge relies on."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    import uuid

    return str(uuid.uuid4())


def stable_id(*parts: str) -> str:
    """An id derived from other ids (attendance of one member at one session), so that two
    co-hosts who tick the same person get the same row and a merge does not duplicate it."""
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, "cercle:" + ":".join(parts)))
