"""The group's retention setting ("keep who came for N months", or always) and folding what is
older, after a preview and a verified backup. The backup and the fold run in a worker: the window
keeps answering, the dialog shows it is busy and cannot be closed, the auto-lock waits, and a
lock asked for meanwhile waits for the fold's one transaction to end."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import group_settings
from app.group import OpenGroup
from app.retention import FoldCounts, FoldPlan
from ui.common.ask import confirm
from ui.common.dialog_buttons import dialog_buttons
from ui.common.messages import error_message
from ui.common.notices import Words, busy_bar, notice_label, say
from ui.common.operation import Operation
from ui.common.plain_text import wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.context import Area, UiContext

LOCK_WAIT_MS = 600_000  # a backup of a large group on a slow stick, then one transaction


class RetentionDialog(Retranslating, QDialog):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.folded = False
        self.translated(self.setWindowTitle, lambda: self.tr("Keeping who came"))
        settings = group.reports.settings()
        self.months_label = translated_label(
            self, lambda: self.tr("&Keep who came at each meeting for (months):")
        )
        self.months = QSpinBox()
        self.months.setRange(*group_settings.RETENTION_RANGE)
        self.months_label.setBuddy(self.months)
        self.always = translated_button(self, lambda: self.tr("&Always"), kind=QCheckBox)
        self.always.setChecked(settings.keeps_always)
        self.months.setValue(
            group_settings.DEFAULT_RETENTION_MONTHS
            if settings.keeps_always
            else settings.retention_months
        )
        self.preview = wrapped_label()
        self.backups_note = translated_label(
            self,
            lambda: self.tr(
                "Folding keeps every report's figures but removes who came to each older meeting "
                "and their sharing-circle timings. Backups made before folding still hold these "
                "details until they rotate out (the daily and weekly backups within weeks, the "
                "copy made before folding after a few more risky changes)."
            ),
            "muted",
            wraps=True,
        )
        self.fold_button = translated_button(
            self, lambda: self.tr("&Fold older details into counts…"), clicked=self.fold
        )
        self.busy = busy_bar()
        self.status = notice_label("info", visible=False)
        self.error = notice_label("error", visible=False)
        self.buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.months_label)
        row.addWidget(self.months)
        # Centred, not stretched: a check box's fixed height would cap the row below the
        # spin box's own.
        row.addWidget(self.always, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        layout.addWidget(self.backups_note)
        layout.addWidget(self.fold_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Else Qt makes the first button after the months field the default: Enter, pressed to
        # confirm the months typed, asked to fold for good. Fold still takes Enter once focused.
        # (Set once the button is in the dialog: before, it has no dialog to be the default of.)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.months.valueChanged.connect(self.save_setting)
        self.always.toggled.connect(self.save_setting)
        # The dialog is modal, the auto-lock waits, and a lock waits for the fold to end.
        self.folding = Operation(
            self,
            ctx=ctx,
            name="retention",
            shows=[self.busy, self.status],
            blocks=[self.fold_button, self.months, self.always, self.buttons],
            errors=self.error,
            lock_wait_ms=LOCK_WAIT_MS,
        )
        self.show_plan()

    def retranslate(self) -> None:
        super().retranslate()
        if self.group.is_open:  # a language change may reach it as a lock closes the group
            self.show_plan()

    def save_setting(self) -> None:
        self.months.setEnabled(not self.always.isChecked())
        current = self.group.reports.settings()
        months = group_settings.KEEP_ALWAYS if self.always.isChecked() else self.months.value()
        self.group.reports.save_settings(
            group_settings.GroupSettings(current.report_threshold, months, current.paid_hosts)
        )
        self.show_plan()

    def plan(self) -> FoldPlan:
        return self.group.retention.plan(self.ctx.today())

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
        if not plan.has_work or self.folding.busy:
            return
        if not confirm(
            self,
            self.windowTitle(),
            self.tr(
                "A verified backup is made first. Then who came to the older meetings is "
                "replaced by counts, for good. Fold now?"
            ),
        ):
            return
        say(self.status, lambda: self.tr("Making a verified backup, then folding…"))
        retention, today = self.group.retention, self.ctx.today()
        # The group's own connection, as the CSV import's write does.
        self.folding.run(lambda: retention.fold(today), done=self._folded, failed=self._failed)

    def _folded(self, result: object) -> None:
        if not self.group.is_open:  # locked meanwhile: the fold ended before the file closed
            return
        counts = result if isinstance(result, FoldCounts) else FoldCounts(0, 0, 0)
        self.folded = True
        self.show_plan()
        say(self.status, lambda: self.tr("%n meeting(s) folded into counts.", "", counts.meetings))
        self.status.show()
        self.ctx.data_changed.emit(Area.SESSIONS)

    def _failed(self, exc: BaseException) -> Words:
        if not self.group.is_open:
            return ""
        self.show_plan()
        return lambda: (
            self.tr("Nothing was folded: the group is as it was before.") + " " + error_message(exc)
        )

    def reject(self) -> None:
        if not self.folding.busy:  # closing mid-fold would hide what is still being written
            super().reject()
