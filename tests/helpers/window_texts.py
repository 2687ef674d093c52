"""What a host can read or hear in a window, widget by widget: the language-switch tests compare
it before and after a switch, and with a fresh build."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
    QWizardPage,
)

WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "name", widget.accessibleName()
    yield "description", widget.accessibleDescription()
    yield "tip", widget.toolTip()
    if widget.isWindow():
        yield "title", widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "box", widget.title()
    if isinstance(widget, QWizard):
        # Its own buttons, which Qt names once (their object names start with "qt_").
        yield from (
            (f"button{which.value}", widget.button(which).text()) for which in WIZARD_BUTTONS
        )
    if isinstance(widget, QWizardPage):
        yield "page", f"{widget.title()} | {widget.subTitle()}"
        yield "commit", widget.buttonText(QWizard.WizardButton.CommitButton)
    if isinstance(widget, QComboBox):
        yield from ((f"item{i}", widget.itemText(i)) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        yield from ((f"tab{i}", widget.tabText(i)) for i in range(widget.count()))
    if isinstance(widget, QAbstractSpinBox):
        yield "special", widget.specialValueText()
        yield "value", widget.text()
    if isinstance(widget, QDateTimeEdit):
        yield "format", widget.displayFormat()
        if widget.calendarPopup():
            yield "calendar", _calendar_texts(widget.calendarWidget())
    if isinstance(widget, QSpinBox):
        yield "prefix", widget.prefix()
        yield "suffix", widget.suffix()
    if isinstance(widget, QMenu):
        yield "menu", widget.title()
    # A menu's entries, and a screen's actions (Undo, a field's Show button): one only there
    # for its shortcut shows no text.
    yield from ((f"action{i}", a.text()) for i, a in enumerate(widget.actions()))


def _calendar_texts(calendar: QCalendarWidget) -> str:
    """The month and the days' names a date field's calendar shows (made when first asked)."""
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert month is not None and view is not None, "Qt's calendar parts were renamed"
    model = view.model()
    days = [str(model.index(0, column).data()) for column in range(model.columnCount())]
    return " ".join([month.text(), *days])


def _in_calendar(widget: QWidget | None) -> bool:
    while widget is not None:
        if isinstance(widget, QCalendarWidget):
            return True
        widget = widget.parentWidget()
    return False


def readable(root: QWidget) -> list[tuple[QWidget, str, str]]:
    """(widget, kind of text, text) for each text shown or spoken in `root` and its children.
    Qt's own parts carry Qt's words (a tab bar's scroll buttons, which Qt does not word again
    at a switch): left out, except a wizard's buttons, which Cercle names (the wizard gives
    them), and a date field's calendar, read through its field."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QTabBar):
            continue
        if _in_calendar(widget):
            continue
        found += [(widget, kind, text) for kind, text in _own_texts(widget) if text]
    return found
