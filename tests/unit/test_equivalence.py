"""Equivalence chains and backlinks, computed from the model (no build)."""

import shutil

import pytest

from support import FIXTURES, REPO
from handbook import load_project
from handbook.equivalence import equivalents


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    root = tmp_path_factory.mktemp("eq")
    shutil.copytree(FIXTURES / "site", root, dirs_exist_ok=True)
    shutil.copytree(REPO / "schema", root / "schema")
    return load_project(root).catalog


def test_old_provision_inherits_the_eu_basis_and_leads_to_the_current_one(catalog):
    eq = equivalents(catalog, "pl-old-art-22")
    assert eq.eu_basis == ("eu-dir-x-art-20",)
    assert eq.successors == ("pl-new-art-94",)
    assert eq.national == {"IT": ("it-act-art-61",)}
    assert eq.related == ("it-act-art-61",)


def test_eu_provision_lists_current_transpositions_once(catalog):
    eq = equivalents(catalog, "eu-dir-x-art-20")
    assert eq.national == {"PL": ("pl-new-art-94",), "IT": ("it-act-art-61",)}
    assert eq.related == ("eu-cjeu-c-1-20",)  # declared on the judgment, shown both ways


def test_current_provision_knows_what_it_replaced(catalog):
    assert equivalents(catalog, "pl-new-art-94").predecessors == ("pl-old-art-22",)


def test_backlinks(catalog):
    assert [c.id for c in catalog.cases_relying_on("pl-old-art-22")] == ["xx-beta-codesign"]
    assert [c.id for c in catalog.cases_transferring_to("pl-new-art-94")] == ["xx-alpha-reserved"]
    assert catalog.cases_relying_on("eu-dir-x-art-70") == []
    assert not catalog.is_in_force("pl-old-art-22") and catalog.is_in_force("pl-new-art-94")
