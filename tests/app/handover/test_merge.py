"""Co-hosts merging each other's files: same result both ways, erased stays erased."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.errors import BundleOtherGroup
from app.handover import HandoverService
from app.model import Member
from storage import rows
from storage.database import Database
from storage.members import MemberRepository
from tests.helpers import beside
from tests.helpers.handover import BUNDLE_PASSPHRASE, snapshot


def _soon() -> str:
    moment = datetime.now(UTC) + timedelta(hours=1)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _diverge(path_a: Path, path_b: Path, passphrase: str) -> dict[str, str]:
    """Two co-hosts, each with a copy of the same vault, change different things."""
    ids: dict[str, str] = {}
    with Database.open(path_a, passphrase) as a:
        members = MemberRepository(a)
        first, second, third = sorted(members.list_all(), key=lambda m: m.id)[:3]
        ids.update(erased=first.id, edited=second.id, both=third.id)
        with a.transaction():
            members.erase(first.id)  # erased on A, its attendance too
            members.update(Member(**{**third.__dict__, "phone": "A's phone"}))
            ids["new_a"] = members.add(Member("Nouveau A")).id
            session = a.scalar("SELECT id FROM sessions ORDER BY id LIMIT 1")
            rows.delete_with_tombstone(a, "sessions", session)
            ids["session"] = session
    with Database.open(path_b, passphrase) as b:
        members = MemberRepository(b)
        with b.transaction():
            edited = members.get(ids["edited"])
            members.update(Member(**{**edited.__dict__, "pseudonym": "Renamed on B"}))
            erased = members.get(ids["erased"])
            members.update(Member(**{**erased.__dict__, "private_note": "newer edit on B"}))
            members.update(Member(**{**members.get(ids["both"]).__dict__, "phone": "B's phone"}))
            ids["new_b"] = members.add(Member("Nouveau B")).id
            # Newer than any other edit, yet not in the future (the gate refuses that).
            b.execute(
                "UPDATE circle_rounds SET updated_at = ? WHERE session_id = ?",
                (_soon(), ids["session"]),
            )
    return ids


def _merge(vaults, into: Path, other: Path, passphrase: str, tmp: Path):
    service = HandoverService(vaults)
    bundle = tmp / f"from-{other.stem}.cercle"
    with Database.open(other, passphrase) as db:
        service.export(db, bundle, BUNDLE_PASSPHRASE, "everything")
    group = vaults.unlock(into.stem, passphrase) if into.parent == vaults.data.vaults else None
    assert group is not None
    try:
        copy = service.inspect(bundle, BUNDLE_PASSPHRASE)
        preview = service.merge_preview(group, copy)
        calls: list[str] = []
        group.before_risky_change_hooks.append(calls.append)
        counts = service.merge(group, copy)
        assert calls == ["merge"]
        assert (preview.added, preview.changed, preview.deleted) == (
            counts.added,
            counts.changed,
            counts.deleted,
        )
        with beside(group, passphrase) as db:
            return counts, snapshot(db)
    finally:
        group.close()


@pytest.fixture
def two_copies(demo_group, vaults, tmp_path):
    from app import demo

    path = demo_group.info.path
    demo_group.close()
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    shutil.copy(path, a / path.name)
    shutil.copy(path, b / path.name)
    ids = _diverge(a / path.name, b / path.name, demo.DEMO_PASSPHRASE)
    return a / path.name, b / path.name, ids, demo.DEMO_PASSPHRASE


def _as_vault(vaults, copy: Path) -> Path:
    target = vaults.vault_path(copy.stem)
    shutil.copy(copy, target)
    return target


def test_merge_both_ways_gives_the_same_rows(two_copies, tmp_path) -> None:
    from app.paths import DataDir
    from app.vaults import VaultService

    a, b, ids, passphrase = two_copies
    host_a = VaultService(DataDir.resolve(tmp_path / "host-a"))
    host_b = VaultService(DataDir.resolve(tmp_path / "host-b"))
    counts_a, into_a = _merge(host_a, _as_vault(host_a, a), b, passphrase, tmp_path)
    counts_b, into_b = _merge(host_b, _as_vault(host_b, b), a, passphrase, tmp_path)
    assert into_a == into_b
    members = {r[0]: r for r in into_a["members"]}
    assert ids["erased"] not in members  # B's newer edit does not bring it back
    assert all(ids["erased"] not in r for r in into_a["attendance"])
    assert all(r[3] != ids["erased"] for r in into_a["circle_turns"])
    assert members[ids["edited"]][1] == "Renamed on B"
    assert ids["new_a"] in members and ids["new_b"] in members
    assert members[ids["both"]][3] == "B's phone"  # edited later on B
    assert all(r[1] != ids["session"] for r in into_a["agenda_items"])
    assert counts_a.added["members"] == 1 and counts_b.added["members"] == 1
    assert counts_b.deleted["members"] == 1


def test_merging_twice_changes_nothing_more(two_copies, tmp_path) -> None:
    from app.paths import DataDir
    from app.vaults import VaultService

    a, b, _ids, passphrase = two_copies
    host = VaultService(DataDir.resolve(tmp_path / "host"))
    vault = _as_vault(host, a)
    _merge(host, vault, b, passphrase, tmp_path)
    counts, _rows = _merge(host, vault, b, passphrase, tmp_path)
    assert counts.total("added") == counts.total("changed") == counts.total("deleted") == 0


def test_merge_of_another_group_is_refused(
    demo_group, demo_db, fresh_group, handover, tmp_path
) -> None:
    bundle = tmp_path / "other.cercle"
    handover.export(fresh_group, bundle, BUNDLE_PASSPHRASE, "everything")
    before = snapshot(demo_db)
    copy = handover.inspect(bundle, BUNDLE_PASSPHRASE)
    with pytest.raises(BundleOtherGroup):
        handover.merge(demo_group, copy)
    assert snapshot(demo_db) == before
    assert list(handover.tmp.iterdir()) == []


def test_merge_keeps_our_group_name(demo_group, handover, tmp_path) -> None:
    bundle = tmp_path / "self.cercle"
    handover.export(demo_group, bundle, BUNDLE_PASSPHRASE, "everything")
    demo_group.rename("Nouveau nom")
    handover.merge(demo_group, handover.inspect(bundle, BUNDLE_PASSPHRASE))
    assert demo_group.name == "Nouveau nom"
