"""CercleStyle: Fusion with the few changes Cercle makes through Python, made the
application's style once the start screen has painted (ui.common.theme.add_polish_hooks), and
the wizards' style. Imported then: the start screen needs none of it, and these Qt classes'
Python side (combo box, item delegate, style option) is built, enums and all, on first import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMargins
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QWidget,
)

# The margins the group screen gives every area: dialogs get the same, not Qt's tighter 11 px.
_LAYOUT_MARGINS = (
    QStyle.PixelMetric.PM_LayoutLeftMargin,
    QStyle.PixelMetric.PM_LayoutTopMargin,
    QStyle.PixelMetric.PM_LayoutRightMargin,
    QStyle.PixelMetric.PM_LayoutBottomMargin,
)
_DIALOG_SIDES = dict(zip(_LAYOUT_MARGINS, (18, 16, 18, 16), strict=True))
DIALOG_MARGINS = QMargins(*_DIALOG_SIDES.values())


class CercleStyle(QProxyStyle):
    """Fusion, with dialog margins that match the main screens, drop-down lists whose
    entries follow the style sheet, and Qt's file dialog sized for the text size.

    Only `polish` is overridden, which Qt calls once per widget. An override of a method Qt
    calls all the time (pixelMetric: about 60 times per search keystroke) goes through Python
    on every call, and PySide6 builds Python classes for every type it is handed."""

    def polish(self, *target: Any) -> Any:
        widget = target[0] if target else None
        # Qt draws a combo box's entries as menu items, which ignore the style sheet's colours
        # for the highlighted entry (white on white in the light scheme); an item delegate
        # draws them as list items, which follow it.
        if isinstance(widget, QComboBox) and not isinstance(
            widget.itemDelegate(), QStyledItemDelegate
        ):
            widget.setItemDelegate(QStyledItemDelegate(widget))
        if isinstance(widget, QWidget) and widget.inherits("QFileDialog"):
            _fit_file_dialog(widget)
        if isinstance(widget, QDialog):
            _give_dialog_margins(widget)
        return super().polish(*target)


def _fit_file_dialog(dialog: QWidget) -> None:
    """Qt's file dialog, whose columns were sized for no particular text size, is fitted as it
    shows. Loaded when the first one opens: the start screen needs none of it."""
    from PySide6.QtWidgets import QFileDialog

    from ui.common.file_dialog import fit_on_show

    if isinstance(dialog, QFileDialog):
        fit_on_show(dialog)


def _give_dialog_margins(dialog: QDialog) -> None:
    """DIALOG_MARGINS around the dialog's own layout, unless it was given margins of its own
    (it then has others than the style's). Qt polishes a dialog as it first shows it, once
    its layout is in place."""
    layout = dialog.layout()
    if layout is None:
        return
    style = dialog.style()
    default = QMargins(*(style.pixelMetric(metric, None, dialog) for metric in _LAYOUT_MARGINS))
    if layout.contentsMargins() == default:
        layout.setContentsMargins(DIALOG_MARGINS)


class _WizardStyle(CercleStyle):
    """QWizard spaces its button row by its own style's dialog margins, which it asks for
    again at each page: on wizards only (`wizard_style`), they are those of other dialogs.
    Everything in a wizard, down to the file dialog it opens, inherits its style (the
    application has a style sheet): only there does Qt ask this Python override."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in _DIALOG_SIDES and isinstance(widget, QDialog):
            return _DIALOG_SIDES[metric]
        return super().pixelMetric(metric, option, widget)


_wizard_style: _WizardStyle | None = None


def wizard_style() -> QStyle:
    """The style a QWizard is given (ui.handover.common.prepare_wizard)."""
    global _wizard_style
    if _wizard_style is None:
        _wizard_style = _WizardStyle("Fusion")
    return _wizard_style
