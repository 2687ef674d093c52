"""Choose what goes on the handout and the paper size, preview it, print it or save a PDF."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.model import Category, Resource
from app.resources import CATEGORY_ORDER
from ui.common import file_names
from ui.common.dialog_buttons import dialog_buttons
from ui.common.file_dialog import PDF, save_file_as
from ui.common.messages import error_message
from ui.common.offline_text import OfflineTextBrowser
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.context import UiContext
from ui.resources.handout import (
    default_page_size,
    handout_document,
    handout_markdown,
    handout_texts,
    lay_out,
    write_pdf,
)
from ui.resources.model import category_name
from ui.resources.render import read_for_display


class HandoutDialog(Retranslating, QDialog):
    def __init__(
        self,
        ctx: UiContext,
        group: OpenGroup,
        chosen: list[Resource],
        category: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.chosen = chosen
        self.translated(self.setWindowTitle, lambda: self.tr("Handout: print or PDF"))
        self.chosen_radio, self.category_radio = QRadioButton(), QRadioButton()
        self.translated(
            self.chosen_radio.setText,
            lambda: self.tr("The %n chosen resource(s)", "", len(self.chosen)),
        )
        self.translated(self.category_radio.setText, lambda: self.tr("A whole &category:"))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.chosen_radio)
        self.scope.addButton(self.category_radio)
        self.chosen_radio.setEnabled(bool(chosen))
        (self.chosen_radio if chosen else self.category_radio).setChecked(True)
        self.category_box = QComboBox()
        self.page_box = QComboBox()
        self.preview = OfflineTextBrowser()
        self.warning = translated_label(
            self,
            lambda: self.tr(
                "A PDF file is not encrypted: anyone who finds it can read it. It holds only the "
                "resources shown here, never member details. The handout is in the group's "
                "language."
            ),
            "warning",
            wraps=True,
        )
        self._build(category)
        self.update_preview()  # in the group's language: a language switch leaves it be
        self.resize(860, 680)

    def _build(self, category: str) -> None:
        self.form = QFormLayout()
        self.form.addRow(self.chosen_radio)
        self.form.addRow(self.category_radio, self.category_box)
        self.page_label = translated_label(self, lambda: self.tr("&Paper size:"))
        self.page_label.setBuddy(self.page_box)
        self.form.addRow(self.page_label, self.page_box)
        for index, category_value in enumerate(CATEGORY_ORDER):
            self.category_box.addItem("", category_value)
            self.translated(
                partial(self.category_box.setItemText, index),
                partial(category_name, category_value),
            )
        initial = category or Category.CRISIS_LINE
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(initial)))
        self.page_box.addItem("", "a4")
        self.translated(partial(self.page_box.setItemText, 0), lambda: self.tr("A4 (21 × 29.7 cm)"))
        self.page_box.addItem("", "letter")
        self.translated(
            partial(self.page_box.setItemText, 1), lambda: self.tr("Letter (8.5 × 11 in)")
        )
        self.page_box.setCurrentIndex(self.page_box.findData(default_page_size()))
        self.buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        self.print_button = translated_button(
            self, lambda: self.tr("&Print…"), clicked=self.print_handout
        )
        self.pdf_button = translated_button(
            self, lambda: self.tr("Save as P&DF…"), clicked=self.ask_and_save_pdf
        )
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.scope.buttonToggled.connect(lambda *_a: self.update_preview())
        self.category_box.currentIndexChanged.connect(self._choose_category)
        root = QVBoxLayout(self)
        root.addLayout(self.form)
        root.addWidget(self.preview, 1)
        root.addWidget(self.warning)
        root.addWidget(self.buttons)

    def _choose_category(self) -> None:
        self.category_radio.setChecked(True)
        self.update_preview()

    def resources(self) -> list[Resource]:
        if self.chosen_radio.isChecked():
            return self.chosen
        category = str(self.category_box.currentData())
        return read_for_display(self.group, lambda: self.group.resources.in_category(category))

    def markdown(self) -> str:
        return handout_markdown(
            self.resources(), self.group.name, self.group.language, self.ctx.today()
        )

    def update_preview(self) -> None:
        if not self.group.is_open:  # locked while open: the dialog is about to go
            return
        self.preview.setMarkdown(self.markdown())
        empty = not self.resources()
        self.print_button.setDisabled(empty)
        self.pdf_button.setDisabled(empty)

    def page_size(self) -> str:
        return str(self.page_box.currentData())

    def save_pdf(self, path: Path) -> bool:
        title = handout_texts(self.group.language)["title"]
        try:
            write_pdf(handout_document(self.markdown()), path, self.page_size(), title)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_message(exc))
            return False
        return True

    def ask_and_save_pdf(self) -> None:
        # Addresses and numbers for anyone, no member's: said in the title and once saved,
        # not asked first.
        path = save_file_as(
            self, self.tr("Save the handout (not encrypted)"), file_names.handout(), PDF
        )
        if path is not None and self.save_pdf(path):
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("The handout was saved. Remember that the file is not encrypted."),
            )

    def print_handout(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        lay_out(printer, self.page_size())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            handout_document(self.markdown()).print_(printer)
