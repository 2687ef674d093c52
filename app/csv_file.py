"""A spreadsheet's CSV file, read as the hostile input it may be: capped in size and rows, binary
files and NUL refused, the encodings hosts' spreadsheets write, and cells that a spreadsheet would
run as formulas neutralised on the way out.

Reading runs in a worker (ui.roster.import_dialog): it reports progress and stops when asked.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app import fileio

MAX_BYTES = 5 * 1024 * 1024  # a roster, not a database dump
MAX_ROWS = 5_000  # more people than any peer group has met; a bigger file is the wrong one
# A roster has a dozen columns, a registration form's export a few dozen: 5 MB of "a;a;a" is
# 2.5 million, and the mapping lists every column in each of its choices (a minute per million).
MAX_COLUMNS = 200
_SAMPLE = 64 * 1024
# Signatures of the files a host may pick by mistake: pictures, PDF, zip (an .xlsx, .ods or
# .docx is a zip), an old Excel/Word file, a Cercle vault or any SQLite file.
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK, +cmd|, @SUM),
# or with their full-width forms, which some read as the same signs (OWASP "CSV injection").
# "sep=;" alone on the first line; some programs pad it to the row's width ("sep=;;;").
_SEP_LINE = re.compile(r"[ ]*sep=([^\w\s\"']|\t)\1*[ ]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


class Refusal(StrEnum):
    TOO_LARGE = "too_large"
    BINARY = "binary"  # a picture, a zip, an Excel file, random bytes
    NUL = "nul"  # NUL characters: not a text file, or a damaged one
    TOO_MANY_ROWS = "too_many_rows"
    TOO_MANY_COLUMNS = "too_many_columns"
    EMPTY = "empty"
    NOT_A_FILE = "not_a_file"  # a FIFO or a device: its read would never end


class CsvRefused(Exception):
    def __init__(self, reason: Refusal) -> None:
        super().__init__(reason.value)
        self.reason = reason


class Cancelled(Exception):
    """The host pressed Cancel while the file was being read."""


@dataclass(frozen=True)
class CsvTable:
    encoding: str  # "utf-8", "utf-16", "cp1252" or "mixed" (lines of UTF-8 and of cp1252)
    delimiter: str
    header: list[str]
    rows: list[list[str]]  # without the header
    lines: list[int]  # each row's number in the spreadsheet, blank rows counted


Progress = Callable[[int], None]  # percent
Stop = Callable[[], bool]


def read_capped(path: Path) -> bytes:
    """A file's bytes, refused before reading when it is larger than any roster can be, or when
    it is not a regular file."""
    try:
        return fileio.read_capped(path, MAX_BYTES)
    except fileio.FileTooLarge:
        raise CsvRefused(Refusal.TOO_LARGE) from None
    except fileio.NotAFile:
        raise CsvRefused(Refusal.NOT_A_FILE) from None


def decode(data: bytes) -> tuple[str, str]:
    """UTF-16 with its BOM, UTF-8 with or without one, else the Windows Latin-1 that French
    Excel writes. Refuses what is not text."""
    if len(data) > MAX_BYTES:
        raise CsvRefused(Refusal.TOO_LARGE)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise CsvRefused(Refusal.BINARY) from None
    elif data.startswith(_MAGIC) or data.startswith(b"SQLite format 3"):
        raise CsvRefused(Refusal.BINARY)
    elif b"\0" in data:
        raise CsvRefused(Refusal.NUL)
    elif data.startswith(codecs.BOM_UTF8):
        text, encoding = _utf8_or_latin1(data[len(codecs.BOM_UTF8) :])
    else:
        text, encoding = _utf8_or_latin1(data)
    if "\0" in text:
        raise CsvRefused(Refusal.NUL)
    # A byte-order mark inside the text is where a second file was put after the first: no
    # character of a name (it made "Zoé" and "\ufeffZoé" two members).
    text = text.replace("\ufeff", "")
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise CsvRefused(Refusal.BINARY)  # text has a few stray controls at most
    return text, encoding


def _utf8_or_latin1(data: bytes) -> tuple[str, str]:
    """Line by line when the whole is not UTF-8: a roster saved by two programs holds both, and
    one Latin-1 byte read the whole file as Latin-1, every UTF-8 accent garbled ('HÃ©lÃ¨ne')."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines, utf8 = [], False
    for line in data.split(b"\n"):  # the same byte in both encodings
        try:
            lines.append(line.decode("utf-8"))
            utf8 = utf8 or not line.isascii()
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
    return "\n".join(lines), "mixed" if utf8 else "cp1252"


def read_table(data: bytes, progress: Progress | None = None, stop: Stop | None = None) -> CsvTable:
    text, encoding = decode(data)
    # Excel's first line "sep=;" names the delimiter and is no row (Excel hides it, and numbers
    # the header row 1): read as one, it made the header "sep=" and the real header a member.
    said = _SEP_LINE.match(text)
    if said is not None:
        text, delimiter = text[said.end() :], said.group(1)
    else:
        delimiter = _sniffed(text[:4096])
    rows, lines = _rows(text, delimiter, progress or (lambda _p: None), stop or (lambda: False))
    if not rows:
        raise CsvRefused(Refusal.EMPTY)
    header = [c.strip() for c in rows[0]]
    # A second file put after the first brings its header again: not a row to import.
    kept = [n for n, row in enumerate(rows) if n and [c.strip() for c in row] != header]
    return CsvTable(encoding, delimiter, header, [rows[n] for n in kept], [lines[n] for n in kept])


def _sniffed(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        return ";" if sample.count(";") >= sample.count(",") else ","


def _rows(
    text: str, delimiter: str, progress: Progress, stop: Stop
) -> tuple[list[list[str]], list[int]]:
    """The non-blank rows, header first, without their empty cells at the end (a spreadsheet
    may write thousands), and their numbers as the spreadsheet counts rows: every record, blank
    or of several lines, is one (a skipped row is named by it). Refuses past MAX_ROWS or
    MAX_COLUMNS without reading the rest."""
    source = io.StringIO(text, newline="")  # the csv module reads \r, \n and \r\n itself
    found: list[list[str]] = []
    lines: list[int] = []
    # No cell longer than the file, so no csv.Error: past the module's default of 128 KiB, the
    # rest of the file was split at each delimiter, quotes and all, and the long row was lost.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    for number, row in enumerate(csv.reader(source, delimiter=delimiter)):
        if number % 500 == 0:
            if stop():
                raise Cancelled
            progress(source.tell() * 100 // max(1, len(text)))
        while row and not row[-1].strip():
            row.pop()
        if row:
            if len(row) > MAX_COLUMNS:
                raise CsvRefused(Refusal.TOO_MANY_COLUMNS)
            found.append(row)
            lines.append(number + 1)
            if len(found) > MAX_ROWS + 1:
                raise CsvRefused(Refusal.TOO_MANY_ROWS)
    progress(100)
    return found, lines


def neutral(cell: str) -> str:
    """A cell a spreadsheet would run as a formula, made text with a leading apostrophe (the
    spreadsheets' own sign for "this is text"). read back by `unneutral`."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def unneutral(cell: str) -> str:
    """A cell Cercle exported with `neutral`, as the host typed it."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def write_rows(rows: Iterable[Iterable[object]]) -> bytes:
    """UTF-8 with a BOM and semicolons, which French spreadsheets open as they are; every text
    cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutral(c) if isinstance(c, str) else c for c in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
