"""The meeting view's layout: the item's notes have their place, the clock stays on one line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.model import ItemKind


def test_live_view_shows_the_item_notes_or_says_there_are_none(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    from app.model import AgendaItem, Session
    from ui.sessions.live_view import LiveView

    session = Session("2027-02-02T19:00", 60, "Salle 3", "Le sommeil")
    session = demo_group.sessions.save_session(
        session,
        [
            AgendaItem(
                session.id, 0, "Accueil", ItemKind.WELCOME, 10, "Présenter les nouveaux venus"
            ),
            AgendaItem(session.id, 1, "Clôture", ItemKind.CLOSING, 50, ""),
        ],
    )
    view = LiveView(ui_ctx, demo_group, session, clock=fake_clock)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert view.notes_card.label.text() == "Présenter les nouveaux venus"
    assert view.planned_label.text() == "Planned: 10 min"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.notes_card.label.text().startswith("No notes for this item")
    # The item clock stays on one line at the target laptop size.
    metrics = view.time_label.fontMetrics()
    assert metrics.horizontalAdvance(view.time_label.text()) <= view.time_label.width()
    # The notes keep their large type after an item without notes (a style sheet set and
    # cleared once gave the label the body text's size back), and so does the text to read.
    notes_size = view.notes_card.label.font().pointSizeF()
    assert notes_size > view.font().pointSizeF() * 1.5
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.notes_card.label.text() == "Présenter les nouveaux venus"
    assert view.notes_card.label.font().pointSizeF() == notes_size
    script_font = view.script_card.text_label.font().pointSizeF()
    assert script_font > view.font().pointSizeF() * 1.5


def test_on_a_netbook_the_meeting_scrolls_only_in_very_large_text(
    qtbot, ui_ctx, demo_group, look
) -> None:
    """1024x600 less the panel and title bar, every step of the demo's next meeting: at normal
    and large text the item and the agenda show whole; in very large text they may scroll, and
    the step buttons stay in view."""
    from PySide6.QtCore import QPoint, QRect, QSize

    from ui.common.adaptive import size_to_screen
    from ui.sessions.live_view import MEETING_SHARE, LiveView

    room = QSize(1024, 600 - 64)
    session = demo_group.sessions.sessions()[0]
    for language, text_size, scrolls in (
        ("fr", "normal", False),
        ("en", "large", False),
        ("fr", "large", False),
        ("fr", "very_large", True),
    ):
        ui_ctx.translations.apply(language)
        look(text_size, "light")
        view = LiveView(ui_ctx, demo_group, session, parent=None)
        qtbot.addWidget(view)
        view.show()
        size_to_screen(view, MEETING_SHARE, MEETING_SHARE, room)
        for step in range(len(view.run.items)):
            qtbot.waitUntil(lambda v=view: v.body_scroll.widget().height() > 0)
            where = (language, text_size, step)
            scrolled = view.body_scroll.verticalScrollBar().maximum() > 0
            assert scrolls or not scrolled, where
            place = QRect(view.next_button.mapTo(view, QPoint(0, 0)), view.next_button.size())
            assert view.rect().contains(place), where
            if not view.run.is_last:
                qtbot.keyClick(view, Qt.Key.Key_Right)
        view.done(0)
        view.close()


def test_a_long_item_title_leaves_the_clock_and_the_text_to_read_their_room(
    qtbot, ui_ctx, demo_group, look, fake_clock
) -> None:
    """On a netbook in large text an 80-character title (the cap is 300) took five lines at
    3.2 times the body text: the text to read aloud and the notes went below the window, and at
    97 characters the item clock itself was cut. The title now gives up size, then words (whole
    in its tooltip and for a screen reader); the clock and the cards keep their room."""
    from PySide6.QtCore import QPoint, QRect, QSize

    from app.model import AgendaItem, Session
    from ui.common.adaptive import size_to_screen
    from ui.sessions.fitted_title import TITLE_SHARE
    from ui.sessions.live_view import MEETING_SHARE, LiveView

    room = QSize(1024, 600 - 64)
    eighty = "Tour de parole : comment je prends soin de moi pendant les fêtes de fin d'année"
    longest = ("Un très long intitulé d'étape, " * 10)[:300]
    ui_ctx.translations.apply("fr")
    for text_size, title in (("large", eighty), ("large", longest), ("normal", longest)):
        look(text_size, "light")
        session = Session("2027-02-02T19:00", 90, "Salle 3", "Le sommeil")
        session = demo_group.sessions.save_session(
            session,
            [
                AgendaItem(session.id, 0, title, ItemKind.WELCOME, 10, "Présenter les nouveaux"),
                AgendaItem(session.id, 1, "Clôture", ItemKind.CLOSING, 50, ""),
            ],
        )
        view = LiveView(ui_ctx, demo_group, session, clock=fake_clock)
        qtbot.addWidget(view)
        view.show()
        size_to_screen(view, MEETING_SHARE, MEETING_SHARE, room)
        qtbot.waitUntil(lambda v=view: v.body_scroll.widget().height() > 0)
        where = (text_size, len(title))
        assert view.body_scroll.verticalScrollBar().maximum() == 0, where
        viewport = view.body_scroll.viewport()
        for widget in (view.time_label, view.script_card, view.notes_card):
            place = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
            assert viewport.rect().contains(place), (where, widget.objectName())
        card = view.script_card.scroller
        assert card.height() >= card.minimumHeight() > 0, where
        clock = view.time_label
        assert clock.fontMetrics().horizontalAdvance(clock.text()) <= clock.width(), where
        label = view.title_label
        assert label.height() <= view.height() / TITLE_SHARE + 4, where
        assert label.accessibleName() == title
        if label.text() != title:
            assert label.text().endswith("…") and label.toolTip() == title, where
        view.in_progress = False
        view.done(0)
        view.close()
