"""The circle's keyboard keys, as a short two-column list a host can take in at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating

ROWS = 9


class KeysHelp(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = PlainLabel()
        self.title.setObjectName("sectionTitle")
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self.keys: list[QLabel] = []
        self.action_labels: list[QLabel] = []
        for row in range(ROWS):
            key, action = PlainLabel(), PlainLabel()
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
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("During the round, the keyboard is enough"))
        pairs = (
            (self.tr("Space"), self.tr("Start or pause")),
            (self.tr("→ or Enter"), self.tr("Give the word to the next person")),
            (self.tr("P"), self.tr("Pass for this round")),
            (self.tr("R"), self.tr("Pass for now, come back at the end")),
            (self.tr("+"), self.tr("One more minute")),
            (self.tr("←"), self.tr("Back to the previous person")),
            (self.tr("F11"), self.tr("Fill the screen")),
            (self.tr("F5"), self.tr("Presenter screen for a projector")),
            (self.tr("Ctrl+E"), self.tr("End the round")),
        )
        for (key, action), key_label, action_label in zip(
            pairs, self.keys, self.action_labels, strict=True
        ):
            key_label.setText(key)
            action_label.setText(action)
        self.setAccessibleDescription("; ".join(f"{key}: {action}" for key, action in pairs))
