"""Open a handover file: as a new group (start screen) or merged into the open group (co-hosts).

File and passphrase, then a preview (and for a merge what will be added, changed, deleted),
then, for a new group, the new host's own passphrase; only then the import, in one go.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.group import OpenGroup
from app.handover import Arrival, HandoverService, MergeCounts, VerifiedCopy
from app.new_keys import NewKey
from ui.common.ahead import Taken
from ui.common.messages import error_words
from ui.common.notices import Words
from ui.common.operation import Done, Failed, Operation
from ui.common.plain_text import PlainLabel
from ui.common.record_counts import records_text
from ui.common.retranslate import translated_button
from ui.context import Area, UiContext
from ui.handover.common import (
    CodeLabel,
    HandoverPage,
    TranslatedWizard,
    counts_text,
    prepare_wizard,
    preview_lines,
    ready_flag,
    set_ready,
)
from ui.handover.import_file_page import FilePage
from ui.handover.same_group import KEEP_BOTH, TAKE_OVER
from ui.handover.vault_ahead import VaultAhead
from ui.handover.vault_page import NewVaultPage

FILE_PAGE, PREVIEW_PAGE, VAULT_PAGE, RUN_PAGE = range(4)


class PreviewPage(HandoverPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            lambda: self.tr("What the file holds"),
            lambda: self.tr("Nothing has been imported yet."),
        )
        self._wizard = wizard
        self.merge_counts: MergeCounts | None = None
        self.ready = ready_flag(self, "previewReady")
        layout = self.column
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.code_title = self.label(
            text=lambda: self.tr(
                "Verification code: compare it aloud with the previous "
                "host. If it differs, stop here."
            )
        )
        self.code_label = CodeLabel(28)
        layout.addWidget(self.code_label)
        self.merge_label = self.label()
        # A merge that would erase or overwrite most of a table, or any crisis line, says so
        # with the figures and waits for a second, explicit yes.
        self.danger_label = self.label("warning")
        self.danger_check = translated_button(
            self, lambda: self.tr("I have checked: merge it anyway"), kind=QCheckBox
        )
        self.danger_check.toggled.connect(self._confirm_danger)
        layout.addWidget(self.danger_check)
        self.error_label = self.label("error")
        self.error_label.hide()
        layout.addStretch(1)
        self.comparing = wizard.operation(self, self.error_label)

    def retranslate(self) -> None:
        super().retranslate()
        self._fill()

    def initializePage(self) -> None:
        self.merge_counts = None
        self.danger_check.setChecked(False)
        self.error_label.hide()
        set_ready(self.ready, self._wizard.group is None)
        self._fill()
        group, copy = self._wizard.group, self._wizard.copy()
        service = self._wizard.service
        if group is not None and copy is not None:
            self.comparing.run(lambda: service.merge_preview(group, copy), done=self._counted)
        elif copy is not None and not self._wizard.co_host_merge:
            # A new group: its vault staged while the host reads this and chooses a passphrase.
            self._wizard.vault_ahead.start(service, copy)

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

    def _confirm_danger(self, _checked: bool) -> None:
        counts = self.merge_counts
        if counts is not None:
            set_ready(self.ready, not counts.dangerous or self.danger_check.isChecked())

    def _counted(self, counts: MergeCounts) -> None:
        self.merge_counts = counts
        self._fill()
        set_ready(self.ready, not counts.dangerous)


class RunPage(HandoverPage):
    """Its title says what runs (a merge, an import): set from the wizard's state."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, None)
        self._wizard = wizard
        self.result: object = None
        self.ready = ready_flag(self, "runReady")
        self.progress = QProgressBar()
        layout = self.column
        layout.addWidget(self.progress)
        self.status = self.label()
        self.error_label = self.label("error")
        self.error_label.hide()
        layout.addStretch(1)
        self.importing = wizard.operation(self, self.error_label, self.progress)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
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
        self._wizard.run(self.importing, done=self._done, failed=self._failed)

    def _done(self, result: object) -> None:
        self.result = result
        self.progress.setValue(100)
        self.retranslate()
        set_ready(self.ready, True)
        self._wizard.finished_work(result)

    def _failed(self, exc: BaseException) -> Words:
        self.progress.hide()
        return error_words(exc)


