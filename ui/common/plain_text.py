"""Text typed by hosts, or read from a file someone else wrote, shown as typed: never as markup.

A QLabel, a message box or a tool tip reads a text that looks like HTML as rich text, and rich
text loads its <img> when it is laid out: from any file, or on Windows from a network share
(file://server/share/x.png). A label made plain after its text is set is too late, so these are
plain from their construction, and tests/test_plain_text_guard.py keeps ui/ on them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

if TYPE_CHECKING:  # imported where used: the start screen needs neither (ui/late.py)
    from PySide6.QtWidgets import QMessageBox, QWizard

# A label shows a name, a title or a note, never a book: laying out megabytes of text in one
# label froze the group screen for seconds (a 5 MB group name took 10 s).
LABEL_LIMIT = 10_000


_UNBROKEN = re.compile(r"(\S{200})(?=\S)")


def shown(text: str, limit: int = LABEL_LIMIT) -> str:
    """The text, cut with an ellipsis where a screen could not usefully show more, and an
    invisible break opportunity (U+200B) in a run of 200 characters without a space (a word
    wrap searching one for thousands of characters takes seconds)."""
    cut = text if len(text) <= limit else text[: limit - 1] + "…"
    return _UNBROKEN.sub("\\1\u200b", cut) if len(cut) > 200 else cut


class PlainLabel(QLabel):
    """A label for any text: shown exactly as typed, whatever it looks like."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(shown(text))


def wrapped_label(object_name: str = "") -> PlainLabel:
    """A plain label whose text wraps to its width (a note, a warning, an explanation), styled
    by its object name ("muted", "warning", "sectionTitle"...) when it has one."""
    label = PlainLabel()
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class MarkupLabel(QLabel):
    """A label for markup Cercle writes itself. Every stored value in it goes through
    html.escape (or `escaped` here) first, and it follows no link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)


def escaped(text: str, limit: int = LABEL_LIMIT) -> str:
    """A stored value for a MarkupLabel or a tool tip: markup characters become entities."""
    import html  # here: its entity table is not needed before the start screen shows

    return html.escape(shown(text, limit))


def plain_tip(text: str) -> str:
    """A tool tip showing `text` as typed (Qt shows a tip that looks like HTML as rich text)."""
    return f"<p>{escaped(text, 1_000)}</p>" if text else ""


def plain_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton | None = None,  # OK
    informative: str = "",
) -> QMessageBox:
    """A message box whose texts are plain before any is set: they may quote a name."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the informative label takes it on creation
    box.setIcon(icon)
    box.setWindowTitle(shown(title, 200))
    box.setText(shown(text))
    if informative:
        box.setInformativeText(shown(informative))
    box.setStandardButtons(QMessageBox.StandardButton.Ok if buttons is None else buttons)
    return box


def plain_wizard(wizard: QWizard) -> None:
    """A wizard's page titles and subtitles are labels too; some name the group."""
    wizard.setTitleFormat(Qt.TextFormat.PlainText)
    wizard.setSubTitleFormat(Qt.TextFormat.PlainText)


class CountLine(QWidget):
    """One line of plain text that changes on every keystroke (the count under a search box).

    A QLabel asks its layout to run again on every setText; the layout then asks its parent,
    the splitter, the screen... and the whole screen is laid out and repainted over the next
    turns of the event loop, for a text whose size never matters. Here the label sits in a
    widget without a layout, which ignores those requests and gives the label its own size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = PlainLabel("", self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:
        return QSize(self.label.sizeHint().width(), self.label.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.label.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)
