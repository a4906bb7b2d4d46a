"""The edition of the handbook: the date of the law it reflects, and the date of a build.

LEGAL_STATE is the one place that states the legal state; the chapter on sources says it
in words, and a test keeps that text in step with this constant.
"""

from __future__ import annotations

import datetime
import os

LEGAL_STATE = "2026-11-22"

_MONTHS = {
    # Polish dates use the genitive: "22 listopada 2026 r."
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def long_date(iso: str, lang: str) -> str:
    """2026-11-22 -> "22 listopada 2026 r." (pl) or "22 November 2026" (en)."""
    day = datetime.date.fromisoformat(iso)
    text = f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"
    return text + " r." if lang == "pl" else text


def build_date() -> str:
    """Today, or SOURCE_DATE_EPOCH when set, so that a rebuild of a release is byte-identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
    return datetime.date.today().isoformat()


def partial_date(value: str, lang: str) -> str:
    """A date as precise as the data: "2016" -> "2016 r." / "2016"; "2018-09" -> "września 2018 r." /
    "September 2018"; "2016-02-16" -> "16 lutego 2016 r." / "16 February 2016".

    Polish months are in the genitive: periods are said with "od ... do ...", which govern it.
    """
    parts = value.split("-")
    if len(parts) == 3:
        return long_date(value, lang)
    text = parts[0] if len(parts) == 1 else f"{_MONTHS[lang][int(parts[1]) - 1]} {parts[0]}"
    return text + " r." if lang == "pl" else text


_PERIOD_WORDS = {"pl": ("od", "od", "do"), "en": ("since", "from", "to")}


def period_text(start: str, end: str | None, lang: str) -> str:
    """"od 2016 r." / "since 2016"; "od września 2018 r. do grudnia 2020 r." / "from September 2018 to December 2020"."""
    since, frm, to = _PERIOD_WORDS[lang]
    if end is None:
        return f"{since} {partial_date(start, lang)}"
    return f"{frm} {partial_date(start, lang)} {to} {partial_date(end, lang)}"
