"""Start-up figures: launch to a visible start screen beside a bare PySide6 window (and KeePassXC
where installed), unlock of the large group, peak memory, and the frozen folder's size.

Launches run under a private Xvfb. Each is timed from spawning the process to the X server mapping
its first window, observed from outside by the same X client for every program (bench/xmap.py);
Cercle maps its window once the start screen is built. The baseline is a bare PySide6 window
(QApplication and one QLabel) from the same Python, launched in the same rounds: every round
launches each program once, in a rotating order, and the figures are medians over the rounds,
each with its ratio to the baseline's median. Warm rounds follow one uncounted warm-up launch of
each (Python's bytecode caches written then, as after an install). Cold rounds first drop each
program's own files from the page cache (posix_fadvise DONTNEED: the frozen folder; PySide6,
sqlcipher3 and our sources; KeePassXC's package files), as after a reboot; system libraries stay
cached, as on a desktop. The unlock probe (bench/unlock_probe.py) times the press on Unlock to the
group screen's first paint, then waits for the rest (other areas, the day's backup) before its
peak memory is read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench import xmap
from bench.generate import PASSPHRASE
from bench.harness import KeyDerivation, Report, median, p95
from bench.large import ROOT, large_group

FROZEN = ROOT / "dist" / "Cercle"
RATIO_TARGET = 1.2  # times the bare PySide6 window
UNLOCK_TARGET_S = 0.5
FOLDER_TARGET_MB = 130
MEMORY_TARGET_MB = 150
TIMEOUT_S = 120
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication(sys.argv[:1])\n"
    "label = QLabel('Cercle')\n"
    "label.resize(640, 480)\n"  # counted as a window (bench/xmap.py MIN_SIZE), as Cercle's is
    "label.show()\n"
    "app.exec()\n"
)


@dataclass
class Contender:
    name: str
    command: list[str]
    files: list[Path]  # its own files, dropped from the page cache for a cold launch
    judged: bool = False  # held to the ratio target
    warm: list[float] = field(default_factory=list)
    cold: list[float] = field(default_factory=list)


def child_env(tmp: Path) -> dict[str, str]:
    """Every user dir inside tmp, so a bench run never touches the real profile."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode cached
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        env[key] = str(tmp / key.lower())
    return env


def spawn(command: list[str], env: dict[str, str], cwd: Path, log: Path) -> int:
    """Run to completion; its exit code. stderr goes to a file: a pipe could fill."""
    with log.open("wb") as err:
        return subprocess.run(
            command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, check=False
        ).returncode


def failure(what: str, code: int, log: Path) -> RuntimeError:
    tail = log.read_text(encoding="utf-8", errors="replace")[-800:]
    return RuntimeError(f"{what} exited {code}: {tail}")


def time_unlock(data_dir: Path, group_id: str, tmp: Path) -> tuple[float, float]:
    """(seconds from pressing Unlock to the group screen's first paint, peak memory MB)."""
    result = tmp / "unlocked"
    result.unlink(missing_ok=True)
    command = [sys.executable, "-m", "bench.unlock_probe", str(data_dir), group_id, PASSPHRASE]
    code = spawn([*command, str(result)], child_env(tmp), ROOT, tmp / "unlock.log")
    if code != 0 or not result.exists():
        raise failure("the unlock probe", code, tmp / "unlock.log")
    seconds, peak = result.read_text(encoding="utf-8").split()
    return float(seconds), float(peak)


def evict(*folders: Path) -> None:
    """Ask the kernel to forget the cached pages of these files (no root needed)."""
    for folder in folders:
        paths = folder.rglob("*") if folder.is_dir() else [folder]
        for path in paths:
            if path.is_file() and not path.is_symlink():
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)


def pyside_files() -> list[Path]:
    import PySide6
    import shiboken6

    return [Path(PySide6.__file__).parent, Path(shiboken6.__file__).parent]


def source_files() -> list[Path]:
    import sqlcipher3

    return [
        *pyside_files(),
        Path(sqlcipher3.__file__).parent,
        *(ROOT / name for name in ("app", "ui", "storage", "i18n")),
    ]


def package_files(package: str) -> list[Path]:
    try:
        listed = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [Path(line) for line in listed.stdout.splitlines() if Path(line).is_file()]


def frozen_exe() -> Path | None:
    return next((FROZEN / n for n in ("Cercle", "Cercle.exe") if (FROZEN / n).is_file()), None)


def contenders(data_dir: Path) -> list[Contender]:
    found = [
        Contender("bare PySide6 window", [sys.executable, "-c", BARE_WINDOW], pyside_files()),
        Contender(
            "Cercle, python -m ui.main",
            [sys.executable, "-m", "ui.main", "--data-dir", str(data_dir)],
            source_files(),
            judged=True,
        ),
    ]
    exe = frozen_exe()
    if exe is not None:
        found.append(
            Contender(
                "Cercle, frozen (dist/Cercle)",
                [str(exe), "--data-dir", str(data_dir)],
                [FROZEN],
                judged=True,
            )
        )
    keepassxc = shutil.which("keepassxc")
    if keepassxc:
        found.append(Contender("KeePassXC", [keepassxc], package_files("keepassxc")))
    return found


