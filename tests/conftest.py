"""Suite-wide guards: offscreen Qt, a fixed locale, user dirs under tmp, no network, cheap KDF."""

from __future__ import annotations

import atexit
import contextlib
import gc
import itertools
import locale
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "en_GB.UTF-8"
os.environ["LC_ALL"] = "en_GB.UTF-8"
try:
    locale.setlocale(locale.LC_ALL, "")
except locale.Error:
    # en_GB is not installed: a pytest-xdist worker, started with the variables above, would
    # stay in the ASCII "C" locale its C library fell back to (Qt warns, failing the test that
    # happens to create the application). Qt's own locale still reads en_GB from the variables.
    with contextlib.suppress(locale.Error):
        locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
_RAM = Path("/dev/shm")
# A container's RAM folder may be 64 MB (Docker's default): a run needs some hundreds of MB.
_RAM_NEEDED = 2 * 1024**3


def _ram_folder_fits() -> bool:
    if "TMPDIR" in os.environ or not _RAM.is_dir() or not os.access(_RAM, os.W_OK | os.X_OK):
        return False
    return shutil.disk_usage(_RAM).free >= _RAM_NEEDED


if _ram_folder_fits():
    # The tests write real encrypted files: hundreds of megabytes and thousands of syncs to disk
    # a run. In memory (Linux's RAM-backed folder), a sync costs nothing; on a disk other work
    # shares, each cost milliseconds (the storage and handover tests took 54-84 s instead of
    # 31-33). pytest's folders (tmp_path) follow. TMPDIR, when set, still says where.
    tempfile.tempdir = str(_RAM)
_HOME = Path(tempfile.mkdtemp(prefix="cercle-test-home-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())

import pytest  # noqa: E402

from storage import settings  # noqa: E402

if TYPE_CHECKING:  # the fixtures import these late, once the environment above is set
    from PySide6.QtWidgets import QApplication, QWidget
    from pytestqt.qtbot import QtBot

    from app.group import OpenGroup
    from app.group_info import GroupInfo
    from app.paths import DataDir
    from app.vaults import VaultService
    from storage.database import Database
    from ui.context import UiContext
    from ui.main_window import MainWindow

# Two iterations: the derivation still runs, salted and per file, and a vault still opens only
# with the count it was made with; at 1,000 the suite's ~1,650 derivations cost ~1.5 CPU-s a run.
TEST_KDF_ITERATIONS = 2

# Fixtures that tests in several folders use, kept in tests/helpers/ with the rest of the shared
# pieces (tests/ itself mirrors app/, storage/ and ui/).
pytest_plugins = [
    "tests.helpers.backup_clock",
    "tests.helpers.derivations",
    "tests.helpers.faults",
    "tests.helpers.handover",
    "tests.helpers.report_seed",
    "tests.helpers.sessions_screen",
    "tests.helpers.windows",
    "tests.helpers.wizards",
]


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


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection built (test items, the modules the tests import) lives until the end:
    kept out of the garbage collector's reach, each full collection (the handover tests force
    one after each test, Python starts others as objects pile up) walks only what the tests
    made since, not the hundred thousand objects of the run itself."""
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long tests (marked slow) first: on both cores (make test), none of them starts last
    while the other core has nothing left to run. The rest keep their order."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


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


@pytest.fixture(autouse=True)
def no_translator_left() -> Iterator[None]:
    """Each test's translators go with it. Left installed (a Translations object's are children of
    the application), every later translation looked through all of them: after a few hundred
    tests a `tr` cost ~0.1 ms, a table's header thousands of them."""
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.setParent(None)


@pytest.fixture
def qtbot(qapp: QApplication, request: pytest.FixtureRequest) -> QtBot:
    """pytest-qt's qtbot, whose waitUntil looks at its condition every millisecond instead of
    every ten (tests/helpers/prompt_qtbot.py)."""
    from tests.helpers.prompt_qtbot import PromptQtBot

    return PromptQtBot(request)


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    from app.paths import DataDir

    return DataDir.resolve(tmp_path / "data")


@pytest.fixture
def vaults(data_dir: DataDir) -> VaultService:
    from app.vaults import VaultService

    return VaultService(data_dir)


