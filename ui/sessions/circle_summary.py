"""A few lines on a meeting's sharing-circle rounds: who spoke, who passed, time used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.sessions import RoundSummary
from ui.sessions.labels import clock_text


def circle_summary_text(rounds: list[RoundSummary]) -> str:
    lines = []
    for number, round_ in enumerate(rounds, start=1):
        spoke = [t.speaker for t in round_.turns if not t.passed]
        passed = [t.speaker for t in round_.turns if t.passed]
        lines.append(
            QCoreApplication.translate(
                "CircleSummary", "Round {number}: {used} used of {planned} planned."
            ).format(
                number=number,
                used=clock_text(round_.spoken_seconds),
                planned=clock_text(round_.planned_seconds),
            )
        )
        if spoke:
            lines.append(
                QCoreApplication.translate("CircleSummary", "Spoke: {names}").format(
                    names=", ".join(spoke)
                )
            )
        if passed:
            lines.append(
                QCoreApplication.translate("CircleSummary", "Passed: {names}").format(
                    names=", ".join(passed)
                )
            )
    return "\n".join(lines)
