"""The take-home handout: a real PDF, with pages, the titles and the group's language."""

from __future__ import annotations

import pytest

from app.model import Category, Resource
from tests.helpers.pdf import read_pdf
from ui.resources.handout import handout_markdown
from ui.resources.handout_dialog import HandoutDialog


@pytest.mark.parametrize(("page", "size_name"), [("a4", "A4"), ("letter", "Letter")])
def test_pdf_of_a_category_holds_the_titles_in_the_group_language(
    qtbot, ui_ctx, demo_group, tmp_path, page, size_name
) -> None:
    dialog = HandoutDialog(ui_ctx, demo_group, [], Category.CRISIS_LINE)
    qtbot.addWidget(dialog)
    dialog.page_box.setCurrentIndex(dialog.page_box.findData(page))
    target = tmp_path / "handout.pdf"
    assert dialog.save_pdf(target)
    assert target.exists() and not (tmp_path / "handout.pdf.partial").exists()
    pdf = read_pdf(target)
    assert pdf.pages >= 1 and set(pdf.sizes) == {size_name}
    text = pdf.text
    for title in ("3114 — Prévention du suicide", "SOS Amitié", "09 72 39 40 50"):
        assert title in text
    assert "Lignes d'écoute et urgences" in text and "Téléphone" in text  # the group is French


def test_chosen_resources_only_and_english_headings_for_an_english_group(
    qtbot, ui_ctx, fresh_group, tmp_path
) -> None:
    chosen = [
        fresh_group.resources.add_resource(
            Resource(
                f"Helpline number {i}",
                Category.CRISIS_LINE,
                "Text " * 200,
                phone=f"0800 00{i}",
            )
        )
        for i in range(12)
    ]
    dialog = HandoutDialog(ui_ctx, fresh_group, chosen[:10], "")
    qtbot.addWidget(dialog)
    assert dialog.chosen_radio.isChecked()
    target = tmp_path / "chosen.pdf"
    assert dialog.save_pdf(target)
    pdf = read_pdf(target)
    text = pdf.text
    assert "Helpline number 9" in text and "Helpline number 11" not in text
    assert "Crisis lines and emergencies" in text and "Téléphone" not in text
    assert pdf.pages >= 2


def test_handout_text_escapes_what_the_host_typed() -> None:
    from datetime import date

    markdown = handout_markdown(
        [Resource("# not a heading *", phone="15")], "G", "fr", date(2026, 1, 1)
    )
    assert "\\# not a heading \\*" in markdown
