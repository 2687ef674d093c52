"""Open a handover file: as a new group (start screen) or merged into the open group (co-hosts).

File and passphrase, then a preview (and for a merge what will be added, changed, deleted),
then, for a new group, the new host's own passphrase; only then the import, in one go.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.group import OpenGroup
from app.handover import HandoverService, MergeCounts, VerifiedCopy
from ui.common.messages import error_message
from ui.common.plain_text import PlainLabel
from ui.common.refusal import records_text
from ui.common.retranslate import Retranslating
from ui.common.worker import Worker
from ui.context import Area, UiContext
from ui.handover.common import (
    CodeLabel,
    FileField,
    counts_text,
    prepare_wizard,
    preview_lines,
    ready_flag,
    set_ready,
)
from ui.handover.vault_page import NewVaultPage


def _label(layout: QVBoxLayout | QFormLayout, object_name: str = "") -> QLabel:
    label = PlainLabel()
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    if isinstance(layout, QVBoxLayout):
        layout.addWidget(label)
    return label


class FilePage(Retranslating, QWizardPage):
    """Checks the file's shape as soon as it is chosen; the passphrase is asked only then."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.copy: VerifiedCopy | None = None
        self.ready = ready_flag(self, "fileReady")
        self.worker = Worker(self)
        self.worker.finished.connect(self._inspected)
        self.worker.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        self.file_label = _label(layout)
        self.file_field = FileField()
        self.file_field.browse.connect(self._browse)
        self.file_field.edit.textChanged.connect(self._file_changed)
        layout.addWidget(self.file_field)
        self.passphrase_label = _label(layout)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.textChanged.connect(self._changed)
        self.passphrase_edit.returnPressed.connect(self.check)
        layout.addWidget(self.passphrase_edit)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.check_button)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.error_label = _label(layout, "error")
        self.error_label.hide()
        layout.addStretch(1)
        self.retranslate()
        self._file_changed()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The handover file"))
        self.setSubTitle(
            self.tr(
                "The file the previous host gave you (it ends in .cercle), and "
                "the passphrase they gave you on paper."
            )
        )
        self.file_label.setText(self.tr("&File:"))
        self.file_label.setBuddy(self.file_field.edit)
        self.passphrase_label.setText(self.tr("Handover &passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.passphrase_edit.setAccessibleName(self.tr("Handover passphrase"))
        self.check_button.setText(self.tr("&Open and check the file"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a handover file"),
            self.file_field.path() or QDir.homePath(),
            self.tr("Cercle handover files (*.cercle);;All files (*)"),
        )
        if chosen:
            self.file_field.edit.setText(chosen)

    def _file_changed(self) -> None:
        path = self.file_field.path()
        problem = self._wizard.service.check_file(Path(path)) if path else None
        self.passphrase_edit.setEnabled(bool(path) and problem is None)
        self._show_error(error_message(problem) if problem else "")
        self._changed()

    def _changed(self) -> None:
        """Another file or passphrase: what was checked no longer counts."""
        self._wizard.discard_copy()
        set_ready(self.ready, False)
        self.check_button.setEnabled(
            self.passphrase_edit.isEnabled() and bool(self.passphrase_edit.text())
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def check(self) -> None:
        """The checks take a moment: run them, and move on by ourselves once they pass."""
        if self.worker.busy or not self.check_button.isEnabled():
            return
        self._wizard.discard_copy()
        path, passphrase = self.file_field.path(), self.passphrase_edit.text()
        self._set_busy(True)
        service = self._wizard.service
        self.worker.start(lambda: service.inspect(Path(path), passphrase))

    def _set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self._show_error("")
        for widget in (self.file_field, self.passphrase_edit, self.check_button):
            widget.setEnabled(not on)

    def _inspected(self, copy: VerifiedCopy) -> None:
        self._set_busy(False)
        self.copy = copy
        set_ready(self.ready, True)
        self._wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(error_message(exc))
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()


class PreviewPage(Retranslating, QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.merge_counts: MergeCounts | None = None
        self.ready = ready_flag(self, "previewReady")
        self.worker = Worker(self)
        self.worker.finished.connect(self._counted)
        self.worker.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.code_title = _label(layout)
        self.code_label = CodeLabel(28)
        layout.addWidget(self.code_label)
        self.merge_label = _label(layout)
        # A merge that would erase or overwrite most of a table, or any crisis line, says so
        # with the figures and waits for a second, explicit yes.
        self.danger_label = _label(layout, "warning")
        self.danger_check = QCheckBox()
        self.danger_check.toggled.connect(self._confirm_danger)
        layout.addWidget(self.danger_check)
        self.error_label = _label(layout, "error")
        self.error_label.hide()
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What the file holds"))
        self.setSubTitle(self.tr("Nothing has been imported yet."))
        self.code_title.setText(
            self.tr(
                "Verification code: compare it aloud with the previous "
                "host. If it differs, stop here."
            )
        )
        self._fill()

    def initializePage(self) -> None:
        self.merge_counts = None
        self.danger_check.setChecked(False)
        self.error_label.hide()
        set_ready(self.ready, self._wizard.group is None)
        self._fill()
        group, copy = self._wizard.group, self._wizard.copy()
        if group is not None and copy is not None:
            service = self._wizard.service
            self._wizard.busy(True)
            self.worker.start(lambda: service.merge_preview(group, copy))

    def _fill(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        copy = self._wizard.copy() if hasattr(self, "_wizard") else None
        if copy is None:
            return
        for title, value in preview_lines(copy.manifest):
            label = PlainLabel(value)
            label.setWordWrap(True)
            self.form.addRow(PlainLabel(title), label)
        self.code_label.setText(copy.manifest.code)
        self.merge_label.setVisible(self._wizard.group is not None)
        counts = self.merge_counts
        self._fill_danger(counts)
        if counts is None:
            self.merge_label.setText(self.tr("Comparing with your group…"))
            return
        self.merge_label.setText(
            self.tr(
                "Will be added: {added}.\nWill be changed: {changed}.\nWill be deleted: {deleted}."
            ).format(
                added=counts_text(counts.added, skip_zero=True),
                changed=counts_text(counts.changed, skip_zero=True),
                deleted=counts_text(counts.deleted, skip_zero=True),
            )
        )

    def _fill_danger(self, counts: MergeCounts | None) -> None:
        dangerous = counts is not None and counts.dangerous
        self.danger_label.setVisible(dangerous)
        self.danger_check.setVisible(dangerous)
        if counts is None or not dangerous:
            return
        lines = [self.tr("Careful: this file would replace much of your group.")]
        for risk in counts.risks():
            lines.append(
                self.tr(
                    "{records} of the {total} in your group would be erased or overwritten."
                ).format(records=records_text(risk.table, risk.lost), total=risk.before)
            )
        if counts.crisis_lines_lost:
            lines.append(
                self.tr(
                    "%n crisis line(s) would be erased or changed: check each number with the "
                    "co-host before merging.",
                    "",
                    counts.crisis_lines_lost,
                )
            )
        lines.append(self.tr("If you did not expect this, cancel: nothing has changed yet."))
        self.danger_label.setText("\n".join(lines))
        self.danger_check.setText(self.tr("I have checked: merge it anyway"))

    def _confirm_danger(self, _checked: bool) -> None:
        counts = self.merge_counts
        if counts is not None:
            set_ready(self.ready, not counts.dangerous or self.danger_check.isChecked())

    def _counted(self, counts: MergeCounts) -> None:
        self._wizard.busy(False)
        self.merge_counts = counts
        self._fill()
        set_ready(self.ready, not counts.dangerous)

    def _failed(self, exc: BaseException) -> None:
        self._wizard.busy(False)
        self.error_label.setText(error_message(exc))
        self.error_label.show()


class RunPage(Retranslating, QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.result: object = None
        self.ready = ready_flag(self, "runReady")
        self.progress = QProgressBar()
        self.worker = Worker(self)
        self.worker.progress.connect(self.progress.setValue)
        self.worker.finished.connect(self._done)
        self.worker.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        self.status = _label(layout)
        self.error_label = _label(layout, "error")
        self.error_label.hide()
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        merging = self._wizard.group is not None
        self.setTitle(self.tr("Merging the file") if merging else self.tr("Importing the group"))
        if self.result is None:
            self.status.setText(self.tr("Working…"))
        elif merging:
            self.status.setText(self.tr("Done. Your group now holds your co-host's changes."))
        else:
            self.status.setText(
                self.tr("Done. The group is on this computer; open it with your passphrase.")
            )

    def initializePage(self) -> None:
        self._wizard.run(self.worker)

    def _done(self, result: object) -> None:
        self._wizard.busy(False)
        self.result = result
        self.progress.setValue(100)
        self.retranslate()
        set_ready(self.ready, True)
        self._wizard.finished_work(result)

    def _failed(self, exc: BaseException) -> None:
        self._wizard.busy(False)
        self.progress.hide()
        self.error_label.setText(error_message(exc))
        self.error_label.show()


class ImportWizard(Retranslating, QWizard):
    imported = Signal(object)  # GroupInfo (new group) or MergeCounts (merge)

    def __init__(
        self, ctx: UiContext, group: OpenGroup | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.service = HandoverService(ctx.vaults)
        prepare_wizard(self, ctx, self.finish_work_before_lock)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.vault_page = NewVaultPage(self)
        self.run_page = RunPage(self)
        self.addPage(self.file_page)
        self.addPage(self.preview_page)
        if group is None:
            self.addPage(self.vault_page)
        else:
            self.vault_page.hide()  # a child that is not a page would show over the others
            self.preview_page.setCommitPage(True)
        self.addPage(self.run_page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Merge a co-host's file")
            if self.group is not None
            else self.tr("Import a handed-over group")
        )
        self.preview_page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Merge"))

    def copy(self) -> VerifiedCopy | None:
        return self.file_page.copy

    def discard_copy(self) -> None:
        page = getattr(self, "file_page", None)  # also called while the page is being built
        if page is not None and page.copy is not None:
            page.copy.discard()
            page.copy = None

    def finish_work_before_lock(self) -> None:
        for page in (self.file_page, self.preview_page, self.run_page):
            page.worker.wait(60_000)

    def busy(self, on: bool) -> None:
        if self.group is not None:
            self.ctx.inhibit_autolock("handover", on)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not on)

    def run(self, worker: Worker) -> None:
        copy, service, group = self.copy(), self.service, self.group
        assert copy is not None
        self.file_page.copy = None  # the service owns it now and deletes it when done
        self.busy(True)
        if group is not None:
            worker.start(lambda: service.merge(group, copy))
            return
        label, passphrase = (
            self.vault_page.label_edit.text(),
            self.vault_page.passphrase_edit.text(),
        )
        worker.start(
            lambda report: service.import_new_group(copy, label, passphrase, report).group,
            with_progress=True,
        )

    def finished_work(self, result: object) -> None:
        if self.group is not None:
            for area in (Area.MEMBERS, Area.SESSIONS, Area.RESOURCES, Area.CIRCLE):
                self.ctx.data_changed.emit(area)
        self.imported.emit(result)

    def reject(self) -> None:
        if any(
            w.busy for w in (self.file_page.worker, self.preview_page.worker, self.run_page.worker)
        ):
            return
        self.discard_copy()
        self.ctx.inhibit_autolock("handover", False)
        super().reject()

    def done(self, result: int) -> None:
        self.discard_copy()
        super().done(result)
