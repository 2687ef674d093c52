"""Fault injection: a vault whose writes fail as on a full disk, a scratch file that cannot be
made, and reading the warning it brings."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.errors import DiskFull
from i18n.widget_lists import top_level_widgets
from storage.database import Database
from tests.helpers import LOOK_AGAIN_MS

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@pytest.fixture
def full_disk(monkeypatch) -> Callable[[Any], None]:
    """full_disk(group, after=n): the next n writes to that group's vault go through, every one
    after fails with ENOSPC (n > 0 shows whether a half-done action is rolled back)."""

    def apply(group: Any, after: int = 0) -> None:
        # On the class, for the connections to that group's file: the disk is full under the
        # group, whose own connection a test never reaches.
        real_execute, real_many = Database.execute, Database.executemany
        left = [after]

        def refuse(db: Database, sql: str) -> None:
            if db.path == group.info.path and sql.lstrip().upper().startswith(WRITES):
                if left[0] <= 0:
                    raise DiskFull("no space left")
                left[0] -= 1

        def execute(db: Database, sql: str, params: Any = ()) -> Any:
            refuse(db, sql)
            return real_execute(db, sql, params)

        def executemany(db: Database, sql: str, rows: Any) -> None:
            refuse(db, sql)
            real_many(db, sql, rows)

        monkeypatch.setattr(Database, "execute", execute)
        monkeypatch.setattr(Database, "executemany", executemany)

    return apply


@pytest.fixture
def full_at_sidecar(monkeypatch) -> None:
    """A full disk met when a scratch file's .held sidecar is made, before any scratch file."""
    from storage.filelock import HELD

    real_open = os.open

    def full(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(HELD):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", full)


def close_next_box(seen: list[str]) -> None:
    """Read and close the next warning box (a modal box would block the test); questions
    are left to tests.helpers.answer_box."""

    def attempt(tries: int = 3_000) -> None:
        boxes = [
            w
            for w in top_level_widgets()
            if isinstance(w, QMessageBox)
            and w.isVisible()
            and w.icon() != QMessageBox.Icon.Question
        ]
        if boxes:
            seen.append(boxes[-1].text())
            boxes[-1].done(0)
        elif tries:
            QTimer.singleShot(LOOK_AGAIN_MS, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)
