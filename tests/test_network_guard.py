"""Cercle is offline: no module of the app can reach the network, by import or by Qt."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import walked

ROOT = Path(__file__).resolve().parents[1]
NETWORK = {
    "urllib",
    "http",
    "socket",
    "ssl",
    "ftplib",
    "smtplib",
    "requests",
    "httpx",
    "urllib3",
    "asyncio",
    "xmlrpc",
    "webbrowser",
}
QT_NETWORK = ("QtNetwork", "QtWebEngine", "QtWebEngineWidgets", "QtWebSockets")


def _modules(path: Path) -> set[str]:
    found = set()
    for node in walked(path):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_app_code_imports_nothing_that_talks_to_the_network() -> None:
    offenders = []
    for package in ("app", "storage", "ui", "i18n"):
        for path in (ROOT / package).rglob("*.py"):
            for module in _modules(path):
                parts = module.split(".")
                if parts[0] in NETWORK or any(p in QT_NETWORK for p in parts):
                    offenders.append((str(path.relative_to(ROOT)), module))
    assert not offenders


def test_links_in_text_views_are_never_opened_by_qt() -> None:
    """QDesktopServices.openUrl starts a browser: only a host's explicit click may do that."""
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text("utf-8")
        assert "setOpenExternalLinks(True)" not in text, path
        assert "QTextBrowser()" not in text, f"{path}: use OfflineTextBrowser"


def test_sql_is_written_only_in_storage() -> None:
    import re

    sql = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ATTACH|BEGIN)\b")
    offenders = []
    for package in ("app", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in walked(path):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and sql.match(node.value)
                ):
                    offenders.append((str(path.relative_to(ROOT)), node.value))
    assert not offenders


def test_ui_never_shows_an_exception_text() -> None:
    """Errors reach the host through ui.common.messages.error_message, never their own text
    (which can hold a pseudonym or a path). The self-check runs on the demo group only."""
    import re

    shown = re.compile(r"str\(exc|\{exc[}!:]|exc\.args|format_exc|print_exc|repr\(exc")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if path.name != "self_check.py" and shown.search(path.read_text("utf-8"))
    ]
    assert offenders == []
