"""A report as CSV: the same layout as on screen and on paper, one figure per line, with the
period and the threshold at the top. Cells a spreadsheet would run as a formula are neutralised
(a theme is text the host typed, or a co-host's file brought)."""

from __future__ import annotations

from pathlib import Path

from app.csv_file import write_rows
from app.fileio import write_atomic
from app.report_document import Document


def to_csv(document: Document, labels: dict[str, str]) -> bytes:
    """UTF-8 with a BOM and semicolons, which French spreadsheets open as they are, written as
    the roster's (app.csv_file.write_rows): the same cells neutralised in both."""
    rows: list[list[str]] = [
        [document.title],
        [labels["period"], document.period],
        [labels["threshold"], document.threshold],
    ]
    for section in document.sections:
        rows += [[], [section.title]]
        rows += [[figure.label, figure.value] for figure in section.figures]
        if section.headings:
            rows.append(list(section.headings))
        rows += [list(cells) for cells in section.rows]
    rows += [[], [labels["notes"]], *([note] for note in document.notes)]
    return write_rows(rows)


def write_csv(document: Document, labels: dict[str, str], path: Path) -> None:
    write_atomic(path, to_csv(document, labels))
