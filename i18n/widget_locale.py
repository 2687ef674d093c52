"""A widget takes the default locale once, when it is made: QLocale.setDefault alone leaves
every open date field, and its calendar, in the language the host just left."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from i18n.widget_lists import top_level_widgets

_KINDS = (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)


def _locale_formats(locale: QLocale) -> list[str]:
    """A locale's date, date-time and time formats, short and long, in that order."""
    return [
        format_for(kind)
        for format_for in (locale.dateFormat, locale.dateTimeFormat, locale.timeFormat)
        for kind in _KINDS
    ]


def follow_default_locale() -> None:
    """Hands the new default locale to every window and so to the widgets in it (each gets a
    LocaleChange), calendar pop-ups included, which are windows of their own. A date field
    shown in its locale's format takes the same format in the new one; one given a format of
    its own (an ISO date for a record) keeps it."""
    windows = [
        w for w in top_level_widgets() if not w.testAttribute(Qt.WidgetAttribute.WA_SetLocale)
    ]
    if not windows:
        return  # the language set at start, before any window
    # Here, not at the top: a Qt class's Python side is built on its first import, enums and
    # all, and the start screen has no date field (ui/late.py).
    from PySide6.QtWidgets import QDateTimeEdit

    found = (e for w in windows for e in (w, *w.findChildren(QDateTimeEdit)))
    kinds = {}
    for edit in (e for e in found if isinstance(e, QDateTimeEdit)):
        formats = _locale_formats(edit.locale())
        if edit.displayFormat() in formats:
            kinds[edit] = formats.index(edit.displayFormat())
    for window in windows:
        window.unsetLocale()  # a window without a locale of its own takes the default
    for edit, kind in kinds.items():
        edit.setDisplayFormat(_locale_formats(edit.locale())[kind])
