"""A member's consents, one card per purpose: the answer, the day it was given, the version of
the wording read to them, and an optional renewal date; "Renewed today" for the yearly question.
Every answer is checked field by field (app.consent, the gate's rules) before any is written, and
all are written together."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QSize
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.consent import (
    WORDING_VERSION,
    Consent,
    ConsentInvalid,
    Problem,
    consent_problems,
    state_of,
)
from app.group import OpenGroup
from app.model import Member, Purpose
from ui.common.dates import to_date, to_qdate
from ui.common.dialog_buttons import save_buttons
from ui.common.messages import stored_or_warned
from ui.common.notices import notice_label
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.refusal import FIELDS, REASONS
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.side_scroll import SideScroll
from ui.common.unsaved import AsksBeforeDiscarding
from ui.context import UiContext
from ui.roster.consent_words import purpose_name, state_name, wording

NOT_ASKED, AGREED, DECLINED = "not_asked", "agreed", "declined"
DEFAULT_RENEWAL_DAYS = 365


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")  # the locale's short year is ambiguous for a record
    return edit


class PurposeCard(Retranslating, QFrame):
    """One purpose: what is on screen is the answer `answer()` gives, or None (not asked)."""

    def __init__(
        self, member_id: str, purpose: Purpose, stored: Consent | None, today: date
    ) -> None:
        super().__init__()
        self.setObjectName("card")
        self.member_id, self.purpose, self.stored, self.today = member_id, purpose, stored, today
        self.title = translated_label(self, partial(purpose_name, purpose), "sectionTitle")
        self.wording_label = wrapped_label("muted")
        self.answer_combo = QComboBox()
        for index, (key, text) in enumerate(
            (
                (NOT_ASKED, lambda: self.tr("Not asked yet")),
                (AGREED, lambda: self.tr("Agreed")),
                (DECLINED, lambda: self.tr("Declined")),
            )
        ):
            self.answer_combo.addItem("", key)
            self.translated(partial(self.answer_combo.setItemText, index), text)
        self.given_edit = _date_edit()
        self.version_spin = QSpinBox()
        self.version_spin.setRange(1, WORDING_VERSION[purpose])
        self.translated(self.version_spin.setPrefix, lambda: self.tr("version "))
        self.renew_check = translated_button(self, lambda: self.tr("Ask again by"), kind=QCheckBox)
        self.renew_edit = _date_edit()
        self.renew_button = translated_button(
            self, lambda: self.tr("Renewed &today"), clicked=self.renewed_today
        )
        self.translated(
            self.renew_button.setToolTip,
            lambda: self.tr(
                "Asked again today, with the current wording: agreed, renewal in a year"
            ),
        )
        self.renew_button.setAutoDefault(False)
        self.state_label = PlainLabel()
        self.state_label.setWordWrap(False)  # a few words, beside the title
        self._lay_out()
        self._load(stored)
        for signal in (
            self.answer_combo.currentIndexChanged,
            self.renew_check.toggled,
            self.given_edit.dateChanged,
            self.renew_edit.dateChanged,
            self.version_spin.valueChanged,
        ):
            signal.connect(self._changed)
        self.retranslate()

    def _lay_out(self) -> None:
        """Two pairs of fields a row, so that a card fits a netbook's width in very large
        French (three across needed 1,173 pixels): the answer and its day, the wording and
        "Renewed today", then the renewal on its own row."""
        self.form_labels = [PlainLabel() for _ in range(4)]
        texts = (
            lambda: self.tr("&Answer:"),
            lambda: self.tr("&Given on:"),
            lambda: self.tr("&Wording read:"),
            lambda: self.tr("Renewal:"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            self.translated(label.setText, text)
        for label, buddy in zip(
            self.form_labels, (self.answer_combo, self.given_edit, self.version_spin), strict=False
        ):
            label.setBuddy(buddy)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        answer, given, version, renewal = self.form_labels
        grid.addWidget(answer, 0, 0)
        grid.addWidget(self.answer_combo, 0, 1)
        grid.addWidget(given, 0, 2)
        grid.addWidget(self.given_edit, 0, 3)
        grid.addWidget(version, 1, 0)
        grid.addWidget(self.version_spin, 1, 1)
        grid.addWidget(self.renew_button, 1, 2, 1, 2)
        renew = QHBoxLayout()
        renew.addWidget(self.renew_check)
        renew.addWidget(self.renew_edit, 1)
        grid.addWidget(renewal, 2, 0)
        grid.addLayout(renew, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(head)
        layout.addWidget(self.wording_label)
        layout.addLayout(grid)

    def _load(self, stored: Consent | None) -> None:
        today = to_qdate(self.today)
        self.given_edit.setDateRange(QDate(1900, 1, 1), today)
        self.renew_edit.setDateRange(today.addYears(-20), today.addYears(10))
        if stored is None:
            self.answer_combo.setCurrentIndex(0)
            self.given_edit.setDate(today)
            self.version_spin.setValue(WORDING_VERSION[self.purpose])
            self.renew_edit.setDate(today.addDays(DEFAULT_RENEWAL_DAYS))
        else:
            self.answer_combo.setCurrentIndex(1 if stored.given else 2)
            self.given_edit.setDate(QDate.fromString(stored.recorded_on, "yyyy-MM-dd"))
            self.version_spin.setValue(stored.wording_version)
            renew = stored.renew_on
            self.renew_check.setChecked(renew is not None)
            self.renew_edit.setDate(
                QDate.fromString(renew, "yyyy-MM-dd")
                if renew
                else today.addDays(DEFAULT_RENEWAL_DAYS)
            )
        # Once answered, a consent is answered: a later "no" is an answer too.
        choices = cast(QStandardItemModel, self.answer_combo.model())
        choices.item(0).setEnabled(stored is None)
        self._changed()

    def retranslate(self) -> None:
        super().retranslate()
        self._changed()

    def answer(self) -> Consent | None:
        key = self.answer_combo.currentData()
        if key == NOT_ASKED:
            return None
        return Consent(
            self.member_id,
            self.purpose,
            key == AGREED,
            to_date(self.given_edit.date()).isoformat(),
            self.version_spin.value(),
            to_date(self.renew_edit.date()).isoformat() if self.renew_check.isChecked() else None,
        )

    def changed(self) -> bool:
        answer = self.answer()
        if answer is None or self.stored is None:
            return answer is not None
        return replace(self.stored, id="", created_at="", updated_at="") != answer

    def renewed_today(self) -> None:
        """Asked again today with the current wording: a renewal a year on, or as long as the
        last one ran."""
        before = self.answer()
        span = timedelta(days=DEFAULT_RENEWAL_DAYS)
        if before is not None and before.renew_on is not None:
            ran = date.fromisoformat(before.renew_on) - date.fromisoformat(before.recorded_on)
            span = max(timedelta(days=30), ran)
        self.answer_combo.setCurrentIndex(1)
        self.given_edit.setDate(to_qdate(self.today))
        self.version_spin.setValue(WORDING_VERSION[self.purpose])
        self.renew_check.setChecked(True)
        self.renew_edit.setDate(to_qdate(self.today + span))

    def _changed(self) -> None:
        key = self.answer_combo.currentData()
        answered = key != NOT_ASKED
        for widget in (self.given_edit, self.version_spin, self.renew_check):
            widget.setEnabled(answered)
        self.renew_edit.setEnabled(answered and self.renew_check.isChecked())
        self.wording_label.setText(
            self.tr("Wording {version}: “{text}”").format(
                version=self.version_spin.value(),
                text=wording(self.purpose, self.version_spin.value()),
            )
        )
        state = state_of(self.answer(), self.today)
        self.state_label.setText(state_name(state))
        self.state_label.setObjectName("warning" if state.value in ("due", "expired") else "muted")
        self.state_label.style().polish(self.state_label)


class ConsentDialog(Retranslating, AsksBeforeDiscarding, QDialog):
    def __init__(
        self, ctx: UiContext, group: OpenGroup, member: Member, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.group = group
        self.member = member
        self.today = ctx.today()
        stored = group.consents.of_member(member.id)
        self.cards = {
            p: PurposeCard(member.id, p, stored.get(p), self.today) for p in WORDING_VERSION
        }
        self.translated(
            self.setWindowTitle,
            lambda: self.tr("Consents — {name}").format(name=self.member.pseudonym),
        )
        self.intro = translated_label(
            self,
            lambda: self.tr(
                "Each answer is kept with the day it was given and the wording read to the "
                "person. A consent past its renewal date no longer holds: the phone list and "
                "the handover leave the person out until it is renewed."
            ),
            wraps=True,
        )
        self.error_label = notice_label("error", visible=False)
        self.buttons = save_buttons(self, self.save)
        body = QWidget()
        cards = QVBoxLayout(body)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.addWidget(self.intro)
        for card in self.cards.values():
            cards.addWidget(card)
        cards.addStretch(1)
        layout = QVBoxLayout(self)
        # The cards scroll on a short screen (large text on a netbook); the refusal and Save
        # stay in view below them.
        layout.addWidget(SideScroll(body, self), 1)  # in place: styled once (SideScroll)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        room = self.screen().availableGeometry().size()
        self.resize(QSize(860, self.sizeHint().height()).boundedTo(room))
        self.watch_fields(self.answers)

    def problem_text(self, purpose: str, field: str, problem: Problem) -> str:
        if field == "recorded_on" and problem is Problem.FUTURE:
            reason = self.tr("the day it was given cannot be after today")
        elif field == "renew_on" and problem is Problem.DATE:
            reason = self.tr("the renewal date must come after the day it was given")
        elif field == "wording_version":
            reason = self.tr("there is no such version of the wording")
        else:
            reason = self.tr("the field “{field}” is {reason}").format(
                field=QCoreApplication.translate("Refusal", str(FIELDS.get(field, field))),
                reason=QCoreApplication.translate("Refusal", str(REASONS[problem.value])),
            )
        return self.tr("{purpose}: {reason}.").format(purpose=purpose_name(purpose), reason=reason)

    def answers(self) -> list[Consent]:
        return [a for c in self.cards.values() if c.changed() and (a := c.answer()) is not None]

    def save(self) -> None:
        answers = self.answers()
        problems = [(a.purpose, f, p) for a in answers for f, p in consent_problems(a, self.today)]
        if problems:
            self.error_label.setText("\n".join(self.problem_text(*p) for p in problems))
            self.error_label.show()
            return
        try:
            if answers and not stored_or_warned(
                self,
                self.windowTitle(),
                lambda: self.group.consents.save_answers(answers, self.today),
            ):
                return
        except ConsentInvalid:  # checked just above: only a race could get here
            return
        self.accept()
