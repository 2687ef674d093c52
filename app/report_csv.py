"""A report as CSV: the same layout as on screen and on paper, one figure per line, with the
period and the threshold at the top. Cells a spreadsheet would run as a formula are neutralised
(a theme is text the host typed, or a co-host's file brought)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.fileio import write_atomic
from app.report_document import Document

# A spreadsheet evaluates a cell that starts with one of these (OWASP "CSV injection").
# Seam: the hostile-text helper (issue 13/14) adds one neutralising CSV writer in app/; use it
# here when it is on main.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutral(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def to_csv(document: Document, labels: dict[str, str]) -> bytes:
    """UTF-8 with a BOM and semicolons, which French spreadsheets open as they are."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")

    def row(*cells: str) -> None:
        writer.writerow([neutral(c) for c in cells])

    row(document.title)
    row(labels["period"], document.period)
    row(labels["threshold"], document.threshold)
    for section in document.sections:
        row()
        row(section.title)
        for figure in section.figures:
            row(figure.label, figure.value)
        if section.headings:
            row(*section.headings)
        for cells in section.rows:
            row(*cells)
    row()
    row(labels["notes"])
    for note in document.notes:
        row(note)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_csv(document: Document, labels: dict[str, str], path: Path) -> None:
    write_atomic(path, to_csv(document, labels))
