"""Sessions: loading ten years of weekly meetings into the list, and saving an agenda."""

from __future__ import annotations

from bench.generate import PASSPHRASE, Size, generate
from bench.harness import Report, p95, scratch_dir


def run(report: Report) -> None:
    from PySide6.QtCore import QCoreApplication, Qt

    from app.model import AgendaItem, ItemKind, Session
    from app.paths import DataDir
    from app.vaults import VaultService
    from ui.sessions.session_model import SessionFilterProxy, SessionRow, SessionTableModel

    _app = QCoreApplication.instance() or QCoreApplication([])
    data = DataDir.resolve(scratch_dir("cercle-bench-sessions-"))
    info = generate(data, Size(members=2_000, years=10, resources=50))
    group = VaultService(data).unlock(info.id, PASSPHRASE)
    try:
        count = len(group.sessions.sessions())
        model = SessionTableModel()
        proxy = SessionFilterProxy("2000-01-01", upcoming=False)
        proxy.setSourceModel(model)
        proxy.sort(SessionTableModel.DATE, Qt.SortOrder.DescendingOrder)

        def load() -> None:
            counts = group.sessions.attendance_counts()
            model.set_rows([SessionRow(s, counts.get(s.id, 0)) for s in group.sessions.sessions()])

        report.timed(f"list {count} sessions with attendance counts (median)", load, 20, below=100)
        session = Session("2030-01-01T19:00", 90)
        items = [AgendaItem(session.id, i, f"Item {i}", ItemKind.OTHER, 10) for i in range(8)]

        def save() -> None:
            group.sessions.save_session(session, items)

        report.timed("save a session with 8 agenda items (p95)", save, 20, figure=p95, below=50)
    finally:
        group.close()