class VaultTemplates:
    """Files built once per run and copied into each test's own folders.

    Building the demo group (schema, starter content, two months of meetings) costs far more than
    copying its two files; each test still gets its own copy to change. A template is rebuilt
    when the key-derivation cost or the day differs (the demo's meetings are dated from today)."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._built: dict[tuple[str, int, date], Path] = {}
        self._places = itertools.count()  # a build that failed leaves its folder behind

    def _made(self, kind: str, make: Callable[[Path], object]) -> Path:
        key = (kind, settings.kdf_iterations, date.today())
        if key not in self._built:
            place = self._root / f"{kind}-{next(self._places)}"
            make(place)
            self._built[key] = place
        return self._built[key]

    def copy(self, kind: str, build: Callable[[VaultService], GroupInfo], into: DataDir) -> str:
        """Put the `kind` vault and its sidecar into `into`'s vaults folder, as `build` made
        them; returns the group's id."""
        from app.paths import DataDir
        from app.vaults import VaultService

        folder = self._made(kind, lambda place: build(VaultService(DataDir.resolve(place))))
        [vault] = (folder / "vaults").glob("*.vault")
        for source in (vault, vault.with_suffix(".json")):  # not the closed vault's lock file
            shutil.copy2(source, into.vaults / source.name)
        return vault.stem

    def copy_days_backup(
        self, kind: str, build: Callable[[VaultService], GroupInfo], passphrase: str, into: DataDir
    ) -> None:
        """Put into `into`'s backups folder the day's backup of the `kind` vault, as its first
        unlock of the day made it (BackupService, once per run on a copy of the template): the
        test's own unlock then finds it made, as at a second opening the same day, and skips
        copying and checking the whole file again. The tests of the day's backup itself start
        from demo_vault or main_window, which have none."""
        from app.paths import DataDir
        from app.vaults import VaultService

        if settings.kdf_iterations != TEST_KDF_ITERATIONS:
            return  # at the real cost, the template's own unlock costs more than it saves

        def opened(place: Path) -> None:
            shutil.copytree(
                self._made(kind, lambda p: build(VaultService(DataDir.resolve(p)))), place
            )
            [vault] = (place / "vaults").glob("*.vault")
            VaultService(DataDir.resolve(place)).unlock(vault.stem, passphrase).close()

        made = self._made(f"{kind}-opened", opened) / "backups"
        shutil.copytree(made, into.backups, dirs_exist_ok=True)

    def copy_file(self, kind: str, make: Callable[[Path], object], target: Path) -> None:
        """Copy to `target` the one file `make(path)` wrote (a handover bundle...)."""

        def made(place: Path) -> None:
            place.mkdir()
            make(place / "file")

        shutil.copy2(self._made(kind, made) / "file", target)


@pytest.fixture(scope="session")
def vault_templates(tmp_path_factory: pytest.TempPathFactory) -> VaultTemplates:
    return VaultTemplates(tmp_path_factory.mktemp("vault-templates"))


def _build_demo(vaults: VaultService) -> GroupInfo:
    from app import demo

    return demo.ensure_demo(vaults)


FRESH_PASSPHRASE = "correct horse battery"


def _build_fresh(vaults: VaultService) -> GroupInfo:
    return vaults.create_group("Tuesday", "Tuesday group", "en", FRESH_PASSPHRASE)


@pytest.fixture
def demo_vault(vaults: VaultService, vault_templates: VaultTemplates) -> str:
    """The demo group's file in this test's data dir, as the demo button builds it, not opened
    (demo.ensure_demo finds it there); its group id."""
    return vault_templates.copy("demo", _build_demo, vaults.data)


@pytest.fixture
def demo_group(
    vaults: VaultService, demo_vault: str, vault_templates: VaultTemplates
) -> Iterator[OpenGroup]:
    """The demo group, unlocked (today's backup already made); closed at the end of the test."""
    from app import demo

    vault_templates.copy_days_backup("demo", _build_demo, demo.DEMO_PASSPHRASE, vaults.data)
    group = vaults.unlock(demo_vault, demo.DEMO_PASSPHRASE)
    yield group
    group.close()


@pytest.fixture
def fresh_group(vaults: VaultService, vault_templates: VaultTemplates) -> Iterator[OpenGroup]:
    """A new English group with its starter content, unlocked (today's backup already made)."""
    group_id = vault_templates.copy("fresh", _build_fresh, vaults.data)
    vault_templates.copy_days_backup("fresh", _build_fresh, FRESH_PASSPHRASE, vaults.data)
    group = vaults.unlock(group_id, FRESH_PASSPHRASE)
    yield group
    group.close()


@pytest.fixture
def demo_db(demo_group: OpenGroup) -> Iterator[Database]:
    """The demo group's file through a second connection (tests.helpers.beside)."""
    from app import demo
    from tests.helpers import beside

    with beside(demo_group, demo.DEMO_PASSPHRASE) as db:
        yield db


