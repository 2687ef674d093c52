"""Look and feel: Fusion, a light or dark palette with AA contrast, a calm stylesheet, and the
text-size preference scaling the whole UI. Everything here can be re-applied live.

Object names screens may use: appTitle, pageTitle, groupName, selectedGroup, sectionTitle
(headings, largest first); keyName (a keyboard key in a list of keys);
error, warning, success, info (status labels: say the state in words too); muted (secondary
text); card (a framed panel), unlockPanel, header, nav, helpNow.
Large type elsewhere: scaled_font(), never a fixed point size, so the text-size setting applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.common.palette import STATUSES, THEMES, Colours
from ui.common.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProxyStyle

TEXT_SCALE = {"normal": 1.0, "large": 1.25, "very_large": 1.5}

_STYLE = """
QMainWindow, QDialog {{ background: {window}; }}
QLabel#appTitle {{ font-size: {title}pt; font-weight: 600; }}
QLabel#pageTitle {{ font-size: {h2}pt; font-weight: 600; }}
QLabel#groupName {{ font-size: {h2}pt; font-weight: 600; }}
QLabel#selectedGroup {{ font-size: {h3}pt; font-weight: 600; }}
QLabel#sectionTitle, QLabel#keyName {{ font-weight: 600; }}
QLabel#muted {{ color: {muted}; }}
QLabel#presenterHint {{ color: {muted}; padding: 8px; }}
QLabel[warning="true"] {{ color: {error_text}; font-weight: 600; }}
{statuses}
QFrame#unlockPanel, QFrame#card {{ background: {surface}; border: 1px solid {border};
    border-radius: 10px; }}
QFrame#unlockPanel QLabel, QFrame#card QLabel {{ background: transparent; }}
QFrame#header {{ background: {surface}; border-bottom: 1px solid {border}; }}
QFrame#nav {{ background: {surface_alt}; border-right: 1px solid {border}; }}
QFrame#nav QPushButton {{ text-align: left; padding: {nav_pad}px 14px; min-width: 8em; border: 2px solid transparent;
    border-radius: 6px; background: transparent; }}
QFrame#nav QPushButton:hover {{ background: {button_hover}; }}
QFrame#nav QPushButton:checked {{ background: {highlight}; color: {highlight_text};
    font-weight: 600; }}
QFrame#nav QPushButton:focus {{ border: 2px solid {focus}; }}
QFrame#nav QPushButton:checked:focus {{ border: 2px solid {text}; }}
QPushButton {{ background: {button}; border: 1px solid {border}; border-radius: 6px;
    padding: {pad}px 14px; min-height: 1.4em; }}
QPushButton:hover {{ background: {button_hover}; }}
QPushButton:pressed {{ background: {surface_alt}; }}
QPushButton:checked {{ background: {surface_alt}; border: 2px solid {highlight}; }}
QPushButton:default {{ background: {highlight}; color: {highlight_text};
    border: 1px solid {highlight}; }}
QPushButton:disabled {{ color: {disabled_text}; }}
QPushButton:default:disabled {{ background: {surface_alt}; color: {disabled_text}; }}
QPushButton#helpNow {{ font-weight: 600; border: 2px solid {error_border};
    padding: {pad_2}px 13px; }}
QPushButton:checked {{ padding: {pad_2}px 13px; }}
QPushButton:focus, QPushButton#helpNow:focus {{ border: 3px solid {focus};
    padding: {pad_3}px 12px; }}
QPushButton:default:focus {{ border: 3px solid {text}; }}
QPushButton, QToolButton {{ outline: none; }}
QToolButton[popupMode="2"] {{ background: {button}; border: 1px solid {border};
    border-radius: 6px; padding: {pad}px 2em {pad}px 14px; }}
QToolButton[popupMode="2"]:hover {{ background: {button_hover}; }}
QToolButton[popupMode="2"]:pressed {{ background: {surface_alt}; }}
QToolButton[popupMode="2"]:focus {{ border: 3px solid {focus};
    padding: {pad_3}px 2em {pad_3}px 12px; }}
QToolButton::menu-indicator {{ image: url({arrow_down}); subcontrol-origin: padding;
    subcontrol-position: center right; right: 0.6em; width: 0.8em; height: 0.8em; }}
QTabWidget::pane {{ border: none; top: -1px; }}
QTabBar::tab {{ background: {surface_alt}; border: 1px solid {border}; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; padding: {pad}px 16px;
    margin-right: 4px; }}
QTabBar::tab:selected {{ background: {surface}; }}
QTabBar::tab:!selected {{ margin-top: 3px; }}
QTabBar::tab:hover {{ background: {button_hover}; }}
QTabBar::tab:focus {{ border: 2px solid {focus}; border-bottom: none; }}
QListView::item {{ padding: 3px 4px; }}
QHeaderView::section {{ background: {surface_alt}; color: {text}; border: none;
    border-right: 1px solid {border}; border-bottom: 1px solid {border}; padding: 4px 8px;
    font-weight: 600; }}
