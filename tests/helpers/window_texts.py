"""What a host can read or hear in a window, widget by widget: the language-switch tests compare
it before and after a switch, and with a fresh build."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTabBar,
    QTabWidget,
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
    if isinstance(widget, QSpinBox):
        yield "prefix", widget.prefix()
        yield "suffix", widget.suffix()
    if isinstance(widget, QMenu):
        yield "menu", widget.title()
    # A menu's entries, and a screen's actions (Undo, a field's Show button): one only there
    # for its shortcut shows no text.
    yield from ((f"action{i}", a.text()) for i, a in enumerate(widget.actions()))


def readable(root: QWidget) -> list[tuple[QWidget, str, str]]:
    """(widget, kind of text, text) for each text shown or spoken in `root` and its children.
    Qt's own parts carry Qt's words (a tab bar's scroll buttons, which Qt does not word again
    at a switch): left out, except a wizard's buttons, which Cercle names (the wizard gives
    them)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QTabBar):
            continue
        found += [(widget, kind, text) for kind, text in _own_texts(widget) if text]
    return found
