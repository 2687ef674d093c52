"""Keyboard and screen-reader checks any screen can be put through (see test_accessibility.py)."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTabBar,
    QWidget,
)

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def tab_stops(root: QWidget) -> list[QWidget]:
    """Every widget under root a keyboard user must be able to reach with Tab."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusProxy() is not None or isinstance(widget, QMenuBar):
            continue
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.isWindow():
            found.append(widget)
    return found


def walk_tab_order(qtbot, first: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from `first` until focus comes back to it; the widgets focused in order.
    Fails on a keyboard trap (focus stuck, or never coming back)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    order = [first]
    for _ in range(limit):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        # A date field takes Tab to step through day, month and year, then lets it go.
        for _section in range(3 if isinstance(current, QDateTimeEdit) else 0):
            if now is not current:
                break
            qtbot.keyClick(current, Qt.Key.Key_Tab)
            now = QApplication.focusWidget()
        assert now is not None, f"Tab from {describe(current)} lost the focus"
        # Still on the first widget after its own Tab is a trap too (a table's Tab moving from
        # cell to cell), not a walk that came round.
        assert now is not current, f"Tab is trapped in {describe(current)}"
        if now is first:
            return order
        order.append(now)
    raise AssertionError(
        f"Tab never came back to {describe(first)}: {[describe(w) for w in order[-5:]]}"
    )


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces: Qt's own accessible name (setAccessibleName, a button's
    text, a QLabel buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName() or "").replace("&", "").strip()


def badly_spoken(root: QWidget) -> list[str]:
    """Accessible names a screen reader would end with a colon or a (non-breaking) space: a
    label's words taken with their French typography."""
    return [
        f"{describe(w)}: {w.accessibleName()!r}"
        for w in root.findChildren(QWidget)
        if w.accessibleName() != w.accessibleName().rstrip(": \u00a0")
    ]


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({widget.objectName() or text or '?'!s})"


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys used twice among the visible texts of one window (menus included)."""
    texts: list[str] = []
    bar = window.findChild(QMenuBar)
    if bar is not None and bar.isVisible():
        texts += [action.text() for action in bar.actions() if action.isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return _clashes(texts)


def menu_clashes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Letters used twice among the entries of one menu of the window's menu bar (Alt+F, then
    a letter used twice only moves between the two), by the menu's title."""
    from PySide6.QtWidgets import QMenu  # here: the module's Qt imports stay its own list

    bar = window.findChild(QMenuBar)
    found: dict[str, dict[str, list[str]]] = {}
    for item in bar.actions() if bar is not None else []:
        menu = item.menu()
        if not isinstance(menu, QMenu) or not item.isVisible():
            continue
        entries = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        if clashes := _clashes(entries):
            found[item.text()] = clashes
    return found


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for text in texts:
        for letter in _MNEMONIC.findall(text):
            keys.setdefault(letter.lower(), []).append(text)
    counts = Counter({k: len(v) for k, v in keys.items()})
    return {k: keys[k] for k, n in counts.items() if n > 1}


def unlabelled_fields(root: QWidget) -> list[QWidget]:
    """Visible input fields without a visible QLabel buddy (placeholders vanish on typing)."""
    labelled = {
        label.buddy()
        for label in root.findChildren(QLabel)
        if label.isVisible() and label.text().strip() and label.buddy() is not None
    }
    inputs = (QLineEdit, QComboBox, QAbstractSpinBox)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, inputs)
        and w.isVisible()
        and w not in labelled
        and not isinstance(w.parent(), inputs)
    ]  # a combo's or spin box's own line edit


def focus_is_visible(qtbot, widget: QWidget, away: QWidget) -> bool:
    """The widget looks different with the keyboard focus than without it."""
    # What a Tab press sets: styles draw some focus frames only after keyboard navigation.
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    focused = _image(widget)
    away.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not widget.hasFocus())
    return focused != _image(widget)


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()
