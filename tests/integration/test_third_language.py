"""A third language costs content, not code (issue 14).

The fixture site gets French (`fr`) in its i18n configuration, a French stub of every text of its
content and of the engine's data (vocabularies, terms, labels, search rules), and French home and
chapter pages; nothing under handbook/ or hooks/ that is Python changes. Its strict build then has
every page in Polish, English and French.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from support import copy_site, mkdocs_build

pytestmark = pytest.mark.build

FR = "fr"
STUB = "[fr] "  # marks the stub texts, so that the test can tell a French text from a fallback
CODE = ("*.py", "*.js")


def stub(value):
    """The French stub of an English text: the same text, marked (a wording mapping is copied whole)."""
    return STUB + value if isinstance(value, str) else json.loads(json.dumps(value))


def with_french(data):
    """Every {pl: ..., en: ...} of a document gets fr: the stub of its English."""
    if isinstance(data, dict):
        out = {key: with_french(value) for key, value in data.items()}
        if "pl" in data and "en" in data and FR not in data:
            out[FR] = stub(data["en"])
        return out
    if isinstance(data, list):
        return [with_french(item) for item in data]
    return data


def rewrite_yaml(path: Path, change) -> None:
    text = path.read_text(encoding="utf-8")
    head = "".join(line + "\n" for line in text.split("\n") if line.startswith("# yaml-language-server"))
    data = change(yaml.safe_load(text))
    path.write_text(head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


def french_labels(data):
    """schema/labels/fr.yml: the English labels, marked; numbers, dates and addresses as in English."""
    def mark(value, path=()):
        if isinstance(value, dict):
            return {k: mark(v, path + (k,)) for k, v in value.items()}
        if isinstance(value, list):
            return [mark(v, path) for v in value]
        keep = path[:1] in (("numbers",), ("article_words",), ("article_parts",)) or path[-1:] in (("locale",), ("contributing_file",)) \
            or (path[:1] == ("dates",) and path[-1] not in ("legal_state", "checked"))
        return value if keep or not isinstance(value, str) or value.startswith("http") else STUB + value
    return mark(data)


def add_french(site: Path) -> None:
    config = site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("        - {locale: en, name: English, build: true}\n",
                        "        - {locale: en, name: English, build: true}\n"
                        "        - {locale: fr, name: Français, build: true}\n")
    assert "locale: fr" in text
    config.write_text(text, encoding="utf-8")
    for path in [*site.glob("cases/*.yml"), *site.glob("legal/*.yml"),
                 site / "schema/vocabularies.yml", site / "schema/terms.yml"]:
        rewrite_yaml(path, with_french)
    labels = site / "schema/labels"
    if (labels / "en.yml").is_file():  # (an engine from before issue 14 had its labels in Python)
        english = yaml.safe_load((labels / "en.yml").read_text(encoding="utf-8"))
        (labels / "fr.yml").write_text(yaml.safe_dump(french_labels(english), allow_unicode=True, sort_keys=False),
                                       encoding="utf-8")
        for lang, name in (("pl", "francuski"), ("en", "French"), ("fr", "français")):
            path = labels / f"{lang}.yml"
            path.write_text(path.read_text(encoding="utf-8").replace("languages:\n", f"languages:\n  fr: {name}\n", 1),
                            encoding="utf-8")
    rules = site / "handbook/search/rules.json"
    data = json.loads(rules.read_text(encoding="utf-8"))
    data["languages"][FR] = {**data["languages"]["en"], "stop_words": []}  # data: no French stemmer is claimed
    rules.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    (site / "docs/index.fr.md").write_text("# Accueil\n\nVoir le [chapitre](guide/chapter.md).\n", encoding="utf-8")
    (site / "docs/guide/chapter.fr.md").write_text("# Chapitre\n\nUn chapitre.\n", encoding="utf-8")


def code_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for part in ("handbook", "hooks") for pattern in CODE for p in (root / part).rglob(pattern)}


@pytest.fixture(scope="module")
def french_site(tmp_path_factory):
    site = copy_site("site", tmp_path_factory.mktemp("third-language") / "site")
    code = code_of(site)
    add_french(site)
    assert code_of(site) == code  # only configuration, content and data were added
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr[-4000:]
    assert "Traceback" not in result.stderr
    return site / "site"


def page(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ["", "guide/chapter/", "cases/", "cases/xx-alpha-reserved/", "law/",
                                  "law/pl-new-art-94/", "cases/by-mechanism/"])
def test_every_page_exists_in_the_three_languages(french_site, path):
    for prefix, lang in (("", "pl"), ("en/", "en"), ("fr/", "fr")):
        assert f'<html lang="{lang}"' in page(french_site, f"{prefix}{path}index.html")


def test_french_pages_show_the_french_content_and_labels(french_site):
    case = page(french_site, "fr/cases/xx-alpha-reserved/index.html")
    assert "[fr] Alpha" in case  # the place, from the case's fr text
    assert "[fr] Context" in case  # a label of schema/labels/fr.yml
    assert "[fr] Law as of 22 November 2026" in case  # the dates table
    assert "<h1" in page(french_site, "fr/index.html") and "Accueil" in page(french_site, "fr/index.html")
    assert re.search(r'hreflang="fr"', page(french_site, "cases/xx-alpha-reserved/index.html"))


def test_open_data_and_search_cover_the_third_language(french_site):
    cases = json.loads(page(french_site, "data/cases.json"))
    alpha = next(c for c in cases if c["id"] == "xx-alpha-reserved")
    assert alpha["title"]["fr"].startswith(STUB) and set(alpha["url"]) == {"pl", "en", "fr"}
    assert alpha["url"]["fr"] == "fr/cases/xx-alpha-reserved/"
    assert (french_site / "fr/search/lunr_index.json").is_file()
    schema = json.loads(page(french_site, "schema/case.schema.json"))
    assert schema["$defs"]["text"]["required"] == ["pl", "en", "fr"]


def test_a_missing_french_label_fails_the_build_at_its_line(tmp_path):
    site = copy_site("site", tmp_path / "site")
    add_french(site)
    labels = site / "schema/labels/fr.yml"
    text = labels.read_text(encoding="utf-8")
    labels.write_text(re.sub(r"^  context: .*\n", "", text, count=1, flags=re.MULTILINE), encoding="utf-8")
    result = mkdocs_build(site)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert re.search(r"schema/labels/fr\.yml:\d+: page: missing label 'context' \(see schema/labels/pl\.yml:\d+\)",
                     result.stderr), result.stderr[-3000:]
