"""One-line fields count as the gate counts (code points) and never cut what they are given.
QLineEdit.setMaxLength counted UTF-16 units and cut a text set into the field: a pseudonym of
emoji, accepted by the gate, showed cut in its form and a save stored it so; a title an older
Cercle stored over its cap was cut the same way, without a word."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QWidget,
)

from app.model import Category, Member, Resource
from i18n.widget_lists import top_level_widgets
from tests.conftest import FRESH_PASSPHRASE
from tests.helpers import beside, type_text, when_shown
from tests.helpers.screens import members_screen
from ui.common.capped_line import LineCap, ask_capped, capped
from ui.resources.editor import ResourceEditor

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji, five code points
EMOJI_NAME = "😀" * 60 + FAMILY  # 65 characters for the gate (cap 100), 129 UTF-16 units
LONG_TITLE = "Écoute et entraide, " * 16  # 320 characters: over the 300 a title may hold
OVER = "This text is over its limit of 300 characters: remove 20 characters to save it."


def _click_save(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_pseudonym_of_emoji_is_saved_from_its_form_as_it_was(
    qtbot, ui_ctx, fresh_group, fresh_db
) -> None:
    member = fresh_group.roster.add_member(Member(EMOJI_NAME))  # as an import stores it
    screen = members_screen(qtbot, ui_ctx, fresh_group)
    screen.select_member(member.id)
    form = screen.form
    assert form.pseudonym_edit.text() == EMOJI_NAME
    assert not LineCap.of(form.pseudonym_edit).status.isVisible()
    type_text(form.phone_edit, "06 12")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert fresh_db.scalar("SELECT phone FROM members WHERE id = ?", (member.id,)) == "06 12"
    assert fresh_db.scalar("SELECT pseudonym FROM members WHERE id = ?", (member.id,)) == (
        EMOJI_NAME
    )


def test_a_title_stored_over_its_cap_shows_whole_says_so_and_waits_to_be_shortened(
    qtbot, ui_ctx, fresh_group
) -> None:
    line = fresh_group.resources.save_resource(Resource("Écoute", Category.OTHER))
    with beside(fresh_group, FRESH_PASSPHRASE) as db, db.transaction():
        # As Cercle 4 wrote it: without the gate.
        db.execute("UPDATE resources SET title = ? WHERE id = ?", (LONG_TITLE, line.id))
    editor = ResourceEditor(ui_ctx, fresh_group, fresh_group.resources.get(line.id))
    qtbot.addWidget(editor)
    editor.show()
    field = editor.title_edit
    status = LineCap.of(field).status
    assert field.text() == LONG_TITLE
    assert status.isVisible() and status.notice.text() == OVER
    assert field.accessibleDescription() == OVER
    type_text(field, "x")  # no room for more
    assert field.text() == LONG_TITLE

    _click_save(qtbot, editor.buttons)
    assert editor.isVisible() and editor.saved is None
    assert fresh_group.resources.get(line.id).title == LONG_TITLE  # not cut

    field.setFocus()
    field.end(False)
    for _ in range(21):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert not status.notice.isVisible()
    _click_save(qtbot, editor.buttons)
    assert fresh_group.resources.get(line.id).title == LONG_TITLE[:299]


_KEPT: list[QWidget] = []  # the last window, alive until the next test makes its own


def _line(qtbot, table: str = "members", column: str = "pseudonym") -> QLineEdit:
    window = QWidget()
    _KEPT[:] = [window]
    edit = capped(QLineEdit(), table, column)
    window.setLayout(LineCap.of(edit).column())
    qtbot.addWidget(window)
    window.show()
    return edit


def test_a_paste_stops_at_the_cap_in_characters_and_is_undone_in_one_step(qtbot, ui_ctx) -> None:
    edit = _line(qtbot)
    type_text(edit, "Zoé ")
    QApplication.clipboard().setText("😀" * 200 + "\n")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "Zoé " + "😀" * 96  # 100 characters, 196 UTF-16 units
    status = LineCap.of(edit).status
    assert status.notice.text() == (
        "The text is limited to 100 characters; the end of what you pasted was not added."
    )
    edit.undo()
    assert edit.text() == "Zoé "
    edit.redo()
    assert len(edit.text()) == 100


def test_typing_stops_at_the_cap_an_emoji_that_fits_is_taken(qtbot, ui_ctx) -> None:
    edit = _line(qtbot)
    edit.setText("x" * 99)
    type_text(edit, "😀a")
    assert edit.text() == "x" * 99 + "😀"
    assert LineCap.of(edit).status.notice.text() == "The text is limited to 100 characters."
    QApplication.clipboard().setText(FAMILY)
    edit.setSelection(98, 1)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "x" * 99 + "😀"  # no part of a family: it takes five
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # the selection goes: deleting is never stopped
    assert edit.text() == "x" * 98 + "😀"


def test_the_context_menu_pastes_through_the_cap(qtbot, ui_ctx) -> None:
    edit = _line(qtbot)
    QApplication.clipboard().setText("é" * 150)
    at = edit.rect().center()
    QApplication.sendEvent(
        edit, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, edit.mapToGlobal(at))
    )
    (menu,) = [w for w in top_level_widgets() if isinstance(w, QMenu) and w.isVisible()]
    (paste,) = [a for a in menu.actions() if a.objectName() == "edit-paste"]
    paste.trigger()
    menu.close()
    assert edit.text() == "é" * 100
    assert "not added" in LineCap.of(edit).status.notice.text()


def test_a_name_stored_over_its_cap_is_shown_whole_and_ok_waits(qtbot, ui_ctx) -> None:
    long_name = "Format du mardi " * 14  # 224 characters: over the 200 a name may hold
    seen = {}

    def check(dialog) -> None:
        field = dialog.findChild(QLineEdit)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["text"], seen["ok"] = field.text(), ok.isEnabled()
        seen["notice"] = LineCap.of(field).status.notice.text()
        field.setText(long_name[:200])
        seen["ok after"] = ok.isEnabled()
        dialog.reject()

    when_shown(QInputDialog, check)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask_capped(parent, "Rename", "Name:", long_name, "templates", "name") is None
    assert seen == {
        "text": long_name,
        "ok": False,
        "notice": "This text is over its limit of 200 characters: remove 24 characters to save it.",
        "ok after": True,
    }


def test_a_meeting_stored_over_its_caps_waits_for_its_theme_then_its_agenda(
    qtbot, ui_ctx, fresh_group
) -> None:
    from app.model import AgendaItem, ItemKind, Session
    from ui.sessions.session_editor import SessionEditor

    sessions = fresh_group.sessions
    made = sessions.add_session(
        Session("2027-01-12T19:00", 60), [AgendaItem("", 0, "Accueil", ItemKind.WELCOME, 10)]
    )
    with beside(fresh_group, FRESH_PASSPHRASE) as db, db.transaction():
        db.execute("UPDATE sessions SET theme = ? WHERE id = ?", (LONG_TITLE, made.id))
        db.execute("UPDATE agenda_items SET title = ? WHERE session_id = ?", (LONG_TITLE, made.id))
    editor = SessionEditor(fresh_group, sessions.get(made.id), sessions.agenda(made.id))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.theme_edit.text() == LONG_TITLE
    assert LineCap.of(editor.theme_edit).status.notice.text() == OVER
    _click_save(qtbot, editor.buttons)
    assert editor.isVisible()

    editor.theme_edit.setText("Le deuil")
    _click_save(qtbot, editor.buttons)
    assert editor.isVisible()
    assert editor.error_label.text() == (
        "An agenda item is over its limit of 300 characters: remove 20 characters from it to "
        "save the meeting."
    )
    cell = editor.agenda.table.viewport().findChild(QLineEdit)
    assert cell is not None and cell.text() == LONG_TITLE  # its editor open on it, whole
    assert sessions.get(made.id).theme == LONG_TITLE  # nothing saved, nothing cut
    assert sessions.agenda(made.id)[0].title == LONG_TITLE

    cell.setText("Accueil")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.agenda.table.viewport().findChild(QLineEdit) is None)
    _click_save(qtbot, editor.buttons)
    assert (sessions.get(made.id).theme, sessions.agenda(made.id)[0].title) == (
        "Le deuil",
        "Accueil",
    )


def test_an_input_method_commit_stops_at_the_cap(qtbot, ui_ctx) -> None:
    edit = _line(qtbot)
    edit.setText("x" * 98)
    event = QInputMethodEvent("", [])
    event.setCommitString("é😀" + FAMILY)
    QApplication.sendEvent(edit, event)
    assert edit.text() == "x" * 98 + "é😀"
    assert LineCap.of(edit).status.notice.text() == "The text is limited to 100 characters."


def test_a_drop_stops_at_the_cap(qtbot, ui_ctx) -> None:
    edit = _line(qtbot)
    type_text(edit, "Zoé")
    data = QMimeData()
    data.setText("\tà" * 120)
    drop = QDropEvent(
        QPointF(edit.rect().bottomRight()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only at the end of a drag it runs (one a test cannot hold open):
    # handed to the field's filter as Qt hands it.
    assert LineCap.of(edit).eventFilter(edit, drop)
    assert edit.text() == "Zoé" + " à" * 48 + " "  # a tab is a space on one line
    assert "not added" in LineCap.of(edit).status.notice.text()
    edit.undo()
    assert edit.text() == "Zoé"
