"""Dates and periods as a reader of each language writes them.

The data keeps ISO forms ("2016", "2016-02", "2016-02-16"); pages show
"16 lutego 2016 r." / "16 February 2016", and periods as "od 2016 r." / "since 2016".
"""

from __future__ import annotations

# Polish months in the genitive: the form after a day ("16 lutego") and after "od"/"do" ("od lutego 2016 r.").
_MONTHS = {
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def date(value: str, lang: str) -> str:
    """An ISO date, year-month or year: "2016-02-16" -> "16 lutego 2016 r." (pl) / "16 February 2016" (en)."""
    parts = str(value).split("-")
    year = parts[0]
    month = _MONTHS[lang][int(parts[1]) - 1] if len(parts) > 1 else None
    day = str(int(parts[2])) if len(parts) > 2 else None
    text = " ".join(p for p in (day, month, year) if p)
    return f"{text} r." if lang == "pl" else text


def period(start: str, end: str | None, lang: str) -> str:
    """"od 2016 r." / "since 2016"; with an end "od 2015 r. do czerwca 2020 r." / "from 2015 to June 2020"."""
    if lang == "pl":
        return f"od {date(start, lang)}" + (f" do {date(end, lang)}" if end else "")
    return f"from {date(start, lang)} to {date(end, lang)}" if end else f"since {date(start, lang)}"
