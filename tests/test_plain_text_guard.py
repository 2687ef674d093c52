"""A new label, box or text view cannot slip back to reading stored text as markup.

ui/ makes its labels, message boxes and rich-text documents only through ui.common.plain_text
and ui.common.offline_text; a plain QLabel( (AutoText: a name that looks like HTML becomes HTML),
a QTextDocument( (loads the files its text names), or a formatted text in a static message box or
tool tip is refused here, with the file and line.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.helpers import walked

ROOT = Path(__file__).resolve().parents[1]
HOMES = {"ui/common/plain_text.py", "ui/common/offline_text.py"}
# Qt classes that read their text as markup, or load resources, when left to themselves.
MADE_AT_HOME = {
    "QLabel",
    "QMessageBox",
    "QTextDocument",
    "QTextBrowser",
    "QTextEdit",
    "QProgressDialog",
    "QErrorMessage",
}
STATIC_BOXES = {"warning", "information", "question", "critical", "about", "getText", "getItem"}


def _ui_nodes() -> Iterator[tuple[str, ast.AST]]:
    """Every node of every ui/ file but the helpers' own homes, with the file's path."""
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        if name not in HOMES:
            for node in walked(path):
                yield name, node


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _formats(node: ast.AST) -> bool:
    """Whether a text is built from values: a .format( call or an f-string with a value."""
    return any(
        (isinstance(n, ast.Call) and _name(n.func) == "format")
        or (
            isinstance(n, ast.JoinedStr)
            and any(isinstance(v, ast.FormattedValue) for v in n.values)
        )
        for n in ast.walk(node)
    )


def test_ui_makes_labels_boxes_and_documents_only_through_the_plain_helpers() -> None:
    offenders = []
    for path, node in _ui_nodes():
        if isinstance(node, ast.Call) and _name(node.func) in MADE_AT_HOME:
            offenders.append(f"{path}:{node.lineno} {_name(node.func)}(")
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                if _name(base) in MADE_AT_HOME:
                    offenders.append(f"{path}:{node.lineno} class on {_name(base)}")
    assert offenders == [], "use PlainLabel, MarkupLabel, plain_box or OfflineTextBrowser"


def test_only_markup_labels_are_rich_and_none_is_left_automatic() -> None:
    offenders = []
    for path, node in _ui_nodes():
        if (
            isinstance(node, ast.Call)
            and _name(node.func) in {"setTextFormat", "setTitleFormat", "setSubTitleFormat"}
            and node.args
            and _name(node.args[0]) != "PlainText"
        ):
            offenders.append(f"{path}:{node.lineno}")
    assert offenders == [], "markup is for MarkupLabel, whose stored values are escaped"


def test_static_boxes_and_tool_tips_never_quote_stored_text() -> None:
    """QMessageBox.warning(...), QInputDialog.getText(...) and setToolTip show their text as
    rich text when it looks like it: a text built from values goes through plain_box/plain_tip."""
    offenders = []
    for path, node in _ui_nodes():
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        static = name in STATIC_BOXES and _name(getattr(node.func, "value", node.func)) in {
            "QMessageBox",
            "QInputDialog",
        }
        tip = name in {"setToolTip", "setStatusTip", "setWhatsThis", "setLabelText"}
        if (
            (static or tip)
            and any(_formats(arg) for arg in node.args)
            and not (tip and all(_name(getattr(a, "func", a)) == "plain_tip" for a in node.args))
        ):
            offenders.append(f"{path}:{node.lineno} {name}")
    assert offenders == [], "quote stored text with plain_box / plain_tip"


def test_the_guard_sees_a_plain_qlabel() -> None:
    tree = ast.parse("from PySide6.QtWidgets import QLabel\nlabel = QLabel(name)\n")
    assert any(isinstance(n, ast.Call) and _name(n.func) in MADE_AT_HOME for n in ast.walk(tree))
    assert _formats(ast.parse("t = self.tr('Hi {n}').format(n=name)"))
    assert not _formats(ast.parse("t = self.tr('Hi')"))
