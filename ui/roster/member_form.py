"""The member form beside the table: every field of a member, checked before saving."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.consent import HeldConsents
from app.member_checks import Problem
from app.model import Member, Purpose, Role
from ui.common.capped_line import capped, capped_lines
from ui.common.capped_text import CappedTextEdit, held_back
from ui.common.dates import short_date
from ui.common.forms import translated_row
from ui.common.limits import bounded, keeping
from ui.common.notices import say
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.retranslate import Retranslating, translated_button
from ui.common.shortcuts import bind_keys
from ui.common.unsaved import Unsaved, leave
from ui.roster.consent_words import purpose_name
from ui.roster.member_model import role_label

_NO_DATE = QDate(1900, 1, 1)  # shown as the special "not set" text of the date fields


class _DateEdit(QDateEdit):
    """Showing "Not set", a QDateEdit keeps Tab for its (absent) sections: a keyboard trap."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.date() == self.minimumDate() and self.specialValueText():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)


def _date_edit() -> QDateEdit:
    edit = _DateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_DATE)
    edit.setDate(_NO_DATE)
    return edit


def _iso(edit: QDateEdit) -> str | None:
    return None if edit.date() == _NO_DATE else edit.date().toString(Qt.DateFormat.ISODate)


def _set_iso(edit: QDateEdit, iso: str | None, column: str) -> None:
    """The field's range is the gate's again for each member shown, widened for a day stored
    outside it (a vault older than the gate), which is shown as it is."""
    bounded(edit, "members", column, earliest=_NO_DATE)
    day = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else _NO_DATE
    keeping(edit, day)
    edit.setDate(day)


def _answers(form: MemberForm) -> tuple[bool, bool]:
    return (form.consent_contact_check.isChecked(), form.consent_handover_check.isChecked())


