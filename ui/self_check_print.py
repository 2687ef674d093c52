"""The self-check's printing step: the demo group's report printed through QPrinter to a PDF file
and saved with the PDF writer, as a host does from Reports, in the frozen build.

A trimmed build can lose what printing needs without failing anything else (the print support
plugin, the fonts' path, the PDF engine), so the files are written and read back here. The print
server itself is the desktop's: the CUPS client is not bundled (docs/design-notes.md), so whether
its plugin loaded is reported, not required.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from app.report_words import words as paper_words
from ui.reports.numbers import LocaleNumbers, locale_for
from ui.reports.report_pdf import page_layout, print_document, text_document, write_pdf
from ui.reports.reports_screen import ReportsScreen


def print_and_save(screen: QWidget, group_name: str, language: str, folder: Path) -> str:
    """Raises when a file is missing or is not a PDF; the files are removed either way."""
    if not isinstance(screen, ReportsScreen):
        raise TypeError(f"the reports area is a {type(screen).__name__}")
    words = paper_words(language)
    numbers = LocaleNumbers(locale_for(language))
    report, document = screen.build(words, numbers)
    printed, saved = folder / "self-check-printed.pdf", folder / "self-check-saved.pdf"
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPageLayout(page_layout("a4"))
        print_document(text_document(document, report, group_name, words, numbers), printer)
        del printer  # the file is finished when the printer goes
        text = text_document(document, report, group_name, words, numbers)
        write_pdf(text, saved, "self-check", "a4")
        sizes = [_pdf_size(path) for path in (printed, saved)]
    finally:
        printed.unlink(missing_ok=True)
        saved.unlink(missing_ok=True)
    printers = len(QPrinterInfo.availablePrinterNames())
    return (
        f"printed {sizes[0]} bytes, saved {sizes[1]} bytes; print plugin "
        f"{_cups_plugin_state()}, {printers} printer(s)"
    )


def _pdf_size(path: Path) -> int:
    with path.open("rb") as handle:
        if handle.read(5) != b"%PDF-":
            raise RuntimeError(f"{path.name} is not a PDF")
    return path.stat().st_size


def _cups_plugin_state() -> str:
    """Linux only: whether Qt's CUPS print plugin is mapped into this process."""
    if not sys.platform.startswith("linux"):
        return "not checked"
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "not checked"
    return "cups loaded" if "libcupsprintersupport" in maps else "cups not loaded (PDF only)"
