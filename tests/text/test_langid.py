import pytest

from marsad.document import Document
from marsad.text.langid import LanguageIdentifier, identify_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أعلنت وزارة الداخلية العراقية اليوم اعتقال خمسة مطلوبين في محافظة نينوى.", "ar"),
        ("The interior ministry said five suspects were arrested in Nineveh province.", "en"),
        ("Le ministère de l'Intérieur a annoncé l'arrestation de cinq suspects.", "fr"),
        ("وزارت کشور ایران اعلام کرد که پنج مظنون در استان خوزستان دستگیر شدند.", "fa"),
    ],
)
def test_identifies_language(text: str, lang: str) -> None:
    got, score = identify_language(text)
    assert got == lang
    assert 0 < score <= 1


def test_short_text_falls_back_to_script() -> None:
    assert identify_language("بغداد")[0] == "ar"
    assert identify_language("Gaza")[0] == "en"
    assert identify_language("2024 - 12") == (None, 0.0)


def test_stage_keeps_given_language() -> None:
    doc = LanguageIdentifier()(Document(id="d", raw="Bonjour tout le monde", lang="ar"))
    assert doc.lang == "ar" and doc.lang_score == 1.0
