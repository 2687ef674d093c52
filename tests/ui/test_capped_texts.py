"""A long text pasted into each multi-line field of a record: the field stops at the gate's cap
and says so, Undo takes the paste back, and the file holds exactly what the field showed. The
save-time cut (app/typed_fields.py) was reached from each of them and lost the paste's end
without a word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from app.model import Session
from storage.domain import FIELDS
from tests.helpers import type_text
from tests.helpers.screens import members_screen
from ui.common.capped_text import CappedTextEdit, fitting
from ui.resources.editor import ResourceEditor
from ui.sessions.format_scripts import FormatScriptsDialog
from ui.sessions.script_card import ScriptEditor
from ui.sessions.session_editor import SessionEditor

# A paste from a PDF: Windows line ends, an emoji of five code points, a form feed.
LINE = "Écouter 👨\u200d👩\u200d👧 sans juger.\x0c\r\n"


@dataclass
class Editor:
    window: QWidget
    field: CappedTextEdit
    save: Callable[[], None]
    stored: Callable[[], str]  # read back from the file by a second connection


def _member(qtbot, ui_ctx, group, db) -> Editor:
    screen = members_screen(qtbot, ui_ctx, group)
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(screen.form.pseudonym_edit, "Gaëlle")
    return Editor(
        screen,
        screen.form.note_edit,
        lambda: qtbot.mouseClick(screen.form.save_button, Qt.MouseButton.LeftButton),
        lambda: db.scalar("SELECT private_note FROM members WHERE pseudonym = 'Gaëlle'"),
    )


def _session(qtbot, ui_ctx, group, db) -> Editor:
    editor = SessionEditor(group, Session("2027-01-12T19:00", 60), [])
    return Editor(
        editor,
        editor.summary_edit,
        lambda: _click_save(qtbot, editor.buttons),
        lambda: db.scalar("SELECT summary FROM sessions WHERE id = ?", (editor.session.id,)),
    )


def _resource(qtbot, ui_ctx, group, db) -> Editor:
    editor = ResourceEditor(ui_ctx, group, None)
    type_text(editor.title_edit, "Écoute")
    return Editor(
        editor,
        editor.body_edit,
        lambda: _click_save(qtbot, editor.buttons),
        lambda: db.scalar("SELECT body FROM resources WHERE title = 'Écoute'"),
    )


def _read_aloud(qtbot, ui_ctx, group, db) -> Editor:
    editor = ScriptEditor(group, "welcome")
    editor.editor.clear()
    return Editor(
        editor,
        editor.editor,
        lambda: _click_save(qtbot, editor.buttons),
        lambda: db.scalar(
            "SELECT body FROM scripts WHERE kind = 'welcome' AND template_id IS NULL"
        ),
    )


def _format_text(qtbot, ui_ctx, group, db) -> Editor:
    template = group.sessions.templates()[0]
    dialog = FormatScriptsDialog(group, template.id, template.name)
    dialog.editor.clear()
    return Editor(
        dialog,
        dialog.editor,
        lambda: _click_save(qtbot, dialog.buttons),
        lambda: db.scalar(
            "SELECT body FROM scripts WHERE kind = 'welcome' AND template_id = ?", (template.id,)
        ),
    )


def _click_save(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


@pytest.mark.parametrize(
    ("make", "table", "column"),
    [
        (_member, "members", "private_note"),
        (_session, "sessions", "summary"),
        (_resource, "resources", "body"),
        (_read_aloud, "scripts", "body"),
        (_format_text, "scripts", "body"),
    ],
    ids=["member note", "meeting summary", "resource text", "read-aloud text", "format text"],
)
def test_a_paste_over_the_cap_stops_there_says_so_and_is_saved_as_shown(
    qtbot, ui_ctx, fresh_group, fresh_db, make, table, column
) -> None:
    cap = FIELDS[table][column].cap
    editor = make(qtbot, ui_ctx, fresh_group, fresh_db)
    if editor.window.parent() is None and not editor.window.isVisible():
        qtbot.addWidget(editor.window)
        editor.window.show()
    field = editor.field
    type_text(field, "Notes : ")
    pasted = LINE * (cap // 20)
    QApplication.clipboard().setText(pasted)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    clean = pasted.replace("\r\n", "\n").replace("\x0c", "")
    shown = "Notes : " + fitting(clean, cap - len("Notes : "))
    assert field.toPlainText() == shown
    assert len(shown) <= cap and len(shown) > cap - 5  # not half an emoji: the family's five
    assert field.status.notice.isVisible()
    assert "the end of what you pasted was not added" in field.status.notice.text()
    field.undo()
    assert field.toPlainText() == "Notes : "
    field.redo()
    assert field.toPlainText() == shown

    editor.save()
    assert editor.stored() in (shown, shown.strip())  # some records drop the spaces around
