"""What a host calls a number of rows of a synchronised table ("12 members", "3 speaking
turns"): one table for the handover preview and for the refusal of a bad file."""

from __future__ import annotations

from PySide6.QtCore import QObject


class RecordCounts(QObject):
    """Plural forms go through a class's tr(): lupdate only extracts numerus forms there."""

    def count(self, table: str, n: int) -> str:
        texts = {
            "members": lambda: self.tr("%Ln member(s)", "", n),
            "sessions": lambda: self.tr("%Ln meeting(s)", "", n),
            "attendance": lambda: self.tr("%Ln attendance mark(s)", "", n),
            "agenda_items": lambda: self.tr("%Ln agenda item(s)", "", n),
            "circle_rounds": lambda: self.tr("%Ln sharing circle(s)", "", n),
            "resources": lambda: self.tr("%Ln resource(s)", "", n),
            "templates": lambda: self.tr("%Ln session format(s)", "", n),
            "template_items": lambda: self.tr("%Ln format item(s)", "", n),
            "circle_turns": lambda: self.tr("%Ln speaking turn(s)", "", n),
            "scripts": lambda: self.tr("%Ln read-aloud text(s)", "", n),
            "tombstones": lambda: self.tr("%Ln erasure record(s)", "", n),
            "meta": lambda: self.tr("%Ln group setting(s)", "", n),
        }
        text = texts.get(table)
        # None: a table without a word of its own yet (one added by a later migration).
        return text() if text is not None else self.tr("%Ln record(s)", "", n)


def records_text(table: str, n: int) -> str:
    return RecordCounts().count(table, n)
