"""The roster's CSV as Cercle writes it and reads it back: what the file holds, the words for a
role in either language, and a spreadsheet's "sep=" line."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from app.csv_file import read_table
from app.model import Member, Role
from app.roster_csv import build_preview, guess_mapping, role_word, to_csv

TODAY = date(2026, 11, 27)
TRANSLATIONS = Path(__file__).resolve().parents[2] / "i18n"


def _cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def _rows(path: Path) -> list[list[str]]:
    return _cells(path.read_bytes())


def test_the_export_leaves_private_notes_out_unless_asked(fresh_group, tmp_path) -> None:
    roster = fresh_group.roster
    roster.add_member(Member("Zoé", phone="06 11 22 33 44", private_note="Suivi, ne pas appeler"))
    roster.add_member(Member("Marc", active=False, private_note="Parti à Lyon"))
    plain = tmp_path / "plain.csv"
    assert roster.export_csv(plain) == 2
    header, *rows = _rows(plain)
    assert "private_note" not in header and "pseudonym" in header and "phone" in header
    text = plain.read_text("utf-8-sig")
    assert "Suivi" not in text and "Lyon" not in text
    assert {r[header.index("pseudonym")] for r in rows} == {"Zoé", "Marc"}  # inactive too
    # Read back, a file without the column leaves each note alone: nothing maps to it.
    assert guess_mapping(read_table(plain.read_bytes()).header)["private_note"] is None

    with_notes = tmp_path / "notes.csv"
    roster.export_csv(with_notes, notes=True)
    header, *rows = _rows(with_notes)
    notes = {r[header.index("pseudonym")]: r[header.index("private_note")] for r in rows}
    assert notes == {"Zoé": "Suivi, ne pas appeler", "Marc": "Parti à Lyon"}


def _role_words(language: str) -> set[str]:
    """The words Cercle shows for a role (ui/roster/member_model.py role_label) in `language`."""
    tree = ET.parse(TRANSLATIONS / f"cercle_{language}.ts")
    context = next(c for c in tree.iter("context") if c.findtext("name") == "Roster")
    words = set()
    for message in context.iter("message"):
        source = message.findtext("source")
        if source in ("Host", "Co-host", "Member"):
            words.add(message.findtext("translation") or source)
    assert len(words) == 3
    return words


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_role_words_cercle_shows_are_read_back(language) -> None:
    words = _role_words(language)
    data = ("pseudo;role\n" + "".join(f"P{n};{w}\n" for n, w in enumerate(words))).encode()
    table = read_table(data)
    preview = build_preview(table, guess_mapping(table.header), [], today=TODAY)
    assert [r.problem for r in preview.rows] == [None] * 3
    assert {r.member.role for r in preview.rows if r.member} == set(Role)


def test_role_words_fold_case_accents_and_hyphens() -> None:
    data = "pseudo;role\nA;participante\nB;Co-Hôte\nC;CO-ANIMATION\nD;co host\nE;ведущий\nF;—\n"
    table = read_table(data.encode())
    preview = build_preview(table, guess_mapping(table.header), [], today=TODAY)
    roles = [(r.member.role if r.member else r.problem) for r in preview.rows]
    assert roles == [Role.MEMBER, Role.CO_HOST, Role.CO_HOST, Role.CO_HOST, "bad_role", "bad_role"]
    assert role_word("Co‑Hôte") == "cohote"  # a non-breaking hyphen too


@pytest.mark.parametrize(
    "first_line", ["sep=;", "SEP=;", "sep=;;;", "sep=,", "sep=\t", "\ufeffsep=;"]
)
def test_a_spreadsheet_sep_line_sets_the_delimiter_and_is_no_row(first_line) -> None:
    delimiter = first_line[-1]
    lines = [first_line, f"Pseudo{delimiter}Courriel", f"Anne{delimiter}a@example.org"]
    table = read_table("\r\n".join(lines).encode())
    assert table.delimiter == delimiter
    assert table.header == ["Pseudo", "Courriel"]
    assert table.rows == [["Anne", "a@example.org"]] and table.lines == [2]  # as Excel numbers it
    preview = build_preview(table, guess_mapping(table.header), [], today=TODAY)
    assert [r.member.pseudonym for r in preview.rows if r.member] == ["Anne"]


def test_a_first_line_only_like_sep_stays_a_row() -> None:
    table = read_table(b"separate;x\nAnne;1\n")
    assert table.header == ["separate", "x"]


def test_a_consent_date_read_back_keeps_the_day_it_was_given() -> None:
    """Cercle's own export read back: 2023-05-05 stayed 2023-05-05 (it became today, and an
    expired consent looked freshly given)."""
    given = Member("Anne", consent_contact=True, consent_recorded_on="2023-05-05")
    table = read_table(to_csv([given]))
    (row,) = build_preview(table, guess_mapping(table.header), [], today=TODAY).rows
    assert row.member is not None and row.member.consent_recorded_on == "2023-05-05"
    assert not row.dated_today


@pytest.mark.parametrize(
    "written",
    [
        "",
        "2026-11-28",
        "2999-01-01",
        "1850-01-01",
        "2023-02-30",
        "20230505",
        "2023-W01-1",
        "5 mai 2023",
        "\u202e2023-05-05",
        "=2023-05-05",
        "9" * 5000,
    ],
)
def test_a_consent_date_the_file_cannot_vouch_for_is_today(written) -> None:
    data = "pseudo;consent_contact;consent_handover;consent_recorded_on\n"
    table = read_table((data + f"Anne;1;0;{written}\nMarc;0;0;{written}\n").encode())
    preview = build_preview(table, guess_mapping(table.header), [], today=TODAY)
    anne, marc = (r.member for r in preview.rows)
    assert anne is not None and anne.consent_recorded_on == TODAY.isoformat()
    assert marc is not None and marc.consent_recorded_on is None  # never asked: nothing dated
    assert [r.dated_today for r in preview.rows] == [True, False]
    assert preview.dated_today() == 1


def test_a_consent_date_in_french_form_is_kept(fresh_group) -> None:
    data = "pseudo;accepte d'etre contacte;date du consentement\nAnne;oui;05/05/2023\n"
    preview = fresh_group.roster.preview_csv(data.encode())
    assert fresh_group.roster.import_csv(preview) == 1
    (anne,) = [m for m in fresh_group.roster.members() if m.pseudonym == "Anne"]
    assert anne.consent_recorded_on == "2023-05-05"
