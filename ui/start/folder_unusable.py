"""The data folder Cercle cannot use (a file where a folder goes, a disk gone, no right to write):
said in a box, in the desktop's language, before any window; never a traceback.

The path shown is the host's own folder, not member data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from i18n.loader import Translations, resolve_language
from ui.common.plain_text import plain_box


def failed_folder(exc: BaseException, root: Path) -> Path:
    """The folder the failure names (`vaults` inside the data folder, say), else the data folder."""
    name = getattr(exc, "filename", None)
    return Path(name) if isinstance(name, str) and name else root


def unusable_text(folder: Path) -> str:
    # A name the system could not decode (surrogates) would not reach Qt: shown with "?".
    shown = str(folder).encode("utf-8", "replace").decode("utf-8")
    return QCoreApplication.translate(
        "FolderUnusable",
        "Cercle cannot use its folder “{folder}”. Check that it is a folder and not a file, "
        "that its disk or USB stick is plugged in, and that you may write in it; then open "
        "Cercle again.",
    ).format(folder=shown)


def say_folder_unusable(folder: Path) -> None:
    """A box in the desktop's language (the preferences are in the folder that failed), closed
    by the host before Cercle ends."""
    translations = Translations()
    translations.apply(resolve_language("system"))
    box = plain_box(None, QMessageBox.Icon.Critical, "Cercle", unusable_text(folder))
    box.exec()
