"""A lock while a worker still uses the group: the vault is never written, nor a connection left
open, once the lock is done."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from app import demo
from app.vaults import open_typed_vault
from tests.conftest import FRESH_PASSPHRASE
from tests.helpers import type_text
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
