"""The pure pieces behind case and provision pages: the provision in force now, related cases,
and which cases rely on a provision (computed from the fixture's model, no build)."""

import shutil

import pytest

from support import FIXTURES, REPO
from handbook import blocks, load_project
from handbook.casepage import country_neighbours, headline_result, related_cases
from handbook.equivalence import then_and_now
from handbook.usage import cases_relying


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    root = tmp_path_factory.mktemp("page")
    shutil.copytree(FIXTURES / "site", root, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", root / "schema")
    return load_project(root).catalog


def test_then_and_now_follows_the_chain_to_the_provision_in_force(catalog):
    change = then_and_now(catalog, "pl-old-art-22")
    assert (change.current, change.current_since) == ("pl-new-art-94", "2021-01-01")
    assert then_and_now(catalog, "pl-new-art-94") is None


def test_cases_relying_directly_and_through_national_law_or_versions(catalog):
    uses = {u.case.id: u.via for u in cases_relying(catalog, "eu-dir-x-art-20")}
    assert uses == {"xx-alpha-reserved": (), "xx-beta-codesign": (("pl-old-art-22", "transposition"),)}
    uses = {u.case.id: u.via for u in cases_relying(catalog, "pl-new-art-94")}
    assert uses == {"xx-beta-codesign": (("pl-old-art-22", "earlier"),)}
    # A national provision does not count cases citing other countries' law.
    assert [u.case.id for u in cases_relying(catalog, "it-act-art-61")] == ["xx-alpha-reserved"]


def test_related_cases_need_something_in_common(catalog):
    alpha = catalog.cases["xx-alpha-reserved"]
    assert related_cases(catalog, alpha) == []  # the fixture's two cases share no mechanism or Polish provision


def test_related_cases_rank_by_overlap_then_id():
    project = load_project(REPO)
    nantes = project.catalog.cases["fr-nantes-reserved-contracts"]
    found = related_cases(project.catalog, nantes)
    assert found == related_cases(project.catalog, nantes)
    keys = [(-r.overlap, r.case.id) for r in found]
    assert keys == sorted(keys) and all(r.overlap > 0 for r in found)


def test_headline_and_neighbours(catalog):
    alpha = catalog.cases["xx-alpha-reserved"]
    assert headline_result(alpha).year == 2019
    assert headline_result(catalog.cases["xx-beta-codesign"]) is None
    assert country_neighbours(catalog, alpha, "pl") == (None, None)  # alone in its country


def fixture_with(tmp_path, file: str, old: str, new: str):
    """The fixture site's project with one replacement made in one of its files."""
    shutil.copytree(FIXTURES / "site", tmp_path, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    path = tmp_path / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_project(tmp_path)


def test_a_provision_names_only_sources_of_its_own_act(tmp_path):
    project = fixture_with(tmp_path, "legal/eu-dir-x.yml", "    article: art. 70\n",
                           "    article: art. 70\n    sources: [commentary-07]\n")
    found = [p.format() for p in project.problems]
    assert found == ["legal/eu-dir-x.yml:18: provisions[2].sources[1]: unknown source of this act 'commentary-07' "
                     "(did you mean 'commentary-70'?)"]


def test_sources_split_by_provision(catalog):
    # commentary-70 is cited in art. 70's summary: it is about art. 70, and only there.
    own, general, elsewhere = catalog.provision_sources("eu-dir-x-art-70")
    assert [s.id for s in own] == ["commentary-70"] and [s.id for s in general] == ["eurlex-x"] and elsewhere == 0
    own, general, elsewhere = catalog.provision_sources("eu-dir-x-art-20")
    assert own == () and [s.id for s in general] == ["eurlex-x"] and elsewhere == 1


def test_a_successor_not_in_force_is_not_shown_as_the_law_now(tmp_path):
    """The panel and the legal-basis list name a successor only when it is in force; a successor that has
    itself ended (or not started) leaves the old provision marked as not in force, with no "now"."""
    from handbook.labels import label
    from handbook.render import Renderer

    project = fixture_with(tmp_path, "legal/pl-new.yml", 'in_force: {from: "2021-01-01"}',
                           'in_force: {from: "2021-01-01", to: "2022-12-31"}')
    assert project.problems == []
    change = then_and_now(project.catalog, "pl-old-art-22")
    assert change is not None and (change.current, change.current_since) == (None, None)
    renderer = Renderer(project.catalog, project.vocab)
    item = blocks.markdown(renderer.basis_item("pl-old-art-22", "en", "cases/xx-beta-codesign.md"))
    assert f"({label('not_in_force', 'en')})" in item and label("now", "en") not in item


@pytest.mark.parametrize("which", ["repository", "synthetic"])
def test_related_cases_are_those_with_most_in_common_ties_by_id(which, tmp_path):
    """Neighbourhood groups cases by what they use; the answer is the plain definition's, for every case
    and several limits: on the real catalog (32 cases, varied) and on 12 synthetic cases that all use
    the same things (one group, the case itself among its first ids)."""
    from bench import write_cases
    from handbook.casepage import Neighbourhood
    from support import copy_site

    root = REPO
    if which == "synthetic":
        root = copy_site("site", tmp_path / "site")
        write_cases(root, 12)
    catalog = load_project(root).catalog
    neighbourhood = Neighbourhood(catalog)

    def by_definition(case, limit):
        def overlap(other):
            return sum(m in other.mechanisms for m in case.mechanisms) + \
                sum(p in other.transfer_provisions for p in case.transfer_provisions)
        scored = sorted((-overlap(o), o.id) for o in catalog.cases.values() if o.id != case.id and overlap(o))
        return [other for _, other in scored[:limit]]

    for case in catalog.cases.values():
        for limit in (1, 2, 4, 6):
            assert [r.case.id for r in neighbourhood.related(case, limit)] == by_definition(case, limit), case.id
