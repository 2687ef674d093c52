"""Hand the group over: what goes in the file, its passphrase, where to write it, then the code
both hosts compare aloud and the printable letter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QWidget,
    QWizard,
)

from app.errors import ContentInvalid, TooLong
from app.group import OpenGroup
from app.handover import SCOPES, ExportChoice, HandoverService, Manifest, generate_passphrase
from app.new_keys import handover_key
from ui.common import file_names
from ui.common.dates import session_label
from ui.common.file_dialog import HANDOVER, PDF, Unencrypted, default_folder, save_file_as
from ui.common.key_ahead import KeyAhead
from ui.common.messages import error_words, stored_or_warned
from ui.common.notices import Words
from ui.common.operation import Operation
from ui.common.passphrase_field import NewPassphrase
from ui.common.plain_text import shown
from ui.common.retranslate import translated_button
from ui.context import UiContext
from ui.handover.bundle_ahead import BundleAhead
from ui.handover.common import (
    CodeLabel,
    FileField,
    HandoverPage,
    TranslatedWizard,
    prepare_wizard,
    ready_flag,
    set_ready,
)
from ui.handover.letter import LetterFacts, write_letter, write_passphrase_sheet


class ScopePage(HandoverPage):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            parent,
            lambda: self.tr("What goes in the file"),
            lambda: self.tr("The next host receives the group as it is today."),
        )
        # Each scope's words, and the note under it.
        texts = {
            "consented": (
                lambda: self.tr(
                    "&Everything, except the contact details of members who did not agree "
                    "(recommended)"
                ),
                lambda: self.tr(
                    "Names, phone numbers and emails go only for members who agreed to pass them "
                    "on."
                ),
            ),
            "everything": (
                lambda: self.tr("Everything, &with all contact details"),
                lambda: self.tr(
                    "Only if every member agreed, or the next host already has these details."
                ),
            ),
            "no_roster": (
                lambda: self.tr("&No member list at all"),
                lambda: self.tr("Meetings, agendas and resources only: no members, no attendance."),
            ),
        }
        layout = self.column
        self.buttons = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.notes: dict[str, QLabel] = {}
        for scope in SCOPES:
            radio_text, note_text = texts[scope]
            radio = translated_button(self, radio_text, kind=QRadioButton)
            self.buttons.addButton(radio)
            self.radios[scope] = radio
            layout.addWidget(radio)
            self.notes[scope] = self.label("muted", note_text)
            self.notes[scope].setIndent(24)
            layout.addSpacing(10)  # each choice with its note reads as one block
        self.radios[SCOPES[0]].setChecked(True)
        # Off unless the host ticks it: the guide promises the private note is theirs alone.
        self.notes_box = translated_button(
            self, lambda: self.tr("Include my &private notes about members"), kind=QCheckBox
        )
        self.notes_box.setChecked(False)
        layout.addWidget(self.notes_box)
        self.notes_note = self.label("muted")
        self.notes_note.setIndent(24)
        layout.addStretch(1)
        self.buttons.buttonToggled.connect(self._scope_changed)
        self._scope_changed()

    def _scope_changed(self) -> None:
        scope = self.scope()
        self.notes_box.setEnabled(scope != "no_roster")
        # Given again at each change of scope: the note then follows a language switch.
        if scope == "no_roster":
            self.translated(
                self.notes_note.setText,
                lambda: self.tr("No member list, so no private notes either."),
            )
        elif scope == "consented":
            self.translated(
                self.notes_note.setText,
                lambda: self.tr(
                    "Left unticked, your notes stay on this computer. Ticked, they go for "
                    "members who agreed to pass their details on."
                ),
            )
        else:
            self.translated(
                self.notes_note.setText,
                lambda: self.tr("Left unticked, your notes stay on this computer."),
            )

    def scope(self) -> str:
        return next(s for s, r in self.radios.items() if r.isChecked())

    def with_notes(self) -> bool:
        return self.notes_box.isEnabled() and self.notes_box.isChecked()


class PassphrasePage(HandoverPage):
    def __init__(self, parent: ExportWizard) -> None:
        super().__init__(
            parent,
            lambda: self.tr("The handover passphrase"),
            lambda: self.tr(
                "It protects the file on the stick. It is not your own "
                "passphrase, and the next host will choose theirs."
            ),
        )
        layout = self.column
        self.generated_radio = translated_button(
            self, lambda: self.tr("Use this &generated passphrase (recommended)"), kind=QRadioButton
        )
        self.generated_radio.setChecked(True)
        self.own_radio = translated_button(
            self, lambda: self.tr("Type my &own passphrase"), kind=QRadioButton
        )
        self.generated_label = CodeLabel(24)
        self.generated_label.setText(generate_passphrase())
        self.regenerate_button = translated_button(
            self,
            lambda: self.tr("Generate &another"),
            clicked=lambda: self.generated_label.setText(generate_passphrase()),
        )
        self.new_passphrase = NewPassphrase(
            self,
            lambda: self.tr(
                "Write it down or print it at the end, and give it on "
                "paper, never together with the stick."
            ),
        )
        self.own_edit, self.confirm_edit = self.new_passphrase.edit, self.new_passphrase.confirm
        self.translated(self.own_edit.setPlaceholderText, lambda: self.tr("Passphrase"))
        self.translated(self.own_edit.setAccessibleName, lambda: self.tr("Handover passphrase"))
        self.translated(
            self.confirm_edit.setPlaceholderText, lambda: self.tr("The same passphrase again")
        )
        self.translated(
            self.confirm_edit.setAccessibleName, lambda: self.tr("Handover passphrase, again")
        )
        layout.addWidget(self.generated_radio)
        layout.addWidget(self.generated_label)
        layout.addWidget(self.regenerate_button)
        layout.addWidget(self.new_passphrase.warning)
        layout.addSpacing(12)
        layout.addWidget(self.own_radio)
        layout.addWidget(self.own_edit)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.new_passphrase.strength)
        layout.addStretch(1)
        self.ready = ready_flag(self, "passphraseReady")
        for signal in (
            self.own_radio.toggled,
            self.own_edit.textChanged,
            self.confirm_edit.textChanged,
        ):
            signal.connect(self._changed)
        # The key derived when the host last went on is for the passphrase then: let it go.
        for signal in (
            self.own_radio.toggled,
            self.own_edit.textChanged,
            self.regenerate_button.clicked,
        ):
            signal.connect(parent.key_ahead.drop)

    def initializePage(self) -> None:
        self._changed()

    def _changed(self) -> None:
        own = self.own_radio.isChecked()
        for widget in (self.own_edit, self.confirm_edit, self.new_passphrase.strength):
            widget.setEnabled(own)
        set_ready(self.ready, self.acceptable())

    def acceptable(self) -> bool:
        if not self.own_radio.isChecked():
            return True
        return self.new_passphrase.acceptable()

    def passphrase(self) -> str:
        return self.own_edit.text() if self.own_radio.isChecked() else self.generated_label.text()


class DestinationPage(HandoverPage):
    def __init__(self, parent: QWidget, today: Callable[[], date]) -> None:
        super().__init__(
            parent,
            lambda: self.tr("Where to write the file"),
            lambda: self.tr("Usually on a USB stick."),
        )
        layout = self.column
        self.intro = self.label(text=lambda: self.tr("&File:"))
        self.file_field = FileField()
        self.intro.setBuddy(self.file_field.edit)
        self.today = today
        self.file_field.edit.setText(str(default_folder() / self.default_name(today())))
        self.ready = ready_flag(self, "destinationReady")
        self.file_field.edit.textChanged.connect(
            lambda text: set_ready(self.ready, bool(text.strip()))
        )
        self.file_field.browse.connect(self._browse)
        layout.addWidget(self.file_field)
        self.note = self.label(
            text=lambda: self.tr(
                "Cercle writes the file, reads it back to check it, and only "
                "then gives it its name. If anything fails, no file is left."
            )
        )
        layout.addStretch(1)
        self.setCommitPage(True)
        self.translated(
            partial(self.setButtonText, QWizard.WizardButton.CommitButton),
            lambda: self.tr("&Write the file"),
        )

    def initializePage(self) -> None:
        set_ready(self.ready, bool(self.file_field.path()))

    @staticmethod
    def default_name(day: date) -> str:
        # The name says nothing about the group: a stick gets lost. In the interface's
        # language, like every name the app proposes.
        return QCoreApplication.translate(
            "DestinationPage", "cercle-handover-{date}.cercle"
        ).format(date=day.isoformat())

    def _browse(self) -> None:
        # The file is encrypted with the handover passphrase: no warning before it is written.
        proposed = self.file_field.path() or self.default_name(self.today())
        chosen = save_file_as(self, self.tr("Write the handover file"), proposed, HANDOVER)
        if chosen:
            self.file_field.edit.setText(str(chosen))


# Where Show takes the host (ui/group/group_screen.py show_record): a part of a record is shown
# in the record it belongs to, where it is edited (an agenda item in its meeting's editor). A
# read-aloud text cannot be over its cap: its table's CHECK has kept it since it was made.
SHOWN_IN = {
    "members": "members",
    "resources": "resources",
    "sessions": "sessions",
    "agenda_items": "sessions",
    "templates": "templates",
    "template_items": "templates",
}


def shown_at(record: TooLong) -> tuple[str, str]:
    """The table and row id record_requested names: a part's owner (an agenda item's meeting,
    a format item's format), where the host edits it, or the record itself."""
    return SHOWN_IN[record.table], record.owner or record.row_id


