"""The host's notes for the current item of the live meeting: large, in a card that scrolls
rather than pushing the meeting off screen, with a muted line saying where to add some when
the item has none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.common.plain_text import wrapped_label
from ui.common.retranslate import Retranslating, translated_label
from ui.common.side_scroll import SideScroll
from ui.common.theme import colours_for, scaled_font

NOTES_FACTOR = 1.8  # times the body text: read at arm's length, standing
NOTES_LINES = 3  # notes and text to read never shorter than this many lines: they scroll


class NotesCard(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = ""
        self.theme = "system"
        self.title = translated_label(self, lambda: self.tr("Notes for this item"), "sectionTitle")
        self.label = wrapped_label("liveNotes")
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Long notes scroll inside their card; a short window never squeezes them below a few
        # readable lines (the card's minimum, set with the fonts).
        self.scroller = SideScroll(self.label)
        framed(self, self.title, self.scroller)
        self.retranslate()

    def apply_fonts(self) -> int:
        """Sizes relative to the body text; returns the height of the lines kept readable."""
        self.title.setFont(scaled_font(1.2, True))
        self.label.setFont(scaled_font(NOTES_FACTOR))
        lines = QFontMetrics(self.label.font()).lineSpacing() * NOTES_LINES
        self.scroller.setMinimumHeight(lines)
        return lines

    def show_notes(self, notes: str, theme: str) -> None:
        self.notes, self.theme = notes, theme
        sheet = "" if notes.strip() else f"color: {colours_for(theme).muted};"
        if sheet != self.label.styleSheet():
            self.label.setStyleSheet(sheet)
            # A style sheet set or cleared gives the label its parent's font back.
            self.label.setFont(scaled_font(NOTES_FACTOR))
        self.label.setText(
            notes.strip()
            or self.tr("No notes for this item. You can add some in the session's agenda.")
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.show_notes(self.notes, self.theme)


def framed(card: QFrame, title: QLabel, content: QWidget) -> QFrame:
    """A titled card of the live meeting around a scroll area, which takes its height."""
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    layout.addWidget(title)
    layout.addWidget(content, 1)
    return card
