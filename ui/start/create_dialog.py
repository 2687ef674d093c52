"""Create a group: visible label, group name, language, passphrase twice, with plain warnings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.vaults import MIN_PASSPHRASE_LENGTH
from ui.common.limits import capped
from ui.common.passphrase_field import PassphraseStrengthLabel
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating


class CreateGroupDialog(Retranslating, QDialog):
    def __init__(self, default_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.label_edit = capped(QLineEdit(), "sidecar", "label")
        # Wide enough for a calm form, in characters so that it grows with the text size.
        self.label_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.label_note = PlainLabel()
        self.label_note.setWordWrap(True)
        self.name_edit = capped(QLineEdit(), "meta", "group_name")
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if default_language == "fr" else 1)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_label = PassphraseStrengthLabel(self.passphrase_edit)
        self.strength_label.setWordWrap(True)
        self.warning_label = PlainLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setObjectName("warning")
        self.error_label = PlainLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        # Real QLabels: addRow(PlainLabel(), field) creates no label at all, and a form without visible
        # labels leaves the host guessing from placeholders.
        self.field_labels: list[QLabel | None] = []
        for field, labelled in (
            (self.label_edit, True),
            (self.label_note, False),
            (self.name_edit, True),
            (self.language_combo, True),
            (self.passphrase_edit, True),
            (self.strength_label, False),
            (self.confirm_edit, True),
        ):
            label = PlainLabel() if labelled else None
            if label is not None:
                label.setBuddy(field)
                self.form.addRow(label, field)
            else:
                # Qt takes a null label (an empty label column); the stubs forget None.
                self.form.addRow(None, field)  # type: ignore[call-overload]
            self.field_labels.append(label)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a group"))
        labels = [
            self.tr("&Label on this computer:"),
            "",
            self.tr("Group &name:"),
            self.tr("Group lan&guage:"),
            self.tr("&Passphrase:"),
            "",
            self.tr("&Confirm passphrase:"),
        ]
        for label, text in zip(self.field_labels, labels, strict=True):
            if label is not None:
                label.setText(text)
        self.label_edit.setPlaceholderText(self.tr("for example: Tuesday group"))
        self.label_note.setText(
            self.tr(
                "Anyone using this computer can read the label, even without the passphrase. "
                "Choose one that says nothing private."
            )
        )
        self.name_edit.setPlaceholderText(self.tr("for example: Bereavement support group"))
        self.warning_label.setText(
            self.tr(
                "Write the passphrase down and keep it somewhere safe. If it is lost, nobody can "
                "open the group again: there is no way to recover it."
            )
        )
        self.label_edit.setAccessibleName(self.tr("Label on this computer"))
        self.name_edit.setAccessibleName(self.tr("Group name"))
        self.language_combo.setAccessibleName(self.tr("Group language"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.confirm_edit.setAccessibleName(self.tr("Confirm passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))

    def _try_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        self.accept()

    def problem(self) -> str:
        if not self.label_edit.text().strip():
            self.label_edit.setFocus()
            return self.tr("Please give the group a label.")
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            return self.tr("Please give the group a name.")
        if len(self.passphrase_edit.text()) < MIN_PASSPHRASE_LENGTH:
            self.passphrase_edit.setFocus()
            return self.tr("The passphrase must have at least {count} characters.").format(
                count=MIN_PASSPHRASE_LENGTH
            )
        if self.passphrase_edit.text() != self.confirm_edit.text():
            self.confirm_edit.setFocus()
            return self.tr("The two passphrases are different.")
        return ""

    def values(self) -> tuple[str, str, str, str]:
        return (
            self.label_edit.text(),
            self.name_edit.text(),
            str(self.language_combo.currentData()),
            self.passphrase_edit.text(),
        )
