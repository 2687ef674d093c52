"""`cercle --self-check RESULT.json`: prove a build works end to end, then quit.

Hidden from --help; packaging/smoke_test.py runs it on the frozen folder. It builds the demo
group in the data dir given with --data-dir, unlocks it, runs the integrity checks, opens the group
screen (every area's widgets, so a module missing from the frozen build shows up here), prints the
report to a PDF file through the print support and saves it with the PDF writer, exports a
handover bundle when the handover area is present, and writes one JSON line per step.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QTranslator
from PySide6.QtGui import QIcon

from app import __version__, demo, new_keys
from app.group import OpenGroup
from app.vaults import VaultService
from i18n.loader import QM_DIR
from ui.common import theme
from ui.common.paths import resource_path
from ui.context import UiContext
from ui.group.areas import AREAS
from ui.group.group_screen import GroupScreen

BUNDLE_NAME = "self-check.cercle"
BUNDLE_PASSPHRASE = "self-check bundle passphrase"
HANDOVER_MODULE = "app.handover"
STYLE_WAIT_MS = 10_000  # for the first paint: a frozen build on a slow machine


class CheckedWindow(Protocol):
    """The main window as the check drives it (named by what it does: the main window's module
    imports ui/late.py, which imports this one)."""

    ctx: UiContext
    group_screen: GroupScreen | None

    @property
    def is_locked(self) -> bool: ...

    def show_group(self, group: OpenGroup) -> None: ...

    def lock(self) -> None: ...


@dataclass
class Step:
    name: str
    ok: bool
    detail: str = ""


class SelfCheck:
    def __init__(self, window: CheckedWindow) -> None:
        self.window = window
        self.vaults = window.ctx.vaults
        self.steps: list[Step] = []
        self.group: OpenGroup | None = None

    def step(self, name: str, check: Callable[[], str]) -> bool:
        """Run one check; it returns a detail string or raises. Nothing member-related is kept."""
        try:
            self.steps.append(Step(name, True, check()))
        except Exception as exc:  # a failed step is the result, not a crash
            detail = f"{type(exc).__name__}: {exc}"
            traceback.print_exc(file=sys.stderr)
            self.steps.append(Step(name, False, detail))
            return False
        return True

    def run(self) -> bool:
        self.step("resources", self.check_resources)
        self.step("translations", self.check_translations)
        self.step("version", self.check_version)
        self.step("style", self.check_style)
        if self.step("create demo group", self.create_demo) and self.step("unlock", self.unlock):
            self.step("integrity", self.integrity)
            self.step("group screen", self.open_group_screen)
            self.step("printing and PDF", self.print_report)
            self.step("handover export", self.export_bundle)
            self.step("lock", self.lock)
        return all(s.ok for s in self.steps)

    # -- the checks ------------------------------------------------------------------------
    def check_resources(self) -> str:
        missing = [
            str(p)
            for p in (
                QM_DIR / "cercle_fr.qm",
                QM_DIR / "cercle_en.qm",
                resource_path("ui", "assets", "icon.svg"),
            )
            if not p.is_file()
        ]
        if missing:
            raise FileNotFoundError(", ".join(missing))
        # Drawing it proves the SVG icon engine plugin travelled with the build.
        if QIcon(str(resource_path("ui", "assets", "icon.svg"))).pixmap(32, 32).isNull():
            raise RuntimeError("the SVG window icon cannot be drawn")
        return "translations and icon present, icon drawn"

    def check_translations(self) -> str:
        """The French .qm really loads and translates (a file can be present yet empty)."""
        french = QTranslator()
        if not french.load("cercle_fr", str(QM_DIR)):
            raise RuntimeError("cercle_fr.qm did not load")
        text = french.translate("MainWindow", "&Quit")
        if not text or text == "&Quit":
            raise RuntimeError("no French text for a main menu entry")
        return f"fr: {text}"

    def check_version(self) -> str:
        """The package metadata travels with the build (bundles record the app version)."""
        installed = metadata.version("cercle")
        if installed != __version__:
            raise RuntimeError(f"metadata says {installed}, the code says {__version__}")
        return installed

    def check_style(self) -> str:
        # CercleStyle comes after the start screen's first paint (ui/application.py), which
        # only the event loop brings: run it until then, as the app's own loop would.
        deadline = QDeadlineTimer(STYLE_WAIT_MS)
        while not theme.polish_hooks_added() and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not theme.polish_hooks_added():
            raise RuntimeError("CercleStyle is not the application's style")
        return "CercleStyle is the application's style"

    def create_demo(self) -> str:
        return f"group {demo.ensure_demo(self.vaults).id}"

    def unlock(self) -> str:
        self.group = self.vaults.unlock(demo.DEMO_ID, demo.DEMO_PASSPHRASE)
        return f"unlocked, key derivation: {new_keys.derivation()}"

    def integrity(self) -> str:
        assert self.group is not None
        problems, cipher = self.group.health()
        if problems:
            raise RuntimeError(f"{len(problems)} integrity problem(s)")
        members = len(self.group.roster.members())
        if members == 0:
            raise RuntimeError("the demo group has no member")
        return f"{members} members, SQLCipher {cipher}"

    def open_group_screen(self) -> str:
        assert self.group is not None
        self.window.show_group(self.group)
        screen = self.window.group_screen
        if screen is None or not screen.isVisible():
            raise RuntimeError("the group screen did not show")
        built = [type(screen.screens[area]).__name__ for area in AREAS]  # the later ones too
        return f"{type(screen).__name__}: {', '.join(built)}"

    def print_report(self) -> str:
        from ui.self_check_print import print_and_save

        assert self.group is not None and self.window.group_screen is not None
        reports = self.window.group_screen.screens["reports"]
        root = self.vaults.data.root
        return print_and_save(reports, self.group.name, self.group.language, root)

    def export_bundle(self) -> str:
        if importlib.util.find_spec(HANDOVER_MODULE) is None:
            return "skipped: no handover area in this build"
        assert self.group is not None
        target = self.vaults.data.root / BUNDLE_NAME
        handover = importlib.import_module(HANDOVER_MODULE)
        verdict = export_with_handover(handover, self.vaults, self.group, target)
        if not target.is_file() or target.stat().st_size == 0:
            raise RuntimeError("no bundle file written")
        return f"{target.stat().st_size} bytes, {verdict}"

    def lock(self) -> str:
        self.window.lock()
        self.group = None
        if not self.window.is_locked:
            raise RuntimeError("still unlocked")
        return "locked"


def export_with_handover(
    handover: Any, vaults: VaultService, group: OpenGroup, target: Path
) -> str:
    """The one place that knows the handover area's API: export, then verify as an import would."""
    service = handover.HandoverService(vaults)
    service.export(group, target, BUNDLE_PASSPHRASE, handover.SCOPES[0])
    copy = service.inspect(target, BUNDLE_PASSPHRASE)
    copy.discard()
    return "verified"


def run(window: CheckedWindow, result_path: Path) -> int:
    check = SelfCheck(window)
    ok = check.run()
    result = {
        "ok": ok,
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "steps": [asdict(s) for s in check.steps],
    }
    result_path.parent.mkdir(parents=True, exist_ok=True)
    result_path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0 if ok else 1
