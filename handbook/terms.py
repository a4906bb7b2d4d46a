"""Terminology: preferred terms, variants to avoid and abbreviations, declared once in schema/terms.yml.

The same data drives three things: the warnings of `make check` (a variant to avoid, an upper-case
abbreviation the list does not know), the terminology table of the glossary chapter (its
`<!-- handbook:terms -->` marker) and the abbreviation definitions appended to every page, which
Python-Markdown's `abbr` extension turns into `<abbr title="...">`.

Only the handbook's own words are checked: quotations („…”, “…”, "…"), code, links' targets,
[[references]], HTML comments and passages marked with a `lang` attribute are masked first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import languages
from .labels import table
from .problems import ContentError, Problem, format_path
from .source import Document, load


# Spans that are not the handbook's own wording; each is blanked out (newlines kept, so lines stay right).
_MASKS = [
    re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.DOTALL | re.MULTILINE),          # fenced code
    re.compile(r"`[^`\n]+`"),                                        # inline code
    re.compile(r"<!--.*?-->", re.DOTALL),                                  # comments, markers
    re.compile(r"<(\w+)\b[^>]*\blang=[\"']?[\w-]+[\"']?[^>]*>.*?</\1>", re.DOTALL),  # <span lang="fr">…</span>
    re.compile(r"(\*[^*\n]+\*|\[[^\]\n]+\])\{[^}\n]*\blang=[^}\n]*\}"),       # *terme*{lang=fr}
    re.compile(r"„[^”\n]*”"), re.compile(r"“[^”\n]*”"), re.compile(r"\"[^\"\n]*\""),  # quotations
    re.compile(r"\[\[[^\]\n]*\]\]"),                                  # [[id]] and [[id|label]]
    re.compile(r"\]\([^)\n]*\)"), re.compile(r"https?://\S+"),        # link targets, bare URLs
    re.compile(r"^\*\[[^\]\n]+\]:.*$", re.MULTILINE),                          # abbreviation definitions
]
_ABBREVIATION = re.compile(r"(?<![\w\-/.:])[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻ0-9]+(?![\w\-/:])")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_IDENTIFIER = re.compile(r"\d{4,}")  # CETATEXT000027273248, WDU20190002019: record identifiers, not abbreviations


def mask(text: str) -> str:
    """The text with every span that is not the handbook's own wording replaced by spaces."""
    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))
    for pattern in _MASKS:
        text = pattern.sub(blank, text)
    return text


def _lower(text: str) -> str:
    """Lower case, one character for one, so that offsets still point into the original text."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def variant_pattern(variant: str) -> re.Pattern:
    """'umow* o pracę' -> a whole-word pattern for lower-cased text; `*` stands for any word ending."""
    words = [re.escape(w).replace(r"\*", r"\w*") for w in variant.lower().split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


@dataclass(frozen=True)
class Variant:
    concept: str
    lang: str
    text: str
    preferred: str
    pattern: re.Pattern
    allowed: tuple = ()  # patterns of correct phrases that contain the variant (masked first)

    @property
    def needle(self) -> str:
        """A literal every match contains (its longest word up to a `*`): texts without it are skipped cheaply."""
        return max((w.split("*")[0] for w in self.text.lower().split()), key=len)


@dataclass
class Terms:
    concepts: dict = field(default_factory=dict)       # id -> entry as written in terms.yml
    abbreviations: dict = field(default_factory=dict)  # "JST" -> {language: expansion}
    names: frozenset = frozenset()                      # upper-case words that are names, not abbreviations
    unexpanded: frozenset = frozenset()                 # abbreviations whose expansion is still to confirm
    intended: list = field(default_factory=list)        # [{file, text, reason}]: warnings kept on purpose

    def variants(self, lang: str) -> list[Variant]:
        out = []
        for concept, entry in self.concepts.items():
            if lang not in entry:
                continue
            allowed = tuple(variant_pattern(a) for a in entry[lang].get("allow", []))
            for text in entry[lang].get("avoid", []):
                out.append(Variant(concept, lang, text, entry[lang]["preferred"], variant_pattern(text), allowed))
        return out

    def is_intended(self, file: str, line_text: str) -> bool:
        return any(item["file"] == file and item["text"] in line_text for item in self.intended)


def load_terms(path: Path, rel: str, validator) -> Terms:
    if not path.is_file():  # a site without a terminology list (the fixture) checks nothing
        return Terms()
    doc, problems = load(path, rel)
    if doc is not None and not problems:
        problems = validator.validate("terms", doc)
    if problems:
        raise ContentError(problems)
    data = doc.data
    return Terms(data.get("concepts", {}), data.get("abbreviations", {}), frozenset(data.get("names", [])),
                 frozenset(data.get("unexpanded", [])), data.get("intended", []))


# -- finding texts ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    """One piece of the handbook's wording in one language, and where its lines are."""

    file: str
    lang: str
    text: str
    first_line: int          # file line of the text's first line
    field: str = ""
    raw: tuple = ()          # the file's lines, to place a match inside a folded YAML value


def chapter_texts(root: Path, paths: list[Path]) -> list[Text]:
    out = []
    for path in paths:
        match = re.search(r"\.(pl|en)\.md$", path.name)
        if not match:
            continue
        out.append(Text(path.relative_to(root).as_posix(), match.group(1), path.read_text(encoding="utf-8"), 1))
    return out


