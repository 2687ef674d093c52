"""The read-aloud card of a running meeting and its editor: opened over the meeting without a
nested event loop, the card reads the saved text at once, and a lock closes the editor unsaved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.model import AgendaItem, ItemKind, Session
from i18n.widget_lists import top_level_widgets
from tests.conftest import FRESH_PASSPHRASE
from tests.helpers import beside, type_text
from ui.sessions.live_view import LiveView
from ui.sessions.script_card import ScriptEditor


def _welcome_meeting(group) -> Session:
    session = Session("2027-02-02T19:00", 60, "Salle 3", "Le sommeil")
    items = [
        AgendaItem(session.id, 0, "Accueil", ItemKind.WELCOME, 10, ""),
        AgendaItem(session.id, 1, "Clôture", ItemKind.CLOSING, 10, ""),
    ]
    return group.sessions.save_session(session, items)


def _open_editor(qtbot, view: LiveView) -> ScriptEditor:
    qtbot.mouseClick(view.script_card.edit_button, Qt.MouseButton.LeftButton)
    # The click has returned with the editor shown: no nested loop held it.
    editor = view.script_card.findChild(ScriptEditor)
    assert editor is not None and editor.isVisible()
    assert editor.windowModality() == Qt.WindowModality.WindowModal
    return editor


def test_the_editor_opens_over_the_meeting_and_the_card_reads_what_is_saved(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    view = LiveView(ui_ctx, demo_group, _welcome_meeting(demo_group), clock=fake_clock)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    editor = _open_editor(qtbot, view)
    editor.editor.selectAll()
    type_text(editor.editor, "Bienvenue à tous ce soir.")
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not editor.isVisible()
    assert view.script_card.text_label.text() == "Bienvenue à tous ce soir."
    assert demo_group.scripts.own_text("welcome") == "Bienvenue à tous ce soir."
    view.close()


def test_a_lock_closes_the_editor_and_saves_nothing(qtbot, fresh_window) -> None:
    group = fresh_window.ctx.group
    session = _welcome_meeting(group)
    fresh_window.group_screen.show_area("sessions")
    sessions = fresh_window.group_screen.screens["sessions"]
    sessions.reload(select=session.id)
    view = sessions.run_selected()
    qtbot.waitExposed(view)
    editor = _open_editor(qtbot, view)
    type_text(editor.editor, "Une phrase de plus.")
    fresh_window.ctx.lock_requested.emit()  # what the idle timer does
    assert fresh_window.is_locked
    assert [w for w in top_level_widgets() if w.isVisible()] == [fresh_window]
    with beside(group, FRESH_PASSPHRASE) as db:
        assert "Une phrase de plus." not in str(db.query("SELECT body FROM scripts"))
