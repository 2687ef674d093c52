"""What a new host meets first: the passphrase fields (shown, generated, refused), the choice of
region for the starter crisis lines, and a meeting resumed after a lock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from docs.shots import pump


def _create_dialog(env: Any) -> Any:
    from ui.start.create_dialog import CreateGroupDialog

    dialog = CreateGroupDialog(env.ctx.prefs.language, env.window)
    dialog.label_edit.setText("Mardi")
    dialog.name_edit.setText("Groupe du mardi")
    dialog.show()
    env.settle()
    return dialog


def _resumed_meeting(env: Any) -> Any:
    """The demo's next meeting run to its third item, the group locked and unlocked again."""
    from app import demo

    sessions = env.window.group_screen.screens["sessions"]
    sessions.run_selected()
    live = sessions.live
    env.settle(200)
    for _ in range(2):
        QTest.keyClick(live, Qt.Key.Key_Right)
    env.window.lock()
    env.settle()
    start = env.window.start_screen
    start.passphrase_edit.setText(demo.DEMO_PASSPHRASE)
    start.unlock()
    for _ in range(1200):
        if not env.window.is_locked:
            break
        pump(25)
    env.settle(300)
    live = env.window.group_screen.screens["sessions"].live
    live.resize(1366, 768)
    env.settle(200)
    return live


def shots(make_env):  # type: ignore[no-untyped-def]
    for lang in ("en", "fr"):
        env = make_env(lang)
        dialog = _create_dialog(env)
        dialog.passphrase_edit.setText("12345678")
        dialog.confirm_edit.setText("12345678")
        dialog.passphrase_edit.toggle_action.setChecked(True)
        dialog._try_accept()
        env.settle()
        yield f"passphrase-refused-{lang}", dialog
        dialog.passphrase_edit.clear()
        dialog.confirm_edit.clear()
        dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("qc"))
        dialog.use_generated()
        env.settle()
        yield f"passphrase-generated-{lang}", dialog
        yield f"region-choice-{lang}", dialog
        dialog.reject()
        env.open_demo()
        yield f"meeting-resumed-{lang}", _resumed_meeting(env)
        env.close()
