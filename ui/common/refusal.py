"""A handover file refused by the validation gate (storage/domain.py), in the host's words:
which kind of record, which field, how many, and why. Never a value from the file."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from app.errors import ContentInvalid, TooLong
from ui.common.dates import session_label
from ui.common.record_counts import records_text

_CONTEXT = "Refusal"

FIELDS = {
    "id": QT_TRANSLATE_NOOP("Refusal", "identifier"),
    "created_at": QT_TRANSLATE_NOOP("Refusal", "creation date"),
    "updated_at": QT_TRANSLATE_NOOP("Refusal", "date of last change"),
    "deleted_at": QT_TRANSLATE_NOOP("Refusal", "date of erasure"),
    "pseudonym": QT_TRANSLATE_NOOP("Refusal", "pseudonym"),
    "full_name": QT_TRANSLATE_NOOP("Refusal", "full name"),
    "phone": QT_TRANSLATE_NOOP("Refusal", "phone"),
    "email": QT_TRANSLATE_NOOP("Refusal", "email"),
    "role": QT_TRANSLATE_NOOP("Refusal", "role"),
    "active": QT_TRANSLATE_NOOP("Refusal", "active"),
    "joined_on": QT_TRANSLATE_NOOP("Refusal", "date joined"),
    "consent_contact": QT_TRANSLATE_NOOP("Refusal", "consent to be contacted"),
    "consent_handover": QT_TRANSLATE_NOOP("Refusal", "consent to the handover"),
    "consent_recorded_on": QT_TRANSLATE_NOOP("Refusal", "date of consent"),
    "private_note": QT_TRANSLATE_NOOP("Refusal", "private note"),
    "starts_at": QT_TRANSLATE_NOOP("Refusal", "start date and time"),
    "duration_minutes": QT_TRANSLATE_NOOP("Refusal", "duration"),
    "place": QT_TRANSLATE_NOOP("Refusal", "place"),
    "theme": QT_TRANSLATE_NOOP("Refusal", "theme"),
    "status": QT_TRANSLATE_NOOP("Refusal", "status"),
    "summary": QT_TRANSLATE_NOOP("Refusal", "summary"),
    "guest_count": QT_TRANSLATE_NOOP("Refusal", "number of guests"),
    "session_id": QT_TRANSLATE_NOOP("Refusal", "meeting"),
    "member_id": QT_TRANSLATE_NOOP("Refusal", "member"),
    "position": QT_TRANSLATE_NOOP("Refusal", "position"),
    "title": QT_TRANSLATE_NOOP("Refusal", "title"),
    "kind": QT_TRANSLATE_NOOP("Refusal", "kind"),
    "planned_minutes": QT_TRANSLATE_NOOP("Refusal", "planned minutes"),
    "notes": QT_TRANSLATE_NOOP("Refusal", "notes"),
    "name": QT_TRANSLATE_NOOP("Refusal", "name"),
    "template_id": QT_TRANSLATE_NOOP("Refusal", "session format"),
    "present": QT_TRANSLATE_NOOP("Refusal", "presence"),
    "started_at": QT_TRANSLATE_NOOP("Refusal", "start time"),
    "ended_at": QT_TRANSLATE_NOOP("Refusal", "end time"),
    "seconds_per_turn": QT_TRANSLATE_NOOP("Refusal", "time per turn"),
    "round_id": QT_TRANSLATE_NOOP("Refusal", "sharing circle"),
    "speaker_label": QT_TRANSLATE_NOOP("Refusal", "speaker"),
    "planned_seconds": QT_TRANSLATE_NOOP("Refusal", "planned time"),
    "spoken_seconds": QT_TRANSLATE_NOOP("Refusal", "time spoken"),
    "passed": QT_TRANSLATE_NOOP("Refusal", "passed"),
    "category": QT_TRANSLATE_NOOP("Refusal", "category"),
    "body": QT_TRANSLATE_NOOP("Refusal", "text"),
    "url": QT_TRANSLATE_NOOP("Refusal", "web address"),
    "address": QT_TRANSLATE_NOOP("Refusal", "address"),
    "hours": QT_TRANSLATE_NOOP("Refusal", "opening hours"),
    "pinned": QT_TRANSLATE_NOOP("Refusal", "pinned"),
    "last_verified_on": QT_TRANSLATE_NOOP("Refusal", "date last checked"),
    "table_name": QT_TRANSLATE_NOOP("Refusal", "kind of record"),
    "row_id": QT_TRANSLATE_NOOP("Refusal", "erased record"),
    "group_name": QT_TRANSLATE_NOOP("Refusal", "group name"),
    "group_id": QT_TRANSLATE_NOOP("Refusal", "group identifier"),
    "language": QT_TRANSLATE_NOOP("Refusal", "language"),
    "purpose": QT_TRANSLATE_NOOP("Refusal", "purpose"),
    "given": QT_TRANSLATE_NOOP("Refusal", "answer"),
    "recorded_on": QT_TRANSLATE_NOOP("Refusal", "date given"),
    "wording_version": QT_TRANSLATE_NOOP("Refusal", "wording version"),
    "renew_on": QT_TRANSLATE_NOOP("Refusal", "renewal date"),
}
REASONS = {
    "type": QT_TRANSLATE_NOOP("Refusal", "not the kind of value expected"),
    "empty": QT_TRANSLATE_NOOP("Refusal", "empty"),
    "too_long": QT_TRANSLATE_NOOP("Refusal", "far too long"),
    "control": QT_TRANSLATE_NOOP("Refusal", "holds invisible control characters"),
    "range": QT_TRANSLATE_NOOP("Refusal", "outside the accepted range"),
    "choice": QT_TRANSLATE_NOOP("Refusal", "not one of the accepted choices"),
    "date": QT_TRANSLATE_NOOP("Refusal", "not a real date"),
    "future": QT_TRANSLATE_NOOP("Refusal", "a date in the future"),
    "id": QT_TRANSLATE_NOOP("Refusal", "not a valid identifier"),
    "live_row": QT_TRANSLATE_NOOP("Refusal", "erases a record the same file still holds"),
}


# Where a host finds a record of each kind, and what it is called there.
PLACES = {
    "members": QT_TRANSLATE_NOOP("Refusal", "Members, the member “{name}”"),
    "resources": QT_TRANSLATE_NOOP("Refusal", "Resources, “{name}”"),
    "sessions": QT_TRANSLATE_NOOP("Refusal", "Sessions, the meeting of {name}"),
    "agenda_items": QT_TRANSLATE_NOOP("Refusal", "Sessions, the agenda item “{name}”"),
    "templates": QT_TRANSLATE_NOOP("Refusal", "Sessions, Formats, “{name}”"),
    "template_items": QT_TRANSLATE_NOOP("Refusal", "Sessions, Formats, the item “{name}”"),
    "scripts": QT_TRANSLATE_NOOP("Refusal", "Sessions, a text to read aloud"),
}


class Refusal(QObject):
    """Plural forms go through a class's tr(): lupdate only extracts numerus forms there."""

    def others(self, n: int) -> str:
        return self.tr("The file has %Ln other problem(s) of this kind.", "", n)

    def more_texts(self, n: int) -> str:
        return self.tr("… and %Ln other text(s).", "", n)


