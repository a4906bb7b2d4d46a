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
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date().isoformat()
    return datetime.date.today().isoformat()