class MemberForm(Retranslating, QWidget):
    """Emits save_requested with the edited member; the screen checks, stores and reports."""

    save_requested = Signal(object)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member: Member | None = None
        # Set by the screen (the form has no group): the consents as they hold today.
        self.consents_of: Callable[[str], HeldConsents] | None = None
        self._expired: dict[Purpose, str] = {}
        self._build()
        self.retranslate()
        self.clear()

    def _build(self) -> None:
        self.title = PlainLabel()
        self.title.setObjectName("selectedGroup")  # the theme's third-level heading
        self.pseudonym_edit = capped(QLineEdit(), "members", "pseudonym")
        self.translated(
            self.pseudonym_edit.setPlaceholderText,
            lambda: self.tr("Required: the only name shown in the room"),
        )
        self.full_name_edit = capped(QLineEdit(), "members", "full_name")
        self.phone_edit = capped(QLineEdit(), "members", "phone")
        self.email_edit = capped(QLineEdit(), "members", "email")
        self.translated(self.email_edit.setPlaceholderText, lambda: self.tr("name@example.org"))
        self.role_combo = QComboBox()
        for index, role in enumerate(Role):
            self.role_combo.addItem("", role.value)
            self.translated(partial(self.role_combo.setItemText, index), partial(role_label, role))
        self.joined_edit = self._date_field()
        self._build_checks()
        self.consent_date_edit = self._date_field()
        self.note_edit = CappedTextEdit("members", "private_note")
        self.translated(
            self.note_edit.setPlaceholderText, lambda: self.tr("Only for you, the host")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(70)
        self._stored_answers, self._stored_day = (False, False), _NO_DATE  # as load() shows them
        for check in (self.consent_contact_check, self.consent_handover_check):
            check.toggled.connect(self._consent_toggled)
        self.message_label = wrapped_label("formMessage")
        self.message_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self._build_form())
        layout.addWidget(self.message_label)
        layout.addLayout(self._build_buttons())

    def _build_form(self) -> QFormLayout:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[Callable[[], str], QWidget]] = [
            (lambda: self.tr("&Pseudonym:"), self.pseudonym_edit),
            (lambda: self.tr("Full &name:"), self.full_name_edit),
            (lambda: self.tr("Phone n&umber:"), self.phone_edit),
            (lambda: self.tr("E&mail:"), self.email_edit),
            (lambda: self.tr("R&ole:"), self.role_combo),
            (lambda: self.tr("&Joined on:"), self.joined_edit),
        ]
        for text, field in rows:
            translated_row(self, self.form, text, field)
        # Across both columns: a check box's text never wraps, and in French in very large text
        # the handover consent beside the labels' column was wider than a netbook leaves the form.
        for check in (self.active_check, self.consent_contact_check, self.consent_handover_check):
            self.form.addRow(check)
        self.expired_label = wrapped_label("warning")
        self.form.addRow(self.expired_label)
        translated_row(
            self, self.form, lambda: self.tr("Consent &recorded on:"), self.consent_date_edit
        )
        translated_row(
            self,
            self.form,
            lambda: self.tr("Pri&vate note:"),
            self.note_edit,
            row=self.note_edit.column(),
        )
        for edit in (self.pseudonym_edit, self.full_name_edit, self.phone_edit, self.email_edit):
            edit.returnPressed.connect(self.submit)
        return self.form

    def _build_checks(self) -> None:
        self.active_check = translated_button(
            self, lambda: self.tr("&Active (offered when taking attendance)"), kind=QCheckBox
        )
        self.consent_contact_check = translated_button(
            self, lambda: self.tr("Agrees to be &contacted"), kind=QCheckBox
        )
        self.consent_handover_check = translated_button(
            self,
            lambda: self.tr("Contact details may &go to the next host"),
            lambda: self.tr(
                "When the group is handed over, these contact details are included only if ticked"
            ),
            kind=QCheckBox,
        )

    def _date_field(self) -> QDateEdit:
        edit = _date_edit()
        self.translated(edit.setSpecialValueText, lambda: self.tr("Not set"))
        return edit

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = translated_button(
            self,
            lambda: self.tr("&Save"),
            lambda: self.tr("Enter"),
            clicked=self.submit,
        )
        self.save_button.setDefault(True)
        self.cancel_button = translated_button(
            self,
            lambda: self.tr("Cancel"),
            lambda: self.tr("Esc"),
            clicked=self.cancel,
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)  # the order of every other dialog: Save, Cancel
        buttons.addWidget(self.cancel_button)
        keys = [("Esc", self.cancel), ("Ctrl+Return", self.submit)]
        bind_keys(self, keys, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return buttons

    def retranslate(self) -> None:
        super().retranslate()
        self._update_title()
        self.expired_label.setText(self._expired_text())

    def _update_title(self) -> None:
        if self.member is None:
            self.title.setText(self.tr("New member"))
        else:
            self.title.setText(self.tr("Edit {name}").format(name=self.member.pseudonym))

    def _consent_toggled(self, _on: bool) -> None:
        # An answer changed here is recorded with the day in the field (the consent records take
        # it): today, never the day of an older answer, which dated a consent given now on the
        # day it was refused. Back as stored, the stored day again; a day the host typed stays.
        field, today = self.consent_date_edit, QDate.currentDate()
        if field.date() in (self._stored_day, today):
            field.setDate(today if _answers(self) != self._stored_answers else self._stored_day)

    def clear(self) -> None:
        """An empty form for a new member."""
        self.load(None)

    def load(self, member: Member | None) -> None:
        self.member = member
        # A new member keeps one id while being edited, so a repeated save is recognised.
        self._draft = Member("", joined_on=QDate.currentDate().toString(Qt.DateFormat.ISODate))
        shown = member or self._draft
        self.pseudonym_edit.setText(shown.pseudonym)
        self.full_name_edit.setText(shown.full_name)
        self.phone_edit.setText(shown.phone)
        self.email_edit.setText(shown.email)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(shown.role)))
        _set_iso(self.joined_edit, shown.joined_on, "joined_on")
        self.active_check.setChecked(shown.active)
        held = HeldConsents(None, {})
        if member is not None and self.consents_of is not None:
            held = self.consents_of(member.id)
        # An expired consent shows unticked, as it holds, and is renewed in Consents… (with its
        # dates and wording): its box is left as stored until then.
        self._expired = held.expired
        for check, value, purpose in self._consent_checks(shown):
            check.blockSignals(True)
            check.setChecked(value and purpose not in held.expired)
            check.setEnabled(purpose not in held.expired)
            check.blockSignals(False)
        self.expired_label.setText(self._expired_text())
        self.expired_label.setVisible(bool(held.expired))
        recorded_on = held.recorded_on or shown.consent_recorded_on
        _set_iso(self.consent_date_edit, recorded_on, "consent_recorded_on")
        self._stored_answers, self._stored_day = _answers(self), self.consent_date_edit.date()
        self.note_edit.setPlainText(shown.private_note)
        self.show_problems([])
        self._update_title()
        self.unsaved = Unsaved(self.edited)

    def edited(self) -> Member:
        base = self.member or self._draft
        contact, handover = (
            value if purpose in self._expired else check.isChecked()
            for check, value, purpose in self._consent_checks(base)
        )
        return dataclasses.replace(
            base,
            pseudonym=self.pseudonym_edit.text(),
            full_name=self.full_name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            role=Role(str(self.role_combo.currentData())),
            joined_on=_iso(self.joined_edit),
            active=self.active_check.isChecked(),
            consent_contact=contact,
            consent_handover=handover,
            consent_recorded_on=_iso(self.consent_date_edit),
            private_note=self.note_edit.toPlainText(),
        )

    def _consent_checks(self, member: Member) -> list[tuple[QCheckBox, bool, Purpose]]:
        return [
            (self.consent_contact_check, member.consent_contact, Purpose.CONTACT),
            (self.consent_handover_check, member.consent_handover, Purpose.HANDOVER),
        ]

    def _expired_text(self) -> str:
        return "\n".join(
            self.tr(
                "{purpose}: held until {date}, no longer holds. Renew it with Consents…"
            ).format(purpose=purpose_name(purpose), date=short_date(renew_on))
            for purpose, renew_on in self._expired.items()
        )

    def is_dirty(self) -> bool:
        """Typed changes not saved yet."""
        return self.unsaved.changed()

    def cancel(self) -> None:
        """Esc and Cancel: the member as stored, after asking when that drops a change."""
        leave(self, self.unsaved, self.cancel_requested.emit)

    def submit(self) -> None:
        if not held_back(*capped_lines(self), self.note_edit):
            self.save_requested.emit(self.edited())

    def show_problems(self, problems: list[Problem]) -> None:
        say(self.message_label, lambda: "\n".join(self.problem_text(p) for p in problems))
        self.message_label.setVisible(bool(problems))

    def problem_text(self, problem: Problem) -> str:
        if problem == Problem.EMPTY_PSEUDONYM:
            return self.tr("Please give a pseudonym: it is what the group sees.")
        if problem == Problem.BAD_EMAIL:
            return self.tr(
                "This email address does not look right (it needs an @ and a "
                "domain, like name@example.org)."
            )
        if problem == Problem.DUPLICATE_PSEUDONYM:
            return self.tr(
                "Another member already has this pseudonym. Save again to keep it "
                "anyway, or add an initial to tell them apart."
            )
        return self.tr("This date is not valid.")
