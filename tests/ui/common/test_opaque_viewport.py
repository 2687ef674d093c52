"""The painted table paints the whole of its viewport on its base colour
(ui.common.opaque_viewport), Qt nothing under it: every repaint must show what the rows show
now — the colours changed (and, in test_row_images, a search narrowed and widened, a selection
moved) — and never leave behind a row that is gone, nor hide the frame's border."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from tests.ui.common.test_painted_table import _has_colour, _row_image, _table
from ui.common.palette import THEMES
from ui.common.theme import apply_theme


@pytest.fixture
def restore_theme(qapp):
    yield
    apply_theme(qapp, "normal", "light")


def test_rows_that_are_gone_leave_the_background_behind(qtbot) -> None:
    table = _table(qtbot, [(f"Membre {n}", True) for n in range(12)])
    model = table.model()
    model.set_rows([("Amina", True)])  # type: ignore[attr-defined]
    below = table.rowViewportPosition(0) + table.rowHeight(0) + 2

    def only_background() -> bool:
        image = table.viewport().grab().toImage()
        base = table.viewport().palette().color(QPalette.ColorRole.Base)
        rest = image.copy(0, below, image.width(), image.height() - below)
        return not _has_colour(rest, QColor(0, 0, 0), tolerance=200) and _has_colour(rest, base, 0)

    qtbot.waitUntil(only_background)


def test_new_colours_draw_the_rows_again_in_them(qtbot, qapp, restore_theme) -> None:
    apply_theme(qapp, "normal", "light")
    table = _table(qtbot, [("Amina", True)])
    _row_image(table, 0)  # drawn, and kept, in the light colours
    dark = THEMES["dark"]
    apply_theme(qapp, "normal", "dark")
    qtbot.waitUntil(lambda: _row_image(table, 0).pixelColor(200, 10) == QColor(dark.surface))
    assert _has_colour(_row_image(table, 0), QColor(dark.text), tolerance=30)


@pytest.mark.parametrize("scheme", sorted(THEMES))
def test_the_frame_s_border_is_whole_around_the_rows_focused_or_not(
    qtbot, qapp, restore_theme, scheme: str
) -> None:
    """The rows are painted opaque: the viewport must lie inside the frame's border, whose
    focused width is larger, and clear of its rounded corners."""
    apply_theme(qapp, "normal", scheme)
    table = _table(qtbot, [(f"Membre {n}", True) for n in range(3)])
    table.verticalHeader().hide()
    for focused in (False, True):
        if focused:
            table.setFocus()
            qtbot.waitUntil(table.hasFocus)
        viewport = table.viewport().geometry()
        # A focused border is 2 pixels wide, with corners rounded over 4: 3 pixels clear.
        assert viewport.left() >= 3 and viewport.bottom() <= table.height() - 4
