"""Timestamps and ids for rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def utc_now_iso() -> str:
    """UTC ISO-8601 with microseconds: sorts as text, which the handover merge relies on."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_id() -> str:
    return str(uuid.uuid4())


def stable_id(*parts: str) -> str:
    """An id derived from other ids (attendance of one member at one session), so that two
    co-hosts who tick the same person get the same row and a merge does not duplicate it."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "cercle:" + ":".join(parts)))
