"""A host's spreadsheet in and out: sniffed encoding and delimiter, a column mapping, a preview.

Nothing here writes to the vault; RosterService.import_csv does that in one transaction.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.member_checks import Problem, fold, member_problems
from storage.records import Member, Role

FIELDS = (
    "pseudonym",
    "full_name",
    "phone",
    "email",
    "role",
    "joined_on",
    "active",
    "consent_contact",
    "consent_handover",
    "private_note",
)

# Header words (folded) a French or English spreadsheet uses for each field.
_SYNONYMS = {
    "pseudonym": ("pseudonym", "pseudonyme", "pseudo", "surnom", "prenom", "first name", "name"),
    "full_name": ("full name", "nom complet", "nom et prenom", "nom", "last name"),
    "phone": ("phone", "telephone", "tel", "portable", "mobile"),
    "email": ("email", "e-mail", "mail", "courriel", "adresse mail"),
    "role": ("role", "fonction"),
    "joined_on": (
        "joined",
        "joined on",
        "arrivee",
        "date d'arrivee",
        "inscription",
        "date d'inscription",
    ),
    "active": ("active", "actif", "active/inactive", "statut"),
    "consent_contact": ("consent to contact", "accepte d'etre contacte", "contact ok"),
    "consent_handover": ("consent to handover", "transmission", "accepte la transmission"),
    "private_note": ("note", "notes", "remarque", "remarques", "commentaire"),
}
_ROLES = {
    "member": Role.MEMBER,
    "membre": Role.MEMBER,
    "host": Role.HOST,
    "animateur": Role.HOST,
    "animatrice": Role.HOST,
    "co-host": Role.CO_HOST,
    "cohost": Role.CO_HOST,
    "co-animateur": Role.CO_HOST,
    "co-animatrice": Role.CO_HOST,
}
_YES = {"1", "yes", "y", "oui", "o", "x", "true", "vrai", "active", "actif"}
_NO = {"0", "no", "n", "non", "false", "faux", "inactive", "inactif", ""}


class RowProblem(StrEnum):
    EMPTY_PSEUDONYM = "empty_pseudonym"
    BAD_EMAIL = "bad_email"
    BAD_DATE = "bad_date"
    BAD_ROLE = "bad_role"
    BAD_YES_NO = "bad_yes_no"
    WRONG_COLUMN_COUNT = "wrong_column_count"


@dataclass(frozen=True)
class CsvTable:
    encoding: str  # "utf-8" or "cp1252"
    delimiter: str
    header: list[str]
    rows: list[list[str]]  # without the header


@dataclass(frozen=True)
class ImportRow:
    line: int  # as the spreadsheet numbers it, header = 1
    member: Member | None
    problem: RowProblem | None = None
    duplicate: bool = False  # same pseudonym already on the roster or earlier in the file


@dataclass(frozen=True)
class ImportPreview:
    table: CsvTable
    mapping: dict[str, int | None]
    rows: list[ImportRow] = field(default_factory=list)

    @property
    def bad(self) -> list[ImportRow]:
        return [r for r in self.rows if r.problem is not None]

    @property
    def duplicates(self) -> list[ImportRow]:
        return [r for r in self.rows if r.problem is None and r.duplicate]

    def members(self, include_duplicates: bool = False) -> list[Member]:
        return [
            r.member
            for r in self.rows
            if r.member is not None
            and r.problem is None
            and (include_duplicates or not r.duplicate)
        ]


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) when it decodes, else the Windows Latin-1 French Excel writes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_table(data: bytes) -> CsvTable:
    text, encoding = decode(data)
    sample = text[:4096]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    try:
        # newline="": the csv module itself reads \r, \n and \r\n, even inside quotes.
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:  # not a spreadsheet (a picture, a cut-off file): plain lines, all skipped
        rows = [line.split(delimiter) for line in text.splitlines()]
    found = [r for r in rows if any(c.strip() for c in r)]
    header = [c.strip() for c in found[0]] if found else []
    return CsvTable(encoding, delimiter, header, found[1:])


def guess_mapping(header: Sequence[str]) -> dict[str, int | None]:
    folded = [fold(h).strip() for h in header]
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    taken: set[int] = set()
    for name in FIELDS:
        for synonym in _SYNONYMS[name]:
            if synonym in folded and folded.index(synonym) not in taken:
                mapping[name] = folded.index(synonym)
                taken.add(folded.index(synonym))
                break
    if mapping["pseudonym"] is None and header:
        mapping["pseudonym"] = next((i for i in range(len(header)) if i not in taken), None)
    return mapping


def parse_date(text: str) -> str | None:
    """ISO or the French dd/mm/yyyy; None for empty. ValueError when unreadable."""
    text = text.strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day).isoformat()
    return date.fromisoformat(text).isoformat()


def _yes_no(text: str, default: bool) -> bool:
    word = fold(text).strip()
    if not text.strip():
        return default
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueError(text)


def _member(cells: list[str], mapping: dict[str, int | None]) -> Member:
    def cell(name: str) -> str:
        index = mapping.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    role_text = cell("role").casefold()
    if role_text and role_text not in _ROLES:
        raise _RowError(RowProblem.BAD_ROLE)
    try:
        joined = parse_date(cell("joined_on"))
    except ValueError:
        raise _RowError(RowProblem.BAD_DATE) from None
    try:
        active = _yes_no(cell("active"), True)
        contact = _yes_no(cell("consent_contact"), False)
        handover = _yes_no(cell("consent_handover"), False)
    except ValueError:
        raise _RowError(RowProblem.BAD_YES_NO) from None
    return Member(
        cell("pseudonym"),
        cell("full_name"),
        cell("phone"),
        cell("email"),
        _ROLES.get(role_text, Role.MEMBER).value,
        active,
        joined,
        contact,
        handover,
        date.today().isoformat() if contact or handover else None,
        cell("private_note"),
    )


class _RowError(Exception):
    def __init__(self, problem: RowProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def build_preview(
    table: CsvTable, mapping: dict[str, int | None], existing: Iterable[str]
) -> ImportPreview:
    seen = {fold(p).strip() for p in existing}
    result = []
    for offset, cells in enumerate(table.rows):
        line = offset + 2
        try:
            member = _member(cells, mapping)
        except _RowError as exc:
            result.append(ImportRow(line, None, exc.problem))
            continue
        problems = member_problems(member)
        if problems:
            problem = (
                RowProblem.EMPTY_PSEUDONYM
                if Problem.EMPTY_PSEUDONYM in problems
                else RowProblem.BAD_EMAIL
            )
            result.append(ImportRow(line, None, problem))
            continue
        key = fold(member.pseudonym).strip()
        result.append(ImportRow(line, member, None, key in seen))
        seen.add(key)
    return ImportPreview(table, mapping, result)


def to_csv(members: Iterable[Member]) -> bytes:
    """UTF-8 with a BOM and semicolons, which French spreadsheets open as they are."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow((*FIELDS, "consent_recorded_on"))
    for m in members:
        writer.writerow(
            [
                m.pseudonym,
                m.full_name,
                m.phone,
                m.email,
                m.role,
                m.joined_on or "",
                int(m.active),
                int(m.consent_contact),
                int(m.consent_handover),
                m.private_note,
                m.consent_recorded_on or "",
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")