@pytest.fixture
def fresh_db(fresh_group: OpenGroup) -> Iterator[Database]:
    """The fresh group's file through a second connection (tests.helpers.beside)."""
    from tests.helpers import beside

    with beside(fresh_group, FRESH_PASSPHRASE) as db:
        yield db


@pytest.fixture
def ui_ctx(qapp: QApplication, data_dir: DataDir, vaults: VaultService) -> Iterator[UiContext]:
    from PySide6.QtCore import QCoreApplication, QEvent, QLocale

    from app.settings import PreferenceStore
    from i18n.loader import Translations
    from ui.common.theme import apply_theme
    from ui.context import UiContext

    # The previous test's widgets are only marked for deletion until an event loop runs: the
    # translators and stylesheet set below would first re-translate and re-polish all of them
    # (a whole window's worth after a window test, up to a second each time).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx = UiContext(vaults, PreferenceStore(data_dir.settings_file))
    translations = Translations()
    translations.apply("en")
    ctx.translations = translations
    apply_theme(qapp, "normal")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield ctx
    # The test's windows, closed by pytest-qt, are deleted before English is installed again:
    # left until the next test, every widget in them heard the language change and its screen
    # translated itself again, for nothing (~3 ms a test with a screen).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    translations.apply("en")
    if ctx.group is not None:
        ctx.group.close()


@pytest.fixture
def one_screen(
    qtbot: QtBot, ui_ctx: UiContext, demo_group: OpenGroup
) -> Callable[[Callable[[UiContext, OpenGroup], QWidget]], QWidget]:
    """one_screen(MembersScreen): that area's screen alone on the demo group, shown and active,
    for a test of the screen itself (without the whole window's other areas, menus and lock)."""

    def build(kind: Callable[[UiContext, OpenGroup], QWidget]) -> QWidget:
        screen = kind(ui_ctx, demo_group)
        qtbot.addWidget(screen)
        screen.resize(1200, 700)
        screen.show()
        screen.activateWindow()
        qtbot.waitActive(screen)
        return screen

    return build


@pytest.fixture
def main_window(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[MainWindow]:
    import shiboken6

    from ui.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    # pytest-qt closed it first, which locked it: a window left open (a fixture may delete it,
    # a test may hide it) is locked here. Locking a closed one again read the start screen's
    # list of groups from the disk once more for nothing.
    if shiboken6.isValid(window) and (window.isVisible() or window.ctx.group is not None):
        window.lock()


@pytest.fixture
def demo_on_disk(vault_templates: VaultTemplates) -> Callable[[DataDir], None]:
    """demo_on_disk(data): the demo group's file and today's backup copied from the run's
    template into `data`, as "Try the demo group" leaves them a second time the same day: the
    button then unlocks it (demo.ensure_demo finds it) rather than building it again."""
    from app import demo

    def put(data: DataDir) -> None:
        vault_templates.copy("demo", _build_demo, data)
        vault_templates.copy_days_backup("demo", _build_demo, demo.DEMO_PASSPHRASE, data)

    return put


@pytest.fixture
def demo_window(
    qtbot: QtBot, main_window: MainWindow, demo_on_disk: Callable[[DataDir], None]
) -> MainWindow:
    """The main window with the demo group unlocked, as after "Try the demo group" (the demo's
    file copied from the run's template: tests/ui/start/test_start_screen.py builds it from the button)
    a second time the same day: today's backup is made (tests/ui/test_backup_after_first_view.py
    has the first opening)."""
    demo_on_disk(main_window.ctx.vaults.data)
    main_window.start_screen.refresh()
    main_window.start_screen.demo_button.click()
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=10_000)
    return main_window


@pytest.fixture
def fresh_window(
    qtbot: QtBot, main_window: MainWindow, vault_templates: VaultTemplates
) -> MainWindow:
    """The main window with a new group (its starter content, no member, no meeting held)
    unlocked from the start screen with its passphrase, today's backup made: for tests of the
    whole window (the lock, the auto-lock, the menus) that read none of the demo's rows. Its
    five areas cost about half of the demo's to build and paint (demo_window)."""
    from PySide6.QtCore import Qt

    data = main_window.ctx.vaults.data
    group_id = vault_templates.copy("fresh", _build_fresh, data)
    vault_templates.copy_days_backup("fresh", _build_fresh, FRESH_PASSPHRASE, data)
    start = main_window.start_screen
    start.refresh(select_id=group_id)
    start.passphrase_edit.setText(FRESH_PASSPHRASE)
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=10_000)
    return main_window
