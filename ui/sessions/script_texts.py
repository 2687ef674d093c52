"""The read-aloud texts shipped with Cercle, one per kind of agenda step, in every language the
app speaks, and the words the fields are filled with. Inspired by peer-support facilitation
guides: say which meeting this is and when it ends, that confidentiality covers who came, the
freedom to stay silent or pass, no advice or cross-talk, the next date and where to find help."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from app.scripts import MeetingFacts, fill
from ui.common.offline_text import read_aloud

CONTEXT = "MeetingScript"
DEFAULTS = {
    "welcome": QT_TRANSLATE_NOOP(
        "MeetingScript",
        "Welcome to this meeting: {meeting}. We will finish at {end_time}.\n"
        "What is said here stays here, and so does who came. Each of us may speak or stay "
        "silent: both are welcome.",
    ),
    "agreements": QT_TRANSLATE_NOOP(
        "MeetingScript", "Let us read our group agreement together:\n{agreement}"
    ),
    "check-in": QT_TRANSLATE_NOOP(
        "MeetingScript",
        "A short round to arrive: in a word or a sentence, how are you tonight? You may pass.",
    ),
    "circle": QT_TRANSLATE_NOOP(
        "MeetingScript",
        'Now the sharing circle. Each person speaks in turn, in "I", without being '
        "interrupted, and without advice or comments. It is okay to pass; if you like, I will "
        "come back to you at the end of the round.",
    ),
    "theme": QT_TRANSLATE_NOOP("MeetingScript", "Tonight's theme: {meeting}."),
    "break": QT_TRANSLATE_NOOP(
        "MeetingScript", "Let us take a short break. We start again in a few minutes."
    ),
    "closing": QT_TRANSLATE_NOOP(
        "MeetingScript",
        "Thank you all for tonight. Our next meeting: {next_date}.\n"
        "If you need help before then:\n{help_lines}\n"
        "What was said here stays here.",
    ),
}
NEWCOMER = QT_TRANSLATE_NOOP(
    "MeetingScript",
    "A special welcome to those here for the first time. You do not have to say anything "
    "tonight: listening is taking part. At the break or at the end, I am glad to answer your "
    "questions.",
)
STANDARD_AGREEMENT = QT_TRANSLATE_NOOP(
    "MeetingScript",
    'We speak in "I". Everyone is free to stay silent. What is said here stays here. We do '
    "not give advice and we do not interrupt.",
)


def tr(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP above (typed as object), in the current language."""
    return QCoreApplication.translate(CONTEXT, str(text))


def default_text(kind: str) -> str:
    return tr(DEFAULTS[kind]) if kind in DEFAULTS else ""


def field_values(facts: MeetingFacts, group_name: str) -> dict[str, str]:
    locale = QLocale()
    ends = QTime(facts.ends_at.hour, facts.ends_at.minute)
    following = facts.next_starts_at
    return {
        "meeting": facts.theme
        or group_name
        or QCoreApplication.translate("MeetingScript", "our meeting"),
        "end_time": locale.toString(ends, QLocale.FormatType.ShortFormat),
        # Day and time each in the locale's words: the long date-time format adds seconds and
        # the time zone's name ("19:00:00 temps universel coordonné"), which nobody reads aloud.
        "next_date": QCoreApplication.translate("MeetingScript", "{date} at {time}").format(
            date=locale.toString(
                QDate(following.year, following.month, following.day),
                QLocale.FormatType.LongFormat,
            ),
            time=locale.toString(
                QTime(following.hour, following.minute), QLocale.FormatType.ShortFormat
            ),
        )
        if following is not None
        else QCoreApplication.translate("MeetingScript", "not planned yet"),
        # The agreement is a resource's Markdown: read from the card, "**" would be said aloud.
        "agreement": read_aloud(facts.agreement) if facts.agreement else tr(STANDARD_AGREEMENT),
        "help_lines": "\n".join(facts.help_lines)
        or QCoreApplication.translate("MeetingScript", "the numbers in Help now"),
    }


def script_text(kind: str, own: str | None, facts: MeetingFacts, group_name: str) -> str:
    """The text to read for this step, fields filled; the newcomer words join the welcome."""
    text = fill(own if own is not None else default_text(kind), field_values(facts, group_name))
    if kind == "welcome" and facts.newcomers:
        text += "\n\n" + tr(NEWCOMER)
    return text
