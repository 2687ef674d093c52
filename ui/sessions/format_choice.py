"""Which format a meeting follows: the group's formats, or none. The live meeting reads the
chosen format's own texts aloud."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.group import OpenGroup
from ui.common.retranslate import Retranslating

NONE = ""  # the item's data for "no format" (a combo's data cannot be None and be found again)


class FormatChoice(Retranslating, QComboBox):
    """A stored format deleted since stays chosen, as "a deleted format", until the host picks
    another: the meeting is left as it was (storage/migrations/0004 explains why)."""

    def __init__(self, group: OpenGroup, chosen: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self._deleted: str | None = None
        # A long format name must not widen the dialog past a small screen.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.translated(
            self.setToolTip,
            lambda: self.tr(
                "While the meeting runs, its window shows this format's own texts to read aloud. "
                "Choosing a format lays out its agenda while the meeting has none of its own."
            ),
        )
        self.reload(chosen)

    def reload(self, chosen: str | None) -> None:
        """The group's formats as they are now, with `chosen` selected; no signal."""
        self.blockSignals(True)
        self.clear()
        self.addItem("", NONE)
        for template in self.group.sessions.templates():
            self.addItem(template.name, template.id)
        self._deleted = chosen if chosen and self.findData(chosen) < 0 else None
        if self._deleted:
            self.addItem("", self._deleted)
        self.setCurrentIndex(self.findData(chosen) if chosen else 0)
        self.blockSignals(False)
        self._name_items()

    def chosen_id(self) -> str | None:
        return str(self.currentData() or NONE) or None

    def retranslate(self) -> None:
        super().retranslate()
        self._name_items()

    def _name_items(self) -> None:
        self.setItemText(0, self.tr("No format"))
        if self._deleted:
            self.setItemText(self.findData(self._deleted), self.tr("A deleted format"))
