"""decode_bytes: UTF-8/16/32, legacy Arabic code pages, binary and undecodable input."""

from __future__ import annotations

import random

import pytest

from marsad.ingest.decode import DecodeError, decode_bytes

AR = (
    "قتل ثلاثة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة في حي الكرادة وسط بغداد "
    "يوم السبت، بحسب مصدر أمني.\r\nوقال المصدر إن قوات الأمن طوقت المكان."
)
EN = "Three people were killed in a car bomb blast in Baghdad's Karrada district on Saturday."


@pytest.mark.parametrize("text", [AR, EN, "نحو 2000 جندي – “قوات” …"])
def test_utf8_passes_through_exactly(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == text


def test_utf8_bom_is_stripped_and_nothing_else() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + AR.encode()) == AR  # \r\n kept


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("text", [AR, EN])
def test_utf16_and_utf32_with_or_without_bom(codec: str, text: str) -> None:
    data = text.encode(codec)
    if codec == "utf-16-le":
        assert b"\x00" in data or b"\x06" in data  # no BOM: the byte pattern decides
    assert decode_bytes(data) == text


@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6"])
def test_legacy_arabic_code_pages(codec: str) -> None:
    # ISO-8859-6 has no Arabic comma variant issues but lacks some letters; keep to its repertoire.
    text = (
        "أعلنت وزارة الداخلية السعودية القبض على خلية إرهابية في الرياض، وقالت إنها تضم ستة أشخاص."
    )
    assert decode_bytes(text.encode(codec)) == text


def test_short_iso_8859_6_text_is_not_mistaken_for_windows_1256() -> None:
    text = "الكتاب الجديد"  # every byte also decodes to Arabic as windows-1256
    assert decode_bytes(text.encode("iso8859_6")) == text


def test_declared_charset_is_used_when_not_utf8() -> None:
    text = "Café crème à Paris, évidemment"
    assert decode_bytes(text.encode("cp1252"), hint="windows-1252") == text


def test_english_cp1252_with_smart_quotes_decodes() -> None:
    text = "The minister said: “we will not retreat” – officials…"
    assert decode_bytes(text.encode("cp1252")) == text


def test_binary_is_rejected() -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4000)) + b"\x00\x00"
    with pytest.raises(DecodeError, match="binary file, not text"):
        decode_bytes(data)


def test_text_with_control_bytes_is_binary() -> None:
    data = b"\x1b[31m\x01\x02\x03\x04" * 20 + b"hello"
    with pytest.raises(DecodeError) as exc:
        decode_bytes(data)
    assert exc.value.problem == "binary file, not text"


def test_invalid_utf8_that_is_not_arabic_names_the_first_bad_byte() -> None:
    # accented Latin letters in a run, in no Latin word: neither Arabic nor Latin text
    data = (
        b"Plenty of words "
        + bytes([0xE0, 0xE2, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xF4, 0xFB, 0xFC])
        + b" end"
    )
    with pytest.raises(DecodeError) as exc:
        decode_bytes(data)
    assert exc.value.problem == (
        "not valid UTF-8 (first bad byte at offset 16) and not windows-1256/ISO-8859-6 "
        "or windows-1252 text"
    )


def test_latin1_text_is_read_as_windows_1252_with_a_note() -> None:
    """ "Montréal" in Latin-1 is no Arabic ("Montrىal" in windows-1256): its accented
    letters sit in Latin words."""
    notes: list[str] = []
    data = "Plenty of words Größenordnung über Éléphants in Montréal".encode("latin-1")
    assert decode_bytes(data, notes=notes).endswith("Éléphants in Montréal")
    assert notes == ["not UTF-8 (first bad byte at offset 18): read as windows-1252"]


def test_cut_last_character_is_dropped_with_a_note() -> None:
    notes: list[str] = []
    data = "قتل ثلاثة أشخاص".encode()
    assert decode_bytes(data[:-1], notes=notes) == "قتل ثلاثة أشخا"
    assert notes == [
        f"its last character is cut off (incomplete UTF-8 at offset {len(data) - 2}): dropped"
    ]
    notes.clear()
    assert decode_bytes("قتل 3 أشخاص".encode("cp1256"), notes=notes) == "قتل 3 أشخاص"
    assert notes == ["not UTF-8 (first bad byte at offset 0): read as windows-1256"]


def test_bad_bytes_after_a_utf16_bom() -> None:
    with pytest.raises(DecodeError, match="UTF-16 LE byte-order mark"):
        decode_bytes(b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xdc")


def test_empty_input_gives_empty_text() -> None:
    assert decode_bytes(b"") == ""
