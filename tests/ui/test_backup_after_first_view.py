"""The day's verified backup runs after the group screen is shown, on a worker; a lock waits."""

from __future__ import annotations

from app import demo
from app.group import OpenGroup
from app.vaults import VaultService


def _open_demo(vaults: VaultService) -> OpenGroup:
    """As the start screen's worker does: key derivation and the connection, nothing more."""
    return vaults.open(demo.ensure_demo(vaults).id, demo.DEMO_PASSPHRASE)


def test_group_screen_shows_before_the_days_backup_is_made(
    qtbot, main_window, vaults, demo_vault
) -> None:
    group = _open_demo(vaults)
    assert vaults.backups.backups_of(demo.DEMO_ID) == []
    main_window.start_screen.unlocked.emit(group)
    # The group screen is up while the backup is still to come.
    assert main_window.group_screen is not None
    assert group.after_opening is not None
    assert vaults.backups.backups_of(demo.DEMO_ID) == []
    qtbot.waitUntil(lambda: bool(vaults.backups.backups_of(demo.DEMO_ID)), timeout=20_000)
    qtbot.waitUntil(
        lambda: "made and checked" in main_window.statusBar().currentMessage(), timeout=10_000
    )
    [made] = vaults.backups.backups_of(demo.DEMO_ID)
    assert made.kind in ("daily", "weekly")
    assert made.same_passphrase
    assert group.is_open  # the main connection was left alone


def test_lock_waits_for_the_days_backup(qtbot, main_window, vaults, demo_vault) -> None:
    group = _open_demo(vaults)
    main_window.start_screen.unlocked.emit(group)
    qtbot.waitUntil(lambda: group.after_opening is None, timeout=20_000)  # taken by the worker
    main_window.lock()
    assert not main_window.opening.busy
    assert [b.kind for b in vaults.backups.backups_of(demo.DEMO_ID)] in (["daily"], ["weekly"])
    assert not list(vaults.backups.folder(demo.DEMO_ID).glob("*.partial"))


def test_no_backup_note_when_todays_backup_exists(qtbot, main_window, vaults, demo_vault) -> None:
    vaults.unlock(demo.ensure_demo(vaults).id, demo.DEMO_PASSPHRASE).close()  # today's backup
    group = _open_demo(vaults)
    main_window.start_screen.unlocked.emit(group)
    qtbot.waitUntil(
        lambda: group.after_opening is None and not main_window.opening.busy, timeout=20_000
    )
    assert main_window.statusBar().currentMessage() == ""
    assert len(vaults.backups.backups_of(demo.DEMO_ID)) == 1


def test_areas_wait_while_a_dialog_may_hold_the_connection(
    qtbot, short_modal_retry, main_window, vaults, demo_vault
) -> None:
    """A passphrase change or a handover opened right after the unlock runs its worker on the
    group's connection: the areas still to build (they read through it) wait for the dialog."""
    from PySide6.QtWidgets import QDialog

    from ui.group.group_screen import AREAS

    group = _open_demo(vaults)
    main_window.start_screen.unlocked.emit(group)
    screen = main_window.group_screen
    assert screen is not None and len(screen.screens) < len(AREAS)
    dialog = QDialog(main_window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    built = len(screen.screens)
    screen.build_other_areas()
    qtbot.wait(50)
    assert len(screen.screens) == built
    dialog.close()
    qtbot.waitUntil(lambda: len(screen.screens) == len(AREAS), timeout=10_000)
    main_window.lock()
