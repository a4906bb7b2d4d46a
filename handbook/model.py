"""Typed model of the content: cases, legal acts and their provisions."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import languages
from .citations import cited
from .edition import LEGAL_STATE, day_after, first_day, last_day


class Text(dict):
    """The same text in every language of the site (the i18n languages of mkdocs.yml): code -> text.

    A plain mapping, so that open data and templates read it as they read any {pl: ..., en: ...};
    hashable, as the frozen records that hold it are. Not to be changed once made."""

    def __hash__(self):
        return hash(tuple(self.items()))

    @classmethod
    def of(cls, data: dict | None) -> Text | None:
        """The text of a checked document: the schema requires every language (schema.py, x-languages)."""
        return cls({lang: data[lang].strip() for lang in languages.codes()}) if data else None


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    url: str
    date: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Period:
    start: str
    end: str | None = None
    end_unknown: bool = False  # ended (superseded), but the day is not established: see verification.unconfirmed


@dataclass(frozen=True)
class LegalBasis:
    provision: str
    note: Text


@dataclass(frozen=True)
class Result:
    text: Text
    year: int
    source: str


# The language a partner's name is written in when the case does not say: the country's own.
COUNTRY_LANGUAGE = {"FR": "fr", "IT": "it", "PL": "pl"}


@dataclass(frozen=True)
class Partner:
    """A partner under its own name, in its own language (`lang`), described in each page language."""

    name: str
    type: str
    url: str | None = None
    lang: str = "fr"
    description: Text | None = None


@dataclass(frozen=True)
class Verification:
    status: str
    checked: str
    unconfirmed: Text | None = None


@dataclass(frozen=True)
class Geo:
    """Where the authority sits, for the map; `source` is the official page the coordinates come from."""
    lat: float
    lon: float
    source: str


@dataclass(frozen=True)
class Case:
    id: str
    file: str
    country: str
    place: Text
    authority_name: str
    authority_level: str
    authority_url: str | None
    period: Period
    study_visit: tuple[str, Text] | None
    service_areas: tuple[str, ...]
    mechanisms: tuple[str, ...]
    partners: tuple[Partner, ...]
    legal_basis: tuple[LegalBasis, ...]
    title: Text
    summary: Text
    context: Text
    actions: Text
    results: tuple[Result, ...]
    lessons: Text
    transfer: Text
    transfer_provisions: tuple[str, ...]
    sources: tuple[Source, ...]
    verification: Verification
    geo: Geo | None = None

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)


@dataclass(frozen=True)
class Provision:
    id: str
    act: str
    article: str
    title: Text
    summary: Text
    url: str | None
    in_force: Period | None
    transposes: tuple[str, ...]
    superseded_by: str | None
    related: tuple[str, ...]
    sources: tuple[str, ...] = ()  # ids of the act's sources that are about this provision


@dataclass(frozen=True)
class Act:
    id: str
    file: str
    jurisdiction: str
    kind: str
    title_original: str
    title: Text
    short: Text
    identifiers: tuple[tuple[str, str], ...]
    official_url: str
    date: str | None
    in_force: Period
    superseded_by: str | None
    sources: tuple[Source, ...]
    verification: Verification
    provisions: tuple[str, ...]


@dataclass
class Catalog:
    """Everything that was loaded, with the links between records precomputed."""

    cases: dict[str, Case] = field(default_factory=dict)
    acts: dict[str, Act] = field(default_factory=dict)
    provisions: dict[str, Provision] = field(default_factory=dict)

    def act_of(self, provision_id: str) -> Act:
        return self.acts[self.provisions[provision_id].act]

    def cases_relying_on(self, provision_id: str) -> list[Case]:
        return [c for c in self.cases.values() if any(b.provision == provision_id for b in c.legal_basis)]

    def cases_transferring_to(self, provision_id: str) -> list[Case]:
        return [c for c in self.cases.values() if provision_id in c.transfer_provisions]

    def period_of(self, provision_id: str) -> Period:
        """When a provision was in force: its own dates where the registry gives them, else its act's."""
        return self.provisions[provision_id].in_force or self.act_of(provision_id).in_force

    def is_in_force(self, provision_id: str, on: str = LEGAL_STATE) -> bool:
        """In force on the legal state date: not replaced (by its own superseded_by or its act's), started,
        and not ended. A replaced provision is never in force, whatever its dates say."""
        provision, act = self.provisions[provision_id], self.act_of(provision_id)
        if provision.superseded_by or act.superseded_by:
            return False
        period = self.period_of(provision_id)
        day = first_day(on)
        return first_day(period.start) <= day and (period.end is None or last_day(period.end) >= day) \
            and not period.end_unknown

    def replaced_on(self, provision_id: str) -> str | None:
        """The day its successor took over: the day after its last day in force, or, when that day is not
        established, the day the successor came into force."""
        successor = self.provisions[provision_id].superseded_by
        if successor not in self.provisions:
            return None
        period = self.period_of(provision_id)
        if period.end and len(period.end) == 10:  # a whole date: the change is the next day
            return day_after(period.end)
        return self.period_of(successor).start

    def sources_about(self, provision_id: str) -> set[str]:
        """Ids of the act's sources about a provision: listed in its `sources` or cited in its summary."""
        provision = self.provisions[provision_id]
        return set(provision.sources) | cited(tuple(provision.summary.values()))

    def provision_sources(self, provision_id: str) -> tuple[tuple[Source, ...], tuple[Source, ...], int]:
        """(sources about this provision, the act's general sources, how many are about other provisions only)."""
        act = self.act_of(provision_id)
        own = self.sources_about(provision_id)
        tied = {s for p in act.provisions for s in self.sources_about(p)}
        return (tuple(s for s in act.sources if s.id in own), tuple(s for s in act.sources if s.id not in tied),
                len(tied - own))


