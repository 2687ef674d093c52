"""Guard: showing the start screen imports nothing that ui/late.py loads on first use.

The real entry point runs in a fresh process (this one has imported everything already), with the
start-up probe that quits right after the start screen's first paint, and with a group on the list
so the start screen shows its unlock form. The process writes the modules it had imported when
the start screen first painted.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.vaults import VaultService
from tests.helpers.fresh_process import run_start
from ui.late import LATE, LATE_QT_CLASSES

# The modules are listed at the start screen's first paint, by a first-paint callback the probe
# adds last: Qt asks the filter installed last first, so the list comes before the work the app
# leaves until after that paint (the desktop's D-Bus signals...).
SCRIPT = """
import atexit, json, sys
from ui import startup_probe
from ui.common.first_paint import after_first_paint

def list_modules():
    open(sys.argv[1], "w").write(json.dumps(sorted(sys.modules)))
    import PySide6.QtWidgets  # its Python classes are built on first use: which ones were
    open(sys.argv[1] + ".qt", "w").write(json.dumps(sorted(vars(PySide6.QtWidgets))))

def watch(widget, probe=startup_probe.watch):
    after_first_paint(widget, list_modules)
    probe(widget)

startup_probe.watch = watch
atexit.register(lambda: open(sys.argv[1] + ".exit", "w").write(json.dumps(sorted(sys.modules))))
from ui.main import main
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def start_screen_modules(tmp_path: Path) -> tuple[list[str], list[str], list[str]]:
    """(modules at the first paint, modules at the exit the probe asks for right after it,
    the QtWidgets classes PySide6 had built at the first paint)."""
    out, painted = tmp_path / "modules.json", tmp_path / "painted"
    run_start(SCRIPT, out, tmp_path / "data", CERCLE_STARTUP_PROBE=str(painted))
    assert painted.exists(), "the start screen never painted"
    at_paint: list[str] = json.loads(out.read_text(encoding="utf-8"))
    at_exit: list[str] = json.loads(Path(f"{out}.exit").read_text(encoding="utf-8"))
    qt_classes: list[str] = json.loads(Path(f"{out}.qt").read_text(encoding="utf-8"))
    return at_paint, at_exit, qt_classes


def test_start_screen_loads_none_of_the_late_modules(vaults: VaultService, tmp_path: Path) -> None:
    vaults.create_group("Tuesday", "Grief group", "en", "correct horse battery")
    modules, at_exit, qt_classes = start_screen_modules(tmp_path)
    assert "ui.start.start_screen" in modules  # it did run the start path
    early = [m for m in modules if any(m == p or m.startswith(p + ".") for p in LATE)]
    assert early == []
    assert "QLineEdit" in qt_classes  # the list is of the classes built, not of all of them
    assert [name for name in LATE_QT_CLASSES if name in qt_classes] == []
    # What waited for the first paint did run: auto-lock listens to the desktop over D-Bus.
    assert "PySide6.QtDBus" in at_exit
