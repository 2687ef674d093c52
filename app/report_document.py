"""A report laid out as text: sections of labelled figures, tables and notes, in the words and
number format it is given. The screen, the PDF and the CSV all present this one layout, so what a
host sees is what they hand over, and every figure about people goes through one masking rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from app.annual_report import AnnualReport
from app.reports import Report, hidden


class Numbers(Protocol):
    """Formats numbers and dates for one language (QLocale on screen and paper, plain in CSV)."""

    def integer(self, value: int) -> str: ...
    def decimal(self, value: float) -> str: ...  # one decimal place
    def day(self, value: date) -> str: ...
    def month(self, value: date) -> str: ...  # short, for a chart axis


class PlainNumbers:
    """Spreadsheet-friendly: ISO dates, a dot for decimals."""

    def integer(self, value: int) -> str:
        return str(value)

    def decimal(self, value: float) -> str:
        return f"{value:.1f}"

    def day(self, value: date) -> str:
        return value.isoformat()

    def month(self, value: date) -> str:
        return value.isoformat()[:7]


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    masked: bool = False


@dataclass(frozen=True)
class Section:
    title: str
    figures: tuple[Figure, ...] = ()
    headings: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Document:
    title: str
    period: str
    threshold: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...]


class _Writer:
    def __init__(self, words: dict[str, str], numbers: Numbers, threshold: int) -> None:
        self.w, self.n, self.threshold = words, numbers, threshold

    def people(self, label: str, value: float | None, *, decimal: bool = False) -> Figure:
        """A figure about people: "fewer than N" under the threshold."""
        if value is None:
            return Figure(self.w[label], self.w["not_available"])
        if hidden(value, self.threshold):
            return Figure(self.w[label], self.w["fewer_than"].format(n=self.threshold), True)
        text = self.n.decimal(value) if decimal else self.n.integer(int(value))
        return Figure(self.w[label], text)

    def plain(self, label: str, value: int) -> Figure:
        return Figure(self.w[label], self.n.integer(value))

    def count_cell(self, value: int) -> str:
        if hidden(value, self.threshold):
            return self.w["fewer_than"].format(n=self.threshold)
        return self.n.integer(value)

    def period(self, report: Report) -> str:
        first, last = report.period.first, report.period.last
        return self.w["from_to"].format(first=self.n.day(first), last=self.n.day(last))


def report_document(report: Report, words: dict[str, str], numbers: Numbers) -> Document:
    out = _Writer(words, numbers, report.threshold)
    w = words
    return Document(
        title=w["title"],
        period=out.period(report),
        threshold=w["fewer_than"].format(n=report.threshold),
        sections=(*_sections(report, out), _per_meeting(report, out)),
        notes=_notes(report, w),
    )


def _sections(report: Report, out: _Writer) -> tuple[Section, ...]:
    w = out.w
    meetings = Section(
        w["meetings"],
        (
            out.plain("held", report.held),
            out.plain("cancelled", report.cancelled),
            out.plain("planned", report.planned),
            Figure(w["hours"], out.n.decimal(report.hours_met)),
        ),
    )
    attendance = Section(
        w["attendance"],
        (
            out.people("average", report.average, decimal=True),
            out.people("median", report.median, decimal=True),
            out.people("newcomers", report.newcomers),
            out.people("came_back", report.came_back),
            out.people("regulars", report.regulars),
            _checkouts(report, out),
        ),
    )
    members = Section(
        w["members"],
        (
            out.people("members_at_end", report.members_at_end),
            out.people("new_members", report.new_members),
        ),
    )
    return meetings, attendance, members, _themes(w["themes"], report.themes, out)


def _checkouts(report: Report, out: _Writer) -> Figure:
    if report.checkouts is None:
        return Figure(out.w["checkouts"], out.w["not_recorded"])
    return Figure(out.w["checkouts"], " / ".join(out.count_cell(c) for c in report.checkouts))


def _themes(title: str, themes: tuple[tuple[str, int], ...], out: _Writer) -> Section:
    if not themes:
        return Section(title, (Figure(out.w["theme"], out.w["no_themes"]),))
    rows = tuple((theme, out.n.integer(count)) for theme, count in themes)
    return Section(title, headings=(out.w["theme"], out.w["count"]), rows=rows)


def _per_meeting(report: Report, out: _Writer) -> Section:
    w = out.w
    rows = tuple(
        (
            out.n.day(date.fromisoformat(m.starts_at[:10])),
            out.count_cell(m.named),
            out.count_cell(m.guests),
            out.count_cell(m.total),
        )
        for m in report.meetings
    )
    return Section(
        w["per_meeting"],
        headings=(w["date"], w["named"], w["guests"], w["total"]),
        rows=rows,
    )


def _notes(report: Report, w: dict[str, str]) -> tuple[str, ...]:
    notes = [
        w["note_threshold"].format(n=report.threshold),
        w["note_definitions"],
        w["note_members"],
    ]
    if report.folded_meetings:
        notes.append(w["note_folded"].format(n=report.folded_meetings))
    return tuple(notes)


def annual_document(annual: AnnualReport, words: dict[str, str], numbers: Numbers) -> Document:
    report = annual.report
    out = _Writer(words, numbers, report.threshold)
    w = words
    slots = tuple(
        Figure(
            w["usual_times"] if i == 0 else "",
            w["slot"].format(
                weekday=w[f"weekday_{s.weekday}"],
                start=s.start,
                end=s.end,
                count=numbers.integer(s.meetings),
            ),
        )
        for i, s in enumerate(annual.slots)
    )
    gem = (
        Section(
            w["members"],
            (
                out.people("members_31", annual.members_at_31_december),
                out.people("new_in_year", annual.new_members),
            ),
        ),
        Section(
            w["hosts"],
            (
                out.plain("paid_hosts", annual.paid_hosts),
                out.plain("volunteer_hosts", annual.volunteer_hosts),
            ),
        ),
        Section(
            w["opening"],
            (
                out.plain("opening_days", annual.opening_days),
                Figure(w["opening_hours"], numbers.decimal(annual.opening_hours)),
                *slots,
            ),
        ),
        _themes(w["activities_held"], report.themes, out),
        Section(
            w["activities_planned"],
            (out.plain("planned_count", annual.planned_next_year),),
            headings=(w["theme"], w["count"]) if annual.planned_themes else (),
            rows=tuple((t, numbers.integer(c)) for t, c in annual.planned_themes),
        ),
    )
    detail = report_document(report, words, numbers)
    return Document(
        title=f"{w['gem']} {annual.year}",
        period=detail.period,
        threshold=detail.threshold,
        sections=gem + detail.sections[:3] + detail.sections[4:],
        notes=detail.notes,
    )
