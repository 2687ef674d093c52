"""Test helpers shared across the suite."""

from __future__ import annotations

import ast
import functools
import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from i18n.widget_lists import top_level_widgets

if TYPE_CHECKING:
    from app.group import OpenGroup
    from storage.database import Database
    from ui.context import UiContext


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included, as key events. qtbot.keyClicks aborts the process on a
    non-ASCII character (Qt asserts in qasciikey.cpp), and French names must be typed."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def switch_language(ctx: UiContext, language: str) -> None:
    """A live switch, as Preferences makes it, with its language change delivered."""
    assert ctx.translations is not None
    ctx.translations.apply(language)
    QApplication.processEvents()


def choose_by_keys(qtbot, combo: QComboBox, *, text: str = "", data: object = None) -> None:
    """Make the entry shown as `text` (or holding `data`) current with the arrow keys, as a
    host without a mouse would: Home, then Down until it is there."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if (combo.currentText() == text) if text else (combo.currentData() == data):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    offered = [combo.itemText(i) for i in range(combo.count())]
    raise AssertionError(f"{text or data!r} not offered: {offered}")


def beside(group: OpenGroup, passphrase: str) -> Database:
    """A second connection to an open group's file, for what a test checks or plants under the
    services (row counts, tombstones, raw meta, whole-file snapshots). Tests, like the UI, never
    reach the group's own connection (a guard test). Close it: use it in a `with` block."""
    from app.passphrase import candidates
    from storage.database import Database
    from storage.errors import WrongPassphraseOrDamaged

    *first, last = candidates(passphrase)  # as a typed passphrase opens: app.vaults.open_typed
    for attempt in first:
        try:
            return Database.open(group.info.path, attempt, take_lock=False)
        except WrongPassphraseOrDamaged:
            continue
    return Database.open(group.info.path, last, take_lock=False)


def raw_bytes_contain(path: object, *needles: str) -> list[str]:
    """Which of the needles appear in a file's bytes, in UTF-8 or UTF-16."""
    from pathlib import Path

    data = Path(str(path)).read_bytes()
    found = []
    for needle in needles:
        if needle.encode("utf-8") in data or needle.encode("utf-16-le") in data:
            found.append(needle)
    return found


def press(box: QWidget, which: QMessageBox.StandardButton) -> None:
    """Click one of a message box's standard buttons, as the host would."""
    assert isinstance(box, QMessageBox), type(box)
    button = box.button(which)
    assert button is not None, f"the box has no {which.name} button"
    button.click()


# The one answerer of modal dialogs: a test arms it, then does what opens the dialog (whose
# exec() blocks until the answer is given). It looks for a visible top-level window of the kind,
# whichever window it belongs to: as soon as an event loop runs (most dialogs, opened at once,
# are answered from the first turn of their own exec()), then every millisecond (LOOK_AGAIN_MS)
# for up to 30 s on a loaded machine. A look costs microseconds; ten milliseconds between two
# left the test idle most of that time.
LOOK_AGAIN_MS = 1
ANSWER_WITHIN_S = 30.0


