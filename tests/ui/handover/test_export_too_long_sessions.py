"""Show “…” after an export refused for a text over its cap reaches a meeting, its agenda, a
format and a read-aloud text too: each opens where it is edited, on the field that is over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import demo
from app.model import ItemKind
from tests.helpers import beside
from tests.helpers.wizards import next_page
from ui.common.refusal import meeting_date
from ui.handover.export_wizard import ExportWizard
from ui.main_window import MainWindow

LONG = "Très long. " * 2_000  # 22,000 characters; a summary or notes hold 20,000


def _plant(window: MainWindow, sql: str, *args: object) -> None:
    """As an older Cercle wrote it, under the services."""
    with beside(window.ctx.group, demo.DEMO_PASSPHRASE) as db, db.transaction():
        db.execute(sql, args)
    window.group_screen.screens["sessions"].reload()  # read before it was planted


def _refused_then_shown(qtbot: QtBot, window: MainWindow, tmp_path: Path, button: str) -> str:
    """The export refused, Show clicked: the wizard's message."""
    wizard = ExportWizard(window.ctx, window.ctx.group, window)
    wizard.show()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wizard.destination_page.file_field.edit.setText(str(tmp_path / "g.cercle"))
    next_page(qtbot, wizard)
    page = wizard.write_page
    qtbot.waitUntil(page.error_label.isVisible, timeout=20_000)
    assert not list(tmp_path.glob("g.cercle*"))
    assert page.show_button.isVisible() and page.show_button.text() == button
    message = page.error_label.text()
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    screen = window.group_screen.screens["sessions"]
    assert window.group_screen.stack.currentWidget() is screen
    return message


def test_a_meeting_summary_too_long_opens_its_editor(qtbot, demo_window, tmp_path) -> None:
    group = demo_window.ctx.group
    session = group.sessions.sessions()[0]
    _plant(demo_window, "UPDATE sessions SET summary = ? WHERE id = ?", LONG, session.id)
    message = _refused_then_shown(
        qtbot, demo_window, tmp_path, f"&Show the meeting of {meeting_date(session.starts_at)}"
    )
    assert ": summary, 22,000 characters (at most 20,000)" in message
    editor = demo_window.group_screen.screens["sessions"].editor
    assert editor is not None and editor.isVisible() and editor.session.id == session.id
    assert editor.summary_edit.toPlainText() == LONG  # whole, nothing cut
    assert editor.summary_edit.status.notice.text() == (
        "This text is over its limit of 20,000 characters: remove 2,000 characters to save it."
    )
