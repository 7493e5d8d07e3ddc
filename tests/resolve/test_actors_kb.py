"""The actor knowledge base file: up to date, well-formed, unique ids, no unlisted collisions."""

from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from marsad.clean.normalize import normalize_key
from marsad.resolve.actors import ActorKB, Role, _spellings, load_kb, read_entries
from marsad.resolve.actors_link import link
from marsad.resources import resource_path
from tests.conftest import load_script

KB_DIR = resource_path("actors")
SECTORS = {
    "GOV", "MIL", "COP", "SPY", "REB", "INS", "OPP", "PTY", "CVL", "REF", "MED", "EDU",
    "REL", "BUS", "NGO", "IGO", "JUD", "LEG", "CRM", "UAF", "HLH", "ELI", "LAB", "AGR",
}  # fmt: skip
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _builder():  # noqa: ANN202 - a module loaded from a path
    return load_script("train/build_actors.py", "build_actors")


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return [json.loads(line) for line in (KB_DIR / "actors.jsonl").read_text("utf-8").splitlines()]


def test_shipped_file_is_what_the_tables_build():
    b = _builder()
    assert (KB_DIR / "actors.jsonl").read_text(encoding="utf-8") == b.render(b.build())


def test_size_and_coverage(raw):
    assert len(raw) >= 2000
    types = {e["type"] for e in raw}
    assert types == {"state", "org", "person"}
    core = {"IRQ", "SYR", "YEM", "LBN", "PSE", "ISR", "LBY", "EGY", "SDN", "SAU", "ARE",
            "QAT", "KWT", "BHR", "OMN", "IRN", "TUR", "JOR"}  # fmt: skip
    per_country = defaultdict(int)
    for e in raw:
        per_country[e["country"]] += 1
    assert all(per_country[c] >= 20 for c in core), {c: per_country[c] for c in core}


def test_schema(raw):
    countries = {e["country"] for e in raw if e["type"] == "state"}
    ids = {e["id"] for e in raw}
    for e in raw:
        assert re.fullmatch(r"marsad:[a-z0-9][a-z0-9-]*", e["id"]), e["id"]
        assert e["type"] in ("state", "org", "person")
        assert e["name_en"] and e["names_ar"], e["id"]
        assert e["qid"] is None or re.fullmatch(r"Q[1-9]\d*", e["qid"]), e["id"]
        assert e["country"] is None or e["country"] in countries | {"ESH"}, e["id"]
        assert e["sector"] is None or e["sector"] in SECTORS, e["id"]
        assert e["type"] == "state" or e["sector"] in SECTORS, e["id"]
        assert all(a in ids for a in e["affiliations"]), e["id"]
        assert e["source"], e["id"]
        for r in e.get("roles", []):
            assert r["org"] in ids and r["sector"] in SECTORS, (e["id"], r)
            for d in (r["start"], r["end"]):
                assert d is None or DATE.match(d), (e["id"], d)
            if r["start"] and r["end"]:
                assert r["start"] <= r["end"], (e["id"], r)
        for h in e.get("history", []):
            assert h["sector"] in SECTORS, e["id"]


def test_ids_and_qids_unique(raw):
    ids = [e["id"] for e in raw]
    assert len(ids) == len(set(ids))
    qids = [e["qid"] for e in raw if e["qid"]]
    assert len(qids) == len(set(qids))


def _allowlist() -> dict[str, set[str]]:
    out = {}
    for line in (KB_DIR / "alias_allowlist.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, ids, reason = line.split("\t")
            assert reason.strip()
            out[name] = set(ids.split("|"))
    return out


def test_no_alias_collision_outside_the_allowlist(raw):
    owners: dict[str, set[str]] = defaultdict(set)
    for e in raw:
        names = e["names_ar"] + e["aliases_ar"] + e.get("weak_aliases_ar", []) + e["aliases_en"]
        for n in names:
            for key in _spellings(normalize_key(n)):
                owners[key].add(e["id"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    allowed = _allowlist()
    unlisted = {k: sorted(v) for k, v in shared.items() if allowed.get(k) != v}
    assert not unlisted
    stale = set(allowed) - set(shared)
    assert not stale, f"allow-list entries that no longer collide: {stale}"


def test_lookup_spelling_variants():
    kb = load_kb()
    assert [e.id for e in kb.lookup("الحشد الشعبى")] == ["marsad:irq-pmf"]
    assert kb.lookup("وزارة الدفاع العراقيّة")[0].id == "marsad:irq-mod"
    assert kb.lookup("علي عبدالله صالح")[0].id == "marsad:p-ali-abdullah-saleh"
    assert kb.lookup("Pentagon")[0].id == "marsad:usa-mod"
    assert kb.lookup("no such actor") == []
    assert kb.get("Q796").id == "marsad:irq"
    assert kb.institution("EGY", "army").name_en == "Egyptian Armed Forces"


def test_actor_ids_prefer_qids():
    kb = load_kb()
    assert kb.get("marsad:irq").actor().id == "Q796"
    assert kb.get("marsad:irq-pmf").actor().id == "marsad:irq-pmf"


def test_dated_roles_and_history():
    kb = load_kb()
    maliki = kb.get("marsad:p-nouri-maliki")
    assert maliki.sector_on("2010-01-01") == "GOV"
    assert maliki.sector_on(None) == "GOV"
    taliban = kb.get("marsad:afg-taliban")
    assert taliban.sector_on("2010-06-01") == "REB"
    assert taliban.sector_on("2022-06-01") == "GOV"
    assert kb.get("marsad:sdn-rsf").sector_on("2020-01-01") == "MIL"
    assert kb.get("marsad:sdn-rsf").sector_on("2024-01-01") == "REB"


def test_role_bounds_compare_by_precision():
    r = Role("president", "President", "", "o", "O", "GOV", "X", "2012", "2014-06")
    assert r.active("2012-01-01") and r.active("2014-06-30")
    assert not r.active("2011-12-31") and not r.active("2014-07-01")


def test_kb_from_entries_is_independent():
    entries = read_entries()[:5]
    kb = ActorKB(entries)
    assert len(kb) == 5


def test_an_armed_group_is_found_without_its_head_word() -> None:
    # 'جماعة «نصرة الإسلام والمسلمين»': the news sets the name apart from its head word
    b = _builder()
    assert b.headless(["جماعة نصرة الإسلام والمسلمين", "حزب الله", "جبهة النصرة"]) == [
        "نصرة الإسلام والمسلمين"
    ]
    assert b.headless(["حركة المقاومة الإسلامية"]) == []  # also Hezbollah's own name
    text = "وقالت جماعة «نصرة الإسلام والمسلمين» المرتبطة بتنظيم القاعدة إن مقاتليها هاجموا"
    assert "marsad:jnim" in {m.actor.id for m in link(text)}
