"""A handover file written ahead (issue 18): scoped, written under the key, sealed and verified
while the host chooses the destination (HandoverService.export_ahead), then only copied there
at the click. Used for exactly the choice it was written for; closed, it leaves nothing behind."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import new_keys
from app.group import OpenGroup
from app.handover import ExportChoice, HandoverService, PreparedExport
from app.model import Member, Purpose
from app.vaults import VaultService
from storage.bundle_file import open_bundle
from storage.errors import CopyDiffers, ValidationError, WrongPassphraseOrDamaged
from tests.helpers.handover import (
    BUNDLE_PASSPHRASE,
    StopBefore,
    assert_unhalted,
    run_until_interrupted,
)

OTHER = "someone else's passphrase"


def _written_ahead(
    handover: HandoverService, group: OpenGroup, choice: ExportChoice
) -> PreparedExport:
    ahead = handover.export_ahead(
        group, choice, lambda _woken=None: new_keys.handover_key(choice.passphrase)
    )
    prepared = ahead.build()
    assert prepared is not None
    return prepared


def test_the_file_written_ahead_is_only_copied_at_the_click(
    demo_group, handover: HandoverService, other_vaults: VaultService, tmp_path, own_exports
) -> None:
    choice = ExportChoice(BUNDLE_PASSPHRASE, "everything", with_notes=True)
    prepared = _written_ahead(handover, demo_group, choice)
    target = tmp_path / "stick" / "g.cercle"
    target.parent.mkdir()
    manifest = handover.export(
        demo_group, target, BUNDLE_PASSPHRASE, "everything", with_notes=True, prepared=prepared
    )
    assert own_exports == [] and manifest == prepared.manifest
    assert list(handover.tmp.iterdir()) == []  # the scratch file went with the copy
    assert sorted(p.name for p in target.parent.iterdir()) == ["g.cercle"]
    copy = HandoverService(other_vaults).inspect(target, BUNDLE_PASSPHRASE)
    assert copy.manifest.code == manifest.code and copy.manifest.scope == "everything"
    copy.discard()


@pytest.mark.parametrize(
    "clicked",
    [
        ExportChoice(OTHER, "everything", with_notes=True),
        ExportChoice(BUNDLE_PASSPHRASE, "consented", with_notes=True),
        ExportChoice(BUNDLE_PASSPHRASE, "everything", with_notes=False),
    ],
)
def test_a_file_written_for_another_choice_is_removed_and_never_used(
    demo_group,
    handover: HandoverService,
    other_vaults: VaultService,
    tmp_path,
    own_exports,
    clicked,
) -> None:
    prepared = _written_ahead(
        handover, demo_group, ExportChoice(BUNDLE_PASSPHRASE, "everything", with_notes=True)
    )
    target = tmp_path / "g.cercle"
    manifest = handover.export(
        demo_group,
        target,
        clicked.passphrase,
        clicked.scope,
        with_notes=clicked.with_notes,
        prepared=prepared,
    )
    assert own_exports == [clicked.scope] and manifest.code != prepared.manifest.code
    assert list(handover.tmp.iterdir()) == []
    copy = HandoverService(other_vaults).inspect(target, clicked.passphrase)
    assert copy.manifest.scope == clicked.scope
    copy.discard()
    if clicked.passphrase != BUNDLE_PASSPHRASE:
        with pytest.raises(WrongPassphraseOrDamaged):
            HandoverService(other_vaults).inspect(target, BUNDLE_PASSPHRASE)


def test_a_refused_click_removes_the_file_written_ahead(
    demo_group, handover: HandoverService, tmp_path
) -> None:
    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    with pytest.raises(ValidationError):  # a folder is no file to write
        handover.export(
            demo_group,
            tmp_path,
            BUNDLE_PASSPHRASE,
            "consented",
            prepared=_written_ahead(handover, demo_group, choice),
        )
    assert list(handover.tmp.iterdir()) == []
    with pytest.raises(ValidationError):  # a scope no wizard offers
        handover.export(
            demo_group,
            tmp_path / "g.cercle",
            BUNDLE_PASSPHRASE,
            "some",
            prepared=_written_ahead(handover, demo_group, choice),
        )
    assert list(handover.tmp.iterdir()) == [] and list(tmp_path.glob("g.cercle*")) == []


def test_closed_before_its_key_it_writes_nothing(
    demo_group, handover: HandoverService, monkeypatch
) -> None:
    from storage import bundle_export, bundle_file

    writes: list[Path] = []
    real = bundle_file.write_keyed
    monkeypatch.setattr(
        bundle_export, "write_keyed", lambda db, source, path, key, *_watch: writes.append(path)
    )
    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    ahead = None

    def key(_woken: object = None) -> new_keys.NewKey:
        assert ahead is not None
        ahead.close()  # the host went back and changed the scope meanwhile
        return new_keys.handover_key(BUNDLE_PASSPHRASE)

    ahead = handover.export_ahead(demo_group, choice, key)
    assert ahead.build() is None
    assert writes == [] and list(handover.tmp.iterdir()) == []
    monkeypatch.setattr(bundle_export, "write_keyed", real)
    # The group's connection is as it was: the next export writes the file.
    assert _written_ahead(handover, demo_group, choice).manifest.scope == "consented"


def test_closed_while_it_writes_its_file_is_removed_when_it_ends(
    demo_group, handover: HandoverService, monkeypatch
) -> None:
    from storage import bundle_export, bundle_file

    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    ahead = handover.export_ahead(
        demo_group, choice, lambda _woken=None: new_keys.handover_key(choice.passphrase)
    )
    real_write = bundle_file.write_keyed

    def write_then_close(db, source, path, key, *watch) -> None:
        real_write(db, source, path, key, *watch)
        ahead.close()

    monkeypatch.setattr(bundle_export, "write_keyed", write_then_close)
    assert ahead.build() is None
    assert list(handover.tmp.iterdir()) == []


def test_closed_once_built_its_file_is_removed(demo_group, handover: HandoverService) -> None:
    choice = ExportChoice(BUNDLE_PASSPHRASE, "no_roster")
    ahead = handover.export_ahead(
        demo_group, choice, lambda _woken=None: new_keys.handover_key(choice.passphrase)
    )
    prepared = ahead.build()
    assert prepared is not None and prepared.written.scratch.is_file()
    ahead.close()
    assert list(handover.tmp.iterdir()) == []


def test_a_key_derived_for_another_passphrase_is_not_used(
    demo_group, handover: HandoverService, other_vaults: VaultService, tmp_path
) -> None:
    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    ahead = handover.export_ahead(
        demo_group, choice, lambda _woken=None: new_keys.handover_key(OTHER)
    )
    prepared = ahead.build()
    assert prepared is not None
    target = tmp_path / "g.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented", prepared=prepared)
    HandoverService(other_vaults).inspect(target, BUNDLE_PASSPHRASE).discard()
    with pytest.raises(WrongPassphraseOrDamaged):
        HandoverService(other_vaults).inspect(target, OTHER)


def _phone_in_file(other_vaults: VaultService, target: Path, member_id: str) -> str:
    copy = HandoverService(other_vaults).inspect(target, BUNDLE_PASSPHRASE)
    try:
        with open_bundle(copy.path, copy.key) as db:
            row = db.query_one("SELECT phone FROM members WHERE id = ?", (member_id,))
    finally:
        copy.discard()
    return "" if row is None else str(row[0])


@pytest.mark.parametrize("days_later", [0, 1])
def test_a_file_written_ahead_before_midnight_is_written_again_after_it(
    demo_group,
    handover: HandoverService,
    other_vaults: VaultService,
    tmp_path,
    own_exports,
    days_later,
) -> None:
    """The consents are judged on the day the file is written: one renewed until today lets
    the contact details through today, and no longer tomorrow (review17b)."""
    day = date(2026, 11, 27)
    member = demo_group.roster.add_member(Member("Renewed", phone="0102030405"))
    demo_group.consents.record(member.id, Purpose.HANDOVER, True, day - timedelta(days=300), day)
    handover.today = lambda: day
    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    prepared = _written_ahead(handover, demo_group, choice)
    handover.today = lambda: day + timedelta(days=days_later)  # midnight passed meanwhile
    target = tmp_path / "g.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented", prepared=prepared)
    assert own_exports == ([] if days_later == 0 else ["consented"])
    phone = _phone_in_file(other_vaults, target, member.id)
    assert phone == ("0102030405" if days_later == 0 else "")
    assert list(handover.tmp.iterdir()) == []


def test_a_change_after_the_file_was_written_ahead_is_in_the_file_written_at_the_click(
    demo_group, handover: HandoverService, other_vaults: VaultService, tmp_path, own_exports
) -> None:
    choice = ExportChoice(BUNDLE_PASSPHRASE, "everything")
    prepared = _written_ahead(handover, demo_group, choice)
    late = demo_group.roster.add_member(Member("Late", phone="0607080910"))
    target = tmp_path / "g.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "everything", prepared=prepared)
    assert own_exports == ["everything"]
    assert _phone_in_file(other_vaults, target, late.id) == "0607080910"
    assert list(handover.tmp.iterdir()) == []


def test_a_file_written_ahead_from_another_group_is_not_used(
    demo_group, fresh_group, handover: HandoverService, tmp_path, own_exports
) -> None:
    choice = ExportChoice(BUNDLE_PASSPHRASE, "everything")
    prepared = _written_ahead(handover, demo_group, choice)
    manifest = handover.export(
        fresh_group, tmp_path / "g.cercle", BUNDLE_PASSPHRASE, "everything", prepared=prepared
    )
    assert own_exports == ["everything"] and manifest.group_id == fresh_group.info.id
    assert list(handover.tmp.iterdir()) == []


@pytest.mark.parametrize("spoil", ["changed", "cut short"])
def test_a_file_changed_after_it_was_sealed_is_refused_at_the_click(
    demo_group, handover: HandoverService, tmp_path, own_exports, spoil
) -> None:
    """The copy is compared with the file as sealed, not as it is at the click: a scratch file
    altered meanwhile (by anyone who can write our temp folder) never reaches the stick."""
    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    prepared = _written_ahead(handover, demo_group, choice)
    sealed = bytearray(prepared.written.scratch.read_bytes())
    if spoil == "changed":
        sealed[len(sealed) // 2] ^= 0x01
    else:
        del sealed[-4096:]
    prepared.written.scratch.write_bytes(bytes(sealed))
    target = tmp_path / "g.cercle"
    with pytest.raises(CopyDiffers):
        handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented", prepared=prepared)
    assert own_exports == [] and list(tmp_path.glob("g.cercle*")) == []
    assert list(handover.tmp.iterdir()) == []


def test_a_passphrase_the_click_would_refuse_writes_nothing_ahead(
    demo_group, handover: HandoverService, monkeypatch
) -> None:
    """Checked on the worker before anything is read (f10c41b): no file of the whole group
    under a passphrase the click then refuses, not even for a moment."""
    from storage import bundle_export

    writes: list[Path] = []
    monkeypatch.setattr(
        bundle_export, "write_keyed", lambda db, source, path, key, *_watch: writes.append(path)
    )
    choice = ExportChoice("short", "consented")
    ahead = handover.export_ahead(demo_group, choice, lambda _woken=None: None)
    with pytest.raises(ValidationError):
        ahead.build()
    assert writes == [] and list(handover.tmp.iterdir()) == []


def test_written_ahead_from_a_vault_opened_alone_it_is_only_copied(
    demo_group, handover: HandoverService, demo_db, tmp_path
) -> None:
    """cercle-cli and the benchmarks write from a vault opened without a group around it: the
    file written ahead is used there too (a fresh write would seal another code)."""
    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    ahead = handover.export_ahead(
        demo_db, choice, lambda _woken=None: new_keys.handover_key(BUNDLE_PASSPHRASE)
    )
    prepared = ahead.build()
    assert prepared is not None
    manifest = handover.export(
        demo_db, tmp_path / "g.cercle", BUNDLE_PASSPHRASE, "consented", prepared=prepared
    )
    assert manifest.code == prepared.manifest.code and list(handover.tmp.iterdir()) == []


def test_stopped_in_the_middle_of_a_statement_it_ends_there_and_leaves_nothing(
    demo_group, handover: HandoverService, other_vaults: VaultService, tmp_path, monkeypatch
) -> None:
    """Cancel or a lock while the file is being written: the statement under way on the
    group's own connection is interrupted, nothing after it runs, no file is left, and that
    connection writes the next file as before."""
    from storage import bundle_export, bundle_file

    real_write, real_seal = bundle_file.write_keyed, bundle_export._seal
    reached, sealed = threading.Event(), list[Path]()

    def write_then_run_on(db, source, path, key, stop) -> None:
        real_write(db, source, path, key, stop)
        with stop.watch_db(db):  # one of the write's statements, running until stopped
            run_until_interrupted(db, reached)

    monkeypatch.setattr(bundle_export, "write_keyed", write_then_run_on)
    monkeypatch.setattr(bundle_export, "_seal", lambda scratch, *a: sealed.append(scratch))
    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    ahead = handover.export_ahead(
        demo_group, choice, lambda _woken=None: new_keys.handover_key(choice.passphrase)
    )
    with ThreadPoolExecutor(1) as pool:
        built = pool.submit(ahead.build)
        assert reached.wait(timeout=60)
        ahead.stop()
        assert built.result() is None  # not an error: nothing to tell the host
    assert sealed == [] and list(handover.tmp.iterdir()) == []
    monkeypatch.setattr(bundle_export, "write_keyed", real_write)
    monkeypatch.setattr(bundle_export, "_seal", real_seal)
    prepared = _written_ahead(handover, demo_group, choice)
    target = tmp_path / "g.cercle"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented", prepared=prepared)
    HandoverService(other_vaults).inspect(target, BUNDLE_PASSPHRASE).discard()


@pytest.mark.parametrize(
    "starts", ["SELECT sqlcipher_export('staged')", "SELECT sqlcipher_export('keyed'"]
)
def test_a_stop_between_two_statements_holds_for_the_next(
    demo_group, handover: HandoverService, monkeypatch, starts: str
) -> None:
    """Stopped once, as the group's copy into memory or the keyed write is about to begin (no
    statement runs: an interrupt reaches nothing): that statement never runs, the build ends
    as stopped with no file left, and the group's own connection serves on as before."""
    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    ahead = handover.export_ahead(
        demo_group, choice, lambda _woken=None: new_keys.handover_key(choice.passphrase)
    )
    with monkeypatch.context() as patched:
        before = StopBefore(patched, starts, ahead.stop)
        assert ahead.build() is None  # stopped: nothing to tell the host
    assert before.ran == [] and list(handover.tmp.iterdir()) == []
    assert_unhalted(before.on[0])
    assert _written_ahead(handover, demo_group, choice).manifest.scope == "consented"


