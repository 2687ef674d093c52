"""The sharing circle from the window: a whole round from the keyboard with a fake clock, the
colours and words at each step, the presenter window, saving, and the lock ending a round."""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.circle import Tone, fair_share
from tests.helpers import answer_box, type_text
from ui.circle.display import COLOURS
from ui.circle.face import Face, FitLabel, TimerPanel

NEUTRAL, WARNING, OVERTIME, IDLE = (
    COLOURS[t][0] for t in (Tone.NEUTRAL, Tone.WARNING, Tone.OVERTIME, Tone.IDLE)
)


def _seen(screen):
    panel = screen.running.panel
    return (panel.name.text(), panel.face.time_text, panel.state.text(), panel.background_colour())


def _key(qtbot, screen, key) -> None:
    qtbot.keyClick(screen.running.panel.face, key)


def _tick(screen, clock, seconds: float) -> None:
    """Time passes; the view's timer would refresh now, we call the same slot."""
    clock.advance(seconds)
    screen.running.refresh()


def test_setup_comes_from_the_meeting_attendance_with_a_fair_share(
    grouped_circle, group_screen
) -> None:
    group = grouped_circle.group
    present = set(group.roster.present_member_ids(grouped_circle.test_session.id))
    names = [s.label for s in grouped_circle.setup.speakers()]
    assert {m.pseudonym for m in group.roster.members() if m.id in present} == set(names)
    assert group_screen.current_area() == "circle"
    assert grouped_circle.setup.session_combo.currentData() == grouped_circle.test_session.id
    share = fair_share(35 * 60, len(names))
    assert grouped_circle.setup.seconds_each() == share.per_speaker
    assert grouped_circle.setup.share_label.text().startswith(f"35 min for {len(names)} people: ")


