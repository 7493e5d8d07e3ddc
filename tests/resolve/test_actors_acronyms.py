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


def test_a_proper_name_written_in_lower_case_is_a_word() -> None:
    # "into the bush" is scrubland, "Bush" the president
    assert "George H. W. Bush" not in _actors("Gunmen forced the residents into the bush.")
    assert any("Bush" in a for a in _actors("President George H. W. Bush said so."))


def test_an_acronym_written_as_a_family_name_is_the_person() -> None:
    # "Mahamadou Sana" is Burkina Faso's minister, not the Syrian news agency SANA
    text = (
        "In Burkina Faso, authorities arrested eight people, Security Minister Mahamadou Sana said."
    )
    assert "Syrian Arab News Agency" not in _actors(text)
    assert "Syrian Arab News Agency" in _actors(
        "Syrian state news agency Sana reported the strike."
    )


def test_an_acronym_after_a_nationality_is_still_the_organization() -> None:
    assert "NATO" in _actors("European Nato members pledged more troops on Tuesday.")
    assert "Syrian Arab News Agency" in _actors("Syrian Sana news agency said on Monday.")
