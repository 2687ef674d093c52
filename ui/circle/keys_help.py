"""The circle's keyboard keys, as a short two-column list a host can take in at a glance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating, translated_label


class KeysHelp(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translated_label(
            self,
            lambda: self.tr("During the round, the keyboard is enough"),
            "sectionTitle",
        )
        pairs: tuple[tuple[Callable[[], str], Callable[[], str]], ...] = (
            (lambda: self.tr("Space"), lambda: self.tr("Start or pause")),
            (lambda: self.tr("→ or Enter"), lambda: self.tr("Give the word to the next person")),
            (lambda: self.tr("P"), lambda: self.tr("Pass for this round")),
            (lambda: self.tr("R"), lambda: self.tr("Pass for now, come back at the end")),
            (lambda: self.tr("+"), lambda: self.tr("One more minute")),
            (lambda: self.tr("←"), lambda: self.tr("Back to the previous person")),
            (
                lambda: self.tr("Alt+↑ or Alt+↓"),
                lambda: self.tr("Move the selected person up or down the waiting list"),
            ),
            (lambda: self.tr("F11"), lambda: self.tr("Fill the screen")),
            (lambda: self.tr("F5"), lambda: self.tr("Presenter screen for a projector")),
            (lambda: self.tr("Ctrl+E"), lambda: self.tr("End the round")),
        )
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self.keys: list[QLabel] = []
        self.action_labels: list[QLabel] = []
        for row, (key_text, action_text) in enumerate(pairs):
            key, action = PlainLabel(), PlainLabel()
            self.translated(key.setText, key_text)
            self.translated(action.setText, action_text)
            key.setObjectName("keyName")
            key.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            action.setWordWrap(True)
            grid.addWidget(key, row, 0)
            grid.addWidget(action, row, 1)
            self.keys.append(key)
            self.action_labels.append(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        # Each key and its action in the language's own punctuation (French spaces the colon).
        self.translated(
            self.setAccessibleDescription,
            lambda: " ".join(
                self.tr("{key}: {action}.").format(key=key_text(), action=action_text())
                for key_text, action_text in pairs
            ),
        )