def yaml_texts(documents: dict[str, Document], root: Path) -> list[Text]:
    out = []
    for rel, doc in documents.items():
        raw = tuple((root / rel).read_text(encoding="utf-8").split("\n"))
        for path, value in _leaves(doc.data, ()):
            if len(path) and path[-1] in languages.codes() and isinstance(value, str):
                out.append(Text(rel, path[-1], value, doc.line(path), format_path(path), raw))
    return out


def _leaves(data, path):
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, path + (index,))
    else:
        yield path, data


def _line(text: Text, offset: int, found: str) -> tuple[int, str]:
    """File line (and its text) of a match at `offset` of the text."""
    if not text.raw:  # a chapter: the text is the file
        line = text.text.count("\n", 0, offset) + 1
        return line, text.text.split("\n")[line - 1]
    # YAML: quoted and folded values do not keep the file's line breaks; find the line that holds the words.
    start = text.first_line - 1
    span = text.text.count("\n") + len(text.text) // 40 + 3
    whole, longest = " ".join(found.split()).lower(), max(found.split(), key=len).lower()
    for needle in (whole, longest):  # the whole match when it sits on one line, else its most telling word
        for index in range(start, min(start + span, len(text.raw))):
            if needle in text.raw[index].lower():
                return index + 1, text.raw[index]
    return text.first_line, text.raw[start] if start < len(text.raw) else ""


# -- the checks ----------------------------------------------------------------------------------------

def variant_warnings(terms: Terms, texts: list[Text]) -> list[Problem]:
    """Each use of a variant to avoid, with the preferred term."""
    by_lang = {lang: [(v, v.needle) for v in terms.variants(lang)] for lang in languages.codes()}
    out = []
    for text in texts:
        lowered = _lower(text.text)
        candidates = [v for v, needle in by_lang.get(text.lang, []) if needle in lowered]
        if not candidates:
            continue
        masked = _lower(mask(text.text))
        for variant in candidates:
            if not variant.pattern.search(masked):
                continue
            own = masked
            for allowed in variant.allowed:
                own = allowed.sub(lambda m: " " * len(m.group(0)), own)
            for match in variant.pattern.finditer(own):
                found = text.text[match.start():match.end()]
                line, line_text = _line(text, match.start(), found)
                if terms.is_intended(text.file, line_text):
                    continue
                out.append(Problem(text.file, line, f"“{found}”: use “{variant.preferred}” "
                                                    f"(terms.yml: {variant.concept})", text.field))
    return out


def abbreviation_warnings(terms: Terms, texts: list[Text]) -> list[Problem]:
    """Each upper-case abbreviation that the list neither expands nor names; once per file."""
    known = set(terms.abbreviations) | set(terms.names) | set(terms.unexpanded)
    out, seen = [], set()
    for text in texts:
        for match in _ABBREVIATION.finditer(mask(text.text)):
            word = match.group(0)
            if word in known or _ROMAN.match(word) or _IDENTIFIER.search(word) or (text.file, word) in seen:
                continue
            seen.add((text.file, word))
            line, line_text = _line(text, match.start(), word)
            if terms.is_intended(text.file, line_text):
                continue
            out.append(Problem(text.file, line, f"abbreviation “{word}” is not in schema/terms.yml "
                                                f"(add it under abbreviations, with its expansion in each language)",
                               text.field))
    return out


# -- what the site shows ---------------------------------------------------------------------------



def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def glossary_table(terms: Terms, lang: str, known: set | None = None) -> str:
    """The terminology list of the glossary chapter: preferred term, provision, variants to avoid, note."""
    head = table("glossary", lang)
    rows = [f"| {head['preferred']} | {head['provision']} | {head['avoid']} | {head['note']} |", "|---|---|---|---|"]
    for entry in sorted(terms.concepts.values(), key=lambda e: e[lang]["preferred"].lower() if lang in e else ""):
        if lang not in entry:
            continue
        words = entry[lang]
        ref = entry.get("provision")
        provision = (f"[[{ref}]]" if known is None or ref in known else f"`{ref}`") if ref else "–"
        avoid = "; ".join(_cell(v).replace('*', '…') for v in words.get("avoid", [])) or "–"
        note = _cell(entry.get("note", {}).get(lang, "")) or "–"
        rows.append(f"| **{_cell(words['preferred'])}** | {provision} | {avoid} | {note} |")
    return "\n" + "\n".join(rows) + "\n"


def abbreviation_table(terms: Terms, lang: str) -> str:
    head = table("glossary", lang)
    rows = [f"| {head['abbreviation']} | {head['expansion']} |", "|---|---|"]
    for abbr in sorted(terms.abbreviations, key=str.lower):
        rows.append(f"| {abbr} | {_cell(terms.abbreviations[abbr][lang])} |")
    return "\n" + "\n".join(rows) + "\n"


def abbreviation_definitions(terms: Terms, lang: str, page: str | None = None) -> str:
    """Python-Markdown `abbr` definitions for one language, appended to a page: those of the abbreviations
    that occur in `page` (all of them without it). A definition whose abbreviation is not in the text
    changes nothing in the HTML, so leaving those out is the same page; the 130 definitions cost every
    page about a third of its Markdown time.

    One block per definition (a blank line between them): the abbr processor takes one definition off a
    block at a time and gives the rest back to every block processor, so a single block of n lines cost
    n searches of up to n lines."""
    wanted = sorted(abbr for abbr in terms.abbreviations if page is None or abbr in page)
    return "\n".join(f"*[{abbr}]: {' '.join(terms.abbreviations[abbr][lang].split())}\n" for abbr in wanted)
