"""Typed text fields hold no more than the handover gate accepts (app/limits.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.limits import text_cap


def capped(edit: QLineEdit, table: str, column: str) -> QLineEdit:
    edit.setMaxLength(text_cap(table, column))
    return edit
