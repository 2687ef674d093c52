"""The report leaves the vault: printed, or saved as PDF or CSV, in the group's language. A host
is told first that the file is not encrypted (it holds no names, only counts)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.group import OpenGroup
from app.report_csv import write_csv
from app.report_document import Document, Numbers, PlainNumbers
from app.report_words import words as paper_words
from app.reports import Report
from ui.common import file_names
from ui.common.ask import confirm_unencrypted
from ui.common.file_dialog import Unencrypted, save_file_as
from ui.common.messages import error_message
from ui.reports.numbers import LocaleNumbers, locale_for
from ui.reports.period_bar import PeriodBar
from ui.reports.report_pdf import page_layout, print_document, text_document, write_pdf

PAPERS = ("a4", "letter")


class ReportSource(Protocol):
    """What the output needs from the Reports screen: its buttons and choices, and the report."""

    group: OpenGroup
    print_button: QPushButton
    pdf_button: QPushButton
    csv_button: QPushButton
    paper: QComboBox
    threshold: QSpinBox
    period_bar: PeriodBar

    def is_annual(self) -> bool: ...

    def build(self, words: dict[str, str], numbers: Numbers) -> tuple[Report, Document]: ...


class ReportOutput(QObject):
    def __init__(self, screen: ReportSource, owner: QWidget) -> None:
        super().__init__(owner)
        self.screen = screen
        self.owner = owner  # the parent of the questions and file choosers
        screen.print_button.clicked.connect(self.print_paper)
        screen.pdf_button.clicked.connect(lambda: self.ask_save("pdf"))
        screen.csv_button.clicked.connect(lambda: self.ask_save("csv"))

    @property
    def language(self) -> str:
        return self.screen.group.language

    @property
    def paper(self) -> str:
        return PAPERS[max(0, self.screen.paper.currentIndex())]

    def unencrypted(self) -> Unencrypted:
        return Unencrypted(
            self.tr("Report"),
            self.tr(
                "A printed, PDF or CSV report is not encrypted. It holds no names, only counts, "
                "and counts of fewer than {n} people are hidden. Give it only to whom it is for."
            ).format(n=self.screen.threshold.value()),
        )

    def _paper_text(self) -> tuple[Document, QTextDocument]:
        words = paper_words(self.language)
        numbers = LocaleNumbers(locale_for(self.language))
        report, document = self.screen.build(words, numbers)
        text = text_document(document, report, self.screen.group.name, words, numbers)
        return document, text

    def print_paper(self) -> None:
        if not confirm_unencrypted(self.owner, *self.unencrypted()):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.paper))
        dialog = QPrintDialog(printer, self.owner)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_document(self._paper_text()[1], printer)

    def suggested_name(self, suffix: str) -> str:
        period = self.screen.period_bar.period()
        key = period.key or period.first.isoformat()
        return file_names.report(self.screen.is_annual(), key, suffix)

    def ask_save(self, kind: str) -> None:
        path = save_file_as(
            self.owner,
            self.tr("Save the report"),
            self.suggested_name(kind),
            f".{kind}",
            self.unencrypted(),
        )
        if path is not None:
            self.save(kind, path)

    def save(self, kind: str, path: Path) -> bool:
        try:
            if kind == "pdf":
                document, text = self._paper_text()
                write_pdf(text, path, document.title, self.paper)
            else:
                words = paper_words(self.language)
                write_csv(self.screen.build(words, PlainNumbers())[1], words, path)
        except OSError as exc:
            QMessageBox.warning(self.owner, self.tr("Save the report"), error_message(exc))
            return False
        return True
