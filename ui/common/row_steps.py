"""What a row of a painted table draws, worked out once per row by ui.common.painted_table (its
steps), and drawing them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QPainter, QPixmap, QStaticText
from PySide6.QtWidgets import QTableView

from ui.common.cell_texts import Wrapped
from ui.common.table_look import Look

DIMMED, BOLD = 1, 2  # a cell's looks, or-ed together
Columns = tuple[tuple[int, int, int], ...]  # (column, left, width) of each shown column
MARK, LINE, WRAPPED_TEXT, LATER = range(4)
# What one cell draws, relative to its row's top: (kind, x, y, what, looks). A text worked out
# in idle time is laid out when first drawn (LATER: x, the cell's height, (text, room, right
# edge if right-aligned)): a laid-out text takes about 1 KB, 10,000 names 10 MB.
Later = tuple[str, int, int | None]
Step = tuple[int, int, int, QPixmap | QStaticText | Wrapped | Later, int]


def draw_row(
    painter: QPainter,
    steps: list[Step],
    top: int,
    height: int,
    look: Look,
    chosen: bool,
    fonts: tuple[QFont, QFont],
    state: list[object],
    columns: Columns,
    lay_out: Callable[[Step], Step],
) -> None:
    """The row's background when it is selected, then its cells; `lay_out` lays out now a text
    worked out in idle time."""
    if chosen:
        right_edge = columns[-1][1] + columns[-1][2] if columns else 0
        painter.fillRect(QRect(0, top, right_edge, height), look.highlight)
    draw_steps(painter, steps, top, look, chosen, fonts, state, lay_out)


def draw_alone(
    steps: list[Step],
    height: int,
    look: Look,
    chosen: bool,
    fonts: tuple[QFont, QFont],
    columns: Columns,
    lay_out: Callable[[Step], Step],
    painter: QPainter,
) -> None:
    """The row into an image of its own, from its top (ui.common.row_images); the painter
    last, for functools.partial."""
    painter.setFont(fonts[0])
    draw_row(painter, steps, 0, height, look, chosen, fonts, [None, fonts[0]], columns, lay_out)


def paint_grid(
    table: QTableView, painter: QPainter, look: Look, columns: Columns, first: int, last: int
) -> None:
    # One-pixel rectangles, the very pixels of the one-pixel lines Qt's table draws: filled at
    # once, where the raster engine strokes a line pixel by pixel (a fifth of a keystroke).
    bottom = table.rowViewportPosition(last) + table.rowHeight(last) - 1
    right = columns[-1][1] + columns[-1][2] - 1 if columns else 0
    for _column, left, width in columns:
        painter.fillRect(left + width - 1, 0, 1, bottom + 1, look.grid)
    for row in range(first, last + 1):
        y = table.rowViewportPosition(row) + table.rowHeight(row) - 1
        painter.fillRect(0, y, right + 1, 1, look.grid)


def draw_steps(
    painter: QPainter,
    steps: list[Step],
    top: int,
    look: Look,
    chosen: bool,
    fonts: tuple[QFont, QFont],
    state: list[object],
    lay_out: Callable[[Step], Step],
) -> None:
    for number, step in enumerate(steps):
        if step[0] == LATER:
            step = steps[number] = lay_out(step)
        kind, x, y, what, looks = step
        if kind == MARK:
            assert isinstance(what, QPixmap)
            painter.drawPixmap(x, top + y, what)
            continue
        pen = look.highlighted_text if chosen else look.dimmed if looks & DIMMED else look.text
        if pen is not state[0]:
            painter.setPen(pen)
            state[0] = pen
        if kind == WRAPPED_TEXT:
            assert isinstance(what, Wrapped)
            what.draw(painter, x, top + y)
            continue
        font = fonts[1] if looks & BOLD else fonts[0]
        if font is not state[1]:
            painter.setFont(font)  # the one it was laid out in: else laid out again
            state[1] = font
        assert isinstance(what, QStaticText)
        painter.drawStaticText(x, top + y, what)


def line_step(left: int, height: int, line: QStaticText, flags: int, right: int | None) -> Step:
    """A line of text vertically centred in a cell `height` high, from `left` or against
    `right`."""
    size = line.size()
    if right is not None:
        left = max(left, right - round(size.width()))
    return (LINE, left, round((height - size.height()) / 2), line, flags)


def parts(step: Step) -> Hashable:
    """What tells a step apart: a text to lay out later by its words, Qt's objects by identity."""
    kind, x, y, what, looks = step
    return step if kind == LATER else (kind, x, y, id(what), looks)
