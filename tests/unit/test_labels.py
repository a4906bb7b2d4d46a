"""Labels that depend on the page's language."""

from handbook.labels import article


def test_polish_cites_recitals_and_annexes_in_polish():
    assert article("recital 114", "pl") == "motyw 114"
    assert article("Annex XIV", "pl") == "załącznik XIV"
    assert article("Annex XIV", "en") == "Annex XIV"
    assert article("art. 94", "pl") == "art. 94" and article("L2113-13", "pl") == "L2113-13"
