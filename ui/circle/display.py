"""What the room sees of a round at this instant: name, time, colour and the state in words.

Computed from the round and its clock every time it is asked for; the widgets only paint it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.circle import Round, Tone, TurnState, seconds_ceil

# Calm colours (background, text), never flashing. Colour never carries a state alone: each tone
# also has its words, its outline and its marks on the bar (face.py), and the three speaking tones
# differ in lightness, so they stay apart for a colour-blind host or member (checked under
# simulated protanopia, deuteranopia and tritanopia in tests/ui/circle/test_colour_vision.py).
COLOURS = {
    Tone.IDLE: ("#eceff1", "#263238"),
    Tone.NEUTRAL: ("#eef5f1", "#1b3a2f"),
    Tone.WARNING: ("#e9ab2e", "#2b1a00"),
    Tone.OVERTIME: ("#8e2a1f", "#ffffff"),
}

# The same tones for the dark theme: a bright panel would glare in a dimmed room, so lightness
# rises from neutral to overtime instead.
DARK_COLOURS = {
    Tone.IDLE: ("#2a2e31", "#e3e7ea"),
    Tone.NEUTRAL: ("#1b2b23", "#cfe8dc"),
    Tone.WARNING: ("#8a5d0c", "#ffffff"),
    Tone.OVERTIME: ("#f4b3a8", "#3a0d07"),
}


def _colours() -> dict[Tone, tuple[str, str]]:
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK_COLOURS if window.lightness() < 128 else COLOURS


def background(tone: Tone) -> QColor:
    return QColor(_colours()[tone][0])


def foreground(tone: Tone) -> QColor:
    return QColor(_colours()[tone][1])


def clock_text(seconds: int) -> str:
    """3:40, or 1:02:05 past an hour: figures the whole room reads the same way."""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def duration_text(seconds: int) -> str:
    """3 min 40 s, for sentences."""
    minutes, secs = divmod(abs(int(seconds)), 60)
    if minutes and secs:
        return QCoreApplication.translate("CircleDisplay", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=secs
        )
    if minutes:
        return QCoreApplication.translate("CircleDisplay", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("CircleDisplay", "{seconds} s").format(seconds=secs)


def shown_second(remaining: float) -> int:
    """The whole second on screen: counting down it is the ceiling, so 3:40 shows until a full
    second has gone; past the time it counts up from +0:00. Negative means overtime."""
    if remaining > 0:
        return seconds_ceil(remaining)
    return -math.floor(-remaining + 1e-9)


def seconds_to_next_change(remaining: float) -> float:
    """How long until the shown second changes, in (0, 1]: the display refreshes exactly then."""
    if remaining > 0:
        return remaining - (seconds_ceil(remaining) - 1)
    over = -remaining
    return math.floor(over + 1e-9) + 1 - over


@dataclass(frozen=True)
class Shown:
    name: str
    time: str
    tone: Tone
    state: str
    progress: float  # 0..1 of the allotted time spoken
    second: int | None  # the shown second, None when no time is shown
    warning_at: float | None = None  # where on the bar "time to conclude" begins, 0..1


def shown(round_: Round) -> Shown:
    turn = round_.current
    if round_.ended or round_.complete:
        text = QCoreApplication.translate("CircleDisplay", "Everyone has had their turn")
        if round_.ended:
            text = QCoreApplication.translate("CircleDisplay", "The round is over. Thank you")
        return Shown("", "", Tone.IDLE, text, 1.0, None)
    if turn is None:
        first = round_.next_turn
        time = clock_text(round_.seconds_per_turn)
        state = QCoreApplication.translate("CircleDisplay", "Ready: press Space to start")
        return Shown(first.speaker.label if first else "", time, Tone.IDLE, state, 0.0, None)
    remaining = round_.remaining()
    second = shown_second(remaining)
    tone = round_.tone()
    time = clock_text(second) if second >= 0 else "+" + clock_text(second)
    progress = min(1.0, turn.spoken(round_.clock()) / max(1, turn.allotted))
    warning = round_.warning_for(turn)
    warning_at = max(0.0, 1.0 - warning / max(1, turn.allotted))
    return Shown(
        turn.speaker.label,
        time,
        tone,
        _state_words(turn.state, tone, time),
        progress,
        second,
        warning_at if warning else None,
    )


def _state_words(state: TurnState, tone: Tone, time: str) -> str:
    if tone is Tone.OVERTIME:
        text = QCoreApplication.translate("CircleDisplay", "Over time {time}").format(time=time)
    elif tone is Tone.WARNING:
        text = QCoreApplication.translate("CircleDisplay", "Time to conclude")
    else:
        text = QCoreApplication.translate("CircleDisplay", "Speaking")
    if state is TurnState.PAUSED:
        return QCoreApplication.translate("CircleDisplay", "Paused · {state}").format(state=text)
    return text
