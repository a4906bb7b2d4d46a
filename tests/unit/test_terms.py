"""The terminology check of `make check` (schema/terms.yml), run as contributors run it."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from support import copy_site


def check(root) -> str:
    result = subprocess.run([sys.executable, "-m", "handbook", "check", str(root)], capture_output=True, text=True,
                            cwd=root, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def site(tmp_path):
    root = copy_site("site", tmp_path / "site")
    chapter = root / "docs" / "guide" / "chapter.pl.md"
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\n".join([
        "",
        "Wykonawca zatrudnia osoby na podstawie umowy o pracę przy sprzątaniu.",        # a variant: reported
        "Samorząd współfinansuje zatrudnienie na podstawie umów o pracę w warsztatach.",  # its plural (ó): reported
        "Spółdzielnia zatrudnia na podstawie spółdzielczych umów o pracę.",             # allowed in the plural: not
        "Dawna ustawa mówiła: „zatrudnienie na podstawie umowy o pracę”.",             # a quotation: not
        "Członkowie pracują na podstawie spółdzielczej umowy o pracę.",                # an allowed phrase: not
        "W kodzie `na podstawie umowy o pracę` nic się nie zmienia.",                  # code: not
        '<span lang="fr">plan zamówień</span> bez zmian.',                              # a foreign passage: not
        "Samorząd ogłasza plan zamówień i współpracuje z XYZQ.",                        # a variant and an unknown abbreviation
        "",
    ]), encoding="utf-8")
    return root


def lines_of(output: str, file: str) -> dict[int, str]:
    out = {}
    for line in output.splitlines():
        prefix = f"warning: {file}:"
        if line.startswith(prefix):
            number, message = line[len(prefix):].split(":", 1)
            out.setdefault(int(number), "")
            out[int(number)] += message
    return out


def test_a_variant_to_avoid_is_reported_at_its_line_with_the_preferred_term(site):
    text = (site / "docs/guide/chapter.pl.md").read_text(encoding="utf-8").split("\n")
    variant = text.index("Wykonawca zatrudnia osoby na podstawie umowy o pracę przy sprzątaniu.") + 1
    plan = next(i for i, line in enumerate(text, 1) if line.startswith("Samorząd ogłasza plan zamówień"))
    found = lines_of(check(site), "docs/guide/chapter.pl.md")
    assert "zatrudnienie na podstawie stosunku pracy" in found[variant]
    assert "plan postępowań o udzielenie zamówień" in found[plan]


def test_a_variant_is_reported_in_forms_its_stem_does_not_cover(site):
    """„umow*” does not reach the genitive plural „umów” (ó): the plural forms are listed on their own."""
    text = (site / "docs/guide/chapter.pl.md").read_text(encoding="utf-8").split("\n")
    plural = text.index("Samorząd współfinansuje zatrudnienie na podstawie umów o pracę w warsztatach.") + 1
    cooperative = text.index("Spółdzielnia zatrudnia na podstawie spółdzielczych umów o pracę.") + 1
    found = lines_of(check(site), "docs/guide/chapter.pl.md")
    assert "zatrudnienie na podstawie stosunku pracy" in found.get(plural, ""), found
    assert cooperative not in found, found[cooperative]


def test_quotations_code_allowed_phrases_and_foreign_passages_are_not_reported(site):
    text = (site / "docs/guide/chapter.pl.md").read_text(encoding="utf-8").split("\n")
    quiet = [i for i, line in enumerate(text, 1) if line.startswith(("Dawna ustawa", "Członkowie", "W kodzie", "<span"))]
    control = text.index("Wykonawca zatrudnia osoby na podstawie umowy o pracę przy sprzątaniu.") + 1
    found = lines_of(check(site), "docs/guide/chapter.pl.md")
    assert control in found  # the check ran: the same words outside a quotation are reported
    assert len(quiet) == 4 and not set(quiet) & set(found), found


def test_an_unknown_abbreviation_warns_and_a_known_one_does_not(site):
    output = check(site)
    assert "abbreviation “XYZQ” is not in schema/terms.yml" in output
    assert "abbreviation “JST”" not in output and "abbreviation “EU”" not in output


def test_a_variant_in_a_yaml_text_is_reported_at_the_line_of_its_field(site):
    case = site / "cases" / "xx-alpha-reserved.yml"
    text = case.read_text(encoding="utf-8").replace(
        'actions: {pl: "Działania, zob. [[xx-beta-codesign]].",',
        'actions: {pl: "Działania, zob. [[xx-beta-codesign]]; metropolia mapuje zamówienia.",')
    case.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.split("\n"), 1) if row.startswith("actions:"))
    found = lines_of(check(site), "cases/xx-alpha-reserved.yml")
    assert "actions.pl" in found[line] and "sporządzić przegląd" in found[line]


def test_a_use_marked_as_intended_in_the_data_is_not_reported(site):
    terms = site / "schema" / "terms.yml"
    data = yaml.safe_load(terms.read_text(encoding="utf-8"))
    data["intended"] = (data.get("intended") or []) + [
        {"file": "docs/guide/chapter.pl.md", "text": "Wykonawca zatrudnia osoby", "reason": "test"}]
    terms.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    text = (site / "docs/guide/chapter.pl.md").read_text(encoding="utf-8").split("\n")
    marked = text.index("Wykonawca zatrudnia osoby na podstawie umowy o pracę przy sprzątaniu.") + 1
    found = lines_of(check(site), "docs/guide/chapter.pl.md")
    assert "stosunku pracy" not in found.get(marked, ""), found[marked]


def test_abbreviation_definitions_are_one_block_each_and_all_apply():
    """Appended to every page: one definition per block (a single block of n definitions costs the block
    parser n passes over it on every page, see abbreviation_definitions), and each still makes its <abbr>."""
    import markdown

    from handbook.terms import Terms, abbreviation_definitions

    terms = Terms(abbreviations={f"AB{chr(65 + i)}": {"pl": f"skrót {i}", "en": f"abbreviation {i}"} for i in range(5)})
    text = abbreviation_definitions(terms, "en")
    assert [block.count("*[") for block in text.strip().split("\n\n")] == [1] * 5
    html = markdown.markdown("ABA, ABC and ABE.\n\n" + text, extensions=["abbr"])
    assert html.count('<abbr title="abbreviation') == 3
    # a page gets only the definitions of what it uses: the same HTML, without 130 definitions on every page
    used = abbreviation_definitions(terms, "en", "ABA, ABC and ABE.")
    assert [line[2:5] for line in used.split("\n") if line] == ["ABA", "ABC", "ABE"]
    assert markdown.markdown("ABA, ABC and ABE.\n\n" + used, extensions=["abbr"]) == html
