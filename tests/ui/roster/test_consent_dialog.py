"""The host records and renews a member's consents from Members: the date given, the wording
read, the renewal date; expired ones are marked in the roster; a bad pair of dates is refused
with a sentence and nothing is written."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.consent import WORDING_VERSION, Consent, ConsentInvalid, ConsentState
from app.model import Member, Purpose
from tests.helpers.screens import members_screen
from ui.roster.consent_dialog import ConsentDialog
from ui.roster.members_screen import MembersScreen

TODAY = date.today()


@pytest.fixture(autouse=True)
def _the_day_of_collection(ui_ctx) -> None:
    """The app's day is the tests' TODAY: a run across midnight recorded the renewal on the
    next day, against a TODAY taken the day before."""
    ui_ctx.today = lambda: TODAY


def _row(screen: MembersScreen, name: str):
    for r in range(screen.proxy.rowCount()):
        index = screen.proxy.index(r, 0)
        if index.data() == name:
            return index
    raise AssertionError(name)


def _answered(group, name: str, *, expired_phone: bool) -> Member:
    member = group.roster.add_member(Member(name, phone="06 12 34 56 78"))
    long_ago = TODAY - timedelta(days=400)
    for purpose in ("contact", "handover"):
        group.consents.record(member.id, purpose, True, TODAY - timedelta(days=3))
    renew = TODAY - timedelta(days=35) if expired_phone else None
    group.consents.record(member.id, "phone_list", True, long_ago, renew)
    return member


def test_an_expired_consent_is_marked_and_renewed_from_the_members_screen(
    qtbot, ui_ctx, fresh_group
) -> None:
    member = _answered(fresh_group, "Inès", expired_phone=True)
    _answered(fresh_group, "Paul", expired_phone=False)
    screen = members_screen(qtbot, ui_ctx, fresh_group)
    ines, paul = _row(screen, "Inès"), _row(screen, "Paul")
    assert "expired" in ines.data(Qt.ItemDataRole.ToolTipRole)
    assert paul.data(Qt.ItemDataRole.ToolTipRole) is None
    marks = {i.data(Qt.ItemDataRole.DecorationRole).cacheKey() for i in (ines, paul)}
    assert len(marks) == 2  # a struck-through ring beside Inès, an empty place beside Paul
    assert [e.pseudonym for e in fresh_group.consents.phone_list(TODAY)] == ["Paul"]

    screen.table.setCurrentIndex(ines)
    qtbot.mouseClick(screen.pane.consents_button, Qt.MouseButton.LeftButton)
    dialog = screen.consent_dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    phone = dialog.cards[Purpose.PHONE_LIST]
    assert phone.state_label.text() == "Expired: no longer holds"
    assert "phone list" in phone.wording_label.text()
    qtbot.mouseClick(phone.renew_button, Qt.MouseButton.LeftButton)
    assert phone.state_label.text() == "Answered"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    renewed = fresh_group.consents.of_member(member.id)["phone_list"]
    assert renewed.given and renewed.recorded_on == TODAY.isoformat()
    assert renewed.wording_version == WORDING_VERSION[Purpose.PHONE_LIST]
    assert renewed.renew_on is not None and renewed.renew_on > TODAY.isoformat()
    assert _row(screen, "Inès").data(Qt.ItemDataRole.ToolTipRole) is None
    assert sorted(e.pseudonym for e in fresh_group.consents.phone_list(TODAY)) == ["Inès", "Paul"]
    assert screen.feedback_label.text() == "Consents saved."


def test_the_member_form_shows_an_expired_consent_as_no_longer_holding(
    qtbot, ui_ctx, fresh_group
) -> None:
    """review21b: the form kept both boxes ticked past the renewal date and said "Not set" for
    a consent recorded in the Consents dialog. It shows what holds today, in words, and a save
    of another field leaves the records as they are."""
    member = fresh_group.roster.add_member(Member("Rose", phone="06 12 34 56 78"))
    given, lapsed = TODAY - timedelta(days=400), TODAY - timedelta(days=35)
    for purpose in (Purpose.CONTACT, Purpose.HANDOVER):
        fresh_group.consents.record(member.id, purpose, True, given, lapsed)
    before = fresh_group.consents.of_member(member.id)
    screen = members_screen(qtbot, ui_ctx, fresh_group)
    screen.table.setCurrentIndex(_row(screen, "Rose"))
    screen.open_form()
    form = screen.form
    for check in (form.consent_contact_check, form.consent_handover_check):
        assert not check.isChecked() and not check.isEnabled()
    assert form.expired_label.isVisible()
    assert form.expired_label.text().count("held until") == 2
    assert form.consent_date_edit.date() == QDate(given.year, given.month, given.day)
    form.phone_edit.setText("06 98 76 54 32")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert fresh_group.roster.member(member.id).phone == "06 98 76 54 32"
    assert fresh_group.consents.of_member(member.id) == before  # still agreed, still expired
    screen.undo_stack.undo()
    assert fresh_group.consents.of_member(member.id) == before
    # Renewed in the Consents dialog, it holds again and the form says so.
    fresh_group.consents.record(member.id, Purpose.CONTACT, True, TODAY)
    screen.table.setCurrentIndex(_row(screen, "Rose"))
    form.load(fresh_group.roster.member(member.id))
    assert form.consent_contact_check.isChecked() and form.consent_contact_check.isEnabled()
    assert form.expired_label.text().count("held until") == 1


def test_an_answer_changed_in_the_form_is_recorded_today_not_on_the_older_answers_day(
    qtbot, ui_ctx, fresh_group
) -> None:
    """The form shows the day of the last answer recorded: ticking a box there gave the new
    answer that day (a consent given now, dated the day it was refused)."""
    today = date.today()
    long_ago = today - timedelta(days=400)
    member = fresh_group.roster.add_member(Member("Rose"))
    fresh_group.consents.record(member.id, Purpose.CONTACT, False, long_ago)
    screen = members_screen(qtbot, ui_ctx, fresh_group)
    screen.table.setCurrentIndex(_row(screen, "Rose"))
    screen.open_form()
    form = screen.form
    stored_day = QDate(long_ago.year, long_ago.month, long_ago.day)
    assert form.consent_date_edit.date() == stored_day
    form.consent_contact_check.setFocus()
    qtbot.keyClick(form.consent_contact_check, Qt.Key.Key_Space)
    assert form.consent_date_edit.date() == QDate.currentDate()
    qtbot.keyClick(form.consent_contact_check, Qt.Key.Key_Space)  # back as it was
    assert form.consent_date_edit.date() == stored_day
    qtbot.keyClick(form.consent_contact_check, Qt.Key.Key_Space)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    stored = fresh_group.consents.of_member(member.id)[Purpose.CONTACT]
    assert stored.given and stored.recorded_on == today.isoformat()


def test_a_renewal_before_the_day_given_is_refused_and_nothing_is_written(
    qtbot, ui_ctx, fresh_group
) -> None:
    member = _answered(fresh_group, "Zoé", expired_phone=False)
    before = fresh_group.consents.of_member(member.id)
    dialog = ConsentDialog(ui_ctx, fresh_group, member)
    qtbot.addWidget(dialog)
    dialog.show()
    contact = dialog.cards[Purpose.CONTACT]
    contact.answer_combo.setCurrentIndex(contact.answer_combo.findData("declined"))
    handover = dialog.cards[Purpose.HANDOVER]
    handover.renew_check.setChecked(True)
    handover.renew_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-10))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "renewal date must come after" in dialog.error_label.text()
    assert fresh_group.consents.of_member(member.id) == before  # not even the contact answer

    handover.renew_check.setChecked(False)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    after = fresh_group.consents.of_member(member.id)
    assert after["contact"].given is False and after["handover"] == before["handover"]
    assert fresh_group.roster.member(member.id).consent_contact is False  # the form's box


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"recorded_on": (TODAY + timedelta(days=3)).isoformat()}, "recorded_on"),
        ({"recorded_on": "2026-02-30"}, "recorded_on"),
        ({"renew_on": "1999-01-01"}, "renew_on"),
        ({"renew_on": (TODAY + timedelta(days=20 * 366)).isoformat()}, "renew_on"),
        ({"wording_version": 0}, "wording_version"),
        ({"wording_version": 99}, "wording_version"),
        ({"purpose": "newsletter"}, "purpose"),
        ({"member_id": "not-an-id"}, "member_id"),
    ],
)
def test_every_field_of_an_answer_is_checked_before_any_is_written(
    fresh_group, change, field
) -> None:
    member = fresh_group.roster.add_member(Member("Léa"))
    good = Consent(member.id, Purpose.CONTACT, True, TODAY.isoformat(), 1, None)
    bad = Consent(**{**good.__dict__, "purpose": "handover", **change})
    with pytest.raises(ConsentInvalid) as refused:
        fresh_group.consents.save_answers([good, bad], TODAY)
    assert field in [f for f, _problem in refused.value.problems]
    assert fresh_group.consents.of_member(member.id) == {}


def test_expired_is_its_own_state_once_the_renewal_date_has_passed(fresh_group) -> None:
    member = _answered(fresh_group, "Tom", expired_phone=True)
    assert fresh_group.consents.needs_asking(TODAY)[member.id] == {ConsentState.EXPIRED}


@pytest.mark.parametrize("text_size", ["large", "very_large"])
def test_the_dialog_fits_a_netbook_in_large_french_with_save_in_view(
    qtbot, ui_ctx, look, demo_group, text_size
) -> None:
    """review21b: it needed 1,173 x 608 pixels in a 1024 x 536 room, Save and Cancel off the
    screen and each card's second row cut. Now the cards scroll above the buttons."""
    from PySide6.QtCore import QSize

    from tests.helpers.layout_walks import fits, open_in

    ui_ctx.group = demo_group
    ui_ctx.translations.apply("fr")
    look(text_size, "light")
    room = QSize(1024, 600 - 64)
    dialog = ConsentDialog(ui_ctx, demo_group, demo_group.roster.members()[0])
    qtbot.addWidget(dialog)
    open_in(dialog, room)
    assert fits(dialog, room, "consents") == []
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.rect().contains(save.geometry().translated(dialog.buttons.pos()))
