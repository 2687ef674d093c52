"""bench/harness.py: Report.timed runs the action as often as asked and adds one figure of it."""

from __future__ import annotations

from bench.harness import Report


def test_timed_adds_one_figure_of_all_the_runs() -> None:
    report, calls = Report(area="test"), []
    report.timed("median", lambda: calls.append(1), 5)
    report.timed("worst", lambda: calls.append(1), 3, figure=max, with_p95=True, below=1e9)
    assert len(calls) == 8
    median, worst = report.results
    assert (median.name, median.unit, median.p95, median.ok) == ("median", "ms", None, None)
    assert (worst.name, worst.target, worst.ok) == ("worst", "< 1e+09 ms", True)
    assert worst.p95 is not None and 0 <= worst.p95 <= worst.value
