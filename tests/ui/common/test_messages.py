"""The system's refusals in the host's words: each said as what it is."""

from __future__ import annotations

import errno

from ui.common.messages import error_message


def test_rights_refused_are_not_said_as_a_read_only_disk(ui_ctx) -> None:
    """A permission refused stops a read as much as a write (a backups folder that cannot be
    listed): it was said as "may not write there", which sent the host to the wrong cause."""
    for code in (errno.EACCES, errno.EPERM):
        said = error_message(PermissionError(code, "Permission denied", "/somewhere"))
        assert "not allowed to use this file or folder" in said
        assert "read-only" not in said and "write" not in said
    said = error_message(OSError(errno.EROFS, "Read-only file system"))
    assert "the disk is read-only" in said and "not allowed" not in said
