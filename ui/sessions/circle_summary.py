"""A few lines on a meeting's sharing-circle rounds: the balance of each and, when the group
keeps per-person times, who spoke and who passed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.sessions import RoundSummary
from ui.circle.balance import balance_sentence
from ui.sessions.labels import clock_text


def circle_summary_text(rounds: list[RoundSummary]) -> str:
    lines = []
    for number, round_ in enumerate(rounds, start=1):
        lines.append(
            QCoreApplication.translate("CircleSummary", "Round {number}: {balance}").format(
                number=number, balance=balance_sentence(round_.balance)
            )
        )
        if round_.turns:
            lines.extend(_per_person(round_))
    return "\n".join(lines)


def _per_person(round_: RoundSummary) -> list[str]:
    lines = [
        QCoreApplication.translate("CircleSummary", "{used} used of {planned} planned.").format(
            used=clock_text(round_.spoken_seconds), planned=clock_text(round_.planned_seconds)
        )
    ]
    spoke = [t.speaker for t in round_.turns if not t.passed]
    passed = [t.speaker for t in round_.turns if t.passed]
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
    return lines
