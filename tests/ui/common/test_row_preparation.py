"""Rows of a painted table worked out in idle time (ui.common.row_preparation): what is drawn
stays what the table drew without it, and the work follows the rows when they change."""

from __future__ import annotations

from PySide6.QtGui import QFont, QImage

from tests.ui.common.test_painted_table import _Names
from tests.ui.common.test_painted_table import _table as shown_table
from ui.common.painted_table import PaintedTable, RowLooks
from ui.common.row_preparation import RowPreparation


def _rows(count: int, prefix: str = "Membre") -> list[tuple[str, bool]]:
    # Some long enough to end in "…", some dimmed.
    return [(f"{prefix} {n} " + "très long nom " * (n % 5), n % 7 != 0) for n in range(count)]


def _table(qtbot, rows: list[tuple[str, bool]], asked: list[str] | None = None) -> PaintedTable:
    """The table of the painted table's tests; with `asked`, its rows are prepared in idle time
    and the name of each row worked out goes into `asked`."""
    table = shown_table(qtbot, rows)
    model = table.model()
    assert isinstance(model, _Names)
    if asked is not None:

        def looks_of(place: int) -> RowLooks:
            looks = model.row_looks(place)
            asked.append(looks[0][0])
            return looks

        RowPreparation(table, lambda: (model.rowCount(), looks_of))
        table.viewport().update()  # the work starts after a paint
    return table


def _bottom(table: PaintedTable) -> QImage:
    table.scrollToBottom()
    return table.viewport().grab().toImage()


def test_rows_prepared_in_idle_time_are_drawn_as_without_it(qtbot) -> None:
    plain = _table(qtbot, _rows(400))
    prepared = _table(qtbot, _rows(400), asked=[])
    assert prepared.preparation is not None
    qtbot.waitUntil(prepared.preparation.finished)
    assert prepared.planned_rows() >= 400  # the bottom rows were worked out before shown
    assert _bottom(prepared) == _bottom(plain)


def test_the_work_follows_new_rows_and_drops_the_old_ones(qtbot) -> None:
    asked: list[str] = []
    table = _table(qtbot, _rows(3000, prefix="Ancien"), asked)
    model = table.model()
    assert isinstance(model, _Names)
    assert table.preparation is not None
    qtbot.waitUntil(lambda: len(asked) > 0)
    assert not table.preparation.finished()  # in slices: the window answers meanwhile
    model.set_rows(_rows(600, prefix="Nouveau"))
    assert not table.preparation.finished()
    before = len(asked)
    assert before < 3000
    qtbot.waitUntil(table.preparation.finished)
    after = asked[before:]
    assert len(after) == 600
    assert all(name.startswith("Nouveau") for name in after)


def test_a_new_text_size_starts_the_work_over(qtbot) -> None:
    asked: list[str] = []
    table = _table(qtbot, _rows(300), asked)
    assert table.preparation is not None
    qtbot.waitUntil(table.preparation.finished)
    before = len(asked)
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)
    assert not table.preparation.finished()
    qtbot.waitUntil(table.preparation.finished)
    assert len(asked) - before == 300
    plain = _table(qtbot, _rows(300))
    plain.setFont(font)
    assert _bottom(table) == _bottom(plain)
