"""The one confirmation box: plain texts, going ahead only on the answer that goes ahead."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.helpers import LOOK_AGAIN_MS, press
from ui.common.ask import Button, confirm, confirm_unencrypted


def _then(act) -> dict[str, object]:
    seen: dict[str, object] = {}

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(LOOK_AGAIN_MS, attempt)
            return
        seen["format"] = box.textFormat()
        refusals = (box.button(Button.No), box.button(Button.Cancel))
        seen["default_refuses"] = box.defaultButton() in [b for b in refusals if b is not None]
        act(box)

    QTimer.singleShot(0, attempt)
    return seen


def test_yes_goes_ahead_and_no_is_the_default(qtbot) -> None:
    seen = _then(lambda box: press(box, Button.Yes))
    assert confirm(None, "Delete", "Delete <b>“Lise”</b>?")
    assert seen["format"] == Qt.TextFormat.PlainText
    assert seen["default_refuses"]


def test_escape_does_nothing(qtbot) -> None:
    seen = _then(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert not confirm_unencrypted(None, "Print", "Not encrypted.")
    assert seen["default_refuses"]


def test_enter_takes_the_answer_that_does_nothing(qtbot) -> None:
    _then(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert not confirm(None, "Delete", "Delete it for good?")


def test_a_destructive_answer_is_its_own_button(qtbot) -> None:
    def erase(box: QMessageBox) -> None:
        (button,) = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ]
        assert button.text() == "Erase for good"
        button.click()

    _then(erase)
    assert confirm(None, "Erase", "Erase?", no=Button.Cancel, destructive="Erase for good")


def test_a_printout_goes_ahead_on_ok(qtbot) -> None:
    _then(lambda box: press(box, Button.Ok))
    assert confirm_unencrypted(None, "Print", "Not encrypted.")
