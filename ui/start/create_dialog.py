"""Create a group: visible label, group name, language, passphrase twice, with plain warnings.

The passphrase may be typed or generated; a generated one is shown large, to copy on paper or
save as a sheet to print. Errors follow the fields: one fixed is one gone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.new_keys import vault_key
from app.passphrase import Weakness, generate
from app.regions import REGIONS
from ui.common import file_names
from ui.common.capped_line import capped
from ui.common.dialog_buttons import dialog_buttons
from ui.common.file_dialog import PDF, Unencrypted, save_file_as
from ui.common.forms import hold_wrapped_heights, translated_row
from ui.common.key_ahead import KeyAhead, TakenKey
from ui.common.messages import stored_or_warned
from ui.common.notices import notice_label
from ui.common.passphrase_field import NewPassphrase, weakness_text
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.side_scroll import SideScroll
from ui.common.unsaved import AsksBeforeDiscarding
from ui.handover.common import CodeLabel
from ui.handover.letter import write_vault_passphrase_sheet


def _region_from_locale() -> str:
    """The region this computer is set up for, when it is one we have numbers for."""
    territories = {
        QLocale.Country.France: "fr",
        QLocale.Country.Belgium: "be",
        QLocale.Country.Switzerland: "ch",
        QLocale.Country.Canada: "qc",
    }
    return territories.get(QLocale().territory(), "none")


class GeneratedPassphraseBox(Retranslating, QWidget):
    """The generated passphrase, large and monospaced, with a way to print it."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.code_label = CodeLabel(16)
        # Its own form row (the dialog adds it): nested in this box, a wrapped label gets the
        # height of one line and is cut.
        self.note = translated_label(
            self,
            lambda: self.tr(
                "Copy it on paper or print it now. Capitals, spaces and dashes do not matter "
                "when you type it."
            ),
            "warning",
            wraps=True,
        )
        self.print_button = translated_button(
            self, lambda: self.tr("Save it to pr&int (PDF)…"), clicked=self.save_sheet
        )
        layout.addWidget(self.code_label)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)

    def save_sheet(self, path: Path | None = None) -> None:
        title = self.tr("Save the passphrase sheet")
        warning = self.tr(
            "The passphrase sheet is not encrypted: it holds the group's passphrase. Print it, "
            "then delete the PDF, and keep the paper somewhere safe, away from this computer."
        )
        path = path or save_file_as(
            self, title, file_names.passphrase_sheet(), PDF, Unencrypted(title, warning)
        )
        if path is None:
            return
        passphrase, target = self.code_label.text(), path
        stored_or_warned(
            self,
            self.tr("Save the passphrase sheet"),
            lambda: write_vault_passphrase_sheet(target, passphrase),
        )


class _HeldHeights(QWidget):
    """The fields' page: its wrapped notes hold their heights (hold_wrapped_heights), so its
    scroll area sizes it by its minimum. Asked for a height for its width, the form gave each
    note a line more than it needed, and the page scrolled at large text on a netbook."""

    def heightForWidth(self, _width: int) -> int:
        return self.minimumSizeHint().height()


