"""The interpreter readied for a quick start (ui/quick_start.py), in a fresh process: this one has
imported PySide6 and every module long ago."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import gc, json, sys
from ui import quick_start
quick_start.begin()
from PySide6.support import feature
from app.regions import REGIONS  # first import: PySide6's feature hook reads its source
seen = {
    "scanned": "app.regions" in feature.pyside_feature_dict,
    "collecting": gc.isenabled(),
}
from PySide6.QtWidgets import QApplication, QLabel  # Qt's lazy classes still load
app = QApplication([])
seen["label"] = QLabel("Cercle").text()
quick_start.end()
seen["collecting after"] = gc.isenabled()
seen["frozen"] = gc.get_freeze_count() > 0
print(json.dumps(seen))
"""


def run(script: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_no_module_source_is_read_and_the_collector_waits_for_the_first_paint() -> None:
    assert run(SCRIPT) == {
        "scanned": False,
        "collecting": False,
        "label": "Cercle",
        "collecting after": True,
        "frozen": True,
    }


def test_without_begin_pyside6_scans_as_usual_and_end_changes_nothing() -> None:
    # The check above would pass for nothing if PySide6 stopped scanning by itself.
    script = SCRIPT.replace("quick_start.begin()", "import PySide6")
    assert run(script) == {
        "scanned": True,
        "collecting": True,
        "label": "Cercle",
        "collecting after": True,
        "frozen": False,
    }
