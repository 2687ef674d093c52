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

# Each format once, its steps' kinds and minutes shared by the languages (they cannot drift
# apart); by language, the format's name and each step's title and note.
_Step = tuple[ItemKind, int, dict[str, tuple[str, str]]]
_FORMATS: tuple[tuple[dict[str, str], int, tuple[_Step, ...]], ...] = (
    (
        {"fr": "Soirée de partage (1 h 30)", "en": "Sharing evening (90 min)"},
        90,
        (
            (
                K.WELCOME,
                10,
                {
                    "fr": (
                        "Accueil et café",
                        "Accueillir chaque personne, présenter les personnes qui viennent pour la première fois.",
                    ),
                    "en": ("Welcome and coffee", "Greet everyone, introduce newcomers."),
                },
            ),
            (
                K.AGREEMENTS,
                5,
                {
                    "fr": ("Lecture de la charte du groupe", "Lue à voix haute, à tour de rôle."),
                    "en": ("Reading the group agreements", "Read aloud, taking turns."),
                },
            ),
            (
                K.CHECK_IN,
                15,
                {
                    "fr": (
                        "Tour de météo",
                        "Un mot ou une phrase par personne : comment j'arrive ce soir.",
                    ),
                    "en": ("Check-in round", "A word or a sentence each: how I arrive tonight."),
                },
            ),
            (
                K.CIRCLE,
                40,
                {
                    "fr": (
                        "Cercle de parole",
                        "Chaque personne parle à son tour, sans interruption ; on peut passer.",
                    ),
                    "en": (
                        "Sharing circle",
                        "Each person speaks in turn, uninterrupted; anyone may pass.",
                    ),
                },
            ),
            (K.BREAK, 10, {"fr": ("Pause", ""), "en": ("Break", "")}),
            (
                K.CLOSING,
                10,
                {
                    "fr": (
                        "Tour de clôture",
                        "Ce que j'emporte ce soir. Rappel de la prochaine séance.",
                    ),
                    "en": ("Closing round", "What I take away tonight. Next meeting reminder."),
                },
            ),
        ),
    ),
    (
        {"fr": "Séance courte (1 h)", "en": "Short meeting (60 min)"},
        60,
        (
            (K.WELCOME, 5, {"fr": ("Accueil", ""), "en": ("Welcome", "")}),
            (K.AGREEMENTS, 5, {"fr": ("Rappel de la charte", ""), "en": ("Group agreements", "")}),
            (K.CIRCLE, 40, {"fr": ("Cercle de parole", ""), "en": ("Sharing circle", "")}),
            (K.CLOSING, 10, {"fr": ("Clôture", ""), "en": ("Closing", "")}),
        ),
    ),
)

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
    "fr": "*À vérifier : numéro relevé le {date} sur {sources}. Confirmez-le, puis marquez la "
    "fiche comme vérifiée.*\n\nMots-clés : {keywords}.",
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


def _items(template_id: str, steps: tuple[_Step, ...], language: str) -> list[TemplateItem]:
    items = []
    for position, (kind, minutes, texts) in enumerate(steps):
        title, notes = texts[language]
        items.append(TemplateItem(template_id, position, title, kind, minutes, notes))
    return items


def seed(db: Database, language: str, region: str = "none") -> None:
    templates = TemplateRepository(db)
    resources = ResourceRepository(db)
    with db.transaction():
        for names, duration, steps in _FORMATS:
            template = Template(names[language], duration)
            templates.add(template, _items(template.id, steps, language))
        title, body = AGREEMENTS[language]
        resources.add(Resource(title, Category.AGREEMENT, body))
        for line in LINES.get(region, ()):
            resources.add(_line_resource(line, language))
