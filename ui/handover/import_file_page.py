"""The import wizard's first page: the file, its passphrase, and what to do when the group it
holds is already on this computer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QFileDialog,
    QProgressBar,
)

from app.group import OpenGroup
from app.handover import VerifiedCopy
from app.new_keys import file_key
from app.passphrase import generated_form
from ui.common.key_ahead import KeyAhead
from ui.common.messages import error_words, handover_error_message
from ui.common.notices import Words, say
from ui.common.operation import Operation
from ui.common.passphrase_field import PassphraseEdit
from ui.common.retranslate import translated_button
from ui.handover.check_ahead import CheckAhead
from ui.handover.common import FileField, HandoverPage, ready_flag, set_ready
from ui.handover.same_group import MERGE, TAKE_OVER, SameGroupChoice


class FilePage(HandoverPage):
    """Checks the file's shape as soon as it is chosen; the passphrase is asked only then."""

    def __init__(self, wizard: Any) -> None:
        # The ImportWizard (not imported: it imports this page; the guard refuses the circle).
        # With the "already on this computer" choices shown, the page is taller than a netbook's
        # wizard at large text: it scrolls rather than squeezing the passphrase fields.
        super().__init__(
            wizard,
            lambda: self.tr("The handover file"),
            lambda: self.tr(
                "The file the previous host gave you (it ends in .cercle), and "
                "the passphrase they gave you on paper."
            ),
            scrolls=True,
        )
        self._wizard = wizard
        self.copy: VerifiedCopy | None = None
        self.ready = ready_flag(self, "fileReady")
        layout = self.column
        self.file_label = self.label(text=lambda: self.tr("&File:"))
        self.file_field = FileField()
        self.file_label.setBuddy(self.file_field.edit)
        self.file_field.browse.connect(self._browse)
        self.file_field.edit.textChanged.connect(self._file_changed)
        layout.addWidget(self.file_field)
        self.passphrase_label = self.label(text=lambda: self.tr("Handover &passphrase:"))
        self.passphrase_edit = PassphraseEdit()
        self.translated(
            self.passphrase_edit.setAccessibleName, lambda: self.tr("Handover passphrase")
        )
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.passphrase_edit.textChanged.connect(self._changed)
        # Once a whole generated passphrase is typed, its key for the file is derived before
        # Enter: the checks then start without waiting for it.
        self.key_ahead = KeyAhead(self, lambda _typed: None)
        # And the file copied and checked under that key, for Enter to find done.
        self.check_ahead = CheckAhead(self)
        self.passphrase_edit.returnPressed.connect(self.check)
        layout.addWidget(self.passphrase_edit)
        self.check_button = translated_button(
            self, lambda: self.tr("&Open and check the file"), clicked=self.check
        )
        layout.addWidget(self.check_button)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.same_group = SameGroupChoice()
        self.same_group.changed.connect(self._choice_changed)
        self.same_group.open_requested.connect(self._open_group_here)
        layout.addWidget(self.same_group)
        self.error_label = self.label("error")
        self.error_label.hide()
        layout.addStretch(1)
        # Copying and checking the file, then opening the group here to merge into: the wizard
        # waits for both before a lock (finish_work_before_lock).
        self.inspecting = Operation(
            self,
            shows=[self.busy],
            blocks=[self.file_field, self.passphrase_edit, self.check_button],
            errors=self.error_label,
        )
        self.opening = Operation(self, blocks=[self.same_group], errors=self.error_label)
        self._file_changed()

    def initializePage(self) -> None:
        # The host starts by naming the file, or, when it is named already, its passphrase.
        ready = self.passphrase_edit.isEnabled()
        (self.passphrase_edit if ready else self.file_field.edit).setFocus()

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
        self.key_ahead.drop()  # derived for the other file's salt
        path = self.file_field.path()
        problem = self._wizard.service.check_file(Path(path)) if path else None
        self.passphrase_edit.setEnabled(bool(path) and problem is None)
        self._show_error(error_words(problem) if problem else "")
        self._changed()

    def _changed(self) -> None:
        """Another file or passphrase: what was checked no longer counts."""
        self._wizard.discard_copy()
        self._wizard.release_group()
        self.same_group.show_for(None)
        set_ready(self.ready, False)
        self.check_button.setEnabled(
            self.passphrase_edit.isEnabled() and bool(self.passphrase_edit.text())
        )
        typed, source = self.passphrase_edit.text(), Path(self.file_field.path())
        whole = self.passphrase_edit.isEnabled() and generated_form(typed) is not None
        self.key_ahead.follow(typed, whole, lambda text: file_key(source, text))
        if whole:
            service = self._wizard.service
            self.check_ahead.start(service, source, typed, self.key_ahead.peek(typed))
        else:
            self.check_ahead.drop()

    def _show_error(self, words: Words) -> None:
        say(self.error_label, words)
        self.error_label.setVisible(bool(self.error_label.text()))

    def check(self) -> None:
        """The checks take a moment: run them, and move on by ourselves once they pass."""
        if self.inspecting.busy or not self.check_button.isEnabled():
            return
        self._wizard.discard_copy()
        path, passphrase = self.file_field.path(), self.passphrase_edit.text()
        service, key = self._wizard.service, self.key_ahead.take(passphrase)
        checked = self.check_ahead.take(Path(path), passphrase)
        self.inspecting.run(
            lambda: checked() or service.inspect(Path(path), passphrase, key()),
            done=self._inspected,
            failed=self._failed,
        )

    def _inspected(self, copy: VerifiedCopy) -> None:
        self.copy = copy
        here = None if self._wizard.co_host_merge else self._wizard.service.already_here(copy)
        self.same_group.show_for(here)
        if here is None:
            set_ready(self.ready, True)
            self._wizard.next()

    def choice(self) -> str | None:
        return self.same_group.choice() if self.same_group.group is not None else None

    def _choice_changed(self) -> None:
        if not hasattr(self._wizard, "run_page") or self._wizard.co_host_merge:
            return  # still being built, or a co-host's file merged into the open group
        choice = self.choice()
        if choice != MERGE:
            self._wizard.release_group()  # a take-over replaces the file: it must be closed
        self._wizard.set_merging(choice == MERGE)
        here, label_edit = self.same_group.group, self._wizard.vault_page.label_edit
        if choice == TAKE_OVER and here is not None and not label_edit.text():
            label_edit.setText(here.label)
        set_ready(
            self.ready,
            self.copy is not None
            and choice is not None
            and (choice != MERGE or self._wizard.group is not None),
        )

    def _open_group_here(self) -> None:
        group, typed = self.same_group.group, self.same_group.merge_passphrase.text()
        if group is None or not typed or self.opening.busy:
            return
        vaults = self._wizard.ctx.vaults
        self.opening.run(
            lambda: vaults.unlock(group.id, typed),
            done=self._group_opened,
            failed=self._group_not_opened,
        )

    def _group_opened(self, group: OpenGroup) -> None:
        if self.choice() != MERGE:  # changed their mind while it opened
            group.close()
            return
        self._wizard.adopt_group(group)
        self._choice_changed()
        self._wizard.next()

    def _group_not_opened(self, exc: BaseException) -> Words:
        self.same_group.merge_passphrase.selectAll()
        self.same_group.merge_passphrase.setFocus()
        return error_words(exc)

    def _failed(self, exc: BaseException) -> Words:
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
        return lambda: handover_error_message(exc)
