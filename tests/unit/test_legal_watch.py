"""tools/legal_watch.py on a recorded ELI API response (tests/recorded/): no network."""

import json

from support import REPO
from tools.legal_watch import Amendment, amendments, report

RECORDED = json.loads((REPO / "tests" / "recorded" / "eli-du-2019-2019.json").read_text(encoding="utf-8"))


def test_amendments_after_the_check_date_in_both_reference_shapes():
    assert amendments(RECORDED, "2026-11-22") == [
        Amendment("DU/2026/90003", "2026-12-01", "art. 96"),   # after the check
        Amendment("DU/2027/90004", "2027-01-01", ""),          # the /references shape: {"act": {"ELI"}}
        Amendment("DU/2026/90005", "", ""),                    # no date: listed, it may be new
    ]
    assert [a.eli for a in amendments(RECORDED, "2025-01-01")][:2] == ["DU/2025/90001", "DU/2026/90002"]
    assert amendments({"references": {}}, "2026-11-22") == [] and amendments({}, "2026-11-22") == []


def test_report_names_the_file_and_the_provisions_to_re_check():
    from handbook import load_project
    catalog = load_project(REPO).catalog
    act = catalog.acts["pl-pzp-2019"]
    lines = report(act, "DU/2019/2019", amendments(RECORDED, act.verification.checked), catalog)
    assert lines[0].startswith("legal/pl-pzp-2019.yml: DU/2019/2019 amended by DU/2026/90003 (art. 96), takes "
                               f"effect 2026-12-01, after the check of {act.verification.checked}: re-check ")
    assert lines[0].endswith(", ".join(catalog.provisions[p].article for p in act.provisions))
    assert len(lines) == 3
