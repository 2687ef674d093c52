"""The agenda of a session and a blank sign-in sheet, on paper or as PDF, in the group's
language (app.print_text), whatever the interface's language."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from app.group import OpenGroup
from app.model import AgendaItem, Session
from app.print_text import headings, kind_name
from app.sessions import parse_starts_at
from ui.common.dates import to_qtime
from ui.common.offline_text import offline_document
from ui.common.pdf_file import pdf_target
from ui.common.plain_text import escaped
from ui.sessions.labels import long_when

SIGN_IN_ROWS = 18


def _locale(language: str) -> QLocale:
    return QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)


def _e(text: str) -> str:
    return escaped(text)  # capped: a name of megabytes would take the printer minutes


def _style() -> str:
    return (
        "<style>body { font-family: sans-serif; font-size: 11pt; }"
        "h1 { font-size: 18pt; } td, th { padding: 6px; border: 1px solid #555; }"
        "table { border-collapse: collapse; } th { background: #e6e6e6; }</style>"
    )


def _facts(group: OpenGroup, session: Session, language: str) -> str:
    words, locale = headings(language), _locale(language)
    when = long_when(session, locale)
    facts = [(words["date"], when)]
    if session.place:
        facts.append((words["place"], session.place))
    if session.theme:
        facts.append((words["theme"], session.theme))
    facts.append((words["duration"], f"{session.duration_minutes} {words['minutes']}"))
    return "".join(
        f"<p><b>{_e(k)}&nbsp;:</b> {_e(v)}</p>"
        if language == "fr"
        else f"<p><b>{_e(k)}:</b> {_e(v)}</p>"
        for k, v in facts
    )


def agenda_html(group: OpenGroup, session: Session, items: list[AgendaItem]) -> str:
    language = group.language
    words, locale = headings(language), _locale(language)
    moment = parse_starts_at(session.starts_at)
    rows = []
    for item in items:
        start = locale.toString(to_qtime(moment.time()), QLocale.FormatType.ShortFormat)
        rows.append(
            f"<tr><td>{_e(start)}</td><td><b>{_e(item.title)}</b><br/>"
            f"<i>{_e(kind_name(language, item.kind))}</i></td>"
            f"<td align='right'>{item.planned_minutes} {_e(words['minutes'])}</td>"
            f"<td>{_e(item.notes)}</td></tr>"
        )
        moment += timedelta(minutes=item.planned_minutes)
    total = sum(i.planned_minutes for i in items)
    return (
        f"<html><head>{_style()}</head><body><h1>{_e(words['agenda'])}</h1>"
        f"<h2>{_e(group.name)}</h2>{_facts(group, session, language)}"
        f"<table width='100%'><tr><th>{_e(words['time'])}</th><th>{_e(words['item'])}</th>"
        f"<th>{_e(words['duration'])}</th><th>{_e(words['notes'])}</th></tr>"
        f"{''.join(rows)}<tr><td></td><td><b>{_e(words['total'])}</b></td>"
        f"<td align='right'><b>{total} {_e(words['minutes'])}</b></td><td></td></tr>"
        "</table></body></html>"
    )


def sign_in_html(group: OpenGroup, session: Session) -> str:
    language = group.language
    words = headings(language)
    blank = "<tr><td>&nbsp;</td><td>&nbsp;</td></tr>" * SIGN_IN_ROWS
    return (
        f"<html><head>{_style()}</head><body><h1>{_e(words['sign_in'])}</h1>"
        f"<h2>{_e(group.name)}</h2>{_facts(group, session, language)}"
        f"<p><i>{_e(words['sign_note'])}</i></p>"
        f"<table width='100%'><tr><th width='55%'>{_e(words['name'])}</th>"
        f"<th>{_e(words['signature'])}</th></tr>{blank}</table></body></html>"
    )


def print_html(document_html: str, device: QPagedPaintDevice) -> None:
    document = offline_document()
    document.setHtml(document_html)
    document.print_(device)


def write_pdf(document_html: str, path: Path, title: str) -> None:
    with pdf_target(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setTitle(title)
        writer.setCreator("Cercle")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        print_html(document_html, writer)
        del writer  # the file is finished when the writer goes
