"""The light and dark colour sets and the WCAG contrast arithmetic that keeps them readable.

Plain data, no Qt: tests compute every pair's contrast ratio without a display. Status colours
are (text, background, border) triples used by labels named error, warning, success and info;
a state must also be told by its words or icon, never by colour alone.
"""

from __future__ import annotations

from typing import NamedTuple

STATUSES = ("error", "warning", "success", "info")


# Named tuples, not dataclasses: made at every start, a frozen dataclass costs Python about
# four times the work (its methods written out and compiled one by one).
class Status(NamedTuple):
    text: str
    background: str
    border: str


class Colours(NamedTuple):
    window: str
    surface: str  # cards, lists, fields
    surface_alt: str  # alternate rows, the navigation rail
    text: str
    muted: str  # secondary text, still AA on window and surface
    border: str
    button: str
    button_hover: str
    highlight: str  # selection and the checked navigation entry
    highlight_text: str
    focus: str  # the focus ring: at least 3:1 against window and surface (WCAG 1.4.11)
    link: str
    disabled_text: str
    error: Status
    warning: Status
    success: Status
    info: Status

    def status(self, name: str) -> Status:
        value = getattr(self, name)
        assert isinstance(value, Status)
        return value


LIGHT = Colours(
    window="#f5f3ef",
    surface="#ffffff",
    surface_alt="#ebe7e0",
    text="#1d2125",
    muted="#535b63",
    border="#7e8389",
    button="#ffffff",
    button_hover="#eef2f6",
    highlight="#1f5f8b",
    highlight_text="#ffffff",
    focus="#1a6fb5",
    link="#1a5a8a",
    disabled_text="#5f646b",
    error=Status("#8a1c12", "#fde8e6", "#b42318"),
    warning=Status("#6b3a00", "#fff2dc", "#b54708"),
    success=Status("#1d5230", "#e4f3e8", "#2f7d4a"),
    info=Status("#1b4a73", "#e5eef8", "#2f6ea5"),
)

DARK = Colours(
    window="#1c1d20",
    surface="#26282c",
    surface_alt="#2f3237",
    text="#ebe9e6",
    muted="#b3b8bf",
    border="#7d838b",
    button="#33363b",
    button_hover="#3d4147",
    highlight="#8cc4f0",
    highlight_text="#0f1720",
    focus="#7fbdf2",
    link="#93c9f3",
    disabled_text="#9a9fa6",
    error=Status("#ffb8ad", "#3f1e1b", "#e0675a"),
    warning=Status("#ffd28f", "#3a2b12", "#d99a3a"),
    success=Status("#a3dcb0", "#1b3323", "#4fa867"),
    info=Status("#acd0f2", "#1b2b3c", "#5b9bd5"),
)

THEMES = {"light": LIGHT, "dark": DARK}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_pairs(colours: Colours) -> dict[str, tuple[str, str]]:
    """Every (foreground, background) pair the theme shows text in."""
    pairs = {
        "text on window": (colours.text, colours.window),
        "text on surface": (colours.text, colours.surface),
        "text on alternate": (colours.text, colours.surface_alt),
        "muted on window": (colours.muted, colours.window),
        "muted on surface": (colours.muted, colours.surface),
        "muted on alternate": (colours.muted, colours.surface_alt),
        "button text": (colours.text, colours.button),
        "button text hovered": (colours.text, colours.button_hover),
        "selection": (colours.highlight_text, colours.highlight),
        "link on surface": (colours.link, colours.surface),
        "link on window": (colours.link, colours.window),
        "disabled on window": (colours.disabled_text, colours.window),
        # Every state a widget shows text in: selected (lists, tables, the navigation, the
        # highlighted entry of a drop-down list, the default button), hovered, disabled.
        "selected entry of a drop-down list": (colours.highlight_text, colours.highlight),
        "hovered tab or list entry": (colours.text, colours.button_hover),
        "pressed or checked button": (colours.text, colours.surface_alt),
        "table header": (colours.text, colours.surface_alt),
        "disabled on surface": (colours.disabled_text, colours.surface),
        "disabled on button": (colours.disabled_text, colours.button),
        "disabled default button": (colours.disabled_text, colours.surface_alt),
        "placeholder in a field": (colours.muted, colours.surface),
    }
    for name in STATUSES:
        status = colours.status(name)
        pairs[f"{name} text"] = (status.text, status.background)
        pairs[f"body text on {name}"] = (colours.text, status.background)
    return pairs


def ui_pairs(colours: Colours) -> dict[str, tuple[str, str]]:
    """Non-text parts that must be seen (focus ring, field borders): 3:1 is WCAG's bar."""
    pairs = {
        "focus on window": (colours.focus, colours.window),
        "focus on surface": (colours.focus, colours.surface),
        "border on window": (colours.border, colours.window),
        "border on surface": (colours.border, colours.surface),
        # Focused: the ring must show on whatever the widget sits on or is filled with.
        "focus on alternate": (colours.focus, colours.surface_alt),
        "focus on button": (colours.focus, colours.button),
        "focus on hovered button": (colours.focus, colours.button_hover),
        # A focused default button or checked navigation entry is ringed in the text colour,
        # seen against what surrounds it (its own fill is the selection colour).
        "focus ring of a default button": (colours.text, colours.window),
        "focus ring of the checked navigation entry": (colours.text, colours.surface_alt),
        # Selected: a selected row or checked box is seen even before its text is read.
        "selection on surface": (colours.highlight, colours.surface),
        "checked box on surface": (colours.highlight, colours.surface),
    }
    for name in STATUSES:
        pairs[f"{name} border"] = (colours.status(name).border, colours.window)
    return pairs
