"""Stored meeting times read by hand (ui/common/dates.stored_minute) say what Qt's own reading with
the format string says, valid or not, a daylight-saving change included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, QLocale

from ui.common.dates import stored_minute

STORED = [
    "2026-11-25T19:30",
    "2026-01-01T00:00",
    "2024-02-29T23:59",
    "2026-03-29T02:30",  # an hour that does not exist in Paris (clocks go forward)
    "2026-10-25T02:30",  # an hour that comes twice there (clocks go back)
    "1970-01-01T00:00",
    "2046-12-31T23:59",
]
NOT_MINUTES = [
    "",
    "2026-11-25",
    "2026-11-25T19:30:00",
    "2026-11-25 19:30",
    "2026-13-01T10:00",
    "2025-02-29T10:00",
    "2026-11-31T10:00",
    "2026-11-25T24:00",
    "2026-11-25T19:60",
    "26-11-25T19:30",
    "2026-1-25T19:30",
    "２０２６-11-25T19:30",  # full-width digits: not what the app stores
    "2026-11-25T19:30Z",
    " 2026-11-25T19:30",
]


@pytest.mark.parametrize("stored", STORED + NOT_MINUTES)
def test_a_stored_minute_reads_as_qt_reads_it(qapp, monkeypatch, stored: str) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    qt = QDateTime.fromString(stored, "yyyy-MM-ddTHH:mm")
    ours = stored_minute(stored)
    assert ours.isValid() == qt.isValid() == (stored in STORED)
    if qt.isValid():
        assert ours == qt
        assert ours.toMSecsSinceEpoch() == qt.toMSecsSinceEpoch()
        short = QLocale.FormatType.ShortFormat
        assert QLocale().toString(ours, short) == QLocale().toString(qt, short)
