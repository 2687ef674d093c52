"""What the reports screen asks of an open group: a report for a period, the annual report, and
the group's report settings."""

from __future__ import annotations

from app import group_settings
from app.annual_report import AnnualReport, build_annual_report
from app.group_settings import GroupSettings
from app.report_period import Period
from app.reports import Report, build_report
from storage.database import Database
from storage.reports import meeting_years


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def settings(self) -> GroupSettings:
        return group_settings.load(self._db)

    def save_settings(self, settings: GroupSettings) -> GroupSettings:
        return group_settings.save(self._db, settings)

    def report(self, period: Period) -> Report:
        return build_report(self._db, period, self.settings().report_threshold)

    def annual(self, year: int) -> AnnualReport:
        settings = self.settings()
        return build_annual_report(self._db, year, settings.report_threshold, settings.paid_hosts)

    def years(self) -> tuple[int, int] | None:
        """The first and last years with a meeting, for the period pickers."""
        return meeting_years(self._db)
