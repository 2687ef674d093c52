"""Storage and app failures as sentences in the user's language. Never the exception's own text."""

from __future__ import annotations

import errno
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import (
    BundleInvalid,
    BundleNewerFormat,
    BundleOtherGroup,
    ContentInvalid,
    DiskFull,
    GroupAlreadyHere,
    InvalidPassphrase,
    NewerSchema,
    NotAVault,
    StorageError,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    WrongPassphraseOrDamaged,
)
from ui.common.refusal import refusal_text


def error_message(exc: BaseException) -> str:
    handover = _handover_message(exc)
    if handover:
        return handover
    if isinstance(exc, WrongPassphraseOrDamaged):
        return QCoreApplication.translate(
            "Messages",
            "This passphrase does not open the group. Check it and try again (capital "
            "letters, accents). If you are sure it is right, the file may be damaged: "
            "a backup can be restored.",
        )
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate(
            "Messages",
            "The passphrase is right, but the group's file is damaged. Restore a backup "
            "to get your data back.",
        )
    if isinstance(exc, NotAVault):
        return QCoreApplication.translate("Messages", "This file is not a Cercle group.")
    if isinstance(exc, NewerSchema):
        return QCoreApplication.translate(
            "Messages",
            "This group was saved by a newer version of Cercle. Please update Cercle to open it.",
        )
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate(
            "Messages", "This group is already open in another Cercle window. Close it there first."
        )
    if isinstance(exc, VaultMissing):
        return QCoreApplication.translate(
            "Messages",
            "The group's file can no longer be found. It may have been moved or deleted.",
        )
    if isinstance(exc, DiskFull) or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return QCoreApplication.translate(
            "Messages", "The disk is full. Nothing was changed; free some space and try again."
        )
    if isinstance(exc, InvalidPassphrase):
        return QCoreApplication.translate("Messages", "Please type a passphrase.")
    if isinstance(exc, StorageError):
        return QCoreApplication.translate(
            "Messages", "The group's file could not be read or written. Nothing was changed."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Messages",
            "The file could not be read or written. Check that the disk or USB stick is "
            "still there and not full.",
        )
    return QCoreApplication.translate("Messages", "Something went wrong. Nothing was changed.")


def _handover_message(exc: BaseException) -> str:
    if isinstance(exc, BundleNewerFormat):
        return QCoreApplication.translate(
            "Messages",
            "This handover file was made by a newer Cercle. Please update Cercle, then try again.",
        )
    if isinstance(exc, ContentInvalid):
        return refusal_text(exc)
    if isinstance(exc, BundleInvalid):
        return QCoreApplication.translate(
            "Messages",
            "This handover file is incomplete or was "
            "altered after it was written. Nothing was imported. "
            "Ask the previous host for a fresh copy.",
        )
    if isinstance(exc, BundleOtherGroup):
        return QCoreApplication.translate(
            "Messages",
            "This handover file belongs to another "
            "group. Only a co-host's file of this same group can "
            "be merged; import it as a new group instead.",
        )
    if isinstance(exc, GroupAlreadyHere):
        return QCoreApplication.translate(
            "Messages",
            "This group is already on this computer. Open it and merge the file into it instead.",
        )
    return ""


def stored_or_warned(parent: QWidget | None, title: str, write: Callable[[], object]) -> bool:
    """Run one save; when the vault refuses it (full disk, file gone), a warning box says so in
    plain words instead of the error escaping into Qt's event loop. False if it failed."""
    try:
        write()
    except (StorageError, OSError) as exc:
        QMessageBox.warning(parent, title, error_message(exc))
        return False
    return True