def test_a_round_runs_from_the_keyboard_alone(qtbot, circle, clock) -> None:
    ctx = circle.ctx
    assert not circle.setup.keep_times_box.isChecked()  # the demo keeps no per-person times
    qtbot.mouseClick(circle.setup.keep_times_box, Qt.MouseButton.LeftButton)
    assert circle.group.circle.keeps_turn_times
    circle.setup.each_radio.setChecked(True)
    circle.setup.each_time.setValue(120)
    first, second, third = (s.label for s in circle.setup.speakers()[:3])
    qtbot.keyClick(circle.setup.start_button, Qt.Key.Key_Space)
    assert circle.stack.currentWidget() is circle.running
    assert _seen(circle) == (first, "2:00", "Ready: press Space to start", IDLE)
    assert circle.running.next_label.text() == f"Next: {second}"

    _key(qtbot, circle, Qt.Key.Key_Space)
    assert _seen(circle) == (first, "2:00", "Speaking", NEUTRAL)
    assert ctx.autolock_inhibited
    _tick(circle, clock, 89.6)
    assert _seen(circle) == (first, "0:31", "Speaking", NEUTRAL)
    _tick(circle, clock, 0.4)
    assert _seen(circle) == (first, "0:30", "Time to conclude", WARNING)
    _tick(circle, clock, 72.3)
    assert _seen(circle) == (first, "+0:42", "Over time +0:42", OVERTIME)
    _key(qtbot, circle, Qt.Key.Key_Plus)
    assert _seen(circle) == (first, "0:18", "Time to conclude", WARNING)
    _key(qtbot, circle, Qt.Key.Key_Space)
    _tick(circle, clock, 500)
    assert _seen(circle) == (first, "0:18", "Paused · Time to conclude", WARNING)
    _key(qtbot, circle, Qt.Key.Key_Space)

    _key(qtbot, circle, Qt.Key.Key_Right)
    assert _seen(circle) == (second, "2:00", "Speaking", NEUTRAL)
    _key(qtbot, circle, Qt.Key.Key_R)
    assert _seen(circle)[0] == third
    assert (
        circle.running.waiting_list.item(circle.running.waiting_list.count() - 1).text()
        == f"{second} (comes back at the end)"
    )
    _tick(circle, clock, 10)
    _key(qtbot, circle, Qt.Key.Key_Left)  # right after R: the one sent to the end comes back
    assert _seen(circle) == (second, "2:00", "Speaking", NEUTRAL)
    _key(qtbot, circle, Qt.Key.Key_Left)
    assert _seen(circle) == (first, "0:18", "Time to conclude", WARNING)
    _key(qtbot, circle, Qt.Key.Key_Return)
    assert _seen(circle) == (second, "2:00", "Speaking", NEUTRAL)
    _key(qtbot, circle, Qt.Key.Key_R)
    assert _seen(circle) == (third, "1:50", "Speaking", NEUTRAL)

    _key(qtbot, circle, Qt.Key.Key_F11)
    assert circle.window().isFullScreen()
    _key(qtbot, circle, Qt.Key.Key_Escape)
    assert not circle.window().isFullScreen()

    answer_box(QMessageBox.StandardButton.Yes)  # people still waiting: asked once
    qtbot.keyClick(circle.running.panel.face, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert circle.stack.currentWidget() is circle.summary
    assert not ctx.autolock_inhibited
    rows = {
        circle.summary.model.index(r, 0).data(): circle.summary.model.index(r, 3).data()
        for r in range(circle.summary.model.rowCount())
    }
    assert rows[first] == "Spoke" and rows[third] == "Spoke"
    assert rows[second] == "Passed"
    assert "Saved" in circle.summary.saved_label.text()
    [(stored, turns)] = circle.group.circle.rounds_for_session(circle.test_session.id)
    assert stored.seconds_per_turn == 120
    spoken = {t.speaker_label: (t.spoken_seconds, t.passed) for t in turns}
    assert spoken[first] == (162, False)  # 89.6 + 0.4 + 72.3; the pause does not count
    assert spoken[third] == (10, False)  # before Back, kept when their turn came again
    assert spoken[second] == (0, True)


def test_the_presenter_window_shows_only_name_time_and_colour(qtbot, circle, clock) -> None:
    circle.setup.request_start()
    _key(qtbot, circle, Qt.Key.Key_Space)
    _tick(circle, clock, circle.round.remaining() + 5.5)
    _key(qtbot, circle, Qt.Key.Key_F5)
    presenter = circle.running.presenter
    assert presenter is not None and presenter.isVisible()
    name = circle.round.current.speaker.label
    allowed = (TimerPanel, FitLabel, Face)
    for child in presenter.findChildren(QWidget):
        if child is presenter.back_hint:  # a laptop alone: the way back, never group data
            assert child.text() == "Esc: back to the host's controls"
            continue
        assert isinstance(child, allowed), type(child)
    texts = sorted(label.text() for label in presenter.findChildren(FitLabel))
    assert texts == sorted([name, "Over time +0:05"])
    assert presenter.panel.face.time_text == "+0:05"
    assert presenter.panel.background_colour() == OVERTIME
    assert presenter.windowTitle() == "Sharing circle"
    _key(qtbot, circle, Qt.Key.Key_Right)
    assert presenter.panel.name.text() == circle.round.current.speaker.label != name
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    qtbot.keyClick(presenter, Qt.Key.Key_Space)  # the host's keys work there too
    assert not circle.round.running
    # On a projector, Esc first makes the window small, then closes it.
    presenter.show_on(None, covers_host=False)
    assert not presenter.back_hint.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isFullScreen()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert circle.running.presenter is None


def test_waiting_people_can_be_reordered_and_a_late_arrival_added(qtbot, circle, clock) -> None:
    circle.setup.request_start()
    _key(qtbot, circle, Qt.Key.Key_Space)
    waiting = circle.running.waiting_list
    names = [waiting.item(i).text() for i in range(waiting.count())]
    assert waiting.model().moveRow(QModelIndex(), 0, QModelIndex(), waiting.count())
    assert [t.speaker.label for t in circle.round.upcoming] == names[1:] + names[:1]
    assert circle.running.next_label.text() == f"Next: {names[1]}"
    speaking = circle.round.current
    qtbot.keyClicks(circle.running.late_edit.lineEdit(), "Pia +1")  # typed, not shortcuts
    assert circle.round.current is speaking and circle.round.current.added == 0
    circle.running.late_edit.clearEditText()
    type_text(circle.running.late_edit.lineEdit(), "Zoé")
    qtbot.keyClick(circle.running.late_edit.lineEdit(), Qt.Key.Key_Return)
    assert waiting.item(waiting.count() - 1).text() == "Zoé"
    assert circle.round.current is speaking


def test_the_chime_rings_at_the_warning_and_at_the_end_only_when_asked(
    circle, clock, monkeypatch
) -> None:
    # Count the rings without a sound device (Qt Multimedia warns without one).
    monkeypatch.setattr("ui.circle.chime.chime_available", lambda: False)
    circle.setup.each_radio.setChecked(True)
    circle.setup.each_time.setValue(60)
    circle.setup.request_start()
    circle.running.toggle()
    for _ in range(70):
        _tick(circle, clock, 1)
    assert circle.running.chime.played == 0
    circle.running._chime_enabled = lambda: True
    circle.running.next()
    for _ in range(70):
        _tick(circle, clock, 1)
    assert circle.running.chime.played == 2


def test_locking_keeps_the_running_round_in_the_vault(
    qtbot, windowed_circle, clock, vaults
) -> None:
    """Not ended: it carries on after the unlock (tests/ui/group/test_resume_after_lock.py)."""
    from app import demo

    windowed_circle.setup.request_start()
    windowed_circle.running.toggle()
    _tick(windowed_circle, clock, 75)
    window = windowed_circle.window()
    session_id = windowed_circle.test_session.id
    windowed_circle.ctx.lock_requested.emit()
    assert window.is_locked and not windowed_circle.ctx.autolock_inhibited
    group = vaults.unlock(demo.DEMO_ID, demo.DEMO_PASSPHRASE)
    try:
        assert group.circle.rounds_for_session(session_id) == []
        kept = group.live.load_circle()
        assert kept is not None and kept.session_id == session_id
        assert kept.round_state["turns"][0]["spoken"] == 75
    finally:
        group.close()


def test_only_a_round_under_way_holds_the_auto_lock_off(qtbot, circle, clock) -> None:
    """On "Ready" or once everyone has spoken nobody is speaking: a laptop left there locked
    never, pseudonyms on screen. A lock keeps the round as it is (test_resume_after_lock.py)."""
    circle.setup.request_start()
    assert circle.stack.currentWidget() is circle.running and not circle.ctx.autolock_inhibited
    _key(qtbot, circle, Qt.Key.Key_Space)
    assert circle.ctx.autolock_inhibited
    _key(qtbot, circle, Qt.Key.Key_Space)  # paused: the sharing goes on
    assert circle.ctx.autolock_inhibited
    _key(qtbot, circle, Qt.Key.Key_Space)
    while not circle.round.complete:
        _key(qtbot, circle, Qt.Key.Key_P)
    assert not circle.ctx.autolock_inhibited


def test_a_chime_setting_that_cannot_be_saved_is_said_and_not_shown(
    qtbot, circle, data_dir, monkeypatch
) -> None:
    """settings.json unwritable (a folder in its place, a full disk): a warning, and the box
    shows what holds, instead of an error in Qt's event loop and a box ticked for nothing."""
    monkeypatch.setattr("ui.circle.circle_screen.chime_available", lambda: True)
    circle.ctx.preferences_changed.emit()  # the box as it is with a player
    data_dir.settings_file.mkdir()
    box = circle.setup.chime_box
    was = circle.ctx.prefs.chime
    assert box.isEnabled() and box.isChecked() is was
    answer_box(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked() is was and circle.ctx.prefs.chime is was


def test_a_projector_plugged_in_is_offered_at_once(circle, monkeypatch) -> None:
    """Plugged after the round's page was built: offered without a lock and unlock."""
    from PySide6.QtGui import QGuiApplication

    laptop = QGuiApplication.primaryScreen()
    assert circle.running.screen_choice.count() == 1
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [laptop, laptop]))
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.screenAdded.emit(laptop)
    assert circle.running.screen_choice.count() == 2


