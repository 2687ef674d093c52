"""A date field open during a language switch shows its date, and its calendar's month and
day names, in the new language, as one made after the switch would (a widget takes the default
locale only when it is made)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from app.group import OpenGroup
from tests.helpers import switch_language
from ui.context import UiContext
from ui.roster.consent_dialog import ConsentDialog
from ui.roster.member_form import MemberForm


def test_an_open_date_field_and_its_calendar_follow_aswitch_language(
    qtbot: QtBot, ui_ctx: UiContext
) -> None:
    form = MemberForm()
    qtbot.addWidget(form)
    field = form.joined_edit
    calendar = field.calendarWidget()
    assert calendar.locale().monthName(3) == "March"

    switch_language(ui_ctx, "fr")
    assert field.locale().language() == QLocale.Language.French
    assert calendar.locale().monthName(3) == "mars"
    assert calendar.locale().dayName(1, QLocale.FormatType.ShortFormat) == "lun."

    switch_language(ui_ctx, "en")
    assert calendar.locale().monthName(3) == "March"


def test_a_field_in_its_locale_s_format_takes_the_new_one(qtbot: QtBot, ui_ctx: UiContext) -> None:
    long_format = QDateTimeEdit(QDateTime(QDate(2026, 3, 5), QTime(19, 30)))
    qtbot.addWidget(long_format)
    long_format.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
    assert long_format.text() == "Thursday, 5 March 2026"

    switch_language(ui_ctx, "fr")
    french = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    assert long_format.displayFormat() == french
    assert long_format.text() == "jeudi 5 mars 2026"


def test_a_field_with_a_format_of_its_own_keeps_it(
    qtbot: QtBot, ui_ctx: UiContext, demo_group: OpenGroup
) -> None:
    dialog = ConsentDialog(ui_ctx, demo_group, demo_group.roster.members()[0])
    qtbot.addWidget(dialog)
    fields = dialog.findChildren(QDateTimeEdit)
    assert fields and {f.displayFormat() for f in fields} == {"yyyy-MM-dd"}

    switch_language(ui_ctx, "fr")
    assert {f.displayFormat() for f in fields} == {"yyyy-MM-dd"}
    assert {f.locale().language() for f in fields} == {QLocale.Language.French}
