"""The current step's read-aloud text in the live meeting, large and calm, and a small editor
for the version shown: the meeting's format's own text when it has one, else the group's (fields
such as {end_time} are filled when shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.model import Session
from app.scripts import FIELD_NAMES, SCRIPT_KINDS
from ui.common.capped_text import CappedTextEdit, held_back
from ui.common.dialog_buttons import dialog_buttons
from ui.common.messages import stored_or_warned
from ui.common.modal import open_modal
from ui.common.plain_text import wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.unsaved import AsksBeforeDiscarding
from ui.sessions.script_texts import default_text, script_text


class ScriptCard(Retranslating, QFrame):
    def __init__(self, group: OpenGroup, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.session = session
        self.kind = ""
        self.setObjectName("card")
        self.title = translated_label(self, lambda: self.tr("To read aloud"), "sectionTitle")
        self.text_label = wrapped_label("liveScript")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A long agreement scrolls inside the card rather than pushing the meeting off screen.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.viewport().setAutoFillBackground(False)
        self.text_label.setAutoFillBackground(False)
        self.scroller.setWidget(self.text_label)
        self.edit_button = translated_button(
            self,
            lambda: self.tr("Edit this text…"),
            lambda: self.tr("The group's own words for this kind of step"),
            clicked=self.edit,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_step(self, kind: str) -> None:
        """Called on every repaint of the meeting: the file is read only when the step changes."""
        if kind != self.kind:
            self.kind = kind
            self.refresh()

    def refresh(self) -> None:
        self.setVisible(self.kind in SCRIPT_KINDS)
        if self.kind not in SCRIPT_KINDS or not self.group.is_open:
            return  # a language change may reach a meeting view left over after a lock
        scripts = self.group.scripts
        own = scripts.own_text(self.kind, self._template_id())
        facts = scripts.facts(self.group.sessions.get(self.session.id) or self.session)
        self.text_label.setText(script_text(self.kind, own, facts, self.group.name))

    def retranslate(self) -> None:
        super().retranslate()
        if self.kind:
            self.refresh()

    def _template_id(self) -> str | None:
        current = self.group.sessions.get(self.session.id) or self.session
        return current.template_id

    def edit(self) -> ScriptEditor:
        """Edits the text being read: the format's when it has its own for this step. Opened
        without a nested event loop, so that a lock closing the meeting closes it too and no
        loop returns into a card already gone."""
        template_id = self._template_id()
        if template_id and self.group.scripts.format_text(self.kind, template_id) is None:
            template_id = None
        return open_modal(ScriptEditor(self.group, self.kind, template_id, self), self.refresh)


class ScriptEditor(Retranslating, AsksBeforeDiscarding, QDialog):
    def __init__(
        self,
        group: OpenGroup,
        kind: str,
        template_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.group = group
        self.kind = kind
        self.template_id = template_id  # None: the group's text
        found = group.sessions.template(template_id) if template_id else None
        self.format_name = found.name if found is not None else ""
        self.translated(self.setWindowTitle, lambda: self.tr("Text to read aloud"))
        self.hint = translated_label(self, self._hint, wraps=True)
        self.editor = CappedTextEdit("scripts", "body")
        self.translated(self.editor.setAccessibleName, lambda: self.tr("Text to read aloud"))
        own = group.scripts.own_text(kind, template_id)
        self.editor.setPlainText(own if own is not None else default_text(kind))
        self.watch_fields(self.editor.toPlainText)
        self.buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self.save,
        )
        self.translated(
            self.restore_button.setText,
            lambda: (
                self.tr("Back to the group's text")
                if self.template_id
                else self.tr("Back to Cercle's text")
            ),
        )
        self.restore_button.clicked.connect(self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.editor.column(), 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    @property
    def restore_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)

    def _hint(self) -> str:
        fields = ", ".join("{" + name + "}" for name in FIELD_NAMES)
        if self.template_id:
            hint = self.tr(
                "These words belong to the format “{name}”, for the meetings planned from it. They "
                "are filled in when shown: {fields}. Newcomer words are added to the welcome "
                "when someone new was checked in."
            )
        else:
            hint = self.tr(
                "These words are this group's. They are filled in when shown: {fields}. "
                "Newcomer words are added to the welcome when someone new was checked in."
            )
        return hint.format(name=self.format_name, fields=fields)

    def save(self) -> None:
        if held_back(self.editor):
            return
        body = self.editor.toPlainText()
        if stored_or_warned(
            self,
            self.windowTitle(),
            lambda: self.group.scripts.save_text(self.kind, body, self.template_id),
        ):
            self.accept()

    def restore(self) -> None:
        if stored_or_warned(
            self,
            self.windowTitle(),
            lambda: self.group.scripts.reset_text(self.kind, self.template_id),
        ):
            self.accept()
