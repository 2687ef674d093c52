"""Retention folds old per-person rows into counts: every report of a whole period reads the same
before and after, a backup is made first, and a co-host's older copy cannot undo the fold."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.group_settings import GroupSettings
from app.handover import HandoverService
from app.model import CircleRound, CircleTurn, Member, Session, SessionStatus
from app.report_period import Period, whole_periods_of_year
from app.retention import cutoff_for
from storage.circle import CircleRepository
from tests.helpers.report_seed import seed

TODAY = date(2027, 6, 15)  # keep 12 months: everything before 1 January 2026 is folded
BUNDLE_PASSPHRASE = "bundle passphrase for the test"


def _all_reports(group):
    found = {}
    for year in (2024, 2025, 2026):
        for period in whole_periods_of_year(year):
            found[period.key] = replace(group.reports.report(period), folded_meetings=0)
        found[f"annual {year}"] = replace(
            group.reports.annual(year),
            report=replace(group.reports.annual(year).report, folded_meetings=0),
        )
    return found


@pytest.fixture
def folded_group(fresh_group, fresh_db):
    group = fresh_group
    ids = seed(group)
    newcomer = group.roster.add_member(Member("Person H", joined_on="2026-01-10"))
    later = group.sessions.add_session(Session("2026-01-13T19:00", 90, status=SessionStatus.HELD))
    group.roster.set_present(later.id, ids.members["A"])  # came in 2024: not a newcomer
    group.roster.set_present(later.id, newcomer.id)
    round_ = CircleRound("2025-01-14T19:30:00", 180, ids.sessions["S1"])
    with fresh_db.transaction():
        CircleRepository(fresh_db).save_round(
            round_, [CircleTurn(round_.id, 0, 180, ids.members["A"], "Person A", 120)]
        )
    group.reports.save_settings(GroupSettings(retention_months=12))
    return group, ids


def _assert_no_rows_before_2026(db) -> None:
    """Folded: no attendance row of a meeting before the cutoff, no per-person circle time."""
    assert not db.scalar(
        "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
        "WHERE s.starts_at < '2026'"
    )
    assert db.scalar("SELECT count(*) FROM circle_turns") == 0


def test_cutoff_keeps_at_least_the_chosen_months() -> None:
    assert cutoff_for(TODAY, 12) == date(2026, 1, 1)
    assert cutoff_for(date(2027, 1, 5), 24) == date(2025, 1, 1)
    assert cutoff_for(TODAY, 0) is None


def test_reports_are_identical_after_folding(folded_group, fresh_db, tmp_path) -> None:
    group, _ids = folded_group
    before = _all_reports(group)
    plan = group.retention.plan(TODAY)
    assert plan.cutoff == date(2026, 1, 1)
    # held before 2026: S6 S1 S2 S3 S5; rows: 3 + 3 + 4 + 4 + 4; one circle turn
    assert (plan.counts.meetings, plan.counts.attendance, plan.counts.circle_turns) == (5, 18, 1)
    reasons: list[str] = []
    group.before_risky_change_hooks.insert(0, reasons.append)
    group.retention.fold(TODAY)
    assert reasons == ["retention"]
    backups = list((group.info.path.parent.parent / "backups" / group.info.id).glob("*retention*"))
    assert backups, "a verified backup is made before folding"
    assert _all_reports(group) == before
    assert group.reports.report(Period.year(2026)).newcomers == 1  # H, not A
    _assert_no_rows_before_2026(fresh_db)
    assert fresh_db.scalar("SELECT count(*) FROM circle_rounds") == 1
    assert fresh_db.scalar("SELECT count(*) FROM tombstones WHERE table_name = 'attendance'") == 18
    assert group.retention.plan(TODAY).counts.empty  # nothing left to fold


def test_a_free_range_over_folded_meetings_says_what_it_lost(folded_group) -> None:
    group, _ = folded_group
    span = Period.between(date(2025, 2, 1), date(2025, 3, 31))
    assert group.reports.report(span).newcomers == 2
    group.retention.fold(TODAY)
    after = group.reports.report(span)
    assert after.newcomers == 2 and after.came_back is None and after.regulars is None
    assert [m.total for m in after.meetings] == [4, 5]


def test_merging_an_older_copy_keeps_rows_folded(folded_group, fresh_db, vaults, tmp_path) -> None:
    group, _ = folded_group
    service = HandoverService(vaults)
    bundle = tmp_path / "before-fold.cercle"
    service.export(group, bundle, BUNDLE_PASSPHRASE, "everything")
    group.retention.fold(TODAY)
    after_fold = _all_reports(group)
    copy = service.inspect(bundle, BUNDLE_PASSPHRASE)
    service.merge(group, copy)
    _assert_no_rows_before_2026(fresh_db)
    assert _all_reports(group) == after_fold


def test_keep_always_folds_nothing(folded_group) -> None:
    group, _ = folded_group
    group.reports.save_settings(GroupSettings(retention_months=0))
    assert not group.retention.plan(TODAY).has_work
    assert group.retention.fold(TODAY).empty


def test_a_folded_group_with_consents_passes_the_bundle_checks(
    folded_group, vaults, tmp_path
) -> None:
    from storage.database import Database

    group, ids = folded_group
    group.consents.record(ids.members["A"], "phone_list", True, date.today())
    group.retention.fold(TODAY)
    service = HandoverService(vaults)
    bundle = tmp_path / "after-fold.cercle"
    service.export(group, bundle, BUNDLE_PASSPHRASE, "everything")
    copy = service.inspect(bundle, BUNDLE_PASSPHRASE)  # every check, deep
    assert copy.manifest.counts["attendance_folds"] == 5
    assert copy.manifest.counts["folded_periods"] == 17 * 2  # 2024 and 2025, each whole period
    assert copy.manifest.counts["consents"] == 1
    with Database.open(copy.path, copy.key.raw, read_only=True, take_lock=False) as db:
        firsts: dict[str, str | None] = dict(
            db.query("SELECT pseudonym, first_came_on FROM members")
        )
    assert firsts["Person A"] == "2024-12-10" and firsts["Person H"] is None
