"""Interface strings of the generated pages, in both languages."""

LABELS = {
    "country": {"pl": "Kraj", "en": "Country"},
    "place": {"pl": "Miejsce", "en": "Place"},
    "authority": {"pl": "Samorząd", "en": "Local government"},
    "level": {"pl": "Szczebel", "en": "Level"},
    "period": {"pl": "Okres", "en": "Period"},
    "since": {"pl": "od", "en": "since"},
    "study_visit": {"pl": "Wizyta studyjna", "en": "Study visit"},
    "service_areas": {"pl": "Obszary usług", "en": "Service areas"},
    "mechanisms": {"pl": "Mechanizmy", "en": "Mechanisms"},
    "partners": {"pl": "Partnerzy z ekonomii społecznej", "en": "Social economy partners"},
    "context": {"pl": "Kontekst", "en": "Context"},
    "actions": {"pl": "Co zrobiono", "en": "What was done"},
    "results": {"pl": "Rezultaty", "en": "Results"},
    "lessons": {"pl": "Wnioski", "en": "Lessons"},
    "transfer": {"pl": "Co może przenieść polska JST", "en": "What a Polish local government can transfer"},
    "transfer_provisions": {"pl": "Przepisy prawa polskiego", "en": "Polish provisions"},
    "legal_basis": {"pl": "Podstawy prawne", "en": "Legal basis"},
    "sources": {"pl": "Źródła", "en": "Sources"},
    "verification": {"pl": "Weryfikacja", "en": "Verification"},
    "checked": {"pl": "sprawdzono", "en": "checked"},
    "unconfirmed": {"pl": "Pominięto jako niepotwierdzone", "en": "Left out as unconfirmed"},
    "source": {"pl": "źródło", "en": "source"},
    "source_note": {"pl": "Źródło", "en": "Source"},
    "act": {"pl": "Akt", "en": "Act"},
    "jurisdiction": {"pl": "Porządek prawny", "en": "Jurisdiction"},
    "identifiers": {"pl": "Identyfikatory", "en": "Identifiers"},
    "official_text": {"pl": "Tekst urzędowy", "en": "Official text"},
    "in_force": {"pl": "Obowiązywanie", "en": "In force"},
    "in_force_now": {"pl": "obowiązuje", "en": "in force"},
    "not_in_force": {"pl": "nie obowiązuje", "en": "no longer in force"},
    "until": {"pl": "do", "en": "until"},
    "from": {"pl": "od", "en": "from"},
    "date": {"pl": "Data", "en": "Date"},
    "equivalents": {"pl": "Odpowiedniki", "en": "Equivalents"},
    "eu_basis": {"pl": "Podstawa w prawie UE", "en": "Basis in EU law"},
    "national": {"pl": "Przepisy krajowe wdrażające ten sam przepis UE", "en": "National provisions transposing the same EU provision"},
    "transposed_by": {"pl": "Przepisy krajowe wdrażające ten przepis", "en": "National provisions transposing this provision"},
    "predecessors": {"pl": "Wcześniejsze przepisy", "en": "Earlier provisions"},
    "successors": {"pl": "Zastąpiony przez", "en": "Replaced by"},
    "current": {"pl": "obecnie obowiązujący", "en": "in force now"},
    "related": {"pl": "Przepisy pokrewne", "en": "Related provisions"},
    "no_equivalents": {"pl": "Rejestr nie wskazuje odpowiedników tego przepisu.",
                       "en": "The registry records no equivalents for this provision."},
    "cases_relying": {"pl": "Przypadki oparte na tym przepisie", "en": "Cases relying on this provision"},
    "cases_transfer": {"pl": "Przypadki, dla których wskazano ten przepis jako polski odpowiednik",
                       "en": "Cases for which this is the suggested Polish provision"},
    "no_cases": {"pl": "Żaden przypadek w podręczniku nie powołuje się jeszcze na ten przepis.",
                 "en": "No case in the handbook cites this provision yet."},
    "other_provisions": {"pl": "Inne przepisy tego aktu w rejestrze", "en": "Other provisions of this act in the registry"},
    "cases_title": {"pl": "Przypadki według kraju", "en": "Cases by country"},
    "cases_intro": {"pl": "Opisy praktyk samorządów francuskich i włoskich, pogrupowane według kraju. "
                          "Zobacz też [przypadki według mechanizmu](by-mechanism.md).",
                    "en": "Practices of French and Italian local governments, grouped by country. "
                          "See also [cases by mechanism](by-mechanism.md)."},
    "mechanisms_title": {"pl": "Przypadki według mechanizmu", "en": "Cases by mechanism"},
    "mechanisms_intro": {"pl": "Te same przypadki pogrupowane według mechanizmu zlecania usług. "
                               "Zobacz też [przypadki według kraju](by-country.md) i [wszystkie przypadki z filtrami](index.md).",
                         "en": "The same cases grouped by commissioning mechanism. "
                               "See also [cases by country](by-country.md) and [all cases, with filters](index.md)."},
    "law_title": {"pl": "Rejestr przepisów", "en": "Legal registry"},
    "law_intro": {"pl": "Przepisy i orzeczenia, na które powołują się przypadki i rozdziały, pogrupowane według "
                        "porządku prawnego i aktu. Każdy przepis ma stronę z linkiem do tekstu urzędowego, "
                        "odpowiednikami w innych porządkach prawnych i listą przypadków.",
                  "en": "The provisions and judgments cited by the cases and chapters, grouped by jurisdiction and "
                        "act. Each provision has a page with a link to the official text, its equivalents in the "
                        "other jurisdictions and the cases that cite it."},
    "cited_by": {"pl": "przypadki", "en": "cases"},
    "none": {"pl": "brak", "en": "none"},
    # Print views and PDFs (handbook/printview.py)
    "pdf_prefix": {"pl": "podrecznik", "en": "handbook"},
    "print_entry": {"pl": "Drukuj / PDF", "en": "Print / PDF"},
    "print_chapter": {"pl": "Rozdział", "en": "Chapter"},
    "print_cases": {"pl": "Zbiór przypadków", "en": "Case collection"},
    "print_cases_title": {"pl": "Przypadki – {country}", "en": "Cases – {country}"},
    "print_collections": {"pl": "Do druku", "en": "For printing"},
    "print_language": {"pl": "Wersja językowa: polska", "en": "Language: English"},
    "print_legal_state": {"pl": "Stan prawny na", "en": "Law as it stood on"},
    "print_built": {"pl": "Data wydania:", "en": "Date of issue:"},
    "print_online": {"pl": "Wersja online:", "en": "Online version:"},
    "print_toc": {"pl": "Spis treści", "en": "Contents"},
    "print_pdf": {"pl": "Pobierz PDF", "en": "Download PDF"},
    "print_hint": {"pl": "Wersja do druku. Aby wydrukować lub zapisać jako PDF, użyj polecenia „Drukuj” "
                         "w przeglądarce (Ctrl+P).",
                   "en": "Print version. To print it or save it as a PDF, use your browser's Print command (Ctrl+P)."},
}

