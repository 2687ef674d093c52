"""The group agreements, full-window and in large type, to be read aloud at the start of a
meeting. Opened from Resources or from a session's "group agreements" agenda item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QKeySequence,
    QShowEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.model import Resource
from ui.common.offline_text import OfflineTextBrowser
from ui.common.retranslate import Retranslating, translated_button
from ui.common.shortcuts import bind_keys
from ui.common.theme import scaled_font
from ui.resources.render import escape, read_for_display

START_SCALE = 2.0
MIN_SCALE, MAX_SCALE, STEP = 1.0, 4.0, 0.25


class AgreementsReader(Retranslating, QDialog):
    def __init__(self, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.scale = START_SCALE
        self.translated(self.setWindowTitle, lambda: self.tr("Group agreements"))
        self.text = OfflineTextBrowser()
        self.text.setFrameShape(OfflineTextBrowser.Shape.NoFrame)
        self.smaller_button = translated_button(
            self, lambda: self.tr("Smaller text (Ctrl+-)"), clicked=lambda: self.zoom(-STEP)
        )
        self.larger_button = translated_button(
            self, lambda: self.tr("Larger text (Ctrl++)"), clicked=lambda: self.zoom(STEP)
        )
        self.close_button = translated_button(
            self, lambda: self.tr("Close (Esc)"), clicked=self.accept
        )
        zoom = [
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-STEP)),
        ]
        bind_keys(self, zoom, Qt.ShortcutContext.WindowShortcut)
        for button in (self.smaller_button, self.larger_button):
            button.setAutoDefault(False)  # Enter closes the reader, never shrinks the text
        self.close_button.setDefault(True)
        bar = QHBoxLayout()
        bar.addWidget(self.smaller_button)
        bar.addWidget(self.larger_button)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(48, 24, 48, 18)
        root.addWidget(self.text, 1)
        root.addLayout(bar)
        self.resize(1100, 720)
        self.retranslate()

    def agreements(self) -> list[Resource]:
        return read_for_display(self.group, lambda: self.group.resources.agreements())

    def retranslate(self) -> None:
        super().retranslate()
        found = self.agreements()
        if found:
            markdown = "\n\n".join(f"# {escape(r.title)}\n\n{r.body.strip()}" for r in found)
        else:
            markdown = self.tr(
                "No group agreements yet. In Resources, add a resource of the "
                "kind “Group agreements” and write them there."
            )
        self.text.setMarkdown(markdown)
        self.text.document().setDocumentMargin(24)
        self._space_lines()
        self._apply_scale()

    def _space_lines(self) -> None:
        """Airier lines and paragraphs: read aloud from a step back, a dense page loses the eye."""
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        spacing.setBottomMargin(10)
        cursor.mergeBlockFormat(spacing)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.text.setFocus()  # arrows and Page Down scroll at once

    def zoom(self, step: float) -> None:
        self.scale = min(MAX_SCALE, max(MIN_SCALE, self.scale + step))
        self._apply_scale()

    def _apply_scale(self) -> None:
        self.text.document().setDefaultFont(scaled_font(self.scale))