def _date(value) -> str | None:
    return None if value is None else str(value)


def _sources(items) -> tuple[Source, ...]:
    return tuple(Source(s["id"], s["title"], s["publisher"], s["url"], _date(s.get("date")), s.get("kind"))
                 for s in items or ())


def _verification(data: dict) -> Verification:
    return Verification(data["status"], _date(data["checked"]), Text.of(data.get("unconfirmed")))


def case_from(data: dict, file: str) -> Case:
    """Build a Case from a document that passed the schema."""
    visit = data.get("study_visit")
    geo = data.get("geo")
    return Case(
        geo=Geo(float(geo["lat"]), float(geo["lon"]), geo["source"]) if geo else None,
        id=data["id"], file=file, country=data["country"], place=Text.of(data["place"]),
        authority_name=data["authority"]["name"], authority_level=data["authority"]["level"],
        authority_url=data["authority"].get("url"),
        period=Period(_date(data["period"]["from"]), _date(data["period"].get("to"))),
        study_visit=(_date(visit["date"]), Text.of(visit["note"])) if visit else None,
        service_areas=tuple(data["service_areas"]), mechanisms=tuple(data["mechanisms"]),
        partners=tuple(Partner(p["name"], p["type"], p.get("url"), p.get("lang", COUNTRY_LANGUAGE[data["country"]]),
                               Text.of(p.get("description"))) for p in data["partners"]),
        legal_basis=tuple(LegalBasis(b["provision"], Text.of(b["note"])) for b in data["legal_basis"]),
        title=Text.of(data["title"]), summary=Text.of(data["summary"]), context=Text.of(data["context"]),
        actions=Text.of(data["actions"]),
        results=tuple(Result(Text.of(r["text"]), r["year"], r["source"]) for r in data["results"]),
        lessons=Text.of(data["lessons"]), transfer=Text.of(data["transfer"]["text"]),
        transfer_provisions=tuple(data["transfer"]["provisions"]), sources=_sources(data["sources"]),
        verification=_verification(data["verification"]),
    )


def _period(data: dict | None) -> Period | None:
    return Period(_date(data["from"]), _date(data.get("to")), bool(data.get("to_unknown"))) if data else None


def act_from(data: dict, file: str) -> tuple[Act, list[Provision]]:
    """Build an Act and its Provisions from a document that passed the schema."""
    provisions = [
        Provision(
            id=p["id"], act=data["id"], article=p["article"], title=Text.of(p["title"]),
            summary=Text.of(p["summary"]), url=p.get("url"), in_force=_period(p.get("in_force")),
            transposes=tuple(p.get("transposes", ())), superseded_by=p.get("superseded_by"),
            related=tuple(p.get("related", ())), sources=tuple(p.get("sources", ())),
        )
        for p in data["provisions"]
    ]
    act = Act(
        id=data["id"], file=file, jurisdiction=data["jurisdiction"], kind=data["kind"],
        title_original=data["title"]["original"], title=Text({lang: data["title"][lang] for lang in languages.codes()}),
        short=Text.of(data["short"]), identifiers=tuple((k, str(v)) for k, v in data["identifiers"].items()),
        official_url=data["official_url"], date=_date(data.get("date")), in_force=_period(data["in_force"]),
        superseded_by=data.get("superseded_by"), sources=_sources(data.get("sources")),
        verification=_verification(data["verification"]), provisions=tuple(p.id for p in provisions),
    )
    return act, provisions
