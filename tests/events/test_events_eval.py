"""Quality floors (eval/events/floors.json) on the GSR dev half and the own dev set."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO, SHARED, load_script

FLOORS = json.loads((REPO / "eval" / "events" / "floors.json").read_text(encoding="utf-8"))


def _evaluate():  # noqa: ANN202 - a module loaded from a path
    return load_script("eval/events/evaluate.py", "events_evaluate")


@pytest.mark.parametrize("event_type", ["ASSAULT", "PROTEST"])
def test_gsr_floor(event_type: str) -> None:
    if not (SHARED / "data" / "events" / f"{event_type.lower()}_gsr.csv").exists():
        pytest.skip("../shared not present: GSR data is not available in this checkout")
    scores = _evaluate().gsr_scores(event_type)
    floor = FLOORS[f"gsr_{event_type.lower()}"]
    for k in ("precision", "recall", "f1"):
        assert scores[k] >= floor[k], (event_type, scores, floor)
    # the same folds' figures on Marsad's own SaudiNewsNet labels
    if (SHARED / "data" / "news" / "saudinewsnet").exists():
        own, floor = scores["snn"], FLOORS[f"snn_{event_type.lower()}"]
        for k in ("precision", "recall", "f1"):
            assert own[k] >= floor[k], (event_type, own, floor)


def test_gsr_agreement_scores_annotators_against_the_labels() -> None:
    agreement = load_script("eval/events/gsr_agreement.py", "gsr_agreement")
    # three sentences: all three accepted (yes), one of three (no), none of three (no)
    rows = [(3, 3, True), (1, 3, False), (0, 3, False)]
    assert agreement.one_annotator(rows) == (0.75, 1.0, 0.8571)
    # vs the other two: the yes stays yes; the lone accept is a false positive (weight 1/3)
    p, r, f = agreement.against_the_others(rows)
    assert (p, r) == (0.75, 1.0)
    if not (SHARED / "data" / "events" / "assault_gsr.csv").exists():
        pytest.skip("../shared not present: GSR votes are not available in this checkout")
    rows = agreement.votes(SHARED / "data" / "events" / "assault_gsr.csv")
    assert len(rows) > 1000 and 0.5 < agreement.one_annotator(rows)[2] < 0.9


def test_own_dev_floor() -> None:
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    scores = _evaluate().dev_scores()
    assert scores["skipped"] == 0
    floor = FLOORS["dev_other"]
    for k in ("precision", "recall", "f1"):
        assert scores["other_types"][k] >= floor[k], (scores["other_types"], floor)


def test_article_events_floor() -> None:
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    result = load_script("eval/events/evaluate_articles.py", "events_articles").score(part="every")
    assert result["articles"] == 1510
    floor = FLOORS["articles"]
    for k in ("f1", "date", "place_country", "actor_country"):
        assert result[k] >= floor[k], (k, result, floor)


def test_roles_floor() -> None:
    if not (SHARED / "data" / "events" / "assault_spans.json").exists():
        pytest.skip("../shared not present: the GSR spans are not available in this checkout")
    result = load_script("eval/events/evaluate_roles.py", "events_roles").score()
    floor = FLOORS["roles"]
    for t, row in result.items():
        for role in ("actor", "recipient"):
            key = f"{t.lower()}_{role}"
            assert row[role]["accuracy"] >= floor[key], (key, row, floor)


def test_lexical_filter_floor() -> None:
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    scores = _evaluate().lexical_scores()
    floor = FLOORS["lexical_filter"]
    for k in ("precision", "recall", "f1"):
        assert scores[k] >= floor[k], (scores, floor)
    assert scores["f1"] > scores["keep_all_f1"]  # the filter beats keeping every mention


def test_article_matching_is_the_largest_then_the_most_agreeing() -> None:
    """The gold event that only one record overlaps gets it, though an earlier gold event
    overlaps it too (a greedy matching left one of them unmatched); of two records of one
    sentence, each gold event gets the one whose actor country it has."""
    from marsad.document import ActorRef, Event, Evidence

    script = load_script("eval/events/evaluate_articles.py", "events_articles")

    def ev(start: int, end: int, country: str | None = None) -> Event:
        actor = ActorRef(text="x", country=country) if country else None
        return Event(id="", type="ASSAULT", evidence=Evidence(start, end, "x"), actor=actor)

    first = {"type": "ASSAULT", "sentences": [[0, 10], [20, 30]]}
    second = {"type": "ASSAULT", "sentences": [[0, 10]]}
    assert script.match([ev(0, 10), ev(20, 30)], [first, second]) == {0: 1, 1: 0}
    syr = {"type": "ASSAULT", "sentences": [[0, 10]], "actor_country": "SYR"}
    isr = {"type": "ASSAULT", "sentences": [[0, 10]], "actor_country": "ISR"}
    assert script.match([ev(0, 10, "ISR"), ev(0, 10, "SYR")], [syr, isr]) == {0: 1, 1: 0}
    assert script.match([], [syr]) == {}


def test_article_eval_takes_models_from_a_folder(tmp_path) -> None:  # noqa: ANN001
    from marsad.events.classifier import LinearModel

    script = load_script("eval/events/evaluate_articles.py", "events_articles")
    assert script._models(None) is None
    shipped = script._models(tmp_path)  # nothing there: the shipped models
    # ... but no statement model: its trainer writes only the types it keeps
    assert set(shipped) == {"ASSAULT", "PROTEST", "LEXICAL", "RECORDS", "ACTORS"}
    LinearModel("LEXICAL", -9.0, 0.5, {}, {"exempt_political": False}).save(
        tmp_path / "ar_lexical.json.gz"
    )
    LinearModel("SAYS_ACCUSE", -9.0, 0.5, {}).save(tmp_path / "ar_says_accuse.json.gz")
    models = script._models(tmp_path)
    assert models["LEXICAL"].meta == {"exempt_political": False}
    assert models["ASSAULT"] is shipped["ASSAULT"]
    assert set(models) - set(shipped) == {"SAYS_ACCUSE"}


def test_classifier_trainer_reads_article_sentences() -> None:
    """``train_classifier.py --article-rounds``: development rounds only; a sentence with
    a trigger word of the type is a yes where a sure gold event lists it."""
    trainer = load_script("train/events/train_classifier.py", "train_classifier")
    held_out = load_script("eval/events/evaluate_articles.py", "events_articles").HELD_OUT
    with pytest.raises(SystemExit):
        trainer.parse_rounds(str(min(held_out)))
    assert trainer.parse_rounds("1-3,5") == [1, 2, 3, 5]
    assert trainer.label_of((5, 20), "ASSAULT", [{"type": "ASSAULT", "sentences": [[0, 10]]}])
    assert (
        trainer.label_of((10, 20), "ASSAULT", [{"type": "ASSAULT", "sentences": [[0, 10]]}]) == "no"
    )
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    rows = trainer.article_sentences([2], "ASSAULT")
    assert rows and {r.label for r in rows} == {0, 1}
    assert all(r.id.startswith("art:") for r in rows)


def test_article_eval_scores_chosen_rounds() -> None:
    """``--rounds``: the gold articles of those rounds, whatever the part says."""
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    script = load_script("eval/events/evaluate_articles.py", "events_articles")
    chosen = script.gold_articles("held", only=[2, 3])
    assert len(chosen) == len(script.round_lines(2)) + len(script.round_lines(3))
    assert [r["sha1"] for r, _ in chosen][:1] == [
        script.json.loads(script.round_lines(2)[0])["sha1"]
    ]


def test_statement_trainer_labels_events_a_statement_would_add() -> None:
    """A statement's sentence is a yes for a type only where a sure gold event of it lists
    the sentence and no record matched it; unlabelled where only an uncertain one does;
    the gain counts one event a sentence, its best-scored statement."""
    trainer = load_script("train/events/train_statement_events.py", "train_statement_events")
    golds = [
        {"type": "ACCUSE", "sentences": [[0, 10]]},
        {"type": "ACCUSE", "sentences": [[20, 30]], "uncertain": True},
    ]
    assert trainer._label(golds, "ACCUSE", (5, 8), set()) == 1
    assert trainer._label(golds, "ACCUSE", (5, 8), {0}) == 0  # a record has it already
    assert trainer._label(golds, "ACCUSE", (20, 25), set()) is None
    assert trainer._label(golds, "AGREE", (5, 8), set()) == 0
    rows = trainer.Rows(["a", "a", "b"], [0, 0, 7], [set(), set(), set()], [1, 0, 0])
    assert trainer.gains(rows, [0.9, 0.95, 0.5])[0.5] == (0, 2)  # sentence 0: its 0.95 row
    assert trainer.gains(rows, [0.95, 0.9, 0.5])[0.5] == (1, 1)


def test_filter_labels_from_the_article_gold() -> None:
    """A lexicon-type mention is ``yes`` where a sure gold event of its type lists an
    overlapping sentence, unlabelled where only an uncertain one does, ``no`` elsewhere;
    the held-out round is never derived."""
    fl = load_script("eval/events/articles/filter_labels.py", "events_filter_labels")
    gold = [
        {"type": "AID", "sentences": [[0, 10]]},
        {"type": "SUPPORT", "sentences": [[0, 10]], "uncertain": True},
    ]
    assert fl.label_of((5, 20), "AID", gold) == "yes"
    assert fl.label_of((5, 20), "SUPPORT", gold) is None
    assert fl.label_of((10, 20), "AID", gold) == "no"
    assert fl.label_of((5, 20), "CONSULT", gold) == "no"
    assert fl.parse_rounds("1-3,5") == [1, 2, 3, 5]
    held_out = load_script("eval/events/evaluate_articles.py", "events_articles").HELD_OUT
    with pytest.raises(SystemExit):
        fl.derive([min(held_out)])


def test_filter_labels_file_is_up_to_date() -> None:
    """``filter_labels.tsv`` is what ``filter_labels.py`` derives from today's pipeline
    (rerun it after changing the lexicons or the mention stages)."""
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    fl = load_script("eval/events/articles/filter_labels.py", "events_filter_labels")
    text = fl.OUT.read_text(encoding="utf-8")
    rows = [r for r in text.splitlines()[1:] if r.strip()]
    assert rows == fl.derive(fl.development_rounds())


def test_statements_floor() -> None:
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared not present: SaudiNewsNet is not available in this checkout")
    result = load_script("eval/events/evaluate_statements.py", "events_statements").score()
    assert result["items"] == 340
    floor = FLOORS["statements"]
    for k in ("f1", "speaker_right"):
        assert result[k] >= floor[k], (k, result, floor)


def test_english_floor() -> None:
    if not (SHARED / "data" / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt").exists():
        pytest.skip("../shared not present: the PLOVER gold records are not in this checkout")
    result = load_script("eval/events/evaluate_english.py", "events_english").score("all")
    assert result["sentences"] == 322
    assert result["f1"] >= FLOORS["english"]["f1"], result
