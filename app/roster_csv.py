"""A host's spreadsheet in and out: a column mapping, every row checked, a preview.

Nothing here writes to the vault; RosterService.import_csv does that in one transaction.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.csv_file import Cancelled, CsvTable, Progress, Stop, unneutral, write_rows
from app.member_checks import Problem, field_problems, fold, member_problems
from storage.domain import field_problem
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
    "consent_recorded_on",
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
    "consent_recorded_on": (
        "consent recorded on",
        "consent date",
        "date du consentement",
        "consentement recueilli le",
    ),
}
# Every word for a role a host may find in a sheet, in letters only once folded ("Co-Hôte":
# "cohote"): the values of Role, the words Cercle itself shows in each language (ui/roster's
# role_label; tests/app/test_roster_csv.py checks them against the translations) and the usual
# French and English ones.
_ROLES = {
    **dict.fromkeys(("member", "membre", "participant", "participante"), Role.MEMBER),
    **dict.fromkeys(
        ("host", "animation", "animateur", "animatrice", "hote", "hotesse", "facilitator"),
        Role.HOST,
    ),
    **dict.fromkeys(
        (
            "cohost",
            "coanimation",
            "coanimateur",
            "coanimatrice",
            "cohote",
            "cohotesse",
            "cofacilitator",
        ),
        Role.CO_HOST,
    ),
}
_NOT_LETTERS = re.compile(r"[^a-z]")
_YES = {"1", "yes", "y", "oui", "o", "x", "true", "vrai", "active", "actif"}
_NO = {"0", "no", "n", "non", "false", "faux", "inactive", "inactif", ""}


class RowProblem(StrEnum):
    EMPTY_PSEUDONYM = "empty_pseudonym"
    BAD_EMAIL = "bad_email"
    BAD_DATE = "bad_date"
    BAD_ROLE = "bad_role"
    BAD_YES_NO = "bad_yes_no"
    WRONG_COLUMN_COUNT = "wrong_column_count"
    FIELD = "field"  # refused by the validation gate: see ImportRow.field and .reason


@dataclass(frozen=True)
class ImportRow:
    line: int  # as the spreadsheet numbers it: blank rows counted, a cell of several lines one row
    member: Member | None
    problem: RowProblem | None = None
    duplicate: bool = False  # same pseudonym already on the roster or earlier in the file
    field: str = ""  # with RowProblem.FIELD: the member field refused
    reason: str = ""  # with RowProblem.FIELD: the gate's code (too_long, control...)
    # Consent given, but no date in the file Cercle can believe: recorded as given today.
    dated_today: bool = False


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

    def dated_today(self, include_duplicates: bool = False) -> int:
        """How many of the members imported have their consents dated today (ImportRow)."""
        return sum(
            1
            for r in self.rows
            if r.problem is None and r.dated_today and (include_duplicates or not r.duplicate)
        )


def guess_mapping(header: Sequence[str]) -> dict[str, int | None]:
    folded = [fold(h).strip() for h in header]
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    taken: set[int] = set()
    for name in FIELDS:
        for synonym in (name, *_SYNONYMS[name]):  # its own export's header too
            if synonym in folded and folded.index(synonym) not in taken:
                mapping[name] = folded.index(synonym)
                taken.add(folded.index(synonym))
                break
    if mapping["pseudonym"] is None and header:
        mapping["pseudonym"] = next((i for i in range(len(header)) if i not in taken), None)
    return mapping


def parse_date(text: str) -> str | None:
    """ISO (YYYY-MM-DD only: not the week dates or bare digits Python also reads) or the
    French dd/mm/yyyy; None for empty. ValueError when unreadable."""
    text = text.strip()
    if not text:
        return None
    match = re.fullmatch(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day).isoformat()
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise ValueError(text)
    return date.fromisoformat(text).isoformat()


def consent_day(text: str, today: date) -> str | None:
    """The file's consent date when Cercle can believe it: a real day, by the validation gate's
    rule for it (members.consent_recorded_on) and not after today. None otherwise."""
    try:
        day = parse_date(text)
    except ValueError:
        return None
    if day is None or day > today.isoformat():
        return None
    return day if field_problem("members", "consent_recorded_on", day) is None else None


def role_word(text: str) -> str:
    """A role as _ROLES knows it: case, accents, hyphens and spaces aside."""
    return _NOT_LETTERS.sub("", fold(text))


def _yes_no(text: str, default: bool) -> bool:
    word = fold(text).strip()
    if not text.strip():
        return default
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueError(text)


def _member(cells: list[str], mapping: dict[str, int | None], today: date) -> tuple[Member, bool]:
    """The row's member, and whether its consents are dated today for want of a date in the
    file (Cercle's own export has one: read back, a consent keeps the day it was given)."""

    def cell(name: str) -> str:
        index = mapping.get(name)
        return unneutral(cells[index].strip()) if index is not None and index < len(cells) else ""

    role_text = role_word(cell("role"))
    if cell("role") and role_text not in _ROLES:  # "—" or "ведущий" too: no word of ours
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
    given = contact or handover
    from_file = consent_day(cell("consent_recorded_on"), today)
    member = Member(
        cell("pseudonym"),
        cell("full_name"),
        cell("phone"),
        cell("email"),
        _ROLES.get(role_text, Role.MEMBER),
        active,
        joined,
        contact,
        handover,
        from_file or (today.isoformat() if given else None),
        cell("private_note"),
    )
    return member, given and from_file is None


class _RowError(Exception):
    def __init__(self, problem: RowProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def build_preview(
    table: CsvTable,
    mapping: dict[str, int | None],
    existing: Iterable[str],
    progress: Progress | None = None,
    stop: Stop | None = None,
    *,
    today: date,
) -> ImportPreview:
    seen = {fold(p).strip() for p in existing}
    result = []
    for offset, cells in enumerate(table.rows):
        if offset % 500 == 0:
            if stop is not None and stop():
                raise Cancelled
            if progress is not None:
                progress(offset * 100 // max(1, len(table.rows)))
        row = _checked(table.lines[offset], cells, mapping, today)
        if row.member is not None:
            key = fold(row.member.pseudonym).strip()
            row = dataclasses.replace(row, duplicate=key in seen)
            seen.add(key)
        result.append(row)
    return ImportPreview(table, mapping, result)


def _checked(line: int, cells: list[str], mapping: dict[str, int | None], today: date) -> ImportRow:
    """One row through the spreadsheet's words (roles, yes/no, dates), the member rules, then
    the validation gate field by field."""
    try:
        member, dated_today = _member(cells, mapping, today)
    except _RowError as exc:
        return ImportRow(line, None, exc.problem)
    problems = member_problems(member)
    if Problem.EMPTY_PSEUDONYM in problems:
        return ImportRow(line, None, RowProblem.EMPTY_PSEUDONYM)
    refused = field_problems(member)
    if refused:
        name, reason = refused[0]
        return ImportRow(line, None, RowProblem.FIELD, field=name, reason=reason)
    if problems:
        return ImportRow(line, None, RowProblem.BAD_EMAIL)
    return ImportRow(line, member, dated_today=dated_today)


def to_csv(members: Iterable[Member], notes: bool = False) -> bytes:
    """Every member, cells a spreadsheet would run as formulas neutralised (app.csv_file). The
    private notes ("for you alone") only when the host asked for them: without, the column is
    left out, so the file read back leaves each note as it is."""
    header = list(FIELDS)
    if not notes:
        header.remove("private_note")
    return write_rows(
        [
            header,
            *(
                (
                    m.pseudonym,
                    m.full_name,
                    m.phone,
                    m.email,
                    m.role,
                    m.joined_on or "",
                    int(m.active),
                    int(m.consent_contact),
                    int(m.consent_handover),
                    *((m.private_note,) if notes else ()),
                    m.consent_recorded_on or "",
                )
                for m in members
            ),
        ]
    )
