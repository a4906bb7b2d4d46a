"""The "Which route?" decision table (routes/routes.yml): checks, the published table, and its rules.

The published table (data/routes.json) is the single source of the rules: `evaluate` below and
`evaluate` in chooser/chooser.js read the same JSON and must give the same routes for the same
answers (tests/browser/test_chooser.py compares them over a grid around every threshold).
Keep the two in step: same parsing of answers, same choice of the amount in force, same comparisons.
"""

from __future__ import annotations

import re

from . import languages
from .generator import page_url
from .labels import table
from .model import Catalog
from .problems import Problem, format_path, unknown
from .render import case_page, provision_page
from .source import Document

ROUTES_FILE = "routes.yml"

# A comparison names a threshold; "in" lists option ids of a choice question.
COMPARISONS = ("at-least", "above", "below", "at-most")
OPERATORS = ("in",) + COMPARISONS

# How a number answer is read, in Python and in the browser alike: spaces (also non-breaking, as
# typed in Polish "400 000") are dropped, then only digits are accepted.
NUMBER_SPACES = "[ \u00a0\u202f]"
NUMBER_PATTERN = "^[0-9]{1,12}$"

MAX_CASES = 5  # cases shown per route, the closest first


# -- checks (make check) ---------------------------------------------------------------------------

class TableChecker:
    """Cross-references of the table: provisions, answers, option values, thresholds; each at file:line."""

    def __init__(self, doc: Document, catalog: Catalog, legal_state: str, failed: set[str] = frozenset()):
        self.doc, self.catalog, self.legal_state, self.failed = doc, catalog, legal_state, failed
        self.problems: list[Problem] = []

    def add(self, path: tuple, message: str) -> None:
        self.problems.append(Problem(self.doc.rel, self.doc.line(path), message, format_path(path)))

    def provision(self, ref: str, path: tuple) -> None:
        if ref not in self.catalog.provisions and ref not in self.failed:
            self.add(path, unknown("provision", ref, self.catalog.provisions))

    def run(self) -> list[Problem]:
        data = self.doc.data
        questions = {q["id"]: q for q in data["questions"]}
        thresholds = {t["id"]: t for t in data["thresholds"]}
        self.unique([q["id"] for q in data["questions"]], "questions", "question")
        self.unique([t["id"] for t in data["thresholds"]], "thresholds", "threshold")
        self.unique([r["id"] for r in data["routes"]], "routes", "route")
        for i, q in enumerate(data["questions"]):
            self.question(i, q)
        for i, t in enumerate(data["thresholds"]):
            self.threshold(i, t)
        for i, route in enumerate(data["routes"]):
            self.route(i, route, questions, thresholds)
        return self.problems

    def unique(self, ids: list[str], key: str, kind: str) -> None:
        for i, ref in enumerate(ids):
            if ref in ids[:i]:
                self.add((key, i, "id"), f"duplicate {kind} id '{ref}'")

    def question(self, i: int, q: dict) -> None:
        at = ("questions", i)
        for j, ref in enumerate(q["provisions"]):
            self.provision(ref, at + ("provisions", j))
        if q["kind"] == "choice" and not q.get("options"):
            self.add(at + ("kind",), "a choice question needs options")
        if q["kind"] == "number" and (q.get("options") or not q.get("unit")):
            self.add(at + ("kind",), "a number question has a unit and no options")

    def threshold(self, i: int, t: dict) -> None:
        at = ("thresholds", i)
        self.provision(t["provision"], at + ("provision",))
        periods = t["periods"]
        for j, period in enumerate(periods):
            if not period["confirmed"] and not period.get("unconfirmed"):
                self.add(at + ("periods", j, "confirmed"), "an unconfirmed amount needs 'unconfirmed' (what was not confirmed and why)")
            if period.get("to") and str(period["to"]) < str(period["from"]):
                self.add(at + ("periods", j, "to"), "ends before it starts")
            if j and str(period["from"]) <= str(periods[j - 1].get("to") or "9999"):
                self.add(at + ("periods", j, "from"), "overlaps the period before it (periods go in date order)")
        if amount_on(t, self.legal_state) is None:
            self.add(at + ("periods",), f"no amount applies on the legal state date {self.legal_state}")

    def route(self, i: int, route: dict, questions: dict, thresholds: dict) -> None:
        at = ("routes", i)
        for j, ref in enumerate(route["provisions"]):
            self.provision(ref, at + ("provisions", j))
        for j, cond in enumerate(route["conditions"]):
            self.condition(at + ("conditions", j), cond, questions, thresholds)
        for j, ref in enumerate(route.get("limits", ())):
            if ref not in thresholds:
                self.add(at + ("limits", j), unknown("threshold", ref, thresholds))
        for j, check in enumerate(route["checks"]):
            self.provision(check["provision"], at + ("checks", j, "provision"))
            if check.get("confirmed") is False and not check.get("unconfirmed"):
                self.add(at + ("checks", j, "confirmed"), "an unconfirmed check needs 'unconfirmed'")

    def condition(self, at: tuple, cond: dict, questions: dict, thresholds: dict) -> None:
        self.provision(cond["provision"], at + ("provision",))
        if cond.get("confirmed") is False and not cond.get("unconfirmed"):
            self.add(at + ("confirmed",), "an unconfirmed rule needs 'unconfirmed' (what was not confirmed and why)")
        question = questions.get(cond["answer"])
        if question is None:
            self.add(at + ("answer",), unknown("answer", cond["answer"], questions))
            return
        op = operator(cond)
        if op == "in":
            if question["kind"] != "choice":
                self.add(at + ("in",), f"'{question['id']}' is a number: compare it with a threshold")
                return
            allowed = [o["id"] for o in question["options"]]
            for k, value in enumerate(cond["in"]):
                if value not in allowed:
                    self.add(at + ("in", k), f"unknown value '{value}' of the answer '{question['id']}'; "
                                             f"allowed: {', '.join(allowed)}")
            return
        ref = cond[op]
        if question["kind"] != "number":
            self.add(at + (op,), f"'{question['id']}' is a choice: use 'in' with its options")
        elif ref not in thresholds:
            self.add(at + (op,), unknown("threshold", ref, thresholds))
        elif thresholds[ref]["unit"] != question["unit"]:
            self.add(at + (op,), f"threshold '{ref}' is in {thresholds[ref]['unit']}, the answer in {question['unit']}")


