"""The circle's states for a colour-blind host or member: under simulated protanopia,
deuteranopia and tritanopia the three speaking tones still differ in lightness, their words stay
readable, and each state has its own shape (outline, marks on the bar) besides its colour."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, QImage

from app.circle import Tone
from tests.helpers.colour_vision import DEFICIENCIES, simulate, simulate_image
from ui.circle.display import COLOURS, DARK_COLOURS, Shown
from ui.circle.face import TimerPanel
from ui.common.palette import contrast

SPEAKING = (Tone.NEUTRAL, Tone.WARNING, Tone.OVERTIME)
VISIONS = ("typical", *DEFICIENCIES)
# Two states side by side must differ in lightness by at least this contrast ratio: 1.5 is where
# two flat panels read as different from across a room, even in a grey photocopy.
STATE_APART = 1.5
TEXT_CONTRAST = 4.5  # WCAG AA for body text; the circle's text is much larger than body text


def _seen(colour: str, vision: str) -> str:
    return colour if vision == "typical" else simulate(colour, vision)


@pytest.mark.parametrize("vision", VISIONS)
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_speaking_states_differ_in_lightness_for_every_vision(theme: str, vision: str) -> None:
    table = COLOURS if theme == "light" else DARK_COLOURS
    for a, b in itertools.combinations(SPEAKING, 2):
        ratio = contrast(_seen(table[a][0], vision), _seen(table[b][0], vision))
        assert ratio >= STATE_APART, f"{theme} {a}/{b} under {vision}: {ratio:.2f}"
    for tone, (back, text) in table.items():
        ratio = contrast(_seen(back, vision), _seen(text, vision))
        assert ratio >= TEXT_CONTRAST, f"{theme} {tone} text under {vision}: {ratio:.2f}"


def test_the_simulation_matches_the_published_model() -> None:
    # Pure red seen by a protanope is a dark olive; white and black stay as they are.
    assert simulate("#ffffff", "deuteranopia") == "#ffffff"
    assert simulate("#000000", "tritanopia") == "#000000"
    red = QColor(simulate("#ff0000", "protanopia"))
    assert red.red() < 120 and abs(red.red() - red.green()) < 40 and red.blue() < 30


def _panel(qtbot, tone: Tone) -> TimerPanel:
    panel = TimerPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 300)
    time = {Tone.NEUTRAL: "2:00", Tone.WARNING: "0:20", Tone.OVERTIME: "+0:15"}[tone]
    state = {Tone.NEUTRAL: "Speaking", Tone.WARNING: "Time to conclude"}.get(tone, "Over time")
    progress = {Tone.NEUTRAL: 0.2, Tone.WARNING: 0.85}.get(tone, 1.0)
    panel.show_state(Shown("Marc", time, tone, state, progress, 20, 0.75))
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _median_lightness(image: QImage) -> float:
    """The panel's ground as the eye takes it in: the median ignores the text and marks."""
    values = sorted(
        QColor(image.pixel(x, y)).lightnessF()
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
    )
    return values[len(values) // 2]


def test_each_state_has_its_own_outline_and_the_bar_marks_the_warning(qtbot) -> None:
    outlines = {}
    for tone in SPEAKING:
        panel = _panel(qtbot, tone)
        outlines[tone] = panel.outline()
        assert panel.face.warning_at == 0.75
    assert outlines == {Tone.NEUTRAL: "none", Tone.WARNING: "dashed", Tone.OVERTIME: "double"}


def test_under_deuteranopia_the_rendered_states_stay_apart(qtbot) -> None:
    seen = {}
    for tone in SPEAKING:
        image = _panel(qtbot, tone).grab().toImage().scaled(160, 100)
        seen[tone] = _median_lightness(simulate_image(image, "deuteranopia"))
    assert seen[Tone.NEUTRAL] > seen[Tone.WARNING] + 0.1
    assert seen[Tone.WARNING] > seen[Tone.OVERTIME] + 0.1
