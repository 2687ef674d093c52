"""Meeting scripts: the fields filled from the meeting (end time, next date, the agreement, the
Help now lines), newcomers counted from today's check-in, the group's own text kept and reset."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.model import SessionStatus
from app.scripts import fill
from storage.records import Category, Member, Resource, Session


def test_only_known_fields_are_filled_and_braces_typed_by_a_host_stay() -> None:
    values = {"end_time": "21:00", "meeting": "Le sommeil"}
    text = "Fin à {end_time}, {meeting}; {unknown} {0} {end_time"
    assert fill(text, values) == "Fin à 21:00, Le sommeil; {unknown} {0} {end_time"


@pytest.fixture
def meeting(fresh_group):
    sessions = fresh_group.sessions
    tonight = sessions.add_session(Session("2027-03-02T19:00", 90, theme="Sleep"))
    sessions.add_session(Session("2027-03-16T19:30", 90))
    sessions.add_session(Session("2027-03-09T19:00", 90, status=SessionStatus.CANCELLED))
    return fresh_group, tonight


def test_the_facts_give_the_end_time_the_next_planned_date_agreement_and_help(meeting) -> None:
    group, tonight = meeting
    group.resources.add_resource(
        Resource("Crisis line", Category.CRISIS_LINE, phone="3114", pinned=True)
    )
    facts = group.scripts.facts(tonight)
    assert facts.theme == "Sleep"
    assert facts.ends_at == datetime(2027, 3, 2, 20, 30)
    assert facts.next_starts_at == datetime(2027, 3, 16, 19, 30)  # the cancelled one is skipped
    assert facts.agreement  # the starter content has a group agreement in Resources
    assert "Crisis line — 3114" in facts.help_lines


def test_a_number_the_title_already_gives_is_read_once(meeting) -> None:
    group, tonight = meeting
    for title, phone in (("3114 — Suicide prevention", "3114"), ("SOS 01 23 45", "0123 45")):
        group.resources.add_resource(
            Resource(title, Category.CRISIS_LINE, phone=phone, pinned=True)
        )
    lines = group.scripts.facts(tonight).help_lines
    assert "3114 — Suicide prevention" in lines and "SOS 01 23 45" in lines
    assert not any(line.endswith("— 3114") and line.startswith("3114") for line in lines)


def test_no_next_meeting_planned_is_none(fresh_group) -> None:
    last = fresh_group.sessions.add_session(Session("2030-01-01T19:00", 60))
    assert fresh_group.scripts.facts(last).next_starts_at is None


def test_a_newcomer_is_someone_checked_in_today_who_joined_today(meeting) -> None:
    group, tonight = meeting
    regular = group.roster.add_member(Member("Marc", joined_on="2026-01-05"))
    group.roster.set_present(tonight.id, regular.id)
    assert group.scripts.facts(tonight).newcomers == 0
    group.roster.welcome(tonight.id, "Zoé")
    assert group.scripts.facts(tonight).newcomers == 1
    # Back the next time, Zoé is no longer new.
    later = group.sessions.add_session(Session("2027-03-30T19:00", 90))
    zoe = next(m for m in group.roster.members() if m.pseudonym == "Zoé")
    group.roster.set_present(later.id, zoe.id)
    assert group.scripts.facts(later).newcomers == 0


def test_the_groups_own_text_is_kept_per_kind_and_can_go_back_to_cercles(
    fresh_group, fresh_db
) -> None:
    scripts = fresh_group.scripts
    assert scripts.own_text("welcome") is None
    scripts.save_text("welcome", "  Bonsoir, fin à {end_time}.  ")
    assert scripts.own_text("welcome") == "Bonsoir, fin à {end_time}."
    scripts.save_text("welcome", "Bonsoir.")
    assert fresh_db.scalar("SELECT count(*) FROM scripts") == 1  # one row per kind
    assert scripts.own_text("closing") is None
    scripts.reset_text("welcome")
    assert scripts.own_text("welcome") is None
    scripts.save_text("welcome", "Again")  # edited after a reset: the tombstone goes
    assert scripts.own_text("welcome") == "Again"
    assert not fresh_db.scalar("SELECT count(*) FROM tombstones WHERE table_name = 'scripts'")
    with pytest.raises(ValueError):
        scripts.save_text("other", "x")


def test_a_format_may_have_its_own_text_and_falls_back_to_the_groups(fresh_group, fresh_db) -> None:
    scripts = fresh_group.scripts
    template = fresh_group.sessions.templates()[0]
    scripts.save_text("closing", "Group closing")
    assert scripts.own_text("closing", template.id) == "Group closing"
    assert scripts.format_text_count(template.id) == 0
    scripts.save_text("closing", "Format closing", template.id)
    assert scripts.own_text("closing", template.id) == "Format closing"
    assert scripts.own_text("closing") == "Group closing"
    assert scripts.format_text_count(template.id) == 1
    fresh_group.sessions.delete_template(template.id)
    assert fresh_db.scalar("SELECT count(*) FROM scripts") == 1


def test_the_check_out_is_three_counts_on_the_meeting(meeting) -> None:
    group, tonight = meeting
    assert (tonight.checkout_good, tonight.checkout_mixed, tonight.checkout_hard) == (None,) * 3
    group.sessions.save_checkout(tonight.id, 6, 2, 1)
    stored = group.sessions.get(tonight.id)
    assert (stored.checkout_good, stored.checkout_mixed, stored.checkout_hard) == (6, 2, 1)
    group.sessions.save_checkout(tonight.id, 5000, -3, 0)  # out of range: clamped, never refused
    stored = group.sessions.get(tonight.id)
    assert (stored.checkout_good, stored.checkout_mixed, stored.checkout_hard) == (999, 0, 0)


def test_a_meeting_planned_from_a_format_remembers_it_and_reads_its_texts(fresh_group) -> None:
    sessions, scripts = fresh_group.sessions, fresh_group.scripts
    template = sessions.templates()[0]
    planned, items = sessions.session_from_template(template.id, "2027-03-02T19:00")
    stored = sessions.save_session(planned, items)
    assert sessions.get(stored.id).template_id == template.id
    copy = sessions.duplicate(stored.id, "2027-03-09T19:00")
    assert copy.template_id == template.id
    assert sessions.add_session(Session("2027-03-16T19:00")).template_id is None

    scripts.save_texts({"closing": "Format closing", "welcome": "Format welcome"}, template.id)
    scripts.save_text("closing", "Group closing")
    assert scripts.own_text("closing", stored.template_id) == "Format closing"
    assert scripts.own_text("break", stored.template_id) is None  # Cercle's text
    scripts.save_texts({"closing": None}, template.id)  # back to the group's
    assert scripts.own_text("closing", stored.template_id) == "Group closing"
    assert scripts.format_text("welcome", template.id) == "Format welcome"
    with pytest.raises(ValueError):
        scripts.save_texts({"welcome": "x", "nonsense": "y"}, template.id)
    assert scripts.format_text("welcome", template.id) == "Format welcome"  # nothing written

    # A format deleted later: its meetings keep their agenda and read the group's texts.
    sessions.delete_template(template.id)
    assert sessions.get(stored.id).template_id == template.id
    assert scripts.own_text("welcome", template.id) is None
    assert scripts.own_text("closing", template.id) == "Group closing"
