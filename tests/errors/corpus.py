"""The broken inputs of the error-message contract: one entry per way a contributor can get a file wrong.

Each entry changes the fixture project (tests/fixtures/site) and gives the exact lines that
`python -m handbook check` prints. Edits name the text they replace, so a changed fixture fails loudly.
"""

CASE = "cases/xx-alpha-reserved.yml"
BETA = "cases/xx-beta-codesign.yml"

# A "billion laughs" document: 9 * 4^20 items if aliases were expanded.
ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(20))


def ten_megabytes() -> bytes:
    """A well-formed case whose lessons run to 10 MB: refused by size, before parsing."""
    line = "    " + "Wniosek. " * 11 + "\n"
    return ("id: xx-huge\nlessons:\n  pl: |\n" + line * (10_000_000 // len(line) + 1) + "  en: Lessons.\n").encode()


from handbook.edition import LEGAL_STATE

ROUTES = "routes/routes.yml"

# A decision table for the fixture's registry; each routes entry below breaks one thing in it.
ROUTES_YML = """\
# yaml-language-server: $schema=../schema/routes.schema.json
questions:
  - id: value
    kind: number
    unit: PLN
    short: {pl: wartość, en: value}
    label: {pl: Wartość, en: Value}
    help: {pl: Pomoc., en: Help.}
    provisions: [pl-new-art-94]
  - id: partner
    kind: choice
    short: {pl: wykonawca, en: contractor}
    label: {pl: Wykonawca, en: Contractor}
    help: {pl: Pomoc., en: Help.}
    provisions: [pl-new-art-94]
    options:
      - {id: cooperative, label: {pl: spółdzielnia, en: cooperative}}
      - {id: any, label: {pl: dowolny, en: any}}
thresholds:
  - id: scope
    label: {pl: próg, en: threshold}
    unit: PLN
    provision: pl-new-art-94
    periods:
      - from: "2021-01-01"
        amount: 130000
        confirmed: true
        source: {title: Ustawa, publisher: ISAP, url: "https://isap.example.org/new"}
routes:
  - id: reserved
    title: {pl: Zastrzeżone, en: Reserved}
    summary: {pl: Opis., en: Summary.}
    provisions: [pl-new-art-94]
    conditions:
      - {answer: value, at-least: scope, provision: pl-new-art-94}
      - {answer: partner, in: [cooperative], provision: pl-new-art-94}
    checks: []
    steps: [{pl: Krok., en: Step.}]
"""


def routes(old: str, new: str) -> tuple:
    """An edit that writes the fixture's decision table with `old` replaced by `new`."""
    assert old in ROUTES_YML, old
    return (ROUTES, None, ROUTES_YML.replace(old, new, 1))


COPY = "copy"

# (name, edits, expected lines). An edit is (file, old, new) to replace text in a file, (file, None, content) to
# write a whole file (str or bytes), or (file, COPY, (source, old, new)) to write a copy of another file, edited.
ENTRIES = [
    # -- YAML syntax --------------------------------------------------------------------------------------------
    ("unclosed flow list", [(CASE, "mechanisms: [reserved-contract, lots]", "mechanisms: [reserved-contract, lots")],
    [
        "cases/xx-alpha-reserved.yml:7: invalid YAML: while parsing a flow sequence did not find expected ',' or ']' (a [ list ] that is not closed)",
    ]),
    ("unclosed quote", [(CASE, 'url: "https://press.example.org/a"', 'url: "https://press.example.org/a')],
    [
        "cases/xx-alpha-reserved.yml:33: invalid YAML: while parsing a flow mapping did not find expected ',' or '}' (a { mapping } or a quoted text that is not closed)",
    ]),
    ("bad indentation", [(CASE, "country: IT", "  country: IT")],
    [
        "cases/xx-alpha-reserved.yml:2: invalid YAML: mapping values are not allowed in this context (check the indentation, or quote a value that contains ': ')",
    ]),
    ("missing space after colon", [(CASE, "country: IT", "country:IT")],
    [
        "cases/xx-alpha-reserved.yml:2: invalid YAML: while scanning a simple key could not find expected ':' (a line that is not 'key: value', e.g. a missing space after ':')",
    ]),
    ("tab in indentation", [(CASE, "    year: 2019", "\tyear: 2019")],
    [
        'cases/xx-alpha-reserved.yml:25: tab character in indentation; indent with spaces',
    ]),
    ("duplicate key", [(CASE, "country: IT", "country: IT\ncountry: FR")],
    [
        "cases/xx-alpha-reserved.yml:3: duplicate key 'country'",
    ]),
    ("two documents in one file", [(CASE, "country: IT", "country: IT\n---\nid: other")],
    [
        "cases/xx-alpha-reserved.yml:3: invalid YAML: expected a single document in the stream but found another document (one record per file: remove the '---' line)",
    ]),
    ("python tag", [(CASE, "country: IT", "country: !!python/object/apply:os.system ['true']")],
    [
        'cases/xx-alpha-reserved.yml:2: invalid YAML: tags (!!name) are not allowed',
    ]),
    ("alias bomb", [("cases/xx-bomb.yml", None, ALIAS_BOMB)],
    [
        'cases/xx-bomb.yml:2: invalid YAML: YAML aliases (*name) are not allowed',
    ]),
    ("list instead of a mapping", [("cases/xx-list.yml", None, "- id: xx-list\n- country: IT\n")],
    [
        'cases/xx-list.yml:1: expected a mapping (key: value), got a list',
    ]),
    # -- files --------------------------------------------------------------------------------------------------
    ("empty file", [("cases/xx-empty.yml", None, "")],
    [
        'cases/xx-empty.yml:1: the file is empty',
    ]),
    ("only comments", [("cases/xx-comment.yml", None, "# yaml-language-server: $schema=../schema/case.schema.json\n")],
    [
        'cases/xx-comment.yml:1: the file is empty',
    ]),
    ("not UTF-8", [("cases/xx-latin1.yml", None, "id: xx-latin1\nplace: {pl: Kraków, en: Krakow}\n".encode("latin-1"))],
    [
        'cases/xx-latin1.yml:2: not valid UTF-8 (byte 0xf3); save the file as UTF-8',
    ]),
    ("UTF-16 file", [("cases/xx-utf16.yml", None, "id: xx-utf16\n".encode("utf-16"))],
    [
        'cases/xx-utf16.yml:1: not valid UTF-8 (byte 0xff); save the file as UTF-8',
    ]),
    ("10 MB file", [("cases/xx-huge.yml", None, ten_megabytes())],
    [
        'cases/xx-huge.yml:1: file too large (10.0 MB); a content file may be at most 1 MB',
    ]),
    ("case with the .yaml extension", [("cases/xx-gamma.yaml", None, "id: xx-gamma\n")],
    [
        "cases/xx-gamma.yaml:1: wrong extension '.yaml'; rename the file to xx-gamma.yml",
    ]),
    ("case with a .txt extension", [("cases/xx-gamma.txt", None, "id: xx-gamma\n")],
    [
        'cases/xx-gamma.txt:1: unexpected file; cases/ holds only .yml files (one record each)',
    ]),
    ("folder inside cases", [("cases/drafts/xx-gamma.yml", None, "id: xx-gamma\n")],
    [
        'cases/drafts:1: unexpected folder; cases/ holds only .yml files',
    ]),
    # -- types and keys -----------------------------------------------------------------------------------------
    ("text where a number is expected", [(CASE, "    year: 2019", "    year: twenty")],
    [
        "cases/xx-alpha-reserved.yml:25: results[1].year: expected a whole number, got text ('twenty')",
    ]),
    ("text where a list is expected", [(CASE, "mechanisms: [reserved-contract, lots]", "mechanisms: lots")],
    [
        "cases/xx-alpha-reserved.yml:7: mechanisms: expected a list, got text ('lots')",
    ]),
    ("text where both languages are expected", [(CASE, "place: {pl: Alfa, en: Alpha}", "place: Alfa")],
    [
        "cases/xx-alpha-reserved.yml:3: place: expected a mapping (key: value), got text ('Alfa')",
    ]),
    ("empty value", [(CASE, "country: IT", "country:")],
    [
        'cases/xx-alpha-reserved.yml:2: country: no value; allowed: PL, FR, IT',
    ]),
    ("unknown key with a suggestion", [(CASE, "service_areas:", "servce_areas:")],
    [
        "cases/xx-alpha-reserved.yml:1: missing required key 'service_areas'",
        "cases/xx-alpha-reserved.yml:6: unknown key 'servce_areas' (did you mean 'service_areas'?)",
    ]),
    ("unknown key without a suggestion", [(CASE, "country: IT", "country: IT\nbudget: 100")],
    [
        "cases/xx-alpha-reserved.yml:3: unknown key 'budget'; allowed: id, country, place, authority, period, geo, study_visit, service_areas, mechanisms, partners, legal_basis, title, summary, context, actions, results, lessons, transfer, sources, verification",
    ]),
    ("unknown nested key", [(CASE, 'checked: "2026-01-01"}', 'checked: "2026-01-01", checker: me}')],
    [
        "cases/xx-alpha-reserved.yml:34: verification: unknown key 'checker' (did you mean 'checked'?)",
    ]),
    ("unknown vocabulary value", [(CASE, "mechanisms: [reserved-contract, lots]", "mechanisms: [reserved-contrac, lots]")],
    [
        "cases/xx-alpha-reserved.yml:7: mechanisms[1]: unknown value 'reserved-contrac' (did you mean 'reserved-contract'?)",
    ]),
    ("missing required key", [(CASE, "lessons: {pl: Wnioski., en: Lessons.}\n", "")],
    [
        "cases/xx-alpha-reserved.yml:1: missing required key 'lessons'",
    ]),
    ("empty list", [(BETA, "mechanisms: [co-design]", "mechanisms: []")],
    [
        'cases/xx-beta-codesign.yml:7: mechanisms: needs at least 1 item(s)',
    ]),
    # -- translations -------------------------------------------------------------------------------------------
    ("missing English text", [(CASE, "lessons: {pl: Wnioski., en: Lessons.}", "lessons: {pl: Wnioski.}")],
    [
        "cases/xx-alpha-reserved.yml:27: lessons: missing text in English ('en')",
    ]),
    ("missing Polish text", [(CASE, "place: {pl: Alfa, en: Alpha}", "place: {en: Alpha}")],
    [
        "cases/xx-alpha-reserved.yml:3: place: missing text in Polski ('pl')",
    ]),
    ("empty translation", [(CASE, "lessons: {pl: Wnioski., en: Lessons.}", "lessons: {pl: Wnioski., en: ' '}")],
    [
        "cases/xx-alpha-reserved.yml:27: lessons.en: must not be empty: ' '",
    ]),
    ("third language", [(CASE, "place: {pl: Alfa, en: Alpha}", "place: {pl: Alfa, en: Alpha, it: Alfa}")],
    [
        "cases/xx-alpha-reserved.yml:3: place: unknown key 'it'; allowed: pl, en",
    ]),
    # -- dates --------------------------------------------------------------------------------------------------
    ("month 13", [(CASE, 'checked: "2026-01-01"}', 'checked: "2026-13-01"}')],
    [
        "cases/xx-alpha-reserved.yml:34: verification.checked: not a date (write YYYY, YYYY-MM or YYYY-MM-DD): '2026-13-01'",
    ]),
    ("30 February", [(CASE, 'checked: "2026-01-01"}', 'checked: "2026-02-30"}')],
    [
        "cases/xx-alpha-reserved.yml:34: verification.checked: no such day: '2026-02-30'",
    ]),
    ("day-first date", [(CASE, 'checked: "2026-01-01"}', 'checked: "01.01.2026"}')],
    [
        "cases/xx-alpha-reserved.yml:34: verification.checked: not a date (write YYYY, YYYY-MM or YYYY-MM-DD): '01.01.2026'",
    ]),
    ("ends before it starts", [(CASE, 'period: {from: 2015, to: "2020-06"}', 'period: {from: 2015, to: "2014"}')],
    [
        'cases/xx-alpha-reserved.yml:5: period.to: ends (2014) before it starts (2015)',
    ]),
    ("year out of range", [(CASE, "    year: 2019", "    year: 1019")],
    [
        'cases/xx-alpha-reserved.yml:25: results[1].year: out of range: 1019',
    ]),
    # -- URLs ---------------------------------------------------------------------------------------------------
    ("ftp URL", [(CASE, 'url: "https://press.example.org/a"', 'url: "ftp://press.example.org/a"')],
    [
        "cases/xx-alpha-reserved.yml:33: sources[2].url: not an http(s) URL: 'ftp://press.example.org/a'",
    ]),
    ("javascript: URL", [(CASE, 'url: "https://press.example.org/a"', 'url: "javascript:alert(1)"')],
    [
        "cases/xx-alpha-reserved.yml:33: sources[2].url: not an http(s) URL: 'javascript:alert(1)'",
    ]),
    ("URL without a scheme", [(CASE, 'url: "https://press.example.org/a"', 'url: "press.example.org/a"')],
    [
        "cases/xx-alpha-reserved.yml:33: sources[2].url: not an http(s) URL: 'press.example.org/a'",
    ]),
    ("URL with a space", [(CASE, 'url: "https://press.example.org/a"', 'url: "https://press.example.org/a b"')],
    [
        "cases/xx-alpha-reserved.yml:33: sources[2].url: not an http(s) URL: 'https://press.example.org/a b'",
    ]),
    # -- links in Markdown fields: only http(s) and mailto:, never a script ---------------------------------------
    ("javascript: link in a Markdown field", [(CASE, "actions: {pl: \"Działania, zob. [[xx-beta-codesign]].\"", "actions: {pl: \"[x](javascript:alert(1))\"")],
    [
        "cases/xx-alpha-reserved.yml:22: actions.pl: link to 'javascript:alert(1)' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
    ]),
    ("link scheme hidden by case, entities and control characters", [(CASE, "Context with **bold**", "[a](JaVaScRiPt:alert(1)) [b](&#106;avascript:alert(1)) [c](java&#x09;script:alert(1)) [d](&#x01;javascript:alert(1)) Context")],
    [
        "cases/xx-alpha-reserved.yml:20: context.en: link to 'JaVaScRiPt:alert(1)' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
        "cases/xx-alpha-reserved.yml:20: context.en: link to 'java\\tscript:alert(1)' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
        "cases/xx-alpha-reserved.yml:20: context.en: link to 'javascript:alert(1)' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
    ]),
    ("data:, vbscript:, protocol-relative and percent-escaped links", [(CASE, "lessons: {pl: Wnioski., en: Lessons.}", "lessons: {pl: \"[a](data:text/html,x) [b](vbscript:msgbox)\", en: \"[c](//evil.example.org) [d](%6Aavascript:alert(1))\"}")],
    [
        "cases/xx-alpha-reserved.yml:27: lessons.en: link to '%6Aavascript:alert(1)' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
        "cases/xx-alpha-reserved.yml:27: lessons.en: link to '//evil.example.org' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
        "cases/xx-alpha-reserved.yml:27: lessons.pl: link to 'data:text/html,x' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
        "cases/xx-alpha-reserved.yml:27: lessons.pl: link to 'vbscript:msgbox' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
    ]),
    ("reference-style javascript: link in a note", [(CASE, 'note: {pl: "Podstawa unijna.[^press]", en: "EU basis.[^press]"}', 'note: {pl: "Podstawa [x][r].\\n\\n[r]: javascript:alert(1)", en: "EU basis.[^press]"}')],
    [
        "cases/xx-alpha-reserved.yml:14: legal_basis[2].note.pl: link to 'javascript:alert(1)' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
    ]),
    ("relative link, anchor, image and attribute list in a provision summary", [("legal/it-act.yml", "summary: {pl: Streszczenie PL., en: Summary EN.}", "summary: {pl: \"[a](../law/x.md) [b](#top) ![c](https://img.example.org/c.png)\", en: \"[d](https://ok.example.org){ onclick=alert(1) }\"}")],
    [
        "legal/it-act.yml:14: provisions[1].summary.en: attribute lists ({: ...}) are not allowed in the text",
        "legal/it-act.yml:14: provisions[1].summary.pl: image 'https://img.example.org/c.png' is not allowed: the text may not show images",
        "legal/it-act.yml:14: provisions[1].summary.pl: link to '#top' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
        "legal/it-act.yml:14: provisions[1].summary.pl: link to '../law/x.md' is not allowed; use an http://, https:// or mailto: address (handbook pages: [[id]])",
    ]),
    # -- ids and references -------------------------------------------------------------------------------------
    ("id differs from the file name", [(CASE, "id: xx-alpha-reserved", "id: xx-alpha")],
    [
        "cases/xx-alpha-reserved.yml:1: id: id 'xx-alpha' must match the file name 'xx-alpha-reserved'",
    ]),
    ("id with capitals", [(CASE, "id: xx-alpha-reserved", "id: XX-Alpha")],
    [
        "cases/xx-alpha-reserved.yml:1: id: not a valid id (lower-case letters, digits and single hyphens): 'XX-Alpha'",
    ]),
    ("unknown provision", [(CASE, "  - provision: it-act-art-61", "  - provision: it-act-art-16")],
    [
        "cases/xx-alpha-reserved.yml:11: legal_basis[1].provision: unknown provision 'it-act-art-16' (did you mean 'it-act-art-61'?)",
    ]),
    ("provision listed twice", [(CASE, "  - provision: eu-dir-x-art-20", "  - provision: it-act-art-61")],
    [
        "cases/xx-alpha-reserved.yml:13: legal_basis[2].provision: provision 'it-act-art-61' is listed twice",
    ]),
    ("unknown source", [(CASE, "    source: report", "    source: reprot")],
    [
        "cases/xx-alpha-reserved.yml:26: results[1].source: unknown source 'reprot' (did you mean 'report'?)",
    ]),
    ("citation of an unknown source in a block", [(CASE, "<em>surowym HTML</em>.[^report]", "<em>surowym HTML</em>.[^reprot]")],
    [
        "cases/xx-alpha-reserved.yml:19: context.pl: unknown source 'reprot' (did you mean 'report'?) in [^reprot]",
    ]),
    ("citation of an unknown source in a line", [(CASE, '"EU basis.[^press]"', '"EU basis.[^pres]"')],
    [
        "cases/xx-alpha-reserved.yml:14: legal_basis[2].note.en: unknown source 'pres' (did you mean 'press'?) in [^pres]",
    ]),
    ("script as a source URL", [(CASE, 'url: "https://press.example.org/a"', 'url: "https://press.example.org/js/app.min.js"')],
    [
        "cases/xx-alpha-reserved.yml:33: sources[2].url: not the page it names (a script, stylesheet or image): 'https://press.example.org/js/app.min.js'",
    ]),
    ("image as a source URL", [(CASE, 'url: "https://press.example.org/a"', 'url: "https://press.example.org/a.PNG?v=2"')],
    [
        "cases/xx-alpha-reserved.yml:33: sources[2].url: not the page it names (a script, stylesheet or image): 'https://press.example.org/a.PNG?v=2'",
    ]),
    ("testing host as a source URL", [(CASE, 'url: "https://press.example.org/a"', 'url: "https://www.testing.press.example.org/a"')],
    [
        "cases/xx-alpha-reserved.yml:33: sources[2].url: not the page it names (a testing, staging or dev host): 'https://www.testing.press.example.org/a'",
    ]),
    ("duplicate source id", [(CASE, "{id: press,", "{id: report,")],
    [
        "cases/xx-alpha-reserved.yml:14: legal_basis[2].note.en: unknown source 'press' in [^press]",
        "cases/xx-alpha-reserved.yml:14: legal_basis[2].note.pl: unknown source 'press' in [^press]",
        "cases/xx-alpha-reserved.yml:33: sources[2].id: duplicate source id 'report'",
    ]),
    ("duplicate provision id", [("legal/it-act.yml", "  - id: it-act-art-61",
                                 "  - id: pl-new-art-96\n    article: art. 1\n    title: {pl: A, en: A}\n"
                                 "    summary: {pl: A, en: A}\n  - id: it-act-art-61")],
    [
        "legal/pl-new.yml:16: provisions[2].id: duplicate provision id 'pl-new-art-96' (also in legal/it-act.yml:11)",
    ]),
    ("case id that is a provision id", [("cases/pl-new-art-94.yml", COPY, (CASE, "id: xx-alpha-reserved", "id: pl-new-art-94"))],
    [
        "cases/pl-new-art-94.yml:1: id: id 'pl-new-art-94' is also a provision id",
    ]),
    ("unknown cross-link in a chapter", [("docs/guide/chapter.en.md", "[[eu-dir-x-art-20]]", "[[eu-dir-x-art-21]]")],
    [
        "docs/guide/chapter.en.md:3: unknown case or provision 'eu-dir-x-art-21' (did you mean 'eu-dir-x-art-20'?)",
    ]),
    # -- equivalence links in the registry ------------------------------------------------------------------------
    ("transposes an unknown provision", [("legal/pl-new.yml", "transposes: [eu-dir-x-art-20]", "transposes: [eu-dir-x-art-2]")],
    [
        "legal/pl-new.yml:15: provisions[1].transposes[1]: unknown provision 'eu-dir-x-art-2' (did you mean 'eu-dir-x-art-20'?)",
    ]),
    ("transposes a national provision", [("legal/pl-new.yml", "transposes: [eu-dir-x-art-20]", "transposes: [pl-old-art-22]")],
    [
        "legal/pl-new.yml:15: provisions[1].transposes[1]: 'pl-old-art-22' is not an EU provision",
    ]),
    ("related to an unknown provision", [("legal/it-act.yml", "related: [pl-old-art-22]", "related: [pl-old-art-2]")],
    [
        "legal/it-act.yml:16: provisions[1].related[1]: unknown provision 'pl-old-art-2' (did you mean 'pl-old-art-22'?)",
    ]),
    ("supersedes itself", [("legal/pl-old.yml", "superseded_by: pl-new-art-94", "superseded_by: pl-old-art-22")],
    [
        'legal/pl-old.yml:16: provisions[1].superseded_by: a provision cannot supersede itself',
    ]),
    ("supersession loop", [("legal/pl-new.yml", "    transposes: [eu-dir-x-art-20]\n",
                            "    transposes: [eu-dir-x-art-20]\n    superseded_by: pl-old-art-22\n")],
    [
        'legal/pl-new.yml:16: provisions[1].superseded_by: superseded_by forms a loop',
        'legal/pl-old.yml:16: provisions[1].superseded_by: superseded_by forms a loop',
    ]),
    # -- time: a replaced provision has ended, and its successor follows without a gap --------------------------
    ("superseded without an end date", [("legal/pl-old.yml", 'in_force: {from: "2004-03-02", to: "2020-12-31"}',
                                         'in_force: {from: "2004-03-02"}')],
    [
        "legal/pl-old.yml:9: superseded_by: an act with superseded_by has ended: give in_force.to (its last day in force), or to_unknown: true and the reason in verification.unconfirmed",
        "legal/pl-old.yml:16: provisions[1].superseded_by: a provision with superseded_by has ended: give in_force.to (its last day in force), or to_unknown: true and the reason in verification.unconfirmed",
    ]),
    ("gap in a chain", [("legal/pl-old.yml", 'to: "2020-12-31"', 'to: "2019-12-31"')],
    [
        "legal/pl-old.yml:16: provisions[1].superseded_by: gap in the chain: in force until 2019-12-31, but 'pl-new-art-94' only from 2021-01-01",
    ]),
    ("successor older than the provision it replaces", [("legal/pl-new.yml", 'in_force: {from: "2021-01-01"}',
                                                         'in_force: {from: "2003-01-01"}')],
    [
        "legal/pl-old.yml:16: provisions[1].superseded_by: 'pl-new-art-94' starts (2003-01-01) before the provision it replaces (2004-03-02)",
    ]),
    ("end date unknown, not said why", [("legal/pl-old.yml", 'to: "2020-12-31"', 'to_unknown: true')],
    [
        "legal/pl-old.yml:8: in_force.to_unknown: to_unknown needs verification.unconfirmed saying that the end date is not established",
    ]),
    ("end date unknown on a provision in force", [("legal/it-act.yml", 'in_force: {from: "2023-04-01"}',
                                                   'in_force: {from: "2023-04-01", to_unknown: true}')],
    [
        "legal/it-act.yml:8: in_force.to_unknown: to_unknown is only for an act with superseded_by",
    ]),
    # -- schema and vocabularies --------------------------------------------------------------------------------
    ("term labelled but not allowed", [("schema/vocabularies.yml", "  lots:\n", "  pooling:\n    pl: Grupy\n    en: Pools\n  lots:\n")],
    [
        "schema/case.schema.json:1: $defs.mechanism.enum: 'pooling' is labelled in schema/vocabularies.yml (mechanisms) but missing here",
    ]),
    ("term without its English label", [("schema/vocabularies.yml", "    pl: Podział zamówienia na części\n    en: Division into lots\n", "    pl: Podział zamówienia na części\n")],
    [
        "schema/vocabularies.yml:20: mechanisms.lots: missing text in English ('en')",
    ]),
    ("term with a label in a third language", [("schema/vocabularies.yml", "    en: Division into lots\n", "    en: Division into lots\n    it: Lotti\n")],
    [
        "schema/vocabularies.yml:22: mechanisms.lots: unknown key 'it'; allowed: pl, en",
    ]),
    ("term without labels", [("schema/vocabularies.yml", "    pl: Podział zamówienia na części\n    en: Division into lots\n", "")],
    [
        "schema/vocabularies.yml:19: mechanisms.lots: expected a mapping (key: value), got nothing (empty value)",
    ]),
    ("vocabulary name misspelt", [("schema/vocabularies.yml", "\njurisdictions:\n", "\njurisdiction:\n")],
    [
        "schema/vocabularies.yml:6: missing required key 'jurisdictions'",
        "schema/vocabularies.yml:175: unknown key 'jurisdiction' (did you mean 'jurisdictions'?)",
    ]),
    ("term name with an underscore", [("schema/vocabularies.yml", "  lots:\n", "  bad_term:\n    pl: Zła\n    en: Bad\n  lots:\n")],
    [
        "schema/vocabularies.yml:19: mechanisms: not a valid term (letters, digits and single hyphens): 'bad_term'",
    ]),
    # -- the chooser's decision table (routes/routes.yml) -------------------------------------------------------
    ("route names an unknown provision", [routes("    provisions: [pl-new-art-94]\n    conditions",
                                                 "    provisions: [pl-new-art-95]\n    conditions")],
    [
        "routes/routes.yml:33: routes[1].provisions[1]: unknown provision 'pl-new-art-95' (did you mean 'pl-new-art-96'?)",
    ]),
    ("question names an unknown provision", [routes("    help: {pl: Pomoc., en: Help.}\n    provisions: [pl-new-art-94]\n  - id: partner",
                                                    "    help: {pl: Pomoc., en: Help.}\n    provisions: [pl-old-art-1]\n  - id: partner")],
    [
        "routes/routes.yml:9: questions[1].provisions[1]: unknown provision 'pl-old-art-1' (did you mean 'pl-old-art-22'?)",
    ]),
    ("route condition with an unknown answer value", [routes("in: [cooperative]", "in: [coop]")],
    [
        "routes/routes.yml:36: routes[1].conditions[2].in[1]: unknown value 'coop' of the answer 'partner'; allowed: cooperative, any",
    ]),
    ("route condition on an unknown answer", [routes("{answer: value, at-least", "{answer: valeu, at-least")],
    [
        "routes/routes.yml:35: routes[1].conditions[1].answer: unknown answer 'valeu' (did you mean 'value'?)",
    ]),
    ("route condition with an unknown threshold", [routes("at-least: scope,", "at-least: scop,")],
    [
        "routes/routes.yml:35: routes[1].conditions[1].at-least: unknown threshold 'scop' (did you mean 'scope'?)",
    ]),
    ("choice answer compared with a threshold", [routes("{answer: partner, in: [cooperative]", "{answer: partner, at-least: scope")],
    [
        "routes/routes.yml:36: routes[1].conditions[2].at-least: 'partner' is a choice: use 'in' with its options",
    ]),
    ("threshold without a source", [routes('        source: {title: Ustawa, publisher: ISAP, url: "https://isap.example.org/new"}\n', "")],
    [
        "routes/routes.yml:25: thresholds[1].periods[1]: missing required key 'source'",
    ]),
    ("unconfirmed threshold without a reason", [routes("confirmed: true", "confirmed: false")],
    [
        "routes/routes.yml:27: thresholds[1].periods[1].confirmed: an unconfirmed amount needs 'unconfirmed' (what was not confirmed and why)",
    ]),
    ("threshold that no longer applies", [routes('      - from: "2021-01-01"\n', '      - from: "2021-01-01"\n        to: "2024-12-31"\n')],
    [
        f"routes/routes.yml:25: thresholds[1].periods: no amount applies on the legal state date {LEGAL_STATE}",
    ]),
]
