"""The site's languages read from the i18n plugin's configuration (handbook/languages.py)."""

from handbook.languages import from_i18n, from_mkdocs_yml
from support import REPO


def test_the_default_language_comes_first():
    assert from_i18n([{"locale": "en", "name": "English"}, {"locale": "pl", "name": "Polski", "default": True}]).codes == ("pl", "en")


def test_an_unbuilt_language_before_the_default_is_left_out_without_shifting_it():
    entries = [{"locale": "fr", "build": False}, {"locale": "en"}, {"locale": "pl", "default": True}]
    assert from_i18n(entries).codes == ("pl", "en")


def test_the_repository_configuration_gives_polish_then_english():
    assert from_mkdocs_yml(REPO / "mkdocs.yml").codes == ("pl", "en")
