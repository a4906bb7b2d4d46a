"""Interface strings of the generated pages: one data file per language, schema/labels/<lang>.yml.

The default language's file is the reference: every other language's file has the same labels
(the same keys, each a text or a list of texts), and `check` reports any label missing or extra at
its file:line. A language configured in mkdocs.yml without its file is reported too. Tables:
`page` (generated pages), `caseindex`, `casemap`, `frontdoor`, `nouns`, `errorpage`, `chooser`
(also read by chooser.js), `theme` (the templates in overrides/), `dates`, `numbers`,
`conditions`, `glossary`, `article_words` and `article_parts` (provision labels, see article()), and
`languages` (each language's name in this one).

The labels in use are module state set by `use()` (load_project sets them for each build); until
then they are read from the files beside the engine.
"""

from __future__ import annotations

from pathlib import Path

from . import languages
from .problems import ContentError, Problem, format_path
from .source import load

FOLDER = "schema/labels"
ENGINE = Path(__file__).resolve().parent.parent

_current: dict[str, dict] | None = None


def load_labels(root: Path, folder: str = FOLDER, codes: tuple[str, ...] | None = None) -> dict[str, dict]:
    """Language -> its labels, checked against the default language's file; ContentError otherwise."""
    codes = codes or languages.codes()
    problems, docs = [], {}
    for code in codes:
        rel = f"{folder}/{code}.yml"
        if not (Path(root) / rel).is_file():
            problems.append(Problem(rel, 0, f"no labels for the language '{code}' of mkdocs.yml: copy "
                                            f"{folder}/{codes[0]}.yml to this file and translate it"))
            continue
        doc, found = load(Path(root) / rel, rel)
        problems += found
        if doc is not None and not found:
            if not isinstance(doc.data, dict):
                problems.append(Problem(rel, 1, "expected a mapping of label tables"))
                continue
            docs[code] = doc
            problems += _language_names(doc, codes) + _plural_rule(doc)
    reference = docs.get(codes[0])
    for code, doc in docs.items():
        if reference is not None and code != codes[0]:
            problems += _compare(reference, doc, (), reference.data, doc.data)
    if problems:
        raise ContentError(sorted(set(problems)))
    return {code: doc.data for code, doc in docs.items()}


def _kind(value) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "a list of texts"
    return "a text" if isinstance(value, str) else "something else"


def _compare(reference, doc, path: tuple, ref_value, value) -> list[Problem]:
    """Every label of the reference file exists in `doc`, of the same kind, and `doc` has no other."""
    if _kind(ref_value) != _kind(value):
        return [Problem(doc.rel, doc.line(path), f"expected {_kind(ref_value)}, as in "
                                                 f"{reference.rel}:{reference.line(path)}", format_path(path))]
    if not isinstance(value, dict) or path == ("languages",):
        return []
    out = []
    for key in ref_value:
        if key not in value:
            out.append(Problem(doc.rel, doc.line(path) if path else 1,
                               f"missing label '{key}' (see {reference.rel}:{reference.key_line(path + (key,))})",
                               format_path(path)))
        else:
            out += _compare(reference, doc, path + (key,), ref_value[key], value[key])
    out += [Problem(doc.rel, doc.key_line(path + (key,)), f"unknown label '{key}': not in {reference.rel}",
                    format_path(path))
            for key in value if key not in ref_value]
    return out


def _language_names(doc, codes) -> list[Problem]:
    """`languages` names every language of the site, in this file's language."""
    names = doc.data.get("languages")
    if not isinstance(names, dict):
        return [Problem(doc.rel, 1, "missing label table 'languages' (each language's name)")]
    return [Problem(doc.rel, doc.line(("languages",)), f"missing the name of the language '{code}'", "languages")
            for code in codes if code not in names]


def _plural_rule(doc) -> list[Problem]:
    rule = (doc.data.get("numbers") or {}).get("plural") if isinstance(doc.data.get("numbers"), dict) else None
    if rule in PLURAL_RULES or rule is None:  # None: reported as a missing label, against the reference
        return []
    return [Problem(doc.rel, doc.line(("numbers", "plural")), f"unknown plural rule '{rule}'; known: "
                                                                f"{', '.join(PLURAL_RULES)}", "numbers.plural")]


def use(tables: dict[str, dict]) -> None:
    global _current
    _current = tables


def current() -> dict[str, dict]:
    global _current
    if _current is None:
        _current = load_labels(ENGINE)
    return _current


def table(name: str, lang: str) -> dict:
    """One label table in one language, e.g. table("chooser", "en")."""
    return current()[lang][name]


def label(key: str, lang: str) -> str:
    """A label of the generated pages (the `page` table)."""
    return current()[lang]["page"][key]


def language_names(lang: str) -> dict[str, str]:
    """Each language's name in `lang`: {"pl": "polski", "en": "angielski"} in Polish."""
    return current()[lang]["languages"]


# Which of a noun's forms follows a number, by the rule a language's numbers.plural names.
PLURAL_RULES = {
    "one-other": lambda n: 0 if n == 1 else 1,  # 1 case, 2 cases
    # 1 przypadek, 2-4 przypadki (not 12-14), 5+ przypadków
    "one-few-many": lambda n: 0 if n == 1 else 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2,
}


def plural(forms: list[str], n: int, lang: str) -> str:
    return forms[PLURAL_RULES[table("numbers", lang)["plural"]](n)]


def article(label_text: str, lang: str) -> str:
    """An article label as the page's language cites it: "recital 114" is "motyw 114" in Polish, "art. 22 ust. 2
    i 2a" is "Article 22(2) and (2a)" in English. The first word by `article_words`; after the number, each pair of
    an `article_parts` word and its number ("ust. 2", "i 2a") by its text; a label of another shape as written."""
    word, _, rest = label_text.partition(" ")
    if not rest:
        return label_text
    number, *pairs = rest.split(" ")
    parts = table("article_parts", lang)
    if len(pairs) % 2 or any(part not in parts for part in pairs[::2]):
        number, pairs = rest, []
    tail = "".join(parts[part].replace("{}", n) for part, n in zip(pairs[::2], pairs[1::2]))
    return f"{table('article_words', lang).get(word, word)} {number}{tail}"
