"""The edition of the handbook: the date of the law it reflects, and the date of a build.

LEGAL_STATE is the one place that states the legal state; the chapter on sources says it
in words, and a test keeps that text in step with this constant.
"""

from __future__ import annotations

import datetime
import html
import os
import re

from .labels import table

LEGAL_STATE = "2026-11-22"


def _words(lang: str) -> dict:
    """How `lang` writes dates (schema/labels/<lang>.yml, table `dates`)."""
    return table("dates", lang)


def long_date(iso: str, lang: str) -> str:
    """2026-11-22 -> "22 listopada 2026 r." (pl) or "22 November 2026" (en)."""
    day, words = datetime.date.fromisoformat(iso), _words(lang)
    return words["day"].format(day=day.day, month=words["months"][day.month - 1], year=day.year)


def first_day(value: str) -> datetime.date:
    """The earliest day a date as precise as the data can mean: "2004" -> 2004-01-01."""
    parts = [int(x) for x in value.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])


def last_day(value: str) -> datetime.date:
    """The latest day it can mean: "2004" -> 2004-12-31, "2018-09" -> 2018-09-30."""
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    year, month = parts[0], parts[1] if len(parts) == 2 else 12
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def day_after(value: str) -> str:
    """The first day of the next period: "2020-12-31" -> "2021-01-01"; "2016" -> "2017-01-01"."""
    return (last_day(value) + datetime.timedelta(days=1)).isoformat()


def legal_state_text(lang: str) -> str:
    """"Stan prawny na 22 listopada 2026 r." / "Law as of 22 November 2026": said on every page."""
    return _words(lang)["legal_state"].format(date=long_date(LEGAL_STATE, lang))


def checked_text(value: str, lang: str) -> str:
    """"fakty sprawdzono 3 marca 2026 r." / "facts checked on 3 March 2026": when a case was last checked."""
    return _words(lang)["checked"].format(date=partial_date(value, lang))


def legal_state_note(lang: str, checked: str | None = None) -> str:
    """The line every page carries under its title, as HTML (class hb-legal-state)."""
    text = legal_state_text(lang) + (f"; {checked_text(checked, lang)}" if checked else "")
    text += "" if text.endswith(".") else "."  # a Polish date already ends with "r."
    # Said on every page, so kept out of the search index: it would match every page alike.
    return f'<p class="hb-legal-state" data-search-exclude>{html.escape(text)}</p>'


_TITLE = re.compile(r"^# .*$", re.MULTILINE)


def with_legal_state(markdown: str, lang: str, checked: str | None = None) -> str:
    """The page with its legal state line under the first title (or at the top when it has none); once."""
    if 'class="hb-legal-state"' in markdown:
        return markdown
    note = legal_state_note(lang, checked)
    title = _TITLE.search(markdown)
    if title is None:
        return f"{note}\n\n{markdown}"
    return f"{markdown[:title.end()]}\n\n{note}\n{markdown[title.end():]}"


def build_time() -> str:
    """The moment of a build in UTC (SOURCE_DATE_EPOCH when set), for data/edition.json."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch else \
        datetime.datetime.now(datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    words = _words(lang)
    if len(parts) == 1:
        return words["year"].format(year=parts[0])
    return words["month"].format(month=words["months"][int(parts[1]) - 1], year=parts[0])


def period_text(start: str, end: str | None, lang: str) -> str:
    """"od 2016 r." / "since 2016"; "od września 2018 r. do grudnia 2020 r." / "from September 2018 to December 2020"."""
    words = _words(lang)
    since, frm, to = words["since"], words["from"], words["to"]
    if end is None:
        return f"{since} {partial_date(start, lang)}"
    return f"{frm} {partial_date(start, lang)} {to} {partial_date(end, lang)}"
