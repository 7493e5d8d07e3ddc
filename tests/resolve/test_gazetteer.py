"""The shipped gazetteer index: contents, keys, speed and memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from marsad.clean.normalize import normalize
from marsad.resolve.gazetteer import Gazetteer, load_gazetteer
from marsad.resolve.gazetteer_keys import arabic_key, latin_key, spacing_variants
from marsad.resolve.gazetteer_match import clitic_readings, find_names, tokenize


def entries(key: str) -> list:
    gaz = load_gazetteer()
    hit = gaz.lookup(key)
    return [gaz.entry(r) for r in hit[1]] if hit else []


def test_keys_normalize_spelling() -> None:
    assert arabic_key("الأنبار") == "الانبار"
    assert arabic_key("جِدَّة") == "جده"
    assert arabic_key("قاهره، ایلینوی") is None  # a Persian spelling is not indexed
    assert latin_key("Ar Raqqah") == "ar raqqah"
    assert latin_key("Al Qā’im") == "al qaim"
    assert spacing_variants("ابو كمال") == {"ابوكمال"}


def test_index_has_countries_divisions_towns_and_supplement() -> None:
    gaz = load_gazetteer()
    assert len(gaz) > 60000
    assert gaz.country_entry("SYR").name == "Syria"
    assert gaz.admin1_name("IQ.01") == "Al Anbar"
    # divisions the gazetteer does not index still get their GeoNames name, never a code
    assert gaz.admin1_name("NG.27") == "Borno"
    assert gaz.admin1_name("ZZ.99") is None
    kinds = {e.kind for e in entries(arabic_key("الانبار"))}
    assert kinds == {"A"}
    karrada = entries(arabic_key("الكرادة"))[0]
    assert (karrada.kind, karrada.country, karrada.sid) == ("S", "IRQ", "iq_karrada")


def test_arabic_alternate_names_of_geonames() -> None:
    assert [e.geonameid for e in entries(arabic_key("القامشلي"))] == [173377]
    assert 174448 in [e.geonameid for e in entries(arabic_key("البو كمال"))]
    assert 174448 in [e.geonameid for e in entries(arabic_key("البوكمال"))]


def test_demonyms_and_designators_are_not_place_keys() -> None:
    gaz = load_gazetteer()
    for word in ("السوري", "العراقيه", "مدينه", "المدينه"):
        assert word not in gaz or "w" in gaz.flags(word)
    assert "السعوديه" in gaz and "a" in gaz.flags("السعوديه")  # country, adjective-shaped


def test_common_words_are_flagged_or_dropped() -> None:
    gaz = load_gazetteer()
    assert "كيف" not in gaz  # "how", not Kyiv
    assert set(gaz.flags("الخبر")) & set("wc")  # "the news" / Khobar
    assert "بلاد" in gaz.no_strip  # not ب + Lod


def test_clitic_readings_and_matching() -> None:
    assert ("العراق", "ول") in clitic_readings("وللعراق")
    text = "قصف على البو كمال وبدير الزور"
    found = find_names(text, load_gazetteer())
    assert [text[m.start : m.end] for m in found] == ["البو كمال", "دير الزور"]
    words = tokenize(normalize("Al-Qa'im near Ḩamāh").text)
    assert words.toks == ["al", "qaim", "near", "hamah"]


LOAD_CODE = """
import time
t = time.process_time()
from marsad.resolve.gazetteer import Gazetteer
Gazetteer.load()
cpu = time.process_time() - t
# VmHWM (peak resident set of this process image); ru_maxrss would include the forked parent
hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM"))
print(cpu, hwm)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (Linux)")
def test_index_loads_fast_and_small() -> None:
    """Measured about 0.45 s CPU and 72 MB; the time limit has slack for a busy CI box."""
    out = subprocess.run(
        [sys.executable, "-c", LOAD_CODE], capture_output=True, text=True, check=True
    )
    seconds, rss_kb = out.stdout.split()
    assert float(seconds) <= 2.0
    assert int(rss_kb) / 1024 <= 150


def test_load_from_directory(tmp_path) -> None:  # noqa: ANN001 - pytest fixture
    import shutil
    from importlib import resources

    src = resources.files("marsad.resources").joinpath("gazetteer")
    for name in ("places.tsv.gz", "names.tsv.gz"):
        shutil.copy(str(src.joinpath(name)), tmp_path / name)
    gaz = Gazetteer.load(tmp_path)
    assert gaz.country_entry("YEM").geonameid == 69543
