"""What every benchmark module shares: results, statistics, and the machine description.

A benchmark module is `bench/bench_<area>.py` with `def run(report: Report) -> None`; `make bench`
(bench/run.py) runs them all and writes docs/benchmarks.md. Benchmarks measure; tests never time.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import platform
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

KDF_ITERATIONS = 256_000  # SQLCipher 4's PBKDF2-HMAC-SHA512 (storage.settings.REAL_KDF_ITERATIONS)
ISSUE_KDF_S = 0.22  # the key derivation on the machine issue 18 measured its targets on


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
    load: float = float("nan")  # the 1-minute load average when the figure was taken
    baseline: float | None = None  # the same-run baseline, in `unit`
    baseline_name: str = ""


def load_now() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


class KeyDerivation:
    """The baseline for timings that have no natural one: one key derivation, SQLCipher's own
    (PBKDF2-HMAC-SHA512, 256,000 iterations, pure CPU on one core), run between the samples of
    the figure it is set beside. On a shared machine both slow down together: their ratio says
    more than either alone. The issue's machine took about 0.22 s (ISSUE_KDF_S)."""

    NAME = "key derivation"

    def __init__(self) -> None:
        self.samples: list[float] = []

    def sample(self) -> float:
        started = time.perf_counter()
        hashlib.pbkdf2_hmac("sha512", b"cercle bench", b"sixteen byte slt", KDF_ITERATIONS)
        self.samples.append(time.perf_counter() - started)
        return self.samples[-1]

    def seconds(self) -> float:
        if not self.samples:
            self.sample()
        return median(self.samples)

    def target_ratio(self, target_s: float) -> float:
        """An absolute target in seconds as a ratio to the issue machine's key derivation."""
        return target_s / ISSUE_KDF_S


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
        below: float | None = None,
        at_most: float | None = None,
        note: str = "",
        p95: float | None = None,
        baseline: float | None = None,
        baseline_name: str = "",
        kdf: KeyDerivation | None = None,
    ) -> None:
        """below, at_most: the target as a bound in the value's unit, strict or not, said once
        (target and ok follow from it; `target` may still word it). baseline: a same-run figure in the same unit (the
        bare window); kdf: the key derivations run between this figure's samples, as its
        baseline."""
        if below is not None:
            target, ok = target or f"< {below:g} {unit}", value < below
        if at_most is not None:
            target, ok = target or f"≤ {at_most:g} {unit}", value <= at_most
        if kdf is not None:
            baseline = kdf.seconds() * {"s": 1.0, "ms": 1000.0}[unit]
            baseline_name = KeyDerivation.NAME
        load = load_now()
        self.results.append(
            Result(
                self.area, name, value, unit, target, ok, note, p95, load, baseline, baseline_name
            )
        )
        status = "" if ok is None else (" OK" if ok else " MISSED")
        ratio = f" ({value / baseline:.2f}× {baseline_name})" if baseline else ""
        print(
            f"  {self.area}: {name} = {value:.3f} {unit}{ratio} {target}{status} [load {load:.2f}]",
            flush=True,
        )

    def timed(
        self,
        name: str,
        action: Callable[[], object],
        runs: int,
        *,
        figure: Callable[[list[float]], float] | None = None,
        with_p95: bool = False,
        below: float | None = None,
        target: str = "",
        note: str = "",
    ) -> None:
        """`runs` calls of `action` timed, and one figure of their milliseconds added: `figure`
        of them (the median unless said: max for a worst case, p95), with their p95 beside it
        when `with_p95`."""
        times = timed_ms(action, runs)
        value = (figure or median)(times)
        spread = p95(times) if with_p95 else None
        self.add(name, value, "ms", below=below, target=target, note=note, p95=spread)

    def add_p95s(
        self,
        times: WallAndCpu,
        wall_name: str,
        cpu_name: str,
        *,
        at_most: float,
        kdf: KeyDerivation,
        note: str = "",
        cpu_note: str = "",
    ) -> None:
        """The p95 of `times` in wall-clock and in CPU milliseconds, each against `at_most`,
        beside the key derivations run between the samples."""
        self.add(wall_name, p95(times.wall), "ms", at_most=at_most, note=note, kdf=kdf)
        self.add(cpu_name, p95(times.cpu), "ms", at_most=at_most, note=cpu_note, kdf=kdf)


@dataclass
class WallAndCpu:
    """Milliseconds per sample in wall-clock and in CPU time: on a shared machine the wall time
    also counts the waits for a core, which the CPU time leaves out. `cpu_clock` counts this
    process (time.process_time) or only the thread that samples (time.thread_time)."""

    cpu_clock: Callable[[], float] = time.process_time
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @contextmanager
    def sample(self) -> Iterator[None]:
        started, started_cpu = time.perf_counter(), self.cpu_clock()
        yield
        self.wall.append(ms_since(started))
        self.cpu.append((self.cpu_clock() - started_cpu) * 1000)

    @classmethod
    def of(cls, action: Callable[[], object], runs: int) -> WallAndCpu:
        """`runs` calls of `action`, each a sample."""
        times = cls()
        for _ in range(runs):
            with times.sample():
                action()
        return times


def scratch_dir(prefix: str) -> Path:
    """A folder in the system's temp dir, removed when the process ends: a benchmark's copy of
    the large group is 27–180 MB, and /tmp is often memory."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def ms_since(started: float) -> float:
    """The milliseconds since `started`, a time.perf_counter() reading."""
    return (time.perf_counter() - started) * 1000


def qt_app(*, themed: bool = False) -> QApplication:
    """The run's one QApplication, offscreen unless a platform is set. themed: with the style
    sheet hosts see, which changes how much painting costs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["cercle-bench"])
    assert isinstance(app, QApplication)
    if themed:
        from ui.common.theme import apply_theme

        apply_theme(app, "normal")
    return app


W = TypeVar("W", bound="QWidget")


def shown_ms(build: Callable[[], W]) -> tuple[W, float]:
    """A screen built, sized like a 1366-pixel laptop's window and shown: the screen, and the
    milliseconds until its first paint."""
    started = time.perf_counter()
    screen = build()
    screen.resize(1366, 700)
    screen.show()
    qt_app().processEvents()
    return screen, ms_since(started)


def idle_ms(done: Callable[[], bool], limit_s: float = float("inf")) -> float:
    """Events processed until `done()`, or until `limit_s` seconds have passed: the milliseconds
    the work done in idle time took."""
    app, started = qt_app(), time.perf_counter()
    while not done() and time.perf_counter() - started < limit_s:
        app.processEvents()
    return ms_since(started)


def timed_ms(action: Callable[[], object], runs: int) -> list[float]:
    """The wall-clock time of each of `runs` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(ms_since(started))
    return times


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
