"""Attendance by its name wherever a host looks for it, rows and errors that follow the typing at
once, and a series that never doubles a meeting."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.recurrence import Frequency
from tests.helpers import type_text
from tests.helpers.windows import shown, wait_shown
from ui.roster.checkin import CheckInDialog
from ui.roster.member_model import PSEUDONYM

LEFT = Qt.MouseButton.LeftButton


def _plain(text: str) -> str:
    return text.replace("&", "")


def _attendance_buttons(group_screen):
    screens = group_screen.screens
    return screens["members"].checkin_button, screens["sessions"].attendance_button


@pytest.mark.parametrize(
    ("lang", "name"), [("en", "Take attendance"), ("fr", "Prendre les présences")]
)
def test_one_name_for_attendance_everywhere(qtbot, group_screen, lang: str, name: str) -> None:
    group_screen.ctx.translations.apply(lang)
    members_button, sessions_button = _attendance_buttons(group_screen)
    # The language change reaches each screen through its own event: wait for both.
    qtbot.waitUntil(
        lambda: _plain(members_button.text()) == _plain(sessions_button.text()) == f"{name}…"
    )
    group_screen.show_area("sessions")
    sessions = group_screen.screens["sessions"]
    qtbot.mouseClick(sessions.run_button, LEFT)
    live = sessions.live
    qtbot.waitExposed(live)
    assert _plain(live.checkin_button.text()) == f"{name}…"
    qtbot.mouseClick(live.checkin_button, LEFT)
    dialog = wait_shown(qtbot, CheckInDialog)
    assert dialog.windowTitle() == name and dialog.session_id == live.session.id
    dialog.reject()
    live.reject()


def test_members_and_sessions_open_attendance_for_the_meeting_shown(qtbot, group_screen) -> None:
    group_screen.show_area("members")
    members = group_screen.screens["members"]
    assert members.session_label.text() == "Meeting:"
    assert members.session_label.buddy() is members.session_combo
    today = datetime.now().strftime("%Y-%m-%d")
    chosen = members.group.sessions.get(str(members.session_combo.currentData()))
    assert chosen is not None and chosen.starts_at[:10] >= today  # today's, or the next one
    qtbot.mouseClick(members.checkin_button, LEFT)
    dialog = wait_shown(qtbot, CheckInDialog)
    assert dialog.session_id == chosen.id
    dialog.reject()
    qtbot.waitUntil(lambda: not shown(CheckInDialog))

    group_screen.show_area("sessions")
    sessions = group_screen.screens["sessions"]
    selected = sessions.selected()
    qtbot.mouseClick(sessions.attendance_button, LEFT)
    dialog = wait_shown(qtbot, CheckInDialog)
    assert dialog.session_id == selected.id
    dialog.reject()


def _new_member(qtbot, one_screen, pseudonym: str, email: str = ""):
    """Members → New member, typed in, saved; the Members screen."""
    from ui.roster.members_screen import MembersScreen

    members = one_screen(MembersScreen)
    qtbot.mouseClick(members.new_button, LEFT)
    type_text(members.form.pseudonym_edit, pseudonym)
    if email:
        type_text(members.form.email_edit, email)
    members.form.submit()
    return members


def test_a_new_member_is_sorted_into_place_at_once(qtbot, one_screen) -> None:
    members = _new_member(qtbot, one_screen, "Aaron")
    shown_names = [
        members.proxy.index(row, PSEUDONYM).data() for row in range(members.proxy.rowCount())
    ]
    assert shown_names[0] == "Aaron"  # sorted by pseudonym: first, not at the bottom
    assert shown_names == sorted(shown_names, key=str.casefold)
    assert members.proxy.index(members.table.currentIndex().row(), PSEUDONYM).data() == "Aaron"


def test_the_member_form_clears_its_error_once_fixed(qtbot, one_screen) -> None:
    members = _new_member(qtbot, one_screen, "Bérénice", "berenice-at-home")
    message = members.form.message_label
    assert message.isVisible() and "email address" in message.text()
    type_text(members.form.email_edit, "@example.org")
    assert not message.isVisible()


def test_the_resource_editor_clears_the_missing_title_error(qtbot, ui_ctx, demo_group) -> None:
    from ui.resources.editor import ResourceEditor

    editor = ResourceEditor(ui_ctx, demo_group, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.save()
    assert editor.error_label.isVisible()
    type_text(editor.title_edit, "Ligne d'écoute")
    assert not editor.error_label.isVisible()


def test_plan_a_series_skips_the_dates_that_already_have_a_meeting(qtbot, one_screen) -> None:
    from ui.sessions.sessions_screen import SessionsScreen

    sessions = one_screen(SessionsScreen)
    service = sessions.group.sessions
    existing = [s for s in service.sessions() if s.starts_at[:10] > date.today().isoformat()]
    first = min(existing, key=lambda s: s.starts_at)
    taken = {s.starts_at[:10] for s in service.sessions() if s.status != "cancelled"}
    before = len(service.sessions())
    dialog = sessions.open_series()
    dialog.first_edit.setDateTime(QDateTime.fromString(first.starts_at, "yyyy-MM-ddTHH:mm"))
    dialog.frequency_combo.setCurrentIndex(dialog.frequency_combo.findData(Frequency.WEEKLY.value))
    dialog.count_spin.setValue(6)
    planned = [d.isoformat() for d in _dates(dialog)]
    doubled = [d for d in planned if d in taken]
    assert doubled and len(doubled) < len(planned)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    box = wait_shown(qtbot, QMessageBox)
    assert box.text() == f"{len(planned) - len(doubled)} sessions planned."
    assert str(date.fromisoformat(doubled[0]).year) in box.informativeText()
    assert box.informativeText().startswith("Skipped, because a meeting is already planned")
    box.accept()
    assert len(service.sessions()) == before + len(planned) - len(doubled)
    days = [s.starts_at[:10] for s in service.sessions() if s.status != "cancelled"]
    assert len(days) == len(set(days))  # no day holds two meetings


def _dates(dialog):
    from app.recurrence import dates

    return dates(dialog.rule())