def operator(cond: dict) -> str:
    return next(op for op in OPERATORS if op in cond)


def check_table(doc: Document, catalog: Catalog, legal_state: str, failed: set[str] = frozenset()) -> list[Problem]:
    return TableChecker(doc, catalog, legal_state, failed).run()


def unconfirmed_rules(data: dict) -> list[str]:
    """Route ids that rest on at least one rule or amount not read in an official or authoritative text."""
    thresholds = {t["id"]: t for t in data["thresholds"]}
    out = []
    for route in data["routes"]:
        refs = [c[operator(c)] for c in route["conditions"] if operator(c) != "in"] + list(route.get("limits", ()))
        if any(c.get("confirmed") is False for c in route["conditions"]) \
                or any(c.get("confirmed") is False for c in route["checks"]) \
                or any(not p["confirmed"] for ref in refs for p in thresholds[ref]["periods"]):
            out.append(route["id"])
    return out


def unconfirmed_warnings(doc: Document) -> list[Problem]:
    """One warning per route resting on an unconfirmed rule, at the line of the route's id (make check)."""
    ids = [r["id"] for r in doc.data["routes"]]
    return [Problem(doc.rel, doc.line(("routes", ids.index(ref), "id")),
                    f"route '{ref}' rests on a rule or amount not confirmed in an official or authoritative text "
                    "(confirmed: false); the page says so", f"routes[{ids.index(ref)}]", warning=True)
            for ref in unconfirmed_rules(doc.data)]


# -- the rules (mirrored in chooser.js) -------------------------------------------------------------

def amount_on(threshold: dict, date: str) -> int | None:
    """The amount of the period that contains `date` (ISO strings compare as dates)."""
    for period in threshold["periods"]:
        if str(period["from"]) <= date and (not period.get("to") or date <= str(period["to"])):
            return period["amount"]
    return None


def read_answers(table: dict, params: dict) -> tuple[dict, list[str], list[dict]]:
    """(answers, missing parameters, bad parameters) from query parameters (first value of each)."""
    answers, missing, errors = {}, [], []
    for q in table["questions"]:
        raw = params.get(q["id"])
        if isinstance(raw, (list, tuple)):
            raw = raw[0] if raw else None
        if raw is None or raw == "":
            missing.append(q["id"])
        elif q["kind"] == "number":
            digits = re.sub(table["number"]["spaces"], "", raw)
            if re.search(table["number"]["pattern"], digits):
                answers[q["id"]] = int(digits)
            else:
                errors.append({"param": q["id"], "value": raw, "kind": "number"})
        elif raw in [o["id"] for o in q["options"]]:
            answers[q["id"]] = raw
        else:
            errors.append({"param": q["id"], "value": raw, "kind": "choice"})
    return answers, missing, errors


def holds(cond: dict, answers: dict, thresholds: dict, date: str) -> bool:
    value = answers[cond["answer"]]
    op = cond["op"]
    if op == "in":
        return value in cond["values"]
    amount = amount_on(thresholds[cond["threshold"]], date)
    return {"at-least": value >= amount, "above": value > amount,
            "below": value < amount, "at-most": value <= amount}[op]


def evaluate(table: dict, params: dict, date: str | None = None) -> dict:
    """Which routes fit the answers; for the others, the indexes of the conditions that fail.

    Missing or bad answers give no route at all: a half-answered form must not look like advice."""
    date = date or table["legal_state"]
    answers, missing, errors = read_answers(table, params)
    result = {"answers": answers, "missing": missing, "errors": errors, "fits": [], "fails": {}}
    if missing or errors:
        return result
    thresholds = {t["id"]: t for t in table["thresholds"]}
    for route in table["routes"]:
        failed = [i for i, cond in enumerate(route["conditions"]) if not holds(cond, answers, thresholds, date)]
        if failed:
            result["fails"][route["id"]] = failed
        else:
            result["fits"].append(route["id"])
    return result


