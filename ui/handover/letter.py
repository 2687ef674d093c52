"""The printable handover letter (goes with the stick) and the passphrase sheet (goes apart).

The letter never holds the passphrase; the sheet never names the group: whoever finds one of
them alone, with the stick or not, cannot open the file.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from ui.common.offline_text import offline_document
from ui.common.pdf_file import pdf_target
from ui.common.plain_text import escaped


@dataclass(frozen=True)
class LetterFacts:
    group_name: str
    exported_at: str  # UTC ISO-8601 from the manifest
    code: str
    scope: str
    counts: dict[str, int]
    file_name: str


def scope_sentence(scope: str) -> str:
    if scope == "everything":
        return QCoreApplication.translate(
            "HandoverLetter",
            "Everything: members with their contact details, meetings, "
            "attendance, speaking-time records and resources.",
        )
    if scope == "no_roster":
        return QCoreApplication.translate(
            "HandoverLetter",
            "Meetings, agendas, formats and resources. No member list, no attendance.",
        )
    return QCoreApplication.translate(
        "HandoverLetter",
        "Members, meetings, attendance and resources. Contact details and "
        "private notes only for members who agreed to pass them on.",
    )


def local_time(iso: str) -> str:
    moment = QDateTime.fromString(iso[:19], "yyyy-MM-ddTHH:mm:ss")
    moment.setTimeZone(QDateTime.currentDateTimeUtc().timeZone())
    local, locale = moment.toLocalTime(), QLocale()
    return (
        f"{locale.toString(local.date(), QLocale.FormatType.LongFormat)} "
        f"{locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
    )


def _write_pdf(path: Path, body: str) -> None:
    document = offline_document()
    document.setDefaultStyleSheet(
        "h1 { font-size: 20pt; } p, li { font-size: 11pt; } "
        ".code { font-size: 26pt; font-weight: bold; }"
    )
    document.setHtml(body)
    with pdf_target(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        writer.setTitle("Cercle")
        document.print_(writer)
        del writer  # the file is finished when the writer goes


def write_letter(path: Path, facts: LetterFacts) -> None:
    steps = [
        QCoreApplication.translate(
            "HandoverLetter", "Install Cercle on your computer and open it."
        ),
        QCoreApplication.translate(
            "HandoverLetter",
            "On the start screen, choose “Import a "
            "handed-over group…” and pick the file {file} on the USB "
            "stick.",
        ).format(file=html.escape(facts.file_name)),
        QCoreApplication.translate(
            "HandoverLetter",
            "Type the handover passphrase you were given on paper, separately from the stick.",
        ),
        QCoreApplication.translate(
            "HandoverLetter",
            "Check that the verification code shown "
            "matches the one above, then choose your own passphrase "
            "for the group.",
        ),
        QCoreApplication.translate(
            "HandoverLetter",
            "Once the group opens, delete the file from "
            "the stick and destroy the passphrase sheet.",
        ),
    ]
    title = QCoreApplication.translate("HandoverLetter", "Handing over the group")
    exported = QCoreApplication.translate("HandoverLetter", "Exported on {date}.").format(
        date=local_time(facts.exported_at)
    )
    compare = QCoreApplication.translate(
        "HandoverLetter", "Verification code, to compare aloud with the outgoing host:"
    )
    holds = QCoreApplication.translate("HandoverLetter", "What the file holds")
    how = QCoreApplication.translate("HandoverLetter", "How to import it")
    never = QCoreApplication.translate(
        "HandoverLetter",
        "This letter does not hold the passphrase. Without it, nobody can open the file.",
    )
    body = (
        f"<h1>{title}</h1><p><b>{escaped(facts.group_name)}</b></p><p>{exported}</p>"
        f"<p>{compare}</p><p class='code'>{html.escape(facts.code)}</p>"
        f"<p><b>{holds}</b><br>{scope_sentence(facts.scope)}</p><p><b>{how}</b></p>"
        "<ol>" + "".join(f"<li>{s}</li>" for s in steps) + f"</ol><p>{never}</p>"
    )
    _write_pdf(path, body)


def write_passphrase_sheet(path: Path, passphrase: str, code: str) -> None:
    title = QCoreApplication.translate("HandoverLetter", "Handover passphrase")
    which = QCoreApplication.translate(
        "HandoverLetter", "For the file whose verification code is {code}."
    ).format(code=html.escape(code))
    keep = QCoreApplication.translate(
        "HandoverLetter",
        "Give this sheet by hand, never together "
        "with the USB stick. Destroy it once the group is imported.",
    )
    body = (
        f"<h1>{title}</h1><p class='code'>{html.escape(passphrase)}</p><p>{which}</p><p>{keep}</p>"
    )
    _write_pdf(path, body)
