"""Starter crisis numbers by region, offered when a group is created.

Every number here was read on the sources listed with it, on CHECKED_ON; the group gets them as
not yet verified ("to verify"), with that date and the source, and the host confirms them from
the Resources area. Only numbers an official or public-service source states were kept:

- Left out, no official source found (press only): SOS Amitié 09 72 39 40 50 (France), Télé-Accueil
  107 (Belgium). A host adds them after checking.
- The text of each note is the group's own data (in the group's language), not an interface string.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.records import Category

CHECKED_ON = "2026-11-25"
REGIONS = ("fr", "be", "ch", "qc", "none")


@dataclass(frozen=True)
class StarterLine:
    phone: str
    title: dict[str, str]  # by group language
    about: dict[str, str]
    sources: tuple[str, ...]
    category: Category = Category.CRISIS_LINE
    pinned: bool = True


# Words a host types when looking for these in a hurry, in each group language.
KEYWORDS = {
    "fr": "crise, suicide, urgence, écoute, détresse",
    "en": "crisis, suicide, emergency, helpline, distress",
}

_EMERGENCY_112 = {
    "fr": "Numéro d'urgence européen, gratuit, 24 h/24 : pompiers, ambulance, police.",
    "en": "European emergency number, free, 24/7: fire, ambulance, police.",
}

LINES: dict[str, tuple[StarterLine, ...]] = {
    "fr": (
        StarterLine(
            "15",
            {"fr": "Urgence médicale — SAMU 15", "en": "Medical emergency — SAMU 15"},
            {
                "fr": "Urgence médicale, détresse vitale. Gratuit, 24 h/24.",
                "en": "Medical emergency, life in danger. Free, 24/7.",
            },
            ("https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero",),
        ),
        StarterLine(
            "112",
            {"fr": "Urgences — 112", "en": "Emergency — 112"},
            _EMERGENCY_112,
            ("https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero",),
        ),
        StarterLine(
            "3114",
            {
                "fr": "Prévention du suicide — 3114",
                "en": "Suicide prevention — 3114",
            },
            {
                "fr": "Numéro national de prévention du suicide : gratuit, confidentiel, 24 h/24. "
                "Pour la personne en souffrance, ses proches et les endeuillés par suicide.",
                "en": "National suicide prevention line: free, confidential, 24/7. For the person "
                "in distress, their relatives and people bereaved by suicide.",
            },
            (
                "https://www.service-public.fr/particuliers/actualites/A15206",
                "https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/",
            ),
        ),
    ),
    "be": (
        StarterLine(
            "112",
            {"fr": "Urgences — 112", "en": "Emergency — 112"},
            _EMERGENCY_112,
            ("http://www.112.be/fr/", "https://www.police.be/5998/fr/contact/numeros-durgence"),
        ),
        StarterLine(
            "0800 32 123",
            {
                "fr": "Centre de Prévention du Suicide — 0800 32 123",
                "en": "Suicide Prevention Centre — 0800 32 123",
            },
            {
                "fr": "Ligne d'écoute du Centre de Prévention du Suicide : gratuite, anonyme, "
                "24 h/24 (Bruxelles et Wallonie).",
                "en": "Listening line of the Centre de Prévention du Suicide: free, anonymous, "
                "24/7 (Brussels and Wallonia, in French).",
            },
            ("https://www.preventionsuicide.be/fr/je-veux-vous-conna%C3%AEtre/notre-mission.html",),
        ),
    ),
    "ch": (
        StarterLine(
            "144",
            {"fr": "Urgences sanitaires — 144", "en": "Medical emergency — 144"},
            {
                "fr": "Premiers secours, ambulance. Gratuit, 24 h/24.",
                "en": "First aid, ambulance. Free, 24/7.",
            },
            (
                "https://blog.alertswiss.ch/fr/rubrique/preparation/"
                "pour-tous-les-cas-durgences-sanitaires-appelez-le-144",
            ),
        ),
        StarterLine(
            "112",
            {"fr": "Urgences — 112", "en": "Emergency — 112"},
            {
                "fr": "Numéro d'urgence européen : en Suisse, il mène à la centrale de police "
                "du canton, qui passe l'appel au bon service.",
                "en": "European emergency number: in Switzerland it reaches the canton's police "
                "centre, which passes the call on.",
            },
            (
                "https://blog.alertswiss.ch/fr/rubrique/nouvelles-de-lofpp/"
                "journee-europeenne-du-numero-durgence-112",
            ),
        ),
        StarterLine(
            "143",
            {"fr": "La Main Tendue — 143", "en": "La Main Tendue (helpline) — 143"},
            {
                "fr": "Écoute et premier secours émotionnel : anonyme, gratuit, 24 h/24. "
                "Aussi par chat et courriel sur 143.ch.",
                "en": "Listening and emotional first aid: anonymous, free, 24/7. Also by chat "
                "and e-mail on 143.ch.",
            },
            ("https://www.143.ch/fr/",),
        ),
    ),
    "qc": (
        StarterLine(
            "911",
            {"fr": "Urgences — 911", "en": "Emergency — 911"},
            {
                "fr": "Police, pompiers, ambulance. Gratuit, 24 h/24.",
                "en": "Police, fire, ambulance. Free, 24/7.",
            },
            ("https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",),
        ),
        StarterLine(
            "1 866 277-3553",
            {
                "fr": "Prévention du suicide (Québec) — 1 866 APPELLE",
                "en": "Suicide prevention (Québec) — 1 866 APPELLE",
            },
            {
                "fr": "1 866 APPELLE (277-3553), ligne québécoise d'intervention en prévention "
                "du suicide, 24 h/24. Texto : 535353. Clavardage : suicide.ca.",
                "en": "1 866 APPELLE (277-3553), Québec's suicide prevention line, 24/7. "
                "Text: 535353. Chat: suicide.ca.",
            },
            (
                "https://www.newswire.ca/fr/news-releases/prevention-du-suicide-le-service-"
                "numerique-quebecois-d-intervention-en-prevention-du-suicide-disponible-24-"
                "heures-sur-24-7-jours-sur-7-844513956.html",
            ),
        ),
        StarterLine(
            "988",
            {
                "fr": "Ligne d'aide en cas de crise de suicide — 988",
                "en": "Suicide Crisis Helpline — 988",
            },
            {
                "fr": "Appel ou texto au 988, partout au Canada, 24 h/24, en français ou en "
                "anglais.",
                "en": "Call or text 988, anywhere in Canada, 24/7, in English or French.",
            },
            ("https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",),
        ),
    ),
    "none": (),
}