QHeaderView::down-arrow {{ image: url({arrow_down}); width: 0.7em; height: 0.7em;
    subcontrol-position: center right; right: 4px; }}
QHeaderView::up-arrow {{ image: url({arrow_up}); width: 0.7em; height: 0.7em;
    subcontrol-position: center right; right: 4px; }}
QTableView {{ gridline-color: {grid}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QListView, QTreeView, QTableView {{
    background: {surface}; border: 1px solid {border}; border-radius: 4px;
    selection-background-color: {highlight}; selection-color: {highlight_text}; }}
QLineEdit {{ padding: 4px 6px; }}
QListView#groupList::item {{ padding: {pad}px 8px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QTreeView:focus,
QTableView:focus {{ border: 2px solid {focus}; }}
/* A focused field as tall as an unfocused one: Qt lays a window out before a field takes the
   focus and measures it again only when it is polished again. */
QLineEdit:focus {{ padding: 3px 6px; }}
/* A painted table paints all of its viewport (ui.common.opaque_viewport): the viewport keeps clear
   of the frame, whose focused border is one pixel wider and whose corners are rounded. */
PaintedTable {{ padding: 2px; }}
PaintedTable:focus {{ padding: 1px; }}
QComboBox, QAbstractSpinBox {{ background: {surface}; border: 1px solid {border};
    border-radius: 4px; padding: 3px 6px; min-height: 1.3em; }}
QComboBox {{ padding-right: 1.8em; }}
QAbstractSpinBox {{ padding-right: 1.6em; }}
QComboBox:focus, QAbstractSpinBox:focus {{ border: 2px solid {focus}; }}
QComboBox::drop-down, QDateTimeEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: center right; width: 1.6em; border: none; }}
QComboBox::down-arrow, QDateTimeEdit::down-arrow, QAbstractSpinBox::down-arrow {{
    image: url({arrow_down}); width: 0.8em; height: 0.8em; }}
QAbstractSpinBox::up-arrow {{ image: url({arrow_up}); width: 0.8em; height: 0.8em; }}
QAbstractSpinBox::up-button {{ subcontrol-origin: border; subcontrol-position: top right;
    width: 1.5em; border: none; border-left: 1px solid {border}; }}
QAbstractSpinBox::down-button {{ subcontrol-origin: border; subcontrol-position: bottom right;
    width: 1.5em; border: none; border-left: 1px solid {border}; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
    background: {button_hover}; }}
QComboBox QAbstractItemView {{ background: {surface}; color: {text};
    selection-background-color: {highlight}; selection-color: {highlight_text}; outline: none; }}
QComboBox QAbstractItemView::item {{ padding: 3px 6px; background: {surface}; color: {text}; }}
QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover {{
    background: {highlight}; color: {highlight_text}; }}
QComboBox QAbstractItemView::item:disabled {{ color: {disabled_text}; }}
QGroupBox {{ background: {surface}; border: 1px solid {border}; border-radius: 8px;
    margin-top: 1.6em; padding: 12px 10px 8px 10px; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left; left: 8px;
    padding: 0 4px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px; padding: 2px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px;
    border: 1px solid {border}; background: {surface}; }}
QCheckBox::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: {indicator_radius}px; }}
QCheckBox::indicator:checked {{ background: {highlight}; border-color: {highlight};
    image: url({check}); }}
QRadioButton::indicator:checked {{ background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5,
    fx: 0.5, fy: 0.5, stop: 0 {highlight}, stop: 0.5 {highlight}, stop: 0.6 {surface},
    stop: 1 {surface}); border-color: {highlight}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ background: {surface_alt}; }}
QToolTip {{ color: {text}; background: {surface}; border: 1px solid {border}; }}
QStatusBar {{ background: {surface}; border-top: 1px solid {border}; }}
QStatusBar::item {{ border: none; }}
QStatusBar QSizeGrip {{ image: none; width: 0px; height: 0px; }}
"""

_STATUS_STYLE = (
    "QLabel#{name} {{ color: {text}; background: {background}; "
    "border: 1px solid {border}; border-radius: 4px; padding: 6px; }}"
)

_base_point_size: float | None = None

# QApplication's arguments for Fusion, the style until add_polish_hooks: Qt makes it itself, and
# no Python touches QStyle (see add_polish_hooks).
FUSION_ARGUMENTS = ("-style", "Fusion")
_polish_hooks: QProxyStyle | None = None  # CercleStyle (ui.common.cercle_style), once set


def resolve_scheme(setting: str) -> str:
    """'system' follows the desktop's light or dark preference."""
    if setting in THEMES:
        return setting
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def colours_for(setting: str) -> Colours:
    return THEMES[resolve_scheme(setting)]


