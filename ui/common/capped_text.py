"""A multi-line text field that holds no more than the handover gate takes (app/limits.py), and
says so: a quiet count once the text nears its cap, and a notice when a paste or a key was
stopped at it. A QPlainTextEdit has no maximum length, so a long paste used to be saved cut at
its cap (app/typed_fields.py) without a word.

Counted as the gate counts, in characters (code points): Qt's own lengths are UTF-16 units, in
which an emoji counts two. A paste is cut at a character boundary as the host sees it (an emoji
made of several code points, a letter with its accent), never inside one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLocale, QMimeData, Qt, QTextBoundaryFinder, QTimer
from PySide6.QtGui import QDropEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLayout, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from app.limits import as_stored, text_cap
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.retranslate import Retranslating

NEAR = 0.9  # the count shows from this share of the cap


def fitting(text: str, room: int) -> str:
    """The longest start of `text` within `room` characters that ends where a character as the
    host sees it ends (a grapheme boundary)."""
    if len(text) <= room:
        return text
    if room <= 0:
        return ""
    head = text[:room]
    units = len(head.encode("utf-16-le")) // 2
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(units)
    if finder.isAtBoundary():
        return head
    end = max(finder.toPreviousBoundary(), 0)
    return text.encode("utf-16-le", "surrogatepass")[: 2 * end].decode("utf-16-le")


def with_status(field: QWidget | QLayout, status: QWidget) -> QVBoxLayout:
    """The field (or the row it shares) with its line under it, for the caller's layout."""
    layout = QVBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QLayout):
        layout.addLayout(field)
    else:
        layout.addWidget(field)
    layout.addWidget(status)
    return layout


def commit_cut(event: QInputMethodEvent, room: Callable[[], int]) -> bool:
    """An input method's commit cut to what fits in `room()` (the text it replaces makes room
    too): True when it was cut. `room` is asked only for a commit, not at each preedit."""
    commit = event.commitString()
    if not commit:
        return False
    kept = fitting(commit, room() + max(event.replacementLength(), 0))
    if kept == commit:
        return False
    event.setCommitString(kept, event.replacementStart(), event.replacementLength())
    return True


def _inserts(text: str) -> bool:
    """A key that writes into the text (not Backspace, Delete or a control shortcut); Tab
    writes one where it does not move the focus."""
    return text in ("\r", "\n", "\t") or (text[:1] >= " " and text != "\x7f")


