"""The suite's own guards: no network, no Qt below ui/."""

from __future__ import annotations

import ast
import functools
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NetworkBlocked
from tests.helpers import nodes_under, walked

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


@functools.cache  # three guards ask for each package's imports
def _imports(package: str) -> frozenset[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in walked(path):
            if isinstance(node, ast.Import):
                found |= {(str(path.relative_to(ROOT)), a.name) for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add((str(path.relative_to(ROOT)), node.module))
    return frozenset(found)


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


def _module_graph(packages: tuple[str, ...]) -> dict[str, set[str]]:
    """Every import between our modules, also those inside functions or under TYPE_CHECKING:
    an import put off until run time still ties the two modules together."""
    files = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): path
        for package in packages
        for path in (ROOT / package).rglob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        targets: set[str] = set()
        for node in walked(path):
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:  # `from ui.resources import actions` is a module
                    submodule = f"{node.module}.{alias.name}"
                    targets.add(submodule if submodule in files else node.module)
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each knot of modules that import each other (Tarjan's components)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    knots: list[set[str]] = []

    def visit(name: str) -> None:
        order[name] = low[name] = len(order)
        stack.append(name)
        for target in sorted(graph[name]):
            if target not in order:
                visit(target)
                low[name] = min(low[name], low[target])
            elif target in stack:
                low[name] = min(low[name], order[target])
        if low[name] == order[name]:
            knot = set()
            while True:
                member = stack.pop()
                knot.add(member)
                if member == name:
                    break
            if len(knot) > 1:
                knots.append(knot)

    for name in sorted(graph):
        if name not in order:
            visit(name)
    return [_cycle_in(graph, knot) for knot in knots]


def _cycle_in(graph: dict[str, set[str]], knot: set[str]) -> list[str]:
    """A shortest way from the knot's first module back to itself, to name in the failure."""
    start = min(knot)
    paths = {start: [start]}
    queue = [start]
    for name in queue:
        for target in sorted(graph[name] & knot):
            if target == start:
                return [*paths[name], start]
            if target not in paths:
                paths[target] = [*paths[name], target]
                queue.append(target)
    return [start]


def test_no_module_imports_itself_back() -> None:
    cycles = _cycles(_module_graph(("app", "storage", "ui")))
    assert not cycles, "import circles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_the_circle_guard_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c", "a"]]


CLASS_LINES = 250  # past it, a screen splits into a layout part and a behaviour part


def _long_classes(package: str) -> dict[str, int]:
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in walked(path):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                lines = node.end_lineno - node.lineno + 1
                if lines > CLASS_LINES:
                    found[f"{path.relative_to(ROOT).as_posix()}:{node.name}"] = lines
    return found


def test_no_ui_class_holds_more_than_250_lines() -> None:
    long = _long_classes("ui")
    assert not long, f"classes over {CLASS_LINES} lines: {long}"


def test_every_confirmation_asks_through_the_one_helper() -> None:
    """ui/common/ask.py: plain texts, and the answer that does nothing as the default."""
    asking = ("QMessageBox.question(", "QMessageBox.StandardButton.Yes", "clickedButton()")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if path.name != "ask.py" and any(word in path.read_text("utf-8") for word in asking)
    ]
    assert not offenders


def test_background_work_goes_through_the_operation_object() -> None:
    """ui/common/operation.py owns busy widgets, errors and the lock's wait: no dialog or
    screen drives a bare Worker any more."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if path.name not in ("operation.py", "worker.py") and "Worker(" in path.read_text("utf-8")
    ]
    assert not offenders


def _is_area_send(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "emit"
        and isinstance(node.func.value, ast.Attribute)
        and node.func.value.attr == "data_changed"
    )


def _emitted_areas() -> tuple[set[str], list[str]]:
    """The Area members ui/ sends on data_changed (named in a function that sends, outside a
    comparison), and the sends of a bare string."""
    sent: set[str] = set()
    untyped = []
    for path in (ROOT / "ui").rglob("*.py"):
        for function in walked(path):
            if not isinstance(function, ast.FunctionDef):
                continue
            sends = [n for n in nodes_under(function) if _is_area_send(n)]
            for send in sends:
                assert isinstance(send, ast.Call)
                if any(isinstance(a, ast.Constant) for a in send.args):
                    untyped.append(f"{path.relative_to(ROOT)}:{send.lineno}")
            if not sends:
                continue
            compared = {
                id(n) for c in ast.walk(function) if isinstance(c, ast.Compare) for n in ast.walk(c)
            }
            sent |= {
                n.attr
                for n in ast.walk(function)
                if isinstance(n, ast.Attribute)
                and isinstance(n.value, ast.Name)
                and n.value.id == "Area"
                and id(n) not in compared
            }
    return sent, untyped


def test_every_area_heard_is_sent_and_named_by_its_enum() -> None:
    from ui.context import Area

    sent, untyped = _emitted_areas()
    assert not untyped, "data_changed sent with a bare string"
    # No screen may wait for a change nobody announces.
    assert {a.name for a in Area} <= sent, f"never sent: { ({a.name for a in Area} - sent) }"


def test_nothing_reaches_a_groups_connection() -> None:
    """OpenGroup keeps its connection (`_db`) to itself: ui/, the other app/ modules, the tests,
    the benchmarks and the screenshots go through its services and methods (`health`,
    `export_bundle`, `merge_bundle`, `reopen_with`, `backup`...); a test that checks the file
    under the services opens a second connection (tests.helpers.beside). Without types, the
    guard forbids reading any `db` or `_db` attribute except an object's own (`self.`)."""
    offenders = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for folder in ("app", "storage", "ui", "tests", "bench", "docs", "packaging")
        for path in (ROOT / folder).rglob("*.py")
        for node in walked(path)
        if isinstance(node, ast.Attribute)
        and node.attr in ("db", "_db")
        and not (isinstance(node.value, ast.Name) and node.value.id == "self")
    ]
    assert not offenders


def test_an_open_group_offers_no_connection(fresh_group) -> None:
    assert not hasattr(fresh_group, "db")
