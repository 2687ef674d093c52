"""Storage and app failures as sentences in the user's language. Never the exception's own text."""

from __future__ import annotations

import errno
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import (
    BundleInvalid,
    BundleNewerFormat,
    BundleOtherGroup,
    ContentInvalid,
    CopyDiffers,
    DiskFull,
    GroupAlreadyHere,
    GroupsUnreadable,
    InvalidPassphrase,
    LockNotAFile,
    NewerSchema,
    NotAVault,
    RecordGone,
    StorageError,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    WrongPassphraseOrDamaged,
)

# Each failure's sentence, tried in this order: a class before any class it refines.
_SENTENCES: tuple[tuple[type[BaseException], object], ...] = (
    (
        GroupsUnreadable,
        QT_TRANSLATE_NOOP(
            "Messages",
            "Cercle cannot read the folder of its groups. They are not lost: check that its disk "
            "or USB stick is plugged in and that you may read the folder. Nothing was changed.",
        ),
    ),
    (
        BundleNewerFormat,
        QT_TRANSLATE_NOOP(
            "Messages",
            "This handover file was made by a newer Cercle. Please update Cercle, then try again.",
        ),
    ),
    (
        BundleInvalid,
        QT_TRANSLATE_NOOP(
            "Messages",
            "This handover file is incomplete or was "
            "altered after it was written. Nothing was imported. "
            "Ask the previous host for a fresh copy.",
        ),
    ),
    (
        BundleOtherGroup,
        QT_TRANSLATE_NOOP(
            "Messages",
            "This handover file belongs to another "
            "group. Only a co-host's file of this same group can "
            "be merged; import it as a new group instead.",
        ),
    ),
    (
        GroupAlreadyHere,
        QT_TRANSLATE_NOOP(
            "Messages",
            "This group is already on this computer. Open it and merge the file into it instead.",
        ),
    ),
    (
        WrongPassphraseOrDamaged,
        QT_TRANSLATE_NOOP(
            "Messages",
            "This passphrase does not open the group. Check it and try again (capital "
            "letters, accents). If you are sure it is right, the file may be damaged: "
            "a backup can be restored.",
        ),
    ),
    (
        VaultDamaged,
        QT_TRANSLATE_NOOP(
            "Messages",
            "The passphrase is right, but the group's file is damaged. Restore a backup "
            "to get your data back.",
        ),
    ),
    (NotAVault, QT_TRANSLATE_NOOP("Messages", "This file is not a Cercle group.")),
    (
        NewerSchema,
        QT_TRANSLATE_NOOP(
            "Messages",
            "This group was saved by a newer version of Cercle. Please update Cercle to open it.",
        ),
    ),
    (
        VaultInUse,
        QT_TRANSLATE_NOOP(
            "Messages", "This group is already open in another Cercle window. Close it there first."
        ),
    ),
    (
        LockNotAFile,
        QT_TRANSLATE_NOOP(
            "Messages",
            "Cercle cannot lock this group: in its folder, the lock file beside the group's file "
            "(its name ends in “.vault.lock”) has been replaced by a folder or a link. Remove "
            "it, then try again.",
        ),
    ),
    (
        VaultMissing,
        QT_TRANSLATE_NOOP(
            "Messages",
            "The group's file can no longer be found. It may have been moved or deleted.",
        ),
    ),
    (
        DiskFull,
        QT_TRANSLATE_NOOP(
            "Messages", "The disk is full. Nothing was changed; free some space and try again."
        ),
    ),
    (InvalidPassphrase, QT_TRANSLATE_NOOP("Messages", "Please type a passphrase.")),
    (
        RecordGone,
        QT_TRANSLATE_NOOP(
            "Messages",
            "What this was about is no longer in the group: it was deleted meanwhile. Nothing "
            "was changed.",
        ),
    ),
    (
        CopyDiffers,
        QT_TRANSLATE_NOOP(
            "Messages",
            "The copy written to the chosen place did not match the file Cercle made, so it was "
            "removed. Check the disk or USB stick, then try again or choose another place.",
        ),
    ),
    (
        StorageError,
        QT_TRANSLATE_NOOP(
            "Messages", "The group's file could not be read or written. Nothing was changed."
        ),
    ),
    (
        OSError,
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file could not be read or written. Check that the disk or USB stick is "
            "still there and not full.",
        ),
    ),
)


# The system's refusals, said as what they are rather than as "check the disk is still there":
# a read-only disk refuses writes only (a group opens only where its lock file can be written);
# rights refuse a read as well as a write, so they are not said as either.
_REFUSED_BY_THE_SYSTEM = {
    errno.EROFS: QT_TRANSLATE_NOOP(
        "Messages",
        "Cercle may not write there: the disk is read-only (a USB stick's lock switch, say). "
        "Nothing was changed.",
    ),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "Messages",
        "Cercle is not allowed to use this file or folder: its rights forbid it (it may belong "
        "to another account on this computer). Nothing was changed.",
    ),
}
_REFUSED_BY_THE_SYSTEM[errno.EPERM] = _REFUSED_BY_THE_SYSTEM[errno.EACCES]


def error_message(exc: BaseException) -> str:
    if isinstance(exc, ContentInvalid):
        # Here: only a handover file is refused so, and the start screen needs none of it
        # (its dates' and counts' Qt classes, ~3 M instructions before the first paint).
        from ui.common.refusal import refusal_text

        return refusal_text(exc)
    if isinstance(exc, OSError) and exc.errno in _REFUSED_BY_THE_SYSTEM:
        return QCoreApplication.translate("Messages", str(_REFUSED_BY_THE_SYSTEM[exc.errno]))
    # A full disk reported by the system rather than by SQLite is the same full disk.
    full = isinstance(exc, OSError) and exc.errno == errno.ENOSPC
    kind = DiskFull if full else type(exc)
    for failure, sentence in _SENTENCES:
        if issubclass(kind, failure):
            return QCoreApplication.translate("Messages", str(sentence))
    return QCoreApplication.translate("Messages", "Something went wrong. Nothing was changed.")


def error_words(exc: BaseException) -> Callable[[], str]:
    """`error_message(exc)` made again in the language of the moment (ui/common/notices.say):
    the exception is bound here, where an `except ... as exc` block's lambda would lose it."""
    return lambda: error_message(exc)


def handover_error_message(exc: BaseException) -> str:
    """Opening a handover file: a wrong passphrase is about the paper the previous host gave,
    never about restoring a backup (there is none of someone else's file)."""
    if isinstance(exc, WrongPassphraseOrDamaged):
        return QCoreApplication.translate(
            "Messages",
            "This handover passphrase does not open the file. Check it against the paper the "
            "previous host gave you: capital letters, spaces and dashes do not matter in a "
            "generated passphrase, but every letter and digit does. If it is right, the file "
            "may be damaged: ask the previous host for a fresh copy.",
        )
    return error_message(exc)


def stored_or_warned(parent: QWidget | None, title: str, write: Callable[[], object]) -> bool:
    """Run one save; when the vault refuses it (full disk, file gone), a warning box says so in
    plain words instead of the error escaping into Qt's event loop. False if it failed."""
    try:
        write()
    except (StorageError, OSError) as exc:
        from PySide6.QtWidgets import QMessageBox  # not before the start screen (ui/late.py)

        QMessageBox.warning(parent, title, error_message(exc))
        return False
    return True
