"""ui/common/operation.py: the keyboard focus around a job on a worker."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout

from ui.common.operation import Operation


def _dialog(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    field, cancel, other = QLineEdit(), QPushButton("Cancel"), QLineEdit()
    for widget in (field, cancel, other):
        layout.addWidget(widget)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return dialog, field, other, cancel


def _run_held(qtbot, operation: Operation) -> threading.Event:
    release = threading.Event()
    assert operation.run(lambda: release.wait(10))
    return release


def test_the_focus_comes_back_to_the_field_the_job_disabled(qtbot) -> None:
    dialog, field, _other, cancel = _dialog(qtbot)
    operation = Operation(dialog, blocks=[field])
    release = _run_held(qtbot, operation)
    assert QApplication.focusWidget() is cancel  # Qt moved it on when the field was disabled
    release.set()
    qtbot.waitUntil(lambda: not operation.busy)
    assert QApplication.focusWidget() is field


def test_a_field_the_host_chose_meanwhile_keeps_the_focus(qtbot) -> None:
    dialog, field, other, _cancel = _dialog(qtbot)
    operation = Operation(dialog, blocks=[field])
    release = _run_held(qtbot, operation)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    release.set()
    qtbot.waitUntil(lambda: not operation.busy)
    assert QApplication.focusWidget() is other
