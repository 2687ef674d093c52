"""Switching language while a group is open, from Tools → Preferences: every area screen speaks
French at once (no static text left in English), then English again."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from i18n import typography
from tests.helpers import choose_by_keys
from ui.group.group_screen import AREAS
from ui.settings.preferences_dialog import PreferencesDialog

TS = Path(__file__).resolve().parents[2] / "i18n" / "cercle_fr.ts"


def _french() -> dict[str, str]:
    """Every static source text whose French differs, so a text left unchanged was missed."""
    found = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if (
            source
            and translation is not None
            and translation.text
            and message.get("numerus") != "yes"
            and translation.text != source
        ):
            found[source] = translation.text
    return found


def _texts(screen: QWidget) -> dict[str, str]:
    """What the host can read in an area, keyed by where it is shown."""
    texts: dict[str, str] = {}
    # Qt's own parts (a table's corner button, scroll bars) carry no text of ours; a pane that
    # stacks on a narrow screen re-creates its splitter handle, and a scroll area lays out its
    # scroll bars again, which moves them in the children's order.
    shown = [
        w
        for w in [screen, *screen.findChildren(QWidget)]
        if not w.objectName().startswith("qt_") and not isinstance(w, QScrollBar)
    ]
    for number, widget in enumerate(shown):
        key = f"{number}:{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts[key] = widget.text()
        if isinstance(widget, QLineEdit):
            texts[key] = widget.placeholderText()
        if isinstance(widget, QGroupBox):
            texts[key] = widget.title()
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                texts[f"{key}:tab{tab}"] = widget.tabText(tab)
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                texts[f"{key}:col{column}"] = str(
                    model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                )
    return texts


def _plain(text: str) -> str:
    """What a markup label reads out: its entities ("&#x27;") are not punctuation."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _all_areas(qtbot, window) -> dict[str, dict[str, str]]:
    seen = {}
    for number, area in enumerate(AREAS, start=1):
        qtbot.keyClick(
            window.group_screen,
            getattr(Qt.Key, f"Key_{number}"),
            Qt.KeyboardModifier.ControlModifier,
        )
        assert window.group_screen.current_area() == area
        seen[area] = _texts(window.group_screen.screens[area])
    return seen


def _switch(qtbot, window, code: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_key = window.tools_menu.title().split("&")[1][0]  # T in English, O in French
    QTest.keyClick(window.windowHandle(), menu_key.lower(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.tools_menu.isVisible)
    action_key = window.preferences_action.text().split("&")[1][0]
    QTest.keyClick(window.tools_menu.windowHandle(), action_key.lower())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PreferencesDialog)))
    dialog = next(d for d in window.findChildren(PreferencesDialog) if d.isVisible())
    choose_by_keys(qtbot, dialog.language_combo, data=code)
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: (window.tools_menu.title() == "&Tools") == (code == "en"))
    window.activateWindow()  # offscreen, no window manager gives it back after the dialog
    qtbot.waitUntil(window.isActiveWindow)


def _untranslated(
    before: dict[str, str], after: dict[str, str], french: dict[str, str]
) -> list[str]:
    return [text for key, text in before.items() if text in french and after.get(key) == text]


def test_every_area_follows_a_language_switch(qtbot, demo_window) -> None:
    french = _french()
    sessions = demo_window.group_screen.screens["sessions"]
    qtbot.waitUntil(lambda: sessions.past_table.model() is not None)  # filled after first paint
    english = _all_areas(qtbot, demo_window)
    for area, texts in english.items():
        assert sum(t in french for t in texts.values()) >= 5, area

    _switch(qtbot, demo_window, "fr")
    in_french = _all_areas(qtbot, demo_window)
    for area in AREAS:
        assert _untranslated(english[area], in_french[area], french) == [], area
        # A text put together in code ("{name}: {value}") is French too, spacing included.
        spaced = {k: t for k, t in in_french[area].items() if typography.faults(_plain(t))}
        assert spaced == {}, area
    # Texts built with numbers and dates follow too: counts, the selected session's details.
    for area in AREAS:
        built = [k for k, t in english[area].items() if "shown" in t or "Planned" in t]
        assert all(in_french[area][k] != english[area][k] for k in built), area
    assert sessions.run_button.text() == french["&Run the meeting"]
    assert demo_window.group_screen.nav_buttons["circle"].text() == "Cercle de parole"

    _switch(qtbot, demo_window, "en")
    assert _all_areas(qtbot, demo_window) == english
    assert QApplication.activeModalWidget() is None
