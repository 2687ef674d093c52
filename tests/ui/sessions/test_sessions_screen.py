"""The Sessions screen, driven as a host would."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.model import SessionStatus
from tests.helpers import answer_box, answer_box_with, answer_by_keys, type_text
from ui.common.models import OBJECT_ROLE
from ui.sessions.session_model import SessionFilterProxy, SessionRow, SessionTableModel


def test_models_pass_the_model_tester(qtmodeltester, demo_group) -> None:
    model = SessionTableModel()
    model.set_rows([SessionRow(s, 3) for s in demo_group.sessions.sessions()])
    qtmodeltester.check(model)
    proxy = SessionFilterProxy(date.today().isoformat(), upcoming=False)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() > 0


def test_lists_upcoming_and_past_with_status_in_words(sessions_screen, demo_group) -> None:
    screen = sessions_screen
    today = date.today().isoformat()
    past = [s for s in demo_group.sessions.sessions() if s.starts_at < today]
    screen.tabs.setCurrentIndex(1)  # the past list gets its rows after the first paint at latest
    assert screen.past_table.model() is screen.past
    assert screen.past.rowCount() == len(past)
    assert screen.upcoming.rowCount() == len(demo_group.sessions.sessions()) - len(past)
    statuses = {
        screen.past.index(r, SessionTableModel.STATUS).data() for r in range(screen.past.rowCount())
    }
    assert statuses <= {"Planned", "Held", "Cancelled"} and "Held" in statuses
    newest = screen.past.index(0, 0).data(OBJECT_ROLE)
    assert newest.starts_at == max(s.starts_at for s in past)
    # The number present has its tooltip, and no alignment of its own: the table draws it
    # mid-height like the other cells (the tooltip answered for the alignment put it at the top).
    present = screen.past.index(0, SessionTableModel.ATTENDANCE)
    assert present.data(Qt.ItemDataRole.ToolTipRole).endswith("marked present")
    assert present.data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_create_a_monthly_series_from_a_format(qtbot, sessions_screen, demo_group) -> None:
    screen = sessions_screen
    before = len(demo_group.sessions.sessions())
    qtbot.mouseClick(screen.series_button, Qt.MouseButton.LeftButton)
    dialog = screen.series_dialog
    first = QDate.currentDate().addYears(1)
    first = QDate(first.year(), 3, 1)
    while first.dayOfWeek() != 2:  # the first Tuesday of March next year
        first = first.addDays(1)
    dialog.first_edit.setDate(first)
    dialog.frequency_combo.setCurrentIndex(2)
    assert "first" in dialog.frequency_combo.currentText()
    dialog.count_spin.setValue(3)
    assert dialog.preview_label.text().startswith("3 sessions")
    assert dialog.template_combo.currentText()  # a starter format is proposed
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    sessions = demo_group.sessions.sessions()
    assert len(sessions) == before + 3
    created = [
        s
        for s in sessions
        if s.starts_at.startswith(f"{first.year()}-0") and s.starts_at[5:7] in ("03", "04", "05")
    ]
    assert len(created) == 3
    days = [date.fromisoformat(s.starts_at[:10]) for s in created]
    assert all(d.weekday() == 1 and d.day <= 7 for d in days)
    assert len(demo_group.sessions.agenda(created[0].id)) == 6
    assert screen.selected() is not None and screen.selected().id == created[0].id


def test_cancel_and_delete_ask_first(qtbot, sessions_screen, demo_group) -> None:
    screen = sessions_screen
    screen.tabs.setCurrentIndex(0)
    screen.upcoming_table.setCurrentIndex(screen.upcoming.index(0, 0))
    session = screen.selected()
    answer_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert demo_group.sessions.get(session.id).status == SessionStatus.CANCELLED
    assert not screen.cancel_button.isEnabled()
    answer_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert demo_group.sessions.get(session.id) is not None
    screen.select(session.id)
    answer_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert demo_group.sessions.get(session.id) is None


def test_duplicate_opens_the_copy_a_week_later(qtbot, sessions_screen, demo_group) -> None:
    screen = sessions_screen
    screen.tabs.setCurrentIndex(1)
    screen.past_table.setCurrentIndex(screen.past.index(0, 0))
    original = screen.selected()
    qtbot.mouseClick(screen.duplicate_button, Qt.MouseButton.LeftButton)
    editor = screen.editor
    assert editor is not None and editor.isVisible()
    copy = editor.session
    assert copy.id != original.id and copy.theme == original.theme
    assert copy.starts_at[:10] > date.today().isoformat()
    assert (
        date.fromisoformat(copy.starts_at[:10]).weekday()
        == date.fromisoformat(original.starts_at[:10]).weekday()
    )
    type_text(editor.place_edit, " — salle B")
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert demo_group.sessions.get(copy.id).place.endswith("salle B")
    assert date.today() + timedelta(days=1) <= date.fromisoformat(copy.starts_at[:10])


def test_a_new_session_is_for_the_evening_after_the_context_s_today(qtbot, sessions_screen) -> None:
    sessions_screen.ctx.today = lambda: date(2031, 5, 6)
    qtbot.mouseClick(sessions_screen.new_button, Qt.MouseButton.LeftButton)
    editor = sessions_screen.editor
    assert editor.starts_edit.dateTime().toPython() == datetime(2031, 5, 7, 19, 0)
    editor.reject()


def test_new_session_then_run_it_from_the_screen(qtbot, sessions_screen, demo_group) -> None:
    screen = sessions_screen
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    editor = screen.editor
    assert editor.starts_edit.date().toPython() == date.today() + timedelta(days=1)
    type_text(editor.theme_edit, "Prendre soin de soi")
    answer_box(QMessageBox.StandardButton.Ok)  # running with no agenda is refused, kindly
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert screen.selected().theme == "Prendre soin de soi"
    assert screen.tabs.currentIndex() == 0
    assert screen.run_selected() is None

    editor = screen.edit_selected()
    editor.model.add_item(0, "welcome", "Accueil", 10)
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert "Accueil" in screen.panel.label.text()
    qtbot.mouseClick(screen.run_button, Qt.MouseButton.LeftButton)
    assert screen.live is not None and screen.live.isVisible()
    assert screen.live.title_label.text() == "Accueil"
    answer_box_with("Leave")
    qtbot.keyClick(screen.live, Qt.Key.Key_Escape)
    assert not screen.live.isVisible()


def test_locking_closes_the_editor_and_the_live_view(qtbot, sessions_screen, ui_ctx) -> None:
    screen = sessions_screen
    screen.tabs.setCurrentIndex(1)
    screen.past_table.setCurrentIndex(screen.past.index(0, 0))
    editor = screen.edit_selected()
    live = screen.run_selected()
    assert editor.isVisible() and live.isVisible()
    ui_ctx.keeping_for_unlock.emit()
    assert not editor.isVisible() and not live.isVisible()
    assert not ui_ctx.autolock_inhibited


def test_series_dialog_names_the_fifth_weekday_and_stops_at_the_end_date(qtbot, ui_ctx) -> None:
    from PySide6.QtCore import QDateTime, QPoint, QTime

    from ui.sessions.recurrence_dialog import RecurrenceDialog

    dialog = RecurrenceDialog([], QDateTime(QDate(2026, 3, 31), QTime(19, 0)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.frequency_combo.setCurrentIndex(2)
    assert dialog.frequency_combo.currentText() == "Every month, on the fifth Tuesday"
    radio = dialog.until_radio  # a radio button takes clicks on its circle and text only
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    dialog.until_edit.setDate(QDate(2026, 12, 1))
    assert not dialog.count_spin.isEnabled()
    assert dialog.preview_label.text() == "3 sessions: 31/03/2026, 30/06/2026, 29/09/2026"
    dialog.until_edit.setDate(QDate(2026, 3, 1))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_past_list_fills_after_the_first_paint(qtbot, sessions_screen) -> None:
    """Ten years of past meetings are measured for their columns after the area shows, not
    before: the host sees the upcoming list first, and the past one is ready without a click."""
    screen = sessions_screen
    assert screen.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: screen.past_table.model() is screen.past)
    assert screen.past.rowCount() > 0


def test_the_columns_still_fill_the_table_after_a_language_switch(
    qtbot, ui_ctx, sessions_screen
) -> None:
    """The theme takes the room the others leave. Switched to French, the status column
    narrows: Qt says so before it stores the new width, and the theme
    measured then, with the old one, left a strip of empty table on the right."""
    screen = sessions_screen
    table, header = screen.upcoming_table, screen.upcoming_table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())
    statuses = header.sectionSize(SessionTableModel.STATUS)
    ui_ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: header.sectionSize(SessionTableModel.STATUS) != statuses)
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())


def test_the_meeting_in_progress_can_be_neither_edited_nor_deleted(
    qtbot, sessions_screen, demo_group
) -> None:
    """The meeting window is not modal: deleted from the main window, its session left the
    meeting unable to end (a KeyError in the event loop); edited, it carried on an old agenda."""
    screen = sessions_screen
    live = screen.run_selected()
    running = live.session
    assert screen.selected().id == running.id
    for button in (screen.edit_button, screen.delete_button, screen.cancel_button):
        assert not button.isEnabled()
    assert screen.delete_button.toolTip() == screen.panel.in_progress_text()
    assert screen.panel.in_progress_text() in screen.panel.label.text()
    # The keys that do not go through the buttons are refused too, and say why.
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.upcoming_table.setFocus()
    asked = answer_by_keys(Qt.Key.Key_Return)
    qtbot.keyClick(screen.upcoming_table, Qt.Key.Key_Delete)
    assert asked == [screen.panel.in_progress_text()]
    assert demo_group.sessions.get(running.id) is not None
    asked = answer_by_keys(Qt.Key.Key_Return)
    screen.upcoming_table.activated.emit(screen.upcoming_table.currentIndex())
    assert asked == [screen.panel.in_progress_text()] and screen.editor is None
    # Another meeting stays editable while this one runs.
    screen.upcoming_table.setCurrentIndex(screen.upcoming.index(1, 0))
    assert screen.edit_button.isEnabled() and screen.delete_button.isEnabled()
    assert not screen.delete_button.toolTip()
    answer_box_with("Leave")
    qtbot.keyClick(live, Qt.Key.Key_Escape)
    screen.select(running.id)
    assert screen.delete_button.isEnabled()
    assert screen.panel.in_progress_text() not in screen.panel.label.text()


def test_a_meeting_whose_session_was_deleted_under_it_ends_with_a_plain_message(
    qtbot, sessions_screen, demo_group
) -> None:
    """Deleted from elsewhere (a co-host's file merged in): End says so and closes the window,
    with no error escaping into Qt's event loop; Leave too."""
    screen = sessions_screen
    for leave in (False, True):
        screen.upcoming_table.setCurrentIndex(screen.upcoming.index(0, 0))
        live = screen.run_selected()
        demo_group.sessions.delete(live.session.id)
        while not live.run.is_last:
            qtbot.keyClick(live, Qt.Key.Key_Right)
        live.checkout_panel.spins["good"].setValue(4)  # nowhere left to keep them
        if leave:
            answer_box_with("Leave")
        else:
            answer_box(QMessageBox.StandardButton.Yes)
        asked = answer_by_keys(Qt.Key.Key_Return)
        qtbot.keyClick(live, Qt.Key.Key_Escape if leave else Qt.Key.Key_Right)
        assert not live.isVisible()
        assert asked and "deleted while it ran" in asked[0]
        assert not live.in_progress and not live.finished_meeting
