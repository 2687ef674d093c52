"""Qt's lists of widgets are wrapped whole before the cyclic collector may run: otherwise a
parentless widget that only a cycle kept is deleted while PySide is still wrapping the list,
and the next wrap reads freed memory (tests/ui/test_live_language_texts.py crashed so, at
random, in the language switch)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Popups Qt makes itself (no Python wrapper yet: wrapping each allocates, which may start the
# collector) and, behind them in the list, our own windows that only a cycle keeps.
SCENE = """
import gc
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from i18n.widget_lists import {name}

class Window(QWidget):
    pass

app = QApplication([])
combos = [QComboBox() for _ in range(200)]
for combo in combos:
    combo.view()
gc.collect()
gc.disable()
for _ in range(300):
    window = Window()
    window.me = window
del window
gc.enable(); found = {name}()
print(len(found))
"""


@pytest.mark.parametrize("name", ["top_level_widgets", "all_widgets"])
def test_a_collection_while_the_list_is_wrapped_frees_no_listed_widget(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCENE.format(name=name)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) >= 500  # the 200 popups and the 300 windows, all still there


def test_only_the_helper_asks_qt_for_its_lists_of_widgets() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("app", "ui", "i18n", "tests", "bench", "docs")
        for path in (ROOT / package).rglob("*.py")
        if path.name not in ("widget_lists.py", "test_widget_lists.py")
        and any(call in path.read_text("utf-8") for call in ("topLevelWidgets()", "allWidgets()"))
    ]
    assert not offenders