class WritePage(HandoverPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard, lambda: self.tr("Writing the handover file"))
        self._wizard = wizard
        self.manifest: Manifest | None = None
        self.ready = ready_flag(self, "writeReady")
        self.progress = QProgressBar()
        layout = self.column
        layout.addWidget(self.progress)
        self.status = self.label(text=lambda: self.tr("Writing and checking…"))
        self.code_label = CodeLabel(30)
        layout.addWidget(self.code_label)
        self.code_note = self.label(
            text=lambda: self.tr(
                "Verification code. Read it aloud with the next host: "
                "Cercle shows them the same code when they open the file."
            )
        )
        self.error_label = self.label("error")
        # A text too long to hand over: the way to the first record named, to shorten it.
        self.too_long: TooLong | None = None
        self.show_button = translated_button(self, lambda: "", clicked=self.show_record)
        self.column.addWidget(self.show_button)
        self.retry_button = translated_button(
            self, lambda: self.tr("&Try again"), clicked=self.start
        )
        self.letter_button = translated_button(
            self, lambda: self.tr("Save the handover &letter (PDF)…"), clicked=self.save_letter
        )
        self.sheet_button = translated_button(
            self, lambda: self.tr("Save the &passphrase sheet (PDF)…"), clicked=self.save_sheet
        )
        for button in (self.retry_button, self.letter_button, self.sheet_button):
            layout.addWidget(button)
        layout.addStretch(1)
        # The export reads the group's own connection: no lock and no closing meanwhile.
        self.writing = Operation(
            self,
            ctx=wizard.ctx,
            name="handover",
            blocks=[wizard.button(QWizard.WizardButton.CancelButton)],
            errors=self.error_label,
            progress=self.progress,
            lock_wait_ms=60_000,
        )
        self._show(done=False, failed=False)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        wizard = self._wizard
        target = Path(wizard.destination_page.file_field.path())
        choice = wizard.choice()
        passphrase, scope, with_notes = choice.passphrase, choice.scope, choice.with_notes
        service, group = wizard.service, wizard.group
        # Written while the host chose where it goes; else the key derived meanwhile.
        prepared = wizard.bundle_ahead.take(choice)
        key = wizard.key_ahead.take(passphrase)
        self.manifest = None
        set_ready(self.ready, False)
        self.progress.setValue(0)
        self._show(done=False, failed=False)
        self.writing.run(
            lambda report: service.export(
                group,
                target,
                passphrase,
                scope,
                report,
                with_notes=with_notes,
                key=key(),
                prepared=prepared(),
            ),
            done=self._done,
            failed=self._failed,
            with_progress=True,
        )

    def _done(self, manifest: Manifest) -> None:
        self.manifest = manifest
        self.code_label.setText(manifest.code)
        self._show(done=True, failed=False)
        self.translated(self.status.setText, lambda: self.tr("The file is written and checked."))
        set_ready(self.ready, True)

    def _failed(self, exc: BaseException) -> Words:
        records = exc.too_long if isinstance(exc, ContentInvalid) else []
        self.too_long = next((r for r in records if r.table in SHOWN_IN), None)
        if self.too_long is not None:
            self.translated(self.show_button.setText, partial(self._show_text, self.too_long))
        self._show(done=False, failed=True)
        return error_words(exc)

    def _show_text(self, record: TooLong) -> str:
        if record.table == "sessions":
            return self.tr("&Show the meeting of {date}").format(date=session_label(record.name))
        name = shown(record.name, 40).replace("&", "&&")  # not a shortcut mark
        return self.tr("&Show “{name}”").format(name=name)

    def show_record(self) -> None:
        """The wizard closes on the record, in its area, to be shortened there."""
        if self.too_long is not None:
            table, row_id = shown_at(self.too_long)
            self._wizard.reject()
            self._wizard.ctx.record_requested.emit(table, row_id)

    def _show(self, *, done: bool, failed: bool) -> None:
        for widget in (self.code_label, self.code_note, self.letter_button, self.sheet_button):
            widget.setVisible(done)
        self.error_label.setVisible(failed)
        self.show_button.setVisible(failed and self.too_long is not None)
        self.retry_button.setVisible(failed)
        self.progress.setVisible(not failed)
        self.status.setVisible(not failed)  # "Writing and checking…" over the refusal misled

    def save_letter(self, path: Path | None = None) -> None:
        path = path or save_file_as(
            self, self.tr("Save the handover letter"), self.tr("handover-letter.pdf"), PDF
        )
        if path and self.manifest:
            m = self.manifest
            target = self._wizard.destination_page.file_field.path()
            facts = LetterFacts(
                m.group_name,
                m.exported_at,
                m.code,
                m.scope,
                m.counts,
                Path(target).name,
                self._wizard.scope_page.with_notes(),
            )
            stored_or_warned(
                self, self.tr("Save the handover letter"), lambda: write_letter(path, facts)
            )

    def save_sheet(self, path: Path | None = None) -> None:
        title = self.tr("Save the passphrase sheet")
        warning = self.tr(
            "The passphrase sheet is not encrypted: it holds the handover file's passphrase, and "
            "whoever has both can open the group. Print it, then delete the PDF, and never send "
            "or keep the sheet with the handover file."
        )
        path = path or save_file_as(
            self, title, file_names.passphrase_sheet(), PDF, Unencrypted(title, warning)
        )
        if path and self.manifest:
            passphrase, code = self._wizard.passphrase_page.passphrase(), self.manifest.code
            stored_or_warned(
                self,
                self.tr("Save the passphrase sheet"),
                lambda: write_passphrase_sheet(path, passphrase, code),
            )


