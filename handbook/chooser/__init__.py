"""The chooser page, one per language (chooser/index.pl.md, chooser/index.en.md), and its assets.

The page holds the form (answers are query parameters), empty result regions that chooser.js fills
from the embedded table, and the whole decision table in Markdown: what a reader sees without
JavaScript, and what a trainer prints. No I/O here.
"""

from __future__ import annotations

import html
import json
from importlib import resources

from ..generator import DEFAULT_LANGUAGE
from ..edition import long_date
from ..markdown import link, plain, relative
from ..render import Renderer, localized
from ..routes import amount_on, amount_text

PAGE = "chooser/index.md"
ASSETS = ("chooser.js", "chooser.css")

UI = {
    "pl": {
        "title": "Która ścieżka?",
        "description": "Które tryby prawne pozwalają samorządowi zlecić usługę podmiotowi ekonomii społecznej: "
                       "zamówienia zastrzeżone, klauzule społeczne, konkurs ofert, małe granty, regranting.",
        "intro": "Proszę odpowiedzieć na pytania o usługę, którą samorząd chce zlecić. Wynik pokazuje ścieżki "
                 "prawne, które pasują do odpowiedzi, z przepisami, warunkami, limitami, krokami i przypadkami "
                 "z Francji i Włoch, a także ścieżki, które nie pasują, i powód. Odpowiedzi trafiają do adresu "
                 "strony, więc wynik można zapisać w zakładkach, wysłać lub wydrukować.",
        "notice_title": "Wskazówki, nie porada prawna",
        "notice": "Wynik to wskazówka podręcznika według stanu prawnego na dzień {date}. Nie jest poradą "
                  "prawną: przed wyborem ścieżki proszę sprawdzić aktualne brzmienie przepisów i skonsultować "
                  "się z radcą prawnym. Reguły oznaczone jako niepotwierdzone nie zostały odczytane w tekście "
                  "urzędowym.",
        "submit": "Pokaż pasujące ścieżki",
        "reset": "Wyczyść odpowiedzi",
        "noscript": "Formularz działa z włączonym JavaScriptem. Bez niego proszę skorzystać z tabeli decyzyjnej "
                    "poniżej: dla każdej ścieżki podaje ona wszystkie warunki.",
        "param": "„{label}” (parametr {param})",
        "missing": "Brakuje odpowiedzi:",
        "no_route": "Nie można wskazać ścieżki, dopóki odpowiedzi są niepełne lub błędne.",
        "bad_number": "Parametr „{param}” ({label}): „{value}” nie jest liczbą całkowitą nieujemną. "
                      "Proszę wpisać same cyfry, np. 400000.",
        "bad_choice": "Parametr „{param}” ({label}): nieznana wartość „{value}”. Dozwolone: {allowed}.",
        "answers": "Odpowiedzi",
        "fits_count": "Pasujące ścieżki: {n} z {total}",
        "none_fit": "Żadna ścieżka z tabeli nie pasuje do tych odpowiedzi.",
        "rejected": "Ścieżki, które nie pasują, i dlaczego",
        "fails": "niespełniony warunek –",
        "provisions": "Przepisy",
        "conditions_met": "Warunki (spełnione)",
        "conditions": "Warunki",
        "limits": "Progi i limity",
        "to_check": "Do sprawdzenia z prawnikiem",
        "steps": "Kroki",
        "cases": "Przypadki z Francji i Włoch (najbliższy odpowiednik)",
        "no_cases": "Podręcznik nie opisuje jeszcze takiego przypadku.",
        "unconfirmed": "Niepotwierdzone",
        "route_unconfirmed": "Ta ścieżka opiera się na co najmniej jednej regule niepotwierdzonej w tekście "
                             "urzędowym (oznaczonej poniżej).",
        "from": "od",
        "to": "do",
        "units": {"PLN": "zł", "days": "dni"},
        "table": "Tabela decyzyjna",
        "table_intro": "Cała tabela, według której działa formularz: dla każdej ścieżki jej warunki, progi i "
                       "limity, kwestie do sprawdzenia i kroki. Ta sama tabela jest opublikowana jako dane "
                       "otwarte w pliku {data}.",
        "questions": "Pytania i parametry adresu",
        "parameter": "parametr",
        "values": "wartości",
        "number_values": "liczba całkowita w {unit}",
        "thresholds": "Progi i limity w czasie",
        "in_force_now": "obowiązuje na dzień stanu prawnego",
        "source": "źródło",
        "note": "Uwaga",
    },
    "en": {
        "title": "Which route?",
        "description": "Which legal routes let a Polish local government commission a service from a social "
                       "economy entity: reserved contracts, social clauses, open calls, small grants, regranting.",
        "intro": "Please answer the questions about the service your authority wants delivered. The result "
                 "shows the legal routes that fit the answers, with their provisions, conditions, limits, steps "
                 "and French and Italian cases, and the routes that do not fit, with the reason. The answers go "
                 "into the page address, so a result can be bookmarked, sent or printed.",
        "notice_title": "Guidance, not legal advice",
        "notice": "The result is the handbook's guidance as of the legal state of {date}. It is not legal "
                  "advice: before choosing a route, please check the current wording of the provisions and "
                  "consult a lawyer. Rules marked as unconfirmed were not read in an official text.",
        "submit": "Show the routes that fit",
        "reset": "Clear the answers",
        "noscript": "The form needs JavaScript. Without it, please use the decision table below: it gives every "
                    "condition of every route.",
        "param": "\u201c{label}\u201d (parameter {param})",
        "missing": "Missing answers:",
        "no_route": "No route can be shown while answers are missing or wrong.",
        "bad_number": "Parameter \u201c{param}\u201d ({label}): \u201c{value}\u201d is not a non-negative whole "
                      "number. Please type digits only, e.g. 400000.",
        "bad_choice": "Parameter \u201c{param}\u201d ({label}): unknown value \u201c{value}\u201d. Allowed: {allowed}.",
        "answers": "Answers",
        "fits_count": "Routes that fit: {n} of {total}",
        "none_fit": "No route in the table fits these answers.",
        "rejected": "Routes that do not fit, and why",
        "fails": "condition not met –",
        "provisions": "Provisions",
        "conditions_met": "Conditions (met)",
        "conditions": "Conditions",
        "limits": "Thresholds and limits",
        "to_check": "To check with a lawyer",
        "steps": "Steps",
        "cases": "Cases from France and Italy (nearest equivalent)",
        "no_cases": "The handbook does not describe such a case yet.",
        "unconfirmed": "Unconfirmed",
        "route_unconfirmed": "This route rests on at least one rule not confirmed in an official text (marked "
                             "below).",
        "from": "from",
        "to": "to",
        "units": {"PLN": "PLN", "days": "days"},
        "table": "The decision table",
        "table_intro": "The whole table the form works from: for each route its conditions, thresholds and "
                       "limits, what to check and the steps. The same table is published as open data in {data}.",
        "questions": "Questions and address parameters",
        "parameter": "parameter",
        "values": "values",
        "number_values": "a whole number in {unit}",
        "thresholds": "Thresholds and limits over time",
        "in_force_now": "applies on the legal state date",
        "source": "source",
        "note": "Note",
    },
}


def asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _script_json(data) -> str:
    """JSON safe inside <script>: no '</' can close the element early."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


class ChooserPage:
    def __init__(self, renderer: Renderer, table: dict, routes_data: dict, legal_state: str,
                 directory_urls: bool = True):
        self.renderer, self.table, self.data = renderer, table, routes_data
        self.legal_state, self.directory_urls = legal_state, directory_urls
        self.thresholds = {t["id"]: t for t in table["thresholds"]}

    # -- the form ---------------------------------------------------------------------------------------

    def provision_links_html(self, provisions: list[dict], lang: str, root: str) -> str:
        return ", ".join(f'<a href="{_e(root + p["url"][lang])}">{_e(p["label"][lang])}</a>' for p in provisions)

    def question_html(self, q: dict, lang: str, root: str) -> str:
        help_id = f"chooser-help-{q['id']}"
        why = (f'<p class="chooser-help" id="{help_id}">{_e(q["help"][lang])} '
               f'({self.provision_links_html(q["provisions"], lang, root)})</p>')
        if q["kind"] == "number":
            unit = UI[lang]["units"][q["unit"]]
            return (f'<div class="chooser-field"><label class="chooser-question" for="chooser-{q["id"]}">'
                    f'{_e(q["label"][lang])}</label>{why}'
                    f'<input type="text" inputmode="numeric" autocomplete="off" id="chooser-{q["id"]}" '
                    f'name="{q["id"]}" aria-describedby="{help_id}"> {_e(unit)}</div>')
        options = "".join(
            f'<label class="chooser-option"><input type="radio" name="{q["id"]}" value="{_e(o["id"])}">'
            f'{_e(o["label"][lang])}</label>' for o in q["options"])
        return (f'<fieldset aria-describedby="{help_id}"><legend>{_e(q["label"][lang])}</legend>{why}'
                f'{options}</fieldset>')

    def form_html(self, lang: str, root: str) -> str:
        ui = UI[lang]
        questions = "".join(self.question_html(q, lang, root) for q in self.table["questions"])
        return "".join([
            f'<div id="chooser" class="chooser" data-lang="{lang}" data-root="{root}">',
            f'<form id="chooser-form" class="chooser-form" method="get" action="./" novalidate>{questions}',
            f'<p class="chooser-actions"><button type="submit">{_e(ui["submit"])}</button>'
            f'<a href="./">{_e(ui["reset"])}</a></p></form>',
            f'<noscript><p>{_e(ui["noscript"])}</p></noscript>',
            '<div id="chooser-messages" role="alert" tabindex="-1"></div>',
            '<div id="chooser-answers"></div>',
            '<section id="chooser-results" aria-live="polite"></section>',
            '<section id="chooser-rejected"></section>',
            '</div>',
        ])

    # -- the decision table (Markdown; the no-JavaScript page) ------------------------------------------------

    def plink(self, p: dict, lang: str) -> str:
        return link(plain(p["label"][lang]), relative(PAGE, f"law/{p['id']}.md"))

    def amount_line(self, t: dict, period: dict, lang: str) -> str:
        ui = UI[lang]
        span = f"{ui['from']} {period['from']}" + (f", {ui['to']} {period['to']}" if period["to"] else "")
        current = amount_on(t, self.legal_state) == period["amount"] and period["from"] <= self.legal_state \
            and (not period["to"] or self.legal_state <= period["to"])
        line = (f"{plain(amount_text(period['amount'], t['unit'], lang))} ({span}"
                + (f"; **{ui['in_force_now']}**" if current else "") + f"; {ui['source']}: "
                + link(plain(period["source"]["title"]), period["source"]["url"]) + f", {plain(period['source']['publisher'])})")
        if not period["confirmed"]:
            line += f" *{ui['unconfirmed']}: {plain(period['unconfirmed'][lang])}*"
        if period.get("note"):
            line += f" {ui['note']}: {plain(period['note'][lang])}"
        return line

    def thresholds_md(self, lang: str) -> list[str]:
        out = [f"\n### {UI[lang]['thresholds']}\n"]
        for t in self.table["thresholds"]:
            out.append(f"- **{plain(t['label'][lang])}** – {self.plink(t['provision'], lang)}")
            out += [f"    - {self.amount_line(t, p, lang)}" for p in t["periods"]]
        return out

    def questions_md(self, lang: str) -> list[str]:
        ui = UI[lang]
        out = [f"\n### {ui['questions']}\n"]
        for q in self.table["questions"]:
            if q["kind"] == "number":
                values = ui["number_values"].format(unit=ui["units"][q["unit"]])
            else:
                values = ", ".join(f"`{o['id']}` ({plain(o['label'][lang])})" for o in q["options"])
            out.append(f"- `{q['id']}` – {plain(q['label'][lang])} ({ui['values']}: {values}). "
                       f"{plain(q['help'][lang])} ({', '.join(self.plink(p, lang) for p in q['provisions'])})")
        return out

    def route_md(self, route: dict, lang: str) -> list[str]:
        ui = UI[lang]
        out = [f"\n### {plain(route['title'][lang])} {{#route-{route['id']}}}\n", plain(route["summary"][lang]) + "\n"]
        if not route["confirmed"]:
            out.append(f"*{plain(ui['route_unconfirmed'])}*\n")
        out.append(f"**{ui['provisions']}:** " + ", ".join(self.plink(p, lang) for p in route["provisions"]) + "\n")
        out.append(f"**{ui['conditions']}:**\n")
        for c in route["conditions"]:
            line = f"- {plain(c['text'][lang])} – {self.plink(c['provision'], lang)}"
            out.append(line + (f" *{ui['unconfirmed']}: {plain(c['unconfirmed'][lang])}*" if not c["confirmed"] else ""))
        limits = list(dict.fromkeys([c["threshold"] for c in route["conditions"] if c["op"] != "in"] + route["limits"]))
        if limits:
            out.append(f"\n**{ui['limits']}:**\n")
            for ref in limits:
                t = self.thresholds[ref]
                out.append(f"- {plain(t['label'][lang])}: {plain(t['text'][lang])} – {self.plink(t['provision'], lang)}")
        if route["checks"]:
            out.append(f"\n**{ui['to_check']}:**\n")
            for c in route["checks"]:
                line = f"- {plain(c['text'][lang])} – {self.plink(c['provision'], lang)}"
                out.append(line + (f" *{ui['unconfirmed']}: {plain(c['unconfirmed'][lang])}*" if not c["confirmed"] else ""))
        out.append(f"\n**{ui['steps']}:**\n")
        out += [f"{i}. {plain(s[lang])}" for i, s in enumerate(route["steps"], 1)]
        out.append(f"\n**{ui['cases']}:** " + (", ".join(
            link(plain(c["title"][lang]), relative(PAGE, f"cases/{c['id']}.md")) for c in route["cases"])
            or plain(ui["no_cases"])) + "\n")
        return out

    # -- the page -------------------------------------------------------------------------------------------

    def markdown(self, lang: str) -> str:
        ui = UI[lang]
        # chooser/index.md is served at chooser/ (or chooser/index.html): one folder below its language's root.
        root = "../" * (1 if lang == DEFAULT_LANGUAGE else 2)
        data_link = link("data/routes.json", relative(PAGE, "data/routes.json"))
        out = [self.renderer.front_matter("routes/routes.yml", ui["title"], ui["description"]),
               f"# {ui['title']}\n",
               f'!!! warning "{ui["notice_title"]}"\n\n    {plain(ui["notice"].format(date=long_date(self.legal_state, lang)))}\n',
               f"{plain(ui['intro'])}\n{{: .chooser-intro }}\n",
               # Assets are copied once, beside the Polish page; the English page reaches them from the root.
               f'<link rel="stylesheet" href="{root}chooser/chooser.css">\n',
               self.form_html(lang, root) + "\n",
               f"## {ui['table']} {{#chooser-decision-table}}\n",
               ui["table_intro"].format(data=data_link) + "\n"]
        out += self.questions_md(lang)
        for route in self.table["routes"]:
            out += self.route_md(route, lang)
        out += self.thresholds_md(lang)
        out += ["",
                f'<script type="application/json" id="chooser-table">{_script_json(self.table)}</script>',
                f'<script type="application/json" id="chooser-ui">{_script_json(ui)}</script>',
                f'<script src="{root}chooser/chooser.js"></script>', ""]
        return "\n".join(out)

    def files(self) -> dict[str, str]:
        files = {localized(PAGE, lang): self.markdown(lang) for lang in ("pl", "en")}
        files.update({f"chooser/{name}": asset(name) for name in ASSETS})
        return files
