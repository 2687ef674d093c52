"""Write PNG screenshots of the app with the demo group to a folder (make screenshots).

Each module in docs/shots/ defines `shots(env)`, a generator of (file name, widget) pairs; the
widget is grabbed after the event loop has settled. Runs offscreen, so it needs no display.
"""

from __future__ import annotations

import gc
import importlib
import os
import pkgutil
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSize, QTranslator
from PySide6.QtGui import QImage, QImageWriter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from docs.shots import pump
from storage import settings

SIZE = QSize(1366, 768)  # the community-centre laptop


class ShotEnv:
    """What a shots module gets: a fresh app on a temporary data dir, in a language."""

    def __init__(self, app: QApplication, language: str, text_size: str = "normal") -> None:
        from app.paths import DataDir
        from app.settings import Preferences, PreferenceStore
        from ui.application import build

        self.app = app
        # Removed at close(), or when the run ends if a module stops before it.
        self._folder = tempfile.TemporaryDirectory(prefix="cercle-shots-")
        self.data = DataDir.resolve(self._folder.name)
        PreferenceStore(self.data.settings_file).save(
            Preferences(language=language, text_size=text_size)
        )
        self.ctx, self.window, self.translations = build(["--data-dir", str(self.data.root)], app)
        self.window.resize(SIZE)
        self.window.show()
        self.settle()

    def settle(self, ms: int = 50) -> None:
        pump(ms)

    def open_demo(self) -> None:
        self.window.start_screen.open_demo()
        for _ in range(1200):  # up to 30 s: a busy machine slows the key derivation down
            if not self.window.is_locked:
                break
            pump(25)
        if self.window.is_locked:
            raise RuntimeError("the demo group did not open")
        self.settle()

    def area(self, name: str) -> Any:
        """The group's area `name` brought to the front, and its screen."""
        group_screen = self.window.group_screen
        if group_screen is None:
            raise RuntimeError("no group is open")
        group_screen.show_area(name)
        return group_screen.screens[name]

    def close(self) -> None:
        self.window.lock()
        self.window.close()
        # The next environment may be in another language: Qt's own texts (wizard buttons)
        # must not come from this one's translators.
        for translator in self.app.findChildren(QTranslator):
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self.settle()
        self._folder.cleanup()


def pdf_page(pdf: Path, dpi: int = 70) -> QLabel | None:
    """The first page of a PDF the app wrote, as a widget to grab (needs poppler's pdftoppm;
    without it the shot is skipped)."""
    if not shutil.which("pdftoppm"):
        return None
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )
    label = QLabel()
    label.setPixmap(QPixmap(str(pdf.with_suffix(".png"))))
    label.setFixedSize(label.pixmap().size())
    return label


def seen_with(widget: QWidget, deficiency: str) -> QLabel:
    """The widget as a person with a colour-vision deficiency sees it (the simulation the tests
    check the theme's states with: tests/helpers/colour_vision.py)."""
    from tests.helpers.colour_vision import simulate_image

    image = simulate_image(widget.grab().toImage(), deficiency)
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(image))
    label.setFixedSize(image.size())
    return label


def save_small(widget: QWidget, path: Path) -> None:
    """Lossless and small: the frozen app ships the guide's screenshots. A grab is opaque, so
    no alpha channel; zlib's strongest level."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    writer = QImageWriter(str(path), b"png")
    writer.setQuality(0)  # for PNG: the most compression
    if not writer.write(image):
        raise OSError(f"could not write {path}: {writer.errorString()}")


def optimise(paths: list[Path]) -> None:
    """optipng, where installed (Debian: optipng), chooses each PNG's filters and compression
    losslessly: about a quarter smaller than Qt's own writer."""
    if paths and shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", *map(str, paths)], check=True)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    only = set(argv[1:])  # module names under docs/shots/ (netbook, circle...): all when none
    out.mkdir(parents=True, exist_ok=True)
    settings.kdf_iterations = 4000  # only for speed here; the shots hold demo data only
    app = QApplication.instance() or QApplication(["cercle"])
    assert isinstance(app, QApplication)
    import docs.shots as shots_pkg

    # Python's cycle collector runs in whichever thread allocates when it is due: in a backup or
    # key-derivation thread it would destroy the main thread's widgets (Qt: "Timers cannot be
    # stopped from another thread") and crash a run of several modules. Collected here instead,
    # on the main thread, between modules.
    gc.disable()
    written: list[Path] = []
    for info in sorted(pkgutil.iter_modules(shots_pkg.__path__), key=lambda m: m.name):
        if only and info.name not in only:
            continue
        module = importlib.import_module(f"docs.shots.{info.name}")
        for name, widget in module.shots(lambda lang="en", size="normal": ShotEnv(app, lang, size)):
            pump(80)
            save_small(widget, out / f"{name}.png")
            written.append(out / f"{name}.png")
            print(out / f"{name}.png")
        gc.collect()
    optimise(written)
    print(f"{len(written)} screenshots")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
