"""Wrapped text put together from its words, each shaped once per font and kept: the resources'
titles and excerpts in ui.common.cell_texts.

Laying a resource's title and excerpt out with QTextLayout, reading its glyph runs back and
asking it where the marks' underlines go took about 0.3 ms a row: most of a row that a search
shows for the first time (issue 18), while the same few hundred words come back in every row
and every search. Here a word (what lies between spaces) is shaped once per font; a row only
places words on lines by QTextLayout's own rule (a word joins the line when the line's width,
the spaces before the word, its width and the overhang of its last glyph fit; else it starts
the next line; a word wider than a whole line stays alone on it and runs past) and draws each
word's glyph runs from where it goes. About 0.6 times the time to lay a row out; drawing it
again costs a little more (a run per word, not per line).

The text goes to QTextLayout as before when its script may shape across words or read right to
left (`simple`), or when Qt would break a line within a word ("burn-|out", "…|aidants": where
QTextBoundaryFinder says it may). What is drawn is the same either way:
tests/ui/common/test_word_layout.py compares the two.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QLineF, QPointF, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetrics, QGlyphRun, QRawFont, QTextLayout

# Latin letters, digits, the usual punctuation, typographic quotes and dashes, the ellipsis, the
# star of a pinned resource: scripts that need no shaping across words and read left to right.
_SIMPLE = re.compile("[\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u205e\u2605]*")
_WORDS = re.compile("[^ ]+| +")
# Where a line may break besides after a space, in the texts above: before or after one of these
# (by Unicode's line breaking, letters, digits, apostrophes, quotes, commas and stops keep a
# word whole).
_MAY_BREAK = re.compile("[^ \\w\u00a0'’,.:;«»\"]")
WORDS_KEPT = 16_384  # (word, font) shapes: a group's vocabulary in two sizes and two weights

Underline = tuple[QLineF, float]


class Shape:
    """A word shaped in one font: its advance, its line's ascent and descent, how far its last
    glyph's ink passes its advance (QTextLayout counts it when fitting a line), its glyphs."""

    __slots__ = ("ascent", "descent", "overhang", "runs", "width")

    def __init__(self, text: str, font: QFont) -> None:
        layout = QTextLayout(text, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1_000_000)
        layout.endLayout()
        end = line.cursorToX(len(text))  # PySide gives (x, position) back; its stubs say object
        self.width = float(end[0] if isinstance(end, tuple) else end)  # type: ignore[arg-type]
        # QTextLayout counts the ink of the last glyph past its advance in the line's width.
        self.overhang = max(0.0, line.naturalTextWidth() - self.width)
        self.ascent, self.descent = line.ascent(), line.descent()
        self.runs = line.glyphRuns()


class Fonts:
    """The four faces a wrapped text uses, (plain, marked) for the main part and then for the
    smaller second part (the marked ones bold, as the search's marks are), and the words
    shaped in them so far."""

    def __init__(self, main: QFont, small: QFont) -> None:
        self.faces: list[QFont] = []
        for font in (main, small):
            strong = QFont(font)
            strong.setWeight(QFont.Weight.Bold)
            self.faces += [font, strong]
        self.raw = [QRawFont.fromFont(face) for face in self.faces]
        self.line_heights = (QFontMetrics(main).height(), QFontMetrics(small).height())
        self._kept: dict[tuple[str, int], Shape] = {}

    def shape(self, text: str, face: int) -> Shape:
        key = (text, face)
        kept = self._kept.get(key)
        if kept is None:
            if len(self._kept) >= WORDS_KEPT:
                self._kept.clear()  # a new vocabulary: the next rows shape their words again
            kept = self._kept[key] = Shape(text, self.faces[face])
        return kept


def simple(text: str) -> bool:
    """Whether the text may be put together word by word: scripts that read left to right and
    shape each word alone."""
    return _SIMPLE.fullmatch(text) is not None


class Placed:
    """The lines put together so far: each word's glyph runs and where they go, and the
    underlines of the marked words, in the text's coordinates."""

    def __init__(self) -> None:
        self.runs: list[tuple[QPointF, QGlyphRun]] = []
        self.underlines: list[Underline] = []


def compose(
    plain: str,
    spans: list[tuple[int, int]],
    small: bool,
    width: int,
    top: float,
    height: int,
    placed: Placed,
    fonts: Fonts,
) -> float | None:
    """Puts the text's lines that fit whole below `top` into `placed` (the first line always),
    its `spans` in the marked face; gives back the new bottom, or None for a text Qt would
    break within a word (nothing placed then)."""
    width = max(1, width)
    plain_face = 2 if small else 0
    lines = _lines(_words(plain, spans, plain_face), width, plain_face, fonts.shape)
    if lines is None:
        return None
    for words, gaps in lines:
        ascent = max(s.ascent for _x, s, _face in words)
        descent = max(s.descent for _x, s, _face in words)
        if gaps:
            space = fonts.shape(" ", plain_face)
            ascent, descent = max(ascent, space.ascent), max(descent, space.descent)
        line_height = math.ceil(ascent + descent)
        if top > 0 and top + line_height > height:
            break  # a line cut in half reads as a fault: it is left out
        _place(words, width, top + ascent, placed, fonts)
        top += line_height
    return top