def test_a_projector_unplugged_closes_the_presenter_over_it(circle, monkeypatch) -> None:
    """Qt would move the window, full screen, over the host's controls: it closes instead, and
    unplugging another screen leaves it open (one screen offscreen: the presenter is told it is
    on another first)."""
    from PySide6.QtGui import QGuiApplication

    circle.setup.request_start()
    circle.running.open_presenter()
    presenter = circle.running.presenter
    assert presenter is not None and presenter.isVisible()
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    unplugged = presenter.screen()
    monkeypatch.setattr(presenter, "screen", lambda: None)
    app.screenRemoved.emit(unplugged)
    assert circle.running.presenter is presenter and presenter.isVisible()
    monkeypatch.undo()
    app.screenRemoved.emit(unplugged)
    assert circle.running.presenter is None


def test_the_summary_model_is_sound(qtmodeltester, circle, clock) -> None:
    circle.group.circle.set_keep_turn_times(True)
    circle.setup.request_start()
    circle.running.toggle()
    _tick(circle, clock, 30)
    answer_box(QMessageBox.StandardButton.Yes)
    circle.running.end()
    assert circle.summary.model.rowCount() > 0
    qtmodeltester.check(circle.summary.model)


def test_a_round_not_kept_says_why_in_the_language_switched_to(circle, clock, monkeypatch):
    """The summary's sentence for a round the vault refused was made once, and stayed in the
    language left at a live switch (review21c's gap)."""
    from app.errors import DiskFull
    from tests.helpers import switch_language

    def full(*_args):
        raise DiskFull("no space left")

    monkeypatch.setattr(circle.group.circle, "finish", full)
    circle.setup.request_start()
    circle.running.toggle()
    _tick(circle, clock, 30)
    answer_box(QMessageBox.StandardButton.Yes)
    circle.running.end()
    assert circle.summary.saved_label.text().startswith("The disk is full.")
    try:
        switch_language(circle.ctx, "fr")
        assert circle.summary.saved_label.text().startswith("Le disque est plein.")
    finally:
        switch_language(circle.ctx, "en")


