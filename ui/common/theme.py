"""Look and feel: Fusion, a calm stylesheet, and the text-size preference scaling the whole UI."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

TEXT_SCALE = {"normal": 1.0, "large": 1.25, "very_large": 1.5}

_STYLE = """
QLabel#appTitle { font-size: %(title)dpt; font-weight: 600; }
QLabel#groupName { font-size: %(h2)dpt; font-weight: 600; }
QLabel#selectedGroup { font-size: %(h3)dpt; font-weight: 600; }
QLabel#error { color: palette(text); background: #fde8e8; border: 1px solid #b42318;
               border-radius: 4px; padding: 6px; }
QLabel#warning { color: palette(text); background: #fff4e0; border: 1px solid #b54708;
                 border-radius: 4px; padding: 6px; }
QFrame#unlockPanel { border: 1px solid palette(mid); border-radius: 8px; }
QPushButton#helpNow { font-weight: 600; padding: 6px 14px; }
QFrame#nav QPushButton { text-align: left; padding: 8px 14px; }
QFrame#nav QPushButton:checked { font-weight: 600; }
*:focus { outline: 2px solid palette(highlight); }
"""

_base_point_size: float | None = None


def apply_theme(app: QApplication, text_size: str) -> None:
    global _base_point_size
    app.setStyle("Fusion")
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    scale = TEXT_SCALE.get(text_size, 1.0)
    size = _base_point_size * scale
    font = QFont(app.font())
    font.setPointSizeF(size)
    app.setFont(font)
    app.setStyleSheet(_STYLE % {"title": round(size * 2.4), "h2": round(size * 1.5),
                                "h3": round(size * 1.2)})
