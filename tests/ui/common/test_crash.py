"""An error nobody caught: a translated sentence, and no member data anywhere."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from ui.application import build
from ui.common import crash

SECRET = "Zoé-secret-pseudonym 06 12 34 56 78"


def test_main_installs_a_hook_that_hides_the_error_text(
    qtbot,
    qapp,
    tmp_path,
    capfd,
    monkeypatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    _ctx, window, _t = build(["--data-dir", str(tmp_path / "data")], qapp)
    qtbot.addWidget(window)
    hook = sys.excepthook
    assert isinstance(hook, crash.CrashReporter)

    try:
        raise ValueError(f"member {SECRET} could not be saved")
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)

    box = hook.box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.text() == crash.crash_text()
    assert SECRET not in box.text() + box.informativeText() + box.detailedText()
    assert SECRET not in window.windowTitle()
    out, err = capfd.readouterr()
    assert SECRET not in out + err
    assert "ValueError" in err  # the kind of error is enough for a bug report

    try:
        raise KeyError(SECRET)  # a second error while the box is up: still one box
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert hook.box is box
    box.accept()
    qtbot.waitUntil(lambda: hook.box is None)
    assert SECRET not in "".join(capfd.readouterr())
