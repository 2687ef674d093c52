"""A year typed at its limit in every date field: the field keeps to the days the handover gate
takes (storage/domain.py), so what the host saves is never refused at the next handover, and a
series planned from the calendar's last year no longer runs off it (an exception in the preview)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from app.model import Member, Session
from storage.domain import field_problem
from ui.roster.member_form import MemberForm
from ui.sessions.recurrence_dialog import RecurrenceDialog
from ui.sessions.session_editor import SessionEditor

YEARS = ("9999", "1800")
Section = QDateTimeEdit.Section


def _type_year(qtbot: QtBot, edit: QDateTimeEdit, year: str) -> None:
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(edit, year)


def test_a_meeting_s_year_typed_at_the_limit_is_one_the_gate_takes(qtbot, demo_group) -> None:
    for year in YEARS:
        editor = SessionEditor(demo_group, Session("2027-01-12T19:00", 60), [])
        qtbot.addWidget(editor)
        editor.show()
        _type_year(qtbot, editor.starts_edit, year)
        editor.save()
        assert not editor.isVisible()
        assert field_problem("sessions", "starts_at", editor.session.starts_at) is None


def test_a_meeting_stored_outside_the_range_keeps_its_day(qtbot, demo_group) -> None:
    """From a vault older than the gate: shown, and saved, as it is."""
    editor = SessionEditor(demo_group, Session("1965-05-04T19:00", 60), [])
    qtbot.addWidget(editor)
    assert editor.starts_edit.date() == QDate(1965, 5, 4)


def test_a_series_from_the_last_year_stays_on_the_calendar(qtbot, ui_ctx) -> None:
    dialog = RecurrenceDialog([], QDateTime(QDate(2026, 3, 31), QTime(19, 0)))
    qtbot.addWidget(dialog)
    dialog.show()
    for year in YEARS:
        _type_year(qtbot, dialog.first_edit, year)
        for frequency in range(dialog.frequency_combo.count()):
            dialog.frequency_combo.setCurrentIndex(frequency)  # each previewed
            first = dialog.rule().first.isoformat() + "T19:00"
            assert field_problem("sessions", "starts_at", first) is None


def test_a_member_s_dates_typed_at_the_limit_are_ones_the_gate_takes(qtbot, ui_ctx) -> None:
    form = MemberForm()
    qtbot.addWidget(form)
    form.load(Member("Zoé", joined_on="2025-03-02", consent_recorded_on="2025-03-02"))
    form.show()
    for year in YEARS:
        _type_year(qtbot, form.joined_edit, year)
        _type_year(qtbot, form.consent_date_edit, year)
        member = form.edited()
        for column in ("joined_on", "consent_recorded_on"):
            assert field_problem("members", column, getattr(member, column)) is None


def test_a_report_range_typed_to_the_calendar_s_end_is_reported(qtbot, ui_ctx, fresh_group) -> None:
    """The day after 31 December 9999, which the report's bounds and months asked for, was an
    exception out of the period's signal: the report stayed on the previous period."""
    from ui.reports.reports_screen import ReportsScreen

    screen = ReportsScreen(ui_ctx, fresh_group)
    qtbot.addWidget(screen)
    screen.show()
    bar = screen.period_bar
    bar.kind.setCurrentIndex(3)  # From… to…
    for edit in (bar.first, bar.last):
        for section, digits in ((Section.YearSection, "9999"), (Section.MonthSection, "12")):
            edit.setFocus()
            edit.setSelectedSection(section)
            qtbot.keyClicks(edit, digits)
        edit.setSelectedSection(Section.DaySection)
        qtbot.keyClicks(edit, "31")
    period = bar.period()
    assert period.last.year < 9999
