"""A write that fails during a save (full disk) is told in plain words, never raised into Qt's
event loop, and leaves nothing half-written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.errors import DiskFull
from app.model import SessionStatus
from tests.helpers import answer_box, answer_text, type_text
from tests.helpers.faults import close_next_box
from tests.helpers.screens import members_screen
from tests.helpers.wizards import open_export
from ui.common.messages import error_message
from ui.sessions.templates_dialog import TemplatesDialog

FULL = "The disk is full"


def _warned_after_yes(qtbot, ask) -> str:
    """Answer Yes to the question ask() puts, and return the warning that follows."""
    seen: list[str] = []
    answer_box(QMessageBox.StandardButton.Yes)
    close_next_box(seen)
    ask()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def _planned(group):
    return next(s for s in group.sessions.sessions() if s.status == SessionStatus.PLANNED)


def test_member_save_on_a_full_disk_says_so_and_adds_nobody(
    qtbot, ui_ctx, demo_group, full_disk
) -> None:
    screen = members_screen(qtbot, ui_ctx, demo_group)
    before = len(demo_group.roster.members())
    screen.new_member()
    type_text(screen.form.pseudonym_edit, "Zoé")
    full_disk(demo_group)
    qtbot.mouseClick(screen.form.save_button, Qt.MouseButton.LeftButton)
    assert screen.feedback_label.text() == error_message(DiskFull("x"))
    assert not screen.undo_stack.canUndo()  # a failed save is not an undoable step
    assert len(demo_group.roster.members()) == before
    assert screen.form.pseudonym_edit.text() == "Zoé"  # the typing is kept to try again


def test_member_edit_on_a_full_disk_keeps_the_stored_member(
    qtbot, ui_ctx, demo_group, full_disk
) -> None:
    screen = members_screen(qtbot, ui_ctx, demo_group)
    screen.table.selectRow(0)
    member = screen.form.member
    assert member is not None
    full_disk(demo_group)
    screen.toggle_inactive()
    assert FULL in screen.feedback_label.text()
    assert demo_group.roster.member(member.id).active == member.active
    assert not screen.undo_stack.canUndo()


def test_session_cancel_and_delete_on_a_full_disk(
    qtbot, sessions_screen, demo_group, full_disk
) -> None:
    screen = sessions_screen
    session = _planned(demo_group)
    assert screen.select(session.id)
    full_disk(demo_group)
    seen = [
        _warned_after_yes(qtbot, screen.ask_cancel),
        _warned_after_yes(qtbot, screen.ask_delete),
    ]
    assert all(FULL in text for text in seen)
    stored = [s for s in demo_group.sessions.sessions() if s.id == session.id]
    assert stored and stored[0].status == session.status != SessionStatus.CANCELLED


def test_format_rename_and_delete_on_a_full_disk(qtbot, ui_ctx, demo_group, full_disk) -> None:
    dialog = TemplatesDialog(demo_group)
    qtbot.addWidget(dialog)
    names = [t.name for t in demo_group.sessions.templates()]
    assert names
    full_disk(demo_group)
    seen: list[str] = []
    close_next_box(seen)
    dialog.rename("Nouveau nom")
    qtbot.waitUntil(lambda: bool(seen))
    seen.append(_warned_after_yes(qtbot, dialog.ask_delete))
    assert all(FULL in text for text in seen)
    assert [t.name for t in demo_group.sessions.templates()] == names


def test_save_as_format_on_a_full_disk(qtbot, sessions_screen, demo_group, full_disk) -> None:
    screen = sessions_screen
    assert screen.select(_planned(demo_group).id)
    editor = screen.edit_selected()
    count = len(demo_group.sessions.templates())
    full_disk(demo_group)
    answer_text("Format du mardi")
    editor.ask_save_as_template()
    assert FULL in editor.error_label.text()
    assert len(demo_group.sessions.templates()) == count


def test_checkin_tick_and_guests_on_a_full_disk(qtbot, ui_ctx, demo_group, full_disk) -> None:
    from ui.roster.checkin import CheckInDialog

    session = _planned(demo_group)
    ui_ctx.group = demo_group
    dialog = CheckInDialog(ui_ctx, demo_group, session.id)
    qtbot.addWidget(dialog)
    dialog.show()
    present = set(demo_group.roster.present_member_ids(session.id))
    guests = demo_group.roster.guest_count(session.id)
    full_disk(demo_group)
    index = dialog.model.index(0, 0)
    state = index.data(Qt.ItemDataRole.CheckStateRole)
    flipped = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
    assert not dialog.model.setData(index, flipped.value, Qt.ItemDataRole.CheckStateRole)
    assert FULL in dialog.message_label.text()
    assert index.data(Qt.ItemDataRole.CheckStateRole) == state  # the tick shows the truth
    dialog.message_label.clear()
    dialog.guests_spin.setValue(guests + 3)
    assert FULL in dialog.message_label.text()
    assert dialog.guests_spin.value() == guests
    assert set(demo_group.roster.present_member_ids(session.id)) == present
    assert demo_group.roster.guest_count(session.id) == guests


def test_ending_a_meeting_on_a_full_disk_keeps_it_open(
    qtbot, ui_ctx, demo_group, fake_clock, full_disk
) -> None:
    from ui.sessions.live_view import LiveView

    session = _planned(demo_group)
    view = LiveView(ui_ctx, demo_group, session, clock=fake_clock)
    qtbot.addWidget(view)
    view.show()
    full_disk(demo_group)
    seen: list[str] = []
    close_next_box(seen)
    view.finish()
    qtbot.waitUntil(lambda: bool(seen))
    assert FULL in seen[0]
    assert view.isVisible() and not view.finished_meeting
    stored = next(s for s in demo_group.sessions.sessions() if s.id == session.id)
    assert stored.status == session.status == SessionStatus.PLANNED


def test_csv_import_failing_half_way_adds_nobody(qtbot, ui_ctx, demo_group, full_disk) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.roster.import_dialog import CsvImportDialog

    data = "Pseudo,Mail\nZoé,zoe@example.org\nAnaïs,\nLéon,\n".encode()
    before = {m.pseudonym for m in demo_group.roster.members()}
    ui_ctx.group = demo_group
    dialog = CsvImportDialog(ui_ctx, demo_group, data)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None)  # read in the worker
    full_disk(demo_group, after=1)  # the first member is written, the second is refused
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: FULL in dialog.summary_label.text())  # written in the worker
    assert dialog.isVisible()
    assert {m.pseudonym for m in demo_group.roster.members()} == before


def test_resource_save_on_a_full_disk_keeps_the_editor_open(
    qtbot, ui_ctx, fresh_group, full_disk
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.resources.editor import ResourceEditor

    count = len(fresh_group.resources.resources())
    editor = ResourceEditor(ui_ctx, fresh_group, None)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.title_edit, "Café des aidants")
    full_disk(fresh_group)
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.saved is None and editor.isVisible()
    assert FULL in editor.error_label.text()
    assert len(fresh_group.resources.resources()) == count


def test_preferences_on_a_full_disk_stay_open_and_unchanged(qtbot, ui_ctx, monkeypatch) -> None:
    import errno

    from ui.settings.preferences_dialog import PreferencesDialog

    before = ui_ctx.prefs
    dialog = PreferencesDialog(ui_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.autolock_spin.setValue(before.autolock_minutes + 5)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ui_ctx.preference_store, "save", full)
    seen: list[str] = []
    close_next_box(seen)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(seen))
    assert "not full" in seen[0] or FULL in seen[0]
    assert dialog.isVisible()
    assert ui_ctx.prefs == before


def test_agenda_pdf_that_cannot_be_written_says_so(
    qtbot, sessions_screen, demo_group, tmp_path, qtlog
) -> None:
    """QPdfWriter fails silently (a folder gone, a USB stick pulled out): the host must know."""
    screen = sessions_screen
    assert screen.select(_planned(demo_group).id)
    target = tmp_path / "gone" / "agenda.pdf"
    seen: list[str] = []
    close_next_box(seen)
    with qtlog.disabled():  # Qt's own "QPdfWriter/QPainter could not begin" line
        assert not screen.print_menu.save_pdf("agenda", screen.selected(), target)
    qtbot.waitUntil(lambda: bool(seen))
    assert "could not be read or written" in seen[0]
    assert not target.exists() and not list(tmp_path.rglob("*.partial"))


def test_handover_letter_that_cannot_be_written_raises_oserror(qapp, tmp_path, qtlog) -> None:
    import pytest

    from ui.handover.letter import write_passphrase_sheet

    with qtlog.disabled(), pytest.raises(OSError):
        write_passphrase_sheet(tmp_path / "gone" / "sheet.pdf", "secret words here", "ABCD")


def test_passphrase_sheet_that_cannot_be_written_says_so(
    qtbot, wizards, ui_ctx, demo_group, tmp_path, qtlog
) -> None:
    from types import SimpleNamespace

    ui_ctx.group = demo_group
    wizard = open_export(wizards, ui_ctx, demo_group)
    # The sheet reads only the manifest's code: no bundle needs writing for this failure.
    wizard.write_page.manifest = SimpleNamespace(code="ABCD-EFGH")  # type: ignore[assignment]
    seen: list[str] = []
    close_next_box(seen)
    with qtlog.disabled():
        wizard.write_page.save_sheet(tmp_path / "gone" / "passphrase.pdf")
    qtbot.waitUntil(lambda: bool(seen))
    assert "could not be read or written" in seen[0]


def test_session_save_refused_half_way_keeps_session_and_agenda(
    qtbot, sessions_screen, demo_group, full_disk
) -> None:
    screen = sessions_screen
    session = next(
        s
        for s in demo_group.sessions.sessions()
        if s.status == SessionStatus.PLANNED and demo_group.sessions.agenda(s.id)
    )
    assert screen.select(session.id)
    agenda = demo_group.sessions.agenda(session.id)
    editor = screen.edit_selected()
    editor.theme_edit.clear()
    type_text(editor.theme_edit, "Thème changé")
    full_disk(demo_group, after=1)  # the session row is written, its agenda is refused
    editor.save()
    assert FULL in editor.error_label.text() and editor.isVisible()
    stored = next(s for s in demo_group.sessions.sessions() if s.id == session.id)
    assert stored.theme == session.theme
    assert demo_group.sessions.agenda(session.id) == agenda
