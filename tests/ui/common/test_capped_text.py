"""A multi-line field stops a paste, a drop, typing and an input method at its cap, counted as
the gate counts (code points), never inside a character; says so; Undo takes the paste back."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from storage.domain import field_problem
from tests.helpers import type_text
from ui.common.capped_text import CappedTextEdit, fitting, held_back

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji, five code points


_KEPT: list[QWidget] = []  # the last window, alive until the next test makes its own


def _field(qtbot, table: str = "scripts", column: str = "body") -> CappedTextEdit:
    window = QWidget()
    edit = CappedTextEdit(table, column)
    QVBoxLayout(window).addLayout(edit.column())
    qtbot.addWidget(window)
    _KEPT[:] = [window]
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return edit


def _paste(qtbot, edit: CappedTextEdit, text: str) -> None:
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_cut_falls_between_characters_as_the_host_sees_them() -> None:
    assert fitting("abc", 5) == "abc"
    assert fitting("ab😀c", 3) == "ab😀"
    assert fitting("ab" + FAMILY, 4) == "ab"  # not half a family
    assert fitting("ae\u0301", 2) == "a"  # not an e without its accent
    assert fitting("abc", 0) == ""


def test_a_long_paste_stops_at_the_cap_says_so_and_is_undone_in_one_step(qtbot, ui_ctx) -> None:
    edit = _field(qtbot)
    type_text(edit, "Bonjour ")
    pasted = "😀" * 5_000  # two UTF-16 units each, one character for the gate
    _paste(qtbot, edit, pasted)
    assert edit.toPlainText() == "Bonjour " + "😀" * 3_992
    assert edit.length() == edit.cap == 4_000
    assert field_problem("scripts", "body", edit.toPlainText()) is None
    assert edit.status.notice.isVisible()
    assert edit.status.notice.text() == (
        "The text is limited to 4,000 characters; the end of what you pasted was not added."
    )
    assert edit.status.counter.text() == "4,000 / 4,000"
    edit.undo()
    assert edit.toPlainText() == "Bonjour "
    assert not edit.status.isVisible()  # the change the notice was about is gone
    edit.redo()
    assert edit.length() == 4_000


def test_typing_at_the_cap_is_stopped_deleting_is_not(qtbot, ui_ctx) -> None:
    edit = _field(qtbot)
    edit.setPlainText("x" * 3_999)
    assert edit.status.isVisible() and not edit.status.notice.isVisible()
    assert edit.status.counter.text() == "3,999 / 4,000"
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, "ab")
    assert edit.toPlainText() == "x" * 3_999 + "a"
    assert edit.status.notice.text() == "The text is limited to 4,000 characters."
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # the read-aloud editor takes a tab as a character
    assert edit.length() == 4_000
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.toPlainText() == "x" * 3_999
    assert not edit.status.notice.isVisible()


def test_a_selection_makes_room_for_what_replaces_it(qtbot, ui_ctx) -> None:
    edit = _field(qtbot)
    edit.setPlainText("y" * 4_000)
    edit.selectAll()
    _paste(qtbot, edit, "Merci\r\nà tous\x0c")
    assert edit.toPlainText() == "Merci\nà tous"  # a form feed is nothing the gate keeps
    assert not edit.status.isVisible()


def test_a_drop_and_an_input_method_stop_at_the_cap(qtbot, ui_ctx) -> None:
    edit = _field(qtbot)
    edit.setPlainText("z" * 3_998)
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    dropped = QMimeData()
    dropped.setText("abc")
    edit.insertFromMimeData(dropped)
    assert edit.toPlainText().endswith("zab")
    edit.undo()
    event = QInputMethodEvent("", [])
    event.setCommitString("日本語")
    QApplication.sendEvent(edit, event)
    assert edit.toPlainText() == "z" * 3_998 + "日本"
    assert edit.status.notice.isVisible()


def test_a_text_over_the_cap_from_an_older_cercle_is_shown_whole_and_held_back(
    qtbot, ui_ctx
) -> None:
    edit = _field(qtbot)
    edit.setPlainText("w" * 4_143)
    assert edit.toPlainText() == "w" * 4_143  # nothing cut behind the host's back
    assert edit.status.notice.text() == (
        "This text is over its limit of 4,000 characters: remove 143 characters to save it."
    )
    assert held_back(edit)
    edit.setPlainText("w" * 4_000)
    assert not held_back(edit)


def test_the_line_is_in_french_with_the_language(qtbot, ui_ctx) -> None:
    edit = _field(qtbot)
    _paste(qtbot, edit, "a" * 4_100)
    ui_ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: "limité" in edit.status.notice.text())
    assert edit.status.notice.text() == (
        "Le texte est limité à 4\u202f000 caractères\u00a0; la fin de ce que vous avez "
        "collé n'a pas été ajoutée."
    )
    assert edit.status.counter.text() == "4\u202f000 / 4\u202f000"


def test_a_drop_from_another_field_cut_at_the_cap_is_a_copy(qtbot, ui_ctx) -> None:
    """A text dragged from another field is moved: the source removes it once the drop is
    taken. Cut at this field's cap, the end of it was then in neither field; such a drop is a
    copy, and the source keeps it whole. One that fits is still moved. The notice shows after a
    real drop too: the drop's own edit block ended after it, and its change took it away."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    edit = _field(qtbot)
    edit.setPlainText("z" * 3_990)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    keys = Qt.KeyboardModifier.ShiftModifier  # a move, on every platform
    button = Qt.MouseButton.LeftButton

    def drop(text: str) -> QDropEvent:
        data = QMimeData()
        data.setText(text)
        for coming in (QDragEnterEvent, QDragMoveEvent):
            QApplication.sendEvent(
                edit.viewport(), coming(QPoint(5, 5), actions, data, button, keys)
            )
        event = QDropEvent(QPointF(5, 5), actions, data, button, keys)
        assert event.dropAction() == Qt.DropAction.MoveAction
        QApplication.sendEvent(edit.viewport(), event)
        return event

    assert drop("12345").dropAction() == Qt.DropAction.MoveAction
    assert edit.length() == 3_995
    cut = drop("abcdefghij")
    assert edit.length() == 4_000 and edit.status.notice.isVisible()
    assert cut.isAccepted() and cut.dropAction() == Qt.DropAction.CopyAction