class CreateGroupDialog(Retranslating, AsksBeforeDiscarding, QDialog):
    def __init__(self, default_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.translated(self.setWindowTitle, lambda: self.tr("Create a group"))
        self.label_edit = capped(QLineEdit(), "sidecar", "label")
        # Wide enough for a calm form, in characters so that it grows with the text size.
        self.label_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.translated(
            self.label_edit.setPlaceholderText, lambda: self.tr("for example: Tuesday group")
        )
        self.translated(
            self.label_edit.setAccessibleName, lambda: self.tr("Label on this computer")
        )
        self.label_note = translated_label(
            self,
            lambda: self.tr(
                "Anyone using this computer can read the label, even without the passphrase. "
                "Choose one that says nothing private."
            ),
            wraps=True,
        )
        self.name_edit = capped(QLineEdit(), "meta", "group_name")
        self.translated(
            self.name_edit.setPlaceholderText,
            lambda: self.tr("for example: Bereavement support group"),
        )
        self.translated(self.name_edit.setAccessibleName, lambda: self.tr("Group name"))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if default_language == "fr" else 1)
        self.translated(self.language_combo.setAccessibleName, lambda: self.tr("Group language"))
        self.region_combo = QComboBox()
        self._add_regions()
        self.translated(self.region_combo.setAccessibleName, lambda: self.tr("Crisis numbers for"))
        self.region_note = translated_label(
            self,
            lambda: self.tr(
                "Emergency and suicide-prevention numbers, marked “to verify”: check them "
                "before the first meeting."
            ),
            "muted",
            wraps=True,
        )
        self.new_passphrase = NewPassphrase(
            self,
            lambda: self.tr(
                "Write the passphrase down and keep it somewhere safe. If it is lost, nobody can "
                "open the group again: there is no way to recover it."
            ),
            self._names,
        )
        self.passphrase_edit, self.confirm_edit = (
            self.new_passphrase.edit,
            self.new_passphrase.confirm,
        )
        self.translated(self.passphrase_edit.setAccessibleName, lambda: self.tr("Passphrase"))
        self.generate_button = translated_button(
            self,
            lambda: self.tr("Generate &one"),
            lambda: self.tr(
                "Fill both fields with a random passphrase of 6 groups of 4 characters"
            ),
            clicked=self.use_generated,
        )
        self.generated_box = GeneratedPassphraseBox()
        self.generated_box.hide()
        self.generated_box.note.hide()
        self.translated(self.confirm_edit.setAccessibleName, lambda: self.tr("Confirm passphrase"))
        self.error_label = notice_label("error", visible=False)
        self.buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self._try_accept,
            lambda: self.tr("Create"),
        )
        self._build_form()
        # The vault's key, derived once the passphrase is acceptable, while the host finishes
        # the form: Create then writes the group without waiting for it.
        self.key_ahead = KeyAhead(self, vault_key)
        self.key: TakenKey = lambda: None  # for the start screen, once accepted
        for edit in (self.label_edit, self.name_edit, self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._recheck)
        self.passphrase_edit.textChanged.connect(self._generated_still_used)
        # Compared, never kept: what the fields held at opening is empty, but for the choices.
        self.watch_fields(lambda: (self.values(), self.region(), self.confirm_edit.text()))

    def _wrapped_labels(self) -> list[QLabel]:
        return [
            self.label_note,
            self.region_note,
            self.generated_box.note,
            self.new_passphrase.strength,
            self.new_passphrase.warning,
            self.error_label,
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hold_wrapped_heights(self._wrapped_labels())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        hold_wrapped_heights(self._wrapped_labels())

    def _build_form(self) -> None:
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_edit, 1)
        passphrase_row.addWidget(self.generate_button)
        self.form = QFormLayout()
        # Real QLabels: addRow(PlainLabel(), field) creates no label at all, and a form without visible
        # labels leaves the host guessing from placeholders.
        rows: tuple[tuple[QWidget | QHBoxLayout, Callable[[], str] | None], ...] = (
            (self.label_edit, lambda: self.tr("&Label on this computer:")),
            (self.label_note, None),
            (self.name_edit, lambda: self.tr("Group &name:")),
            (self.language_combo, lambda: self.tr("Group lan&guage:")),
            (self.region_combo, lambda: self.tr("Crisis numbers &for:")),
            (self.region_note, None),
            (passphrase_row, lambda: self.tr("&Passphrase:")),
            (self.generated_box, None),
            (self.generated_box.note, None),
            (self.new_passphrase.strength, None),
            (self.confirm_edit, lambda: self.tr("&Confirm passphrase:")),
        )
        for field, text in rows:
            if text is None:
                # Qt takes a null label (an empty label column); the stubs forget None.
                self.form.addRow(None, field)  # type: ignore[call-overload]
            elif isinstance(field, QHBoxLayout):
                translated_row(self, self.form, text, self.passphrase_edit, row=field)
            else:
                translated_row(self, self.form, text, field)
        body = _HeldHeights()
        self.form.setContentsMargins(0, 0, 0, 0)
        body.setLayout(self.form)
        # The fields scroll on a short screen (a netbook in very large text); the warning and
        # Create stay in view below them.
        self.fields_scroll = SideScroll(body, self)  # in place: styled once (SideScroll)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields_scroll, 1)
        layout.addWidget(self.new_passphrase.warning)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _add_regions(self) -> None:
        names = {
            "fr": lambda: self.tr("France"),
            "be": lambda: self.tr("Belgium"),
            "ch": lambda: self.tr("Switzerland"),
            "qc": lambda: self.tr("Québec / Canada"),
            "none": lambda: self.tr("None: I will add them myself"),
        }
        for index, code in enumerate(REGIONS):
            self.region_combo.addItem("", code)
            self.translated(partial(self.region_combo.setItemText, index), names[code])
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(_region_from_locale())))

    def region(self) -> str:
        return str(self.region_combo.currentData())

    def _names(self) -> tuple[str, ...]:
        return (self.label_edit.text(), self.name_edit.text())

    def use_generated(self) -> None:
        passphrase = generate()
        self.generated_box.code_label.setText(passphrase)
        self.passphrase_edit.setText(passphrase)
        self.confirm_edit.setText(passphrase)
        self.generated_box.show()
        self.generated_box.note.show()
        # Taller for its rows where the screen has room, scrolled to them where it has not.
        layout = self.layout()
        assert layout is not None
        layout.activate()
        room = self.screen().availableGeometry().size()
        self.resize(self.size().expandedTo(self.sizeHint()).boundedTo(room))
        # Once the page has laid out the rows just shown.
        QTimer.singleShot(0, self, self._reveal_generated)

    def _reveal_generated(self) -> None:
        self.fields_scroll.ensureWidgetVisible(self.generated_box.note)

    def _generated_still_used(self, text: str) -> None:
        if text != self.generated_box.code_label.text():
            self.generated_box.hide()
            self.generated_box.note.hide()

    def _try_accept(self) -> None:
        problem, field = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            if field is not None:
                field.setFocus()
            return
        self.key = self.key_ahead.take(self.passphrase_edit.text())
        self.accept()

    def done(self, result: int) -> None:
        # Accepted, the key taken goes on deriving for the start screen's job, which waits for
        # it on its worker (not here, on the UI thread).
        if result != QDialog.DialogCode.Accepted.value:
            self.key_ahead.stop()
        super().done(result)

    def _recheck(self) -> None:
        """An error on show is replaced as the host types, and goes once nothing is wrong."""
        fits = not self._passphrase_problem()[0]
        self.key_ahead.follow(self.passphrase_edit.text(), fits)
        if self.error_label.isVisible():
            problem, _field = self.problem()
            self.error_label.setText(problem)
            self.error_label.setVisible(bool(problem))

    def problem(self) -> tuple[str, QWidget | None]:
        if not self.label_edit.text().strip():
            return self.tr("Please give the group a label."), self.label_edit
        if not self.name_edit.text().strip():
            return self.tr("Please give the group a name."), self.name_edit
        return self._passphrase_problem()

    def _passphrase_problem(self) -> tuple[str, QWidget | None]:
        weak = self.new_passphrase.weakness()
        if weak is not None:
            intro = self.tr("This passphrase cannot be used.")
            if weak is Weakness.TOO_SHORT:
                return weakness_text(weak), self.passphrase_edit
            return f"{intro} {weakness_text(weak)}", self.passphrase_edit
        if not self.new_passphrase.confirmed():
            return self.tr("The two passphrases are different."), self.confirm_edit
        return "", None

    def values(self) -> tuple[str, str, str, str]:
        return (
            self.label_edit.text(),
            self.name_edit.text(),
            str(self.language_combo.currentData()),
            self.passphrase_edit.text(),
        )
