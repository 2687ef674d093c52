"""The passphrase field's show/hide eye is drawn in the text colour of the theme in force."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ui.common.passphrase_field import PassphraseEdit
from ui.common.theme import apply_theme, colours_for


def test_the_eye_is_redrawn_when_the_colours_change(qtbot, qapp) -> None:
    apply_theme(qapp, "normal", "light")
    edit = PassphraseEdit()  # made in the light theme, as the start screen's field is
    qtbot.addWidget(edit)
    try:
        apply_theme(qapp, "normal", "dark")
        pupil = edit.toggle_action.icon().pixmap(64, 64).toImage().pixelColor(32, 32)
        assert pupil.name() == QColor(colours_for("dark").text).name()
    finally:
        apply_theme(qapp, "normal", "light")
