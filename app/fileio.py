"""Small, careful file writes: temp file in the same folder, fsync, rename."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from storage.folders import partial_path as partial_path  # ui/ writes its PDFs so too


@contextmanager
def replacing(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """A file written beside `path`, synced to disk, then renamed over it: `path` is always the
    whole old file or the whole new one, and nothing is left behind when the writing fails."""
    partial = partial_path(path)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    with replacing(path, mode) as handle:
        handle.write(data)


def write_json_atomic(path: Path, value: Any) -> None:
    write_atomic(path, json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8"))


# The JSON files beside the vaults hold a label, dates and a few preferences: a few hundred bytes.
JSON_CAP = 1024 * 1024


class NotAFile(OSError):
    """A FIFO, a device or a folder where a file was expected."""


class FileTooLarge(OSError):
    """More bytes than the caller's cap."""


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading, once it is known to be a regular file. Opened without blocking
    and checked before any read: a FIFO put in a file's place never ends its read (the app hung
    at start), and /dev/zero never ends at all."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAFile(str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(path: Path, cap: int) -> bytes:
    """A regular file's bytes, refused past `cap`, even when it grows while it is read."""
    with open_regular(path) as handle:
        if os.fstat(handle.fileno()).st_size > cap:
            raise FileTooLarge(str(path))
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise FileTooLarge(str(path))
    return data


def read_json(path: Path) -> Any:
    # "utf-8-sig": a file saved by an older Windows Notepad starts with a byte-order mark, which
    # "utf-8" keeps and JSON refuses (every preference then silently back to its default).
    return json.loads(read_capped(path, JSON_CAP).decode("utf-8-sig"))
