"""The take-home handout: chosen resources laid out for A4 or Letter, printed or saved as PDF.

Its headings follow the group's language, not the interface's: a French group's host may run
Cercle in English, but the members take home French. The handout's few fixed words therefore
come from the small table below, per language, and do not go through the interface translator.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from app.model import Resource
from app.resources import CATEGORY_ORDER
from ui.common.offline_text import offline_document
from ui.common.pdf_file import pdf_target
from ui.resources.render import Labels, escape, resource_markdown

HANDOUT_TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Adresses et numéros utiles",
        "given_by": "Remis par : {group}",
        "date": "Document du {date}",
        "phone": "Téléphone",
        "hours": "Horaires",
        "address": "Adresse",
        "web": "Site web",
        "field": "{label} : {value}",
        "checked": "Vérifié le {date}",
        "crisis_line": "Lignes d'écoute et urgences",
        "professional_help": "Aide professionnelle",
        "local_service": "Services de proximité",
        "reading": "Lectures",
        "handout": "Fiches",
        "agreement": "Charte du groupe",
        "practical": "Informations pratiques",
        "other": "Autres ressources",
    },
    "en": {
        "title": "Useful numbers and addresses",
        "given_by": "From: {group}",
        "date": "Printed on {date}",
        "phone": "Phone",
        "hours": "Hours",
        "address": "Address",
        "web": "Website",
        "field": "{label}: {value}",
        "checked": "Checked on {date}",
        "crisis_line": "Crisis lines and emergencies",
        "professional_help": "Professional help",
        "local_service": "Local services",
        "reading": "Reading",
        "handout": "Handouts",
        "agreement": "Group agreements",
        "practical": "Practicalities",
        "other": "Other resources",
    },
}
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 18.0


def handout_texts(language: str) -> dict[str, str]:
    return HANDOUT_TEXT.get(language, HANDOUT_TEXT["en"])


def default_page_size() -> str:
    """Letter where paper is Letter (the US and Canada use the imperial system for it)."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


def _long_date(iso: str, locale: QLocale) -> str:
    return locale.toString(QDate.fromString(iso, "yyyy-MM-dd"), QLocale.FormatType.LongFormat)


def handout_markdown(resources: list[Resource], group_name: str, language: str, today: date) -> str:
    texts = handout_texts(language)
    locale = QLocale(language)
    labels = Labels(texts["phone"], texts["hours"], texts["address"], texts["web"], texts["field"])
    parts = [
        f"# {escape(texts['title'])}",
        escape(texts["given_by"].format(group=group_name))
        + "  \n"
        + escape(texts["date"].format(date=_long_date(today.isoformat(), locale))),
    ]
    ordered = sorted(
        resources,
        key=lambda r: (
            CATEGORY_ORDER.index(r.category) if r.category in CATEGORY_ORDER else 99,
            r.title.casefold(),
        ),
    )
    current = ""
    for resource in ordered:
        if resource.category != current:
            current = resource.category
            parts.append(f"## {escape(texts.get(current, texts['other']))}")
        parts.append(resource_markdown(resource, labels, "###"))
        if resource.last_verified_on:
            checked = texts["checked"].format(date=_long_date(resource.last_verified_on, locale))
            parts.append(f"*{escape(checked)}*")
    return "\n\n".join(parts)


def handout_document(markdown: str, point_size: float = 11.0) -> QTextDocument:
    document = offline_document()
    font = QFont()
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setMarkdown(markdown)
    return document


def lay_out(device: QPagedPaintDevice, page_size: str) -> None:
    device.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    device.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )


def write_pdf(document: QTextDocument, path: Path, page_size: str, title: str) -> None:
    """Write next to the target, then rename: a failed write leaves no half PDF behind."""
    with pdf_target(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("Cercle")
        lay_out(writer, page_size)
        document.print_(writer)
        del writer  # the file is finished when the writer goes
