"""Keyboard shortcuts a screen or a dialog gives its actions, from a table of keys and actions."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = str | QKeySequence | QKeySequence.StandardKey


def bind_keys(
    widget: QWidget,
    actions: Iterable[tuple[Keys, Callable[[], object]]],
    context: Qt.ShortcutContext,
) -> list[QShortcut]:
    """Each action called by its keys, on `widget` in `context`: WidgetShortcut for a list's own
    keys (Delete, Enter: not while typing in a search box beside it), WidgetWithChildrenShortcut
    for a screen's (only while the host works in that screen), WindowShortcut for the window's.
    """
    shortcuts: list[QShortcut] = []
    for keys, action in actions:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(context)
        shortcut.activated.connect(action)
        shortcuts.append(shortcut)
    return shortcuts
