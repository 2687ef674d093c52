"""Launch timing to a mapped window, observed from outside the app under a private Xvfb.

The same measure for every program (Cercle, a bare PySide6 window, KeePassXC): the time from
spawning the process to the X server's MapNotify of its first top-level window, read by a small
X client of our own listening on the root window (libxcb through ctypes, no extra package). Only
one program runs on the private display at a time, so a map after a launch is its own. A map
smaller than MIN_SIZE is not counted: a widget shown before it had a parent once flashed as a
window of its own at Cercle's start, and the figures timed it instead of the start screen.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MAP_NOTIFY = 19
MIN_SIZE = (200, 100)  # pixels: the smallest window that counts as a program's window
_EVENT_MASK = 1 << 11  # XCB_CW_EVENT_MASK
_SUBSTRUCTURE_NOTIFY = 1 << 19  # XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY


class _Screen(ctypes.Structure):
    _fields_ = [("root", ctypes.c_uint32)]  # the first field is all we read


class _ScreenIterator(ctypes.Structure):
    _fields_ = [
        ("data", ctypes.POINTER(_Screen)),
        ("rem", ctypes.c_int),
        ("index", ctypes.c_int),
    ]


class _Event(ctypes.Structure):
    _fields_ = [  # xcb_map_notify_event_t; other events are only read for their type
        ("response_type", ctypes.c_uint8),
        ("pad", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("event", ctypes.c_uint32),
        ("window", ctypes.c_uint32),
    ]


class _Geometry(ctypes.Structure):
    _fields_ = [  # xcb_get_geometry_reply_t
        ("response_type", ctypes.c_uint8),
        ("depth", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("root", ctypes.c_uint32),
        ("x", ctypes.c_int16),
        ("y", ctypes.c_int16),
        ("width", ctypes.c_uint16),
        ("height", ctypes.c_uint16),
    ]


def available() -> bool:
    return shutil.which("Xvfb") is not None and ctypes.util.find_library("xcb") is not None


class MapWatcher:
    """Receives MapNotify for every child of the root window, i.e. every top-level window."""

    def __init__(self, display: str) -> None:
        xcb = ctypes.CDLL(ctypes.util.find_library("xcb"))
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_get_setup.restype = ctypes.c_void_p
        xcb.xcb_get_setup.argtypes = [ctypes.c_void_p]
        xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
        xcb.xcb_setup_roots_iterator.argtypes = [ctypes.c_void_p]
        xcb.xcb_change_window_attributes.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint32,
            ctypes.c_uint32,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        xcb.xcb_flush.argtypes = [ctypes.c_void_p]
        xcb.xcb_get_file_descriptor.argtypes = [ctypes.c_void_p]
        xcb.xcb_poll_for_event.restype = ctypes.POINTER(_Event)
        xcb.xcb_poll_for_event.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        xcb.xcb_get_geometry.restype = ctypes.c_uint  # the cookie: one unsigned int
        xcb.xcb_get_geometry.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        xcb.xcb_get_geometry_reply.restype = ctypes.POINTER(_Geometry)
        xcb.xcb_get_geometry_reply.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.POINTER(ctypes.c_void_p),
        ]
        self._libc = ctypes.CDLL(None)
        self._xcb = xcb
        self._conn = xcb.xcb_connect(display.encode(), None)
        if not self._conn or xcb.xcb_connection_has_error(self._conn):
            raise RuntimeError(f"cannot connect to X display {display}")
        root = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(self._conn)).data.contents.root
        mask = (ctypes.c_uint32 * 1)(_SUBSTRUCTURE_NOTIFY)
        xcb.xcb_change_window_attributes(self._conn, root, _EVENT_MASK, mask)
        xcb.xcb_flush(self._conn)
        self._fd = xcb.xcb_get_file_descriptor(self._conn)
        self.drain()

    def _next_map(self) -> int | None:
        """The window of the next MapNotify already received (0 for another event), or None."""
        event = self._xcb.xcb_poll_for_event(self._conn)
        if not event:
            return None
        kind = int(event.contents.response_type) & 0x7F
        window = int(event.contents.window) if kind == MAP_NOTIFY else 0
        self._libc.free(event)
        return window

    def _big_enough(self, window: int) -> bool:
        error = ctypes.c_void_p()
        cookie = self._xcb.xcb_get_geometry(self._conn, window)
        reply = self._xcb.xcb_get_geometry_reply(self._conn, cookie, ctypes.byref(error))
        if error.value:
            self._libc.free(error)
        if not reply:  # already gone: a flash, not the program's window
            return False
        size = (int(reply.contents.width), int(reply.contents.height))
        self._libc.free(reply)
        return size[0] >= MIN_SIZE[0] and size[1] >= MIN_SIZE[1]

    def drain(self) -> None:
        while self._next_map() is not None:
            pass

    def wait_for_map(self, deadline: float) -> float | None:
        """time.time() when a top-level window of at least MIN_SIZE was mapped, or None at the
        deadline."""
        while True:
            window = self._next_map()
            while window is not None:
                if window:
                    seen = time.time()  # before the geometry's round trip to the server
                    if self._big_enough(window):
                        return seen
                window = self._next_map()
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            select.select([self._fd], [], [], left)

    def close(self) -> None:
        self._xcb.xcb_disconnect(self._conn)


@contextmanager
def xvfb() -> Iterator[str]:
    """A private X server for the duration; yields its display name (":NN")."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def time_to_map(
    command: list[str], env: dict[str, str], watcher: MapWatcher, cwd: Path, timeout: float = 60
) -> float:
    """Seconds from spawning `command` to its first mapped window; the program is then ended."""
    watcher.drain()
    launched = time.time()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        mapped = watcher.wait_for_map(time.monotonic() + timeout)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if mapped is None:
        raise RuntimeError(f"{Path(command[0]).name}: no window within {timeout:.0f} s")
    return mapped - launched
