"""A one-line field that holds no more than the handover gate takes (app/limits.py), counted as
the gate counts: in characters (code points).

QLineEdit.setMaxLength counts UTF-16 units (an emoji two) and cuts a text set into the field at
that length: a pseudonym of 60 emoji from an import or a handover, or a title an older Cercle
stored over its cap, showed cut when its record was opened, and a save stored it so without a
word. Here Qt's own length never cuts: a text set by the program is shown whole, one over its cap
says by how much as a multi-line field does (CapStatus), and `held_back` keeps it from a save.
Typing, a paste (keys, the context menu, the middle button), a drop and an input method stop at
the cap, never inside a character, the part that fits inserted as one step that Undo takes back.

An event filter rather than a subclass: the same guard goes on the fields Qt makes itself
(QInputDialog's, an item view's cell editor)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QContextMenuEvent,
    QDropEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.limits import as_stored, text_cap
from ui.common.capped_text import NEAR, CapStatus, commit_cut, fitting, with_status

WHOLE = 2**31 - 1  # Qt's own length, never reached: nothing set into the field is cut


class LineCap(QObject):
    """The cap of one QLineEdit (its child: `of(edit)` finds it)."""

    def __init__(self, edit: QLineEdit, table: str, column: str) -> None:
        super().__init__(edit)
        self.edit = edit
        self.field = (table, column)
        self.cap = text_cap(table, column)
        edit.setMaxLength(WHOLE)
        self.status = CapStatus(self, edit)
        self._cut = False  # an input method's commit cut, said at the change it makes
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    @staticmethod
    def of(edit: QLineEdit) -> LineCap:
        cap = edit.findChild(LineCap)
        assert cap is not None, "a field made by capped()"
        return cap

    def column(self) -> QVBoxLayout:
        return with_status(self.edit, self.status)

    def under(self, row: QLayout) -> QVBoxLayout:
        """`row`, where the field shares its line with others, with the field's line under it."""
        return with_status(row, self.status)

    def length(self) -> int:
        return len(self.edit.text())

    def fits(self) -> bool:
        return self.length() <= self.cap

    def room(self) -> int:
        """How many characters may still come in, in place of the selection."""
        return self.cap - self.length() + len(self.edit.selectedText())

    # The field's, for CapStatus and held_back.
    def setFocus(self, reason: Qt.FocusReason, /) -> None:
        self.edit.setFocus(reason)

    def setAccessibleDescription(self, description: str, /) -> None:
        self.edit.setAccessibleDescription(description)

    def insert(self, text: str) -> None:
        """`text` at the cursor, in place of the selection, as far as the cap leaves room."""
        text = as_stored(*self.field, text)
        kept = fitting(text, self.room())
        if kept:
            self._new_undo_step()
            self.edit.insert(kept)
        if kept != text:
            self.status.stopped(pasted=True)

    def _new_undo_step(self) -> None:
        # QLineEdit's own paste is an undo step of its own; insert() joined the typing before
        # it, and Undo took both back. Qt starts a step at a cursor move and has no call for it;
        # with a selection, making it moved the cursor.
        edit = self.edit
        if edit.hasSelectedText() or not edit.text():
            return
        here = edit.cursorPosition()
        edit.setCursorPosition(here - 1 if here else 1)
        edit.setCursorPosition(here)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.edit or self.edit.isReadOnly():
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            if commit_cut(event, self.room):
                # Said once the field has taken what fits: the change clears the line.
                self._cut = bool(event.commitString())
                if not self._cut:
                    self.status.stopped(pasted=False)
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            return self._drop(event)
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            return self._middle_button(event)
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self._menu(event)
            return True
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.insert(QApplication.clipboard().text())
            return True
        text = event.text()
        if text and text[:1] >= " " and text != "\x7f" and len(text) > self.room():
            self.status.stopped(pasted=False)
            return True
        return False

    def _drop(self, event: QDropEvent) -> bool:
        """A drop that fits is Qt's (a move within the field among them)."""
        data = event.mimeData()
        if event.source() is self.edit or not data.hasText():
            return False
        if len(as_stored(*self.field, data.text())) <= self.cap - self.length():
            return False
        self.edit.setCursorPosition(self.edit.cursorPositionAt(event.position().toPoint()))
        self.insert(data.text())
        event.acceptProposedAction()
        return True

    def _middle_button(self, event: QMouseEvent) -> bool:
        """X11's paste of the selection."""
        clipboard = QApplication.clipboard()
        if event.button() != Qt.MouseButton.MiddleButton or not clipboard.supportsSelection():
            return False
        if self.edit.rect().contains(event.position().toPoint()):
            self.insert(clipboard.text(QClipboard.Mode.Selection))
        return True

    def _menu(self, event: QContextMenuEvent) -> None:
        """Qt's own menu, its Paste through the cap."""
        menu = self.edit.createStandardContextMenu()
        paste = menu.findChild(QAction, "edit-paste")
        if paste is not None:
            paste.triggered.disconnect()
            paste.triggered.connect(lambda: self.insert(QApplication.clipboard().text()))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _changed(self, text: str) -> None:
        if self._cut:
            self._cut = False
            self.status.stopped(pasted=False)
            return
        if len(text) < NEAR * self.cap and not self.status.shown:
            return
        self.status.show_count(len(text))


def capped(edit: QLineEdit, table: str, column: str) -> QLineEdit:
    """`edit` holding no more than table.column takes (LineCap)."""
    LineCap(edit, table, column)
    return edit


def capped_lines(form: QWidget) -> list[LineCap]:
    """The capped one-line fields in `form`, for held_back."""
    return form.findChildren(LineCap)


def ask_capped(
    parent: QWidget, title: str, label: str, text: str, table: str, column: str
) -> str | None:
    """QInputDialog.getText with its field capped as table.column is (None when cancelled):
    a format's name typed there took any length, and the next handover refused the group. A
    name stored longer (by an older Cercle) shows whole, says by how much it is over, and OK
    waits until it is shortened: accepted, it was stored cut."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        _under_cap(dialog, LineCap(field, table, column))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value if accepted else None


def _under_cap(dialog: QInputDialog, cap: LineCap) -> None:
    """The field's line in the dialog under it, and OK only for a text within the cap."""
    # Qt lays the dialog out, its buttons with it, only when shown or when a button's text is
    # set: set to itself, for the layout and the OK button to be there now.
    dialog.setOkButtonText(dialog.okButtonText())
    if not cap.fits():
        cap.status.show_count(cap.length())
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(layout.indexOf(cap.edit) + 1, cap.status)
    buttons = dialog.findChild(QDialogButtonBox)
    if buttons is None:
        return
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    cap.edit.textChanged.connect(lambda: ok.setEnabled(cap.fits()))
    ok.setEnabled(cap.fits())
