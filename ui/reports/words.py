"""The report's words for the screen, in the interface's language (Qt translation). Paper and
CSV use app.report_words in the group's language; both fill the same keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def screen_words() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("ReportWords", "Activity report"),
        "annual_title": QCoreApplication.translate("ReportWords", "Annual report"),
        "period": QCoreApplication.translate("ReportWords", "Period"),
        "labelled": QCoreApplication.translate("ReportWords", "{label}: {value}"),
        "from_to": QCoreApplication.translate("ReportWords", "{first} to {last}"),
        "threshold": QCoreApplication.translate("ReportWords", "Threshold"),
        "meetings": QCoreApplication.translate("ReportWords", "Meetings"),
        "held": QCoreApplication.translate("ReportWords", "Meetings held"),
        "cancelled": QCoreApplication.translate("ReportWords", "Meetings cancelled"),
        "planned": QCoreApplication.translate("ReportWords", "Meetings still planned"),
        "hours": QCoreApplication.translate("ReportWords", "Hours met"),
        "attendance": QCoreApplication.translate("ReportWords", "Attendance"),
        "average": QCoreApplication.translate("ReportWords", "Average attendance per meeting"),
        "median": QCoreApplication.translate("ReportWords", "Median attendance per meeting"),
        "newcomers": QCoreApplication.translate("ReportWords", "Newcomers"),
        "came_back": QCoreApplication.translate("ReportWords", "Newcomers who came back"),
        "regulars": QCoreApplication.translate("ReportWords", "Regular attenders"),
        "members": QCoreApplication.translate("ReportWords", "Members"),
        "members_at_end": QCoreApplication.translate(
            "ReportWords", "Members at the end of the period"
        ),
        "new_members": QCoreApplication.translate("ReportWords", "New members in the period"),
        "themes": QCoreApplication.translate("ReportWords", "Themes held"),
        "no_themes": QCoreApplication.translate("ReportWords", "No theme recorded."),
        "checkouts": QCoreApplication.translate("ReportWords", "Check-out: good / mixed / hard"),
        "not_recorded": QCoreApplication.translate("ReportWords", "not recorded"),
        "not_available": QCoreApplication.translate(
            "ReportWords", "not available (details folded)"
        ),
        "per_meeting": QCoreApplication.translate("ReportWords", "Attendance per meeting"),
        "date": QCoreApplication.translate("ReportWords", "Date"),
        "named": QCoreApplication.translate("ReportWords", "Members"),
        "guests": QCoreApplication.translate("ReportWords", "Guests"),
        "total": QCoreApplication.translate("ReportWords", "Total"),
        "count": QCoreApplication.translate("ReportWords", "Meetings"),
        "theme": QCoreApplication.translate("ReportWords", "Theme"),
        "fewer_than": QCoreApplication.translate("ReportWords", "fewer than {n}"),
        "gem": QCoreApplication.translate("ReportWords", "GEM annual report"),
        "members_31": QCoreApplication.translate("ReportWords", "Members at 31 December"),
        "new_in_year": QCoreApplication.translate("ReportWords", "New members in the year"),
        "hosts": QCoreApplication.translate("ReportWords", "Hosts"),
        "paid_hosts": QCoreApplication.translate("ReportWords", "Paid hosts"),
        "volunteer_hosts": QCoreApplication.translate("ReportWords", "Volunteer hosts"),
        "opening": QCoreApplication.translate("ReportWords", "Opening"),
        "opening_days": QCoreApplication.translate("ReportWords", "Opening days"),
        "opening_hours": QCoreApplication.translate("ReportWords", "Opening hours in the year"),
        "usual_times": QCoreApplication.translate("ReportWords", "Usual times"),
        "slot": QCoreApplication.translate(
            "ReportWords", "{weekday} {start}–{end} ({count} meetings)"
        ),
        "activities_held": QCoreApplication.translate("ReportWords", "Activities held"),
        "activities_planned": QCoreApplication.translate(
            "ReportWords", "Activities planned next year"
        ),
        "planned_count": QCoreApplication.translate("ReportWords", "Meetings planned"),
        "chart_attendance": QCoreApplication.translate("ReportWords", "Attendance per meeting"),
        "chart_trend": QCoreApplication.translate(
            "ReportWords", "Monthly trend: average attendance per meeting"
        ),
        "legend_members": QCoreApplication.translate("ReportWords", "Members"),
        "legend_guests": QCoreApplication.translate("ReportWords", "Guests"),
        "legend_hidden": QCoreApplication.translate("ReportWords", "Fewer than {n} (not shown)"),
        "legend_average": QCoreApplication.translate("ReportWords", "Average per meeting"),
        "no_meetings": QCoreApplication.translate("ReportWords", "No meeting held in this period."),
        "notes": QCoreApplication.translate("ReportWords", "Notes"),
        "note_threshold": QCoreApplication.translate(
            "ReportWords",
            "No names appear in this report. Counts of people under {n} are shown as “fewer than {n}”, so that no one can be recognised; meetings, hours and hosts are shown as they are.",
        ),
        "note_definitions": QCoreApplication.translate(
            "ReportWords",
            "Attendance = members marked present + guests. A newcomer came to the group for the first time in the period; came back = present again later in the period. A regular attender missed no more than one meeting in four held in the period.",
        ),
        "note_members": QCoreApplication.translate(
            "ReportWords", "Members are the active members who had joined by the period's last day."
        ),
        "note_folded": QCoreApplication.translate(
            "ReportWords", "Details of {n} meeting(s) were folded into counts (retention setting)."
        ),
        "weekday_1": QCoreApplication.translate("ReportWords", "Monday"),
        "weekday_2": QCoreApplication.translate("ReportWords", "Tuesday"),
        "weekday_3": QCoreApplication.translate("ReportWords", "Wednesday"),
        "weekday_4": QCoreApplication.translate("ReportWords", "Thursday"),
        "weekday_5": QCoreApplication.translate("ReportWords", "Friday"),
        "weekday_6": QCoreApplication.translate("ReportWords", "Saturday"),
        "weekday_7": QCoreApplication.translate("ReportWords", "Sunday"),
    }
