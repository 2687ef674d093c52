"""The export wizard writes and verifies the handover file while the host chooses where it goes
(issue 18): the click then only copies it there. A file written for a scope the host went back
and changed is never used, and Cancel or a lock leave none behind."""

from __future__ import annotations

import errno
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.errors import CopyDiffers, DiskFull
from app.handover import HandoverService
from tests.helpers.handover import run_until_interrupted
from tests.helpers.wizards import click_radio, next_page, open_export
from ui.common.messages import error_message
from ui.handover.export_wizard import ExportWizard


def _on_destination(qtbot, wizards, ui_ctx, group) -> tuple[ExportWizard, Path]:
    """The export wizard on its destination page (the scope and passphrase it proposes), and
    the temp folder its file is written to meanwhile."""
    wizard = open_export(wizards, ui_ctx, group)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    return wizard, ui_ctx.vaults.data.tmp


def _written_ahead(qtbot, wizard: ExportWizard, tmp: Path) -> list[Path]:
    qtbot.waitUntil(
        lambda: bool(list(tmp.glob("export-*.cercle"))) and not wizard.bundle_ahead.running,
        timeout=20_000,
    )
    return list(tmp.glob("export-*.cercle"))


def _write(qtbot, wizard: ExportWizard, target: Path) -> None:
    wizard.destination_page.file_field.edit.setText(str(target))
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.write_page.manifest is not None, timeout=20_000)


def test_the_file_is_written_on_the_destination_page_and_only_copied_at_the_click(
    qtbot, wizards, ui_ctx, demo_group, tmp_path, own_exports, other_vaults
) -> None:
    wizard, tmp = _on_destination(qtbot, wizards, ui_ctx, demo_group)
    passphrase = wizard.passphrase_page.passphrase()
    assert len(_written_ahead(qtbot, wizard, tmp)) == 1
    target = tmp_path / "g.cercle"
    _write(qtbot, wizard, target)
    assert own_exports == [] and list(tmp.iterdir()) == []
    copy = HandoverService(other_vaults).inspect(target, passphrase)
    shown = wizard.write_page.manifest
    assert shown is not None and copy.manifest.code == shown.code
    assert copy.manifest.scope == "consented"
    copy.discard()


def test_a_scope_changed_on_the_way_back_gets_a_file_of_its_own(
    qtbot, wizards, ui_ctx, demo_group, tmp_path, own_exports, other_vaults
) -> None:
    wizard, tmp = _on_destination(qtbot, wizards, ui_ctx, demo_group)
    (first,) = _written_ahead(qtbot, wizard, tmp)
    for _ in range(2):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    click_radio(qtbot, wizard.scope_page.radios["no_roster"])
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    (second,) = _written_ahead(qtbot, wizard, tmp)
    assert second != first and not first.exists()
    _write(qtbot, wizard, tmp_path / "g.cercle")
    shown = wizard.write_page.manifest
    assert own_exports == [] and shown is not None and shown.scope == "no_roster"
    assert list(tmp.iterdir()) == []


def test_back_and_on_again_keeps_the_file_written(
    qtbot, wizards, ui_ctx, demo_group, tmp_path, own_exports
) -> None:
    wizard, tmp = _on_destination(qtbot, wizards, ui_ctx, demo_group)
    written = _written_ahead(qtbot, wizard, tmp)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    next_page(qtbot, wizard)
    assert _written_ahead(qtbot, wizard, tmp) == written
    _write(qtbot, wizard, tmp_path / "g.cercle")
    assert own_exports == [] and list(tmp.iterdir()) == []


def test_cancel_on_the_destination_page_leaves_no_file(qtbot, wizards, ui_ctx, demo_group) -> None:
    wizard, tmp = _on_destination(qtbot, wizards, ui_ctx, demo_group)  # the write under way
    ahead = wizard.bundle_ahead
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not ahead.running and list(tmp.iterdir()) == []


def test_cancel_in_the_middle_of_the_seal_interrupts_it_and_the_next_write_is_afresh(
    qtbot, wizards, ui_ctx, demo_group, tmp_path, own_exports, monkeypatch
) -> None:
    """Cancel while the file written ahead is being sealed: the statement under way is
    interrupted instead of waited for, no file is left, no error is shown, and the next
    wizard writes its own file ahead, which the click copies."""
    from storage import bundle, bundle_export

    real, reached = bundle.read_content, threading.Event()

    def read_once_stopped(db, **kw):
        if not reached.is_set():
            run_until_interrupted(db, reached)  # the first seal's reading, endless
        return real(db, **kw)

    monkeypatch.setattr(bundle_export, "read_content", read_once_stopped)
    wizard, tmp = _on_destination(qtbot, wizards, ui_ctx, demo_group)
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    ahead = wizard.bundle_ahead
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not ahead.running and list(tmp.iterdir()) == []
    wizard, tmp = _on_destination(qtbot, wizards, ui_ctx, demo_group)
    assert len(_written_ahead(qtbot, wizard, tmp)) == 1
    _write(qtbot, wizard, tmp_path / "g.cercle")
    assert own_exports == [] and list(tmp.iterdir()) == []