class ExportWizard(TranslatedWizard):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        # Consents judged on the UI's day, read at each write (tests fix it after this).
        self.service = HandoverService(ctx.vaults, lambda: ctx.today())
        self.key_ahead = KeyAhead(self, handover_key)  # stopped by finish_work_before_lock
        self.bundle_ahead = BundleAhead(self)
        prepare_wizard(self, ctx, self.finish_work_before_lock)
        self.translated(self.setWindowTitle, lambda: self.tr("Hand over the group"))
        # Pages are created as children of the wizard so that only Qt owns and deletes them.
        self.scope_page = ScopePage(self)
        self.passphrase_page = PassphrasePage(self)
        self.destination_page = DestinationPage(self, ctx.today)
        self.write_page = WritePage(self)
        for page in (self.scope_page, self.passphrase_page, self.destination_page, self.write_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._derive_ahead)

    def choice(self) -> ExportChoice:
        return ExportChoice(
            self.passphrase_page.passphrase(),
            self.scope_page.scope(),
            self.scope_page.with_notes(),
        )

    def _derive_ahead(self, _id: int) -> None:
        """Gone on from the passphrase (acceptable, or Next is off): the handover key is derived
        and the file written and verified in our temp folder while the host chooses where it
        goes; the click then only copies it there."""
        if self.currentPage() is not self.destination_page:
            return
        choice = self.choice()
        if self.bundle_ahead.pending_for(choice):  # back and on again, nothing changed
            return
        self.key_ahead.start(choice.passphrase)
        self.bundle_ahead.start(
            self.service, self.group, choice, self.key_ahead.take(choice.passphrase)
        )

    def finish_work_before_lock(self) -> None:
        """At the lock's announcement, before anything else closes: the file written ahead
        ends and is removed while the group's connection is still open."""
        self.write_page.writing.finish_before_lock()
        self.bundle_ahead.stop()
        self.key_ahead.stop()

    def done(self, result: int) -> None:
        self.bundle_ahead.stop()
        self.key_ahead.stop()
        super().done(result)

    def reject(self) -> None:
        if not self.write_page.writing.busy:
            self.ctx.inhibit_autolock("handover", False)
            super().reject()
