"""The table that paints its own rows: what it draws must be what QTableView would show —
the selection, dimmed rows, whole texts where they fit, an ellipsis where they do not, marked
search matches — read back from a grab of the real widget, never compared bit for bit."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QIcon,
    QImage,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QHeaderView

from app.resources import MATCH_END, MATCH_START
from tests.helpers.drawing import drawn_on_white
from ui.common.cell_texts import CellTexts, emphasis
from ui.common.models import RowsModel, SortProxy
from ui.common.painted_table import DIMMED, PaintedTable, painted_list


class _Names(RowsModel[tuple[str, bool]]):
    """(name, active) per row; inactive rows are dimmed."""

    COLUMNS = 2
    RIGHT_ALIGNED = frozenset({1})

    def headings(self) -> tuple[str, ...]:
        return ("Name", "Count")

    def cell_text(self, number: int, column: int) -> str:
        return self._rows[number][0] if column == 0 else str(number)

    def cell_look(self, number: int, column: int) -> tuple[str, int, QIcon | None]:
        return self._shown(number, column), 0 if self._rows[number][1] else DIMMED, None


def _table(
    qtbot, rows: list[tuple[str, bool]], proxy: bool = False, model: _Names | None = None
) -> PaintedTable:
    model = model or _Names()
    model.set_rows(rows)
    table = PaintedTable(model)
    if proxy:
        sorter = SortProxy(table)
        sorter.setSourceModel(model)
        table.setModel(sorter)
    else:
        table.setModel(model)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().resizeSection(0, 220)
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def _row_image(table: PaintedTable, row: int) -> QImage:
    top = table.rowViewportPosition(row)
    image = table.viewport().grab().toImage()
    return image.copy(0, top + 2, 220, table.rowHeight(row) - 4)


def _has_colour(image: QImage, colour: QColor, tolerance: int = 40) -> bool:
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                <= tolerance
            ):
                return True
    return False


def _darkest(image: QImage) -> int:
    return min(
        image.pixelColor(x, y).lightness()
        for y in range(image.height())
        for x in range(image.width())
    )


def _ink(image: QImage) -> int:
    """How many columns of the cell hold something darker than the background: the text's width."""
    background = image.pixelColor(image.width() - 1, image.height() // 2)
    inked = 0
    for x in range(image.width()):
        column = (image.pixelColor(x, y) for y in range(image.height()))
        if any(abs(p.lightness() - background.lightness()) > 60 for p in column):
            inked += 1
    return inked


def test_the_selected_row_is_painted_in_the_highlight_and_others_are_not(qtbot) -> None:
    table = _table(qtbot, [("Amina", True), ("Bastien", True), ("Chloé", True)])
    table.selectionModel().select(
        table.model().index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    highlight = table.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    inactive = table.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    chosen = _row_image(table, 1)
    assert _has_colour(chosen, highlight) or _has_colour(chosen, inactive)
    assert not _has_colour(_row_image(table, 0), highlight, tolerance=10)


def test_a_dimmed_row_is_drawn_in_the_disabled_text_colour(qtbot) -> None:
    table = _table(qtbot, [("Amina", True), ("Bastien", False)])
    palette = table.palette()
    dimmed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    assert dimmed != text
    assert _has_colour(_row_image(table, 1), dimmed, tolerance=30)
    # Anti-aliased edges of any text are grey too: the core of the strokes tells them apart.
    assert _darkest(_row_image(table, 0)) < _darkest(_row_image(table, 1)) - 50


def test_a_name_that_fits_is_drawn_whole_and_a_long_one_ends_in_an_ellipsis(qtbot) -> None:
    long_name = "Maximilienne-Joséphine de la Tour d'Auvergne et du Val"
    table = _table(qtbot, [("Zoé", True), (long_name, True)])
    short_ink, long_ink = _ink(_row_image(table, 0)), _ink(_row_image(table, 1))
    assert 0 < short_ink < table.fontMetrics().horizontalAdvance("Zoé") + 8
    assert long_ink <= 220  # never drawn past its column
    texts = CellTexts()
    texts.follow_font(table.font())
    room = 220 - 6
    assert texts.one_line(long_name, room, False).text().endswith("…")
    assert texts.one_line("Zoé", room, False).text() == "Zoé"


def test_a_text_ends_in_an_ellipsis_exactly_where_qt_would_end_it(qtbot) -> None:
    # A text that fits is laid out once, unmeasured by elidedText: at every room around its
    # width, in both weights, with a space at its end, it reads as Qt's own eliding makes it.
    table = _table(qtbot, [("Zoé", True)])
    texts = CellTexts()
    texts.follow_font(table.font())
    for name in ("Hélène Ba", "Jérôme N'Diaye 12", "Inès ", "Marc-Antoine (inactive)"):
        for bold in (False, True):
            metrics = QFontMetrics(texts.font(bold))
            width = math.ceil(QFontMetricsF(texts.font(bold)).horizontalAdvance(name))
            for room in range(width - 3, width + 4):
                shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
                assert texts.one_line(name, room, bold).text() == shown, (name, bold, room)


def test_rows_behind_a_filtering_proxy_show_their_own_texts(qtbot) -> None:
    table = _table(qtbot, [("Amina", True), ("Bastien", True), ("Chloé", True)], proxy=True)
    sorter = table.model()
    assert isinstance(sorter, SortProxy)
    sorter.setFilterKeyColumn(0)
    sorter.setFilterFixedString("Chlo")
    qtbot.waitUntil(lambda: sorter.rowCount() == 1)
    assert table._source_row(0) == 2  # the painter asks the model for Chloé's row


def test_match_marks_become_spans_and_stray_marks_are_dropped() -> None:
    marked = f"Ligne d'{MATCH_START}écoute{MATCH_END} et {MATCH_START}soutien{MATCH_END}"
    assert emphasis(marked) == ("Ligne d'écoute et soutien", [(8, 6), (18, 7)])
    assert emphasis(f"a{MATCH_END}b{MATCH_START}c") == ("abc", [])


def test_wrapped_text_keeps_only_whole_lines_within_the_cell(qtbot) -> None:
    texts = CellTexts()
    table = _table(qtbot, [("x", True)])
    texts.follow_font(table.font())
    line = table.fontMetrics().height()
    text = "Un titre\n" + " ".join(["un extrait assez long pour tenir sur plusieurs lignes"] * 4)
    tall = texts.wrapped(text, 200, line * 10)
    short = texts.wrapped(text, 200, line * 2)
    assert short.height <= line * 2 < tall.height
    assert texts.wrapped("Titre seul", 200, 1).height > 0  # the first line always shows


def test_a_new_text_size_lays_the_texts_out_again(qtbot) -> None:
    table = _table(qtbot, [("Amina", True)])
    texts = CellTexts()
    texts.follow_font(table.font())
    before = texts.one_line("Amina", 200, False).size().width()
    bigger = table.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    texts.follow_font(bigger)
    assert texts.one_line("Amina", 200, False).size().width() > before * 1.5


def test_the_count_column_is_aligned_right(qtbot) -> None:
    table = _table(qtbot, [("Amina", True)])
    table.horizontalHeader().resizeSection(1, 150)
    image = table.viewport().grab().toImage()
    left = table.horizontalHeader().sectionViewportPosition(1)
    cell = image.copy(left, 2, 150, 26)
    inked = [x for x in range(cell.width()) if _ink(cell.copy(x, 0, 1, cell.height()))]
    assert inked and min(inked) > 100  # drawn at the right end of its cell


def _inked_rows(image: QImage, left: int, right: int) -> list[int]:
    background = image.pixelColor(image.width() - 1, 0).lightness()
    return [
        y
        for y in range(image.height())
        if any(
            abs(image.pixelColor(x, y).lightness() - background) > 60 for x in range(left, right)
        )
    ]


def test_a_marked_word_is_underlined_and_the_others_are_not(qtbot) -> None:
    table = _table(qtbot, [("x", True)])
    texts = CellTexts()
    texts.follow_font(table.font())
    marked = f"Ligne {MATCH_START}écoute{MATCH_END} ouverte"
    wrapped = texts.wrapped(marked, 300, 40)
    image = drawn_on_white(wrapped, 320, 40)
    metrics = table.fontMetrics()
    start = metrics.horizontalAdvance("Ligne ")
    bold = QFont(table.font())
    bold.setBold(True)
    end = start + QFontMetrics(bold).horizontalAdvance("écoute")
    under_mark = _inked_rows(image, start + 2, end - 2)
    under_plain = _inked_rows(image, end + metrics.horizontalAdvance(" ") + 2, end + 40)
    # Below the baseline, the marked word has a line the plain ones do not have.
    assert max(under_mark) > metrics.ascent() and max(under_plain) <= metrics.ascent() + 1


def test_a_row_whose_text_changes_or_whose_column_moves_is_painted_anew(qtbot) -> None:
    table = _table(qtbot, [("Amina", True), ("Bastien", True)])
    before = _ink(_row_image(table, 0))
    model = table.model()
    assert isinstance(model, _Names)
    model.set_rows([("Maximilienne-Joséphine", True), ("Bastien", True)])
    qtbot.waitUntil(lambda: _ink(_row_image(table, 0)) > before + 40)
    table.horizontalHeader().resizeSection(0, 60)  # now too narrow: elided within it
    qtbot.waitUntil(lambda: _ink(_row_image(table, 0)) <= 60)


def test_a_long_bold_name_wraps_onto_a_second_line_in_bold(qtbot) -> None:
    """A resource's category ("Urgence, crise ou ligne d'écoute") in a narrow column."""
    table = _table(qtbot, [("x", True)])
    texts = CellTexts()
    texts.follow_font(table.font())
    line = table.fontMetrics().height()
    name = "Urgence, crise ou ligne d'écoute"
    width = table.fontMetrics().horizontalAdvance(name) * 2 // 3

    def drawn(bold: bool) -> tuple[float, int]:
        wrapped = texts.wrapped(name, width, line * 3, bold)
        image = QImage(width + 20, line * 3, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setPen(QColor("black"))
        wrapped.draw(painter, 0, 0)
        painter.end()
        return wrapped.height, _ink(image)

    (height, ink), (plain_height, plain_ink) = drawn(True), drawn(False)
    assert line * 2 <= height <= line * 3  # whole, on two lines, not cut
    assert plain_height >= line * 2 and ink > plain_ink  # the same words, heavier


def test_a_painted_list_chooses_whole_rows_one_or_several(qtbot) -> None:
    for several, chosen in ((False, [1]), (True, [0, 1])):
        model = _Names()
        model.set_rows([("Ana", True), ("Bea", True), ("Cy", True)])
        table = painted_list(model, model, several=several)
        table.verticalHeader().setDefaultSectionSize(30)
        qtbot.addWidget(table)
        table.resize(400, 300)
        table.show()
        qtbot.waitExposed(table)
        table.selectRow(0)
        second = QPoint(table.columnViewportPosition(1) + 5, table.rowViewportPosition(1) + 5)
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, second
        )
        assert sorted(i.row() for i in table.selectionModel().selectedRows()) == chosen
        assert table.verticalHeader().isHidden() and not table.tabKeyNavigation()
        assert [table.rowHeight(row) for row in range(3)] == [30, 30, 30]


def test_a_name_holding_a_line_separator_stays_on_its_own_row(qtbot) -> None:
    # U+2028 passes the one-line fields' gate (it is no control character), and QStaticText
    # breaks the line there: three lines centred on a row of one spread over its neighbours.
    rows = [("", True), ("Anne\u2028Marie\u2028Zoé", True), ("", True)]
    table = _table(qtbot, rows)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    qtbot.waitUntil(lambda: table.rowHeight(1) == table.fontMetrics().height() + 12)
    table.viewport().update()
    assert _ink(_row_image(table, 1)) > 0
    assert _ink(_row_image(table, 0)) == _ink(_row_image(table, 2)) == 0
    texts = CellTexts()
    texts.follow_font(table.font())
    for room in (30, 60, 400):
        assert texts.one_line(rows[1][0], room, False).size().height() == pytest.approx(
            QFontMetricsF(table.font()).height(), abs=1
        )
