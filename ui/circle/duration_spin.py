"""A spin box for a speaking time in seconds, shown and typed as minutes and seconds."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from ui.circle.display import duration_text

_NUMBERS = re.compile(r"\d+")


class DurationSpin(QSpinBox):
    """Arrows move by 30 s; typing "3", "3:40" or "3 min 40" all work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(30, 60 * 60)
        self.setSingleStep(30)

    def textFromValue(self, value: int) -> str:
        return duration_text(value)

    def valueFromText(self, text: str) -> int:
        numbers = [int(n) for n in _NUMBERS.findall(text)[:2]]
        if not numbers:
            return self.value()
        minutes, seconds = [*numbers, 0][:2]
        if len(numbers) == 1 and not re.search(r"min|:", text) and re.search(r"s\s*$", text):
            minutes, seconds = 0, numbers[0]  # "45 s"
        return minutes * 60 + seconds

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not _NUMBERS.search(text):
            return QValidator.State.Intermediate, text, pos
        value = self.valueFromText(text)
        state = (
            QValidator.State.Acceptable
            if self.minimum() <= value <= self.maximum()
            else QValidator.State.Intermediate
        )
        return state, text, pos