def test_an_ad_hoc_round_from_typed_names_and_the_roster(qtbot, group_screen, clock) -> None:
    qtbot.keyClick(group_screen, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    setup = group_screen.screens["circle"].setup
    assert setup.share_label.text() == "Add the people who take part."
    assert not setup.start_button.isEnabled()
    type_text(setup.name_edit, "Zoé")
    qtbot.keyClick(setup.name_edit, Qt.Key.Key_Return)
    setup.roster_combo.setCurrentIndex(setup.roster_combo.findText("Marc"))
    qtbot.mouseClick(setup.add_member_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(setup.add_member_button, Qt.MouseButton.LeftButton)  # once only
    assert [s.label for s in setup.speakers()] == ["Zoé", "Marc"]
    assert setup.speakers()[0].member_id is None and setup.speakers()[1].member_id
    setup.people.setCurrentRow(1)
    qtbot.mouseClick(setup.order_buttons["up"], Qt.MouseButton.LeftButton)
    assert [s.label for s in setup.speakers()] == ["Marc", "Zoé"]
    setup.each_time.setValue(180)
    assert setup.share_label.text() == "2 people: about 6 min in all."
    setup.budget_radio.setChecked(True)
    setup.budget_minutes.setValue(1)
    assert setup.share_label.text() == "1 min for 2 people: 30 s each."
    setup.people.setCurrentRow(0)
    qtbot.mouseClick(setup.order_buttons["remove"], Qt.MouseButton.LeftButton)
    assert setup.share_label.text() == "1 min for 1 person: 55 s, with 5 s to spare."
    held = next(
        i
        for i in range(setup.session_combo.count())
        if setup.group.roster.present_member_ids(setup.session_combo.itemData(i))
    )
    setup.session_combo.setCurrentIndex(held)
    qtbot.mouseClick(setup.attendance_button, Qt.MouseButton.LeftButton)
    present = setup.group.roster.present_member_ids(setup.session_combo.itemData(held))
    assert len(setup.speakers()) == len(present)
    assert setup.budget_minutes.value() == 40  # the circle item of the demo agenda


def test_coming_back_to_a_running_round_gives_its_keys_back(
    qtbot, grouped_circle, group_screen, clock
) -> None:
    grouped_circle.setup.request_start()
    qtbot.keyClick(group_screen, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    group_screen.nav_buttons["sessions"].setFocus()
    qtbot.keyClick(group_screen, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert grouped_circle.running.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert grouped_circle.round.running


def test_the_round_speaks_french_after_a_language_change(qtbot, circle, clock) -> None:
    circle.setup.request_start()
    _key(qtbot, circle, Qt.Key.Key_Space)
    _tick(circle, clock, circle.round.remaining() - 10)
    circle.ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: circle.running.panel.state.text() == "Il est temps de conclure")
    assert circle.running.buttons["pass"].text() == "Passer"
    answer_box(QMessageBox.StandardButton.Yes)
    circle.running.end()
    assert circle.summary.model.headerData(0, Qt.Orientation.Horizontal) == "Personne"
    assert circle.summary.balance_card.names["spoke"].text() == "Ont parlé"
    circle.ctx.translations.apply("en")
    qtbot.waitUntil(lambda: circle.summary.balance_card.names["spoke"].text() == "Spoke")


def test_the_time_each_is_typed_in_minutes_and_seconds(qtbot, circle) -> None:
    spin = circle.setup.each_time
    circle.setup.each_radio.setChecked(True)
    for typed, seconds in (("3:40", 220), ("5", 300), ("2 min 30", 150), ("45 s", 45)):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), typed)
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Tab)
        assert circle.setup.seconds_each() == seconds, typed
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 75 and spin.text() == "1 min 15 s"


