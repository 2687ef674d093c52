"""The preferences file as a hand-edited or replaced file: whatever is in its place, Cercle
starts with sound preferences, and a FIFO or a device there is never read (it would never end)."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest

from app import fileio
from app.fileio import JSON_CAP
from app.settings import Preferences, PreferenceStore
from tests.helpers.blocking import within_seconds

DEFAULTS = Preferences()


@pytest.mark.parametrize(
    "text",
    [
        '{"autolock_minutes": 1e400, "stale_after_days": NaN, "backups_daily": -Infinity}',
        '{"autolock_minutes": "5", "chime": "yes", "language": ["fr"], "theme": null}',
        "[" * 100_000 + "]" * 100_000,
        '{"language": "fr"',
        "[]",
        '{"autolock_minutes": ' + "9" * 5000 + "}",
    ],
)
def test_a_hand_edited_settings_file_gives_the_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text, "utf-8")
    assert PreferenceStore(path).load() == DEFAULTS


def test_numbers_past_their_range_are_clamped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        '{"autolock_minutes": 10000000000000000000000, "backups_weekly": -3, "chime": true}',
        "utf-8",
    )
    assert PreferenceStore(path).load() == Preferences(
        autolock_minutes=240, backups_weekly=0, chime=True
    )


def test_a_fifo_in_place_of_the_settings_is_not_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    assert within_seconds(PreferenceStore(path).load) == DEFAULTS
    PreferenceStore(path).save(Preferences(language="fr"))  # the FIFO is replaced by the file
    assert PreferenceStore(path).load().language == "fr"


def test_a_folder_or_a_device_in_place_of_the_settings_gives_the_defaults(tmp_path: Path) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    device = tmp_path / "zero.json"
    device.symlink_to("/dev/zero")  # read whole, it never ends
    for path in (folder, device):
        assert within_seconds(PreferenceStore(path).load) == DEFAULTS


def test_a_settings_file_past_the_cap_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "fr", "x": "' + "a" * JSON_CAP + '"}', "utf-8")
    assert PreferenceStore(path).load() == DEFAULTS


def test_what_is_not_a_file_is_refused_and_left_closed(tmp_path: Path) -> None:
    """A folder is refused as a FIFO or a device is, before any read, and none of them is left
    open: a folder standing for a group's sidecar is met at every listing of the groups."""
    folder = tmp_path / "folder.json"
    folder.mkdir()
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    open_before = len(os.listdir("/proc/self/fd"))
    for path in (folder, fifo, Path("/dev/zero")) * 3:
        with pytest.raises(fileio.NotAFile):
            within_seconds(partial(fileio.read_capped, path, JSON_CAP))
    assert len(os.listdir("/proc/self/fd")) == open_before


def test_a_settings_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Older Windows Notepad starts a UTF-8 file with a byte-order mark: the host's edit is
    kept, not every preference silently back to its default."""
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"language": "fr", "chime": true}')
    assert PreferenceStore(path).load() == Preferences(language="fr", chime=True)
