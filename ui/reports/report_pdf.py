"""A report on paper or as PDF (A4 or Letter), in the group's language: the same layout as the
screen (app.report_document) and the same charts, painted for paper."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.report_document import Document, Numbers
from app.reports import Report
from ui.common.offline_text import offline_document
from ui.common.pdf_file import pdf_target
from ui.reports.charts import PRINT, ChartContent, paint_attendance, paint_trend

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
CHART_PIXELS = (2400, 1100)  # about 300 dpi across a printed page's width


def _e(text: str) -> str:
    return html.escape(text)


def _style() -> str:
    return (
        "<style>body { font-family: sans-serif; font-size: 10pt; }"
        "h1 { font-size: 17pt; } h2 { font-size: 12.5pt; margin-top: 14px; }"
        "td, th { padding: 4px 8px; border: 1px solid #777; } th { background: #e6e6e6; }"
        "table { border-collapse: collapse; } .note { font-size: 9pt; }</style>"
    )


def _section_html(title: str, figures: str, table: str) -> str:
    return f"<h2>{_e(title)}</h2>{figures}{table}"


def document_html(document: Document, group_name: str, words: dict[str, str]) -> str:
    parts = [
        f"<html><head>{_style()}</head><body><h1>{_e(document.title)}</h1>",
        f"<p><b>{_e(group_name)}</b></p>",
        f"<p>{_labelled(words, 'period', document.period)}<br/>",
        f"{_labelled(words, 'threshold', document.threshold)}</p>",
        "<p><img src='chart:attendance' width='640'/></p>",
        "<p><img src='chart:trend' width='640'/></p>",
    ]
    for section in document.sections:
        figures = ""
        if section.figures:
            figures = (
                "<table width='100%'>"
                + "".join(
                    f"<tr><td width='65%'>{_e(f.label)}</td><td>{_e(f.value)}</td></tr>"
                    for f in section.figures
                )
                + "</table>"
            )
        table = ""
        if section.headings:
            head = "".join(f"<th>{_e(h)}</th>" for h in section.headings)
            body = "".join(
                "<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>"
                for row in section.rows
            )
            table = f"<table width='100%'><tr>{head}</tr>{body}</table>"
        parts.append(_section_html(section.title, figures, table))
    parts.append(f"<h2>{_e(words['notes'])}</h2>")
    parts.extend(f"<p class='note'>{_e(note)}</p>" for note in document.notes)
    parts.append("</body></html>")
    return "".join(parts)


def _labelled(words: dict[str, str], key: str, value: str) -> str:
    return _e(words["labelled"].format(label=words[key], value=value))


def chart_image(kind: str, report: Report, words: dict[str, str], numbers: Numbers) -> QImage:
    image = QImage(*CHART_PIXELS, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("sans-serif")
    font.setPixelSize(CHART_PIXELS[0] // 45)
    painter.setFont(font)
    draw = paint_attendance if kind == "attendance" else paint_trend
    draw(painter, QRectF(0, 0, *CHART_PIXELS), ChartContent(report, words, numbers), PRINT)
    painter.end()
    return image


def text_document(
    document: Document, report: Report, group_name: str, words: dict[str, str], numbers: Numbers
) -> QTextDocument:
    text = offline_document()
    for kind in ("attendance", "trend"):
        text.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"chart:{kind}"),
            chart_image(kind, report, words, numbers),
        )
    text.setHtml(document_html(document, group_name, words))
    return text


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def print_document(text: QTextDocument, device: QPagedPaintDevice) -> None:
    text.setPageSize(QSizeF())  # let print_ lay it out on the device's page
    text.print_(device)


def write_pdf(text: QTextDocument, path: Path, title: str, paper: str) -> None:
    with pdf_target(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setTitle(title)
        writer.setCreator("Cercle")
        writer.setResolution(300)
        writer.setPageLayout(page_layout(paper))
        print_document(text, writer)
        del writer  # the file is finished when the writer goes
