"""Report figures against values counted by hand on the seeded group (tests/helpers/report_seed.py).

2025: held S1 (3 named + 2 guests), S2 (4 + 0), S3 (4 + 1), S5 (4 + 3); S4 cancelled; S9 planned.
Newcomers (first meeting ever in 2025): C (S2), D (S3), E (S5); C came back at S3.
Regulars (at least 3 of the 4 held): A (4), B (3), F (4)."""

from __future__ import annotations

from datetime import date

import pytest

from app.annual_report import Slot
from app.group_settings import GroupSettings
from app.model import Session, SessionStatus
from app.report_period import Period
from app.reports import MeetingCount, hidden


def test_year_figures_match_the_hand_count(seeded) -> None:
    group, _ = seeded
    report = group.reports.report(Period.year(2025))
    assert (report.held, report.cancelled, report.planned) == (4, 1, 1)
    assert report.meetings == (
        MeetingCount("2025-01-14T19:00", 3, 2),
        MeetingCount("2025-02-11T19:00", 4, 0),
        MeetingCount("2025-03-11T19:00", 4, 1),
        MeetingCount("2025-05-13T19:00", 4, 3),
    )
    assert report.average == pytest.approx(5.25)
    assert report.median == 5.0
    assert (report.newcomers, report.came_back, report.regulars) == (3, 1, 3)
    assert report.members_at_end == 5  # A B C D F: E is inactive, G joined in 2026
    assert report.new_members == 3  # C D E
    assert report.minutes_met == 390 and report.hours_met == 6.5
    assert report.themes == (("Grief", 2), ("Sleep", 1))
    assert report.checkouts is None
    assert report.folded_meetings == 0
    assert [(p.month, p.meetings) for p in report.monthly[:6]] == [
        (date(2025, 1, 1), 1),
        (date(2025, 2, 1), 1),
        (date(2025, 3, 1), 1),
        (date(2025, 4, 1), 0),
        (date(2025, 5, 1), 1),
        (date(2025, 6, 1), 0),
    ]
    assert len(report.monthly) == 12 and report.monthly[3].average is None
    assert report.monthly[4].average == 7


def test_quarter_figures_match_the_hand_count(seeded) -> None:
    group, _ = seeded
    report = group.reports.report(Period.quarter(2025, 1))
    assert report.held == 3 and [m.total for m in report.meetings] == [5, 4, 5]
    assert report.average == pytest.approx(14 / 3)
    assert report.median == 5.0
    # newcomers C and D; C came back; regulars need 3 of 3 (3 x 4 >= 9): A and F only
    assert (report.newcomers, report.came_back, report.regulars) == (2, 1, 2)


def test_month_and_range_periods(seeded) -> None:
    group, _ = seeded
    may = group.reports.report(Period.month(2025, 5))
    assert (may.held, may.newcomers, may.came_back, may.regulars) == (1, 1, 0, 4)
    span = group.reports.report(Period.between(date(2024, 12, 1), date(2025, 1, 31)))
    # A, B, F first came in December 2024: all three are newcomers of this range and came back
    assert (span.held, span.newcomers, span.came_back, span.regulars) == (2, 3, 3, 3)
    assert [p.month for p in span.monthly] == [date(2024, 12, 1), date(2025, 1, 1)]


def test_cells_under_the_threshold_are_hidden(seeded) -> None:
    group, _ = seeded
    report = group.reports.report(Period.year(2025))
    assert report.threshold == 5
    assert hidden(report.newcomers, 5) and hidden(report.meetings[1].total, 5)
    assert not hidden(report.members_at_end, 5) and not hidden(report.average, 5)
    group.reports.save_settings(GroupSettings(report_threshold=3))
    again = group.reports.report(Period.year(2025))
    assert again.threshold == 3 and not hidden(again.newcomers, 3)


def test_annual_report_has_the_gem_fields(seeded) -> None:
    group, _ = seeded
    group.reports.save_settings(GroupSettings(paid_hosts=1))
    annual = group.reports.annual(2025)
    assert annual.members_at_31_december == 5 and annual.new_members == 3
    assert (annual.paid_hosts, annual.volunteer_hosts) == (1, 1)
    assert annual.opening_days == 4 and annual.opening_hours == 6.5
    assert annual.slots == (Slot(2, "19:00", "20:30", 3), Slot(2, "19:00", "21:00", 1))
    assert annual.report.themes == (("Grief", 2), ("Sleep", 1))
    assert (annual.planned_next_year, annual.planned_themes) == (2, (("Hope", 2),))


def test_group_settings_from_a_hostile_file_fall_back_to_defaults(fresh_group, fresh_db) -> None:
    with fresh_db.transaction():
        fresh_db.set_meta("report_threshold", "1; DROP")
        fresh_db.set_meta("retention_months", "-3")
        fresh_db.set_meta("paid_hosts", "100000")
    settings = fresh_group.reports.settings()
    assert settings == GroupSettings()
    with pytest.raises(ValueError):
        fresh_group.reports.save_settings(GroupSettings(report_threshold=1))
    assert fresh_group.reports.save_settings(GroupSettings(retention_months=0)).keeps_always


def test_periods() -> None:
    assert Period.quarter(2025, 4).bounds() == ("2025-10-01", "2026-01-01")
    assert Period.month(2024, 2).last == date(2024, 2, 29)
    assert (Period.year(2025).key, Period.quarter(2025, 2).key) == ("2025", "2025-Q2")
    assert (
        Period.month(2025, 3).key == "2025-03"
        and Period.between(date(2025, 1, 1), date(2025, 1, 2)).key is None
    )
    with pytest.raises(ValueError):
        Period.between(date(2025, 2, 1), date(2025, 1, 1))


def test_csv_has_period_threshold_and_no_names(seeded, tmp_path) -> None:
    import csv

    from app.report_csv import write_csv
    from app.report_document import PlainNumbers, report_document
    from app.report_words import words

    group, _ = seeded
    group.sessions.add_session(
        Session("2025-06-10T19:00", 60, theme='=HYPERLINK("http://x")', status=SessionStatus.HELD)
    )
    document = report_document(group.reports.report(Period.year(2025)), words("fr"), PlainNumbers())
    path = tmp_path / "report.csv"
    write_csv(document, words("fr"), path)
    text = path.read_text("utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0] == ["Bilan d'activité"]
    assert rows[1] == ["Période", "du 2025-01-01 au 2025-12-31"]
    assert rows[2] == ["Seuil", "moins de 5"]
    assert ["Nouveaux venus", "moins de 5"] in rows
    assert ["Adhérents en fin de période", "5"] in rows
    assert ["2025-02-11", "moins de 5", "moins de 5", "moins de 5"] in rows
    assert ['\'=HYPERLINK("http://x")', "1"] in rows
    assert "Person" not in text


def test_checkout_counts_are_read_once_the_schema_has_them(seeded, fresh_db) -> None:
    """The check-out columns on sessions (migration 3): counted once some are taken."""
    group, ids = seeded
    assert group.reports.report(Period.year(2025)).checkouts is None  # none taken yet
    with fresh_db.transaction():
        for name, counts in (("S1", (3, 1, 1)), ("S3", (4, 0, 1)), ("S4", (9, 9, 9))):
            fresh_db.execute(
                "UPDATE sessions SET checkout_good = ?, checkout_mixed = ?, checkout_hard = ? "
                "WHERE id = ?",
                (*counts, ids.sessions[name]),
            )
    # S4 was cancelled: its hands do not count
    assert group.reports.report(Period.year(2025)).checkouts == (7, 1, 2)
