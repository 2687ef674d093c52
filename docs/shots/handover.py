"""Handover: every page of the export, import and merge wizards, and the printed letter."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from docs.shots import pump

PASSPHRASE = "K7QD-M3XA-PW9T-H2RB-ZC4N-V8FJ"


def _wait(predicate, ms: int = 15_000) -> None:  # type: ignore[no-untyped-def]
    for _ in range(ms // 25):
        if predicate():
            return
        pump(25)


def _export_pages(env, folder: Path, lang: str):  # type: ignore[no-untyped-def]
    from ui.handover.export_wizard import ExportWizard

    wizard = ExportWizard(env.ctx, env.ctx.group, env.window)
    wizard.passphrase_page.generated_label.setText(PASSPHRASE)
    wizard.show()
    yield f"handover-export-1-scope-{lang}", wizard
    wizard.next()
    yield f"handover-export-2-passphrase-{lang}", wizard
    wizard.next()
    field = wizard.destination_page.file_field
    bundle = folder / Path(field.path()).name  # the name the app proposes, in its language
    field.edit.setText(str(bundle))
    yield f"handover-export-3-destination-{lang}", wizard
    wizard.next()
    _wait(lambda: wizard.write_page.manifest is not None)
    yield f"handover-export-4-done-{lang}", wizard
    wizard.write_page.save_letter(folder / "letter.pdf")
    wizard.close()
    return bundle


def _letter(folder: Path, lang: str):  # type: ignore[no-untyped-def]
    from docs.make_screenshots import pdf_page

    page = pdf_page(folder / "letter.pdf")
    if page is not None:
        yield f"handover-letter-{lang}", page


def _import_pages(env, bundle: Path, lang: str, merge: bool):  # type: ignore[no-untyped-def]
    from ui.handover.import_wizard import ImportWizard

    kind = "merge" if merge else "import"
    wizard = ImportWizard(env.ctx, env.ctx.group if merge else None, env.window)
    wizard.show()
    wizard.file_page.file_field.edit.setText(str(bundle))
    wizard.file_page.passphrase_edit.setText(PASSPHRASE)
    yield f"handover-{kind}-1-file-{lang}", wizard
    wizard.file_page.check()
    _wait(lambda: wizard.currentPage() is wizard.preview_page)
    if merge:
        _wait(lambda: wizard.preview_page.merge_counts is not None)
    yield f"handover-{kind}-2-preview-{lang}", wizard
    if not merge:
        wizard.next()
        wizard.vault_page.label_edit.setText("Jeudi" if lang == "fr" else "Thursday")
        yield f"handover-{kind}-3-passphrase-{lang}", wizard
    wizard.close()


def shots(make_env):  # type: ignore[no-untyped-def]
    for lang in ("en", "fr"):
        folder = Path(tempfile.mkdtemp(prefix="cercle-shots-handover-"))
        env = make_env(lang)
        env.open_demo()
        bundle = yield from _export_pages(env, folder, lang)
        yield from _letter(folder, lang)
        yield from _import_pages(env, bundle, lang, merge=True)
        env.close()
        other = make_env(lang)
        yield from _import_pages(other, bundle, lang, merge=False)
        other.close()
        shutil.rmtree(folder, ignore_errors=True)