class CappedTextEdit(QPlainTextEdit):
    """A multi-line field for table.column: a paste, a drop, typing or an input method stops at
    the cap (the part that fits is inserted as one step, which Undo takes back). A text longer
    than the cap set by the program (from a vault older than the gate) is shown whole: its line
    says by how much it is over, and `held_back` keeps it from being saved, and cut, so."""

    def __init__(self, table: str, column: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = (table, column)
        self.cap = text_cap(table, column)
        self.status = CapStatus(self)
        self._cut = False  # the last paste or drop was cut at the cap
        self.textChanged.connect(self._changed)

    def column(self) -> QVBoxLayout:
        return with_status(self, self.status)

    def length(self) -> int:
        return len(self.toPlainText())

    def fits(self) -> bool:
        return self.length() <= self.cap

    def room(self) -> int:
        """How many characters may still come in, in place of the selection."""
        return self.cap - self.length() + len(self.textCursor().selectedText())

    def insertFromMimeData(self, source: QMimeData) -> None:
        # A paste and a drop. Line ends as the document will hold them ("\r\n" is one break),
        # and without what the gate refuses, so that what shows is what is saved.
        text = source.text().replace("\r\n", "\n").replace("\r", "\n")
        text = as_stored(*self.field, text)
        kept = fitting(text, self.room())
        if kept:
            # An edit block of its own: inserted plainly, it merged with the typing before it,
            # and Undo took both back.
            cursor = self.textCursor()
            cursor.beginEditBlock()
            cursor.insertText(kept)
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        self._cut = kept != text
        if self._cut:
            self.status.stopped(pasted=True)

    def dropEvent(self, event: QDropEvent) -> None:
        self._cut = False
        super().dropEvent(event)
        if self._cut:
            # Said again: a drop's own edit block ends after the insertion, and the change it
            # then reports took the notice away.
            self.status.stopped(pasted=True)
            if event.source() not in (self, self.viewport()):
                # Moved from another field, which removes what it gave once the drop is taken:
                # the end not taken here was in neither field. A copy leaves it there.
                event.setDropAction(Qt.DropAction.CopyAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and _inserts(text) and not self.isReadOnly() and not self._has_room(len(text)):
            self.status.stopped(pasted=False)
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        cut = commit_cut(event, self.room)
        super().inputMethodEvent(event)
        if cut:
            self.status.stopped(pasted=False)

    def _upper_length(self) -> int:
        """At least the length, without copying the text out: characterCount() is in UTF-16
        units (never fewer than the characters), plus the document's closing paragraph mark."""
        return self.document().characterCount() - 1

    def _has_room(self, added: int) -> bool:
        # Well under the cap, the text is not copied out to be counted at each key.
        return self._upper_length() + added <= self.cap or added <= self.room()

    def _changed(self) -> None:
        if self._upper_length() < NEAR * self.cap and not self.status.shown:
            return
        self.status.show_count(self.length())


class Capped(Protocol):
    """A field that stops at its cap and says so in its CapStatus: CappedTextEdit here, and
    LineCap (ui/common/capped_line.py) for one line."""

    cap: int
    status: CapStatus

    def length(self) -> int: ...

    def fits(self) -> bool: ...

    def setFocus(self, reason: Qt.FocusReason, /) -> None: ...

    def setAccessibleDescription(self, description: str, /) -> None: ...


def held_back(*edits: Capped) -> bool:
    """True when one of the fields holds more than its cap (a text stored by an older Cercle):
    it takes the focus, its line says how much to remove, and the caller does not save (the
    save would cut it)."""
    for edit in edits:
        if not edit.fits():
            edit.status.show_count(edit.length())
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
    return False


class CapStatus(Retranslating, QWidget):
    """The line under a capped field: hidden well under the cap."""

    def __init__(self, edit: Capped, home: QWidget | None = None) -> None:
        """`home`: kept there, hidden, until laid out (a field whose line has no place, as a
        cell editor's, takes it away with it when it goes)."""
        super().__init__(home)
        self.home = home
        self.edit = edit
        self.count = 0
        self.cap = edit.cap
        self.notice_kind = ""  # "pasted" or "typed" until the text changes again
        self.notice = wrapped_label()
        self.notice.setProperty("warning", True)
        self.counter = PlainLabel()
        self.counter.setObjectName("muted")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        # The count under the field's right edge, the notice across its whole width: beside
        # each other, in a form's narrow column, the notice wrapped a word a line.
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        lines.addWidget(self.counter)
        lines.addWidget(self.notice)
        self.shown = False
        self.hide()

    def show_count(self, count: int) -> None:
        """After a change: any notice goes (it was about the change before)."""
        self.count, self.notice_kind = count, ""
        self._show()

    def stopped(self, *, pasted: bool) -> None:
        """A paste or a key stopped at the cap."""
        self.count = self.edit.length()
        self.notice_kind = "pasted" if pasted else "typed"
        self._show()

    def retranslate(self) -> None:
        super().retranslate()
        self._show()

    def _show(self) -> None:
        locale = QLocale()
        cap = locale.toString(self.cap)
        over = self.count - self.cap
        if over > 0:
            text = self.tr(
                "This text is over its limit of {cap} characters: remove {over} characters to "
                "save it."
            ).format(cap=cap, over=locale.toString(over))
        elif self.notice_kind == "pasted":
            text = self.tr(
                "The text is limited to {cap} characters; the end of what you pasted was not added."
            ).format(cap=cap)
        elif self.notice_kind == "typed":
            text = self.tr("The text is limited to {cap} characters.").format(cap=cap)
        else:
            text = ""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)  # read with the field by a screen reader
        near = self.count >= NEAR * self.cap
        self.counter.setText(
            self.tr("{count} / {cap}").format(count=locale.toString(self.count), cap=cap)
            if near or text
            else ""
        )
        self.counter.setVisible(near or bool(text))
        self.shown = near or bool(text)
        # Never a window of its own: only once laid out under its field (column()).
        self.setVisible(self.shown and self.parentWidget() not in (None, self.home))
        if text and self.isVisible():
            # Laid out first: the notice has no place in a scrolled form until then.
            QTimer.singleShot(0, self, self._into_view)

    def _into_view(self) -> None:
        """In a form that scrolls (the member form on a netbook), the notice is scrolled into
        view: it showed below the fold, and the host saw nothing happen."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        if widget is not None and self.isVisible():
            widget.ensureWidgetVisible(self, 0, 4)
