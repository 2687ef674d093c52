"""The import wizard writes the new vault ahead once the host has settled on a passphrase (issue
18): typed twice, and nothing typed for a moment. The click then only puts it in place. A write
for a passphrase the host has left is stopped and its file removed; Cancel and a lock leave
nothing behind, whenever they come."""

from __future__ import annotations

import threading
from collections.abc import Sized
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWizard

from app.handover import HandoverService
from app.new_keys import vault_key
from storage import bundle_file, bundle_import
from tests.helpers import type_text
from tests.helpers.handover import BUNDLE_PASSPHRASE, HeldStatement, staged_builds
from tests.helpers.wizards import committed, next_page, on_next_laptop_preview
from ui.handover import vault_ahead
from ui.handover.same_group import KEEP_BOTH
from ui.handover.vault_ahead import VaultAhead

FIRST, SECOND = "le premier choix, é", "finalement un autre"
REAL_SETTLE_MS = vault_ahead.SETTLE_MS


@pytest.fixture(autouse=True)
def brief_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """The host's pause shortened (each test waited it out, idle, ~3 s in all): what these
    tests follow is what happens once it is over. No pause can end while a test types (key
    events never turn the event loop); the first test keeps its real length."""
    monkeypatch.setattr(vault_ahead, "SETTLE_MS", 20)


def _writes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, threading.Event]]:
    """Each vault file written from the staged rows (ahead or at the click), with its end."""
    writes: list[tuple[Path, threading.Event]] = []
    real = bundle_file.write_keyed

    def write_keyed(db, source, path, key, *watch):
        done = threading.Event()
        writes.append((path, done))
        try:
            real(db, source, path, key, *watch)
        finally:
            done.set()

    monkeypatch.setattr(bundle_import, "write_keyed", write_keyed)
    return writes


def _type_again(qtbot, edit, text: str) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def _settle(qtbot, wizard, passphrase: str) -> None:
    page = wizard.vault_page
    for edit in (page.passphrase_edit, page.confirm_edit):
        _type_again(qtbot, edit, passphrase)


def _on_vault_page(qtbot, wizards, ui_ctx, bundle, tmp_path):
    wizard = on_next_laptop_preview(qtbot, wizards, ui_ctx, bundle, tmp_path)
    next_page(qtbot, wizard)
    type_text(wizard.vault_page.label_edit, "Groupe du jeudi")
    return wizard


def _vault_files(ui_ctx) -> list[Path]:
    return [path for path in ui_ctx.vaults.data.tmp.glob("vault-*.cercle")]


def _leftovers(ui_ctx) -> list[Path]:
    return list(ui_ctx.vaults.data.tmp.iterdir())


def _committed_under(qtbot, wizard, ui_ctx, writes: Sized, count: int, passphrase: str) -> None:
    """The click, after which `count` vaults were written in all (the click's own included),
    the group opens with `passphrase`, and nothing is left in Cercle's tmp."""
    group = committed(qtbot, wizard)
    assert len(writes) == count
    assert ui_ctx.vaults.check_passphrase(group.id, passphrase)
    assert _leftovers(ui_ctx) == []


def _written_first(qtbot, wizards, ui_ctx, bundle, tmp_path, monkeypatch):
    """The wizard on its last page, FIRST typed twice and the vault written under it."""
    writes = _writes(monkeypatch)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, bundle, tmp_path)
    _settle(qtbot, wizard, FIRST)
    qtbot.waitUntil(lambda: len(writes) == 1 and writes[0][1].is_set(), timeout=20_000)
    return wizard, writes


def _idle(qtbot, ahead: VaultAhead) -> None:
    """Nothing waits for the host to stop typing, and nothing is being written."""
    qtbot.waitUntil(lambda: not ahead.settling and not ahead.running, timeout=20_000)