class _Word(NamedTuple):
    pieces: list[tuple[str, int]]  # its texts and their faces: a mark may cover part of it
    breakable: bool  # Qt may break the line within it ("burn-out")


_Line = tuple[list[tuple[float, Shape, int]], bool]  # (x, shape, face) of its pieces; spaces


def _words(plain: str, spans: list[tuple[int, int]], face: int) -> list[_Word | int]:
    """The words of the text, each as its pieces, and between them the number of spaces."""
    inner = _inner_breaks(plain)
    words: list[_Word | int] = []
    for found in _WORDS.finditer(plain):
        start, end = found.span()
        if plain[start] == " ":
            words.append(end - start)
        else:
            breakable = any(start < at < end for at in inner)
            words.append(_Word(_pieces(plain, start, end, spans, face), breakable))
    return words


def _inner_breaks(text: str) -> list[int]:
    """Where Qt may break a line other than after a space: after a hyphen, before a dash..."""
    candidates = {at for sign in _MAY_BREAK.finditer(text) for at in sign.span()}
    if not candidates:
        return []
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found = []
    for at in sorted(candidates):
        finder.setPosition(at)
        if 0 < at < len(text) and text[at - 1] != " " and finder.isAtBoundary():
            found.append(at)
    return found


def _pieces(
    plain: str, start: int, end: int, spans: list[tuple[int, int]], face: int
) -> list[tuple[str, int]]:
    """The word's pieces, those of the marked spans in the marked face."""
    pieces = []
    at = start
    for low, length in spans:
        low, high = max(low, start), min(low + length, end)
        if low >= high:
            continue
        if at < low:
            pieces.append((plain[at:low], face))
        pieces.append((plain[low:high], face + 1))
        at = high
    if at < end:
        pieces.append((plain[at:end], face))
    return pieces


def _lines(
    words: list[_Word | int], width: int, face: int, shaped: Callable[[str, int], Shape]
) -> list[_Line] | None:
    """Words on lines, as QTextLayout fills them; the spaces go with the word before them.
    None if Qt would break a line within a word: it is then left to QTextLayout."""
    lines: list[_Line] = []
    placed: list[tuple[float, Shape, int]] = []
    used, pending, spaces = 0.0, 0.0, False
    for word in words:
        if isinstance(word, int):
            pending += word * shaped(" ", face).width
            spaces = True
            continue
        shapes = [(shaped(text, piece_face), piece_face) for text, piece_face in word.pieces]
        wide = sum(s.width for s, _f in shapes) + shapes[-1][0].overhang
        if placed and used + pending + wide > width:
            if word.breakable:
                return None  # its first part may still go on this line
            lines.append((placed, spaces))
            placed, used, pending, spaces = [], 0.0, 0.0, False
        if not placed and wide > width and word.breakable:
            return None  # cut where it may be
        x = used + pending
        for shape, piece_face in shapes:
            placed.append((x, shape, piece_face))
            x += shape.width
        used, pending = x, 0.0
    if placed:
        lines.append((placed, spaces))
    return lines


def _place(
    words: list[tuple[float, Shape, int]], width: int, baseline: float, placed: Placed, fonts: Fonts
) -> None:
    for x, shape, face in words:
        origin = QPointF(x, baseline - shape.ascent)  # the word's own layout put it at its ascent
        placed.runs.extend((origin, run) for run in shape.runs)
        if face & 1:
            # As QTextLine.cursorToX, which stops at the line's end a word that runs past it.
            left, right = min(x, width), min(x + shape.width, width)
            placed.underlines.append(_underline(fonts.raw[face], left, right, baseline))


def _underline(font: QRawFont, left: float, right: float, baseline: float) -> Underline:
    """Placed as Qt's text decoration places it (qpainter.cpp, drawTextItemDecoration): from the
    floored ends of the word, the font's underline offset rounded up and half a pixel below the
    baseline, within the descent."""
    offset = font.underlinePosition()
    below = math.ceil(offset) + 0.5
    if offset <= font.descent():
        below = min(below, font.descent() - 0.5)
    y = baseline + below
    return QLineF(math.floor(left), y, math.floor(right), y), font.lineThickness()
