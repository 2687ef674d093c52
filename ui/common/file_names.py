"""The names Cercle proposes for the files it writes, in the interface language: the host reads
them in the file dialog beside the rest of the interface. What the file holds is in the group's
language (it is printed for the room); the handover file and letter name themselves in
ui/handover, the members' CSV in ui/roster. Each is shown in ui/common/file_dialog.py's
`save_file_as`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def passphrase_sheet() -> str:
    """A passphrase written down: a new group's, or a handover's."""
    return QCoreApplication.translate("FileNames", "passphrase") + ".pdf"


def phone_list() -> str:
    return QCoreApplication.translate("FileNames", "Phone list") + ".pdf"


def agenda(day: str) -> str:
    """`day`: the meeting's date, YYYY-MM-DD."""
    return QCoreApplication.translate("FileNames", "Agenda {date}").format(date=day) + ".pdf"


def sign_in_sheet(day: str) -> str:
    name = QCoreApplication.translate("FileNames", "Sign-in sheet {date}")
    return name.format(date=day) + ".pdf"


def handout() -> str:
    return QCoreApplication.translate("FileNames", "Useful numbers and addresses") + ".pdf"


def report(annual: bool, period: str, suffix: str) -> str:
    """`period`: a month or a year as the period bar names it; `suffix`: pdf or csv."""
    name = (
        QCoreApplication.translate("FileNames", "Annual report {period}")
        if annual
        else QCoreApplication.translate("FileNames", "Report {period}")
    )
    return f"{name.format(period=period)}.{suffix}"
