"""Every keyboard shortcut, in one list the host can read (Help > Keyboard shortcuts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
from ui.common.retranslate import Retranslating


def _keys(keys: str) -> str:
    """Keys in the desktop's own notation and language (Qt's translations name them)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(where, keys, what): keys in Qt's portable form, shown in the desktop's own notation."""
    everywhere = QCoreApplication.translate("Shortcuts", "Everywhere")
    group = QCoreApplication.translate("Shortcuts", "Group")
    meeting = QCoreApplication.translate("Shortcuts", "Meeting")
    circle = QCoreApplication.translate("Shortcuts", "Sharing circle")
    return [
        (everywhere, "F1", QCoreApplication.translate("Shortcuts", "Open the user guide")),
        (
            everywhere,
            "Ctrl+H",
            QCoreApplication.translate("Shortcuts", "Help now: crisis lines in large type"),
        ),
        (everywhere, "Ctrl+L", QCoreApplication.translate("Shortcuts", "Lock the group")),
        (everywhere, "Ctrl+,", QCoreApplication.translate("Shortcuts", "Preferences")),
        (everywhere, "Ctrl+Q", QCoreApplication.translate("Shortcuts", "Quit")),
        (group, "Ctrl+1", QCoreApplication.translate("Shortcuts", "Sessions")),
        (group, "Ctrl+2", QCoreApplication.translate("Shortcuts", "Members")),
        (group, "Ctrl+3", QCoreApplication.translate("Shortcuts", "Sharing circle")),
        (group, "Ctrl+4", QCoreApplication.translate("Shortcuts", "Resources")),
        (group, "Ctrl+F", QCoreApplication.translate("Shortcuts", "Search the list")),
        (
            group,
            "Ctrl+N",
            QCoreApplication.translate("Shortcuts", "New member, session or resource"),
        ),
        (
            meeting,
            "Right",
            QCoreApplication.translate("Shortcuts", "Next item (also {keys})").format(
                keys=_keys("PgDown")
            ),
        ),
        (
            meeting,
            "Left",
            QCoreApplication.translate("Shortcuts", "Previous item (also {keys})").format(
                keys=_keys("PgUp")
            ),
        ),
        (meeting, "Esc", QCoreApplication.translate("Shortcuts", "Leave the meeting window")),
        (
            circle,
            "Space",
            QCoreApplication.translate("Shortcuts", "Start or pause the speaker's time"),
        ),
        (circle, "Right", QCoreApplication.translate("Shortcuts", "Next speaker")),
        (circle, "Left", QCoreApplication.translate("Shortcuts", "Back to the previous speaker")),
        (circle, "P", QCoreApplication.translate("Shortcuts", "The speaker passes")),
        (circle, "+", QCoreApplication.translate("Shortcuts", "One more minute")),
        (circle, "Ctrl+E", QCoreApplication.translate("Shortcuts", "End the round")),
        (circle, "F5", QCoreApplication.translate("Shortcuts", "Presenter view on another screen")),
        (circle, "F11", QCoreApplication.translate("Shortcuts", "Full screen (Esc to leave)")),
    ]


class ShortcutsDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate()
        size_to_screen(self, 0.45, 0.7)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        rows = shortcut_rows()
        self.table.setRowCount(len(rows))
        for row, (where, keys, what) in enumerate(rows):
            for column, text in enumerate((where, _keys(keys) if len(keys) > 1 else keys, what)):
                self.table.setItem(row, column, QTableWidgetItem(text))
