"""Change the open group's passphrase (File menu). The work runs in a worker: it makes a verified
backup, rekeys the file and checks it reopens with the new passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import WrongPassphraseOrDamaged
from app.group import OpenGroup
from app.new_keys import rekey_key
from ui.common.dialog_buttons import dialog_buttons
from ui.common.forms import translated_row
from ui.common.key_ahead import KeyAhead
from ui.common.messages import error_words
from ui.common.notices import Words, busy_bar, notice_label, say
from ui.common.operation import Operation
from ui.common.passphrase_field import NewPassphrase, PassphraseEdit, weakness_text
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating, translated_label
from ui.context import UiContext

INHIBIT_REASON = "passphrase change"


class ChangePassphraseDialog(Retranslating, QDialog):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        # Read once: the hint may be asked again after a lock closed the group's connection.
        self._group_names = (group.info.label, group.name)
        self.setModal(True)
        # In characters, so that it grows with the text size: at 560 pixels in very large text
        # the labels left the fields and the strength hint a narrow column.
        self.setMinimumWidth(max(560, self.fontMetrics().averageCharWidth() * 80))
        self.translated(self.setWindowTitle, lambda: self.tr("Change the passphrase"))
        self.changed = False
        self.current_edit = PassphraseEdit()
        self.new_passphrase = NewPassphrase(
            self,
            lambda: self.tr(
                "Write the new passphrase down and keep it somewhere safe. Backups made before this "
                "change will still need the current passphrase."
            ),
            self._names,
        )
        self.new_edit, self.confirm_edit = self.new_passphrase.edit, self.new_passphrase.confirm
        self.intro = translated_label(
            self,
            lambda: self.tr(
                "A backup is made first. The group stays open while its file "
                "is re-encrypted with the new passphrase."
            ),
            wraps=True,
        )
        self.error_label = notice_label("error", visible=False)
        self.busy = busy_bar()
        self.buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self.start,
            lambda: self.tr("Change the passphrase"),
        )
        self.form = QFormLayout()
        for text, field in (
            (lambda: self.tr("&Current passphrase:"), self.current_edit),
            (lambda: self.tr("&New passphrase:"), self.new_edit),
            (lambda: self.tr("C&onfirm the new passphrase:"), self.confirm_edit),
        ):
            translated_row(self, self.form, text, field, name_field=True)
            if field is self.new_edit:
                self.form.addRow(PlainLabel(), self.new_passphrase.strength)
        self._typing_problem = False
        # The new passphrase's key, derived for the vault's salt as soon as the new passphrase
        # and its confirmation are accepted: the change then waits for no derivation of it.
        vault = group.info.path
        self.key_ahead = KeyAhead(self, lambda typed: rekey_key(vault, typed), ctx)
        for edit in (self.current_edit, self.new_edit, self.confirm_edit):
            edit.textChanged.connect(self._recheck)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        for widget in (self.new_passphrase.warning, self.error_label, self.busy, self.buttons):
            layout.addWidget(widget)
        # Ctrl+L works over this dialog: a change under way ends (rekey, reconnect) first.
        self.change = Operation(
            self,
            ctx=ctx,
            name=INHIBIT_REASON,
            shows=[self.busy],
            blocks=[self.current_edit, self.new_edit, self.confirm_edit, self.buttons],
            errors=self.error_label,
        )

    def _names(self) -> tuple[str, ...]:
        return self._group_names

    def problem(self) -> str:
        text, field = self.problem_and_field()
        if field is not None:
            field.setFocus()
        return text

    def problem_and_field(self) -> tuple[str, QLineEdit | None]:
        if not self.current_edit.text():
            return self.tr("Please type the current passphrase."), self.current_edit
        weak = self.new_passphrase.weakness()
        if weak is not None:
            return weakness_text(weak), self.new_edit
        if self.new_edit.text() == self.current_edit.text():
            return self.tr("The new passphrase is the same as the current one."), self.new_edit
        if not self.new_passphrase.confirmed():
            return self.tr("The two new passphrases are different."), self.confirm_edit
        return "", None

    def _recheck(self) -> None:
        """A typing problem shown is replaced as the host types, and goes once it is fixed.
        (A refused current passphrase stays until the next try: typing cannot prove it.)"""
        # Not once changed: the fields emptied one by one afterwards pass through states that
        # would be accepted.
        fits = not self.changed and not self.problem_and_field()[0]
        self.key_ahead.follow(self.new_edit.text(), fits)
        if self.error_label.isVisible() and self._typing_problem:
            say(self.error_label, lambda: self.problem_and_field()[0])
            self.error_label.setVisible(bool(self.error_label.text()))

    def start(self) -> None:
        problem = self.problem()
        if problem:
            self.change.show_error(lambda: self.problem_and_field()[0])
            self._typing_problem = True
            return
        vaults, group = self.ctx.vaults, self.group
        old, new = self.current_edit.text(), self.new_edit.text()
        key = self.key_ahead.take(new)  # derived while the host confirmed it
        self.change.run(
            lambda: vaults.change_passphrase(group, old, new, key()),
            done=self._on_done,
            failed=self._on_failed,
        )

    def _on_done(self, _result: object) -> None:
        self.changed = True
        for field in (self.current_edit, self.new_edit, self.confirm_edit):
            field.clear()
            field.setEnabled(False)
        self.new_passphrase.warning.hide()
        self.translated(
            self.intro.setText,
            lambda: self.tr(
                "The passphrase was changed. From now on, the group opens only with the new one."
            ),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.translated(
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText,
            lambda: self.tr("Close"),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def _on_failed(self, exc: BaseException) -> Words:
        self._typing_problem = False  # typing cannot fix what the change itself refused
        if isinstance(exc, WrongPassphraseOrDamaged):
            self.current_edit.selectAll()
            self.current_edit.setFocus()
            return lambda: self.tr("The current passphrase is not right. Nothing was changed.")
        return error_words(exc)

    def reject(self) -> None:
        if not self.change.busy:  # the change must finish (or fail) before the dialog goes
            super().reject()

    def done(self, result: int) -> None:
        self.key_ahead.stop()
        super().done(result)
