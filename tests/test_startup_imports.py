"""Guard: showing the start screen imports nothing that ui/late.py loads on first use.

The real entry point runs in a fresh process (this one has imported everything already), with the
start-up probe that quits right after the start screen's first paint, and with a group on the list
so the start screen shows its unlock form. The process then writes the modules it had imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.vaults import VaultService
from ui.late import LATE

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import atexit, json, sys
atexit.register(lambda: open(sys.argv[1], "w").write(json.dumps(sorted(sys.modules))))
from ui.main import main
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def start_screen_modules(tmp_path: Path) -> list[str]:
    out, painted = tmp_path / "modules.json", tmp_path / "painted"
    env = dict(os.environ, CERCLE_STARTUP_PROBE=str(painted), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out), str(tmp_path / "data")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert painted.exists(), "the start screen never painted"
    modules: list[str] = json.loads(out.read_text(encoding="utf-8"))
    return modules


def test_start_screen_loads_none_of_the_late_modules(vaults: VaultService, tmp_path: Path) -> None:
    vaults.create_group("Tuesday", "Grief group", "en", "correct horse battery")
    modules = start_screen_modules(tmp_path)
    assert "ui.start.start_screen" in modules  # it did run the start path
    early = [m for m in modules if any(m == p or m.startswith(p + ".") for p in LATE)]
    assert early == []
