"""Wrapped text put together from words shaped once (ui/common/word_layout.py): the same glyphs
at the same places, the same underlines and height as QTextLayout gives for the whole text,
compared within the run (never against committed images)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app.resources import MATCH_END, MATCH_START
from tests.helpers.drawing import drawn_on_white
from ui.common.cell_texts import CellTexts, Wrapped, emphasis
from ui.common.word_layout import simple

S, E = MATCH_START, MATCH_END
_BREAKS_WITHIN = "-/—–!"  # where Qt may break a line within a word
_TEXTS = [
    f"Association {S}soutien{E} 72\n…addiction {S}sommeil{E} chronique diabète emploi médecin "
    f"{S}solitude{E} urgence retraite groupe parole enfants famille…",
    f"Chronique {S}solitude{E} 252  ★ Help now\ndépression douleur alcool droits {S}sol{E}itude",
    f"d'{S}écoute{E} l’{S}aide{E}, (soutien) « {S}deuil{E} » !\nSanté mentale — écoute… 12,5 %",
    "Urgence, crise ou ligne d'écoute",
    "Aide — écoute–soutien (24h) 5 $ x/y ah!oui [ici] {là} 50%",
    f"Le {S}burn{E}-out des aidants\nburn-out, 24 h/24, https://exemple.org/aide?x=1 (ici)…",
    "Motmotmotmotmotmotmotmotmotmotmotmotmotmot court\nun  deux   trois",
    f"{S}Anticonstitutionnellement{E} long\n" + "un extrait assez long pour plusieurs lignes " * 4,
]


def _drawn(wrapped: Wrapped) -> QImage:
    return drawn_on_white(wrapped, 420, 130, at=5)


@pytest.mark.parametrize("text", _TEXTS)
def test_words_put_together_draw_as_the_whole_text_laid_out(qapp, text: str) -> None:
    texts = CellTexts()
    texts.follow_font(qapp.font())
    parts = [emphasis(part) for part in text.split("\n")] + [("", [])]
    parts = parts[:2]
    assert all(simple(plain) for plain, _spans in parts)
    composed_ones = 0
    for bold in (False, True):
        for width, height in ((60, 40), (180, 42), (233, 57), (400, 120)):
            composed = texts._composed(parts, width, height, bold)
            laid_out = texts._laid_out(parts, width, height, bold)
            if composed is None:  # a line would break within "burn-out": left to QTextLayout
                assert any(sign in text for sign in _BREAKS_WITHIN)
                continue
            composed_ones += 1
            assert composed.height == laid_out.height
            assert composed.underlines == laid_out.underlines
            assert _drawn(composed) == _drawn(laid_out)
    assert composed_ones >= (2 if any(sign in text for sign in _BREAKS_WITHIN) else 8)


def test_texts_in_other_scripts_are_left_to_qtextlayout() -> None:
    assert simple("Soutien aux familles, l'écoute « ici » 12,5 % burn-out 24 h/24…")
    assert not simple("مرحبا بكم")  # right to left
    assert not simple("你好")  # broken between any two characters
