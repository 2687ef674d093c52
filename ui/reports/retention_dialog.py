"""The group's retention setting ("keep who came for N months", or always) and folding what is
older, after a preview and a verified backup."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import group_settings
from app.errors import StorageError
from app.group import OpenGroup
from app.retention import FoldPlan
from ui.common.messages import error_message
from ui.common.plain_text import PlainLabel


class RetentionDialog(QDialog):
    def __init__(
        self,
        group: OpenGroup,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.group = group
        self.today = today
        self.folded = False
        settings = group.reports.settings()
        self.months_label = PlainLabel()
        self.months = QSpinBox()
        self.months.setRange(*group_settings.RETENTION_RANGE)
        self.months_label.setBuddy(self.months)
        self.always = QCheckBox()
        self.always.setChecked(settings.keeps_always)
        self.months.setValue(
            group_settings.DEFAULT_RETENTION_MONTHS
            if settings.keeps_always
            else settings.retention_months
        )
        self.preview = PlainLabel()
        self.preview.setWordWrap(True)
        self.backups_note = PlainLabel()
        self.backups_note.setWordWrap(True)
        self.backups_note.setObjectName("muted")
        self.fold_button = QPushButton()
        self.fold_button.clicked.connect(self.fold)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.months_label)
        row.addWidget(self.months)
        row.addWidget(self.always)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        layout.addWidget(self.backups_note)
        layout.addWidget(self.fold_button)
        layout.addWidget(self.buttons)
        self.months.valueChanged.connect(self.save_setting)
        self.always.toggled.connect(self.save_setting)
        self.retranslate()
        self.show_plan()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keeping who came"))
        self.months_label.setText(self.tr("&Keep who came at each meeting for (months):"))
        self.always.setText(self.tr("&Always"))
        self.fold_button.setText(self.tr("&Fold older details into counts…"))
        self.backups_note.setText(
            self.tr(
                "Folding keeps every report's figures but removes who came to each older meeting "
                "and their sharing-circle timings. Backups made before folding still hold these "
                "details until they rotate out (the daily and weekly backups within weeks, the "
                "copy made before folding after a few more risky changes)."
            )
        )

    def save_setting(self) -> None:
        self.months.setEnabled(not self.always.isChecked())
        current = self.group.reports.settings()
        months = group_settings.KEEP_ALWAYS if self.always.isChecked() else self.months.value()
        self.group.reports.save_settings(
            group_settings.GroupSettings(current.report_threshold, months, current.paid_hosts)
        )
        self.show_plan()

    def plan(self) -> FoldPlan:
        return self.group.retention.plan(self.today())

    def show_plan(self) -> None:
        self.months.setEnabled(not self.always.isChecked())
        plan = self.plan()
        self.fold_button.setEnabled(plan.has_work)
        if plan.cutoff is None:
            self.preview.setText(self.tr("Who came is kept for as long as the group exists."))
            return
        day = QLocale().toString(
            QDate(plan.cutoff.year, plan.cutoff.month, plan.cutoff.day),
            QLocale.FormatType.LongFormat,
        )
        if not plan.has_work:
            self.preview.setText(self.tr("Nothing to fold before {day}.").format(day=day))
            return
        self.preview.setText(
            self.tr(
                "Before {day}: %n meeting(s) to fold into counts, removing {rows} attendance "
                "ticks and {turns} circle timings.",
                "",
                plan.counts.meetings,
            ).format(day=day, rows=plan.counts.attendance, turns=plan.counts.circle_turns)
        )

    def fold(self) -> None:
        plan = self.plan()
        if not plan.has_work:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "A verified backup is made first. Then who came to the older meetings is "
                "replaced by counts, for good. Fold now?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            counts = self.group.retention.fold(self.today())
        except (OSError, StorageError) as exc:
            QMessageBox.warning(self, self.windowTitle(), error_message(exc))
            return
        self.folded = True
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("%n meeting(s) folded into counts.", "", counts.meetings),
        )
        self.show_plan()