# Translation status page and the notice on a page shown in the other language.
LABELS.update({
    "status_title": {"pl": "Stan tłumaczeń", "en": "Translation status"},
    "status_intro": {"pl": "Strona powstaje przy każdej budowie serwisu. Źródłem jest wersja polska: rozdział "
                           "angielski jest oznaczony jako starszy, gdy jego ostatnia zmiana (data commitu w git) "
                           "jest wcześniejsza niż zmiana wersji polskiej. Tę samą listę wypisuje `make status`.",
                     "en": "This page is generated at every build. Polish is the source: an English chapter is "
                           "marked as older when its last change (git commit date) is earlier than the last change "
                           "of the Polish version. `make status` prints the same list."},
    "status_chapters": {"pl": "Rozdziały", "en": "Chapters"},
    "status_chapter": {"pl": "Rozdział", "en": "Chapter"},
    "lang_pl": {"pl": "polski", "en": "Polish"},
    "lang_en": {"pl": "angielski", "en": "English"},
    "status_missing": {"pl": "brak", "en": "missing"},
    "status_older": {"pl": "starszy niż polski", "en": "older than the Polish"},
    "status_no_date": {"pl": "data nieznana", "en": "date unknown"},
    "status_records": {"pl": "Przypadki i akty prawne", "en": "Cases and legal acts"},
    "status_records_intro": {"pl": "Każdy plik YAML zawiera oba języki, a `make check` odrzuca plik bez jednego "
                                   "z nich. Lista wskazuje dłuższe teksty identyczne po polsku i po angielsku, "
                                   "czyli skopiowane zamiast przetłumaczonych.",
                             "en": "Each YAML file holds both languages, and `make check` refuses a file that "
                                   "lacks one. The list points out longer texts that are identical in Polish and "
                                   "English, that is, copied instead of translated."},
    "status_record": {"pl": "Plik", "en": "File"},
    "status_state": {"pl": "Stan", "en": "Status"},
    "status_complete": {"pl": "oba języki", "en": "both languages"},
    "status_copied": {"pl": "ten sam tekst w obu językach", "en": "same text in both languages"},
    "fallback_title": {"pl": "Strona nieprzetłumaczona", "en": "Not yet translated"},
    "fallback_text": {"pl": "Ta strona nie ma jeszcze wersji polskiej; poniżej wersja angielska.",
                      "en": "This page has not been translated into English yet; it is shown in Polish."},
})


