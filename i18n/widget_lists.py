"""Qt's lists of widgets, taken whole. Here rather than in ui/ because the language switch
(i18n/widget_locale.py) walks the windows too, and i18n/ imports nothing from ui/."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget


def top_level_widgets() -> list[QWidget]:
    """Every window Qt holds, popups included."""
    return _wrapped(QApplication.topLevelWidgets)


def all_widgets() -> list[QWidget]:
    return _wrapped(QApplication.allWidgets)


def _wrapped(listing: Callable[[], list[QWidget]]) -> list[QWidget]:
    """Qt hands PySide a list of addresses first, then PySide wraps them one by one; a wrapper
    made on the way may start the cyclic collector, and a parentless widget of ours that only a
    cycle kept is then deleted while its address is still ahead in the list: the next wrap reads
    freed memory (a crash at random, seen on language switches). The collector waits until every
    widget is wrapped, and so held."""
    if not isinstance(QApplication.instance(), QApplication):
        return []
    collecting = gc.isenabled()
    gc.disable()
    try:
        return listing()
    finally:
        if collecting:
            gc.enable()
