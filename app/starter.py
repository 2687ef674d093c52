"""What a new group starts with, in the group's language: two meeting formats, the group
agreements and the crisis numbers of the region the host chose (app/regions.py). These are the group's own texts (editable data), not UI
strings, so they follow the group's language rather than the interface's."""

from __future__ import annotations

from app.regions import CHECKED_ON, KEYWORDS, LINES, StarterLine
from storage.database import Database
from storage.records import Category, ItemKind, Resource, Template, TemplateItem
from storage.resources import ResourceRepository
from storage.sessions import TemplateRepository

K = ItemKind

_TEMPLATES: dict[str, list[tuple[str, int, list[tuple[ItemKind, str, int, str]]]]] = {
    "fr": [
        (
            "Soirée de partage (1 h 30)",
            90,
            [
                (
                    K.WELCOME,
                    "Accueil et café",
                    10,
                    "Accueillir chaque personne, présenter les personnes qui viennent pour la première fois.",
                ),
                (
                    K.AGREEMENTS,
                    "Lecture de la charte du groupe",
                    5,
                    "Lue à voix haute, à tour de rôle.",
                ),
                (
                    K.CHECK_IN,
                    "Tour de météo",
                    15,
                    "Un mot ou une phrase par personne : comment j'arrive ce soir.",
                ),
                (
                    K.CIRCLE,
                    "Cercle de parole",
                    40,
                    "Chaque personne parle à son tour, sans interruption ; on peut passer.",
                ),
                (K.BREAK, "Pause", 10, ""),
                (
                    K.CLOSING,
                    "Tour de clôture",
                    10,
                    "Ce que j'emporte ce soir. Rappel de la prochaine séance.",
                ),
            ],
        ),
        (
            "Séance courte (1 h)",
            60,
            [
                (K.WELCOME, "Accueil", 5, ""),
                (K.AGREEMENTS, "Rappel de la charte", 5, ""),
                (K.CIRCLE, "Cercle de parole", 40, ""),
                (K.CLOSING, "Clôture", 10, ""),
            ],
        ),
    ],
    "en": [
        (
            "Sharing evening (90 min)",
            90,
            [
                (K.WELCOME, "Welcome and coffee", 10, "Greet everyone, introduce newcomers."),
                (K.AGREEMENTS, "Reading the group agreements", 5, "Read aloud, taking turns."),
                (
                    K.CHECK_IN,
                    "Check-in round",
                    15,
                    "A word or a sentence each: how I arrive tonight.",
                ),
                (
                    K.CIRCLE,
                    "Sharing circle",
                    40,
                    "Each person speaks in turn, uninterrupted; anyone may pass.",
                ),
                (K.BREAK, "Break", 10, ""),
                (
                    K.CLOSING,
                    "Closing round",
                    10,
                    "What I take away tonight. Next meeting reminder.",
                ),
            ],
        ),
        (
            "Short meeting (60 min)",
            60,
            [
                (K.WELCOME, "Welcome", 5, ""),
                (K.AGREEMENTS, "Group agreements", 5, ""),
                (K.CIRCLE, "Sharing circle", 40, ""),
                (K.CLOSING, "Closing", 10, ""),
            ],
        ),
    ],
}

AGREEMENTS = {
    "fr": (
        "Charte du groupe",
        """\
Nous nous retrouvons pour nous soutenir, entre pairs. Pour que chaque personne se sente en sécurité :

- **Confidentialité.** Ce qui est dit ici reste ici. Nous ne citons ni les noms ni les histoires \
en dehors du groupe.
- **Respect.** Nous écoutons sans interrompre, sans juger, sans commenter ce qui vient d'être partagé.
- **Parler de soi.** Chaque personne parle en « je », de sa propre expérience.
- **Pas de conseils** sauf si la personne en demande.
- **Liberté.** Chaque personne peut passer ou se taire ; personne n'a l'obligation de parler.
- **Ponctualité.** Nous respectons le temps de parole de chaque personne.
- **Le groupe ne remplace pas un soin.** En cas de détresse, la personne qui anime vous \
indique les lignes d'écoute et les professionnels.
""",
    ),
    "en": (
        "Group agreements",
        """\
We meet to support each other as peers. So that everyone feels safe:

- **Confidentiality.** What is said here stays here. We never repeat names or stories outside \
the group.
- **Respect.** We listen without interrupting, judging or commenting on what someone shared.
- **Speak for yourself.** Each of us speaks in "I", from our own experience.
- **No advice** unless someone asks for it.
- **Freedom.** Anyone may pass or stay silent; nobody has to speak.
- **Time.** We respect each person's share of the time.
- **This group is not therapy.** In distress, the host will point you to helplines and \
professionals.
""",
    ),
}

_TO_VERIFY = {
    "fr": "*À vérifier : numéro relevé le {date} sur {sources}. Confirmez-le, puis marquez la "
    "fiche comme vérifiée.*\n\nMots-clés : {keywords}.",
    "en": "*To verify: number read on {date} from {sources}. Confirm it, then mark this note as "
    "verified.*\n\nKeywords: {keywords}.",
}


def _line_resource(line: StarterLine, language: str) -> Resource:
    note = _TO_VERIFY[language].format(
        date=CHECKED_ON, sources=", ".join(line.sources), keywords=KEYWORDS[language]
    )
    return Resource(
        line.title[language],
        line.category,
        f"{line.about[language]}\n\n{note}",
        phone=line.phone,
        hours="24 h/24, 7 j/7" if language == "fr" else "24/7",
        pinned=line.pinned,
    )


def seed(db: Database, language: str, region: str = "none") -> None:
    templates = TemplateRepository(db)
    resources = ResourceRepository(db)
    with db.transaction():
        for name, duration, items in _TEMPLATES[language]:
            template = Template(name, duration)
            templates.add(
                template,
                [
                    TemplateItem(template.id, i, title, kind, minutes, notes)
                    for i, (kind, title, minutes, notes) in enumerate(items)
                ],
            )
        title, body = AGREEMENTS[language]
        resources.add(Resource(title, Category.AGREEMENT, body))
        for line in LINES.get(region, ()):
            resources.add(_line_resource(line, language))
