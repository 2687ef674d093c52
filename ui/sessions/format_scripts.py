"""A format's read-aloud texts, one per kind of agenda step: the meetings planned from the format
read its own text where it has one, else the group's, else Cercle's. Nothing is written before
Save; each kind says which text it reads now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.model import ItemKind
from app.scripts import FIELD_NAMES, SCRIPT_KINDS
from ui.common.capped_text import CappedTextEdit, held_back
from ui.common.dialog_buttons import save_buttons
from ui.common.messages import stored_or_warned
from ui.common.models import OBJECT_ROLE
from ui.common.plain_text import wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.unsaved import AsksBeforeDiscarding
from ui.sessions.labels import kind_label
from ui.sessions.script_texts import default_text


class FormatScriptsDialog(Retranslating, AsksBeforeDiscarding, QDialog):
    def __init__(
        self, group: OpenGroup, template_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.group = group
        self.template_id = template_id
        self.name = name
        scripts = group.scripts
        # kind -> the format's own text, or None where it reads the group's (or Cercle's)
        self.stored = {k: scripts.format_text(k, template_id) for k in SCRIPT_KINDS}
        self.drafts = dict(self.stored)
        self.group_texts = {k: scripts.own_text(k) for k in SCRIPT_KINDS}
        self._loading = False
        self.translated(
            self.setWindowTitle,
            lambda: self.tr("Texts to read aloud — {name}").format(name=self.name),
        )
        self.kinds = QListWidget()
        self.translated(self.kinds.setAccessibleName, lambda: self.tr("Kinds of step"))
        for kind in SCRIPT_KINDS:
            item = QListWidgetItem()
            item.setData(OBJECT_ROLE, kind)
            self.kinds.addItem(item)
        self.kinds.currentRowChanged.connect(self._show_kind)
        self.origin = wrapped_label("muted")
        self.editor = CappedTextEdit("scripts", "body")
        self.translated(self.editor.setAccessibleName, lambda: self.tr("Text to read aloud"))
        self.editor.textChanged.connect(self._edited)
        self.inherit_button = translated_button(
            self, lambda: self.tr("Use the &group's text"), clicked=self.use_group_text
        )
        self.inherit_button.setAutoDefault(False)
        self.hint = translated_label(
            self,
            lambda: self.tr(
                "Meetings planned from this format read these words at each kind of step. They "
                "are filled in when shown: {fields}."
            ).format(fields=", ".join("{" + name + "}" for name in FIELD_NAMES)),
            wraps=True,
        )
        self.buttons = save_buttons(self, self.save)
        self._lay_out()
        self.resize(820, 460)
        self.kinds.setCurrentRow(0)
        self.retranslate()
        self.watch_fields(lambda: dict(self.drafts))

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.origin)
        side.addLayout(self.editor.column(), 1)
        side.addWidget(self.inherit_button, 0, Qt.AlignmentFlag.AlignLeft)
        body = QHBoxLayout()
        body.addWidget(self.kinds, 1)
        body.addLayout(side, 3)
        root = QVBoxLayout(self)
        root.addWidget(self.hint)
        root.addLayout(body, 1)
        root.addWidget(self.buttons)

    @property
    def kind(self) -> ItemKind:
        item = self.kinds.currentItem()
        return ItemKind(str(item.data(OBJECT_ROLE))) if item else SCRIPT_KINDS[0]

    def inherited(self, kind: ItemKind) -> str:
        """What a meeting of this format reads when the format has no text of its own."""
        group_text = self.group_texts[kind]
        return group_text if group_text is not None else default_text(kind)

    def retranslate(self) -> None:
        super().retranslate()
        self._label_kinds()
        self._show_origin()

    def _label_kinds(self) -> None:
        for row, kind in enumerate(SCRIPT_KINDS):
            own = self.drafts[kind] is not None
            text = kind_label(kind)
            if own:
                text = self.tr("{kind} — own text").format(kind=text)
            self.kinds.item(row).setText(text)
            self.kinds.item(row).setToolTip(
                self.tr("This format's own text") if own else self._inherited_words(kind)
            )

    def _inherited_words(self, kind: ItemKind) -> str:
        if self.group_texts[kind] is not None:
            return self.tr("The group's text: this format has none of its own")
        return self.tr("Cercle's text: neither this format nor the group has its own")

    def _show_origin(self) -> None:
        own = self.drafts[self.kind] is not None
        self.origin.setText(
            self.tr("This format's own text.") if own else self._inherited_words(self.kind)
        )
        self.inherit_button.setEnabled(own)

    def _show_kind(self, _row: int) -> None:
        draft = self.drafts[self.kind]
        self._loading = True
        self.editor.setPlainText(draft if draft is not None else self.inherited(self.kind))
        self._loading = False
        self._show_origin()

    def _edited(self) -> None:
        """Typing gives the format its own text for this kind (the inherited one was shown);
        typed back to the inherited words where it had none, it has none again: no change."""
        if self._loading:
            return
        text = self.editor.toPlainText()
        inherits = self.stored[self.kind] is None and text == self.inherited(self.kind)
        self.drafts[self.kind] = None if inherits else text
        self._label_kinds()
        self._show_origin()

    def use_group_text(self) -> None:
        self.drafts[self.kind] = None
        self._show_kind(self.kinds.currentRow())
        self._label_kinds()

    def changes(self) -> dict[str, str | None]:
        return {k: v for k, v in self.drafts.items() if v != self.stored[k]}

    def save(self) -> None:
        for row, kind in enumerate(SCRIPT_KINDS):
            draft = self.drafts[kind]
            if draft is not None and len(draft) > self.editor.cap:  # from an older Cercle
                self.kinds.setCurrentRow(row)
                held_back(self.editor)
                return
        changes = self.changes()
        if not changes or stored_or_warned(
            self,
            self.windowTitle(),
            lambda: self.group.scripts.save_texts(changes, self.template_id),
        ):
            self.accept()
