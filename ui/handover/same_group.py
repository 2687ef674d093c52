"""The handover file holds a group that is already on this computer (a shared laptop): what then.

Shown on the import wizard's first page as soon as the file is read, before any new passphrase is
asked. Merge needs the group's passphrase here; take-over and keep-both need only the handover
passphrase, which proves the outgoing host meant to hand the group over.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.group import GroupInfo
from ui.common.passphrase_field import PassphraseEdit
from ui.common.plain_text import wrapped_label
from ui.common.retranslate import Retranslating, translated_button

MERGE, TAKE_OVER, KEEP_BOTH = "merge", "takeover", "both"


def _note() -> QLabel:
    label = wrapped_label("muted")
    return label


class SameGroupChoice(Retranslating, QWidget):
    changed = Signal()
    open_requested = Signal()  # the host typed the group's passphrase for a merge

    def __init__(self) -> None:
        super().__init__()
        self.group: GroupInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.title = wrapped_label("warning")
        layout.addWidget(self.title)
        # Each choice's words, and the note under it.
        texts = {
            MERGE: (
                lambda: self.tr("&Merge the file into it"),
                lambda: self.tr(
                    "For co-hosts: both keep their changes. It needs the passphrase that opens "
                    "the group on this computer."
                ),
            ),
            TAKE_OVER: (
                lambda: self.tr("&Take the group over"),
                lambda: self.tr(
                    "For a new host: the file replaces the group here and opens with your own "
                    "passphrase. The group as it is now is kept as a backup that only the previous "
                    "passphrase opens. The handover passphrase is the previous host's consent."
                ),
            ),
            KEEP_BOTH: (
                lambda: self.tr("&Keep both, as two separate groups"),
                lambda: self.tr(
                    "The file becomes a second group with its own passphrase. Files of one can no "
                    "longer be merged into the other."
                ),
            ),
        }
        self.radios = {kind: QRadioButton() for kind in texts}
        self.notes = {kind: _note() for kind in texts}
        self.buttons = QButtonGroup(self)
        self.merge_passphrase = PassphraseEdit()
        self.translated(
            self.merge_passphrase.setPlaceholderText,
            lambda: self.tr("Passphrase of the group here"),
        )
        self.translated(
            self.merge_passphrase.setAccessibleName, lambda: self.tr("Passphrase of the group here")
        )
        self.merge_passphrase.returnPressed.connect(self.open_requested)
        self.open_button = translated_button(
            self, lambda: self.tr("Open &it"), clicked=self.open_requested
        )
        for kind, radio in self.radios.items():
            radio_text, note_text = texts[kind]
            self.translated(radio.setText, radio_text)
            self.translated(self.notes[kind].setText, note_text)
            self.buttons.addButton(radio)
            radio.toggled.connect(self._toggled)
            layout.addWidget(radio)
            layout.addWidget(self.notes[kind])
            if kind == MERGE:
                row = QHBoxLayout()
                row.addWidget(self.merge_passphrase, 1)
                row.addWidget(self.open_button)
                layout.addLayout(row)
        self.merge_passphrase.textChanged.connect(self._toggled)
        self.hide()

    def show_for(self, group: GroupInfo | None) -> None:
        self.group = group
        self.buttons.setExclusive(False)
        for radio in self.radios.values():
            radio.setChecked(False)
        self.buttons.setExclusive(True)
        self.merge_passphrase.clear()
        self.setVisible(group is not None)
        label = group.label if group is not None else ""
        self.translated(
            self.title.setText,
            lambda: self.tr(
                "This group is already on this computer, as “{label}”. Choose what to do with "
                "the file:"
            ).format(label=label),
        )
        self._toggled()

    def choice(self) -> str | None:
        return next((kind for kind, radio in self.radios.items() if radio.isChecked()), None)

    def _toggled(self) -> None:
        merging = self.choice() == MERGE
        self.merge_passphrase.setEnabled(merging)
        self.open_button.setEnabled(merging and bool(self.merge_passphrase.text()))
        if merging:
            self.merge_passphrase.setFocus()
        self.changed.emit()
