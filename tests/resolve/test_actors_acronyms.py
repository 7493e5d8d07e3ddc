from marsad.document import Document
from marsad.stages import build_pipeline


def _actors(text: str) -> list[str]:
    doc = build_pipeline(raw=True)(Document(id="t", raw=text, published="2024-04-16"))
    return [m.actor.name for m in doc.mentions if m.actor]


def test_lowercase_word_is_not_an_acronym_actor() -> None:
    assert "World Health Organization" not in _actors(
        "The officials, who spoke on condition of anonymity, said so."
    )


def test_uppercase_acronym_still_links() -> None:
    assert "World Health Organization" in _actors("The WHO said the outbreak was contained.")