# -- the published table (data/routes.json) -------------------------------------------------------

def amount_text(amount: int, unit: str, lang: str) -> str:
    """130000 PLN -> "130 000 zł" / "PLN 130,000"; 90 days -> "90 dni" / "90 days" (labels: numbers)."""
    numbers = table("numbers", lang)
    return numbers["amounts"][unit].format(number=f"{amount:,}".replace(",", numbers["thousands"]))


class Table:
    """Builds the published table from a checked routes document."""

    def __init__(self, data: dict, catalog: Catalog, renderer, legal_state: str, directory_urls: bool = True):
        self.data, self.catalog, self.renderer = data, catalog, renderer
        self.legal_state, self.directory_urls = legal_state, directory_urls
        self.questions = {q["id"]: q for q in data["questions"]}
        self.thresholds = {t["id"]: t for t in data["thresholds"]}

    def urls(self, page: str) -> dict:
        return {lang: page_url(page, lang, self.directory_urls) for lang in languages.codes()}

    def provision(self, ref: str) -> dict:
        return {"id": ref, "label": {lang: self.renderer.provision_label(ref, lang) for lang in languages.codes()},
                "url": self.urls(provision_page(ref)),
                "official_url": self.catalog.provisions[ref].url or self.catalog.act_of(ref).official_url}

    def period(self, period: dict) -> dict:
        return {"from": str(period["from"]), "to": str(period["to"]) if period.get("to") else None,
                "amount": period["amount"], "confirmed": period["confirmed"],
                "unconfirmed": period.get("unconfirmed"), "note": period.get("note"), "source": period["source"]}

    def threshold(self, t: dict) -> dict:
        amount = amount_on(t, self.legal_state)
        return {"id": t["id"], "label": t["label"], "unit": t["unit"], "provision": self.provision(t["provision"]),
                "periods": [self.period(p) for p in t["periods"]],
                "text": {lang: amount_text(amount, t["unit"], lang) for lang in languages.codes()}}

    def condition_text(self, cond: dict, lang: str) -> str:
        question = self.questions[cond["answer"]]
        op = operator(cond)
        if op == "in":
            labels = {o["id"]: o["label"][lang] for o in question["options"]}
            return f"{question['short'][lang]}: " + f" {table('conditions', lang)['or']} ".join(labels[v] for v in cond["in"])
        t = self.thresholds[cond[op]]
        amount = amount_on(t, self.legal_state)
        return f"{question['short'][lang]} {table('conditions', lang)[op]} {amount_text(amount, t['unit'], lang)} ({t['label'][lang]})"

    def condition(self, cond: dict) -> dict:
        op = operator(cond)
        out = {"answer": cond["answer"], "op": op, "provision": self.provision(cond["provision"]),
               "confirmed": cond.get("confirmed", True), "unconfirmed": cond.get("unconfirmed"),
               "text": {lang: self.condition_text(cond, lang) for lang in languages.codes()}}
        out.update({"values": list(cond["in"])} if op == "in" else {"threshold": cond[op]})
        return out

    def cases(self, route: dict) -> list[dict]:
        """Cases that used the nearest equivalent: their transfer provisions or mechanisms meet the route's."""
        provisions, mechanisms = set(route["provisions"]), set(route.get("mechanisms", ()))
        scored = []
        for case in self.catalog.cases.values():
            score = 2 * len(provisions & set(case.transfer_provisions)) + len(mechanisms & set(case.mechanisms))
            if score:
                scored.append((-score, case.id, case))
        return [{"id": c.id, "country": c.country, "title": dict(c.title),
                 "url": self.urls(case_page(c.id))} for _, _, c in sorted(scored)[:MAX_CASES]]

    def route(self, route: dict) -> dict:
        return {"id": route["id"], "title": route["title"], "summary": route["summary"],
                "provisions": [self.provision(ref) for ref in route["provisions"]],
                "conditions": [self.condition(c) for c in route["conditions"]],
                "limits": list(route.get("limits", ())),
                "checks": [{"text": c["text"], "provision": self.provision(c["provision"]),
                            "confirmed": c.get("confirmed", True), "unconfirmed": c.get("unconfirmed")}
                           for c in route["checks"]],
                "steps": route["steps"], "cases": self.cases(route),
                "confirmed": route["id"] not in unconfirmed_rules(self.data)}

    def question(self, q: dict) -> dict:
        out = {"id": q["id"], "kind": q["kind"], "short": q["short"], "label": q["label"], "help": q["help"],
               "provisions": [self.provision(ref) for ref in q["provisions"]]}
        if q["kind"] == "number":
            out["unit"] = q["unit"]
        else:
            out["options"] = [{"id": o["id"], "label": o["label"]} for o in q["options"]]
        return out

    def json(self) -> dict:
        return {
            "legal_state": self.legal_state,
            "number": {"spaces": NUMBER_SPACES, "pattern": NUMBER_PATTERN},
            "questions": [self.question(q) for q in self.data["questions"]],
            "thresholds": [self.threshold(t) for t in self.data["thresholds"]],
            "routes": [self.route(r) for r in self.data["routes"]],
        }
