"""The group's meeting formats: pick one to start a session, rename or delete them."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.limits import text_cap
from app.model import TemplateItem
from ui.common.ask import confirm
from ui.common.capped_line import ask_capped
from ui.common.dialog_buttons import dialog_buttons
from ui.common.messages import stored_or_warned
from ui.common.modal import open_modal
from ui.common.models import OBJECT_ROLE
from ui.common.notices import notice_label
from ui.common.plain_text import MarkupLabel, escaped
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.sessions.format_scripts import FormatScriptsDialog
from ui.sessions.labels import kind_label, minutes_text


class TemplatesDialog(Retranslating, QDialog):
    """Accepting it means "start a session from the selected format" (see chosen_id())."""

    def __init__(self, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.translated(self.setWindowTitle, lambda: self.tr("Meeting formats"))
        # A short list of names: a list widget is enough here; no table model to keep in sync.
        self.list = QListWidget()
        self.translated(self.list.setAccessibleName, lambda: self.tr("Formats"))
        self.list.currentRowChanged.connect(self._show_items)
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.items_title = translated_label(self, lambda: self.tr("Agenda"), "sectionTitle")
        self.items_label = MarkupLabel()
        self.items_label.setWordWrap(True)
        self.items_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.rename_button = translated_button(
            self, lambda: self.tr("Rena&me…"), clicked=self.ask_rename
        )
        self.delete_button = translated_button(
            self, lambda: self.tr("&Delete…"), clicked=self.ask_delete
        )
        self.scripts_button = translated_button(
            self,
            lambda: self.tr("Texts to &read aloud…"),
            lambda: self.tr("What the host reads at each kind of step in meetings of this format"),
            clicked=self.edit_scripts,
        )
        self.buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close,
            self.accept,
            lambda: self.tr("&New session from this format"),
        )
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.list, 2)
        body.addWidget(self._items_card(), 3)
        tools = QHBoxLayout()
        tools.addWidget(self.scripts_button)
        tools.addWidget(self.rename_button)
        tools.addWidget(self.delete_button)
        tools.addStretch(1)
        root = QVBoxLayout(self)
        root.addLayout(body, 1)
        root.addLayout(tools)
        self.over_label = notice_label("warning", visible=False)  # see show_format
        root.addWidget(self.over_label)
        root.addWidget(self.buttons)
        self.resize(760, 400)
        self.reload()
        self.retranslate()

    def _items_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.items_title)
        layout.addWidget(self.items_label, 1)
        return card

    def retranslate(self) -> None:
        super().retranslate()
        self._show_items(self.list.currentRow())

    def reload(self, select: str = "") -> None:
        self.list.clear()
        for template in self.group.sessions.templates():
            item = QListWidgetItem(template.name)
            item.setData(OBJECT_ROLE, template.id)
            self.list.addItem(item)
            if template.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        for button in (
            self.scripts_button,
            self.rename_button,
            self.delete_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Ok),
        ):
            button.setEnabled(has)

    def show_format(self, template_id: str) -> None:
        """A format named elsewhere (an export refused for a text over its cap), chosen, and the
        way to shorten what is over, by how much."""
        self.reload(template_id)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _over_text(self, name: str, items: list[TemplateItem]) -> str:
        """What of the chosen format is over its cap (stored by an older Cercle), and how to
        shorten it: said for whichever format is chosen, so a rename or a delete clears it."""
        locale = QLocale()
        if len(name) > (cap := text_cap("templates", "name")):
            return self.tr(
                "This format's name is over its limit of {cap} characters: remove {over} "
                "characters from it with Rename."
            ).format(cap=locale.toString(cap), over=locale.toString(len(name) - cap))
        for item in items:
            for field in ("title", "notes"):
                if len(text := getattr(item, field)) > (cap := text_cap("template_items", field)):
                    return self.tr(
                        "An agenda item of this format is over its limit of {cap} characters: "
                        "start a session from this format, remove {over} characters from the "
                        "item there, save the session's agenda as a format, then delete this one."
                    ).format(cap=locale.toString(cap), over=locale.toString(len(text) - cap))
        return ""

    def chosen_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(OBJECT_ROLE)) if item else ""

    def _show_items(self, _row: int) -> None:
        """The format's agenda as aligned rows: minutes, title, and the kind in muted text."""
        template_id = self.chosen_id()
        if not template_id or not self.group.is_open:
            self.items_label.setText("")
            self.over_label.hide()
            return
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        items = self.group.sessions.template_items(template_id)
        over = self._over_text(self.list.currentItem().text(), items)
        self.over_label.setText(over)
        self.over_label.setVisible(bool(over))
        rows = "".join(
            f"<tr><td align='right'>{escaped(minutes_text(i.planned_minutes))}&nbsp;</td>"
            f"<td>{escaped(i.title)}</td>"
            f"<td style='color:{muted}'>{escaped(kind_label(i.kind))}</td></tr>"
            for i in items
        )
        total = self.tr("In all: {minutes} min").format(
            minutes=sum(i.planned_minutes for i in items)
        )
        agenda = (
            f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
            f"<p style='color:{muted}'>{escaped(total)}</p>"
        )
        self.items_label.setText(agenda)

    def edit_scripts(self) -> FormatScriptsDialog | None:
        item = self.list.currentItem()
        if item is None:
            return None
        dialog = FormatScriptsDialog(self.group, self.chosen_id(), item.text(), self)
        self.scripts_dialog = open_modal(dialog)
        return dialog

    def ask_rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = ask_capped(
            self,
            self.tr("Rename the format"),
            self.tr("New name:"),
            item.text(),
            "templates",
            "name",
        )
        if name and name.strip():
            self.rename(name)

    def rename(self, name: str) -> None:
        template_id = self.chosen_id()
        if stored_or_warned(
            self,
            self.tr("Rename the format"),
            lambda: self.group.sessions.rename_template(template_id, name),
        ):
            self.reload(template_id)

    def ask_delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        template_id = self.chosen_id()
        texts = self.group.scripts.format_text_count(template_id)
        asked = confirm(  # the name is the host's: plain, never markup
            self,
            self.tr("Delete the format"),
            self.tr(
                "Delete the format “{name}”? Sessions already planned with it are kept."
            ).format(name=item.text()),
            # What those sessions read aloud changes with it: said before, not found mid-meeting.
            informative=self.tr(
                "%n text(s) of its own to read aloud will be deleted with it: sessions "
                "planned with it will read the group's texts instead, or Cercle's where the "
                "group has none.",
                "",
                texts,
            )
            if texts
            else "",
        )
        if asked and stored_or_warned(
            self,
            self.tr("Delete the format"),
            lambda: self.group.sessions.delete_template(template_id),
        ):
            self.reload()
