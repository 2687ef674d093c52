"""A lock while a worker still uses the group: the vault is never written, nor a connection left
open, once the lock is done."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, QThreadPool

from app import demo
from app.vaults import open_typed_vault
from tests.conftest import FRESH_PASSPHRASE
from tests.helpers import circle_from_a_past_meeting, type_text
from tests.helpers.handover import BUNDLE_PASSPHRASE
from ui.safety.change_passphrase_dialog import ChangePassphraseDialog

NEW = "nouvelle clé très sûre"


def test_a_lock_during_reconnect_leaves_the_database_closed(
    demo_vault, vaults, monkeypatch
) -> None:
    """The reconnect derives a key for a second; a lock in that second must win."""
    db, _key = open_typed_vault(vaults.find(demo_vault).path, demo.DEMO_PASSPHRASE)
    real_connect = db._connect

    def connect_while_locked(*args, **kwargs):
        db.close()  # the host locks while the key is being derived
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(db, "_connect", connect_while_locked)
    db.reconnect(demo.DEMO_PASSPHRASE)
    assert not db.is_open
    # The file lock was released with it: the group can be opened again at once.
    vaults.unlock(demo.DEMO_ID, demo.DEMO_PASSPHRASE).close()


def test_lock_waits_for_a_passphrase_change_in_progress(qtbot, fresh_window, monkeypatch) -> None:
    ctx = fresh_window.ctx
    group = ctx.group
    events: list[str] = []
    release = threading.Event()
    real_change = ctx.vaults.change_passphrase

    def slow_change(*args):
        events.append("started")
        release.wait(10)
        real_change(*args)
        events.append("changed")

    monkeypatch.setattr(ctx.vaults, "change_passphrase", slow_change)
    real_close = group.close

    def close() -> None:
        events.append("closed")
        real_close()

    monkeypatch.setattr(group, "close", close)
    ctx.about_to_lock.connect(release.set)  # before the dialog's own slot
    dialog = ChangePassphraseDialog(ctx, group, fresh_window)
    dialog.show()
    type_text(dialog.current_edit, FRESH_PASSPHRASE)
    type_text(dialog.new_edit, NEW)
    type_text(dialog.confirm_edit, NEW)
    dialog.start()
    qtbot.waitUntil(lambda: "started" in events)
    fresh_window.lock()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert events == ["started", "changed", "closed"]
    assert not group.is_open
    assert ctx.vaults.check_passphrase(group.info.id, NEW)


def test_a_lock_during_a_merge_preview_keeps_the_running_round(
    qtbot, clock, demo_window, demo_bundle, vaults, wizards, monkeypatch
) -> None:
    """Ctrl+L while the merge wizard counts a co-host's file: its preview is a transaction on
    the group's own connection, on a worker, always rolled back. The round the lock keeps is
    written on the UI thread: joined to the preview's transaction, it was rolled back with it,
    and the round was lost (neither kept nor saved). Now the preview ends first, then the round
    is kept in a transaction of its own."""
    from storage import merge
    from ui.common.worker import Worker
    from ui.handover.import_wizard import ImportWizard

    go_on, real_merge, real_wait = threading.Event(), merge._merge_tombstones, Worker.wait
    inside, waited = threading.Event(), list[bool]()

    def held_merge(db) -> None:  # the preview, inside its transaction until the lock waits
        real_merge(db)
        inside.set()
        waited.append(go_on.wait(10))  # False: the lock kept the round before it waited

    def wait(self, timeout_ms: int) -> None:  # the lock waits for the preview to end
        go_on.set()
        real_wait(self, timeout_ms)

    monkeypatch.setattr(merge, "_merge_tombstones", held_merge)
    monkeypatch.setattr(Worker, "wait", wait)
    circle: Any = circle_from_a_past_meeting(demo_window.group_screen)  # its test_session too
    circle.setup.request_start()
    circle.running.toggle()
    clock.advance(75)
    wizard = ImportWizard(demo_window.ctx, demo_window.ctx.group, demo_window)
    wizards.append(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.file_field.edit, str(demo_bundle))
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.mouseClick(wizard.file_page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(inside.is_set, timeout=20_000)  # the preview's transaction is open
    demo_window.lock_action.trigger()  # Ctrl+L, which works over the wizard
    assert demo_window.is_locked
    assert waited == [True]  # the preview ended (the lock waited for it) before the round was kept
    group = vaults.unlock(demo.DEMO_ID, demo.DEMO_PASSPHRASE)
    try:
        kept = group.live.load_circle()
        assert kept is not None and kept.session_id == circle.test_session.id
        assert kept.round_state["turns"][0]["spoken"] == 75
    finally:
        group.close()