def label(key: str, lang: str) -> str:
    return LABELS[key][lang]


# Words of article labels recorded in English ("recital 114", "Annex XIV") and how Polish cites them.
_ARTICLE_WORDS = {"pl": {"recital": "motyw", "Annex": "załącznik"}}


def article(label_text: str, lang: str) -> str:
    """An article label as the page's language cites it: "recital 114" is "motyw 114" in Polish."""
    word, _, rest = label_text.partition(" ")
    return f"{_ARTICLE_WORDS.get(lang, {}).get(word, word)} {rest}".strip() if rest else label_text

# Case pages at a glance (handbook/render.py, handbook/casepage.py) and what provision pages say about use.
LABELS.update({
    "at_a_glance": {"pl": "W skrócie", "en": "At a glance"},
    "where": {"pl": "Gdzie", "en": "Where"},
    "who": {"pl": "Kto", "en": "Who"},
    "when": {"pl": "Kiedy", "en": "When"},
    "polish_route": {"pl": "W prawie polskim", "en": "Polish route"},
    "headline_result": {"pl": "Najnowszy rezultat", "en": "Latest result"},
    "all_results": {"pl": "wszystkie rezultaty", "en": "all results"},
    "now": {"pl": "obecnie", "en": "now"},
    "replaced": {"pl": "zastąpiony", "en": "replaced"},
    "see_unconfirmed": {"pl": "co pominięto", "en": "what was left out"},
    "breadcrumb": {"pl": "Ścieżka nawigacji", "en": "Breadcrumb"},
    "home": {"pl": "Strona główna", "en": "Home"},
    "cases_home": {"pl": "Przypadki", "en": "Cases"},
    "law_home": {"pl": "Prawo", "en": "Law"},
    "law_pager": {"pl": "Rejestr przepisów", "en": "Legal registry"},
    "back_to_law": {"pl": "Wszystkie przepisy w rejestrze", "en": "All provisions in the registry"},
    "on_this_page": {"pl": "Na tej stronie", "en": "On this page"},
    "related_cases": {"pl": "Podobne przypadki", "en": "Related cases"},
    "in_common": {"pl": "wspólne", "en": "in common"},
    "case_pager": {"pl": "Inne przypadki", "en": "Other cases"},
    "previous_in": {"pl": "Poprzedni przypadek ({country})", "en": "Previous case ({country})"},
    "next_in": {"pl": "Następny przypadek ({country})", "en": "Next case ({country})"},
    "back_to_index": {"pl": "Wszystkie przypadki", "en": "All cases"},
    "via": {"pl": "przez", "en": "via"},
    "via_transposition": {"pl": "prawo krajowe wdrażające ten przepis", "en": "national law transposing it"},
    "via_earlier": {"pl": "wcześniejsza wersja", "en": "earlier version"},
    "via_later": {"pl": "późniejsza wersja", "en": "later version"},
    "sources_provision": {"pl": "Źródła o tym przepisie", "en": "Sources on this provision"},
    "sources_general": {"pl": "Ogólne źródła o akcie", "en": "General sources on the act"},
    "sources_elsewhere": {"pl": "Pozostałe źródła tego aktu w rejestrze (liczba: {n}) dotyczą innych przepisów "
                                "i są podane na ich stronach.",
                          "en": "The act's other sources in the registry ({n}) are about other provisions and are "
                                "listed on their pages."},
})
