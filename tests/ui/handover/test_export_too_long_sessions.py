"""Show “…” after an export refused for a text over its cap reaches a meeting, its agenda and a
format too: each opens where it is edited, on what is over and by how much. (A read-aloud text
cannot be over: its table's CHECK has kept it under since it was made.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import demo
from tests.helpers import beside
from tests.helpers.wizards import write_refused
from ui.common.dates import session_label
from ui.handover.export_wizard import ExportWizard
from ui.main_window import MainWindow
from ui.sessions.sessions_screen import SessionsScreen

LONG = "Très long. " * 2_000  # 22,000 characters; a summary or notes hold 20,000


def _sessions(window: MainWindow) -> SessionsScreen:
    assert window.group_screen is not None
    screen = window.group_screen.screens["sessions"]
    assert isinstance(screen, SessionsScreen)
    return screen


def _plant(window: MainWindow, sql: str, *args: object) -> None:
    """As an older Cercle wrote it, under the services."""
    assert window.ctx.group is not None
    with beside(window.ctx.group, demo.DEMO_PASSPHRASE) as db, db.transaction():
        db.execute(sql, args)
    _sessions(window).reload()  # read before it was planted


def _refused_then_shown(qtbot: QtBot, window: MainWindow, tmp_path: Path, button: str) -> str:
    """The export refused, Show clicked: the wizard's message."""
    assert window.ctx.group is not None and window.group_screen is not None
    wizard = ExportWizard(window.ctx, window.ctx.group, window)
    wizard.show()
    write_refused(qtbot, wizard, tmp_path / "g.cercle")
    page = wizard.write_page
    assert page.show_button.isVisible() and page.show_button.text() == button
    message = page.error_label.text()
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert window.group_screen.stack.currentWidget() is _sessions(window)
    return message


def test_a_meeting_summary_too_long_opens_its_editor(qtbot, demo_window, tmp_path) -> None:
    group = demo_window.ctx.group
    session = group.sessions.sessions()[0]
    _plant(demo_window, "UPDATE sessions SET summary = ? WHERE id = ?", LONG, session.id)
    message = _refused_then_shown(
        qtbot, demo_window, tmp_path, f"&Show the meeting of {session_label(session.starts_at)}"
    )
    assert ": summary, 22,000 characters (at most 20,000)" in message
    editor = _sessions(demo_window).editor
    assert editor is not None and editor.isVisible() and editor.session.id == session.id
    assert editor.summary_edit.toPlainText() == LONG  # whole, nothing cut
    assert editor.summary_edit.status.notice.text() == (
        "This text is over its limit of 20,000 characters: remove 2,000 characters to save it."
    )


def test_an_agenda_item_too_long_opens_its_meeting_on_it(qtbot, demo_window, tmp_path) -> None:
    group = demo_window.ctx.group
    session = next(s for s in group.sessions.sessions() if group.sessions.agenda(s.id))
    item = group.sessions.agenda(session.id)[-1]
    _plant(demo_window, "UPDATE agenda_items SET notes = ? WHERE id = ?", LONG, item.id)
    message = _refused_then_shown(qtbot, demo_window, tmp_path, f"&Show “{item.title}”")
    assert f"• Sessions, the agenda item “{item.title}”: notes, 22,000 characters" in message
    editor = _sessions(demo_window).editor
    assert editor is not None and editor.isVisible() and editor.session.id == session.id
    assert editor.error_label.text() == (
        "An agenda item is over its limit of 20,000 characters: remove 2,000 characters from "
        "it to save the meeting."
    )
    cell = editor.agenda.table.currentIndex()
    assert cell.row() == len(group.sessions.agenda(session.id)) - 1
    assert cell.data(Qt.ItemDataRole.EditRole) == LONG  # open on it, whole


def test_a_format_too_long_is_chosen_in_the_formats(qtbot, demo_window, tmp_path) -> None:
    group = demo_window.ctx.group
    template = group.sessions.templates()[-1]
    _plant(demo_window, "UPDATE templates SET name = ? WHERE id = ?", "F" * 230, template.id)
    message = _refused_then_shown(qtbot, demo_window, tmp_path, f"&Show “{'F' * 39}…”")
    assert ": name, 230 characters (at most 200)" in message
    dialog = _sessions(demo_window).formats_dialog
    assert dialog.isVisible() and dialog.chosen_id() == template.id
    assert dialog.over_label.isVisible() and dialog.over_label.text() == (
        "This format's name is over its limit of 200 characters: remove 30 characters from it "
        "with Rename."
    )
    # Said of the format chosen: another one, or this one renamed, says nothing more.
    dialog.list.setCurrentRow(0 if dialog.list.currentRow() else 1)
    assert not dialog.over_label.isVisible()
    dialog.reload(template.id)
    assert dialog.over_label.isVisible()
    dialog.rename("Format court")
    assert dialog.chosen_id() == template.id and not dialog.over_label.isVisible()


def test_a_format_item_too_long_says_how_to_shorten_it(qtbot, demo_window, tmp_path) -> None:
    group = demo_window.ctx.group
    template = next(t for t in group.sessions.templates() if group.sessions.template_items(t.id))
    item = group.sessions.template_items(template.id)[0]
    _plant(demo_window, "UPDATE template_items SET notes = ? WHERE id = ?", LONG, item.id)
    message = _refused_then_shown(qtbot, demo_window, tmp_path, f"&Show “{item.title}”")
    assert f"• Sessions, Formats, the item “{item.title}”: notes, 22,000 characters" in message
    dialog = _sessions(demo_window).formats_dialog
    assert dialog.isVisible() and dialog.chosen_id() == template.id
    assert dialog.over_label.text().startswith(
        "An agenda item of this format is over its limit of 20,000 characters: start a session "
        "from this format, remove 2,000 characters from the item there"
    )
