"""Files in a group's backups folder that are not backups, or a folder that cannot be read: the
unlock from the start screen and the backups dialog go on, and say what they must."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import Qt

from app import demo
from tests.helpers import type_text
from ui.start.backups_dialog import BackupsDialog

PASS = "correct horse battery"


def _not_backups(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "20261399-999999_daily_initial.vault").write_bytes(b"x")  # month 13
    (folder / "٢٠٢٦٠١٠١-000000_daily_initial.vault").write_bytes(b"x")  # other digits
    loop = folder / "20260101-000000_daily_initial.vault"
    os.symlink(loop.name, loop)  # a link to itself


def _unlock_and_back_up(qtbot, main_window) -> None:
    """Unlock the demo from the start screen; the day's backup is said to be made."""
    start = main_window.start_screen
    start.refresh()
    type_text(start.passphrase_edit, demo.DEMO_PASSPHRASE)
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=10_000)
    status = main_window.statusBar()
    qtbot.waitUntil(
        lambda: any(end in status.currentMessage() for end in ("checked", "could not be made")),
        timeout=20_000,
    )
    assert "made and checked" in status.currentMessage()


def test_unlock_from_the_start_screen_makes_the_backup_beside_odd_names(
    qtbot, main_window, demo_vault
) -> None:
    vaults = main_window.ctx.vaults
    demo.ensure_demo(vaults)
    _not_backups(vaults.backups.folder(demo.DEMO_ID))
    _unlock_and_back_up(qtbot, main_window)
    assert len(vaults.backups.backups_of(demo.DEMO_ID)) == 1


def test_backups_dialog_lists_the_backups_beside_odd_names(qtbot, ui_ctx) -> None:
    vaults = ui_ctx.vaults
    info = vaults.create_group("Tuesday", "Tuesday group", "en", PASS)
    vaults.unlock(info.id, PASS).close()  # the day's backup
    _not_backups(vaults.backups.folder(info.id))
    dialog = BackupsDialog(ui_ctx, info)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.proxy.rowCount() == 1
    assert dialog.restore_button.isEnabled()
    assert not dialog.error_label.isVisible()


def test_backups_dialog_says_when_the_folder_cannot_be_read(qtbot, ui_ctx, monkeypatch) -> None:
    """Refused as the system refuses it (permissions do not bind root, who runs the suite here):
    a read refused, said as a read, not as the "may not write there" of a write refused."""
    vaults = ui_ctx.vaults
    info = vaults.create_group("Tuesday", "Tuesday group", "en", PASS)
    vaults.unlock(info.id, PASS).close()
    folder = vaults.backups.folder(info.id)
    real_iterdir = Path.iterdir

    def refused(path: Path):
        if path == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_iterdir(path)

    monkeypatch.setattr(Path, "iterdir", refused)
    dialog = BackupsDialog(ui_ctx, info)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error_label.isVisible()
    assert "backups folder could not be read" in dialog.error_label.text()
    assert not dialog.empty_label.isVisible()  # not "no backup yet": there may be some
    assert not dialog.restore_button.isEnabled()


def test_unlock_keeps_todays_backup_beside_backups_dated_in_the_future(
    qtbot, main_window, demo_vault
) -> None:
    from app.settings import Preferences, PreferenceStore

    vaults = main_window.ctx.vaults
    # No weekly copies kept: the day's backup is kept as a day's or not at all.
    PreferenceStore(vaults.data.settings_file).save(Preferences(backups_weekly=0))
    demo.ensure_demo(vaults)
    folder = vaults.backups.folder(demo.DEMO_ID)
    folder.mkdir(parents=True, exist_ok=True)
    for day in range(1, 8):  # a week with the clock set ahead
        (folder / f"2031010{day}-120000_daily_initial.vault").write_bytes(b"x")
    _unlock_and_back_up(qtbot, main_window)
    listed = vaults.backups.backups_of(demo.DEMO_ID)
    assert len(listed) == 7 and listed[-1].made_at.year < 2031


def test_a_restore_whose_note_cannot_be_written_says_the_backup_is_restored(qtbot, ui_ctx) -> None:
    from app.sidecar import sidecar_path
    from storage.records import Member
    from tests.helpers import answer_by_keys

    vaults = ui_ctx.vaults
    info = vaults.create_group("Tuesday", "Tuesday group", "en", PASS)
    group = vaults.unlock(info.id, PASS)  # the day's backup, no members
    group.roster.add_member(Member("Zoé"))
    group.close()
    note = sidecar_path(info.path)
    note.unlink()
    note.mkdir()  # a folder where the note is written: its write fails
    dialog = BackupsDialog(ui_ctx, info)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.passphrase_edit, PASS)
    asked = answer_by_keys(Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    opened = restored.args[0]
    members = opened.roster.members()
    opened.close()
    assert members == []  # the backup's, made before Zoé came
    assert asked and "was restored" in asked[0]


def test_a_daily_backup_failing_for_no_disk_reason_does_not_blame_the_disk(
    qtbot, main_window, demo_vault, monkeypatch
) -> None:
    from storage import backups as store

    def broken(*_args: object) -> None:
        raise ValueError("a fault of Cercle's own")

    monkeypatch.setattr(store, "vacuum_into", broken)
    demo.ensure_demo(main_window.ctx.vaults)
    start = main_window.start_screen
    start.refresh()
    type_text(start.passphrase_edit, demo.DEMO_PASSPHRASE)
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    status = main_window.statusBar()
    qtbot.waitUntil(lambda: "could not be made" in status.currentMessage(), timeout=20_000)
    assert "disk" not in status.currentMessage()
    assert not main_window.is_locked
