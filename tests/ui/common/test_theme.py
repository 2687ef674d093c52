"""Widget states as drawn, in light and dark: the highlighted entry of a drop-down list shows in
the selection colours, radio buttons are round at every text size, and a field keeps its height
as it takes the focus; the start screen does not move as CercleStyle takes over from Fusion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from app.paths import DataDir
from app.settings import Preferences, PreferenceStore
from tests.helpers.fresh_process import run_start
from ui.common.palette import THEMES, contrast
from ui.common.theme import apply_theme


@pytest.fixture
def restore_theme(qapp):
    yield
    apply_theme(qapp, "normal", "light")


@pytest.mark.parametrize("scheme", sorted(THEMES))
def test_highlighted_drop_down_entry_is_readable(qtbot, qapp, restore_theme, scheme: str) -> None:
    apply_theme(qapp, "normal", scheme)
    combo = QComboBox()
    combo.addItems(["Premier", "Deuxième", "Troisième"])
    qtbot.addWidget(combo)
    combo.show()
    combo.showPopup()
    view = combo.view()
    entry = combo.model().index(1, 0)
    view.setCurrentIndex(entry)
    view.selectionModel().select(entry, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: view.isVisible())
    image = view.viewport().grab().toImage()
    rect = view.visualRect(entry)
    background = image.pixelColor(rect.right() - 3, rect.center().y()).name()
    colours = THEMES[scheme]
    assert background == colours.highlight
    # Some pixel of the entry's text is in the selection's text colour, readable on it.
    row = [
        image.pixelColor(x, y)
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    ]
    darkest_or_lightest = max(row, key=lambda c: contrast(c.name(), colours.highlight))
    assert contrast(darkest_or_lightest.name(), colours.highlight) >= 4.5
    combo.hidePopup()


@pytest.mark.parametrize("size", ["normal", "large", "very_large"])
@pytest.mark.parametrize("scheme", sorted(THEMES))
def test_radio_buttons_are_round(qtbot, qapp, restore_theme, scheme: str, size: str) -> None:
    apply_theme(qapp, size, scheme)
    radio = QRadioButton("Le même temps pour chaque personne")
    qtbot.addWidget(radio)
    radio.show()
    qtbot.waitExposed(radio)
    option = QStyleOptionButton()
    option.initFrom(radio)
    box = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    image = radio.grab().toImage()
    corner = image.pixelColor(box.topLeft() + QPoint(1, 1))
    middle_of_edge = image.pixelColor(QPoint(box.center().x(), box.top()))
    border = QColor(THEMES[scheme].border)
    # A circle's border touches the middle of its box's edge but not the box's corner.
    assert _near(middle_of_edge, border) and not _near(corner, border)


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 90


@pytest.mark.parametrize("size", ["normal", "very_large"])
def test_a_field_keeps_its_height_as_it_takes_the_focus(qtbot, qapp, restore_theme, size) -> None:
    """Its focus border is a pixel wider; its padding a pixel less high. Qt lays a window out
    before a field takes the focus and measures it again only when the style is set again
    (CercleStyle after the start screen's first paint, a text size change): the passphrase
    field then grew by 2 px and moved the Unlock button under it."""
    apply_theme(qapp, size, "light")
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    field, other = QLineEdit(), QLineEdit()
    layout.addWidget(field)
    layout.addWidget(other)
    box.show()
    qtbot.waitExposed(box)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = field.sizeHint()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert field.sizeHint().height() == unfocused.height()


# In a fresh process (this one set CercleStyle at once): the real start, the start screen's
# widgets measured at its first paint in the Fusion Qt made, then again once CercleStyle, which
# the app makes its style right after that paint, has polished them again.
_SWITCH = """
import json, sys
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QApplication, QWidget
from ui import startup_probe
from ui.common import theme
from ui.common.first_paint import after_first_paint

def places(window):
    found = {}
    for n, child in enumerate(window.findChildren(QWidget)):
        if child.isVisible():
            at = child.mapTo(window, QPoint(0, 0))
            key = f"{n}:{type(child).__name__}:{child.objectName()}"
            found[key] = [at.x(), at.y(), child.width(), child.height()]
    return found

def switch(window):
    before = places(window)
    theme.add_polish_hooks()
    for _ in range(5):  # the layouts' requests
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    style = type(QApplication.style()).__name__
    open(sys.argv[1], "w").write(json.dumps([before, places(window), style]))
    QCoreApplication.quit()

def watch(widget):
    after_first_paint(widget, lambda: switch(widget.window()))

startup_probe.watch = watch
from ui.main import main
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


@pytest.mark.parametrize(
    ("language", "size", "scheme", "with_group"),
    [
        ("en", "normal", "light", True),
        ("fr", "very_large", "dark", True),
        ("en", "large", "light", False),
    ],
)
def test_the_start_screen_does_not_move_as_cercle_style_takes_over(
    vaults, tmp_path: Path, language: str, size: str, scheme: str, with_group: bool
) -> None:
    if with_group:
        vaults.create_group("Tuesday", "Grief group", language, "correct horse battery")
    data = tmp_path / "data"
    PreferenceStore(DataDir.resolve(data).settings_file).save(
        Preferences(language=language, text_size=size, theme=scheme)
    )
    out = tmp_path / "places.json"
    run_start(_SWITCH, out, data)
    before, after, style = json.loads(out.read_text(encoding="utf-8"))
    assert style != "QFusionStyle"  # CercleStyle (under Qt's style sheet style) did take over
    unlock_form = any(":PassphraseEdit:" in key for key in before)
    assert unlock_form == with_group  # what was measured is the start screen as the host sees it
    assert after == before
