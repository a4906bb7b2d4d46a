"""Labels that depend on the page's language."""

from handbook.labels import article


def test_polish_cites_recitals_and_annexes_in_polish():
    assert article("recital 114", "pl") == "motyw 114"
    assert article("Annex XIV", "pl") == "załącznik XIV"
    assert article("Annex XIV", "en") == "Annex XIV"
    assert article("art. 94", "pl") == "art. 94" and article("L2113-13", "pl") == "L2113-13"


def test_identifiers_do_not_repeat_their_kind():
    from handbook.render import identifier

    assert identifier("CELEX", "32014L0024") == "CELEX 32014L0024"
    assert identifier("ECLI", "ECLI:EU:C:2014:2440") == "ECLI:EU:C:2014:2440"
    assert identifier("Dz.U. (tekst jednolity)", "Dz.U. 2024 poz. 1320") == "Dz.U. 2024 poz. 1320 (tekst jednolity)"
