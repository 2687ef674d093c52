"""A test-level guard: records every opening of the files in a folder while hostile text is shown.

Qt reads an <img>'s file in C++ (QFile, QImageReader), out of sight of Python's `open`, so the
folder is watched by the kernel (Linux inotify: any opening by any code of this process), and
Python's own opens are seen through an audit hook as well. Point hostile markup at files in
`watch.folder`, render it, then `watch.assert_untouched()`.
"""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QColor, QImage

_IN_OPEN, _IN_ACCESS, _IN_NONBLOCK = 0x20, 0x01, 0o4000
_EVENT = struct.Struct("iIII")
_watching: list[FileWatch] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and _watching and args and isinstance(args[0], str | bytes | os.PathLike):
        opened = os.fsdecode(args[0])
        for watch in _watching:
            if opened.startswith(str(watch.folder)):
                watch.python_opens.append(opened)


sys.addaudithook(_audit)  # hooks cannot be removed: it records only while a watch is active


@dataclass
class FileWatch:
    folder: Path
    python_opens: list[str] = field(default_factory=list)
    _fd: int = -1

    @property
    def probe(self) -> Path:
        """A real picture: Qt would show it if it loaded it."""
        return self.folder / "probe.png"

    def url(self, name: str = "probe.png") -> str:
        return (self.folder / name).as_uri()

    def opened(self) -> list[str]:
        """Names of the files in the folder opened since the last call, by Qt or by Python."""
        names = []
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                break
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
                start = offset + _EVENT.size
                names.append(data[start : start + length].rstrip(b"\0").decode())
                offset = start + length
        names += self.python_opens
        self.python_opens.clear()
        return names

    def assert_untouched(self) -> None:
        opened = self.opened()
        assert opened == [], f"opened while showing hostile text: {opened}"


def _write_pictures(folder: Path) -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(QColor("red"))
    image.save(str(folder / "probe.png"))  # the format from the name
    for name in ("a.png", "b.png", "c.png", "style.css"):
        (folder / name).write_bytes((folder / "probe.png").read_bytes())


@contextmanager
def file_watch(folder: Path) -> Iterator[FileWatch]:
    """Watch `folder` (made here, with probe.png and its siblings a.png..c.png in it)."""
    folder.mkdir(parents=True, exist_ok=True)
    _write_pictures(folder)
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init1(_IN_NONBLOCK)
    assert fd >= 0, "inotify is not available"
    assert libc.inotify_add_watch(fd, os.fsencode(folder), _IN_OPEN | _IN_ACCESS) >= 0
    watch = FileWatch(folder, _fd=fd)
    _watching.append(watch)
    try:
        yield watch
    finally:
        _watching.remove(watch)
        os.close(fd)


def hostile_texts(watch: FileWatch) -> list[str]:
    """Markup that would open a file: HTML images and style sheets, Markdown images (inline,
    by reference, relative), and a Windows network share path."""
    return [
        f'<img src="{watch.url("a.png")}">Zoé',
        f"![x]({watch.url('b.png')}) Zoé",
        f'<link rel="stylesheet" href="{watch.url("style.css")}"><b>Zoé</b>',
        f"![ref][pic]\n\n[pic]: {watch.url('c.png')}",
        '<img src="probe.png"> ![y](probe.png)',
        '<img src="file://server/share/x.png"> ![z](file://server/share/x.png)',
    ]
