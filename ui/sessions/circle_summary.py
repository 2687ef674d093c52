"""A few lines on a meeting's sharing-circle rounds: the time each person was given, the balance
of each round and, when the group keeps per-person times, who spoke, who passed and whom the
round did not reach. The figures and words are the circle's own summary's (ui/circle)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.circle import Outcome
from app.sessions import RoundSummary
from ui.circle.balance import balance_sentence
from ui.circle.display import duration_text


def circle_summary_text(rounds: list[RoundSummary]) -> str:
    lines = []
    for number, round_ in enumerate(rounds, start=1):
        lines.append(
            QCoreApplication.translate(
                "CircleSummary", "Round {number}, {each} each: {balance}"
            ).format(
                number=number,
                each=duration_text(round_.seconds_per_turn),
                balance=balance_sentence(round_.balance),
            )
        )
        if round_.turns:
            lines.extend(_per_person(round_))
    return "\n".join(lines)


def _per_person(round_: RoundSummary) -> list[str]:
    lines = [
        QCoreApplication.translate("CircleSummary", "{used} used of {planned} planned.").format(
            used=duration_text(round_.spoken_seconds), planned=duration_text(round_.planned_seconds)
        )
    ]
    headings = (
        (Outcome.SPOKE, QCoreApplication.translate("CircleSummary", "Spoke: {names}")),
        (Outcome.PASSED, QCoreApplication.translate("CircleSummary", "Passed: {names}")),
        (
            Outcome.NOT_HEARD,
            QCoreApplication.translate("CircleSummary", "Not reached (round ended): {names}"),
        ),
    )
    for outcome, heading in headings:
        names = round_.speakers(outcome)
        if names:
            lines.append(heading.format(names=", ".join(names)))
    return lines
