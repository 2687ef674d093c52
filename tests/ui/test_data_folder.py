"""A data folder Cercle cannot use, met at the start (review20b): a box that names the folder and
what to check, then an exit with status 1, never a traceback; a complete folder on a read-only
disk opens, and what it refuses to write is said so."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers import type_text
from tests.helpers.faults import close_next_box
from ui.application import build


def _start_refused(qapp, root: Path) -> list[str]:
    seen: list[str] = []
    close_next_box(seen)
    with pytest.raises(SystemExit) as ended:
        build(["--data-dir", str(root)], qapp)
    assert ended.value.code == 1
    return seen


def test_a_file_where_the_groups_folder_goes_is_said_in_a_box(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = tmp_path / "data"
    root.mkdir()
    (root / "vaults").write_bytes(b"")
    [text] = _start_refused(qapp, root)
    assert f"Cercle cannot use its folder “{root / 'vaults'}”" in text
    assert "not a file" in text


def test_a_folder_that_cannot_be_made_is_named(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    [text] = _start_refused(qapp, Path("/proc/cercle"))
    assert "“/proc/cercle”" in text


def test_a_loop_of_links_as_the_folder_is_named(qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    [text] = _start_refused(qapp, loop)
    assert f"“{loop}”" in text


def _refuse_changes(monkeypatch, to: str) -> None:
    """A read-only disk: mode changes refused, and writes to files whose name ends in `to`."""
    real_open = os.open

    def chmod(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    def opened(path, flags, *args, **kwargs):
        if str(path).endswith(to) and flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "chmod", chmod)
    monkeypatch.setattr(os, "open", opened)


def test_a_complete_folder_on_a_read_only_disk_opens_and_says_what_it_cannot_do(
    qapp, qtbot, vaults, monkeypatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    vaults.create_group("Mardi", "Groupe", "fr", "clé très secrète")
    _refuse_changes(monkeypatch, ".lock")
    refused: list[Path] = []
    # Were the folder refused, its box not shown: a failure at once, not a hang on a modal box
    # (and no answerer left armed for a later test's box).
    monkeypatch.setattr("ui.start.folder_unusable.say_folder_unusable", refused.append)
    _ctx, window, _t = build(["--data-dir", str(vaults.data.root)], qapp)
    assert refused == []
    qtbot.addWidget(window)
    window.show()
    start = window.start_screen
    assert start.selected_label.text() == "Unlock “Mardi”"
    type_text(start.passphrase_edit, "clé très secrète")
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: start.error_label.isVisible(), timeout=10_000)
    assert "read-only" in start.error_label.text()
    assert window.is_locked
