"""The running application put together: arguments, context, translations, theme, main window.

ui/main.py imports it once the interpreter is readied (ui/quick_start.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.paths import DataDir
from app.settings import PreferenceStore
from app.vaults import VaultService
from i18n.loader import Translations, resolve_language
from ui import late, quick_start, startup_probe
from ui.common import crash
from ui.common.first_paint import after_first_paint, on_first_paint
from ui.common.paths import resource_path
from ui.common.theme import FUSION_ARGUMENTS, add_polish_hooks, apply_theme
from ui.context import UiContext
from ui.main_window import MainWindow


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cercle", description="Cercle")
    parser.add_argument("--data-dir", help="keep groups in this folder instead of the default")
    parser.add_argument("--demo", action="store_true", help="open the demo group directly")
    # Hidden: packaging/smoke_test.py runs the frozen build with it (see ui/self_check.py).
    parser.add_argument("--self-check", metavar="RESULT", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"Cercle {__version__}")
    return parser.parse_args(argv)


def build(argv: Sequence[str], app: QApplication) -> tuple[UiContext, MainWindow, Translations]:
    args = parse_args(argv)
    data = _data_dir(args.data_dir)
    data.sweep_leftovers()
    ctx = UiContext(VaultService(data), PreferenceStore(data.settings_file))
    translations = Translations()
    translations.apply(resolve_language(ctx.prefs.language))
    ctx.translations = translations
    apply_theme(app, ctx.prefs.text_size, ctx.prefs.theme, polish_hooks=False)
    window = MainWindow(ctx)
    # The start screen is shown in the Fusion Qt made (FUSION_ARGUMENTS), with no Python style;
    # CercleStyle comes after its first paint (see add_polish_hooks), imported then.
    on_first_paint(window.start_screen, add_polish_hooks)
    # While the host reads the start screen and types a passphrase: off the unlock's wait.
    on_first_paint(
        window.start_screen,
        lambda: QTimer.singleShot(late.PRELOAD_AFTER_MS, late.preload_group_screen),
    )
    crash.install(lambda: window)
    if args.demo:
        QTimer.singleShot(0, window.start_screen.open_demo)
    return ctx, window, translations


def _data_dir(override: str | None) -> DataDir:
    """The data folder, made if missing; one Cercle cannot use (a file where its `vaults`
    folder goes, a disk gone, a read-only folder not yet complete) is said in a box, then
    Cercle ends: before crash.install, the failure was a traceback quoting the folder."""
    try:
        return DataDir.resolve(override)
    except (OSError, UnicodeError) as exc:
        from ui.start.folder_unusable import failed_folder, say_folder_unusable

        say_folder_unusable(failed_folder(exc, Path(override or DataDir.default_root())))
        raise SystemExit(1) from None


def run(argv: Sequence[str] | None = None) -> int:
    existing = QApplication.instance()
    # Tests and the benchmarks start one first; a plain core application would be a bug.
    assert existing is None or isinstance(existing, QApplication)
    app = existing or QApplication([*sys.argv[:1], *FUSION_ARGUMENTS])
    app.setApplicationName("Cercle")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cercle")
    app.setWindowIcon(QIcon(str(resource_path("ui", "assets", "icon.svg"))))
    args = sys.argv[1:] if argv is None else argv
    _ctx, window, _translations = build(args, app)
    # A community-centre laptop is often 1366x768: use the screen, up to a comfortable size.
    window.resize(window.screen().availableGeometry().size().boundedTo(QSize(1280, 800)))
    window.show()
    quick_start.end_after_first_paint(window.start_screen)
    after_first_paint(window.start_screen, window.autolock.watch_desktop)
    startup_probe.watch(window.start_screen)
    if (result := parse_args(args).self_check) is not None:
        return late.run_self_check(window, Path(result))
    return int(app.exec())