def test_the_chime_uses_the_system_player_without_qt_multimedia(
    qtbot, monkeypatch, tmp_path
) -> None:
    """Without the Addons wheel the chime still rings, through the OS's own player."""
    import sys

    from ui.circle import chime as chime_module

    played = tmp_path / "played.txt"
    player = tmp_path / "fake-player"
    player.write_text(f'#!/bin/sh\necho "$@" > {played}\n')
    player.chmod(0o755)
    monkeypatch.setattr(chime_module, "_has_multimedia", lambda: False)
    monkeypatch.setattr(chime_module, "system_player", lambda: [str(player), "-q"])
    if sys.platform == "win32":
        return
    assert chime_module.chime_available()
    bell = chime_module.Chime()
    bell.play()
    # The shell creates the file before echo writes into it: wait for the words, not the file.
    qtbot.waitUntil(lambda: played.exists() and bool(played.read_text().strip()), timeout=5000)
    assert played.read_text().split() == ["-q", chime_module.chime_file()]
    assert bell.played == 1


def test_without_any_player_the_chime_is_unavailable(monkeypatch) -> None:
    from ui.circle import chime as chime_module

    monkeypatch.setattr(chime_module, "_has_multimedia", lambda: False)
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setattr(sys, "platform", "linux")
    assert chime_module.system_player() is None
    assert not chime_module.chime_available()


def test_with_the_groups_setting_off_the_host_sees_the_balance_and_no_one_is_recorded(
    qtbot, circle, clock
) -> None:
    circle.setup.each_radio.setChecked(True)
    circle.setup.each_time.setValue(60)
    qtbot.keyClick(circle.setup.start_button, Qt.Key.Key_Space)
    _key(qtbot, circle, Qt.Key.Key_Space)
    _tick(circle, clock, 75)  # 15 s over
    _key(qtbot, circle, Qt.Key.Key_Right)
    _key(qtbot, circle, Qt.Key.Key_P)
    _tick(circle, clock, 40)
    _key(qtbot, circle, Qt.Key.Key_R)  # passes for now, offered the word at the end
    _tick(circle, clock, 50)
    answer_box(QMessageBox.StandardButton.Yes)  # people still waiting: asked once
    qtbot.keyClick(circle.running.panel.face, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    summary = circle.summary
    assert circle.stack.currentWidget() is summary
    values = {key: label.text() for key, label in summary.balance_card.values.items()}
    # The one who asked to come back and was not offered the word again before the end passed.
    assert values["spoke"] == "2" and values["passed"] == "2"
    assert values["median"] == "1 min 2 s"  # of 75 s and 50 s
    assert values["overrun"] == "15 s"
    assert int(values["not_reached"]) == len(circle.setup.speakers()) - 4
    assert not summary.table.isVisible() and summary.model.rowCount() == 0
    assert summary.saved_label.text().startswith("Saved: only this balance")
    [(stored, turns)] = circle.group.circle.rounds_for_session(circle.test_session.id)
    assert turns == [] and (stored.spoke_count, stored.passed_count) == (2, 2)
