"""Small building blocks the dialogs share: a styled notice label, an indefinite busy bar, and
`say`, which puts a message in a label so that it follows a live language switch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar

from ui.common.plain_text import wrapped_label

Words = str | Callable[[], str]  # a text, or what makes it in the language of the moment


def notice_label(kind: str, *, visible: bool = True) -> QLabel:
    """A word-wrapped label styled by the theme: kind is "warning" or "error"."""
    label = wrapped_label(kind)
    if not visible:
        label.hide()
    # Not setVisible(True): the label has no parent yet, and shown it would be a window of its
    # own, mapped on the desktop for an instant before the screen that takes it.
    return label


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


def say(label: QLabel, words: Words) -> None:
    """Shows `words` in `label`; words given as a function (`lambda: self.tr("...")`,
    `error_words(exc)`) are said again in the new language at each language change,
    for as long as the label still shows them. A message set once after an action (a refused
    save, a wrong passphrase) otherwise stayed in the language left."""
    said = label.findChild(_Said, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(words, str):
        label.setText(words)
        if said is not None:
            said.words = None
        return
    if said is None:
        said = _Said(label)
    said.words = words
    said.shown = words()
    label.setText(said.shown)


class _Said(QObject):
    """The words `say` last gave a label. A child of the label, it gets the language change
    the label passes to its children, after the screen's own texts are set again."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.words: Callable[[], str] | None = None
        self.shown = ""

    def event(self, event: QEvent) -> bool:
        # Only while the label still shows them: a clear() or another text since wins.
        if (
            event.type() == QEvent.Type.LanguageChange
            and self.words is not None
            and self.label.text() == self.shown
        ):
            self.shown = self.words()
            self.label.setText(self.shown)
        return super().event(event)
