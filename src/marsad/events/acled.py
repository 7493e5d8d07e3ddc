"""ACLED ``event_type`` / ``sub_event_type`` for a PLOVER event, from the table
``resources/events/acled_map.tsv`` (first matching row wins).

>>> acled_category("ASSAULT", "explosives", None)
{'event_type': 'Explosions/Remote violence', 'sub_event_type': 'Remote explosive/landmine/IED'}
>>> acled_category("ASSAULT", None, "CVL")["event_type"]
'Violence against civilians'
>>> acled_category("ASSAULT", "targeted", "MIL")["event_type"]
'Battles'
>>> acled_category("CONSULT", None, None) is None
True
"""

from __future__ import annotations

from functools import cache

from marsad.resources import resource_path

#: CAMEO sectors ACLED counts as civilians.
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "MED", "EDU", "REL", "NGO", "HLH", "LAB", "AGR"})
#: CAMEO sectors of armed and security forces: a killing of theirs is a clash, not
#: violence against civilians.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF"})


@cache
def _rows() -> tuple[tuple[str, ...], ...]:
    text = resource_path("events", "acled_map.tsv").read_text(encoding="utf-8")
    return tuple(
        tuple(c.strip() for c in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def acled_category(
    event_type: str, mode: str | None, recipient_sector: str | None
) -> dict[str, str] | None:
    """The ``acled`` object of an event, or None where ACLED has no counterpart."""
    for typ, row_mode, cond, ev, sub in _rows():
        if typ != event_type or (row_mode != "*" and row_mode != mode):
            continue
        if cond == "recipient=CVL" and recipient_sector not in CIVILIAN_SECTORS:
            continue
        if cond == "recipient=ARMED" and recipient_sector not in ARMED_SECTORS:
            continue
        return {"event_type": ev, "sub_event_type": sub}
    return None
