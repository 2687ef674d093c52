"""The few headings of printed sheets, in the group's language (group.language), not in the
interface's: the paper is for the room, and a French group reads French even when its host runs
Cercle in English. Kept here as data because lupdate only serves the interface's language."""

from __future__ import annotations

from storage.records import ItemKind

HEADINGS: dict[str, dict[str, str]] = {
    "fr": {
        "agenda": "Déroulé de la séance",
        "sign_in": "Feuille d'émargement",
        "date": "Date",
        "place": "Lieu",
        "theme": "Thème",
        "duration": "Durée",
        "minutes": "min",
        "time": "Heure",
        "item": "Étape",
        "notes": "Notes",
        "total": "Total",
        "name": "Prénom ou pseudonyme",
        "signature": "Signature",
        "sign_note": "Inscrivez seulement ce que vous souhaitez voir figurer sur cette feuille.",
    },
    "en": {
        "agenda": "Meeting agenda",
        "sign_in": "Sign-in sheet",
        "date": "Date",
        "place": "Place",
        "theme": "Theme",
        "duration": "Duration",
        "minutes": "min",
        "time": "Time",
        "item": "Item",
        "notes": "Notes",
        "total": "Total",
        "name": "First name or pseudonym",
        "signature": "Signature",
        "sign_note": "Write only what you are happy to see on this sheet.",
    },
}

KIND_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        ItemKind.WELCOME: "Accueil",
        ItemKind.AGREEMENTS: "Charte du groupe",
        ItemKind.CHECK_IN: "Tour de météo",
        ItemKind.CIRCLE: "Cercle de parole",
        ItemKind.THEME: "Thème",
        ItemKind.BREAK: "Pause",
        ItemKind.CLOSING: "Clôture",
        ItemKind.OTHER: "Autre",
    },
    "en": {
        ItemKind.WELCOME: "Welcome",
        ItemKind.AGREEMENTS: "Group agreements",
        ItemKind.CHECK_IN: "Check-in round",
        ItemKind.CIRCLE: "Sharing circle",
        ItemKind.THEME: "Theme",
        ItemKind.BREAK: "Break",
        ItemKind.CLOSING: "Closing",
        ItemKind.OTHER: "Other",
    },
}


def headings(language: str) -> dict[str, str]:
    return HEADINGS.get(language, HEADINGS["en"])


def kind_name(language: str, kind: str) -> str:
    return KIND_NAMES.get(language, KIND_NAMES["en"]).get(kind, kind)
