"""A resource's Markdown can name images on the web or on a share: none is ever fetched.

On Windows a file://server/share/… image makes Qt open an SMB connection, and a web image would
tell a server that the group read this resource; the text views must load nothing at all."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from app.model import Resource
from ui.resources.handout import handout_document
from ui.resources.resources_screen import ResourcesScreen


def _image(tmp_path) -> QUrl:
    path = tmp_path / "pixel.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return QUrl.fromLocalFile(str(path))


def _loads_nothing(document: QTextDocument, *urls: QUrl) -> None:
    document.size()  # lays the text out, as painting would
    for url in urls:
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert loaded is None or (hasattr(loaded, "isNull") and loaded.isNull())


def test_resource_detail_fetches_no_image(qtbot, ui_ctx, fresh_group, tmp_path) -> None:
    local = _image(tmp_path)
    remote = QUrl("http://tracker.example/pixel.png")
    body = f"Read this.\n\n![]({remote.toString()})\n\n![]({local.toString()})"
    saved = fresh_group.resources.save_resource(Resource("Line", body=body))
    screen = ResourcesScreen(ui_ctx, fresh_group)
    qtbot.addWidget(screen)
    screen.reload()
    screen._select_id(saved.id)
    assert "Read this" in screen.detail.toPlainText()
    _loads_nothing(screen.detail.document(), remote, local)


def test_handout_document_fetches_no_image(qtbot, tmp_path) -> None:
    local = _image(tmp_path)
    document = handout_document(f"# Help\n\n![]({local.toString()})")
    _loads_nothing(document, local)


def test_a_text_given_before_the_view_first_shows_opens_at_its_top(qtbot) -> None:
    """A resource first read on a netbook, its pane hidden until then, opened on its last
    lines: Qt scrolled to the cursor left at the end on the view's first show."""
    from ui.common.offline_text import OfflineTextBrowser

    view = OfflineTextBrowser()
    qtbot.addWidget(view)
    view.setMarkdown("# Title\n\n" + "\n\n".join(f"Paragraph {n}." for n in range(40)))
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    assert view.verticalScrollBar().maximum() > 0
    assert view.verticalScrollBar().value() == 0
    assert view.cursorForPosition(view.viewport().rect().topLeft()).block().text() == "Title"