def test_a_lock_waits_for_the_file_and_leaves_none(qtbot, fresh_window, derivations) -> None:
    wizard = ExportWizard(fresh_window.ctx, fresh_window.ctx.group, fresh_window)
    wizard.show()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # the generated passphrase: its key and its file under way
    qtbot.waitUntil(lambda: len(derivations.started) == 1)
    ahead, tmp = wizard.bundle_ahead, fresh_window.ctx.vaults.data.tmp
    derivations.open_gate_soon()
    fresh_window.lock()
    assert fresh_window.is_locked and not ahead.running
    assert list(tmp.iterdir()) == []
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))


def _written_in_window(qtbot, window) -> tuple[ExportWizard, Path]:
    """The export wizard over the window, its file written ahead on the destination page."""
    wizard = ExportWizard(window.ctx, window.ctx.group, window)
    wizard.show()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    tmp = window.ctx.vaults.data.tmp
    assert len(_written_ahead(qtbot, wizard, tmp)) == 1
    return wizard, tmp


def test_at_the_lock_s_announcement_the_file_written_ahead_is_gone(qtbot, fresh_window) -> None:
    """The wizard's own work before a lock (finish_work_before_lock) ends the write-ahead and
    removes its file while the group's connection is still open, before any other listener
    (and before the window closes its dialogs)."""
    wizard, tmp = _written_in_window(qtbot, fresh_window)
    ahead, seen = wizard.bundle_ahead, []
    fresh_window.ctx.about_to_lock.connect(
        lambda: seen.append((ahead.running, list(tmp.iterdir())))
    )
    fresh_window.lock()
    assert seen == [(False, [])]
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))


def test_quitting_on_the_destination_page_leaves_no_file(qtbot, fresh_window) -> None:
    _wizard, tmp = _written_in_window(qtbot, fresh_window)
    fresh_window.quit_action.trigger()
    assert list(tmp.iterdir()) == []


def _failing_write_ahead(monkeypatch, times: int) -> list[Path]:
    """The next `times` writes of a handover file fail as on a full disk."""
    from storage import bundle_export, bundle_file

    real, failed = bundle_file.write_keyed, list[Path]()

    def write(db, source, path, key, *watch) -> None:
        if len(failed) < times:
            failed.append(path)
            raise OSError(errno.ENOSPC, "no space left")
        real(db, source, path, key, *watch)

    monkeypatch.setattr(bundle_export, "write_keyed", write)
    return failed


@pytest.mark.parametrize("still_full", [False, True])
def test_a_failed_write_ahead_leaves_the_click_its_own_write(
    qtbot, wizards, ui_ctx, demo_group, tmp_path, own_exports, monkeypatch, still_full
) -> None:
    """The disk full while the file is written ahead: the click writes it itself, or says the
    disk is full in the host's words when it still is, and Try again writes it."""
    failed = _failing_write_ahead(monkeypatch, times=2 if still_full else 1)
    wizard, tmp = _on_destination(qtbot, wizards, ui_ctx, demo_group)
    qtbot.waitUntil(lambda: bool(failed) and not wizard.bundle_ahead.running, timeout=20_000)
    assert list(tmp.iterdir()) == []
    target, page = tmp_path / "g.cercle", wizard.write_page
    if still_full:
        wizard.destination_page.file_field.edit.setText(str(target))
        next_page(qtbot, wizard)
        qtbot.waitUntil(page.retry_button.isVisible, timeout=20_000)
        assert page.error_label.text() == error_message(DiskFull("no space left"))
        assert list(tmp_path.glob("g.cercle*")) == [] and list(tmp.iterdir()) == []
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)  # space freed meanwhile
        qtbot.waitUntil(lambda: page.manifest is not None, timeout=20_000)
    else:
        _write(qtbot, wizard, target)
    assert own_exports == ["consented"] * len(failed) and target.is_file()
    assert list(tmp.iterdir()) == []


def test_a_file_changed_after_it_was_sealed_is_refused_then_written_again(
    qtbot, wizards, ui_ctx, demo_group, tmp_path, own_exports
) -> None:
    wizard, tmp = _on_destination(qtbot, wizards, ui_ctx, demo_group)
    (scratch,) = _written_ahead(qtbot, wizard, tmp)
    spoiled = bytearray(scratch.read_bytes())
    spoiled[len(spoiled) // 2] ^= 0x01
    scratch.write_bytes(bytes(spoiled))
    wizard.destination_page.file_field.edit.setText(str(tmp_path / "g.cercle"))
    next_page(qtbot, wizard)
    page = wizard.write_page
    qtbot.waitUntil(lambda: page.retry_button.isVisible(), timeout=20_000)
    assert page.error_label.text() == error_message(CopyDiffers("copy differs"))
    assert own_exports == [] and list(tmp_path.glob("g.cercle*")) == []
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.manifest is not None, timeout=20_000)
    assert own_exports == ["consented"] and list(tmp.iterdir()) == []
