"""Search keywords of the generated pages: what readers type that the page's prose may not say.

Provision pages get the forms in which people cite them ("art. 94 pzp",
"L. 2113-13", "D.lgs. 117/2017", "C-113/13"); case pages get their country,
place, local government, mechanisms and services in the page's language.
"""

from __future__ import annotations

import re

from ..labels import article
from ..model import Act, Case, Catalog, Provision
from ..render import case_page, provision_page
from ..vocabulary import Vocabularies

# Italian acts are cited by kind, number and year, read from their URN
# (urn:nir:stato:decreto.legislativo:2017-07-03;117 -> "d.lgs. 117/2017").
_URN = re.compile(r"urn:nir:stato:([a-z.]+):(\d{4})-\d{2}-\d{2};(\d+)")
_ITALIAN_KINDS = {"decreto.legislativo": ("d.lgs.", "dlgs", "decreto legislativo"), "legge": ("l.", "legge")}
# French code articles: L2113-13 is also written "L. 2113-13" or "article L2113-13".
_CODE_ARTICLE = re.compile(r"^([LRD])\.? ?(\d+(?:-\d+)+)$")


def _article_forms(article: str) -> list[str]:
    match = _CODE_ARTICLE.match(article)
    if not match:
        return [article]
    letter, number = match.groups()
    return [f"{letter}{number}", f"{letter}. {number}", f"article {letter}{number}"]


def _act_forms(act: Act, lang: str) -> list[str]:
    forms = [act.short[lang]] + [value for _, value in act.identifiers]
    for _, value in act.identifiers:
        urn = _URN.match(value)
        if urn:
            kind, year, number = urn.groups()
            forms += [f"{name} {number}/{year}" for name in _ITALIAN_KINDS.get(kind, ())]
    return forms


def provision_keywords(catalog: Catalog, provision: Provision, lang: str) -> list[str]:
    act = catalog.acts[provision.act]
    forms = _article_forms(provision.article)
    local = article(provision.article, lang)
    return forms + ([local] if local not in forms else []) + _act_forms(act, lang)


def case_keywords(case: Case, vocab: Vocabularies, lang: str) -> list[str]:
    label = vocab.label
    return [
        label("countries", case.country, lang), case.place[lang], case.authority_name,
        label("authority_levels", case.authority_level, lang),
        *(label("mechanisms", m, lang) for m in case.mechanisms),
        *(label("service_areas", s, lang) for s in case.service_areas),
        *(p.name for p in case.partners),
    ]


def page_keywords(catalog: Catalog, vocab: Vocabularies, lang: str) -> dict[str, dict[str, str]]:
    """Docs page (e.g. law/pl-pzp-2019-art-94.md) -> {search field: its keywords in `lang`}.

    Citations ("cite") rank like a title: typing one means looking for that
    provision. What a page is about ("about": a case's facts, an act's original
    title) ranks just above prose: a mechanism or a country is shared by many pages.
    """
    out = {}
    for case in catalog.cases.values():
        out[case_page(case.id)] = {"about": ", ".join(case_keywords(case, vocab, lang))}
    for provision in catalog.provisions.values():
        out[provision_page(provision.id)] = {
            "cite": ", ".join(provision_keywords(catalog, provision, lang)),
            "about": catalog.acts[provision.act].title_original,
        }
    return out
