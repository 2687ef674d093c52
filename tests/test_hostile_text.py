"""Text from a host or a co-host's file is never markup and makes Cercle open no file.

Each hostile text points at real pictures in a watched folder (tests/helpers/file_watch.py: the kernel
reports any opening, by Qt or by Python), or at a Windows share path. The text is stored where
hosts type it, then every view that shows it is built, laid out and painted: resource detail,
Help now, agreements, the editor's preview, the handout (preview and PDF), the printed agenda,
the meeting window, the session panel and the group's header. Nothing in the folder may be opened,
and no document may hold an image.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QWidget

from app.model import AgendaItem, Category, Member, Resource, Session
from tests.helpers.file_watch import FileWatch, file_watch, hostile_texts
from ui.common.offline_text import OfflineDocument, offline_document
from ui.common.plain_text import MarkupLabel
from ui.context import Area


@pytest.fixture
def watch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with file_watch(tmp_path / "probe") as watching:
        monkeypatch.chdir(watching.folder)  # relative image names resolve here
        yield watching


def _images(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                names.append(QTextImageFormat(fragment.charFormat()).name())
            it += 1
        block = block.next()
    return names


def _painted(widget: QWidget) -> None:
    widget.resize(900, 700)
    widget.grab()  # lays out and paints every child, as the screen would
    QApplication.processEvents()


def _store_hostile(ctx, group, text: str) -> Session:
    group.rename(text)
    ctx.vaults.set_label(group.group_id, text)  # what the start screen lists, before unlock
    group.roster.add_member(Member(text))
    for category in (Category.CRISIS_LINE, Category.AGREEMENT):
        group.resources.add_resource(
            Resource(text, category, body=text, phone=text, url=text, hours=text, pinned=True)
        )
    return group.sessions.add_session(
        Session("2030-05-04T18:00", place=text, theme=text, summary=text),
        [AgendaItem("", 0, text, notes=text, planned_minutes=10)],
    )


def _views(ctx, group, session, folder: Path) -> list[QWidget]:
    from ui.group.group_screen import GroupScreen
    from ui.resources.agreements import AgreementsReader
    from ui.resources.editor import ResourceEditor
    from ui.resources.handout import handout_document, write_pdf
    from ui.resources.handout_dialog import HandoutDialog
    from ui.resources.help_now import HelpNowDialog
    from ui.sessions import printing
    from ui.sessions.live_view import LiveView
    from ui.sessions.session_panel import SessionPanel
    from ui.start.start_screen import StartScreen

    resources = group.resources.resources()
    panel = SessionPanel(group)
    panel.show_session(session)
    handout = HandoutDialog(ctx, group, resources, Category.CRISIS_LINE.value)
    write_pdf(handout_document(handout.markdown()), folder / "out-handout.pdf", "A4", "x")
    agenda = printing.agenda_html(group, session, group.sessions.agenda(session.id))
    printing.write_pdf(agenda, folder / "out-agenda.pdf", "x")
    return [  # built anew, so a label's first text is a hostile one
        StartScreen(ctx),
        GroupScreen(ctx, group),
        AgreementsReader(group),
        HelpNowDialog(ctx, group),
        ResourceEditor(ctx, group, resources[0]),
        handout,
        LiveView(ctx, group, session),
        panel,
    ]


def test_hostile_markup_opens_no_file_in_any_view(qtbot, demo_window, watch: FileWatch) -> None:
    ctx, group = demo_window.ctx, demo_window.ctx.group
    # One text holding every kind of markup: each view is built once (they are slow to build).
    for text in ["\n\n".join(hostile_texts(watch))]:
        session = _store_hostile(ctx, group, text)
        ctx.data_changed.emit(Area.RESOURCES)
        demo_window.group_screen.retranslate()
        resources = demo_window.group_screen.screens["resources"]
        demo_window.group_screen.show_area("resources")
        resources.reload()
        shown = 0
        for row in range(resources.proxy.rowCount()):
            resources.table.selectRow(row)
            # The pages of the resources holding the text: the demo's own eleven name no file
            # of this test's folder, and painting each cost more than the rest of the test.
            if text[:20] in resources.selected_resource().title:
                _painted(demo_window)
                shown += 1
        assert shown == 2
        views = _views(ctx, group, session, watch.folder.parent)
        for view in views:
            _painted(view)
        for browser in [b for v in [demo_window, *views] for b in v.findChildren(QTextBrowser)]:
            assert _images(browser.document()) == [], text
        for view in [demo_window, *views]:
            for label in view.findChildren(QLabel):
                if text[:20] in label.text() and not isinstance(label, MarkupLabel):
                    assert label.textFormat().name == "PlainText", label.objectName()
        watch.assert_untouched()
        for view in views:  # before the group closes: a screen reads it on a language change
            view.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_text_view_answers_every_resource_request_itself(watch: FileWatch) -> None:
    """Even for a request that reaches the document (an <img> in HTML Cercle did not escape),
    the answer is an empty image, never nothing: nothing makes Qt read the file by its name."""
    document = offline_document()
    assert isinstance(document, OfflineDocument)
    for url in (watch.url("a.png"), "probe.png", "file://server/share/x.png"):
        document.setHtml(f'<p>x<img src="{url}"></p>')
        document.setTextWidth(300)
        document.size()
        answer = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
        assert answer is not None
    watch.assert_untouched()


def test_the_watch_sees_qt_open_a_picture(qtbot, watch: FileWatch) -> None:
    """The guard itself: a plain QLabel left to read markup does open the file, and is seen."""
    label = QLabel(f'<img src="{watch.url("a.png")}">')  # the very mistake guarded against
    qtbot.addWidget(label)
    label.grab()
    assert "a.png" in watch.opened()


def test_a_huge_group_name_neither_widens_nor_stalls_the_group_screen(
    qtbot, ui_ctx, demo_group
) -> None:
    """A 5 MB name (from a file) took 10 s to open the group: the header shows its start on
    one line, and the window keeps its own size."""
    from ui.group.group_screen import GroupScreen

    demo_group.rename("Groupe " * 750_000)
    ui_ctx.group = demo_group
    screen = GroupScreen(ui_ctx, demo_group)
    assert len(screen.group_name.text()) <= 300 and screen.group_name.text().endswith("…")
    assert screen.minimumSizeHint().width() < 2_000
    screen.deleteLater()  # before the group closes: a screen reads it on a language change
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
