"""bench/run.py: discovery, a failing benchmark does not hide the others, the generated page."""

from __future__ import annotations

import sys
import types

import pytest

from bench import run as bench_run
from bench.harness import Report, Result


def fake_run(results: list[Result], **kwargs: object) -> bench_run.Run:
    run = bench_run.Run("Test CPU, 2 cores", "2026-11-25 12:00", False, [], results)
    run.seconds = {"members": 12.0, "startup": 75.0}
    for key, value in kwargs.items():
        setattr(run, key, value)
    return run


RESULTS = [
    Result("members", "search keystroke", 0.0042, "s", "< 16 ms", True, "", 0.0071, 1.5, 0.21),
    Result("startup", "launch to start screen", 1.9, "s", "< 1.5 s", False, "5 runs"),
    Result("startup", "folder size", 136.94, "MB", "< 150 MB", True),
    Result("startup", "tarball size", 53.5, "MB"),
]
RESULTS[0].baseline_name = "key derivation"


def test_page_has_machine_date_and_one_table_per_area() -> None:
    page = bench_run.markdown(fake_run(RESULTS))
    assert "- Machine: Test CPU, 2 cores" in page
    assert "- Date: 2026-11-25 12:00" in page
    assert "- Duration: 1 min 27 s (budget 5 min)" in page
    header = (
        "| Metric | Median | p95 | Baseline, same run | Ratio | Target | Result | Load | Note |"
    )
    assert page.count(header) == 2
    assert page.index("## members") < page.index("## startup")
    assert "\n\nRan in 12 s.\n" in page
    assert (
        "| search keystroke | 0.004 s | 0.007 s | 0.210 s (key derivation) | 0.02× | < 16 ms "
        "| OK | 1.50 |  |" in page
    )
    assert "| launch to start screen | 1.90 s |  |  |  | < 1.5 s | **MISSED** |  | 5 runs |" in page
    assert "| folder size | 137 MB |  |  |  | < 150 MB | OK |  |  |" in page
    assert "| tarball size | 53.5 MB |  |  |  |  | — |  |  |" in page


def test_a_missed_figure_states_its_ratio_and_load() -> None:
    missed = Result("startup", "launch", 1.2, "s", "≤ 1.2× the bare window", False, "", None, 4.5)
    missed.baseline, missed.baseline_name = 0.6, "bare window"
    page = bench_run.markdown(fake_run([missed]))
    assert (
        "- Missed: startup / launch (1.20 s, 2.00× the bare window, target ≤ 1.2× the bare "
        "window; load 4.50)" in page
    )


def test_each_figure_carries_the_load_when_it_was_taken() -> None:
    report = Report(area="members")
    report.add("search keystroke", 4.2, "ms")
    assert report.results[0].load == report.results[0].load  # a number, not NaN, on Linux


def test_summary_counts_targets_and_names_the_missed_ones() -> None:
    page = bench_run.markdown(fake_run(RESULTS))
    assert "**2 of 3 targets met.**" in page
    assert "- Missed: startup / launch to start screen (1.90 s, target < 1.5 s)" in page


def test_errors_and_pipes_are_shown_without_breaking_the_table() -> None:
    odd = [Result("members", "a | b", float("nan"), "ms", note="line\nbreak")]
    page = bench_run.markdown(fake_run(odd, errors={"startup": "RuntimeError: boom"}))
    assert "| a \\| b | – |" in page
    assert "line break" in page
    assert "- Failed to run: startup (RuntimeError: boom)" in page
    assert "The benchmark stopped with an error: `RuntimeError: boom`" in page


def test_quick_and_only_are_stated() -> None:
    page = bench_run.markdown(
        fake_run(RESULTS, quick=True, only=["startup"], about={"startup": "Launch times."})
    )
    assert "- Mode: quick (fewer repetitions), only startup" in page
    assert "Launch times. Ran in 1 min 15 s." in page


def test_discovery_finds_the_startup_benchmark_and_refuses_unknown_names() -> None:
    assert "startup" in bench_run.discover()
    assert bench_run.discover(["startup"]) == ["startup"]
    with pytest.raises(SystemExit, match="no benchmark named nope"):
        bench_run.discover(["nope"])


def test_a_failing_benchmark_is_recorded_and_the_next_still_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(report: Report) -> None:
        raise RuntimeError("generator missing")

    def fine(report: Report) -> None:
        report.add("thing", 2.0 if report.quick else 1.0, "s", target="< 3 s", ok=True)

    for area, fn in (("zbroken", broken), ("zfine", fine)):
        doc = "What zfine measures,\n  in two lines." if area == "zfine" else None
        module = types.ModuleType(f"bench.bench_{area}", doc)
        monkeypatch.setattr(module, "run", fn, raising=False)
        monkeypatch.setitem(sys.modules, f"bench.bench_{area}", module)
    run = bench_run.run_areas(["zbroken", "zfine"], quick=True)
    assert run.errors == {"zbroken": "RuntimeError: generator missing"}
    assert run.about == {"zbroken": "", "zfine": "What zfine measures, in two lines."}
    assert [(r.area, r.name, r.value) for r in run.results] == [("zfine", "thing", 2.0)]
    assert set(run.seconds) == {"zbroken", "zfine"}


def test_main_writes_the_page_where_asked(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench_run, "discover", lambda only: ["zfine"])
    module = types.ModuleType("bench.bench_zfine")
    monkeypatch.setattr(module, "run", lambda report: report.add("x", 1.0, "s"), raising=False)
    monkeypatch.setitem(sys.modules, "bench.bench_zfine", module)
    out = tmp_path / "docs" / "benchmarks.md"
    assert bench_run.main(["--quick", "--output", str(out)]) == 0
    assert "## zfine" in out.read_text(encoding="utf-8")
