"""Screen lock and sleep signals over D-Bus lock the group, on a private bus of the test's own."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection

BUS_NAME = "cercle-test-bus"
ADDRESSES: dict[str, str] = {}  # connection name -> the private daemon's address


@pytest.fixture
def private_bus() -> Iterator[QDBusConnection]:
    if not (shutil.which("dbus-daemon") and shutil.which("dbus-send")):
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    bus = QDBusConnection.connectToBus(address, BUS_NAME)
    ADDRESSES[BUS_NAME] = address
    try:
        yield bus
    finally:
        QDBusConnection.disconnectFromBus(BUS_NAME)
        daemon.kill()
        daemon.wait()
        daemon.stdout.close()


def _emit(bus: QDBusConnection, path: str, member: str, *args: str) -> None:
    subprocess.run(
        [
            "dbus-send",
            f"--bus={ADDRESSES[bus.name()]}",
            "--type=signal",
            path,
            member,
            *args,
        ],
        check=True,
    )


def test_screensaver_activating_locks_the_group(qtbot, fresh_window, private_bus) -> None:
    watch = fresh_window.autolock.session_watch
    assert watch.attach(private_bus) == 3
    _emit(
        private_bus,
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "boolean:true",
    )
    qtbot.waitUntil(lambda: fresh_window.is_locked, timeout=5000)


def test_logind_lock_and_sleep_lock_the_group_but_not_during_a_circle(
    qtbot, fresh_window, private_bus
) -> None:
    watch = fresh_window.autolock.session_watch
    assert watch.attach(private_bus, session=False) == 2
    fresh_window.ctx.inhibit_autolock("circle", True)
    with qtbot.waitSignal(watch.locking, timeout=5000):
        _emit(
            private_bus,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager.PrepareForSleep",
            "boolean:true",
        )
    assert not fresh_window.is_locked  # the room is watching a running circle
    fresh_window.ctx.inhibit_autolock("circle", False)
    _emit(private_bus, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock")
    qtbot.waitUntil(lambda: fresh_window.is_locked, timeout=5000)
