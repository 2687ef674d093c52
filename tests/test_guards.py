"""The suite's own guards: no network, no Qt below ui/."""

from __future__ import annotations

import ast
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NetworkBlocked

ROOT = Path(__file__).resolve().parents[1]


def test_opening_a_network_socket_fails_the_test() -> None:
    with pytest.raises(NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9))


def test_local_socket_pairs_still_work() -> None:
    left, right = socket.socketpair()
    left.close()
    right.close()


def _imports(package: str) -> set[tuple[str, str]]:
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found |= {(str(path.relative_to(ROOT)), a.name) for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add((str(path.relative_to(ROOT)), node.module))
    return found


@pytest.mark.parametrize("package", ["app", "storage"])
def test_core_layers_import_no_qt(package: str) -> None:
    offenders = {
        (f, m) for f, m in _imports(package) if m.split(".")[0] in ("PySide6", "shiboken6")
    }
    assert not offenders


def test_layers_only_call_downwards() -> None:
    upward = {("storage", "app"), ("storage", "ui"), ("app", "ui"), ("ui", "storage")}
    offenders = []
    for package in ("app", "storage", "ui"):
        for file, module in _imports(package):
            if (package, module.split(".")[0]) in upward:
                offenders.append((file, module))
    assert not offenders


def test_only_storage_talks_to_sqlcipher() -> None:
    for package in ("app", "ui", "i18n"):
        assert not {(f, m) for f, m in _imports(package) if m.split(".")[0] == "sqlcipher3"}


def test_app_and_storage_import_without_a_qt_module_loaded() -> None:
    code = (
        "import sys, app.vaults, app.demo, app.group, storage.schema; "
        "import pkgutil, importlib, app, storage\n"
        "for pkg in (app, storage):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_qt_binding_keeps_reference_counts_of_singletons(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to True/None per emit or void call: the app aborted
    after a few hundred signals. Pinned out in pyproject; this fails if it comes back."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal()

    emitter = Emitter()
    emitter.fired.connect(lambda: None)
    before = (sys.getrefcount(True), sys.getrefcount(None))
    for _ in range(50):
        emitter.fired.emit()
        emitter.setObjectName("x")
    after = (sys.getrefcount(True), sys.getrefcount(None))
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5
