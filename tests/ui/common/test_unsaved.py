"""Leaving an editor that holds changes, by keys: Escape, Cancel and the window's close button ask
"Discard your changes?" (Keep editing by default), and only when a field differs from what it
held when the editor opened. Each editor is built alone on the demo group, never in the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from app.model import Member, Purpose
from i18n.widget_lists import top_level_widgets
from tests.helpers import answer_by_keys, type_text

ASKED = ["Discard your changes?"]


@dataclass(frozen=True)
class Editor:
    make: Callable[[Any, Any], QDialog]  # (ui_ctx, group) -> the editor
    field: Callable[[Any], Any]  # the editor's field where the host types
    stored: Callable[[Any, Any], object]  # (ui_ctx, group) -> what the group or settings hold
    typed: str = "Lyon"  # typed into a text field; a spin box or a list goes one step instead
    step: tuple[Qt.Key, Qt.Key] = (Qt.Key.Key_Up, Qt.Key.Key_Down)  # that step, and back


def _session_editor(_ctx, group):
    from ui.sessions.session_editor import SessionEditor

    session = group.sessions.sessions()[0]
    return SessionEditor(group, session, group.sessions.agenda(session.id))


def _resource_editor(ctx, group):
    from ui.resources.editor import ResourceEditor

    return ResourceEditor(ctx, group, None)


def _script_editor(_ctx, group):
    from ui.sessions.script_card import ScriptEditor

    return ScriptEditor(group, "welcome")


def _format_texts(_ctx, group):
    from ui.sessions.format_scripts import FormatScriptsDialog

    template = group.sessions.templates()[0]
    return FormatScriptsDialog(group, template.id, template.name)


def _preferences(ctx, _group):
    from ui.settings.preferences_dialog import PreferencesDialog

    return PreferencesDialog(ctx)


def _checkin(ctx, group):
    from ui.roster.checkin import CheckInDialog

    return CheckInDialog(ctx, group, next(s.id for s in group.sessions.sessions()))


def _unasked(group) -> Member:
    """A member never asked for the first consent: its answer starts at "Not asked yet"."""
    first = next(iter(Purpose))
    return next(m for m in group.roster.members() if first not in group.consents.of_member(m.id))


def _consents(ctx, group):
    from ui.roster.consent_dialog import ConsentDialog

    return ConsentDialog(ctx, group, _unasked(group))


def _series(ctx, group):
    from PySide6.QtCore import QDateTime

    from ui.sessions.recurrence_dialog import RecurrenceDialog

    return RecurrenceDialog(group.sessions.templates(), QDateTime.currentDateTime())


def _create_group(_ctx, _group):
    from ui.start.create_dialog import CreateGroupDialog

    return CreateGroupDialog("en")


EDITORS = {
    "session": Editor(
        _session_editor,
        lambda d: d.place_edit,
        lambda _c, g: g.sessions.get(g.sessions.sessions()[0].id).place,
    ),
    "resource": Editor(
        _resource_editor, lambda d: d.body_edit, lambda _c, g: len(g.resources.resources())
    ),
    "text to read aloud": Editor(
        _script_editor, lambda d: d.editor, lambda _c, g: g.scripts.own_text("welcome")
    ),
    "format texts": Editor(
        _format_texts,
        lambda d: d.editor,
        lambda _c, g: g.scripts.format_text("welcome", g.sessions.templates()[0].id),
    ),
    "preferences": Editor(
        _preferences, lambda d: d.autolock_spin, lambda c, _g: c.prefs.autolock_minutes, typed=""
    ),
    # Each tick is written as it is made: only a newcomer typed and not added is unsaved.
    "attendance": Editor(
        _checkin, lambda d: d.newcomer_edit, lambda _c, g: len(g.roster.members())
    ),
    "consents": Editor(
        _consents,
        lambda d: d.cards[next(iter(Purpose))].answer_combo,
        lambda _c, g: g.consents.of_member(_unasked(g).id),
        typed="",
        step=(Qt.Key.Key_Down, Qt.Key.Key_Up),  # "Agreed", and back to "Not asked yet"
    ),
    "series": Editor(
        _series, lambda d: d.count_spin, lambda _c, g: len(g.sessions.sessions()), typed=""
    ),
    "new group": Editor(
        _create_group,
        lambda d: d.label_edit,
        lambda c, _g: [g.id for g in c.vaults.list_groups()],
    ),
}


def _open(qtbot, ui_ctx, group, editor: Editor) -> QDialog:
    dialog = editor.make(ui_ctx, group)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor.field(dialog).setFocus()
    return dialog


def _change(qtbot, dialog: QDialog, editor: Editor) -> None:
    field = editor.field(dialog)
    if editor.typed:
        type_text(field, editor.typed)
    else:
        qtbot.keyClick(field, editor.step[0])


def _change_back(qtbot, dialog: QDialog, editor: Editor) -> None:
    field = editor.field(dialog)
    for _ in editor.typed or "x":
        qtbot.keyClick(field, Qt.Key.Key_Backspace if editor.typed else editor.step[1])


def _shown_text(dialog: QDialog, editor: Editor) -> str:
    field = editor.field(dialog)
    if hasattr(field, "toPlainText"):
        return str(field.toPlainText())
    return str(field.currentText() if hasattr(field, "currentText") else field.text())


def _questions() -> list[QWidget]:
    return [w for w in top_level_widgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _escape(qtbot, dialog: QDialog, editor: Editor) -> None:
    qtbot.keyClick(editor.field(dialog), Qt.Key.Key_Escape)


@pytest.fixture(params=list(EDITORS), ids=list(EDITORS))
def editor(request) -> Editor:
    return EDITORS[request.param]


def test_escape_asks_only_after_a_real_change(qtbot, ui_ctx, demo_group, editor) -> None:
    untouched = _open(qtbot, ui_ctx, demo_group, editor)
    _escape(qtbot, untouched, editor)
    assert not untouched.isVisible() and not _questions()  # closed at once, as before

    undone = _open(qtbot, ui_ctx, demo_group, editor)
    _change(qtbot, undone, editor)
    _change_back(qtbot, undone, editor)
    _escape(qtbot, undone, editor)
    assert not undone.isVisible() and not _questions()  # typed, then undone: no change

    changed = _open(qtbot, ui_ctx, demo_group, editor)
    _change(qtbot, changed, editor)
    typed = _shown_text(changed, editor)
    asked = answer_by_keys(Qt.Key.Key_Return)  # Enter takes the default: Keep editing
    _escape(qtbot, changed, editor)
    qtbot.waitUntil(lambda: bool(asked) and not _questions())
    assert asked == ASKED
    assert changed.isVisible() and _shown_text(changed, editor) == typed


def test_discard_closes_and_keeps_nothing(qtbot, ui_ctx, demo_group, editor) -> None:
    before = editor.stored(ui_ctx, demo_group)
    dialog = _open(qtbot, ui_ctx, demo_group, editor)
    _change(qtbot, dialog, editor)
    asked = answer_by_keys(Qt.Key.Key_D)  # the underlined letter of Discard
    _escape(qtbot, dialog, editor)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == ASKED
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert editor.stored(ui_ctx, demo_group) == before


def test_cancel_and_the_close_button_ask_too(qtbot, ui_ctx, demo_group, editor) -> None:
    dialog = _open(qtbot, ui_ctx, demo_group, editor)
    _change(qtbot, dialog, editor)
    typed = _shown_text(dialog, editor)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = next(  # Cancel, or Close where each step is saved as made (attendance)
        b
        for b in buttons.buttons()
        if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole
    )
    cancel.setFocus()
    asked = answer_by_keys(Qt.Key.Key_Escape)  # Escape in the question: Keep editing
    qtbot.keyClick(cancel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(asked) and not _questions())
    assert dialog.isVisible()
    # The title bar's close: a close event to the window, as the window system sends (Qt
    # passes it on to the dialog as spontaneous; QWindow.close() and a lock's close() are not).
    asked_again = answer_by_keys(Qt.Key.Key_Escape)
    QApplication.sendEvent(dialog.windowHandle(), QCloseEvent())
    qtbot.waitUntil(lambda: bool(asked_again) and not _questions())
    assert asked + asked_again == ASKED * 2
    assert dialog.isVisible() and _shown_text(dialog, editor) == typed


def test_a_lock_closes_editors_and_their_question_without_asking(qtbot, demo_window) -> None:
    """The auto-lock never waits for an answer: the editor, its question and the member form's
    typing all go, nothing of them saved."""
    from app import demo
    from tests.helpers import beside, when_shown

    group = demo_window.ctx.group
    session = group.sessions.sessions()[0]
    members = demo_window.group_screen.screens["members"]
    members.select_member(group.roster.members()[0].id)
    type_text(members.form.note_edit, "Rappeler jeudi")
    editor = demo_window.group_screen.screens["sessions"].open_editor(
        session, group.sessions.agenda(session.id)
    )
    qtbot.waitExposed(editor)
    type_text(editor.place_edit, "Lyon")
    shown: list[QWidget] = []
    when_shown(QMessageBox, shown.append)  # seen, left unanswered
    qtbot.keyClick(editor.place_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(shown))
    demo_window.ctx.lock_requested.emit()  # what the idle timer does
    assert demo_window.is_locked
    assert not _questions() and not editor.isVisible()
    assert [w for w in top_level_widgets() if w.isVisible()] == [demo_window]
    with beside(group, demo.DEMO_PASSPHRASE) as db:
        assert db.scalar("SELECT place FROM sessions WHERE id = ?", (session.id,)) == session.place
        assert "Rappeler" not in str(db.query("SELECT private_note FROM members"))
