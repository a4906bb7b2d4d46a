"""Every validation rule, with the exact message a contributor sees."""

from __future__ import annotations

import shutil

import pytest

from support import FIXTURES, REPO
from handbook import load_project

CASE = "cases/xx-alpha-reserved.yml"


@pytest.fixture
def project_root(tmp_path):
    shutil.copytree(FIXTURES / "site", tmp_path, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    return tmp_path


def edit(root, rel, old, new):
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(root):
    return [p.format() for p in load_project(root).problems]


def test_fixture_is_valid(project_root):
    project = load_project(project_root)
    assert project.problems == []
    assert sorted(project.catalog.cases) == ["xx-alpha-reserved", "xx-beta-codesign"]
    assert len(project.catalog.provisions) == 8


@pytest.mark.parametrize("old,new,expected", [
    ("country: IT", "country: IX",
     "cases/xx-alpha-reserved.yml:2: country: unknown value 'IX'; allowed: PL, FR, IT"),
    ("mechanisms: [reserved-contract, lots]", "mechanisms: [reserved-contrac, lots]",
     "cases/xx-alpha-reserved.yml:7: mechanisms[1]: unknown value 'reserved-contrac' (did you mean 'reserved-contract'?)"),
    ("    year: 2019", "    year: twenty",
     "cases/xx-alpha-reserved.yml:25: results[1].year: expected a whole number, got text ('twenty')"),
    ('    year: 2019', '    year: "2019"',  # the template's placeholder is quoted: say what to do
     "cases/xx-alpha-reserved.yml:25: results[1].year: expected a whole number, got text ('2019'); "
     "write it without quotes: year: 2019"),
    ("lessons: {pl: Wnioski., en: Lessons.}", "lessons: {pl: Wnioski.}",
     "cases/xx-alpha-reserved.yml:27: lessons: missing text in English ('en')"),
    ("lessons: {pl: Wnioski., en: Lessons.}\n", "",
     "cases/xx-alpha-reserved.yml:1: missing required key 'lessons'"),
    ('checked: "2026-01-01"}', 'checked: "2026-13-01"}',
     "cases/xx-alpha-reserved.yml:34: verification.checked: not a date (write YYYY, YYYY-MM or YYYY-MM-DD): '2026-13-01'"),
    ('url: "https://press.example.org/a"', 'url: "ftp://press.example.org/a"',
     "cases/xx-alpha-reserved.yml:33: sources[2].url: not an http(s) URL: 'ftp://press.example.org/a'"),
    ("lessons: {pl: Wnioski., en: Lessons.}", "lessons: {pl: '', en: Lessons.}",
     "cases/xx-alpha-reserved.yml:27: lessons.pl: must not be empty: ''"),
    ("id: xx-alpha-reserved", "id: xx-alpha",
     "cases/xx-alpha-reserved.yml:1: id: id 'xx-alpha' must match the file name 'xx-alpha-reserved'"),
])
def test_schema_rules(project_root, old, new, expected):
    edit(project_root, CASE, old, new)
    assert problems(project_root) == [expected]


@pytest.mark.parametrize("old,new,expected", [
    ("  - provision: it-act-art-61", "  - provision: it-act-art-16",
     ["cases/xx-alpha-reserved.yml:11: legal_basis[1].provision: unknown provision 'it-act-art-16' (did you mean 'it-act-art-61'?)"]),
    ("  - provision: eu-dir-x-art-20", "  - provision: it-act-art-61",
     ["cases/xx-alpha-reserved.yml:13: legal_basis[2].provision: provision 'it-act-art-61' is listed twice"]),
    ("  provisions: [pl-new-art-94]", "  provisions: [it-act-art-61]",
     ["cases/xx-alpha-reserved.yml:30: transfer.provisions[1]: 'it-act-art-61' is not a Polish provision"]),
    ("    source: report", "    source: reprot",
     ["cases/xx-alpha-reserved.yml:26: results[1].source: unknown source 'reprot' (did you mean 'report'?)"]),
    ("{id: press,", "{id: report,",
     ["cases/xx-alpha-reserved.yml:14: legal_basis[2].note.en: unknown source 'press' in [^press]",
      "cases/xx-alpha-reserved.yml:14: legal_basis[2].note.pl: unknown source 'press' in [^press]",
      "cases/xx-alpha-reserved.yml:33: sources[2].id: duplicate source id 'report'"]),
    ('period: {from: 2015, to: "2020-06"}', 'period: {from: 2015, to: "2014"}',
     ["cases/xx-alpha-reserved.yml:5: period.to: ends (2014) before it starts (2015)"]),
    ('Działania, zob. [[xx-beta-codesign]].', 'Działania, zob. [[xx-beta-codesing]].',
     ["cases/xx-alpha-reserved.yml:22: actions.pl: unknown case or provision 'xx-beta-codesing' (did you mean 'xx-beta-codesign'?)"]),
])
def test_reference_rules(project_root, old, new, expected):
    edit(project_root, CASE, old, new)
    assert problems(project_root) == expected


def test_unknown_key_also_misses_the_key_it_meant(project_root):
    edit(project_root, CASE, "service_areas:", "servce_areas:")
    assert problems(project_root) == [
        "cases/xx-alpha-reserved.yml:1: missing required key 'service_areas'",
        "cases/xx-alpha-reserved.yml:6: unknown key 'servce_areas' (did you mean 'service_areas'?)",
    ]


def test_registry_rules(project_root):
    edit(project_root, "legal/pl-new.yml", "transposes: [eu-dir-x-art-20]", "transposes: [pl-old-art-22]")
    edit(project_root, "legal/pl-old.yml", "superseded_by: pl-new-art-94", "superseded_by: pl-old-art-22")
    edit(project_root, "legal/it-act.yml", "related: [pl-old-art-22]", "related: [pl-old-art-2]")
    assert problems(project_root) == [
        "legal/it-act.yml:16: provisions[1].related[1]: unknown provision 'pl-old-art-2' (did you mean 'pl-old-art-22'?)",
        "legal/pl-new.yml:15: provisions[1].transposes[1]: 'pl-old-art-22' is not an EU provision",
        "legal/pl-old.yml:16: provisions[1].superseded_by: a provision cannot supersede itself",
    ]


def test_supersession_loop(project_root):
    edit(project_root, "legal/pl-new.yml", "    transposes: [eu-dir-x-art-20]\n",
         "    transposes: [eu-dir-x-art-20]\n    superseded_by: pl-old-art-22\n")
    found = problems(project_root)
    assert found == ["legal/pl-new.yml:16: provisions[1].superseded_by: superseded_by forms a loop",
                     "legal/pl-old.yml:16: provisions[1].superseded_by: superseded_by forms a loop"]


def test_duplicate_provision_id_and_case_id_clash(project_root):
    edit(project_root, "legal/it-act.yml", "  - id: it-act-art-61", "  - id: pl-new-art-96")
    (project_root / "cases/eu-dir-x-art-70.yml").write_text(
        (project_root / CASE).read_text(encoding="utf-8").replace("id: xx-alpha-reserved", "id: eu-dir-x-art-70"),
        encoding="utf-8")
    found = problems(project_root)
    assert "legal/pl-new.yml:16: provisions[2].id: duplicate provision id 'pl-new-art-96' (also in legal/it-act.yml:11)" in found
    assert "cases/eu-dir-x-art-70.yml:1: id: id 'eu-dir-x-art-70' is also a provision id" in found


def test_bad_files_do_not_hide_each_other(project_root):
    (project_root / "cases/notes.txt").write_text("x", encoding="utf-8")
    (project_root / "cases/empty.yml").write_text("", encoding="utf-8")
    (project_root / "cases/bomb.yml").write_text("a: &a [1]\nb: *a\n", encoding="utf-8")
    edit(project_root, CASE, "country: IT", "country: 12")
    assert problems(project_root) == [
        "cases/bomb.yml:2: invalid YAML: YAML aliases (*name) are not allowed",
        "cases/empty.yml:1: the file is empty",
        "cases/notes.txt:1: unexpected file; cases/ holds only .yml files (one record each)",
        "cases/xx-alpha-reserved.yml:2: country: unknown value '12'; allowed: PL, FR, IT",
    ]


def test_a_broken_provision_file_is_reported_once(project_root):
    # pl-new.yml fails the schema; the cases citing its provisions do not add noise.
    edit(project_root, "legal/pl-new.yml", "kind: act", "kind: statute")
    assert problems(project_root) == ["legal/pl-new.yml:3: kind: unknown value 'statute'; allowed: act, judgment, guidance"]


def test_chapter_cross_links(project_root):
    edit(project_root, "docs/guide/chapter.en.md", "[[eu-dir-x-art-20]]", "[[eu-dir-x-art-21]]")
    assert problems(project_root) == [
        "docs/guide/chapter.en.md:3: unknown case or provision 'eu-dir-x-art-21' (did you mean 'eu-dir-x-art-20'?)"]


def test_all_problems_are_reported_sorted(project_root):
    edit(project_root, CASE, "country: IT", "country: IX")
    edit(project_root, "cases/xx-beta-codesign.yml", "mechanisms: [co-design]", "mechanisms: []")
    assert problems(project_root) == [
        "cases/xx-alpha-reserved.yml:2: country: unknown value 'IX'; allowed: PL, FR, IT",
        "cases/xx-beta-codesign.yml:7: mechanisms: needs at least 1 item(s)",
    ]


def warnings(root):
    return [p.format() for p in load_project(root).warnings]


def test_fixture_has_no_warnings(project_root):
    assert warnings(project_root) == []


def test_a_source_that_nothing_cites_is_a_warning_not_an_error(project_root):
    edit(project_root, CASE, '"Podstawa unijna.[^press]", en: "EU basis.[^press]"', '"Podstawa unijna.", en: "EU basis."')
    assert problems(project_root) == []
    assert warnings(project_root) == [
        "cases/xx-alpha-reserved.yml:33: warning: sources[2].id: source 'press' is cited nowhere: "
        "cite it as [^press] where it supports a claim, or remove it"]


def test_a_result_cites_its_source(project_root):
    # 'report' is cited by the context and by results[0]: removing the context's citation leaves it cited
    edit(project_root, CASE, "<em>surowym HTML</em>.[^report]", "<em>surowym HTML</em>.")
    edit(project_root, CASE, "<em>raw HTML</em>.[^report]", "<em>raw HTML</em>.")
    assert warnings(project_root) == []
    edit(project_root, CASE, "results:\n  - text: {pl: 12 osób zatrudnionych, en: 12 people employed}\n"
                             "    year: 2019\n    source: report\n", "results: []\n")
    assert [w.split(": warning: ")[1] for w in warnings(project_root)] == [
        "sources[1].id: source 'report' is cited nowhere: cite it as [^report] where it supports a claim, or remove it"]


def test_provision_summaries_cite_the_acts_sources(project_root):
    edit(project_root, "legal/pl-new.yml", "in_force:",
         'sources:\n  - {id: isap, title: T, publisher: P, url: "https://isap.example.org/new"}\n'
         '  - {id: comment, title: C, publisher: P, url: "https://comment.example.org/94"}\n'
         '  - {id: other, title: O, publisher: P, url: "https://other.example.org/"}\nin_force:')
    edit(project_root, "legal/pl-new.yml", "summary: {pl: Streszczenie PL., en: Summary EN.}",
         'summary: {pl: "Streszczenie PL.[^comment]", en: "Summary EN.[^comment] [^nope]"}')
    # isap is the act's official text, linked on every page of the act: cited
    assert problems(project_root) == [
        "legal/pl-new.yml:23: provisions[2].summary.en: unknown source 'nope' in [^nope]"]
    assert warnings(project_root) == [
        "legal/pl-new.yml:11: warning: sources[3].id: source 'other' is cited nowhere: "
        "cite it as [^other] where it supports a claim, or remove it"]


def test_check_prints_warnings_and_passes(project_root, capsys):
    from handbook.__main__ import main
    edit(project_root, CASE, '"Podstawa unijna.[^press]", en: "EU basis.[^press]"', '"Podstawa unijna.", en: "EU basis."')
    assert main(["check", str(project_root), "--format", "text"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("cases/xx-alpha-reserved.yml:33: warning: sources[2].id: source 'press' is cited nowhere")
    assert out[-1] == "ok: 2 cases, 5 legal acts, 8 provisions, 1 warning(s)"
