"""Both wizards driven as a host would: keyboard and clicks, wrong passphrase first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from app.group import GroupInfo
from tests.helpers import type_text
from tests.helpers.handover import BUNDLE_PASSPHRASE
from tests.helpers.wizards import (
    click_radio,
    next_page,
    open_export,
    open_file_page,
    open_on_next_laptop,
)
from ui.handover.export_wizard import ExportWizard
from ui.handover.import_wizard import ImportWizard


def test_export_wizard_writes_a_checked_file_and_the_letter(
    qtbot, wizards, ui_ctx, demo_group, tmp_path
) -> None:
    ui_ctx.group = demo_group
    ui_ctx.today = lambda: date(2031, 2, 3)
    wizard = open_export(wizards, ui_ctx, demo_group)
    assert wizard.scope_page.scope() == "consented"
    click_radio(qtbot, wizard.scope_page.radios["everything"])
    next_page(qtbot, wizard)
    page = wizard.passphrase_page
    generated = page.generated_label.text()
    assert len(generated) == 29
    click_radio(qtbot, page.own_radio)
    type_text(page.own_edit, "pass phrase é longue")
    assert not page.isComplete()
    type_text(page.confirm_edit, "pass phrase é longue")
    assert page.isComplete()
    next_page(qtbot, wizard)
    target = tmp_path / "stick" / "handover.cercle"
    target.parent.mkdir()
    field = wizard.destination_page.file_field.edit
    assert field.text().endswith("cercle-handover-2031-02-03.cercle")  # the UI's one "today"
    field.clear()
    qtbot.keyClicks(field, str(target))
    next_page(qtbot, wizard)
    assert ui_ctx.autolock_inhibited
    qtbot.waitUntil(lambda: wizard.write_page.manifest is not None, timeout=20_000)
    assert not ui_ctx.autolock_inhibited
    code = wizard.write_page.code_label.text()
    manifest = wizard.write_page.manifest
    assert manifest is not None
    assert code == manifest.code and wizard.write_page.code_label.isVisible()
    assert target.exists() and not Path(str(target) + ".partial").exists()
    assert manifest.scope == "everything"
    letter, sheet = tmp_path / "letter.pdf", tmp_path / "sheet.pdf"
    wizard.write_page.save_letter(letter)
    wizard.write_page.save_sheet(sheet)
    assert letter.read_bytes().startswith(b"%PDF") and sheet.read_bytes().startswith(b"%PDF")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_export_failure_is_explained_and_leaves_nothing(
    qtbot, wizards, ui_ctx, demo_group, tmp_path, monkeypatch
) -> None:
    import errno

    from storage import bundle_export

    def full(source: Path, target: Path) -> None:
        raise OSError(errno.ENOSPC, "full")

    monkeypatch.setattr(bundle_export, "copy_verified", full)
    wizard = open_export(wizards, ui_ctx, demo_group)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wizard.destination_page.file_field.edit.setText(str(tmp_path / "g.cercle"))
    next_page(qtbot, wizard)
    page = wizard.write_page
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=20_000)
    assert "disk is full" in page.error_label.text()
    assert page.retry_button.isVisible()
    assert not page.status.isVisible()  # no "Writing and checking…" over the refusal
    assert list(tmp_path.glob("g.cercle*")) == []
    monkeypatch.undo()  # room again: Try again writes it
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.code_label.isVisible(), timeout=20_000)
    assert page.status.isVisible() and page.status.text() == "The file is written and checked."
    assert not page.error_label.isVisible() and (tmp_path / "g.cercle").is_file()


def test_import_wizard_wrong_then_right_passphrase(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path
) -> None:
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    page = wizard.file_page
    assert page.passphrase_edit.isEnabled()
    type_text(page.passphrase_edit, "not the one")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=20_000)
    assert "does not open" in page.error_label.text()
    assert wizard.currentPage() is page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.passphrase_edit.clear()
    type_text(page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    preview = wizard.preview_page
    assert preview.code_label.text() == wizard.copy().manifest.code
    texts = [preview.form.itemAt(i).widget().text() for i in range(preview.form.count())]
    assert any("Tilleuls" in t for t in texts) and any("12 members" in t for t in texts)
    assert list(ui_ctx.vaults.data.vaults.iterdir()) == []  # nothing imported yet
    next_page(qtbot, wizard)
    vault_page = wizard.vault_page
    type_text(vault_page.label_edit, "Groupe du jeudi")
    type_text(vault_page.passphrase_edit, "ma propre clé")
    type_text(vault_page.confirm_edit, "ma propre clé")
    imported: list[GroupInfo] = []
    wizard.imported.connect(imported.append)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(imported), timeout=20_000)
    assert imported[0].label == "Groupe du jeudi"
    assert ui_ctx.vaults.check_passphrase(imported[0].id, "ma propre clé")
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []


def test_enter_goes_on_through_the_import_as_it_started(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path
) -> None:
    """The passphrase field is disabled while the file is checked, and Qt hands the focus to
    the next widget that takes it: Cancel. Enter, pressed again to go on from the preview,
    cancelled the import."""
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page = wizard.file_page
    type_text(page.passphrase_edit, "not the one")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=20_000)
    assert page.passphrase_edit.hasFocus()  # to type it again
    page.passphrase_edit.clear()
    type_text(page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert QApplication.focusWidget() is not cancel
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.vault_page)
    assert wizard.isVisible()


def test_the_import_opens_with_the_keys_in_the_file_field(
    qtbot, wizards, ui_ctx, demo_bundle
) -> None:
    """Opened from the start screen, the wizard gave the focus to its first page itself: what
    the host typed went nowhere, and only a Tab reached the file's name."""
    wizard = ImportWizard(ui_ctx, None)
    wizards.append(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page = wizard.file_page
    assert QApplication.focusWidget() is page.file_field.edit
    qtbot.keyClicks(QApplication.focusWidget(), str(demo_bundle))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    while (focused := QApplication.focusWidget()) is not page.passphrase_edit:  # past Choose…
        assert focused is not None and page.isAncestorOf(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    type_text(page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)


def test_import_wizard_refuses_a_non_bundle_before_the_passphrase(
    qtbot, wizards, ui_ctx, tmp_path
) -> None:
    empty = tmp_path / "empty.cercle"
    empty.write_bytes(b"")
    wizard = open_file_page(qtbot, wizards, ui_ctx, empty)
    assert not wizard.file_page.passphrase_edit.isEnabled()
    assert "not a Cercle" in wizard.file_page.error_label.text()


def test_cancel_after_preview_leaves_no_copy(qtbot, wizards, ui_ctx, demo_bundle, tmp_path) -> None:
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.mouseClick(wizard.file_page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    assert list(ui_ctx.vaults.data.tmp.iterdir())
    wizard.reject()
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []


def test_merge_wizard_previews_then_merges(
    qtbot, wizards, ui_ctx, demo_group, demo_db, demo_bundle
) -> None:
    from app.model import Member
    from storage.members import MemberRepository

    with demo_db.transaction():
        first = MemberRepository(demo_db).list_all()[0]
        MemberRepository(demo_db).erase(first.id)
        MemberRepository(demo_db).add(Member("Quelqu'un de nouveau"))
    calls: list[str] = []
    demo_group.before_risky_change_hooks.append(calls.append)
    wizard = open_file_page(qtbot, wizards, ui_ctx, demo_bundle, demo_group)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.mouseClick(wizard.file_page.check_button, Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.merge_counts is not None, timeout=20_000)
    assert preview.merge_counts.total("added") == 0  # the erased member does not come back
    assert "Will be added: nothing" in preview.merge_label.text()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        next_page(qtbot, wizard)
    assert calls == ["merge"]
    assert first.id not in {m.id for m in MemberRepository(demo_db).list_all()}


def test_menu_and_start_screen_open_the_wizards(qtbot, fresh_window) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    seen: list[str] = []

    def close_wizard() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(type(dialog).__name__)
        dialog.reject()

    assert fresh_window.handover_action.isEnabled() and fresh_window.merge_action.isEnabled()
    QTimer.singleShot(0, close_wizard)
    fresh_window.handover_action.trigger()
    QTimer.singleShot(0, close_wizard)
    fresh_window.merge_action.trigger()
    fresh_window.lock()
    assert not fresh_window.handover_action.isEnabled()
    QTimer.singleShot(0, close_wizard)
    qtbot.mouseClick(fresh_window.start_screen.import_button, Qt.MouseButton.LeftButton)
    assert seen == ["ExportWizard", "ImportWizard", "ImportWizard"]
    qtbot.wait(20)


def test_lock_during_an_export_waits_for_it(qtbot, demo_window, tmp_path) -> None:
    """Ctrl+L works over a modal wizard: the group's connection must outlive the export."""
    wizard = ExportWizard(demo_window.ctx, demo_window.ctx.group, demo_window)
    wizard.show()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    target = tmp_path / "during-lock.cercle"
    wizard.destination_page.file_field.edit.setText(str(target))
    next_page(qtbot, wizard)
    assert wizard.write_page.writing.busy
    demo_window.lock()
    assert demo_window.is_locked
    assert target.exists() and not list(tmp_path.glob("*.partial"))
    qtbot.wait(50)


def test_a_merge_that_erases_most_of_the_group_says_so_and_asks_again(
    qtbot, wizards, ui_ctx, demo_group, demo_db, demo_bundle
) -> None:
    """A sender's file with tombstones for every member and crisis line: the preview gives the
    figures in words, and Next waits for an explicit second yes."""
    from storage.members import MemberRepository
    from tests.helpers.bad_bundles import reseal

    reseal(
        demo_bundle,
        BUNDLE_PASSPHRASE,
        "INSERT INTO tombstones SELECT 'members', id, '2026-01-01T00:00:00.000000Z' FROM members",
        "INSERT INTO tombstones SELECT 'resources', id, '2026-01-01T00:00:00.000000Z' "
        "FROM resources WHERE category = 'crisis_line'",
        "DELETE FROM attendance",
        "DELETE FROM consents",
        "UPDATE circle_turns SET member_id = NULL",
        "DELETE FROM members",
        "DELETE FROM resources WHERE category = 'crisis_line'",
    )
    members = len(MemberRepository(demo_db).list_all())
    wizard = open_file_page(qtbot, wizards, ui_ctx, demo_bundle, demo_group)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.mouseClick(wizard.file_page.check_button, Qt.MouseButton.LeftButton)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.merge_counts is not None, timeout=20_000)
    text = preview.danger_label.text()
    assert preview.danger_label.isVisible() and preview.danger_check.isVisible()
    assert f"{members} members of the {members} in your group would be erased" in text
    assert "crisis line" in text
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    commit_button = wizard.button(QWizard.WizardButton.CommitButton)
    assert not next_button.isEnabled() and not commit_button.isEnabled()
    preview.danger_check.click()
    assert next_button.isEnabled() or commit_button.isEnabled()
    preview.danger_check.click()
    assert not next_button.isEnabled() and not commit_button.isEnabled()
    wizard.reject()
    assert len(MemberRepository(demo_db).list_all()) == members  # nothing merged
