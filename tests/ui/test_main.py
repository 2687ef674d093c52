"""Scratch files a crash left behind (an encrypted handover copy in tmp, a half backup) are removed
at the next start once they are clearly abandoned; a fresh one may belong to a second window."""

from __future__ import annotations

import os
import sys
import time

from ui.application import build

DAY = 24 * 3600


def test_start_removes_abandoned_scratch_files_only(qapp, qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = tmp_path / "data"
    _ctx, window, _t = build(["--data-dir", str(root)], qapp)
    qtbot.addWidget(window)
    old = [
        root / "tmp" / "import-0123.cercle",
        root / "tmp" / "import-0123.cercle-journal",
        root / "backups" / "g1" / "2026-01-01_daily_x.vault.partial",
        root / "vaults" / "g1.vault.partial",
    ]
    fresh = root / "tmp" / "export-4567.cercle"
    kept = root / "vaults" / "g1.vault"
    for path in [*old, fresh, kept]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    for path in [*old, kept]:
        os.utime(path, (time.time() - 3 * DAY,) * 2)
    _ctx, window, _t = build(["--data-dir", str(root)], qapp)
    qtbot.addWidget(window)
    assert [p for p in old if p.exists()] == []
    assert fresh.exists() and kept.exists()
