"""The question an editor asks when Escape would drop a change ("Discard your changes?"), over
the session editor on a netbook (1024x600 less the panel and the title bar)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from i18n.widget_lists import top_level_widgets
from ui.common.adaptive import size_to_screen


def _over(editor: QWidget, box: QWidget) -> QLabel:
    """The editor with its question where the window system shows it: each is a window of its
    own, and a grab holds one window."""
    picture = QPixmap(editor.size())
    picture.fill(Qt.GlobalColor.white)
    editor.render(picture)
    painter = QPainter(picture)
    at = box.mapToGlobal(QPoint(0, 0)) - editor.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(at, box.grab())
    painter.end()
    label = QLabel()
    label.setPixmap(picture)
    label.setFixedSize(picture.size())
    return label


def shots(make_env):  # type: ignore[no-untyped-def]
    from docs.shots.netbook import NETBOOK
    from tests.helpers import type_text

    for lang in ("fr", "en"):
        env = make_env(lang)
        env.window.resize(NETBOOK)
        env.open_demo()
        group = env.ctx.group
        sessions = env.area("sessions")
        session = group.sessions.sessions()[0]
        editor = sessions.open_editor(session, group.sessions.agenda(session.id))
        size_to_screen(editor, 1.0, 1.0, NETBOOK)
        env.settle()
        editor.summary_edit.moveCursor(QTextCursor.MoveOperation.End)
        type_text(editor.summary_edit, " Salle 2 réservée jusqu'à 21 h.")
        QTest.keyClick(editor.summary_edit, Qt.Key.Key_Escape)
        env.settle()
        box = next(w for w in top_level_widgets() if isinstance(w, QMessageBox) and w.isVisible())
        yield f"discard-question-netbook-{lang}", _over(editor, box)
        box.close()
        editor.reject()
        env.close()