def build_palette(c: Colours) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for roles, value in (
        ((role.Window,), c.window),
        ((role.Base, role.ToolTipBase), c.surface),
        ((role.AlternateBase,), c.surface_alt),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), c.text),
        ((role.PlaceholderText,), c.muted),
        ((role.Button,), c.button),
        ((role.Highlight,), c.highlight),
        ((role.HighlightedText,), c.highlight_text),
        ((role.Link,), c.link),
        ((role.Mid, role.Dark), c.border),
        ((role.Light, role.Midlight), c.surface),
    ):
        for r in roles:
            palette.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.disabled_text))
    return palette


def _asset(name: str) -> str:
    return resource_path("ui", "assets", name).as_posix()


def stylesheet(c: Colours, size: float) -> str:
    statuses = "\n".join(
        _STATUS_STYLE.format(name=name, **c.status(name)._asdict()) for name in STATUSES
    )
    values = {k: v for k, v in c._asdict().items() if isinstance(v, str)}
    scheme = "dark" if c is THEMES["dark"] else "light"
    return _STYLE.format(
        arrow_down=_asset(f"arrow-down-{scheme}.svg"),
        arrow_up=_asset(f"arrow-up-{scheme}.svg"),
        check=_asset(f"check-{scheme}.svg"),
        statuses=statuses,
        error_border=c.error.border,
        error_text=c.error.text,
        grid=c.surface_alt if scheme == "light" else c.button_hover,
        title=round(size * 2.2),
        h2=round(size * 1.5),
        h3=round(size * 1.2),
        pad=round(size * 0.5),
        pad_2=max(0, round(size * 0.5) - 1),
        pad_3=max(0, round(size * 0.5) - 2),
        nav_pad=round(size * 0.9),
        # Pixels, even, and a radius of exactly half: a radius larger than half the box (as
        # "0.5em" of a 0.9em box can round to) makes Qt draw the radio button square.
        indicator=2 * round(size * 0.6),
        indicator_radius=round(size * 0.6) + 1,
        **values,
    )


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """A font `factor` times the body text, for large displays (timers, Help now). It follows
    the text-size preference only if set again when it changes: call it from a changeEvent on
    QEvent.Type.ApplicationFontChange (or from retranslate) rather than once in __init__."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def row_font(factor: float) -> QFont:
    """A font `factor` times the normal text size but never smaller than the body text: a row of
    large buttons that must stay on one line, whatever text size the host chose."""
    font = QFont(QApplication.font())
    normal = _base_point_size or font.pointSizeF()
    font.setPointSizeF(max(font.pointSizeF(), normal * factor))
    return font


def add_polish_hooks() -> None:
    """CercleStyle, Fusion with a Python `polish`, made the application's style (once).

    ui/application.py calls it once the start screen has painted, which has none of the
    widgets CercleStyle is for; until then the application has Fusion, made by Qt from
    FUSION_ARGUMENTS. Any Python style (CercleStyle, or a plain QProxyStyle) makes PySide6 build
    the Python class of QStyle with its ~600 enum members: ~44 M instructions that came before
    the first paint. The new style polishes the start screen's widgets again, after its paint,
    to the same look. Python's `polish` is handed every widget, Qt's own ones too (scroll bars,
    viewports), as plain QWidgets, and PySide6 builds the Python class of every QWidget subclass,
    with their enums, to wrap the first of those: ui/late.py's preload does it anyway."""
    global _polish_hooks
    if _polish_hooks is None:
        from ui.common.cercle_style import CercleStyle  # not needed before the first paint

        _polish_hooks = CercleStyle("Fusion")
        QApplication.setStyle(_polish_hooks)


def polish_hooks_added() -> bool:
    return _polish_hooks is not None


def apply_theme(
    app: QApplication, text_size: str, scheme: str = "system", *, polish_hooks: bool = True
) -> None:
    """`polish_hooks=False`: add_polish_hooks is left to the caller (the start, see there)."""
    global _base_point_size
    if polish_hooks:
        add_polish_hooks()
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    size = _base_point_size * TEXT_SCALE.get(text_size, 1.0)
    font = QFont(app.font())
    font.setPointSizeF(size)
    colours = colours_for(scheme)
    palette, sheet = build_palette(colours), stylesheet(colours, size)
    if app.styleSheet() == sheet and app.font() == font and app.palette() == palette:
        return  # the same look: setting it again re-polished every widget (~20 ms a window)
    app.setPalette(palette)
    app.setFont(font)
    app.setStyleSheet(sheet)
