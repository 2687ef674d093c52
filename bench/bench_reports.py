"""Reports: the annual report of the large group (10 years of weekly meetings, 10,000 members)
computed and drawn, and the reports screen showing it. Target: under 200 ms."""

from __future__ import annotations

import os
from datetime import date

from bench.generate import PASSPHRASE
from bench.harness import Report, WallAndCpu, median, p95, qt_app, scratch_dir
from bench.large import large_group


def _add(report: Report, name: str, times: WallAndCpu) -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    note = f"load average {load:.1f} on {os.cpu_count()} cores during the run"
    for figure, values, about in (
        (f"{name} (median)", times.wall, note),
        (f"{name}, CPU time (median)", times.cpu, "this process only"),
    ):
        report.add(figure, median(values), "ms", below=200, p95=p95(values), note=about)


def run(report: Report) -> None:
    from PySide6.QtCore import QLocale, QRectF
    from PySide6.QtGui import QImage, QPainter

    from app.report_document import annual_document
    from app.settings import PreferenceStore
    from app.vaults import VaultService
    from ui.common.palette import LIGHT
    from ui.context import UiContext
    from ui.reports.charts import ChartContent, chart_colours, paint_attendance, paint_trend
    from ui.reports.numbers import LocaleNumbers
    from ui.reports.period_bar import KINDS
    from ui.reports.reports_screen import ReportsScreen
    from ui.reports.words import screen_words

    app = qt_app()
    data, info = large_group(scratch_dir("cercle-bench-reports-"))
    vaults = VaultService(data)
    group = vaults.unlock(info.id, PASSPHRASE)
    year = date.today().year - 1
    repeat = 5 if report.quick else 20
    try:
        words, numbers = screen_words(), LocaleNumbers(QLocale())
        image = QImage(1200, 360, QImage.Format.Format_RGB32)

        def compute_and_draw() -> None:
            annual = group.reports.annual(year)
            annual_document(annual, words, numbers)
            painter = QPainter(image)
            content = ChartContent(annual.report, words, numbers)
            for draw in (paint_attendance, paint_trend):
                draw(painter, QRectF(0, 0, 1200, 360), content, chart_colours(LIGHT))
            painter.end()

        meetings = group.reports.annual(year).report.held
        name = f"annual report ({meetings} meetings, 10,000 members) computed and drawn"
        _add(report, name, WallAndCpu.of(compute_and_draw, repeat))
        ctx = UiContext(vaults, PreferenceStore(data.settings_file))
        screen = ReportsScreen(ctx, group)
        screen.resize(1280, 800)
        screen.show()
        screen.period_bar.year.setValue(year)
        screen.period_bar.kind.setCurrentIndex(KINDS.index("annual"))
        app.processEvents()

        def show_on_screen() -> None:
            screen.refresh()
            screen.grab()  # lays out and paints every widget, charts included

        _add(
            report,
            "reports screen: annual report refreshed and painted",
            WallAndCpu.of(show_on_screen, repeat),
        )
        screen.close()
        screen.deleteLater()
    finally:
        group.close()