class ImportWizard(TranslatedWizard):
    imported = Signal(object)  # GroupInfo (new group) or MergeCounts (merge)

    def __init__(
        self, ctx: UiContext, group: OpenGroup | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.co_host_merge = group is not None  # started from the open group's File menu
        self._opened: OpenGroup | None = None  # the group here, opened by this wizard to merge
        self.service = HandoverService(ctx.vaults)
        self.vault_ahead = VaultAhead(self)
        prepare_wizard(self, ctx, self.finish_work_before_lock)
        self.translated(
            self.setWindowTitle,
            (lambda: self.tr("Merge a co-host's file"))
            if self.co_host_merge
            else (lambda: self.tr("Import a handed-over group")),
        )
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.vault_page = NewVaultPage(self, self._settled)
        self.run_page = RunPage(self)
        self.translated(
            partial(self.preview_page.setButtonText, QWizard.WizardButton.CommitButton),
            lambda: self.tr("&Merge"),
        )
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(VAULT_PAGE, self.vault_page)
        self.setPage(RUN_PAGE, self.run_page)
        self.set_merging(group is not None)

    def set_merging(self, merging: bool) -> None:
        """A merge has no page for a new passphrase, and its preview is where it commits."""
        if merging:
            self.vault_ahead.drop()
        if merging and self.page(VAULT_PAGE) is not None:
            self.removePage(VAULT_PAGE)
            self.vault_page.hide()  # a child that is not a page would show over the others
        elif not merging and self.page(VAULT_PAGE) is None:
            self.setPage(VAULT_PAGE, self.vault_page)
        self.preview_page.setCommitPage(merging)

    def adopt_group(self, group: OpenGroup) -> None:
        self.release_group()
        self.group = self._opened = group

    def release_group(self) -> None:
        opened = getattr(self, "_opened", None)  # also called while the pages are being built
        if opened is not None:
            opened.close()
            self.group = self._opened = None

    def copy(self) -> VerifiedCopy | None:
        return self.file_page.copy

    def discard_copy(self) -> None:
        ahead = getattr(self, "vault_ahead", None)  # also called while the wizard is being built
        if ahead is not None:
            ahead.drop()  # first: it reads the copy
        page = getattr(self, "file_page", None)
        if page is not None and page.copy is not None:
            page.copy.discard()
            page.copy = None

    def operation(
        self, page: QWizardPage, errors: QLabel, progress: QProgressBar | None = None
    ) -> Operation:
        """The work of a page that reads or writes a group: Cancel waits, and so does the
        auto-lock (a merge works on the open group's own connection)."""
        return Operation(
            page,
            ctx=self.ctx,
            name="handover",
            blocks=[self.button(QWizard.WizardButton.CancelButton)],
            errors=errors,
            progress=progress,
            lock_wait_ms=60_000,
        )

    def _operations(self) -> tuple[Operation, ...]:
        file_page = self.file_page
        return (
            file_page.inspecting,
            file_page.opening,
            self.preview_page.comparing,
            self.run_page.importing,
        )

    def finish_work_before_lock(self) -> None:
        for operation in self._operations():
            operation.wait(60_000)
        self._stop_ahead()

    def _stop_ahead(self) -> None:
        """Cancel, a lock, the end. Work that waits for a key ahead goes before the keys: a
        key's stop waits for its derivation to end, and a write waiting for that key would
        then start, only to be interrupted."""
        self.file_page.check_ahead.stop()
        self.vault_ahead.stop()
        self.file_page.key_ahead.stop()
        self.vault_page.key_ahead.stop()

    def run(self, importing: Operation, done: Done, failed: Failed) -> None:
        copy, service, group = self.copy(), self.service, self.group
        assert copy is not None
        self.file_page.copy = None  # the service owns it now and deletes it when done
        if group is not None:
            importing.run(lambda: service.merge(group, copy), done=done, failed=failed)
            return
        label, passphrase = (
            self.vault_page.label_edit.text(),
            self.vault_page.passphrase_edit.text(),
        )
        key = self.vault_page.key_ahead.take(passphrase)  # derived while the host confirmed it
        written = self.vault_ahead.take_written(passphrase)  # written under it since
        staged = self.vault_ahead.take(copy)  # staged while the host chose the passphrase
        arrival = {TAKE_OVER: Arrival.TAKE_OVER, KEEP_BOTH: Arrival.SEPARATE}.get(
            self.file_page.choice() or "", Arrival.NEW
        )
        importing.run(
            lambda report: (
                service.import_group(
                    copy,
                    label,
                    passphrase,
                    report,
                    arrival,
                    written=written(),  # first: once no write ahead reads the staged rows
                    key=key(),
                    staged=staged(),
                ).group
            ),
            done=done,
            failed=failed,
            with_progress=True,
        )

    def cleanupPage(self, id: int) -> None:
        """Back from the new vault's page: nothing written for a page the host has left stays
        in Cercle's tmp; coming back judges the fields again, which writes it anew."""
        super().cleanupPage(id)
        if self.page(id) is self.vault_page:
            self.vault_ahead.drop_written()

    def _settled(self, passphrase: str, key: Taken[NewKey] | None) -> None:
        """The new vault written under the passphrase the host has settled on, while the host
        is still on the page (after its staging, on the same thread); dropped at any other.
        None for a group kept apart: the click gives it an id of its own, which a vault
        written ahead would not hold."""
        copy = self.copy()
        if copy is None or self.group is not None or self.file_page.choice() == KEEP_BOTH:
            self.vault_ahead.drop_written()
            return
        self.vault_ahead.settle(self.service, copy, passphrase, key)

    def finished_work(self, result: object) -> None:
        if self._opened is not None:  # merged into the group here, which was closed
            self.imported.emit(self._opened.info)
            self.release_group()
            return
        if self.group is not None:
            for area in (Area.MEMBERS, Area.SESSIONS, Area.RESOURCES, Area.CIRCLE):
                self.ctx.data_changed.emit(area)
        self.imported.emit(result)

    def reject(self) -> None:
        if any(operation.busy for operation in self._operations()):
            return
        self.discard_copy()
        self.release_group()
        self.ctx.inhibit_autolock("handover", False)
        super().reject()

    def done(self, result: int) -> None:
        self._stop_ahead()
        self.discard_copy()
        self.release_group()
        super().done(result)
