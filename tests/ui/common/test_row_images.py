"""Rows of wrapped text kept as images (ui.common.row_images): a row copied from its image
must show what the row shows now — after a search narrows and widens, a selection moves — and
the images kept stay within their pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QImage, QPalette

from tests.ui.common.test_painted_table import _has_colour, _ink, _Names, _row_image, _table
from ui.common.models import SortProxy
from ui.common.painted_table import PaintedTable
from ui.common.row_images import RowImages, blank


class _Wrapped(_Names):
    """Names in a wrapped column, as a resource's title: its rows are kept as images."""

    WRAPPED = frozenset({0})


def _wrapped_table(qtbot, rows: list[tuple[str, bool]], wrapped: bool = True) -> PaintedTable:
    """Rows kept as images, or (wrapped False) drawn in place each time, as the roster's."""
    table = _table(qtbot, rows, proxy=True, model=_Wrapped() if wrapped else None)
    assert (table._images is not None) == wrapped
    return table


@pytest.mark.parametrize("wrapped", [True, False])
def test_a_search_that_narrows_then_widens_shows_each_row_s_own_text(qtbot, wrapped: bool) -> None:
    names = [("Al", True), ("Maximilienne-Joséphine", True), ("Bo", True)]
    table = _wrapped_table(qtbot, names, wrapped)
    sorter = table.model()
    assert isinstance(sorter, SortProxy)
    short = _ink(_row_image(table, 0))
    sorter.setFilterKeyColumn(0)
    sorter.setFilterFixedString("Maxi")  # the long name moves to the first row
    qtbot.waitUntil(lambda: _ink(_row_image(table, 0)) > short + 80)
    sorter.setFilterFixedString("")  # back: the first row is Al's again, from its image
    qtbot.waitUntil(lambda: _ink(_row_image(table, 0)) == short)
    assert _ink(_row_image(table, 1)) > short + 80


@pytest.mark.parametrize("wrapped", [True, False])
def test_a_row_left_by_the_selection_loses_its_highlight(qtbot, wrapped: bool) -> None:
    table = _wrapped_table(qtbot, [("Amina", True), ("Bastien", True)], wrapped)
    highlight = table.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    rows = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(table.model().index(1, 0), rows)
    qtbot.waitUntil(lambda: _has_colour(_row_image(table, 1), highlight, tolerance=10))
    table.selectionModel().select(table.model().index(0, 0), rows)
    qtbot.waitUntil(lambda: _has_colour(_row_image(table, 0), highlight, tolerance=10))
    assert not _has_colour(_row_image(table, 1), highlight, tolerance=10)


def test_a_row_from_its_image_is_the_row_drawn_in_place(qtbot) -> None:
    names = [("Ligne d'écoute ouverte la nuit", True), ("Bo", False)]
    kept = _wrapped_table(qtbot, names)
    drawn = _table(qtbot, names, proxy=True, model=_Wrapped())
    drawn._images = None  # drawn in place, as the roster's rows are
    for row in range(2):
        assert _row_image(kept, row) == _row_image(drawn, row)


def test_row_images_keep_at_most_their_pixels_dropping_the_oldest() -> None:
    kept = RowImages(pixels=3 * 100 * 10)
    sources = [object() for _ in range(4)]
    for number, source in enumerate(sources):
        kept.put(number, source, blank(100, 10, 1.0, (96, 96), QColor("white")))
    assert len(kept) == 3 and kept.get(0, sources[0]) is None
    assert kept.get(3, sources[3]) is not None
    assert kept.get(3, object()) is None  # another object in the place of the one drawn


def test_a_row_image_lays_texts_out_at_the_table_s_resolution() -> None:
    image = blank(50, 20, 2.0, (120, 120), QColor("white"))
    assert (image.width(), image.height()) == (100, 40)
    assert image.devicePixelRatio() == 2.0 and image.logicalDpiX() == 120
    assert image.format() == QImage.Format.Format_RGB32
