"""The group's phone list: who agreed to be on it (recorded here, with the date and the wording
version), and the printable list of those members, nobody else."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.group import OpenGroup
from app.model import Purpose
from app.report_words import phone_words
from ui.common import file_names
from ui.common.ask import confirm_unencrypted
from ui.common.dialog_buttons import dialog_buttons
from ui.common.file_dialog import PDF, Unencrypted, save_file_as
from ui.common.messages import error_message
from ui.common.models import OBJECT_ROLE
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.context import UiContext
from ui.sessions.printing import print_html, write_pdf


def phone_list_html(group: OpenGroup, today: date) -> str:
    words = phone_words(group.language)
    rows = "".join(
        f"<tr><td>{html.escape(e.pseudonym)}</td><td>{html.escape(e.phone)}</td></tr>"
        for e in group.consents.phone_list(today)
    )
    return (
        "<html><head><style>body { font-family: sans-serif; font-size: 11pt; }"
        "td, th { padding: 6px; border: 1px solid #555; } table { border-collapse: collapse; }"
        "th { background: #e6e6e6; }</style></head><body>"
        f"<h1>{html.escape(words['title'])}</h1><h2>{html.escape(group.name)}</h2>"
        f"<p>{html.escape(words['date'].format(day=today.isoformat()))}</p>"
        f"<table width='100%'><tr><th>{html.escape(words['name'])}</th>"
        f"<th>{html.escape(words['phone'])}</th></tr>{rows}</table>"
        f"<p><i>{html.escape(words['note'])}</i></p></body></html>"
    )


class PhoneListDialog(Retranslating, QDialog):
    """A tick per member with a phone: agreed to be on the list. Each change is a consent record."""

    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.today = ctx.today
        self.translated(self.setWindowTitle, lambda: self.tr("Phone list"))
        self.explain = translated_label(
            self,
            lambda: self.tr(
                "Tick the members who agreed today to be on the group's phone list. Only they "
                "are printed, with their pseudonym and phone number."
            ),
            wraps=True,
        )
        self.members = QListWidget()
        self.translated(
            self.members.setAccessibleName, lambda: self.tr("Members with a phone number")
        )
        self.count = PlainLabel()
        self.print_button = translated_button(
            self, lambda: self.tr("&Print…"), clicked=self.print_paper
        )
        self.pdf_button = translated_button(
            self, lambda: self.tr("Save as P&DF…"), clicked=self.ask_pdf
        )
        self.buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.members, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.load()
        self.members.itemChanged.connect(self._ticked)

    def retranslate(self) -> None:
        super().retranslate()
        if self.group.is_open:  # a language change may reach it as a lock closes the group
            self._count()

    def load(self) -> None:
        agreed = {e.member_id for e in self.group.consents.phone_list(self.today())}
        self.members.blockSignals(True)
        self.members.clear()
        for member in self.group.roster.members():
            if not member.active or not member.phone.strip():
                continue
            item = QListWidgetItem(member.pseudonym)
            item.setData(OBJECT_ROLE, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = member.id in agreed
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.blockSignals(False)
        self._count()

    def _count(self) -> None:
        n = len(self.group.consents.phone_list(self.today()))
        self.count.setText(self.tr("%n member(s) on the list", "", n))
        self.print_button.setEnabled(n > 0)
        self.pdf_button.setEnabled(n > 0)

    def _ticked(self, item: QListWidgetItem) -> None:
        member_id = str(item.data(OBJECT_ROLE))
        agreed = item.checkState() == Qt.CheckState.Checked
        try:
            self.group.consents.record(member_id, Purpose.PHONE_LIST, agreed, self.today())
        except (StorageError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), error_message(exc))
            self.load()
            return
        self._count()

    def _unencrypted(self) -> Unencrypted:
        return Unencrypted(
            self.windowTitle(),
            self.tr(
                "A printed or PDF phone list is not encrypted. Hand it only to the members on "
                "it, and ask them to keep it private."
            ),
        )

    def print_paper(self) -> None:
        if not confirm_unencrypted(self, *self._unencrypted()):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            print_html(phone_list_html(self.group, self.today()), printer)

    def ask_pdf(self) -> None:
        path = save_file_as(
            self, self.tr("Save as PDF"), file_names.phone_list(), PDF, self._unencrypted()
        )
        if path is not None:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> bool:
        try:
            html_text = phone_list_html(self.group, self.today())
            write_pdf(html_text, path, phone_words(self.group.language)["title"])
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), error_message(exc))
            return False
        return True
