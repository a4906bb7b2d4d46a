"""Labels that depend on the page's language."""

from handbook.labels import article


def test_polish_cites_recitals_and_annexes_in_polish():
    assert article("recital 114", "pl") == "motyw 114"
    assert article("Annex XIV", "pl") == "załącznik XIV"
    assert article("Annex XIV", "en") == "Annex XIV"
    assert article("art. 94", "pl") == "art. 94" and article("L2113-13", "pl") == "L2113-13"


def test_english_cites_articles_and_their_paragraphs_in_english():
    assert article("art. 94", "en") == "Article 94"
    assert article("art. 29 ust. 4", "en") == "Article 29(4)"
    assert article("art. 29 ust. 3a", "en") == "Article 29(3a)"
    assert article("art. 22 ust. 2 i 2a", "en") == "Article 22(2) and (2a)"
    assert article("art. 18(2)", "en") == "Article 18(2)" and article("art. 10(h)", "en") == "Article 10(h)"
    assert article("art. 9-1", "en") == "Article 9-1"


def test_polish_keeps_the_registry_form_of_articles_and_paragraphs():
    for text in ("art. 94", "art. 94 ust. 2", "art. 29 ust. 3a", "art. 22 ust. 2 i 2a", "art. 18(2)", "art. 9-1"):
        assert article(text, "pl") == text


def test_labels_that_are_not_article_numbers_stay_as_written():
    for text in ("L2113-13", "R2123-1", "C-598/19", "n° 364950", "sentenza n. 131/2020", "recital 114", "Annex XIV"):
        assert article(text, "en") == text
    assert article("sentenza n. 131/2020", "pl") == "sentenza n. 131/2020" and article("C-598/19", "pl") == "C-598/19"


def test_identifiers_do_not_repeat_their_kind():
    from handbook.render import identifier

    assert identifier("CELEX", "32014L0024") == "CELEX 32014L0024"
    assert identifier("ECLI", "ECLI:EU:C:2014:2440") == "ECLI:EU:C:2014:2440"
    assert identifier("Dz.U. (tekst jednolity)", "Dz.U. 2024 poz. 1320") == "Dz.U. 2024 poz. 1320 (tekst jednolity)"
