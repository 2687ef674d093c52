"""Auto-lock, the wait after wrong passphrases, backups and restore, passphrase change: in the UI."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app import demo
from app.sidecar import update_sidecar
from storage.records import Member
from tests.conftest import FRESH_PASSPHRASE
from tests.helpers import type_text
from ui.safety.change_passphrase_dialog import ChangePassphraseDialog
from ui.start.backups_dialog import BackupsDialog, BackupTableModel


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _fake_clock(ctx) -> FakeClock:
    clock = FakeClock()
    ctx.monotonic = clock
    return clock


def test_idle_group_locks_after_the_delay_and_activity_resets_it(qtbot, fresh_window) -> None:
    clock = _fake_clock(fresh_window.ctx)
    autolock = fresh_window.autolock
    autolock.last_activity = clock()
    QGuiApplication.clipboard().setText("Hélène")
    clock.now += 9 * 60
    assert not autolock.check()
    QTest.keyClick(fresh_window.windowHandle(), Qt.Key.Key_Shift)  # as a keyboard sends it
    clock.now += 9 * 60  # 18 minutes since unlock, 9 since the key press
    assert not autolock.check()
    assert not fresh_window.is_locked
    clock.now += 60
    assert autolock.check()
    assert fresh_window.is_locked
    assert fresh_window.ctx.group is None
    assert QGuiApplication.clipboard().text() == ""  # what the app put there is gone


def test_mouse_activity_counts_and_the_preference_sets_the_delay(qtbot, fresh_window) -> None:
    ctx = fresh_window.ctx
    ctx.prefs.autolock_minutes = 2
    clock = _fake_clock(ctx)
    fresh_window.autolock.last_activity = clock()
    clock.now += 100
    QTest.mouseMove(fresh_window.windowHandle(), QPoint(5, 5))
    clock.now += 100
    assert not fresh_window.autolock.check()
    clock.now += 21
    assert fresh_window.autolock.check()
    assert fresh_window.is_locked


def test_a_key_in_a_dialog_counts_as_activity(qtbot, fresh_window) -> None:
    clock = _fake_clock(fresh_window.ctx)
    fresh_window.autolock.last_activity = clock()
    dialog = QDialog(fresh_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    clock.now += 9 * 60
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Shift)
    clock.now += 9 * 60
    assert not fresh_window.autolock.check()
    clock.now += 60
    assert fresh_window.autolock.check()


def test_never_locks_while_a_circle_runs(qtbot, fresh_window) -> None:
    ctx = fresh_window.ctx
    clock = _fake_clock(ctx)
    fresh_window.autolock.last_activity = clock()
    ctx.inhibit_autolock("circle", True)
    clock.now += 90 * 60
    assert not fresh_window.autolock.check()
    assert not fresh_window.is_locked
    ctx.inhibit_autolock("circle", False)
    clock.now += 9 * 60  # the idle time counts again from the end of the circle
    assert not fresh_window.autolock.check()
    clock.now += 60
    assert fresh_window.autolock.check()
    assert fresh_window.is_locked


def _try(qtbot, start, passphrase: str) -> None:
    start.passphrase_edit.clear()
    type_text(start.passphrase_edit, passphrase)
    failures = start.unlock_wait.throttle.failures(start.current_group().id)
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            start.unlock_wait.throttle.failures(start.current_group().id) == failures + 1
            or not start.opening.busy
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not start.opening.busy, timeout=10_000)


def test_wrong_passphrases_bring_a_growing_wait_shown_on_the_button(
    qtbot, main_window, demo_vault
) -> None:
    clock = _fake_clock(main_window.ctx)
    demo.ensure_demo(main_window.ctx.vaults)
    start = main_window.start_screen
    # The button reads the fake clock at each tick of its real timer: ticking every 10 ms
    # rather than 250, the waits below end in a tick, not in a quarter of a second each.
    start.unlock_wait.timer.setInterval(10)
    start.refresh()
    _try(qtbot, start, "wrong one")
    assert start.unlock_button.isEnabled()  # one slip costs nothing
    _try(qtbot, start, "wrong two")
    assert not start.unlock_button.isEnabled()
    assert start.unlock_button.text() == "Wait 1 s"
    assert start.wait_note.isVisible()
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)  # refused while waiting
    assert not start.opening.busy
    clock.now += 1
    qtbot.waitUntil(start.unlock_button.isEnabled, timeout=2000)
    assert start.unlock_button.text() == "&Unlock"
    _try(qtbot, start, "wrong three")
    assert start.unlock_button.text() == "Wait 2 s"
    clock.now += 2
    qtbot.waitUntil(start.unlock_button.isEnabled, timeout=2000)
    _try(qtbot, start, demo.DEMO_PASSPHRASE)
    assert not main_window.is_locked
    assert start.unlock_wait.throttle.failures(demo.DEMO_ID) == 0


def test_start_screen_says_when_a_passphrase_change_was_interrupted(
    qtbot, main_window, demo_vault
) -> None:
    info = demo.ensure_demo(main_window.ctx.vaults)
    start = main_window.start_screen
    start.refresh()
    assert not start.interrupted_label.isVisible()
    update_sidecar(
        info.path, passphrase_change={"started_at": "20261125-100000", "fingerprint": "0"}
    )
    start.refresh()
    start._update_selection_texts()
    assert start.interrupted_label.isVisible()
    assert "previous one" in start.interrupted_label.text()


def test_backups_are_listed_and_one_is_restored(qtbot, qtmodeltester, ui_ctx) -> None:
    vaults = ui_ctx.vaults
    info = vaults.create_group("Tuesday", "Tuesday group", "en", "correct horse battery")
    group = vaults.unlock(info.id, "correct horse battery")  # the day's backup, no members
    group.roster.add_member(Member("Zoé"))
    group.close()
    dialog = BackupsDialog(ui_ctx, info)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.proxy.rowCount() == 1
    kind = dialog.proxy.index(0, BackupTableModel.KIND).data()
    size = dialog.proxy.index(0, BackupTableModel.SIZE).data()
    assert kind == "Daily (the week's copy)" and re.fullmatch(r"\d+ kB", size)
    assert dialog.proxy.index(0, BackupTableModel.PASSPHRASE).data() == "The current passphrase"
    # The table draws each text mid-height, as Qt does when the model gives no alignment (an
    # accessible text answered for the alignment too put every text at the top of its row).
    alignments = [
        dialog.proxy.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        for column in range(BackupTableModel.COLUMNS)
    ]
    assert alignments == [None] * BackupTableModel.COLUMNS
    assert "kept aside" in dialog.note.text()

    type_text(dialog.passphrase_edit, "not the passphrase")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "does not open" in dialog.error_label.text()

    dialog.passphrase_edit.clear()
    type_text(dialog.passphrase_edit, "correct horse battery")
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    restored = blocker.args[0]
    try:
        assert restored.roster.members() == []
    finally:
        restored.close()
    kinds = [b.kind for b in vaults.backups.backups_of(info.id)]
    assert "pre-restore" in kinds


def test_change_passphrase_from_the_file_menu(qtbot, demo_window) -> None:
    ctx = demo_window.ctx
    assert demo_window.passphrase_action.isEnabled()
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChangePassphraseDialog)
        type_text(dialog.current_edit, demo.DEMO_PASSPHRASE)
        type_text(dialog.new_edit, "nouvelle clé très sûre")
        type_text(dialog.confirm_edit, "nouvelle clé différente")
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
        seen["mismatch"] = dialog.error_label.text()
        dialog.confirm_edit.clear()
        type_text(dialog.confirm_edit, "nouvelle clé très sûre")
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
        try:
            # A verified backup, then the rekey: on a loaded machine this takes more than 10 s.
            # Waited for until it ends either way: a refused change says why at once (it once
            # timed out here, with nothing to tell what the dialog had said).
            qtbot.waitUntil(lambda: not dialog.change.busy, timeout=60_000)
            seen["done"] = dialog.intro.text()
            seen["error"] = dialog.error_label.text() if dialog.error_label.isVisible() else ""
        finally:
            # Never leave the modal dialog open: a failure here (in a timer, where pytest cannot
            # stop the test) would block exec() until the runner's timeout. A change still under
            # way ends first, since the dialog refuses to close during it.
            dialog.change.wait(60_000)
            dialog.reject()

    QTimer.singleShot(0, fill)
    demo_window.passphrase_action.trigger()
    assert seen["mismatch"] == "The two new passphrases are different."
    assert not seen.get("error"), seen.get("error")
    assert "was changed" in seen["done"]
    assert [m.pseudonym for m in ctx.group.roster.members()]  # still open and readable
    demo_window.lock()
    assert not demo_window.passphrase_action.isEnabled()
    assert not ctx.vaults.check_passphrase(demo.DEMO_ID, demo.DEMO_PASSPHRASE)
    assert ctx.vaults.check_passphrase(demo.DEMO_ID, "nouvelle clé très sûre")


def test_a_new_passphrase_changed_after_its_key_was_derived_gets_its_own(
    qtbot, ui_ctx, fresh_group, derivations
) -> None:
    """The new passphrase's key is derived for the vault's salt once it is typed twice; typed
    otherwise afterwards, the change uses the key of the one committed, and derives no other."""
    dialog = ChangePassphraseDialog(ui_ctx, fresh_group)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.current_edit, FRESH_PASSPHRASE)
    type_text(dialog.new_edit, "une première idée")
    type_text(dialog.confirm_edit, "une première idée")
    qtbot.waitUntil(lambda: derivations.every == ["une première idée"])
    for edit in (dialog.new_edit, dialog.confirm_edit):
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(edit, "finalement celle-ci")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.changed, timeout=60_000)
    dialog.reject()  # waits for any derivation under way: none began as the fields emptied
    assert not dialog.key_ahead.running
    assert derivations.every == ["une première idée", "finalement celle-ci"]
    fresh_group.close()  # as the lock closes it
    group_id = fresh_group.info.id
    assert ui_ctx.vaults.check_passphrase(group_id, "finalement celle-ci")
    assert not ui_ctx.vaults.check_passphrase(group_id, "une première idée")
    assert not ui_ctx.vaults.check_passphrase(group_id, FRESH_PASSPHRASE)


def test_wrong_current_passphrase_is_said_plainly(qtbot, ui_ctx, fresh_group) -> None:
    dialog = ChangePassphraseDialog(ui_ctx, fresh_group)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.current_edit, "pas la bonne")
    type_text(dialog.new_edit, "nouvelle clé très sûre")
    type_text(dialog.confirm_edit, "nouvelle clé très sûre")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert dialog.error_label.text() == (
        "The current passphrase is not right. Nothing was changed."
    )
    assert not ui_ctx.autolock_inhibited


def test_a_failed_daily_backup_is_mentioned_after_unlock(qtbot, main_window, monkeypatch) -> None:
    import errno

    from storage import backups as store

    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "vacuum_into", full_disk)
    main_window.start_screen.demo_button.click()
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=10_000)
    qtbot.waitUntil(
        lambda: "could not be made" in main_window.statusBar().currentMessage(), timeout=10_000
    )
    main_window.lock()
    assert main_window.statusBar().currentMessage() == ""


def test_in_very_large_text_the_new_passphrase_field_stays_wide(
    qtbot, ui_ctx, demo_group, look
) -> None:
    """French labels take the form's left column; the fields and the strength hint keep a
    readable width beside them (at a fixed 560 pixels they had seventeen characters)."""
    ui_ctx.translations.apply("fr")
    look("very_large", "light")
    dialog = ChangePassphraseDialog(ui_ctx, demo_group)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    characters = dialog.new_edit.width() / dialog.new_edit.fontMetrics().averageCharWidth()
    assert characters >= 30
    assert dialog.width() <= 1024
