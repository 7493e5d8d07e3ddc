"""geocode() and country_of_demonym(): the stand-alone lookups for other stages."""

from __future__ import annotations

import pytest

from marsad.resolve.gazetteer import load_gazetteer
from marsad.resolve.geocode import confidence, geocode, score_candidates
from marsad.resolve.geocode_demonyms import country_of_demonym, expand_arabic


def test_geocode_arabic_with_clitics() -> None:
    assert geocode("بالموصل")[0].geonameid == 99072
    assert geocode("وللعراق")[0].country == "IRQ"
    assert geocode("لا مكان بهذا الاسم") == []


def test_geocode_prefers_population_then_hint() -> None:
    assert [p.country for p in geocode("Damascus")][:1] == ["SYR"]
    assert geocode("Damascus", country_hint="USA")[0].country == "USA"
    assert geocode("عمان")[0].country == "OMN"
    assert geocode("عمان", country_hint="JOR")[0].name == "Amman"


def test_place_records() -> None:
    qaim = geocode("القائم")[0]
    assert qaim.to_record() | {} == {
        "geonameid": 92138,
        "name": "Al Qā’im",
        "country": "IRQ",
        "admin1": "Al Anbar",
        "lat": 34.3925,
        "lon": 40.9894,
        "precision": 1,
        "feature": "populated place",
    }
    assert geocode("سوريا")[0].precision == 3
    assert geocode("شمال سوريا")[0].feature == "supplement:sy_north"


def test_hierarchy_and_designator_bonuses() -> None:
    gaz = load_gazetteer()
    damascus = [gaz.entry(r) for r in gaz.lookup("damascus")[1]]
    oregon = gaz.entry(gaz.lookup("oregon")[1][0])
    best = score_candidates(damascus, arabic=False, containers=[oregon])[0]
    assert (best.entry.country, best.entry.admin1) == ("USA", "US.OR")
    sharqia = [gaz.entry(r) for r in gaz.lookup("الشرقيه")[1]]
    saudi = score_candidates(sharqia, country_weights={"SAU": 3, "YEM": 1})[0]
    assert saudi.entry.country == "SAU"
    assert confidence(score_candidates(damascus[:1])) == 0.9


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("السوري", "SYR"),
        ("السورية", "SYR"),
        ("سوريين", "SYR"),
        ("والعراقيين", "IRQ"),
        ("اليمنيات", "YEM"),
        ("الأتراك", "TUR"),
        ("Iraqi", "IRQ"),
        ("Syrians", "SYR"),
        ("American", "USA"),
    ],
)
def test_demonyms(word: str, iso3: str) -> None:
    assert country_of_demonym(word) == iso3


def test_non_demonyms() -> None:
    assert country_of_demonym("الحكومة") is None
    assert country_of_demonym("المالية") is None  # "financial", not Mali
    assert {"سوري", "سوريه", "السوريون"} <= expand_arabic("سوري")


def test_every_state_of_the_actor_table_has_its_demonym() -> None:
    """The hand demonym table is completed by the actor KB's nisba adjectives."""
    from marsad.resolve.geocode_demonyms import country_of_demonym

    assert country_of_demonym("الكيني") == "KEN"
    assert country_of_demonym("التشادية") == "TCD"
    assert country_of_demonym("العراقيين") == "IRQ"


def test_the_supplement_names_suruc_in_arabic() -> None:
    # GeoNames has no Arabic name for Suruç; without one the town fell to its context
    assert {geocode(n)[0].country for n in ("سوروتش", "سروج", "بسروج")} == {"TUR"}


def test_border_towns_of_a_user_check_have_their_arabic_names() -> None:
    # stop 31's aliases: GeoNames lacked these spellings, the towns fell to their context
    for name, geonameid in (
        ("شيترال", 1181065),
        ("تشمن", 1181611),
        ("تشابهار", 1161724),
        ("راسك", 1159836),
    ):
        place = geocode(name)[0]
        assert (place.geonameid, place.precision) == (geonameid, 1), name


def test_regions_of_conflict_news() -> None:
    """Provinces and regions the city files lack (stop 21's supplement rows)."""
    assert geocode("هلمند")[0].country == "AFG"
    assert geocode("جمهورية الشيشان")[0].country == "RUS"  # was read as a Saudi place
    assert geocode("ولاية يوبي")[0].country == "NGA"  # bare "يوبي" was Ube, Japan
    assert geocode("كيبيك")[0].geonameid == 6115047  # the GeoNames province
    # a name two states share goes by the story's country
    assert geocode("البنجاب", country_hint="IND")[0].country == "IND"
    assert geocode("البنجاب", country_hint="PAK")[0].country == "PAK"
    assert geocode("بلوشستان", country_hint="IRN")[0].country == "IRN"
    # first-level divisions with their Arabic names; a province named like its capital
    # only with a designator, the bare name stays the city's
    assert geocode("أذربيجان الغربية")[0].country == "IRN"
    assert geocode("محافظة دياربكر")[0].feature == "admin1"
    assert geocode("أذربيجان")[0].feature == "country"


def test_english_spellings_of_arab_towns_from_geonames_alternates() -> None:
    from marsad.resolve.geocode import geocode

    for spelling, name in (("Saada", "Sa'dah"), ("Sa'ada", "Sa'dah"), ("Mokha", "Mocha")):
        found = geocode(spelling)
        assert found and found[0].name == name and found[0].country == "YEM", spelling
    assert geocode("Soda") == [] or geocode("Soda")[0].country != "YEM"  # an English word


def test_an_alias_that_is_also_a_word_needs_a_place_cue() -> None:
    from marsad.document import Document
    from marsad.stages import build_pipeline

    doc = build_pipeline()(Document(id="t", raw="أخشى أن أفقد صوابي من شدة الحزن.", lang="ar"))
    assert not [m for m in doc.mentions if m.kind == "LOC"]
