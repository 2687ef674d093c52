"""Every keyboard shortcut, in one list the host can read (Help > Keyboard shortcuts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.adaptive import size_to_screen
from ui.common.dialog_buttons import dialog_buttons
from ui.common.retranslate import Retranslating


def _keys(keys: str) -> str:
    """Keys in the desktop's own notation and language (Qt's translations name them)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _t(text: object) -> str:
    return QCoreApplication.translate("Shortcuts", str(text))


# Each section's name, then its (keys, what) rows: keys in Qt's portable form. A "{keys}" in a
# description names another key that does the same, shown in the desktop's notation too.
_SECTIONS: tuple[tuple[object, tuple[tuple[str, object], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
        (
            ("F1", QT_TRANSLATE_NOOP("Shortcuts", "Open the user guide")),
            ("Ctrl+H", QT_TRANSLATE_NOOP("Shortcuts", "Help now: crisis lines in large type")),
            ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock the group")),
            ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Preferences")),
            ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Group"),
        (
            ("Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "Sessions")),
            ("Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Members")),
            ("Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "Sharing circle")),
            ("Ctrl+4", QT_TRANSLATE_NOOP("Shortcuts", "Resources")),
            ("Ctrl+5", QT_TRANSLATE_NOOP("Shortcuts", "Reports")),
            ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search the list")),
            ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New member, session or resource")),
            (
                "Space",
                QT_TRANSLATE_NOOP(
                    "Shortcuts", "In a list: show the chosen one (in the list's place if short)"
                ),
            ),
            (
                "Alt+Left",
                QT_TRANSLATE_NOOP(
                    "Shortcuts", "Back to the list (a short screen shows one at a time)"
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Meeting"),
        (
            ("Right", QT_TRANSLATE_NOOP("Shortcuts", "Next item (also {keys})")),
            ("Left", QT_TRANSLATE_NOOP("Shortcuts", "Previous item (also {keys})")),
            ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Leave the meeting window")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Sharing circle"),
        (
            ("Space", QT_TRANSLATE_NOOP("Shortcuts", "Start or pause the speaker's time")),
            ("Right", QT_TRANSLATE_NOOP("Shortcuts", "Next speaker")),
            ("Left", QT_TRANSLATE_NOOP("Shortcuts", "Back to the previous speaker")),
            ("P", QT_TRANSLATE_NOOP("Shortcuts", "The speaker passes")),
            ("+", QT_TRANSLATE_NOOP("Shortcuts", "One more minute")),
            (
                "Alt+Up",
                QT_TRANSLATE_NOOP("Shortcuts", "Move the selected speaker up the waiting list"),
            ),
            (
                "Alt+Down",
                QT_TRANSLATE_NOOP("Shortcuts", "Move the selected speaker down the waiting list"),
            ),
            ("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "End the round")),
            ("F5", QT_TRANSLATE_NOOP("Shortcuts", "Presenter view on another screen")),
            ("F11", QT_TRANSLATE_NOOP("Shortcuts", "Full screen (Esc to leave)")),
        ),
    ),
)
# The other key named in a description, by the description.
_ALSO: dict[object, str] = {
    "Next item (also {keys})": "PgDown",
    "Previous item (also {keys})": "PgUp",
}


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(where, keys, what): keys in Qt's portable form, shown in the desktop's own notation."""
    return [
        (_t(where), keys, _t(what).format(keys=_keys(_ALSO[what])) if what in _ALSO else _t(what))
        for where, rows in _SECTIONS
        for keys, what in rows
    ]


class ShortcutsDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.translated(self.setWindowTitle, lambda: self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to Close: arrows move inside it
        self.translated(self.table.setAccessibleName, lambda: self.tr("Keyboard shortcuts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate()
        size_to_screen(self, 0.45, 0.7)

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        rows = shortcut_rows()
        self.table.setRowCount(len(rows))
        for row, (where, keys, what) in enumerate(rows):
            for column, text in enumerate((where, _keys(keys) if len(keys) > 1 else keys, what)):
                self.table.setItem(row, column, QTableWidgetItem(text))
