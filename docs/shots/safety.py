"""Vault safety: backups and restore, the passphrase change, the wait after wrong passphrases."""

from __future__ import annotations

from datetime import datetime, timedelta

from app import demo
from ui.safety.change_passphrase_dialog import ChangePassphraseDialog
from ui.start.backups_dialog import BackupsDialog

NEW_PASSPHRASE = "tilleuls en fleurs 2026"


def _history(env) -> None:  # type: ignore[no-untyped-def]
    """Some days of backups, a merge, then a passphrase change and one more day."""
    vaults, group = env.ctx.vaults, env.ctx.group
    for made_today in vaults.backups.folder(demo.DEMO_ID).iterdir():
        made_today.unlink()  # the story below starts ten days ago
    day = datetime.now().replace(hour=18, minute=5, second=0) - timedelta(days=10)
    for offset in range(8):
        vaults.backups.now = lambda d=day + timedelta(days=offset): d
        group.backup_if_due(vaults.backups)
        if offset == 5:
            group.before_risky_change("merge")
    vaults.backups.now = lambda: day + timedelta(days=8, hours=1)
    vaults.change_passphrase(group, demo.DEMO_PASSPHRASE, NEW_PASSPHRASE)
    vaults.backups.now = lambda: day + timedelta(days=9)
    group.backup_if_due(vaults.backups)
    vaults.backups.now = datetime.now


def shots(make_env):  # type: ignore[no-untyped-def]
    for lang in ("en", "fr"):
        env = make_env(lang)
        env.open_demo()
        dialog = ChangePassphraseDialog(env.ctx, env.ctx.group, env.window)
        dialog.current_edit.setText(demo.DEMO_PASSPHRASE)
        dialog.new_edit.setText(NEW_PASSPHRASE)
        dialog.show()
        env.settle()
        yield f"change-passphrase-{lang}", dialog
        dialog.close()
        _history(env)
        env.window.lock()
        start = env.window.start_screen
        backups = BackupsDialog(env.ctx, start.current_group(), env.window)
        backups.resize(900, 560)
        backups.show()
        backups.table.selectRow(backups.proxy.rowCount() - 1)
        env.settle()
        yield f"backups-{lang}", backups
        backups.close()
        for _ in range(3):
            start.unlock_wait.failed(demo.DEMO_ID)
        start.passphrase_edit.setText("••••••")
        env.settle()
        yield f"unlock-wait-{lang}", env.window
        env.close()
