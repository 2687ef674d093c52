"""The sharing circle's running view under a real event loop and the real clock, for 30 s:
its CPU use, and how late the shown second ever is against the true remaining time.

Run alone: python -m bench.bench_circle (CERCLE_BENCH_CIRCLE_SECONDS shortens it)."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from app.circle import Round, Speaker
from bench.harness import Report, qt_app
from ui.circle.display import shown_second
from ui.circle.running_view import RunningView

SECONDS = float(os.environ.get("CERCLE_BENCH_CIRCLE_SECONDS", "30"))
TURN_SECONDS = 20  # with a 5 s warning and 5 s of overtime each: every colour is exercised
NEXT_EVERY_MS = 25_000


def lateness(shown: int, remaining: float) -> float:
    """Seconds since the true display moved away from `shown` (0 when it is still right)."""
    if shown_second(remaining) == shown:
        return 0.0
    if shown > 0:  # counting down: `shown` was right while remaining was in (shown-1, shown]
        return max(0.0, (shown - 1) - remaining, remaining - shown)
    over = -remaining  # counting up: +k was right while over was in [k, k+1)
    return max(0.0, over - (-shown + 1), -shown - over)


class Probe:
    """Measures, just before each timer-driven refresh, how stale the screen was."""

    def __init__(self, view: RunningView) -> None:
        self.view = view
        self.worst = 0.0
        self.refreshes = 0
        view.timer.timeout.disconnect(view.refresh)
        view.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        assert self.view.round is not None
        before = self.view.last_shown
        if before is not None and before.second is not None:
            self.worst = max(self.worst, lateness(before.second, self.view.round.remaining()))
        self.refreshes += 1
        self.view.refresh()


def run(report: Report) -> None:
    report.area = report.area or "circle"
    app = qt_app()
    view = RunningView(lambda: False)
    view.resize(1366, 700)
    view.show()
    speakers = [Speaker(f"Speaker {n}") for n in range(1, 6)]
    round_ = Round(speakers, TURN_SECONDS, time.monotonic, warning_seconds=5)
    view.show_round(round_, [])
    view.open_presenter()
    probe = Probe(view)
    nexts = QTimer()
    nexts.timeout.connect(view.next)
    QTest.qWait(200)  # let the first layout and paints settle before measuring
    cpu0, wall0 = time.process_time(), time.monotonic()
    view.toggle()
    nexts.start(NEXT_EVERY_MS)
    QTest.qWait(round(SECONDS * 1000))
    cpu = time.process_time() - cpu0
    wall = time.monotonic() - wall0
    nexts.stop()
    # Ended on the round itself: the view's Ctrl+E would ask about the speakers still waiting,
    # and nobody is there to answer in a bench.
    round_.end()
    view.end()
    share = 100 * cpu / wall
    report.add(
        "running view CPU (process time / wall time)",
        share,
        "% of one core",
        below=2,
        target="< 2 %",
    )
    report.add(
        "worst lag of the shown second",
        probe.worst * 1000,
        "ms",
        below=100,
    )
    report.add("display refreshes", probe.refreshes / wall, "per second")
    view.close()
    app.processEvents()


if __name__ == "__main__":
    run(Report(area="circle"))
