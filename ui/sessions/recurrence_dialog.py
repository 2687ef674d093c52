"""Plan a series: a first meeting, how often, and how many or until when; the dialog then
plans it, skipping the days that already have a meeting."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model import AgendaItem, Session, Template
from app.recurrence import MAX_OCCURRENCES, Frequency, Recurrence, capped, dates, week_of_month
from app.sessions import SessionService, starts_at_text
from ui.common.dates import to_date, to_datetime, to_qdate
from ui.common.dialog_buttons import dialog_buttons
from ui.common.forms import translated_row
from ui.common.limits import bounded
from ui.common.messages import error_message
from ui.common.modal import open_modal
from ui.common.plain_text import plain_box, wrapped_label
from ui.common.retranslate import Retranslating, translated_button
from ui.common.unsaved import AsksBeforeDiscarding


class RecurrenceDialog(Retranslating, AsksBeforeDiscarding, QDialog):
    def __init__(
        self, templates: list[Template], first: QDateTime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.translated(self.setWindowTitle, lambda: self.tr("Plan a series of sessions"))
        self.first_edit = bounded(QDateTimeEdit(), "sessions", "starts_at")
        self.first_edit.setDateTime(first)
        self.first_edit.setCalendarPopup(True)
        self.first_edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.frequency_combo = QComboBox()
        self.count_radio = translated_button(
            self, lambda: self.tr("After this &number of sessions:"), kind=QRadioButton
        )
        self.count_radio.setChecked(True)
        self.count_spin = QSpinBox()
        self.translated(self.count_spin.setAccessibleName, lambda: self.tr("Number of sessions"))
        self.count_spin.setRange(1, MAX_OCCURRENCES)
        self.count_spin.setValue(10)
        self.until_radio = translated_button(
            self, lambda: self.tr("On this &end date:"), kind=QRadioButton
        )
        self.until_edit = bounded(QDateEdit(), "sessions", "starts_at")
        self.until_edit.setDate(first.date().addMonths(3))
        self.translated(self.until_edit.setAccessibleName, lambda: self.tr("End date"))
        self.until_edit.setCalendarPopup(True)
        self.template_combo = QComboBox()
        self.template_combo.addItem("", "")
        self.translated(
            partial(self.template_combo.setItemText, 0), lambda: self.tr("Empty agenda")
        )
        for template in templates:
            self.template_combo.addItem(template.name, template.id)
        if templates:
            self.template_combo.setCurrentIndex(1)
        self.preview_label = wrapped_label("info")
        self.form = QFormLayout()
        for text, field, name_field in (
            (lambda: self.tr("&First session:"), self.first_edit, True),
            (lambda: self.tr("&Repeat:"), self.frequency_combo, True),
            (lambda: self.tr("Ends:"), self._build_end(), False),
            (lambda: self.tr("F&ormat:"), self.template_combo, True),
        ):
            translated_row(self, self.form, text, field, name_field=name_field)
        self.first_edit.dateTimeChanged.connect(lambda _d: self._show_first_date())
        for signal in (
            self.frequency_combo.currentIndexChanged,
            self.count_spin.valueChanged,
            self.until_edit.dateChanged,
            self.count_radio.toggled,
        ):
            signal.connect(self._update_preview)
        self.buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self.accept,
        )
        root = QVBoxLayout(self)
        root.setSpacing(12)
        root.addLayout(self.form)
        root.addWidget(self.preview_label)
        root.addStretch(1)
        root.addWidget(self.buttons)
        self.retranslate()
        self.watch_fields(lambda: (self.rule(), self.template_id()))

    def _build_end(self) -> QWidget:
        """The two ways a series ends, each radio beside the one field it enables."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.count_radio, 0, 0)
        grid.addWidget(self.count_spin, 0, 1)
        grid.addWidget(self.until_radio, 1, 0)
        grid.addWidget(self.until_edit, 1, 1)
        grid.setColumnStretch(1, 1)
        return box

    def retranslate(self) -> None:
        super().retranslate()
        self._show_first_date()

    def _show_first_date(self) -> None:
        """The frequencies name the first session's weekday; the preview counts from it."""
        first = to_date(self.first_edit.date())
        weekday = QLocale().dayName(self.first_edit.date().dayOfWeek())
        ordinals = (
            self.tr("first"),
            self.tr("second"),
            self.tr("third"),
            self.tr("fourth"),
            self.tr("fifth"),
        )
        current = self.frequency_combo.currentIndex()
        self.frequency_combo.blockSignals(True)
        self.frequency_combo.clear()
        self.frequency_combo.addItem(self.tr("Every week"), Frequency.WEEKLY.value)
        self.frequency_combo.addItem(self.tr("Every two weeks"), Frequency.BIWEEKLY.value)
        self.frequency_combo.addItem(
            self.tr("Every month, on the {nth} {weekday}").format(
                nth=ordinals[week_of_month(first) - 1], weekday=weekday
            ),
            Frequency.MONTHLY_WEEKDAY.value,
        )
        self.frequency_combo.setCurrentIndex(max(0, current))
        self.frequency_combo.blockSignals(False)
        self._update_preview()

    def rule(self) -> Recurrence:
        first = to_date(self.first_edit.date())
        frequency = Frequency(self.frequency_combo.currentData() or Frequency.WEEKLY.value)
        if self.count_radio.isChecked():
            return Recurrence(first, frequency, count=self.count_spin.value())
        until = to_date(self.until_edit.date())
        return Recurrence(first, frequency, until=until)

    def template_id(self) -> str:
        return str(self.template_combo.currentData() or "")

    def plan(self, sessions: SessionService) -> str | None:
        """Plans the chosen series and says which days it skipped (a meeting is already
        planned or held on them). The first planned session's id, "" when every day was
        taken, None when the vault refused it."""
        parent = self.parentWidget()
        model = Session(starts_at_text(to_datetime(self.first_edit.dateTime())))
        items: list[AgendaItem] = []
        if self.template_id():
            model, items = sessions.session_from_template(self.template_id(), model.starts_at)
        try:
            plan = sessions.create_series(self.rule(), model, items)
        except Exception as exc:
            QMessageBox.warning(parent, self.tr("Plan a series"), error_message(exc))
            return None
        if plan.skipped:
            self._say_skipped(parent, len(plan.created), plan.skipped)
        return plan.created[0].id if plan.created else ""

    def _say_skipped(self, parent: QWidget | None, created: int, skipped: list[date]) -> None:
        locale = QLocale()
        days = ", ".join(
            locale.toString(to_qdate(day), QLocale.FormatType.LongFormat) for day in skipped
        )
        box = plain_box(
            parent,
            QMessageBox.Icon.Information,
            self.tr("Plan a series"),
            self.tr("%n session(s) planned.", "", created),
            informative=self.tr(
                "Skipped, because a meeting is already planned or held on that day: {dates}."
            ).format(dates=days),
        )
        open_modal(box)

    def _update_preview(self) -> None:
        self.count_spin.setEnabled(self.count_radio.isChecked())
        self.until_edit.setEnabled(not self.count_radio.isChecked())
        rule = self.rule()
        found = dates(rule)
        locale = QLocale()

        def day(d: date) -> str:
            return locale.toString(to_qdate(d), QLocale.FormatType.ShortFormat)

        shown = ", ".join(day(d) for d in found[:4]) + (" …" if len(found) > 4 else "")
        text = self.tr("%n session(s): {dates}", "", len(found)).format(dates=shown)
        if capped(rule) and rule.until is not None:
            text += "\n" + self.tr(
                "A series holds at most {count} sessions: this one stops on {last}, before its "
                "end date ({until}). Plan another series after it to go further."
            ).format(count=locale.toString(len(found)), last=day(found[-1]), until=day(rule.until))
        self.preview_label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(found))
