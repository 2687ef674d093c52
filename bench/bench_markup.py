"""Hostile text and spreadsheets: a normal resource body rendered in the real text view (Markdown
import and layout at the detail pane's width, then its paint), the issue's bombs shown as plain
text, the worst Markdown still within bounds, a 5 MB group name in a label; then CSV files read
and checked as the import's worker does (a roster of 5,000 rows, a 1,000,000-row file refused),
a column change checked again, and the import's write (both in the worker too). python -m
bench.bench_markup"""

from __future__ import annotations

import functools
import os
import time
from datetime import date

from bench.harness import Report, ms_since, qt_app, scratch_dir

FRAME_MS = 16.0
NORMAL = (
    "Écoute anonyme et gratuite, **24 h/24**, pour les personnes en deuil et leurs proches. "
    "Un bénévole formé répond ; on peut rappeler autant de fois que l'on veut.\n\n"
    "## Quand appeler\n\n- la nuit, quand personne d'autre n'est là ;\n- avant ou après une "
    "date difficile ;\n- pour un proche qui ne va pas bien.\n\n"
    "Site : [soutien-deuil.example](https://soutien-deuil.example). _Vérifié en mars._\n"
) * 2  # about 1,000 characters: a resource body as hosts write them


def _text_views(report: Report) -> None:
    from ui.common.offline_text import OfflineTextBrowser, within_bounds
    from ui.common.plain_text import PlainLabel

    app = qt_app()
    view = OfflineTextBrowser()
    view.resize(520, 700)  # the detail pane's width
    view.show()
    app.processEvents()
    runs = 10 if report.quick else 60

    def show(text: str) -> None:
        view.setMarkdown(text)
        view.document().size()  # laid out

    report.timed(
        "normal body: Markdown import and layout (median)",
        lambda: show(NORMAL),
        runs,
        with_p95=True,
        below=FRAME_MS / 2,
        target=f"< {FRAME_MS / 2:.0f} ms (half a frame)",
        note=f"{len(NORMAL)} characters, {runs} runs",
    )
    report.timed(
        "normal body: paint (median)",
        lambda: view.viewport().repaint(),
        runs,
        with_p95=True,
        note="offscreen raster; this machine has no DejaVu Sans Bold, so bold is synthesised",
    )
    bombs = {
        "120 KB of *": "*" * 120_000,
        "120 KB of *a* (40,000 emphases)": "*a* " * 30_000,
        "100,000 [": "[" * 100_000,
        "20,000-row Markdown table": "|a|b|\n|-|-|\n" + "|x|y|\n" * 20_000,
        "worst within bounds: 1,000 emphasis marks": "*a* " * 500,
        "worst within bounds: 60 table rows": "|a|b|\n|-|-|\n" + "|x|y|\n" * 58,
    }
    for name, text in bombs.items():
        assert within_bounds(text) == ("within" in name), name
        report.timed(
            f"{name}: shown (worst of 3)",
            functools.partial(show, text),
            3,
            figure=max,
            below=1000,
            note="Markdown" if "within" in name else "shown as plain text",
        )
    label = PlainLabel()
    label.setWordWrap(True)
    label.resize(600, 80)
    name = "Groupe " * 750_000  # 5 MB

    def set_name() -> None:
        label.setText(name)
        label.grab()  # laid out and painted

    report.timed(
        "5 MB group name in a label (worst of 3)",
        set_name,
        3,
        figure=max,
        below=100,
        note="cut to 10,000 characters",
    )


def _csv(report: Report) -> None:
    from app.csv_file import CsvRefused, read_table
    from app.roster_csv import build_preview, guess_mapping

    lines = ["Pseudo;Nom;Téléphone;Courriel;Rôle;Date d'arrivée"]
    lines += [
        f"Personne {n};Nom {n};06 12 34 {n % 100:02d} 00;p{n}@example.org;membre;03/02/2025"
        for n in range(4_999)
    ]
    roster = "\r\n".join(lines).encode("cp1252")

    def read_and_check() -> object:
        table = read_table(roster)
        return build_preview(table, guess_mapping(table.header), [], today=date.today())

    report.timed(
        "read and check a 5,000-row roster (worker)",
        read_and_check,
        3,
        note=f"{len(roster) / 1e6:.1f} MB, Windows Latin-1",
    )
    table = read_table(roster)
    mapping = guess_mapping(table.header)
    report.timed(
        "column changed: 5,000 rows checked again (worker)",
        lambda: build_preview(table, mapping, [], today=date.today()),
        5,
    )
    million = b"Pseudo\n" + b"Zo\n" * 1_000_000

    def refuse() -> None:
        try:
            read_table(million)
        except CsvRefused:
            return

    report.timed(
        "1,000,000-row file refused (worker)",
        refuse,
        3,
        below=2000,
        note="reads only the first 5,001 rows",
    )
    _csv_write(report, read_and_check())


def _csv_write(report: Report, preview: object) -> None:
    from app.paths import DataDir
    from app.settings import PreferenceStore
    from app.vaults import VaultService
    from storage import settings
    from ui.context import UiContext
    from ui.group.group_screen import GroupScreen

    settings.kdf_iterations = 2  # the key derivation is not what is measured here
    data = DataDir.resolve(scratch_dir("cercle-bench-markup-"))
    vaults = VaultService(data)
    info = vaults.create_group("Bench", "Bench", "fr", "bench passphrase 1")
    group = vaults.unlock(info.id, "bench passphrase 1")
    try:
        started = time.perf_counter()
        group.roster.import_csv(preview)  # type: ignore[arg-type]
        report.add(
            "import 5,000 members (one transaction, worker)",
            ms_since(started),
            "ms",
        )
        ctx = UiContext(vaults, PreferenceStore(data.settings_file))
        ctx.group = group
        for label, name in (("short", "Groupe de parole"), ("5 MB", "Groupe " * 750_000)):
            group.rename(name)
            started = time.perf_counter()
            screen = GroupScreen(ctx, group)
            screen.resize(1200, 800)
            screen.grab()
            report.add(
                f"open the group screen, {label} group name",
                ms_since(started),
                "ms",
            )
            screen.deleteLater()
    finally:
        group.close()


def run(report: Report) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report.area = "markup"
    _text_views(report)
    _csv(report)


if __name__ == "__main__":
    run(Report())