def launch_rounds(programs: list[Contender], tmp: Path, runs: int) -> None:
    """Warm then cold rounds, every program once per round, the order rotating."""
    with xmap.xvfb() as display:
        watcher = xmap.MapWatcher(display)
        env = dict(child_env(tmp), DISPLAY=display, QT_QPA_PLATFORM="xcb")
        launch: Callable[[Contender], float] = lambda c: xmap.time_to_map(  # noqa: E731
            c.command, env, watcher, tmp, TIMEOUT_S
        )
        try:
            for program in programs:
                launch(program)  # warm-up, not counted
            for round_ in range(runs):
                for program in (
                    programs[round_ % len(programs) :] + programs[: round_ % len(programs)]
                ):
                    program.warm.append(launch(program))
            if hasattr(os, "posix_fadvise"):
                for round_ in range(runs):
                    shift = round_ % len(programs)
                    for program in programs[shift:] + programs[:shift]:
                        evict(*program.files)
                        program.cold.append(launch(program))
        finally:
            watcher.close()


def report_launches(report: Report, programs: list[Contender]) -> None:
    bare = programs[0]
    keepassxc = next((p for p in programs if p.name == "KeePassXC"), None)
    for kind in ("warm", "cold"):
        base_samples: list[float] = getattr(bare, kind)
        if not base_samples:
            continue
        base = median(base_samples)
        for program in programs:
            samples: list[float] = getattr(program, kind)
            value = median(samples)
            ratio = value / base
            note = f"{len(samples)} runs; baseline {base:.3f} s; {ratio:.2f}× the bare window"
            if keepassxc is not None and program is not keepassxc and getattr(keepassxc, kind):
                note += f"; {value / median(getattr(keepassxc, kind)):.2f}× KeePassXC"
            report.add(
                f"launch to a mapped window, {program.name} ({kind})",
                value,
                "s",
                target=f"≤ {RATIO_TARGET}× the bare window" if program.judged else "",
                ok=ratio <= RATIO_TARGET if program.judged else None,
                p95=p95(samples),
                note=note,
                baseline=None if program is bare else base,
                baseline_name="bare window",
            )


def folder_mb(folder: Path) -> float:
    """Like du: PyInstaller's symlinks count once."""
    return (
        sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        / 1e6
    )


def report_frozen_size(report: Report) -> None:
    if frozen_exe() is None:
        report.add("frozen app", float("nan"), "", note="dist/Cercle missing: run `make build`")
        return
    size = folder_mb(FROZEN)
    report.add(
        "frozen app: folder size",
        size,
        "MB",
        at_most=FOLDER_TARGET_MB,
    )
    tarballs = sorted(FROZEN.parent.glob("Cercle-*.tar.gz"))
    if tarballs:
        report.add(
            "frozen app: tarball size",
            tarballs[-1].stat().st_size / 1e6,
            "MB",
            note=tarballs[-1].name,
        )


def report_unlock(report: Report, data_dir: Path, group_id: str, tmp: Path, runs: int) -> None:
    # The first unlock of the day also makes the daily backup: a warm-up, not counted. A key
    # derivation between two unlocks is their baseline (the unlock itself derives one).
    kdf = KeyDerivation()
    unlocks = []
    for _ in range(runs + 1):
        kdf.sample()
        unlocks.append(time_unlock(data_dir, group_id, tmp))
    # The warm-up's peak memory counts: a host's first unlock of the day makes that backup.
    peak = max(rss for _, rss in unlocks)
    unlocks = unlocks[1:]
    seconds = [s for s, _ in unlocks]
    value = median(seconds)
    report.add(
        "unlock large group to the group screen's first paint",
        value,
        "s",
        at_most=UNLOCK_TARGET_S,
        p95=p95(seconds),
        note=f"{len(seconds)} runs; 10,000 members, 10 years, 5,000 resources; real key "
        "derivation included",
        kdf=kdf,
    )
    report.add(
        "peak memory (unlocked large group)",
        peak,
        "MB",
        at_most=MEMORY_TARGET_MB,
        note="the unlock processes' highest peak (VmHWM), every area built; the first unlock "
        "also makes the day's verified backup",
    )


def run(report: Report) -> None:
    # Launches are short and the machine is often shared: more rounds steady the medians.
    runs = 3 if report.quick else 9
    with tempfile.TemporaryDirectory(prefix="cercle-bench-start-") as name:
        tmp = Path(name)
        data, info = large_group(tmp)
        if xmap.available():
            programs = contenders(data.root)
            launch_rounds(programs, tmp, runs)
            report_launches(report, programs)
        else:
            report.add(
                "launch to a mapped window",
                float("nan"),
                "",
                note="Xvfb or libxcb missing (apt-get install xvfb libxcb-cursor0): not timed",
            )
        report_unlock(report, data.root, info.id, tmp, 3 if report.quick else 4)
        report_frozen_size(report)