def test_the_vault_is_written_ahead_and_the_click_only_puts_it_in_place(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    wizard, writes = _written_first(qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch)
    assert _vault_files(ui_ctx) == [writes[0][0]]  # before the click
    _committed_under(qtbot, wizard, ui_ctx, writes, 1, FIRST)  # the click wrote nothing


def test_another_passphrase_removes_the_vault_written_for_the_first(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    wizard, writes = _written_first(qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch)
    _settle(qtbot, wizard, SECOND)
    qtbot.waitUntil(lambda: len(writes) == 2 and writes[1][1].is_set(), timeout=20_000)
    qtbot.waitUntil(lambda: _vault_files(ui_ctx) == [writes[1][0]])
    group = committed(qtbot, wizard)
    assert len(writes) == 2
    assert ui_ctx.vaults.check_passphrase(group.id, SECOND)
    assert not ui_ctx.vaults.check_passphrase(group.id, FIRST)
    assert _leftovers(ui_ctx) == []


def test_nothing_is_written_until_the_host_stops_typing_nor_after_back(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """Typed twice, the key long derived: the write waits for the host to stop typing. Back
    before that writes nothing; back after it removes what was written; coming back writes
    it again."""
    monkeypatch.setattr(vault_ahead, "SETTLE_MS", REAL_SETTLE_MS)
    writes = _writes(monkeypatch)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    ahead = wizard.vault_ahead
    _settle(qtbot, wizard, FIRST)
    assert ahead.settling and writes == []  # not at the match: once nothing changed for a moment
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    _idle(qtbot, ahead)
    assert writes == [] and _vault_files(ui_ctx) == []
    next_page(qtbot, wizard)  # the fields kept what was typed
    qtbot.waitUntil(lambda: len(writes) == 1 and writes[0][1].is_set(), timeout=20_000)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _vault_files(ui_ctx) == [])
    next_page(qtbot, wizard)
    _committed_under(qtbot, wizard, ui_ctx, writes, 2, FIRST)


def test_a_passphrase_changed_at_once_is_written_once(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """Typed twice, then at once another one: only the one the host stays on is written."""
    writes = _writes(monkeypatch)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    _settle(qtbot, wizard, FIRST)
    _settle(qtbot, wizard, SECOND)
    _idle(qtbot, wizard.vault_ahead)
    assert len(writes) == 1
    _committed_under(qtbot, wizard, ui_ctx, writes, 1, SECOND)


def test_a_typo_fixed_in_the_confirmation_writes_nothing_again(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The passphrase is the same: the vault written for it is still the one the click puts in
    place, however long the confirmation did not match."""
    wizard, writes = _written_first(qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch)
    confirm, ahead = wizard.vault_page.confirm_edit, wizard.vault_ahead
    for _ in range(3):
        type_text(confirm, "x")
        _idle(qtbot, ahead)
        assert not wizard.vault_page.acceptable()
        qtbot.keyClick(confirm, Qt.Key.Key_Backspace)
        _idle(qtbot, ahead)
    assert len(writes) == 1 and _vault_files(ui_ctx) == [writes[0][0]]
    _committed_under(qtbot, wizard, ui_ctx, writes, 1, FIRST)


def test_a_group_kept_apart_is_written_at_the_click_only(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The file's group is here already: kept apart, it gets an id of its own at the click,
    which a vault written ahead would not hold. None is written before."""
    writes = _writes(monkeypatch)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    monkeypatch.setattr(wizard.file_page, "choice", lambda: KEEP_BOTH)
    _settle(qtbot, wizard, FIRST)
    _idle(qtbot, wizard.vault_ahead)
    assert writes == []
    group = committed(qtbot, wizard)
    assert len(writes) == 1
    assert group.id != _file_group(demo_bundle, ui_ctx)
    assert ui_ctx.vaults.check_passphrase(group.id, FIRST)
    assert _leftovers(ui_ctx) == []


def _file_group(bundle: Path, ui_ctx) -> str:
    copy = HandoverService(ui_ctx.vaults).inspect(bundle, BUNDLE_PASSPHRASE)
    copy.discard()
    return copy.manifest.group_id


def _held_first(monkeypatch: pytest.MonkeyPatch, hold) -> list[Path]:
    """The first vault write runs `hold(db, stop)` in place of its export; the others are
    real. Returns each write's file."""
    writes: list[Path] = []
    real = bundle_file.write_keyed

    def write_keyed(db, source, path, key, stop=None):
        writes.append(path)
        if len(writes) == 1:
            hold(db, stop)
        real(db, source, path, key, stop)

    monkeypatch.setattr(bundle_import, "write_keyed", write_keyed)
    return writes


def test_another_passphrase_stops_the_write_under_way(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """FIRST's write (here an export that would run for seconds) is interrupted as soon as the
    host types another passphrase, its file removed; the rows it read are written under the
    second."""
    held = HeldStatement()

    def hold(db, stop):
        with stop.watch_db(db):
            held.run(db)

    writes = _held_first(monkeypatch, hold)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    _settle(qtbot, wizard, FIRST)
    qtbot.waitUntil(held.started.is_set, timeout=20_000)  # once the host stopped typing
    _type_again(qtbot, wizard.vault_page.passphrase_edit, SECOND)
    qtbot.waitUntil(lambda: bool(held.ended), timeout=20_000)
    assert held.ended == ["interrupted"]
    qtbot.waitUntil(lambda: _vault_files(ui_ctx) == [])
    _type_again(qtbot, wizard.vault_page.confirm_edit, SECOND)
    _committed_under(qtbot, wizard, ui_ctx, writes, 2, SECOND)


def test_the_click_waits_for_a_write_for_another_passphrase_to_end(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """Clicked at once after another passphrase, while FIRST's write is still on the staged
    rows (here held before its export): the click's own write of them waits for it to end,
    then puts SECOND's vault in place."""
    gate, order = threading.Event(), list[str]()

    def hold(_db, _stop):
        try:
            assert gate.wait(20)
        finally:
            order.append("first write ends")

    writes = _held_first(monkeypatch, hold)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    ahead = wizard.vault_ahead
    _settle(qtbot, wizard, FIRST)
    qtbot.waitUntil(lambda: len(writes) == 1, timeout=20_000)
    real_take = ahead.take_written

    def take_written(passphrase: str):
        taken = real_take(passphrase)

        def waited():
            gate.set()  # the first write may end now: the click's must wait for it
            written = taken()
            order.append("click goes on")
            return written

        return waited

    monkeypatch.setattr(ahead, "take_written", take_written)
    _settle(qtbot, wizard, SECOND)
    group = committed(qtbot, wizard)
    assert order == ["first write ends", "click goes on"]
    assert len(writes) == 2
    assert ui_ctx.vaults.check_passphrase(group.id, SECOND)
    assert _leftovers(ui_ctx) == []


def test_cancel_after_the_vault_is_written_ahead_leaves_nothing(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    wizard, writes = _written_first(qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch)
    assert writes[0][0].exists()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert _leftovers(ui_ctx) == []
    assert list(ui_ctx.vaults.data.vaults.iterdir()) == []


def test_cancel_while_the_vault_is_written_ahead_leaves_nothing(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The write's statement (here one that would run for seconds) is interrupted, its file
    removed, the staged rows freed and the copy removed before the wizard goes."""
    held = HeldStatement()

    def held_write(db, source, path, key, stop=None):
        path.write_bytes(b"")  # as the ATTACH makes it
        with stop.watch_db(db):
            held.run(db)

    built = staged_builds(monkeypatch)
    monkeypatch.setattr(bundle_import, "write_keyed", held_write)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    _settle(qtbot, wizard, FIRST)
    qtbot.waitUntil(held.started.is_set, timeout=20_000)  # once the host stopped typing
    ahead = wizard.vault_ahead
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert held.ended == ["interrupted"] and not ahead.running
    assert len(built) == 1 and not built[0][0].holds_rows
    assert _leftovers(ui_ctx) == []
    assert list(ui_ctx.vaults.data.vaults.iterdir()) == []


def test_a_lock_while_the_write_waits_for_its_key_writes_nothing(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch, derivations
) -> None:
    """The key's derivation ends just as the lock comes: the write that waited for it has been
    dropped first, and never starts."""
    writes = _writes(monkeypatch)
    wizard = _on_vault_page(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    ahead, key_ahead = wizard.vault_ahead, wizard.vault_page.key_ahead
    _settle(qtbot, wizard, FIRST)
    qtbot.waitUntil(lambda: derivations.started == [FIRST] and ahead.written_for(FIRST))
    real_stop = key_ahead.stop

    def stop_as_the_key_is_made() -> None:
        derivations.gate.set()
        qtbot.waitUntil(lambda: bool(writes) or not ahead.running, timeout=20_000)
        real_stop()

    monkeypatch.setattr(key_ahead, "stop", stop_as_the_key_is_made)
    wizard.finish_work_before_lock()
    assert derivations.ended == [FIRST]
    assert writes == [] and not ahead.running
    assert _vault_files(ui_ctx) == []  # the copy goes as the window closes the wizard


def test_a_key_for_another_passphrase_writes_nothing(
    qtbot, demo_bundle, other_vaults, monkeypatch
) -> None:
    """Written for FIRST, the vault is written under FIRST's key or not at all."""
    writes = _writes(monkeypatch)
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    owner = QObject()
    ahead = VaultAhead(owner)
    ahead.start(service, copy)
    ahead.write(service, copy, FIRST, lambda _woken=None: vault_key(SECOND))
    assert ahead.take_written(FIRST)() is None
    assert writes == []
    ahead.stop()
    copy.discard()
    assert list(other_vaults.data.tmp.iterdir()) == []
