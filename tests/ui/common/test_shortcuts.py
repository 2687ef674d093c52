"""bind_keys: each action on its keys, only where its context says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QListWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.common.shortcuts import bind_keys


def test_keys_act_only_where_their_context_says(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    screen, elsewhere = QWidget(), QLineEdit()
    search, listed = QLineEdit(), QListWidget()
    inside = QVBoxLayout(screen)
    inside.addWidget(search)
    inside.addWidget(listed)
    outside = QVBoxLayout(window)
    outside.addWidget(screen)
    outside.addWidget(elsewhere)
    done: list[str] = []
    on_list = [(QKeySequence.StandardKey.Delete, lambda: done.append("delete"))]
    bind_keys(listed, on_list, Qt.ShortcutContext.WidgetShortcut)
    made = bind_keys(
        screen,
        [("Ctrl+N", lambda: done.append("new")), ("F5", lambda: done.append("reload"))],
        Qt.ShortcutContext.WidgetWithChildrenShortcut,
    )
    assert [s.key().toString() for s in made] == ["Ctrl+N", "F5"]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Delete)
    assert done == ["delete"]
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Delete)  # edits the search: the list's key stays its own
    qtbot.keyClick(search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(search, Qt.Key.Key_F5)
    assert done == ["delete", "new", "reload"]
    elsewhere.setFocus()
    qtbot.keyClick(elsewhere, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert done == ["delete", "new", "reload"]
