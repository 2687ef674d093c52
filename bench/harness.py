"""What every benchmark module shares: results, statistics, and the machine description.

A benchmark module is `bench/bench_<area>.py` with `def run(report: Report) -> None`; `make bench`
(bench/run.py) runs them all and writes docs/benchmarks.md. Benchmarks measure; tests never time.
"""

from __future__ import annotations

import os
import platform
import statistics
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Result:
    area: str
    name: str
    value: float
    unit: str
    target: str = ""
    ok: bool | None = None
    note: str = ""
    p95: float | None = None  # when value is a median over many samples


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    area: str = ""
    quick: bool = False  # `python -m bench.run --quick`: fewer runs, same metrics

    def add(
        self,
        name: str,
        value: float,
        unit: str,
        *,
        target: str = "",
        ok: bool | None = None,
        note: str = "",
        p95: float | None = None,
    ) -> None:
        self.results.append(Result(self.area, name, value, unit, target, ok, note, p95))
        status = "" if ok is None else (" OK" if ok else " MISSED")
        print(f"  {self.area}: {name} = {value:.3f} {unit} {target}{status}", flush=True)


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))])


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def today() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M")
