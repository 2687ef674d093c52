"""The new host's own label and passphrase for an imported group."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QWidget,
    QWizard,
)

from app.new_keys import NewKey, vault_key
from ui.common.ahead import Taken
from ui.common.capped_line import capped
from ui.common.forms import translated_row
from ui.common.key_ahead import KeyAhead
from ui.common.passphrase_field import NewPassphrase
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import translated_label
from ui.handover.common import HandoverPage, ready_flag, set_ready

# Told the passphrase the host has settled on, with its key being derived (None: none yet).
Settled = Callable[[str, Taken[NewKey] | None], None]


class NewVaultPage(HandoverPage):
    def __init__(self, parent: QWidget, settled: Settled | None = None) -> None:
        super().__init__(
            parent,
            lambda: self.tr("Your own passphrase for this group"),
            lambda: self.tr(
                "From now on the group opens with your passphrase, not the handover one."
            ),
            scrolls=True,
        )
        layout = self.column
        self.form = QFormLayout()
        self.label_edit = capped(QLineEdit(), "sidecar", "label")
        self.label_note = translated_label(
            self,
            lambda: self.tr(
                "Shown on the start screen without the passphrase: choose something discreet."
            ),
            "muted",
            wraps=True,
        )
        self.group_name = ""  # the imported group's, set once the file is read
        self.new_passphrase = NewPassphrase(
            self,
            lambda: self.tr(
                "Nobody can recover a forgotten passphrase, not even the previous host."
            ),
            self.names,
        )
        self.passphrase_edit, self.confirm_edit = (
            self.new_passphrase.edit,
            self.new_passphrase.confirm,
        )
        for text, field, note in (
            (lambda: self.tr("&Label on this computer:"), self.label_edit, self.label_note),
            (lambda: self.tr("&Passphrase:"), self.passphrase_edit, self.new_passphrase.strength),
            (lambda: self.tr("&Again:"), self.confirm_edit, None),
        ):
            translated_row(self, self.form, text, field, name_field=True)
            if note is not None:
                self.form.addRow(PlainLabel(), note)
        layout.addLayout(self.form)
        layout.addWidget(self.new_passphrase.warning)
        layout.addStretch(1)
        self.ready = ready_flag(self, "vaultReady")
        # The new vault's key, derived as soon as the passphrase is acceptable: the import
        # after the click then writes the vault without waiting for it.
        self.key_ahead = KeyAhead(self, vault_key)
        self._settled = settled
        for edit in (self.label_edit, self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._judge)
        self.setCommitPage(True)
        self.translated(
            partial(self.setButtonText, QWizard.WizardButton.CommitButton),
            lambda: self.tr("&Import the group"),
        )

    def initializePage(self) -> None:
        copy = getattr(self.wizard(), "copy", lambda: None)()
        self.group_name = copy.manifest.group_name if copy is not None else ""
        self.new_passphrase.strength.refresh()
        self._judge()

    def _judge(self, _text: str = "") -> None:
        acceptable = self.acceptable()
        set_ready(self.ready, acceptable)
        passphrase = self.passphrase_edit.text()
        self.key_ahead.follow(passphrase, acceptable)
        if self._settled is not None:
            self._settled(passphrase, self.key_ahead.peek(passphrase) if acceptable else None)

    def acceptable(self) -> bool:
        return bool(self.label_edit.text().strip()) and self.new_passphrase.acceptable()

    def names(self) -> tuple[str, ...]:
        return (self.label_edit.text(), self.group_name)
