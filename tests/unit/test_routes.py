"""The chooser's rules (handbook/routes.py) over the published table: every threshold one unit below, at and
above, the reading of answers, and the amounts in force by date."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from chooser_grid import boundary_values, grid, published_table
from support import REPO
from handbook import edition, load_project
from handbook.routes import amount_on, evaluate

ANSWERS = {"service": "social", "value": "400000", "partner": "social-cooperative", "task": "yes",
           "repeat": "no", "duration": "365"}


@pytest.fixture(scope="module")
def table():
    return published_table()


def fits(table, date=None, **changes):
    return evaluate(table, {**ANSWERS, **{k: str(v) for k, v in changes.items()}}, date)["fits"]


def threshold(table, ref):
    return next(t for t in table["thresholds"] if t["id"] == ref)


def test_the_table_is_evaluated_on_the_legal_state_date(table):
    assert table["legal_state"] == edition.LEGAL_STATE


@pytest.mark.parametrize("value,below,clauses", [(129_999, True, False), (130_000, False, True), (130_001, False, True)])
def test_public_procurement_law_applies_from_130000(table, value, below, clauses):
    result = fits(table, value=value)
    assert ("pzp-below-threshold" in result) is below
    assert ("pzp-social-clauses" in result) is clauses
    assert ("pzp-art-94-reserved" in result) is clauses
    assert ("pzp-art-361-reserved" in result) is clauses


def test_social_services_threshold_follows_the_period_in_force(table):
    now = amount_on(threshold(table, "social-services-eu"), edition.LEGAL_STATE)
    assert now == 3_232_500  # EUR 750 000 x PLN 4.31 (2026-2027)
    for value, light, eu in ((now - 1, True, False), (now, False, True), (now + 1, False, True)):
        result = fits(table, value=value)
        assert ("pzp-social-services-below-eu" in result, "pzp-social-services-eu" in result) == (light, eu), value
    earlier = "2025-06-01"  # EUR 750 000 x PLN 4.6371 (2024-2025)
    then = amount_on(threshold(table, "social-services-eu"), earlier)
    assert then == 3_477_825
    assert "pzp-social-services-below-eu" in fits(table, earlier, value=then - 1)
    assert "pzp-social-services-eu" in fits(table, earlier, value=then)
    assert "pzp-social-services-below-eu" in fits(table, earlier, value=now)
    assert amount_on(threshold(table, "social-services-eu"), "2023-12-31") is None


@pytest.mark.parametrize("value,duration,expected", [
    (9_999, 90, True), (10_000, 90, True), (10_001, 90, False),
    (10_000, 89, True), (10_000, 91, False), (0, 0, True),
])
def test_small_grant_limits(table, value, duration, expected):
    assert ("udpp-small-grant" in fits(table, value=value, duration=duration)) is expected


@pytest.mark.parametrize("duration,expected", [(1_094, True), (1_095, True), (1_096, False)])
def test_reserved_social_services_contract_lasts_at_most_three_years(table, duration, expected):
    assert ("pzp-art-361-reserved" in fits(table, duration=duration)) is expected


def test_reserved_social_services_contract_not_twice_in_three_years(table):
    assert "pzp-art-361-reserved" not in fits(table, repeat="yes")
    assert "pzp-art-361-reserved" not in fits(table, service="other")
    assert "pzp-art-361-reserved" not in fits(table, partner="any")


def test_grants_need_a_public_task_and_a_non_profit_partner(table):
    grants = {"udpp-open-competition", "udpp-regranting", "udpp-small-grant", "udpp-co-design"}
    assert grants & set(fits(table, task="no")) == set()
    assert grants & set(fits(table, partner="any")) == set()
    assert grants & set(fits(table, partner="reintegration")) == set()
    assert {"udpp-open-competition", "udpp-regranting"} <= set(fits(table, partner="ngo"))


def test_over_the_grid_routes_that_exclude_each_other_never_fit_together(table):
    points = grid(table)
    assert len(points) > 1000
    pzp_scope = amount_on(threshold(table, "pzp-scope"), edition.LEGAL_STATE)
    for params in points:
        result = evaluate(table, params)
        assert not result["missing"] and not result["errors"]
        below = "pzp-below-threshold" in result["fits"]
        assert below is (int(params["value"]) < pzp_scope)
        assert below is not ("pzp-social-clauses" in result["fits"])  # every contract: one or the other
        social = {"pzp-social-services-below-eu", "pzp-social-services-eu"} & set(result["fits"])
        assert len(social) == (1 if params["service"] == "social" and not below else 0)
        assert set(result["fits"]).isdisjoint(result["fails"])
        assert len(result["fits"]) + len(result["fails"]) == len(table["routes"])


def test_grid_covers_one_unit_around_every_threshold(table):
    values = boundary_values(table, "PLN")
    for amount in (130_000, 3_232_500, 3_477_825, 10_000):
        assert {amount - 1, amount, amount + 1} <= set(values)
    assert {89, 90, 91, 1_094, 1_095, 1_096} <= set(boundary_values(table, "days"))


@pytest.mark.parametrize("raw,read", [("400000", 400_000), ("400 000", 400_000), ("400\u00a0000", 400_000),
                                      ("0", 0), ("007", 7)])
def test_numbers_are_read_without_spaces(table, raw, read):
    assert evaluate(table, {**ANSWERS, "value": raw})["answers"]["value"] == read


@pytest.mark.parametrize("raw", ["abc", "-5", "4e5", "1.5", "+5", "1" * 13, "12abc"])
def test_a_bad_number_is_named_and_gives_no_route(table, raw):
    result = evaluate(table, {**ANSWERS, "value": raw})
    assert result["errors"] == [{"param": "value", "value": raw, "kind": "number"}]
    assert result["fits"] == [] and result["fails"] == {}


def test_an_unknown_option_is_named_and_gives_no_route(table):
    result = evaluate(table, {**ANSWERS, "partner": "company"})
    assert result["errors"] == [{"param": "partner", "value": "company", "kind": "choice"}]
    assert result["fits"] == []


def test_missing_answers_are_listed_in_question_order_and_give_no_route(table):
    result = evaluate(table, {"value": "400000", "service": "social"})
    assert result["missing"] == ["partner", "task", "repeat", "duration"]
    assert result["fits"] == [] and result["fails"] == {}
    assert evaluate(table, {**ANSWERS, "task": ""})["missing"] == ["task"]


CHOOSER_LINK = re.compile(r"\]\(\.\./chooser/index\.md\?([^)\s]+)\)")


@pytest.mark.parametrize("chapter", ["step-by-step", "toolbox"])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_chapters_link_the_chooser_with_complete_answers(table, chapter, lang):
    text = (REPO / "docs" / "guide" / f"{chapter}.{lang}.md").read_text(encoding="utf-8")
    links = CHOOSER_LINK.findall(text)
    assert len(links) >= 3
    for query in links:
        params = {k: v[0] for k, v in parse_qs(query).items()}
        result = evaluate(table, params)
        assert result["missing"] == [] and result["errors"] == [], query
        assert result["fits"], query


def test_each_route_lists_the_cases_of_its_provisions_or_mechanisms(table):
    project = load_project(REPO)
    routes = {r["id"]: r for r in project.routes["routes"]}
    for route in table["routes"]:
        source = routes[route["id"]]
        for case in route["cases"]:
            c = project.catalog.cases[case["id"]]
            assert set(c.transfer_provisions) & set(source["provisions"]) or \
                set(c.mechanisms) & set(source.get("mechanisms", ())), (route["id"], case["id"])
    assert {c["id"] for c in next(r for r in table["routes"] if r["id"] == "pzp-art-94-reserved")["cases"]}


def test_routes_file_reads_its_schema_through_the_modeline_and_the_schema_stands_alone():
    path = REPO / "routes" / "routes.yml"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/routes.schema.json"
    raw = {name: json.loads((REPO / "schema" / name).read_text(encoding="utf-8"))
           for name in ("case.schema.json", "routes.schema.json")}
    registry = Registry().with_resources((name, Resource.from_contents(s)) for name, s in raw.items())
    Draft202012Validator.check_schema(raw["routes.schema.json"])
    validator = Draft202012Validator(raw["routes.schema.json"], registry=registry)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # as an editor sees it
    assert [e.message for e in validator.iter_errors(data) if e.validator != "type"] == []


def test_every_unconfirmed_rule_says_why(table):
    for t in table["thresholds"]:
        for p in t["periods"]:
            assert p["confirmed"] or (p["unconfirmed"]["pl"] and p["unconfirmed"]["en"]), t["id"]
            assert p["source"]["url"].startswith("https://"), t["id"]
    for route in table["routes"]:
        rules = route["conditions"] + route["checks"]
        assert all(r["confirmed"] or r["unconfirmed"]["en"] for r in rules), route["id"]


def test_make_check_warns_at_the_route_that_rests_on_an_unconfirmed_rule(tmp_path, capsys):
    import shutil
    import sys
    sys.path.insert(0, str(REPO / "tests" / "errors"))
    from corpus import ROUTES_YML
    from handbook.__main__ import main
    from support import FIXTURES
    shutil.copytree(FIXTURES / "site", tmp_path, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    (tmp_path / "routes").mkdir()
    (tmp_path / "routes" / "routes.yml").write_text(ROUTES_YML.replace(
        "{answer: partner, in: [cooperative], provision: pl-new-art-94}",
        "{answer: partner, in: [cooperative], provision: pl-new-art-94, confirmed: false, "
        "unconfirmed: {pl: Nie odczytano., en: Not read.}}"), encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", "text"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "routes/routes.yml:30: warning: routes[0]: route 'reserved' rests on a rule or amount not confirmed in an " \
           "official or authoritative text (confirmed: false); the page says so" in out
    assert ", 1 routes" in out[-1] and "warning(s)" in out[-1]
