"""Answer the next modal box or input dialog, whichever window it belongs to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from tests.helpers import press, type_text


def _when_shown(kind: type, act: Callable[[QWidget], None], tries: int = 200) -> None:
    def attempt() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            act(found[-1])
        elif tries > 0:
            _when_shown(kind, act, tries - 1)

    QTimer.singleShot(10, attempt)


def answer_box(button: QMessageBox.StandardButton) -> None:
    _when_shown(QMessageBox, lambda box: press(box, button))


def answer_text(text: str) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        edit.clear()
        type_text(edit, text)
        dialog.accept()

    _when_shown(QInputDialog, fill)
