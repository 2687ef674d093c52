"""The Reports area: a period, its figures and charts on screen, and the same report on paper,
as PDF (A4 or Letter, in the group's language) or as CSV. Never a name."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import group_settings
from app.group import OpenGroup
from app.report_document import Document, Numbers, annual_document, report_document
from app.reports import Report
from ui.common.adaptive import ActionRow, labelled
from ui.common.modal import open_modal
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.theme import colours_for
from ui.context import UiContext
from ui.reports.chart_widget import ChartWidget
from ui.reports.charts import ChartColours, chart_colours
from ui.reports.figures_view import FiguresView
from ui.reports.numbers import LocaleNumbers
from ui.reports.period_bar import PeriodBar
from ui.reports.report_output import ReportOutput
from ui.reports.retention_dialog import RetentionDialog
from ui.reports.words import screen_words


class ReportsScreen(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.report: Report | None = None
        self.document: Document | None = None
        self._stale = True
        self._build()
        self.output = ReportOutput(self, self)
        ctx.data_changed.connect(self._data_changed)
        ctx.preferences_changed.connect(self._restyle)
        self.refresh()

    def _build(self) -> None:
        self.title = translated_label(self, lambda: self.tr("Reports"), "pageTitle")
        # The period bar and the scroll area are made in the screen, where they stay: made alone
        # and then laid out, each widget measured while made was styled again as it joined.
        self.period_bar = PeriodBar(self.ctx.today(), self)
        self.period_bar.changed.connect(self.refresh)
        years = self.group.reports.years()
        if years:
            self.period_bar.set_years(*years)
        self.threshold_label = translated_label(
            self, lambda: self.tr("Hide counts of people &under:")
        )
        self.threshold = QSpinBox()
        self.threshold.setRange(*group_settings.THRESHOLD_RANGE)
        self.translated(
            self.threshold.setToolTip,
            lambda: self.tr("Counts of people under this number are shown as “fewer than” it."),
        )
        self.threshold_label.setBuddy(self.threshold)
        self.paid_label = translated_label(self, lambda: self.tr("P&aid hosts:"))
        self.paid_hosts = QSpinBox()
        self.paid_hosts.setRange(*group_settings.PAID_HOSTS_RANGE)
        self.paid_label.setBuddy(self.paid_hosts)
        settings = self.group.reports.settings()
        self.threshold.setValue(settings.report_threshold)
        self.paid_hosts.setValue(settings.paid_hosts)
        self.threshold.valueChanged.connect(self._save_settings)
        self.paid_hosts.valueChanged.connect(self._save_settings)
        self.retention_button = translated_button(
            self, lambda: self.tr("&Keeping who came…"), clicked=self.open_retention
        )
        self.paper = QComboBox()
        self.paper.addItems(["A4", "Letter"])
        if QLocale().territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada):
            self.paper.setCurrentIndex(1)
        self.paper_label = translated_label(self, lambda: self.tr("Pape&r:"))
        self.paper_label.setBuddy(self.paper)
        self.print_button = translated_button(self, lambda: self.tr("Pri&nt…"))
        self.pdf_button = translated_button(self, lambda: self.tr("Save as P&DF…"))
        self.csv_button = translated_button(self, lambda: self.tr("Save as &CSV…"))
        self.heading = PlainLabel()
        self.heading.setObjectName("sectionTitle")
        self.subheading = wrapped_label("muted")
        self.attendance_chart = ChartWidget("attendance", self.chart_colours)
        self.trend_chart = ChartWidget("trend", self.chart_colours)
        self.figures = FiguresView()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        for widget in (self.heading, self.subheading, self.attendance_chart, self.trend_chart):
            body.addWidget(widget)
        body.addWidget(self.figures)
        body.addStretch(1)
        self.scroll_area.setWidget(content)
        self._lay_out()

    def _lay_out(self) -> None:
        """Three short rows whose buttons wrap rather than one long one: in very large text a
        single row was wider than a 1366-pixel screen, and the heading's alone than a netbook."""
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        outputs = (labelled(self.paper_label, self.paper), self.print_button)
        heading.addWidget(ActionRow([*outputs, self.pdf_button, self.csv_button]))
        self.paid_pair = labelled(self.paid_label, self.paid_hosts)
        threshold = labelled(self.threshold_label, self.threshold)
        options = ActionRow([threshold, self.paid_pair, self.retention_button])
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(heading)
        root.addWidget(self.period_bar)
        root.addWidget(options)
        # Keys go through the page as it reads to the host: the period first, outputs last.
        chain = (
            self.period_bar.kind,
            self.period_bar.month,
            self.period_bar.quarter,
            self.period_bar.year,
            self.period_bar.first,
            self.period_bar.last,
            self.threshold,
            self.paid_hosts,
            self.retention_button,
            self.paper,
            self.print_button,
            self.pdf_button,
            self.csv_button,
        )
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        root.addWidget(self.scroll_area, 1)

    def retranslate(self) -> None:
        super().retranslate()
        self._stale = True  # the report's words are in the language
        self.refresh()

    # -- content ---------------------------------------------------------------------------
    def chart_colours(self) -> ChartColours:
        return chart_colours(colours_for(self.ctx.prefs.theme))

    def numbers(self) -> Numbers:
        return LocaleNumbers(QLocale())

    def is_annual(self) -> bool:
        return self.period_bar.current_kind == "annual"

    def build(self, words: dict[str, str], numbers: Numbers) -> tuple[Report, Document]:
        """The report of the chosen period laid out in `words`: the screen's or the paper's."""
        if self.is_annual():
            annual = self.group.reports.annual(self.period_bar.year.value())
            return annual.report, annual_document(annual, words, numbers)
        report = self.group.reports.report(self.period_bar.period())
        return report, report_document(report, words, numbers)

    def refresh(self) -> None:
        if not self.group.is_open:
            return
        self._stale = False
        annual = self.is_annual()
        self.paid_pair.setVisible(annual)
        words, numbers = screen_words(), self.numbers()
        self.report, self.document = self.build(words, numbers)
        self.heading.setText(self.document.title)
        self.scroll_area.setAccessibleName(self.document.title)  # a tab stop: keys scroll it
        self.subheading.setText(
            "\n".join(
                words["labelled"].format(label=words[key], value=value)
                for key, value in (
                    ("period", self.document.period),
                    ("threshold", self.document.threshold),
                )
            )
        )
        for chart in (self.attendance_chart, self.trend_chart):
            chart.set_content(self.report, words, numbers)
        self.figures.show_document(self.document)

    def _save_settings(self) -> None:
        current = self.group.reports.settings()
        self.group.reports.save_settings(
            group_settings.GroupSettings(
                self.threshold.value(), current.retention_months, self.paid_hosts.value()
            )
        )
        self.refresh()

    def open_retention(self) -> None:
        dialog = RetentionDialog(self.ctx, self.group, self.window())
        dialog.finished.connect(lambda _result: self.refresh())  # folded or not, it may have saved
        open_modal(dialog)

    def _data_changed(self, _area: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _restyle(self) -> None:
        for chart in (self.attendance_chart, self.trend_chart):
            chart.update()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._stale:
            self.refresh()
        super().showEvent(event)
