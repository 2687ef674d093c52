"""Help now: the pinned resources in large type. Placeholder until the resources issue lands."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.group import OpenGroup
from ui.common.retranslate import Retranslating
from ui.context import UiContext


class HelpNowDialog(Retranslating, QDialog):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)
        self.group = group
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help now"))
        lines = [f"{r.title}: {r.phone}" for r in self.group.resources.pinned()]
        self.label.setText("\n".join(lines))
