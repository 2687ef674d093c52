"""What a member is asked for each consent, in every version of its wording, and the words for
a consent's state. A new wording is a new entry here and a raised app.consent.WORDING_VERSION:
records agreed to an older one then show as due for renewal."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from app.consent import ConsentState

CONTEXT = "ConsentWords"
PURPOSE_NAMES = {
    "contact": QT_TRANSLATE_NOOP("ConsentWords", "Contact between meetings"),
    "handover": QT_TRANSLATE_NOOP("ConsentWords", "Contact details to the next host"),
    "phone_list": QT_TRANSLATE_NOOP("ConsentWords", "The group's phone list"),
}
# (purpose, version) -> the sentence read to the member
WORDINGS = {
    ("contact", 1): QT_TRANSLATE_NOOP(
        "ConsentWords",
        "I agree that the host of the group may phone or write to me between meetings, about "
        "the group only.",
    ),
    ("handover", 1): QT_TRANSLATE_NOOP(
        "ConsentWords",
        "I agree that my name and contact details are handed to the next host of the group, "
        "and to nobody else.",
    ),
    ("phone_list", 1): QT_TRANSLATE_NOOP(
        "ConsentWords",
        "I agree that my pseudonym and phone number are on the phone list given to the "
        "members of the group who agreed to it too.",
    ),
}
STATES = {
    ConsentState.OK: QT_TRANSLATE_NOOP("ConsentWords", "Answered"),
    ConsentState.MISSING: QT_TRANSLATE_NOOP("ConsentWords", "Not asked yet"),
    ConsentState.DUE: QT_TRANSLATE_NOOP("ConsentWords", "To renew soon"),
    ConsentState.EXPIRED: QT_TRANSLATE_NOOP("ConsentWords", "Expired: no longer holds"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def purpose_name(purpose: str) -> str:
    return _tr(PURPOSE_NAMES.get(purpose, purpose))


def wording(purpose: str, version: int) -> str:
    found = WORDINGS.get((purpose, version))
    return _tr(found) if found is not None else ""


def state_name(state: ConsentState) -> str:
    return _tr(STATES[state])


def roster_flag(states: set[ConsentState]) -> str:
    """The roster's tooltip for a member: the most pressing state first."""
    if ConsentState.EXPIRED in states:
        return QCoreApplication.translate(
            "ConsentWords", "A consent has expired and no longer holds: ask again (Consents…)"
        )
    return QCoreApplication.translate(
        "ConsentWords", "A consent to ask for or to renew soon (Consents…)"
    )


MARK_SIZE = 12


def blank_mark() -> QIcon:
    pixmap = QPixmap(MARK_SIZE, MARK_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def consent_mark(expired: bool = False) -> QIcon:
    """A small hollow ring in the text's muted colour: noticeable to the host, quiet to others.
    An expired consent's ring is struck through in the text's own colour: told by its shape,
    not by colour alone."""
    size = MARK_SIZE
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    role = QPalette.ColorRole.Text if expired else QPalette.ColorRole.PlaceholderText
    painter.setPen(QPen(QApplication.palette().color(role), 1.6))
    painter.drawEllipse(2, 2, size - 4, size - 4)
    if expired:
        painter.drawLine(QLineF(1.5, size - 1.5, size - 1.5, 1.5))
    painter.end()
    return QIcon(pixmap)
