"""What a spreadsheet import skipped and why, or why it refused the file, in the host's words.

Rows are named by their line in the spreadsheet; a value from the file is never quoted (it may
be anything)."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from app.csv_file import MAX_BYTES, MAX_COLUMNS, MAX_ROWS, Refusal
from app.roster_csv import ImportRow, RowProblem
from ui.common.refusal import FIELDS, REASONS

_CONTEXT = "CsvImport"
LINES_SHOWN = 8

_PROBLEMS = {
    RowProblem.EMPTY_PSEUDONYM: QT_TRANSLATE_NOOP("CsvImport", "no pseudonym"),
    RowProblem.BAD_EMAIL: QT_TRANSLATE_NOOP("CsvImport", "email not valid"),
    RowProblem.BAD_DATE: QT_TRANSLATE_NOOP("CsvImport", "date not readable"),
    RowProblem.BAD_ROLE: QT_TRANSLATE_NOOP("CsvImport", "unknown role"),
    RowProblem.BAD_YES_NO: QT_TRANSLATE_NOOP("CsvImport", "expected yes or no"),
    RowProblem.WRONG_COLUMN_COUNT: QT_TRANSLATE_NOOP("CsvImport", "wrong number of columns"),
}


class ImportWords(QObject):
    """The preview's counted sentences: lupdate marks a plural only in a tr() call."""

    def dated_today(self, members: int) -> str:
        return self.tr(
            "The file gives no valid consent date for %n member(s): their consents are "
            "recorded as given today.",
            "",
            members,
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def why(row: ImportRow) -> str:
    """Why this row is skipped: "no pseudonym", "private note: far too long"."""
    if row.problem is RowProblem.FIELD:
        # The gate's own words for its fields and reasons, as a refused handover file says them.
        return QCoreApplication.translate("CsvImport", "{field}: {reason}").format(
            field=QCoreApplication.translate("Refusal", str(FIELDS.get(row.field, row.field))),
            reason=QCoreApplication.translate(
                "Refusal", str(REASONS.get(row.reason, REASONS["type"]))
            ),
        )
    return _tr(str(_PROBLEMS[row.problem])) if row.problem is not None else ""


def skipped_by_reason(rows: list[ImportRow]) -> list[tuple[str, int, str]]:
    """(reason, how many rows, which lines) for each reason rows were skipped, in file order."""
    by_reason: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        if row.problem is not None:
            by_reason[why(row)].append(row.line)
    found = []
    for reason, numbers in by_reason.items():
        shown = ", ".join(str(n) for n in numbers[:LINES_SHOWN])
        found.append((reason, len(numbers), shown + (", …" if len(numbers) > LINES_SHOWN else "")))
    return found


def refusal_text(reason: Refusal) -> str:
    locale = QLocale()
    texts = {
        Refusal.TOO_LARGE: QCoreApplication.translate(
            "CsvImport",
            "This file is larger than {size} MB, far more than a roster. Is it the right "
            "file? Nothing was imported.",
        ).format(size=locale.toString(MAX_BYTES // (1024 * 1024))),
        Refusal.BINARY: QCoreApplication.translate(
            "CsvImport",
            "This is not a CSV text file (it looks like a picture, a PDF or a workbook). In "
            "your spreadsheet, choose Save as… and the CSV format, then import that file. "
            "Nothing was imported.",
        ),
        Refusal.NUL: QCoreApplication.translate(
            "CsvImport",
            "This file holds NUL characters, which a spreadsheet's CSV never has: it is "
            "damaged or not a spreadsheet. Nothing was imported.",
        ),
        Refusal.TOO_MANY_ROWS: QCoreApplication.translate(
            "CsvImport",
            "This file has more than {rows} rows, more people than any group has. Is it the "
            "right file? Nothing was imported.",
        ).format(rows=locale.toString(MAX_ROWS)),
        Refusal.TOO_MANY_COLUMNS: QCoreApplication.translate(
            "CsvImport",
            "This file has more than {columns} columns, far more than a roster. Is it the "
            "right file? Nothing was imported.",
        ).format(columns=locale.toString(MAX_COLUMNS)),
        Refusal.NOT_A_FILE: QCoreApplication.translate(
            "CsvImport",
            "This is not a file that can be read, but a device or a pipe. Choose the CSV file "
            "your spreadsheet saved. Nothing was imported.",
        ),
        Refusal.EMPTY: QCoreApplication.translate(
            "CsvImport", "This file is empty: there is nothing to import."
        ),
    }
    return texts[reason]
