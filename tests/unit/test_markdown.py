"""Safe Markdown helpers: passages in another language are marked, and stay escaped."""

from handbook.markdown import ORIGINAL_LANGUAGE, foreign, plain


def test_foreign_marks_another_language_and_leaves_the_page_language_alone():
    assert foreign("Nantes Métropole", "fr", "pl") == '<span lang="fr">Nantes Métropole</span>'
    assert foreign("Nantes Métropole", "fr", "fr") == "Nantes Métropole"
    assert foreign("Directive 2014/24/EU", ORIGINAL_LANGUAGE["EU"], "en") == "Directive 2014/24/EU"
    assert foreign("x", None, "pl") == "x"


def test_foreign_keeps_content_markup_escaped():
    marked = foreign(plain('<script>alert("x")</script> & Co'), "it", "en")
    assert "<script>" not in marked
    assert marked.startswith('<span lang="it">') and marked.endswith("</span>")