SHOWN = 8  # records named in a message; the others counted


def too_long_text(records: list[TooLong]) -> str:
    """The export refused for texts over their cap: each record by where it is and its name, so
    the host can find it and shorten it."""
    locale = QLocale()
    lines = [
        QCoreApplication.translate(
            "Messages",
            "The handover file was not written: these texts are longer than a handover file "
            "takes (they were saved by an older version of Cercle). Shorten them, then export "
            "again.",
        )
    ]
    for record in records[:SHOWN]:
        place = QCoreApplication.translate(
            _CONTEXT, str(PLACES.get(record.table, QT_TRANSLATE_NOOP("Refusal", "“{name}”")))
        )
        name = session_label(record.name) if record.table == "sessions" else record.name
        lines.append(
            "• "
            + QCoreApplication.translate(
                "Messages", "{place}: {field}, {length} characters (at most {cap})"
            ).format(
                place=place.format(name=name),
                field=QCoreApplication.translate(_CONTEXT, str(FIELDS.get(record.column, ""))),
                length=locale.toString(record.length),
                cap=locale.toString(record.cap),
            )
        )
    if len(records) > SHOWN:
        lines.append(Refusal().more_texts(len(records) - SHOWN))
    return "\n".join(lines)


def refusal_text(exc: ContentInvalid) -> str:
    if exc.outgoing and exc.too_long:
        return too_long_text(exc.too_long)
    words = Refusal()
    field = FIELDS.get(exc.column, exc.column)
    if exc.outgoing:
        sentence = QCoreApplication.translate(
            "Messages",
            "The handover file was not written: in {records}, the field “{field}” is "
            "{reason}, and the next host's Cercle would refuse it. Correct these records, "
            "then export again.",
        )
    else:
        sentence = QCoreApplication.translate(
            "Messages",
            "This handover file was refused and nothing was imported: in {records}, the field "
            "“{field}” is {reason}. Cercle accepts only what it would have written itself. Ask "
            "the previous host to check these records and send a fresh file.",
        )
    text = sentence.format(
        records=records_text(exc.table, exc.rows),
        # str(): QT_TRANSLATE_NOOP returns its text, typed object in the stubs.
        field=QCoreApplication.translate(_CONTEXT, str(field)),
        reason=QCoreApplication.translate(_CONTEXT, str(REASONS.get(exc.problem, REASONS["type"]))),
    )
    if exc.findings > 1:
        text += " " + words.others(exc.findings - 1)
    if not exc.outgoing and exc.from_older_cercle and exc.problem == "control":
        # Nobody can see these characters to remove them; the newer Cercle removes them itself.
        text += " " + QCoreApplication.translate(
            "Messages",
            "The file was written by an older version of Cercle, which kept these characters: "
            "ask the previous host to update Cercle and open the group once (it removes them), "
            "then send a fresh file.",
        )
    return text
