"""The hidden --self-check: run in-process on a real window and a real data dir in tmp_path."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import demo
from ui import self_check
from ui.application import parse_args

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import smoke_test  # noqa: E402


def test_self_check_builds_unlocks_checks_and_locks(main_window, data_dir, tmp_path) -> None:
    result_file = tmp_path / "out" / "result.json"
    assert self_check.run(main_window, result_file) == 0
    result = json.loads(result_file.read_text(encoding="utf-8"))
    steps = {s["name"]: s for s in result["steps"]}
    assert result["ok"] is True and result["frozen"] is False
    assert list(steps) == [
        "resources",
        "translations",
        "version",
        "style",
        "create demo group",
        "unlock",
        "integrity",
        "group screen",
        "printing and PDF",
        "handover export",
        "lock",
    ]
    assert all(s["ok"] for s in steps.values())
    assert "12 members" in steps["integrity"]["detail"]
    assert steps["translations"]["detail"] == "fr: &Quitter"
    assert steps["printing and PDF"]["detail"].startswith("printed ")
    assert not list(data_dir.root.glob("*.pdf*"))  # both test files removed
    assert (data_dir.vaults / "demo.vault").is_file()
    assert main_window.is_locked
    bundle = data_dir.root / self_check.BUNDLE_NAME
    if importlib.util.find_spec("app.handover") is None:
        assert steps["handover export"]["detail"].startswith("skipped")
        assert not bundle.exists()
    else:
        assert steps["handover export"]["detail"].endswith("bytes, verified")
        assert bundle.stat().st_size > 0
    assert not list(data_dir.tmp.iterdir())
    # What the release's smoke test checks in the frozen app's data dir holds here already.
    assert smoke_test.check_files(data_dir.root, result) == []
    assert smoke_test.check_derivation(result) == []
    assert steps["unlock"]["detail"] in (
        "unlocked, key derivation: compiled",
        "unlocked, key derivation: hashlib",
    )


def test_a_failing_step_gives_exit_code_one_and_says_which(
    main_window, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.ensure_demo(main_window.ctx.vaults)
    monkeypatch.setattr(demo, "DEMO_PASSPHRASE", "not the demo passphrase")
    result_file = tmp_path / "result.json"
    assert self_check.run(main_window, result_file) == 1
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert result["ok"] is False
    failed = [s["name"] for s in result["steps"] if not s["ok"]]
    assert failed == ["unlock"]
    assert main_window.is_locked


def test_self_check_flag_is_parsed_but_hidden_from_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_args(["--self-check", "r.json"]).self_check == "r.json"
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    assert "self-check" not in capsys.readouterr().out


def test_startup_probe_notes_the_first_paint_and_quits(tmp_path: Path) -> None:
    stamp = tmp_path / "shown"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CERCLE_STARTUP_PROBE=str(stamp))
    before = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "ui.main", "--data-dir", str(tmp_path / "d")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert before < float(stamp.read_text(encoding="utf-8")) < time.time()


def test_the_style_step_waits_for_the_start_screens_first_paint(tmp_path: Path) -> None:
    """In a fresh process, as the frozen app runs it (packaging/smoke_test.py): the self-check
    starts right after the window shows, before any paint, and CercleStyle comes after the
    start screen's first paint (ui/application.py). The in-process test above cannot see this:
    the test session put CercleStyle under the style long before."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.application import build\n"
        "from ui.self_check import SelfCheck\n"
        "app = QApplication(['cercle'])\n"
        "_ctx, window, _translations = build(['--data-dir', sys.argv[1]], app)\n"
        "window.show()\n"
        "print(SelfCheck(window).check_style())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "d")],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "CercleStyle is the application's style"
