"""Suite-wide guards: offscreen Qt, a fixed locale, user dirs under tmp, no network, cheap KDF."""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "en_GB.UTF-8"
os.environ["LC_ALL"] = "en_GB.UTF-8"
_HOME = Path(tempfile.mkdtemp(prefix="cercle-test-home-"))
for _var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())

import pytest  # noqa: E402

from storage import settings  # noqa: E402

if TYPE_CHECKING:  # the fixtures import these late, once the environment above is set
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from app.group import OpenGroup
    from app.paths import DataDir
    from app.vaults import VaultService
    from ui.context import UiContext
    from ui.main_window import MainWindow

TEST_KDF_ITERATIONS = 1000


class NetworkBlocked(RuntimeError):
    pass


_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    """Local pipes (AF_UNIX) are fine; anything that could reach a network is a test failure."""

    def __init__(
        self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None
    ) -> None:
        if fileno is None and family != getattr(socket, "AF_UNIX", object()):
            raise NetworkBlocked(f"network socket opened in a test (family {family})")
        super().__init__(family, type, proto, fileno)


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise NetworkBlocked("network access attempted in a test")


socket.socket = _GuardedSocket  # type: ignore[misc]
socket.create_connection = _refuse  # type: ignore[assignment]
socket.getaddrinfo = _refuse  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def cheap_kdf(request: pytest.FixtureRequest) -> Iterator[None]:
    """Low key-derivation cost, except for tests marked realkdf."""
    previous = settings.kdf_iterations
    if request.node.get_closest_marker("realkdf") is None:
        settings.kdf_iterations = TEST_KDF_ITERATIONS
    else:
        settings.kdf_iterations = settings.REAL_KDF_ITERATIONS
    yield
    settings.kdf_iterations = previous


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    from app.paths import DataDir

    return DataDir.resolve(tmp_path / "data")


@pytest.fixture
def vaults(data_dir: DataDir) -> VaultService:
    from app.vaults import VaultService

    return VaultService(data_dir)


@pytest.fixture
def demo_group(vaults: VaultService) -> Iterator[OpenGroup]:
    """The demo group, unlocked; closed at the end of the test."""
    from app import demo

    info = demo.ensure_demo(vaults)
    group = vaults.unlock(info.id, demo.DEMO_PASSPHRASE)
    yield group
    group.close()


@pytest.fixture
def fresh_group(vaults: VaultService) -> Iterator[OpenGroup]:
    """A new English group with its starter content, unlocked."""
    info = vaults.create_group("Tuesday", "Tuesday group", "en", "correct horse battery")
    group = vaults.unlock(info.id, "correct horse battery")
    yield group
    group.close()


@pytest.fixture
def ui_ctx(qapp: QApplication, data_dir: DataDir, vaults: VaultService) -> Iterator[UiContext]:
    from PySide6.QtCore import QLocale

    from app.settings import PreferenceStore
    from i18n.loader import Translations
    from ui.common.theme import apply_theme
    from ui.context import UiContext

    ctx = UiContext(vaults, PreferenceStore(data_dir.settings_file))
    translations = Translations()
    translations.apply("en")
    ctx.translations = translations
    apply_theme(qapp, "normal")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield ctx
    translations.apply("en")
    if ctx.group is not None:
        ctx.group.close()


@pytest.fixture
def main_window(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[MainWindow]:
    from ui.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.lock()


@pytest.fixture
def demo_window(qtbot: QtBot, main_window: MainWindow) -> MainWindow:
    """The main window with the demo group unlocked, as after "Try the demo group"."""
    main_window.start_screen.demo_button.click()
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=10_000)
    return main_window