def when_shown(kind: type, act: Callable[[QWidget], None]) -> None:
    give_up = time.monotonic() + ANSWER_WITHIN_S

    def attempt() -> None:
        found = [w for w in top_level_widgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            act(found[-1])
        elif time.monotonic() < give_up:
            QTimer.singleShot(LOOK_AGAIN_MS, attempt)

    QTimer.singleShot(0, attempt)


def answer_box(button: QMessageBox.StandardButton) -> None:
    """Click `button` in the next message box."""
    when_shown(QMessageBox, lambda box: press(box, button))


def answer_by_keys(*keys: Qt.Key) -> list[str]:
    """Press `keys` in the next message box, as a host at the keyboard would: Enter or Escape
    for its default answer, a button's underlined letter for that button. The list returned
    gets the box's question once answered: a test asserts it was asked, or waits for it."""
    asked: list[str] = []

    give_up = time.monotonic() + ANSWER_WITHIN_S

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        # Keys reach the active window, as on a desktop: pressed before the box is active, a
        # shortcut of the window under it (the member form's Esc) would take them first.
        if not box.isActiveWindow() and time.monotonic() < give_up:
            box.activateWindow()
            QTimer.singleShot(LOOK_AGAIN_MS, lambda: answer(box))
            return
        asked.append(box.text())
        for key in keys:
            QTest.keyClick(box, key)

    when_shown(QMessageBox, answer)
    return asked


def answer_text(text: str) -> None:
    """Type `text` into the next input dialog and accept it."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        edit.clear()
        type_text(edit, text)
        dialog.accept()

    when_shown(QInputDialog, fill)


def answer_file(chosen: Path | None) -> list[str]:
    """Answer the next file dialog as the host would: go to `chosen`'s folder, type its name in
    the name field and accept; None: Cancel. The list returned gets the folder and the name the
    dialog proposed, once it has shown. (Typed whole, a path made Qt's completer select each
    folder on the way as well, and the dialog opened "/".)"""
    proposed: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        proposed.extend([dialog.directory().absolutePath(), edit.text()])
        if chosen is None:
            dialog.reject()
            return
        dialog.setDirectory(str(chosen.parent))
        edit.clear()
        type_text(edit, chosen.name)
        dialog.accept()

    when_shown(QFileDialog, answer)
    return proposed


def answer_box_with(text: str) -> None:
    """Click the button with this text in the next message box (boxes that name their choices)."""

    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()

    when_shown(QMessageBox, click)


class FakeClock:
    """A monotonic clock the test moves: timers and paces run exactly and at once."""

    def __init__(self) -> None:
        # From the real clock's reading: auto-lock took its idle baseline from the real clock when
        # the window opened, and a fake far from it looks like hours idle (or none), depending on
        # how long the machine has been up.
        self.now = float(int(time.monotonic()))  # whole seconds, as the old fixed start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


CIRCLE_BUDGET = 35 * 60  # seconds: what a meeting hands the circle in these tests


def a_full_past_meeting(group: OpenGroup) -> tuple[Any, list[str]]:
    """The demo's last meeting with five or more present, and who was present."""
    session = next(
        s
        for s in reversed(group.sessions.sessions())
        if len(group.roster.present_member_ids(s.id)) >= 5
    )
    return session, group.roster.present_member_ids(session.id)


def circle_from_a_past_meeting(group_screen: QWidget) -> QWidget:
    """Ask for the sharing circle of the demo's last meeting with five or more present, as the
    meeting window does; returns the group screen's circle screen, its set-up filled."""
    session, present = a_full_past_meeting(group_screen.group)  # type: ignore[attr-defined]
    group_screen.ctx.circle_requested.emit(session.id, present, CIRCLE_BUDGET)  # type: ignore[attr-defined]
    screen: QWidget = group_screen.screens["circle"]  # type: ignore[attr-defined]
    screen.test_session = session  # type: ignore[attr-defined]
    return screen


@functools.cache
def parsed(path: Path) -> ast.Module:
    """A source file's syntax tree, parsed once per run: the guards walk ui/ a dozen times.
    Read-only: a guard that changed a tree would change it for the others. Kept out of the
    garbage collector's walks, as collection's objects are (tests/conftest.py): the trees of the
    whole source are half a million objects, and each later full collection walked them all."""
    tree = ast.parse(path.read_text("utf-8"))
    gc.freeze()
    return tree


def nodes_under(tree: ast.AST) -> list[ast.AST]:
    """The tree's nodes in ast.walk's order (breadth first, each node's fields in order), at
    half its cost: ast.walk asks iter_child_nodes, a generator over iter_fields, for every
    node."""
    nodes = [tree]
    add = nodes.append
    for node in nodes:  # grows as it goes: each node's children join the end
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.AST):
                        add(item)
            elif isinstance(value, ast.AST):
                add(value)
    return nodes


@functools.cache
def walked(path: Path) -> tuple[ast.AST, ...]:
    """Every node of a source file's tree, in ast.walk's order, listed once per run: a dozen
    guards go through each file's nodes, and ast.walk, in Python, cost each of them seconds."""
    nodes = tuple(nodes_under(parsed(path)))
    gc.freeze()
    return nodes
