"""The law over time, from the model (no build): what is in force on the legal state date, what replaced
what and when, and dates as precise as the data."""

import dataclasses
import datetime

import pytest

from handbook.equivalence import successors
from handbook.edition import LEGAL_STATE, day_after, first_day, last_day, legal_state_text, partial_date
from handbook.model import Act, Catalog, Period, Provision, Text, Verification

T = Text({"pl": "x", "en": "x"})


def provision(pid, act, superseded_by=None, in_force=None):
    return Provision(pid, act, "art. 1", T, T, None, in_force, (), superseded_by, ())


def act(aid, start, end=None, superseded_by=None):
    return Act(aid, f"legal/{aid}.yml", "FR", "act", aid, T, T, (), "https://example.org", None, Period(start, end),
               superseded_by, (), Verification("verified", "2026-01-01"), ())


@pytest.fixture
def catalog():
    """A law still in force whose article was codified elsewhere: the shape of fr-loi-2014-856 art. 13."""
    c = Catalog()
    c.acts = {"law": act("law", "2014-08-02"), "code": act("code", "2019-04-01")}
    c.provisions = {"law-13": provision("law-13", "law", "code-1", Period("2014-08-02", None, True)),
                    "code-1": provision("code-1", "code")}
    return c


def test_a_provision_replaced_by_its_own_superseded_by_is_not_in_force(catalog):
    # The act is in force and not superseded: only the provision's own superseded_by says it ended.
    assert not catalog.is_in_force("law-13")
    assert catalog.is_in_force("code-1")
    plain = dataclasses.replace(catalog.provisions["law-13"], in_force=None)
    catalog.provisions["law-13"] = plain
    assert not catalog.is_in_force("law-13")


def test_in_force_means_on_the_legal_state_date(catalog):
    catalog.acts["code"] = act("code", "2019-04-01", "2025-12-31")
    assert not catalog.is_in_force("code-1")
    assert catalog.is_in_force("code-1", on="2025-06-01")
    catalog.acts["code"] = act("code", "2030-01-01")
    assert not catalog.is_in_force("code-1"), "not yet in force"


def test_current_and_the_day_of_the_change(catalog):
    assert successors(catalog, "law-13") == ["code-1"] and successors(catalog, "code-1") == []
    # The end is not established: the change is dated by the successor's start.
    assert catalog.replaced_on("law-13") == "2019-04-01"
    catalog.provisions["law-13"] = provision("law-13", "law", "code-1", Period("2014-08-02", "2019-03-31"))
    assert catalog.replaced_on("law-13") == "2019-04-01"


def test_partial_dates_cover_their_whole_period():
    assert first_day("2004") == datetime.date(2004, 1, 1) and last_day("2004") == datetime.date(2004, 12, 31)
    assert last_day("2024-02") == datetime.date(2024, 2, 29) and last_day("2018-12") == datetime.date(2018, 12, 31)
    assert day_after("2020-12-31") == "2021-01-01" and day_after("2016") == "2017-01-01"


def test_dates_per_language():
    assert partial_date("2021-01-01", "pl") == "1 stycznia 2021 r."
    assert partial_date("2021-01-01", "en") == "1 January 2021"
    assert partial_date("2018-09", "pl") == "września 2018 r." and partial_date("2016", "en") == "2016"
    assert legal_state_text("pl") == "Stan prawny na 22 listopada 2026 r." if LEGAL_STATE == "2026-11-22" else True
    assert legal_state_text("en").startswith("Law as of ")


def fixture_project(root, edits):
    import shutil
    from support import FIXTURES, REPO
    shutil.copytree(FIXTURES / "site", root, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", root / "schema")
    for file, old, new in edits:
        text = (root / file).read_text(encoding="utf-8")
        assert old in text
        (root / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


def test_make_check_warns_about_old_checks_and_status_lists_them(tmp_path, capsys):
    from handbook.__main__ import main
    root = fixture_project(tmp_path, [
        ("legal/pl-old.yml", 'checked: "2026-01-01"', 'checked: "2025-11-21"'),  # a year and a day
        ("legal/pl-new.yml", 'checked: "2026-01-01"', 'checked: "2025-11-22"'),  # exactly a year: fine
        ("cases/xx-beta-codesign.yml", 'checked: "2026-01-01"', 'checked: "2024-11-21"'),
        ("cases/xx-alpha-reserved.yml", 'checked: "2026-01-01"', 'checked: "2024-11"'),  # may mean 30 November: fine
    ])
    assert main(["check", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    warnings = [line for line in out if "verification.checked" in line]
    assert warnings == [
        "legal/pl-old.yml:12: warning: verification.checked: 'pl-old-art-22' was checked on 2025-11-21, more than a "
        "year before the legal state (2026-11-22): re-check it against the official text and update "
        "verification.checked",
        "legal/pl-old.yml:18: warning: verification.checked: 'pl-old-repealed' was checked on 2025-11-21, more than "
        "a year before the legal state (2026-11-22): re-check it against the official text and update "
        "verification.checked",
        "cases/xx-beta-codesign.yml:25: warning: verification.checked: checked on 2024-11-21, more than two years "
        "before the legal state (2026-11-22): re-check the facts and sources",
    ]
    assert main(["status", str(root)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line for line in listed if "verification.checked" in line] == warnings
    assert listed[-1].startswith("checks: 3 record(s)")


def test_timeline_orders_versions_and_finds_the_other_countries_of_the_same_time(tmp_path):
    from handbook import load_project
    from handbook.timeline import timeline
    catalog = load_project(fixture_project(tmp_path, [])).catalog
    old, new = timeline(catalog, "pl-old-art-22"), timeline(catalog, "pl-new-art-94")
    assert old.versions == new.versions == ("pl-old-art-22", "pl-new-art-94")
    assert old.eu_basis == new.eu_basis == ("eu-dir-x-art-20",)
    # The Italian provision applies from 2023: beside the new Polish act, not the old one (ended 2020).
    assert new.same_time == {"IT": ("it-act-art-61",)} and old.same_time == {}
    assert timeline(catalog, "it-act-art-61").same_time == {"PL": ("pl-new-art-94",)}


def test_the_legal_state_line_ends_with_one_full_stop():
    from handbook.edition import legal_state_note, with_legal_state
    assert legal_state_note("pl", "2026-03-03").endswith("fakty sprawdzono 3 marca 2026 r.</p>")
    assert legal_state_note("en").endswith(" 2026.</p>") or legal_state_note("en").endswith(".</p>")
    page = with_legal_state("---\ntitle: x\n---\n\n# Title\n\nText.\n", "en")
    assert page.index("# Title") < page.index("hb-legal-state") < page.index("Text.")
    assert with_legal_state(page, "en") == page
