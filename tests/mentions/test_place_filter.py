"""The learnt last check of the places stage (``mentions/place_filter.py``) and its trainer."""

from __future__ import annotations

import pytest

from marsad.clean.normalize import normalize
from marsad.document import Document
from marsad.mentions.place_filter import NOT_PLACE, place_features, shipped_place_filter
from marsad.mentions.places import PlaceRecognizer
from marsad.resolve.gazetteer_match import NameMatch, Reading, tokenize
from tests.conftest import SAUDINEWSNET, load_script, need_shared


def _places(recognizer: PlaceRecognizer, text: str) -> list[str]:
    doc = Document(id="t", raw=text, lang="ar")
    doc.norm = normalize(doc.text)
    return [m.text for m in recognizer(doc).mentions_of("LOC")]


def test_the_model_is_shipped_with_its_provenance() -> None:
    model = shipped_place_filter()
    assert model is not None and model.type == NOT_PLACE
    assert 0.5 <= model.threshold < 1.0
    assert model.meta["rows"] > 5000 and model.meta["false"] > 100
    assert "judged.tsv" in model.meta["data"]


@pytest.fixture(scope="module")
def with_filter() -> PlaceRecognizer:
    return PlaceRecognizer()


@pytest.fixture(scope="module")
def without_filter() -> PlaceRecognizer:
    return PlaceRecognizer(use_filter=False)


def test_a_common_word_the_rules_keep_is_dropped(
    with_filter: PlaceRecognizer, without_filter: PlaceRecognizer
) -> None:
    text = "ندعو الله أن يسكنه جنان السماء."  # the gardens of heaven, not Jinan
    assert _places(without_filter, text) == ["جنان"]
    assert _places(with_filter, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ووقعت اشتباكات في مدينة جنان الصينية.", ["جنان"]),
        ("وصل الوزير إلى بغداد أمس قادما من دمشق.", ["بغداد", "دمشق"]),
        ("قصفت الطائرات مواقع في القائم بمحافظة الأنبار.", ["القائم", "محافظة الأنبار"]),
    ],
)
def test_places_in_place_contexts_stay(with_filter: PlaceRecognizer, text: str, expected) -> None:
    assert _places(with_filter, text) == expected


def test_features_name_the_word_its_clitic_and_its_neighbours() -> None:
    words = tokenize(normalize("ونظر ببصري إلى الأفق").text)
    gaz = PlaceRecognizer(use_filter=False).gaz
    entry = gaz.entry(gaz.lookup("بصري")[1][0])
    m = NameMatch(
        word_start=words.start(1),
        end=words.end(1),
        first=1,
        last=1,
        readings=[Reading("بصري", "ب")],
    )
    feats = place_features(
        words,
        m,
        m.readings[0],
        entry,
        designator=None,
        weak=True,
        confidence=0.5,
        home=None,
        sports=False,
        freq={"ببصري": 3},
    )
    assert {"k=بصري", "p=ب", "pw=ونظر", "nw=الي", "des=-", "weak=True", "home=none"} <= feats
    assert "fq=1" in feats


def test_the_trainer_reads_the_audits_and_scores_out_of_fold() -> None:
    need_shared(SAUDINEWSNET)
    trainer = load_script("train/build_place_filter.py", "build_place_filter")
    feats, labels, groups = trainer.rows({8282}, only={8181, 8282, 8383})
    assert len(feats) == len(labels) == len(groups) > 200
    assert 5 < sum(labels) < len(labels) // 5  # seed 8383 has 9 false places of 129
    g, dropped_false, dropped_true = trainer.gain([0.9, 0.8, 0.1], [1, 0, 1], 0.75)
    assert (dropped_false, dropped_true) == (1, 1) and g == 1 - trainer.COST
