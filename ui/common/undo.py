"""Undo and Redo in the host's language, before and after a live switch.

QUndoStack.createUndoAction words its action once, when it is made ("Undo %1" from Qt's own
translation, or a fixed prefix), and a command's text is a plain string given when it is made:
both would stay in the language of that moment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget


class TranslatedCommand(QUndoCommand):
    """A step named by `text()`, asked again at each language change (UndoActions.retranslate)."""

    def __init__(self, text: Callable[[], str]) -> None:
        super().__init__(text())
        self._text = text

    def retranslate(self) -> None:
        self.setText(self._text())


Step = Callable[[], None]


class UndoActions:
    """The Undo and Redo actions of `stack`, each naming the step it would undo or redo. The
    owning screen calls `retranslate` from its own at each language change. `leaving(step)`,
    when given, runs a step after asking whatever the screen must ask first (a form's typed
    changes, which the step's refresh would drop)."""

    def __init__(
        self,
        parent: QWidget,
        stack: QUndoStack,
        leaving: Callable[[Step], object] = lambda step: step(),
    ) -> None:
        self.stack = stack
        self.undo = QAction(parent)
        self.redo = QAction(parent)
        self.undo.triggered.connect(lambda: leaving(stack.undo))
        self.redo.triggered.connect(lambda: leaving(stack.redo))
        # The step's words come with the signal: the stack also sends it while being deleted,
        # when it can no longer be asked.
        stack.undoTextChanged.connect(self._name_undo)
        stack.redoTextChanged.connect(self._name_redo)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.retranslate()

    def retranslate(self) -> None:
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, TranslatedCommand):
                command.retranslate()
        self._name_undo(self.stack.undoText())
        self._name_redo(self.stack.redoText())

    def _name_undo(self, step: str) -> None:
        self.undo.setText(
            QCoreApplication.translate("UndoActions", "Undo “{step}”").format(step=step)
            if step
            else QCoreApplication.translate("UndoActions", "Undo")
        )

    def _name_redo(self, step: str) -> None:
        self.redo.setText(
            QCoreApplication.translate("UndoActions", "Redo “{step}”").format(step=step)
            if step
            else QCoreApplication.translate("UndoActions", "Redo")
        )