def test_stopped_while_it_waits_for_its_key_it_ends_there(
    demo_group, handover: HandoverService
) -> None:
    """Back with another passphrase, Cancel or a lock while the key is still being derived:
    the build ends then, not when the derivation does (the UI thread that stopped it waits
    for it to end)."""
    choice = ExportChoice(BUNDLE_PASSPHRASE, "consented")
    waiting = threading.Event()

    def key(woken: threading.Event | None = None) -> None:
        waiting.set()
        assert woken is not None and woken.wait(timeout=60)  # a derivation that never ends
        return None

    ahead = handover.export_ahead(demo_group, choice, key)
    with ThreadPoolExecutor(1) as pool:
        built = pool.submit(ahead.build)
        assert waiting.wait(timeout=60)
        ahead.stop()
        assert built.result(timeout=60) is None
    assert list(handover.tmp.iterdir()) == []
    # The group's connection is as it was: the next export writes the file.
    assert _written_ahead(handover, demo_group, choice).manifest.scope == "consented"


def test_an_export_s_own_write_is_never_stopped_by_one_written_ahead(
    demo_group, handover: HandoverService, tmp_path, own_exports
) -> None:
    """A write ahead stopped after the click took another choice: the click's own write has a
    Stop of its own, which nothing sets."""
    choice = ExportChoice(BUNDLE_PASSPHRASE, "everything")
    ahead = handover.export_ahead(
        demo_group, choice, lambda _woken=None: new_keys.handover_key(choice.passphrase)
    )
    ahead.stop()
    assert ahead.build() is None and list(handover.tmp.iterdir()) == []
    manifest = handover.export(demo_group, tmp_path / "g.cercle", BUNDLE_PASSPHRASE, "consented")
    assert own_exports == ["consented"] and manifest.scope == "consented"
