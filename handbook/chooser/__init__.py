"""The chooser page, one per language (chooser/index.pl.md, chooser/index.en.md), and its assets.

The page holds the form (answers are query parameters), empty result regions that chooser.js fills
from the embedded table, and the whole decision table in Markdown: what a reader sees without
JavaScript, and what a trainer prints. No I/O here.
"""

from __future__ import annotations

import html
import json
from importlib import resources

from .. import generator, languages
from ..edition import long_date
from ..labels import table
from ..markdown import link, plain, relative
from ..render import Renderer
from ..routes import amount_on, amount_text

PAGE = "chooser/index.md"
ASSETS = ("chooser.js", "chooser.css")



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
            unit = table("chooser", lang)["units"][q["unit"]]
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
        ui = table("chooser", lang)
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
        ui = table("chooser", lang)
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
        out = [f"\n### {table('chooser', lang)['thresholds']}\n"]
        for t in self.table["thresholds"]:
            out.append(f"- **{plain(t['label'][lang])}** – {self.plink(t['provision'], lang)}")
            out += [f"    - {self.amount_line(t, p, lang)}" for p in t["periods"]]
        return out

    def questions_md(self, lang: str) -> list[str]:
        ui = table("chooser", lang)
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
        ui = table("chooser", lang)
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
        ui = table("chooser", lang)
        # chooser/index.md is served at chooser/ (or chooser/index.html): one folder below its language's root.
        root = "../" * (1 if lang == languages.default() else 2)
        data_link = link("data/routes.json", relative(PAGE, "data/routes.json"))
        out = [self.renderer.front_matter("routes/routes.yml", ui["title"], ui["description"]),
               f"# {ui['title']}\n",
               generator.admonition("warning", ui["notice_title"],
                                    plain(ui["notice"].format(date=long_date(self.legal_state, lang))), blank_line=True),
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
        files = {generator.localized(PAGE, lang): self.markdown(lang) for lang in languages.codes()}
        files.update({f"chooser/{name}": asset(name) for name in ASSETS})
        return files
