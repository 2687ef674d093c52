"""No leaks: after a full session with the demo group, its members' pseudonyms and the group's name
appear nowhere but inside the encrypted vault and backups: not in the data dir's other files, the
temp dir, the logs, stdout/stderr, window titles, or any widget left after the lock."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from app import demo
from i18n.widget_lists import all_widgets, top_level_widgets
from storage.records import Member
from tests.helpers import raw_bytes_contain
from ui.context import Area

NEEDLES = [
    *(
        row[field]
        for row in demo.content()["members"]
        for field in ("pseudonym", "full_name", "phone", "email")
        if row.get(field)
    ),
    demo.DEMO_NAME,
]
NEW_MEMBER = "Zéphyrine"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own system temp dir, so other processes' files never blur the result."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _files(root: Path) -> set[Path]:
    return (
        {Path(d) / f for d, _dirs, files in os.walk(root) for f in files}
        if root.exists()
        else set()
    )


def _encrypted(path: Path, data_root: Path) -> bool:
    """The vaults and backups themselves: the only places member data may be, encrypted."""
    inside = path.is_relative_to(data_root / "vaults") or path.is_relative_to(data_root / "backups")
    return inside and path.suffix == ".vault"


def _widget_texts() -> list[str]:
    texts = []
    for widget in all_widgets():
        texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    return texts


def _model_texts(model: QAbstractItemModel) -> list[str]:
    # hasIndex rather than columnCount, which list models keep private in PySide6.
    return [
        str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
        for r in range(model.rowCount(QModelIndex()))
        for c in range(64)
        if model.hasIndex(r, c)
    ]


def _use_the_group(qtbot, window) -> list[str]:
    """Every area, Help now, an edit, a risky-change backup; returns the window titles seen."""
    ctx = window.ctx
    titles = []
    for area in (Area.SESSIONS, Area.MEMBERS, Area.CIRCLE, Area.RESOURCES):
        ctx.navigate_requested.emit(area)
        qtbot.wait(10)
        titles += [w.windowTitle() for w in top_level_widgets() if w.isVisible()]
    QTimer.singleShot(
        50,
        lambda: [w.close() for w in top_level_widgets() if w.isVisible() and w is not window],
    )
    ctx.help_now_requested.emit()
    ctx.group.roster.add_member(Member(NEW_MEMBER, full_name="Zéphyrine Exemple"))
    ctx.data_changed.emit(Area.MEMBERS)
    ctx.group.before_risky_change("merge")
    logging.getLogger("cercle").info("session used")
    return titles


def test_nothing_member_related_outside_the_encrypted_files(
    qtbot, main_window, private_tmp, caplog, capfd
) -> None:
    caplog.set_level(logging.DEBUG)
    data_root = main_window.ctx.vaults.data.root
    home = Path(os.environ["HOME"])
    before = _files(private_tmp) | _files(home)

    main_window.start_screen.demo_button.click()
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=10_000)
    titles = _use_the_group(qtbot, main_window)
    qtbot.keyClick(
        main_window.focusWidget() or main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert main_window.is_locked
    qtbot.wait(50)  # let the retired screens be deleted

    needles = [*NEEDLES, NEW_MEMBER]
    vault_files = [p for p in _files(data_root) if _encrypted(p, data_root)]
    assert len(vault_files) >= 3  # the vault, its daily backup and the pre-merge backup
    for path in vault_files:
        assert raw_bytes_contain(path, *needles) == [], path.name
    plain = [p for p in _files(data_root) if not _encrypted(p, data_root)]
    plain += sorted((_files(private_tmp) | _files(home)) - before)
    for path in plain:
        assert raw_bytes_contain(path, *needles) == [], f"member data in {path.name}"
    out, err = capfd.readouterr()
    logged = caplog.text + out + err
    titles += [w.windowTitle() for w in top_level_widgets()]
    shown = _widget_texts()
    for needle in needles:
        assert needle not in logged, "member data in logs or output"
        assert not any(needle in title for title in titles), "member data in a window title"
        assert not any(needle in text for text in shown), "member data left on screen"
