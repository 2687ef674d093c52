"""Screens rebuild their texts when the language changes, without a restart."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, overload

from PySide6.QtCore import QEvent, Qt, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPushButton, QWidget

from ui.common.plain_text import PlainLabel

RETIRED = "cercleRetired"

# The mixin only ever sits before QWidget in a screen's bases: say so to the type checker, while
# at run time it stays a plain class so that QWidget's own __init__ runs once.
if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object


class Retranslating(_WidgetBase):
    """Mixin for QWidget subclasses: on every QEvent.LanguageChange, `retranslate()` sets again
    the texts given to `translated`, and those an override makes from the screen's state (call
    it at the end of __init__ when there are such)."""

    def translated(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        """Shows `text()` through `setter` now and again at each language change: a widget's
        text is written once, where the widget is made (`lambda: self.tr("...")`, which
        lupdate reads in the class's context). Given again for the same setter, the new text
        replaces the old one."""
        setter(text())
        self._translated_texts()[setter] = text

    def retranslate(self) -> None:
        """Sets again the texts given to `translated`. Texts made from the screen's state
        (counts, names) are set by an override, which calls this first."""
        for setter, text in self._translated_texts().items():
            setter(text())

    def _translated_texts(self) -> dict[Callable[[str], object], Callable[[], str]]:
        # Kept in the instance's dict: the mixin has no __init__ of its own (see above). Keyed
        # by the bound setter (equal for the same widget and method), so that a text given
        # again never piles up.
        texts: dict[Callable[[str], object], Callable[[], str]]
        texts = self.__dict__.setdefault("_cercle_texts", {})
        return texts

    def changeEvent(self, event: QEvent) -> None:
        # A screen retired by a lock waits for deletion with its group closed: leave it alone.
        if event.type() == QEvent.Type.LanguageChange and not retired(self):
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        plain_labels(self)
        super().showEvent(event)


ButtonT = TypeVar("ButtonT", bound=QAbstractButton)


@overload
def translated_button(
    screen: Retranslating,
    text: Callable[[], str],
    tip: Callable[[], str] | None = None,
    *,
    clicked: Callable[[], object] | SignalInstance | None = None,
) -> QPushButton: ...


@overload
def translated_button(
    screen: Retranslating,
    text: Callable[[], str],
    tip: Callable[[], str] | None = None,
    *,
    kind: type[ButtonT],
    clicked: Callable[[], object] | SignalInstance | None = None,
) -> ButtonT: ...


def translated_button(
    screen: Retranslating,
    text: Callable[[], str],
    tip: Callable[[], str] | None = None,
    *,
    kind: type[QAbstractButton] = QPushButton,
    clicked: Callable[[], object] | SignalInstance | None = None,
) -> QAbstractButton:
    """A button (or, by `kind`, a check box or radio button) saying `text()`, with `tip()` as
    its tooltip, now and at each language change of `screen` (see Retranslating.translated),
    and calling `clicked()` when clicked: where the class that makes it also acts on it."""
    button = kind()
    screen.translated(button.setText, text)
    if tip is not None:
        screen.translated(button.setToolTip, tip)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


def translated_label(
    screen: Retranslating, text: Callable[[], str], object_name: str = "", *, wraps: bool = False
) -> PlainLabel:
    """A plain label saying `text()` now and at each language change of `screen`, styled by its
    object name ("pageTitle", "muted", "warning"...) when it has one; with `wraps`, its text
    wraps to its width (a note, an explanation)."""
    label = PlainLabel()
    label.setWordWrap(wraps)
    if object_name:
        label.setObjectName(object_name)
    screen.translated(label.setText, text)
    return label


def search_field(
    screen: Retranslating,
    placeholder: Callable[[], str],
    name: Callable[[], str] | None = None,
    tip: Callable[[], str] | None = None,
) -> QLineEdit:
    """A search field with its clear button, showing `placeholder()` while empty, named `name()`
    for screen readers and with `tip()` as its tooltip, now and at each language change of
    `screen`."""
    field = QLineEdit()
    field.setClearButtonEnabled(True)
    screen.translated(field.setPlaceholderText, placeholder)
    if name is not None:
        screen.translated(field.setAccessibleName, name)
    if tip is not None:
        screen.translated(field.setToolTip, tip)
    return field


def retired(widget: QWidget) -> bool:
    """Whether the widget is in a screen a lock retired (it stays in the window, hidden, until
    deleted)."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent.property(RETIRED):
            return True
        parent = parent.parentWidget()
    return False


def plain_labels(widget: QWidget) -> None:
    """A safety net for the labels Qt makes itself (a form's empty row label): Cercle's own are
    plain from their construction (ui.common.plain_text). MarkupLabels are left alone."""
    for label in widget.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)
