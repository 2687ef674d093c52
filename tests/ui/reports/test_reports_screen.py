"""The Reports area as a host uses it: pick a period, read the figures, save PDF and CSV."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.helpers import answer_box, answer_file
from tests.helpers.pdf import read_pdf
from tests.helpers.report_seed import seed
from tests.helpers.windows import windows_shown


@pytest.fixture
def screen(qtbot, ui_ctx, fresh_group):
    from ui.reports.reports_screen import ReportsScreen

    seed(fresh_group)
    ui_ctx.today = lambda: date(2026, 3, 2)
    view = ReportsScreen(ui_ctx, fresh_group)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _figures(view) -> dict[str, str]:
    return {f.label: f.value for s in view.document.sections for f in s.figures if f.label}


def _accept_next_message(qtbot) -> None:
    answer_box(QMessageBox.StandardButton.Ok)


def test_choosing_year_shows_hand_counted_figures(qtbot, screen) -> None:
    screen.period_bar.year.setValue(2025)
    figures = _figures(screen)
    assert figures["Meetings held"] == "4"
    assert figures["Newcomers"] == "fewer than 5"
    assert figures["Members at the end of the period"] == "5"
    assert "Threshold: fewer than 5" in screen.subheading.text()
    labels = [label for card in screen.figures.cards for label in card.findChildren(QLabel)]
    qtbot.waitUntil(lambda: all(label.isVisible() for label in labels))
    values = [label.text() for label in labels]
    assert "fewer than 5" in values and "Person A" not in " ".join(values)


def test_threshold_is_a_group_setting(qtbot, screen) -> None:
    screen.period_bar.year.setValue(2025)
    screen.threshold.setFocus()
    qtbot.keyClick(screen.threshold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.threshold, "3")
    assert screen.group.reports.settings().report_threshold == 3
    assert _figures(screen)["Newcomers"] == "3"


def test_quarter_and_annual_presets(qtbot, screen) -> None:
    screen.period_bar.year.setValue(2025)
    screen.period_bar.kind.setCurrentIndex(1)  # quarter
    screen.period_bar.quarter.setCurrentIndex(0)
    assert screen.period_bar.quarter.isVisible() and not screen.period_bar.month.isVisible()
    assert _figures(screen)["Meetings held"] == "3"
    screen.period_bar.kind.setCurrentIndex(4)  # annual report
    assert screen.paid_hosts.isVisible()
    figures = _figures(screen)
    assert figures["Volunteer hosts"] == "1" and figures["Opening days"] == "4"
    assert screen.document.title == "GEM annual report 2025"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", ["Rapport annuel du GEM 2025", "Adhérents au 31 décembre", "moins de 5", "Seuil"]),
        ("en", ["GEM annual report 2025", "Members at 31 December", "fewer than 5", "Threshold"]),
    ],
)
def test_pdf_in_the_groups_language(
    qtbot, screen, fresh_db, tmp_path: Path, language, expected
) -> None:
    with fresh_db.transaction():
        fresh_db.set_meta("language", language)
    screen.period_bar.year.setValue(2025)
    screen.period_bar.kind.setCurrentIndex(4)
    for paper, index in (("a4", 0), ("letter", 1)):
        screen.paper.setCurrentIndex(index)
        target = tmp_path / f"report-{paper}.pdf"
        assert screen.output.save("pdf", target)
        pdf = read_pdf(target)
        text = re.sub(r"\s+", " ", pdf.text)
        for phrase in expected:
            assert phrase in text
        assert "Person" not in text
        assert pdf.sizes[0] == ("A4" if paper == "a4" else "Letter")


def test_csv_button_asks_first_then_writes(qtbot, screen, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    screen.period_bar.year.setValue(2025)
    _accept_next_message(qtbot)
    answer_file(tmp_path / "out")
    qtbot.mouseClick(screen.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    text = target.read_text("utf-8-sig")
    assert "Period;2025-01-01 to 2025-12-31\nThreshold;fewer than 5\n" in text


def test_building_the_area_opens_no_window(qtbot, ui_ctx, fresh_group) -> None:
    """Built after the first paint, the area must not flash a window of its own (a spin box
    shown before it had a parent did, and took the keys from the meeting window)."""
    from ui.reports.reports_screen import ReportsScreen

    ui_ctx.today = lambda: date(2026, 3, 2)
    with windows_shown() as shown:
        view = ReportsScreen(ui_ctx, fresh_group)
        qtbot.addWidget(view)
    assert shown == []


def test_a_language_switch_keeps_the_row_chosen_in_a_table(qtbot, screen) -> None:
    """Members, Resources and Sessions kept their rows; the report's tables went to none."""
    from PySide6.QtWidgets import QTableView

    from tests.helpers import switch_language

    screen.period_bar.year.setValue(2025)
    tables = [t for t in screen.figures.findChildren(QTableView) if t.model().rowCount() > 2]
    assert tables
    for table in tables:
        table.setFocus()
        for key in (Qt.Key.Key_Home, Qt.Key.Key_Down, Qt.Key.Key_Down):
            qtbot.keyClick(table, key)
        assert table.currentIndex().row() == 2
    switch_language(screen.ctx, "fr")
    for table in tables:
        assert table.currentIndex().row() == 2
        assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
