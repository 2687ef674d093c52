"""Running a meeting on a fake clock, and printing its agenda to PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.model import AgendaItem, ItemKind, Member, Session, SessionStatus
from tests.helpers import answer_box, answer_box_with, answer_by_keys, answer_file
from tests.helpers.pdf import pdf_text, read_pdf
from ui.sessions.live_view import LiveView
from ui.sessions.printing import agenda_html, write_pdf


def _meeting(group) -> Session:
    session = Session("2027-02-02T19:00", 60, "Salle 3", "Le sommeil")
    items = [
        AgendaItem(session.id, i, t, k, m, n)
        for i, (t, k, m, n) in enumerate(
            [
                ("Accueil", ItemKind.WELCOME, 5, "Café"),
                ("Lecture de la charte", ItemKind.AGREEMENTS, 5, ""),
                ("Cercle de parole", ItemKind.CIRCLE, 40, ""),
                ("Clôture", ItemKind.CLOSING, 10, ""),
            ]
        )
    ]
    return group.sessions.save_session(session, items)


def test_run_a_meeting_through_all_items_on_a_fake_clock(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    session = _meeting(demo_group)
    present = [demo_group.roster.add_member(Member(n)) for n in ("Inès", "Paul")]
    for member in present:
        demo_group.roster.set_present(session.id, member.id)
    view = LiveView(ui_ctx, demo_group, session, clock=fake_clock)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    assert ui_ctx.autolock_inhibited
    assert view.title_label.text() == "Accueil"
    assert "Lecture de la charte" in view.next_label.text()

    fake_clock.advance(7 * 60)  # no timer tick is needed for the times to be right
    view.refresh()
    assert view.time_label.text() == "7:00 elapsed · 2:00 over"
    assert "7:00" in view.meeting_clock.text() and "53:00 left" in view.meeting_clock.text()

    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.agreements_button.isVisible() and not view.circle_button.isVisible()
    with qtbot.waitSignal(ui_ctx.agreements_requested):
        qtbot.mouseClick(view.agreements_button, Qt.MouseButton.LeftButton)
    fake_clock.advance(4 * 60)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.title_label.text() == "Cercle de parole" and view.circle_button.isVisible()
    fake_clock.advance(10 * 60)
    with qtbot.waitSignal(ui_ctx.circle_requested) as circle:
        qtbot.mouseClick(view.circle_button, Qt.MouseButton.LeftButton)
    assert circle.args[0] == session.id
    assert sorted(circle.args[1]) == sorted(m.id for m in present)
    assert circle.args[2] == 30 * 60  # what is left of the 40-minute circle
    assert not view.isVisible()  # it steps aside for the circle, and comes back when asked
    view.resume()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(ui_ctx.checkin_requested) as checkin:
        qtbot.mouseClick(view.checkin_button, Qt.MouseButton.LeftButton)
    assert checkin.args == [session.id]

    qtbot.keyClick(view, Qt.Key.Key_Left)  # back, then forward: time spent is kept
    assert "4:00 elapsed" in view.time_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    fake_clock.advance(30 * 60)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.title_label.text() == "Clôture"
    assert view.next_label.text() == "This is the last item."
    assert "End the meeting" in view.next_button.text()

    answer_box(QMessageBox.StandardButton.No)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.isVisible() and demo_group.sessions.get(session.id).status == "planned"
    answer_box(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert not view.isVisible()
    assert demo_group.sessions.get(session.id).status == SessionStatus.HELD
    assert not ui_ctx.autolock_inhibited


def test_escape_leaves_the_live_view_without_marking_held(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    session = _meeting(demo_group)
    view = LiveView(ui_ctx, demo_group, session, clock=fake_clock)
    qtbot.addWidget(view)
    view.show()
    answer_box(QMessageBox.StandardButton.No)  # one key must not drop a meeting: asked first
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.isVisible() and view.in_progress
    answer_box_with("Leave")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert demo_group.sessions.get(session.id).status == "planned"


def test_print_an_agenda_to_pdf_in_the_group_language(
    qtbot, sessions_screen, demo_group, tmp_path
) -> None:
    session = _meeting(demo_group)
    sessions_screen.reload(session.id)
    path = tmp_path / "agenda.pdf"
    assert sessions_screen.print_menu.save_pdf("agenda", sessions_screen.selected(), path)
    assert path.exists() and path.read_bytes().startswith(b"%PDF")
    pdf = read_pdf(path)
    assert pdf.pages == 1
    text = pdf.text
    for expected in (
        "Déroulé de la séance",
        "Accueil",
        "Lecture de la charte",
        "Cercle de parole",
        "Clôture",
        "Salle 3",
        "60 min",
        "19:00",
        "19:50",
    ):
        assert expected in text, expected


def test_sign_in_sheet_is_blank_and_warns_first(
    qtbot, sessions_screen, demo_group, tmp_path
) -> None:
    session = _meeting(demo_group)
    path = tmp_path / "sheet.pdf"
    assert sessions_screen.print_menu.save_pdf("sign_in", session, path)
    text = pdf_text(path)
    assert "Feuille d'émargement" in text and "Signature" in text
    assert not any(m.pseudonym in text for m in demo_group.roster.members())
    asked = answer_by_keys(Qt.Key.Key_Escape)  # the warning is shown; Cancel stops there
    sessions_screen.print_menu.ask_pdf("sign_in")
    assert "sign-in sheet is not encrypted" in asked[0]
    proposed = answer_file(None)  # the agenda holds no member's name: no warning
    sessions_screen.print_menu.ask_pdf("agenda")
    assert proposed[1].startswith("Agenda ")
    assert list(tmp_path.glob("*.pdf")) == [path]


def test_english_group_prints_english_headings(fresh_group, tmp_path, qapp) -> None:
    session = _meeting(fresh_group)
    path = tmp_path / "agenda.pdf"
    write_pdf(
        agenda_html(fresh_group, session, fresh_group.sessions.agenda(session.id)), path, "Agenda"
    )
    assert "Meeting agenda" in pdf_text(path)


def test_a_pdf_takes_the_longest_name_a_folder_takes(fresh_group, tmp_path, qapp) -> None:
    session = _meeting(fresh_group)
    path = tmp_path / ("é" * 125 + ".pdf")  # 254 bytes: no room for ".partial" beside it
    write_pdf(agenda_html(fresh_group, session, []), path, "Agenda")
    assert "Meeting agenda" in pdf_text(path)
    assert not list(tmp_path.glob("*.partial"))


def test_enter_takes_the_next_step_whichever_button_has_the_focus(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    view = LiveView(ui_ctx, demo_group, _meeting(demo_group), clock=fake_clock)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.title_label.text() == "Lecture de la charte"
    view.previous_button.setFocus()
    qtbot.keyClick(view.previous_button, Qt.Key.Key_Return)
    assert view.title_label.text() == "Cercle de parole"  # onwards, not back
    # The cards' buttons too (their own action opens a dialog: Enter must not reach it).
    buttons = view.findChildren(QPushButton)
    assert {view.script_card.edit_button, view.checkout_panel.save_button} <= set(buttons)
    assert [b.text() for b in buttons if b.autoDefault()] == []
    assert view.next_button.isDefault()


def _enter_checkout(qtbot, view: LiveView, counts: tuple[int, int, int]) -> None:
    for key, count in zip(("good", "mixed", "hard"), counts, strict=True):
        spin = view.checkout_panel.spins[key]
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, str(count))
        assert spin.value() == count


def _at_the_last_item(qtbot, ui_ctx, group, session: Session, clock) -> LiveView:
    view = LiveView(ui_ctx, group, session, clock=clock)
    qtbot.addWidget(view)
    view.show()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    return view


def _stored_checkout(group, session: Session) -> tuple[int | None, ...]:
    stored = group.sessions.get(session.id)
    return stored.checkout_good, stored.checkout_mixed, stored.checkout_hard


def test_check_out_counts_entered_are_kept_when_the_meeting_ends(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    session = _meeting(demo_group)
    view = _at_the_last_item(qtbot, ui_ctx, demo_group, session, fake_clock)
    assert view.checkout_panel.isVisible()
    _enter_checkout(qtbot, view, (6, 2, 1))  # and End the meeting, without Save the check-out
    answer_box(QMessageBox.StandardButton.Yes)
    view.next_button.setFocus()
    qtbot.keyClick(view.next_button, Qt.Key.Key_Return)
    assert not view.isVisible()
    assert _stored_checkout(demo_group, session) == (6, 2, 1)
    assert demo_group.sessions.get(session.id).status == SessionStatus.HELD


def test_check_out_counts_entered_are_kept_when_the_meeting_is_left(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    session = _meeting(demo_group)
    view = _at_the_last_item(qtbot, ui_ctx, demo_group, session, fake_clock)
    answer_box_with("Leave")
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # nothing entered: nothing written
    assert not view.isVisible()
    assert _stored_checkout(demo_group, session) == (None, None, None)

    view = _at_the_last_item(qtbot, ui_ctx, demo_group, session, fake_clock)
    _enter_checkout(qtbot, view, (4, 0, 3))
    answer_box_with("Leave")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert _stored_checkout(demo_group, session) == (4, 0, 3)
    assert demo_group.sessions.get(session.id).status == "planned"


def test_the_item_keys_work_after_a_click_on_a_meeting_button(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    """A button clicked keeps the focus, and took the arrows to move it to its neighbour: Right,
    Right, Left walked to "Read the group agreements", and Enter then pressed that one."""
    view = LiveView(ui_ctx, demo_group, _meeting(demo_group), clock=fake_clock)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # the window's keys, as on a desktop
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.run.index == 1
    for key, index in ((Qt.Key.Key_Right, 2), (Qt.Key.Key_Right, 3), (Qt.Key.Key_Left, 2)):
        qtbot.keyClick(view.focusWidget(), key)
        assert view.run.index == index
    assert view.focusWidget() is view.next_button
    qtbot.mouseClick(view.checkin_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_PageUp)
    assert view.run.index == 1 and view.focusWidget() is view.checkin_button
    # A count being typed at the check-out keeps its own arrows.
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    spin = view.checkout_panel.spins["good"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "12")
    qtbot.keyClick(spin, Qt.Key.Key_Left)
    qtbot.keyClicks(spin, "3")
    assert spin.value() == 132 and view.run.index == 3
    view.in_progress = False
