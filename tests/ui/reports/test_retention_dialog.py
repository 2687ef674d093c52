"""Folding runs in a worker: the window keeps answering while the verified backup and the fold
are made, the dialog says it is busy and cannot be closed, a lock waits for the fold to end, and
a failure leaves the group exactly as it was, told in the host's words."""

from __future__ import annotations

import shutil
import threading
from datetime import date

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from app.group_settings import GroupSettings
from tests.helpers import answer_box
from tests.helpers.handover import snapshot
from tests.helpers.report_seed import seed
from ui.reports.retention_dialog import RetentionDialog

TODAY = date(2027, 6, 15)


class _Gate(QObject):
    """Holds the worker inside the fold's first step (the backup hook) until released, and
    says from the worker thread that it got there."""

    reached = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def hook(self, _reason: str) -> None:
        self.reached.emit()
        assert self.release.wait(60), "the test never released the fold"


def _yes() -> None:
    answer_box(QMessageBox.StandardButton.Yes)


@pytest.fixture
def dialog(qtbot, ui_ctx, fresh_group):
    seed(fresh_group)
    fresh_group.reports.save_settings(GroupSettings(retention_months=12))
    ui_ctx.group = fresh_group
    ui_ctx.today = lambda: TODAY
    shown = RetentionDialog(ui_ctx, fresh_group)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.fold_button.isEnabled()
    return shown


def _folded_rows(db) -> int:
    return int(db.scalar("SELECT count(*) FROM attendance_folds"))


def test_the_window_answers_while_the_fold_runs(
    qtbot, ui_ctx, fresh_group, fresh_db, dialog
) -> None:
    gate = _Gate()
    fresh_group.before_risky_change_hooks.insert(0, gate.hook)
    _yes()
    with qtbot.waitSignal(gate.reached):
        qtbot.mouseClick(dialog.fold_button, Qt.MouseButton.LeftButton)
    # The worker is held inside the fold: the UI thread still runs timers and repaints.
    assert dialog.folding.busy and ui_ctx.autolock_inhibited
    assert dialog.busy.isVisible() and dialog.status.isVisible()
    assert not dialog.fold_button.isEnabled() and not dialog.buttons.isEnabled()
    ticker = QTimer()
    ticker.setInterval(0)
    with qtbot.waitSignal(ticker.timeout):
        ticker.start()
    ticker.stop()
    dialog.reject()  # Escape mid-fold: the dialog stays
    assert dialog.isVisible() and _folded_rows(fresh_db) == 0
    gate.release.set()
    qtbot.waitUntil(lambda: dialog.folded)
    assert _folded_rows(fresh_db) == 5 and not ui_ctx.autolock_inhibited
    assert dialog.buttons.isEnabled() and not dialog.busy.isVisible()
    assert dialog.status.text() == "5 meetings folded into counts."


def test_a_lock_waits_for_the_fold_to_end(qtbot, ui_ctx, fresh_group, fresh_db, dialog) -> None:
    gate = _Gate()
    fresh_group.before_risky_change_hooks.insert(0, gate.hook)
    _yes()
    with qtbot.waitSignal(gate.reached):
        qtbot.mouseClick(dialog.fold_button, Qt.MouseButton.LeftButton)
    gate.release.set()
    ui_ctx.about_to_lock.emit()  # what the main window does first when it locks
    # Back here only once the worker's transaction has ended: the file may close now.
    assert _folded_rows(fresh_db) == 5 and not dialog.folding.busy
    assert not ui_ctx.autolock_inhibited  # even if the answer never reaches the dialog


def test_a_failed_backup_folds_nothing_and_says_so(
    qtbot, ui_ctx, fresh_group, fresh_db, dialog
) -> None:
    before = snapshot(fresh_db)
    folder = ui_ctx.vaults.backups.folder(fresh_group.info.id)
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_bytes(b"")  # a file where the backups folder should be: no backup possible
    _yes()
    qtbot.mouseClick(dialog.fold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("Nothing was folded: the group is as it was before.")
    assert "Traceback" not in dialog.error.text() and str(folder) not in dialog.error.text()
    assert not dialog.folded and dialog.fold_button.isEnabled() and dialog.buttons.isEnabled()
    assert not ui_ctx.autolock_inhibited
    assert snapshot(fresh_db) == before
