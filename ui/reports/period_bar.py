"""Choosing what a report covers: a month, a quarter, a year, a from/to range, or the annual
report of a year. Emits `changed` whenever the choice changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QWidget

from app.report_period import Period, PeriodKind
from ui.common.adaptive import FlowLayout, labelled
from ui.common.retranslate import Retranslating, translated_label

KINDS: tuple[str, ...] = (*PeriodKind, "annual")  # the periods, then the annual report


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodBar(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Each field made in its place, in the order they read (screen readers follow it; Tab
        # follows the screen's chain): a combo box made alone is styled again when added, its
        # list and scroll bars too. Laid out before anything is shown or hidden:
        # setVisible(True) on a widget that has no parent yet opens it as a window of its own.
        # The fields wrap onto a second line when narrow (a from/to range in very large text).
        row = FlowLayout(self)
        self.kind_label = translated_label(self, lambda: self.tr("&Period:"))
        row.addWidget(labelled(self.kind_label, self._made_kind, self))
        self.month = QComboBox(self)
        self.translated(self.month.setAccessibleName, lambda: self.tr("Month"))
        self.quarter = QComboBox(self)
        self.translated(self.quarter.setAccessibleName, lambda: self.tr("Quarter"))
        self.year = QSpinBox(self)
        self.year.setRange(1970, today.year + 20)
        self.year.setValue(today.year)
        self.translated(self.year.setAccessibleName, lambda: self.tr("Year"))
        self.first = QDateEdit(QDate(today.year, 1, 1), self)
        self.translated(self.first.setAccessibleName, lambda: self.tr("First day"))
        for widget in (self.month, self.quarter, self.year, self.first):
            row.addWidget(widget)
        self.to_label = translated_label(self, lambda: self.tr("to"))
        last_day = QDate(today.year, today.month, today.day)

        def made_last(pair: QWidget) -> QDateEdit:
            self.last = QDateEdit(last_day, pair)
            return self.last

        self.range_end = labelled(self.to_label, made_last, self)
        self.translated(self.last.setAccessibleName, lambda: self.tr("Last day"))
        row.addWidget(self.range_end)
        for edit in (self.first, self.last):
            # The years the year field offers: 31 December 9999 had no day after it for the
            # report's bounds (an exception, the report left on the period before).
            edit.setDateRange(QDate(1970, 1, 1), QDate(today.year + 20, 12, 31))
        for _ in KINDS:
            self.kind.addItem("")
        for _ in range(12):
            self.month.addItem("")
        for _ in range(4):
            self.quarter.addItem("")
        self.month.setCurrentIndex(today.month - 1)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.kind.setCurrentIndex(KINDS.index("year"))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._emit)
        for combo in (self.kind, self.month, self.quarter):
            combo.currentIndexChanged.connect(self._emit)
        self.year.valueChanged.connect(self._emit)
        self._show_fields()
        self.retranslate()

    def _made_kind(self, pair: QWidget) -> QComboBox:
        self.kind = QComboBox(pair)
        self.kind_label.setBuddy(self.kind)
        return self.kind

    def retranslate(self) -> None:
        super().retranslate()
        names = (
            self.tr("Month"),
            self.tr("Quarter"),
            self.tr("Year"),
            self.tr("From… to…"),
            self.tr("Annual report (GEM)"),
        )
        for index, name in enumerate(names):
            self.kind.setItemText(index, name)
        locale = QLocale()
        for index in range(12):
            self.month.setItemText(
                index, locale.standaloneMonthName(index + 1, QLocale.FormatType.LongFormat)
            )
        for index in range(4):
            self.quarter.setItemText(index, self.tr("Quarter {number}").format(number=index + 1))

    @property
    def current_kind(self) -> str:
        return KINDS[max(0, self.kind.currentIndex())]

    def period(self) -> Period:
        """The chosen period; the annual report covers its calendar year. A from/to range
        typed backwards is read the right way round."""
        year, kind = self.year.value(), self.current_kind
        if kind == "month":
            return Period.month(year, self.month.currentIndex() + 1)
        if kind == "quarter":
            return Period.quarter(year, self.quarter.currentIndex() + 1)
        if kind == "range":
            first, last = sorted((_to_date(self.first.date()), _to_date(self.last.date())))
            try:
                return Period.between(first, last)
            except ValueError:
                return Period.between(first, first)
        return Period.year(year)

    def set_years(self, first: int, last: int) -> None:
        self.year.setRange(min(first, self.year.value()), max(last, self.year.value()))

    def _show_fields(self) -> None:
        kind = self.current_kind
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        self.year.setVisible(kind != "range")
        for widget in (self.first, self.to_label, self.last, self.range_end):
            widget.setVisible(kind == "range")

    def _emit(self) -> None:
        self._show_fields()
        self.changed.emit()
