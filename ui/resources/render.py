"""A resource as Markdown: for the detail pane, the agreements reader and the handout.

The labels are passed in, so the handout can use the group's language and the screen the
interface's."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.errors import StorageError
from app.group import OpenGroup
from app.model import Resource

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")


@dataclass(frozen=True)
class Labels:
    phone: str
    hours: str
    address: str
    web: str
    field: str = "{label}: {value}"  # French puts a space before the colon


def ui_labels() -> Labels:
    return Labels(
        QCoreApplication.translate("Resources", "Phone"),
        QCoreApplication.translate("Resources", "Hours"),
        QCoreApplication.translate("Resources", "Address"),
        QCoreApplication.translate("Resources", "Web"),
        QCoreApplication.translate("Resources", "{label}: {value}"),
    )


def escape(text: str) -> str:
    """Plain text that Markdown must show as typed (a title with a star or a hash in it)."""
    return _SPECIAL.sub(r"\\\1", text)


def details_markdown(resource: Resource, labels: Labels) -> str:
    lines = []
    for label, value in (
        (labels.phone, resource.phone),
        (labels.hours, resource.hours),
        (labels.address, resource.address),
    ):
        if value.strip():
            lines.append(_field(labels, label, escape(value.strip())))
    if resource.url.strip():
        url = resource.url.strip()
        lines.append(_field(labels, labels.web, f"<{url}>" if _plain_url(url) else escape(url)))
    return "  \n".join(lines)


def resource_markdown(resource: Resource, labels: Labels, heading: str = "##") -> str:
    parts = [f"{heading} {escape(resource.title)}"]
    details = details_markdown(resource, labels)
    if details:
        parts.append(details)
    if resource.body.strip():
        parts.append(resource.body.strip())
    return "\n\n".join(parts)


def _field(labels: Labels, label: str, value: str) -> str:
    """The label in bold; the value already escaped (or a link)."""
    head, _sep, tail = labels.field.partition("{value}")
    return f"**{escape(head.format(label=label).strip())}** " + value + escape(tail)


def _plain_url(url: str) -> bool:
    return bool(re.fullmatch(r"https?://[^\s<>]+", url))


def read_for_display(group: OpenGroup, read: Callable[[], list[Resource]]) -> list[Resource]:
    """What a reading view shows: nothing rather than an error once the group is locked or
    its file fails, since these views are open in front of the room."""
    if not group.is_open:
        return []
    try:
        return read()
    except StorageError:
        return []
