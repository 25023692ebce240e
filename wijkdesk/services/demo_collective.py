"""The demo town's collective work: activities with sessions, resident initiatives with their
support, funding bundled from several sources, offset savings, and residents who take part,
some of them referred from their help question (toeleiding).

Invented throughout: initiators' names come from Faker, organisations and funds carry
"Demostad" or "(demo)". Every choice goes through the demo's seeded random.Random. The rows obey
the services' rules: an initiative's status history only moves forward, new and referred
participants never outnumber a session's attendance, paid never exceeds granted, and no budget
is committed or spent beyond its amount.

add_collective only draws rows; DemoService.generate inserts them in bulk and audits them.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker
from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkdesk.domain.collective import FundingKind, InitiativeStatus, SupportKind
from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.support import ConsentScope, ReferralStatus
from wijkdesk.store.models import (
    Activity,
    ActivitySession,
    Budget,
    Commitment,
    Consent,
    FundingSource,
    Initiative,
    InitiativeStatusChange,
    InitiativeSupport,
    Initiator,
    OffsetSaving,
    Participation,
    Place,
    Professional,
    ProfessionalTime,
    ProfessionalType,
    Referral,
    Spending,
)

# Texts (Dutch, as a wijkteam would write them) ------------------------------------------------

SOURCES = (  # name, kind, description
    ("Wmo", FundingKind.WMO, "Algemene voorzieningen uit de Wmo 2015."),
    ("Jeugdwet", FundingKind.YOUTH, "Preventie en algemene voorzieningen voor jeugd en gezin."),
    ("Wijkbudget gemeente", FundingKind.MUNICIPAL, "Het budget voor bewonersinitiatieven en "
                                                   "wijkactiviteiten."),
    ("Fonds Demostad (demo)", FundingKind.FOUNDATION, "Een verzonnen fonds voor de demo."),
    ("Woonstichting Demostad (demo)", FundingKind.HOUSING_CORPORATION,
     "Leefbaarheidsbudget van een verzonnen woningcorporatie."),
)
THEMES = {  # theme: (titles, goals, the source whose budget an offset saving lands in)
    "ontmoeting": (("Koffieochtend", "Buurtmaaltijd", "Inloop in het buurthuis"),
                   ("Bewoners leren elkaar kennen en weten het buurthuis te vinden.",
                    "Buren ontmoeten elkaar elke week op een vaste plek."), None),
    "bewegen": (("Wandelgroep", "Stoelyoga", "Sport in het park"),
                ("Bewoners bewegen elke week en houden hun conditie op peil.",
                 "Ouderen blijven fit en vallen minder."), "Wmo"),
    "taalcafé": (("Taalcafé", "Nederlands oefenen"),
                 ("Anderstalige bewoners oefenen Nederlands in een ontspannen sfeer.",
                  "Deelnemers durven zelf te bellen met school en huisarts."), None),
    "opvoeden": (("Opvoedcafé", "Peuterochtend voor ouders"),
                 ("Ouders wisselen ervaringen uit en weten waar ze met vragen terechtkunnen.",
                  "Ouders vragen eerder hulp, voordat problemen groot worden."), "Jeugdwet"),
    "eenzaamheid": (("Samen aan tafel", "Praatgroep Niet alleen"),
                    ("Bewoners die alleen zijn krijgen een vast contactmoment en nieuwe "
                     "contacten.", "Minder bewoners voelen zich eenzaam."), "Wmo"),
    "geldzaken": (("Geldcafé", "Formulierenbrigade"),
                  ("Bewoners krijgen grip op hun geldzaken en vragen op tijd hulp.",
                   "Bewoners vullen formulieren op tijd in en lopen geen toeslagen mis."),
                  None),
    "groen": (("Groenploeg", "Buurtmoestuin"),
              ("Bewoners onderhouden samen het groen en de buurt blijft schoon.",
               "De buurt wordt groener en bewoners zijn er samen trots op."),
              "Wijkbudget gemeente"),
    "jongeren": (("Jongerenavond", "Huiswerkklas"),
                 ("Jongeren hebben een plek in de buurt en krijgen steun bij school.",
                  "Jongeren maken hun school af."), "Jeugdwet"),
}
OFFSET_RATIONALE = {
    "Wmo": ("Deelnemers die minder eenzaam zijn en in beweging blijven, doen minder vaak een "
            "beroep op individuele Wmo-ondersteuning."),
    "Jeugdwet": ("Ouders en jongeren vragen eerder hulp, zodat minder zware jeugdhulp nodig "
                 "is."),
    "Wijkbudget gemeente": ("Bewoners onderhouden het groen zelf; de gemeente hoeft minder vaak "
                            "te maaien en op te ruimen."),
    "Woonstichting Demostad (demo)": ("Minder schoonmaak, reparaties en klachten in de "
                                      "portieken en tuinen."),
}
ORGANISERS = ("Buurtwerk Demostad (demo)", "Welzijn Demostad (demo)",
              "Bibliotheek Demostad (demo)", "Sportbedrijf Demostad (demo)",
              "Bewonersvereniging {buurt} (demo)")
IDEAS = (
    ("Geveltuinen in de straat", "Bewoners willen geveltuinen aanleggen en samen onderhouden."),
    ("Buurtbibliotheek", "Een kastje met boeken bij het speelveld, beheerd door buren."),
    ("Speeltuin opknappen", "Ouders willen de speeltuin samen opknappen en er een speeldag "
                            "organiseren."),
    ("Straatfeest", "Een jaarlijks straatfeest waar nieuwe en oude bewoners elkaar ontmoeten."),
    ("Repair café", "Eens per maand samen spullen repareren in plaats van weggooien."),
    ("Kookclub voor ouderen", "Ouderen koken om de beurt voor elkaar en eten samen."),
    ("Burenhulp", "Buren helpen elkaar met kleine klussen en boodschappen."),
    ("Zwerfafvalteam", "Een vaste ploeg die elke maand zwerfafval opruimt."),
)
SUPPORT_TEXTS = {
    SupportKind.FINANCIAL: ("Bijdrage voor materiaal en planten.", "Huur van de zaal.",
                            "Bijdrage voor boodschappen en drukwerk."),
    SupportKind.ORGANISATIONAL: ("Hulp bij het vinden van een ruimte.",
                                 "Contact gelegd met de woonstichting.",
                                 "Vergunning voor de straat aangevraagd met de bewoners."),
    SupportKind.PROCESS: ("Begeleiding bij het verdelen van de taken.",
                          "Hulp bij het opzetten van een bewonersgroep.",
                          "Gesprek over hoe de groep zelfstandig verder kan."),
}
TIME_NOTES = ("Voorbereiding en overleg met de vrijwilligers.", "Aanwezig bij de bijeenkomst.",
              "Evaluatie met de deelnemers.", "")
INTENSIVE_NOTES = ("Korte intensieve ondersteuning: plan van aanpak met de initiatiefnemers.",
                   "Korte intensieve ondersteuning: begroting en aanvraag opgesteld.")
COMMITMENT_TEXTS = ("Huur zaal", "Materiaal", "Vergoeding vrijwilligers", "Drukwerk",
                    "Boodschappen")
CONSENT_PURPOSE = "Naam tonen aan de organisatoren van activiteiten waar de bewoner aan deelneemt"

_STATUS_ORDER = (InitiativeStatus.IDEA, InitiativeStatus.SUPPORTED, InitiativeStatus.RUNNING,
                 InitiativeStatus.SELF_SUSTAINING)
_FINAL_WEIGHTS = {InitiativeStatus.IDEA: 20, InitiativeStatus.SUPPORTED: 20,
                  InitiativeStatus.RUNNING: 30, InitiativeStatus.SELF_SUSTAINING: 15,
                  InitiativeStatus.STOPPED: 15}
MAX_SESSIONS = 100  # per activity: two years of a weekly activity


@dataclass(frozen=True)
class Candidate:
    """A resident with a help question, who may be referred to an activity in their buurt."""

    resident_id: uuid.UUID
    buurt: uuid.UUID
    request_id: uuid.UUID
    opened: date
    end: date  # the question's closing date, or today


# (record type, model) in the order the rows can be inserted (keys before the rows they name)
TABLES = (
    ("funding_source", FundingSource), ("initiative", Initiative),
    ("initiative_status_change", InitiativeStatusChange), ("initiator", Initiator),
    ("initiative_support", InitiativeSupport), ("activity", Activity),
    ("activity_session", ActivitySession), ("professional_time", ProfessionalTime),
    ("budget", Budget), ("commitment", Commitment), ("spending", Spending),
    ("offset_saving", OffsetSaving), ("referral", Referral), ("participation", Participation),
    ("consent", Consent),
)
CLIENT_RECORDS = ("referral", "participation", "consent")  # audited per row when small


@dataclass
class Collective:
    rows: dict[str, list[dict]] = field(default_factory=lambda: {k: [] for k, _m in TABLES})
    # (record_type, record_id, client_id, fields): the client records, for per-row audit
    facts: list[tuple[str, uuid.UUID, uuid.UUID, tuple[str, ...]]] = field(
        default_factory=list)


class _Drawer:
    def __init__(self, session: Session, rng: random.Random, fake: Faker, stamp: dict,
                 today: date):
        self.rng, self.stamp, self.today = rng, stamp, today
        self.out = Collective()
        self.names = [fake.name() for _ in range(200)]
        self.phones = [fake.phone_number() for _ in range(200)]
        workers = session.execute(
            select(Professional.id, ProfessionalType.code).join(ProfessionalType)
            .where(Professional.deleted_at.is_(None)).order_by(Professional.created_at,
                                                               Professional.id)).all()
        self.workers = {code: [i for i, c in workers if c == code]
                        for code in ("community_worker", "area_worker", "social_professional",
                                     "freelancer")}
        self.sources = self._sources(session)

    # helpers -----------------------------------------------------------------------------------

    def _row(self, table: str, **values: object) -> dict:
        row = {"id": uuid7(), **self.stamp, **values}
        self.out.rows[table].append(row)
        return row

    def _between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def _worker(self, social_share: float = 0.07) -> uuid.UUID | None:
        draw = self.rng.random()
        kind = ("social_professional" if draw < social_share else
                "area_worker" if draw < social_share + 0.25 else
                "freelancer" if draw < social_share + 0.35 else "community_worker")
        pool = self.workers[kind] or self.workers["community_worker"]
        return self.rng.choice(pool) if pool else None

    def _sources(self, session: Session) -> dict[str, uuid.UUID]:
        """The five demo sources by their names here. A source the database holds already is
        reused: one of the same name, or for the statutory and municipal kinds (which the
        funding service seeds under its own names) the first of the same kind."""
        existing = session.execute(select(FundingSource.name, FundingSource.kind,
                                          FundingSource.id)
                                   .where(FundingSource.deleted_at.is_(None))
                                   .order_by(FundingSource.created_at, FundingSource.id)).all()
        by_name = {name: i for name, _kind, i in existing}
        by_kind: dict[str, uuid.UUID] = {}
        for _name, kind, i in existing:
            by_kind.setdefault(kind, i)
        out = {}
        for name, kind, description in SOURCES:
            generic = kind in (FundingKind.WMO, FundingKind.YOUTH, FundingKind.MUNICIPAL)
            found = by_name.get(name) or (by_kind.get(kind.value) if generic else None)
            out[name] = found or self._row("funding_source", name=name, kind=kind.value,
                                           description=description)["id"]
        return out

    def _budgets(self, owner: dict, key: str, first: date, last: date) -> None:
        """A bundle of 2-3 sources a year, each with commitments and spending in its room."""
        rng = self.rng
        for year in range(max(first.year, last.year - 1), last.year + 1):
            year_first = max(first, date(year, 1, 1))
            year_last = min(last, date(year, 12, 31))
            for source in rng.sample(list(self.sources.values()), rng.randint(2, 3)):
                amount = rng.randrange(5, 101) * 100_00
                budget = self._row("budget", funding_source_id=source, year=year,
                                   amount=amount, **{key: owner["id"]},
                                   **{k: None for k in ("activity_id", "initiative_id")
                                      if k != key})
                self._spend(budget["id"], amount, year_first, year_last)

    def _spend(self, budget_id: uuid.UUID, amount: int, first: date, last: date) -> None:
        rng = self.rng
        free = amount
        for _ in range(rng.randint(0, 2)):
            committed = rng.randrange(0, free // 2 + 1, 100)
            if not committed:
                continue
            free -= committed
            on = self._between(first, last)
            commitment = self._row("commitment", budget_id=budget_id, amount=committed,
                                   committed_on=on, description=rng.choice(COMMITMENT_TEXTS))
            if rng.random() < 0.7:  # paid, wholly or in part, against the commitment
                paid = committed if rng.random() < 0.6 else rng.randrange(0, committed + 1, 100)
                if paid:
                    self._row("spending", budget_id=budget_id, commitment_id=commitment["id"],
                              amount=paid, spent_on=self._between(on, last),
                              description=commitment["description"], overspend_confirmed=False)
        if free and rng.random() < 0.8:
            loose = rng.randrange(0, free + 1, 100)
            if loose:
                self._row("spending", budget_id=budget_id, commitment_id=None, amount=loose,
                          spent_on=self._between(first, last),
                          description=rng.choice(COMMITMENT_TEXTS), overspend_confirmed=False)

    # initiatives -------------------------------------------------------------------------------

    def initiative(self, place: uuid.UUID) -> tuple[dict, dict[InitiativeStatus, date]]:
        rng, today = self.rng, self.today
        statuses = list(_FINAL_WEIGHTS)
        made = len(self.out.rows["initiative"])
        final = (statuses[made] if made < len(statuses)  # every status shows in the demo
                 else rng.choices(statuses, weights=list(_FINAL_WEIGHTS.values()))[0])
        if final is InitiativeStatus.STOPPED:
            path = [*_STATUS_ORDER[:rng.randint(1, 3)], InitiativeStatus.STOPPED]
        else:
            path = list(_STATUS_ORDER[:_STATUS_ORDER.index(final) + 1])
        on = today - timedelta(days=rng.randint(30 * len(path), 3 * 365))
        title, idea = rng.choice(IDEAS)
        row = self._row("initiative", title=title, idea=idea, place_id=place,
                        status=path[-1].value, started_on=on)
        dates: dict[InitiativeStatus, date] = {}
        for status in path:  # forward only, and never into the future
            dates[status] = on
            self._row("initiative_status_change", initiative_id=row["id"],
                      status=status.value, changed_on=on)
            on = min(today, on + timedelta(days=rng.randint(14, 200)))
        for _ in range(rng.choice((1, 1, 2))):
            self._row("initiator", initiative_id=row["id"], name=rng.choice(self.names),
                      phone=rng.choice(self.phones) if rng.random() < 0.7 else "",
                      email=f"initiatief{rng.randrange(1000, 10000)}@example.org"
                      if rng.random() < 0.5 else "")
        self._support(row, dates)
        return row, dates

    def _support(self, initiative: dict, dates: dict[InitiativeStatus, date]) -> None:
        rng, today = self.rng, self.today
        asked_from = dates[InitiativeStatus.IDEA]
        supported = dates.get(InitiativeStatus.SUPPORTED)
        kinds = (rng.sample(list(SupportKind), rng.randint(1, 3)) if supported
                 else [rng.choice(list(SupportKind))])
        for kind in kinds:
            asked = self._between(asked_from, supported or today)
            given = self._between(asked, min(today, asked + timedelta(days=60))) \
                if supported else None
            money = {}
            if kind is SupportKind.FINANCIAL:
                ask = rng.randrange(2, 101) * 50_00
                granted = (ask if rng.random() < 0.6 else rng.randrange(1, ask // 50_00 + 1)
                           * 50_00) if given else 0
                paid = granted if rng.random() < 0.7 else rng.randrange(0, granted + 1, 100)
                accounted = paid if rng.random() < 0.5 else rng.randrange(0, paid + 1, 100)
                money = {"amount_asked": ask, "amount_granted": granted, "amount_paid": paid,
                         "amount_accounted": accounted}
                if given and granted:  # the grant is a budget of the wijkbudget, paid from it
                    budget = self._row("budget",
                                       funding_source_id=self.sources["Wijkbudget gemeente"],
                                       activity_id=None, initiative_id=initiative["id"],
                                       year=given.year, amount=granted)
                    if paid:
                        self._row("spending", budget_id=budget["id"], commitment_id=None,
                                  amount=paid, spent_on=given, description="Uitbetaling "
                                  "aan het initiatief", overspend_confirmed=False)
            self._row("initiative_support", initiative_id=initiative["id"], kind=kind.value,
                      description=rng.choice(SUPPORT_TEXTS[kind]), asked_on=asked,
                      given_on=given, **{"amount_asked": 0, "amount_granted": 0,
                                         "amount_paid": 0, "amount_accounted": 0, **money})
        if supported and rng.random() < 0.35:  # a short, intensive episode
            worker = self._worker(social_share=0.0)
            start = supported
            for _ in range(rng.randint(3, 6)) if worker else ():
                self._time(worker, self._between(start, min(today, start + timedelta(days=42))),
                           rng.randrange(60, 241, 30), initiative_id=initiative["id"],
                           intensive=True, note=rng.choice(INTENSIVE_NOTES))
        for _ in range(rng.randint(0, 3) if supported else 0):
            worker = self._worker()
            if worker:
                self._time(worker, self._between(supported, today), rng.randrange(30, 121, 15),
                           initiative_id=initiative["id"], note=rng.choice(TIME_NOTES))

    def _time(self, worker: uuid.UUID, on: date, minutes: int, *,
              activity_id: uuid.UUID | None = None, initiative_id: uuid.UUID | None = None,
              intensive: bool = False, note: str = "") -> None:
        self._row("professional_time", professional_id=worker, activity_id=activity_id,
                  initiative_id=initiative_id, worked_on=on, minutes=minutes,
                  intensive=intensive, note=note)

    # activities --------------------------------------------------------------------------------

    def activity(self, place: uuid.UUID, buurt_name: str,
                 initiative: tuple[dict, date] | None = None) -> dict:
        rng, today = self.rng, self.today
        theme = rng.choice(list(THEMES))
        titles, goals, offset_source = THEMES[theme]
        if initiative is not None:
            source_row, starts = initiative
            title, organiser = source_row["title"], f"Bewoners van {buurt_name} (demo)"
        else:
            starts = today - timedelta(days=rng.randint(14, 3 * 365))
            title = rng.choice(titles)
            organiser = rng.choice(ORGANISERS).format(buurt=buurt_name)
        ends = None
        if rng.random() < 0.3:
            ends = starts + timedelta(days=rng.randint(60, 540))  # some end in the future
        row = self._row("activity", title=title, theme=theme, goal=rng.choice(goals),
                        organiser=organiser, place_id=place, starts_on=starts, ends_on=ends,
                        initiative_id=source_row["id"] if initiative else None)
        last = min(ends or today, today)
        step = rng.choice((7, 7, 14, 28))
        size = rng.randint(5, 25)
        lead = self._worker()
        day, n = starts, 0
        while day <= last and n < MAX_SESSIONS:
            total = max(1, round(size * rng.uniform(0.6, 1.3)))
            new = total if n == 0 else min(total, rng.choices((0, 1, 2, 3),
                                                              weights=(50, 30, 15, 5))[0])
            volunteers = rng.randint(0, 4)
            self._row("activity_session", activity_id=row["id"], held_on=day, attendance=total,
                      new_participants=new,
                      referred_participants=min(total, rng.choices((0, 1, 2),
                                                                   weights=(75, 20, 5))[0]),
                      volunteers=volunteers,
                      volunteer_minutes=volunteers * rng.choice((90, 120, 150, 180)))
            if lead and rng.random() < 0.3:
                self._time(lead, day, rng.randrange(30, 151, 15), activity_id=row["id"],
                           note=rng.choice(TIME_NOTES))
            day += timedelta(days=step)
            n += 1
        self._budgets(row, "activity_id", starts, last)
        if offset_source and rng.random() < 0.35:
            self._row("offset_saving", activity_id=row["id"], initiative_id=None,
                      funding_source_id=self.sources[offset_source],
                      amount=rng.randrange(10, 301) * 100_00, year=last.year,
                      rationale=OFFSET_RATIONALE[offset_source])
        return row

    # participation -----------------------------------------------------------------------------

    def participants(self, activity: dict, residents: Sequence[uuid.UUID],
                     candidates: Sequence[Candidate], consented: set[uuid.UUID]) -> None:
        rng, today = self.rng, self.today
        starts, last = activity["starts_on"], min(activity["ends_on"] or today, today)
        taken: set[uuid.UUID] = set()
        for c in rng.sample(list(candidates), min(len(candidates), rng.randint(0, 2))):
            first, until = max(c.opened, starts), min(c.end, last)
            if first > until or c.resident_id in taken:
                continue
            unclosed = c.end >= today
            status = (rng.choice((ReferralStatus.PROPOSED, ReferralStatus.ACCEPTED,
                                  ReferralStatus.ACCEPTED)) if unclosed
                      else rng.choices((ReferralStatus.COMPLETED, ReferralStatus.ACCEPTED,
                                        ReferralStatus.DECLINED), weights=(50, 30, 20))[0])
            referral = self._row("referral", resident_id=c.resident_id, request_id=c.request_id,
                                 organisation="", activity_id=activity["id"],
                                 referred_on=self._between(first, until), status=status.value,
                                 note="Toegeleid vanuit de hulpvraag.")
            self.out.facts.append(("referral", referral["id"], c.resident_id,
                                   ("activity_id", "request_id", "referred_on", "status",
                                    "note")))
            taken.add(c.resident_id)
            if status in (ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED):
                self._participation(activity, c.resident_id, referral["id"],
                                    referral["referred_on"], last, consented)
        pool = [r for r in residents if r not in taken]
        for resident in rng.sample(pool, min(len(pool), rng.randint(2, 8))):
            self._participation(activity, resident, None, starts, last, consented)

    def _participation(self, activity: dict, resident: uuid.UUID, referral: uuid.UUID | None,
                       first: date, last: date, consented: set[uuid.UUID]) -> None:
        rng = self.rng
        since = self._between(first, last)
        until = activity["ends_on"] if activity["ends_on"] and activity["ends_on"] <= last \
            else None
        if until is None and rng.random() < 0.25:
            until = self._between(since, last)
        row = self._row("participation", resident_id=resident, activity_id=activity["id"],
                        referral_id=referral, since=since, until=until)
        self.out.facts.append(("participation", row["id"], resident,
                               ("activity_id", "since", *(("until",) if until else ()),
                                *(("referral_id",) if referral else ()))))
        if resident not in consented and rng.random() < 0.4:
            consented.add(resident)
            consent = self._row("consent", resident_id=resident, purpose=CONSENT_PURPOSE,
                                scope=ConsentScope.COLLECTIVE_NAMES.value, given_on=since,
                                valid_until=rng.choice((None, since + timedelta(days=730))),
                                withdrawn_on=None)
            self.out.facts.append(("consent", consent["id"], resident,
                                   ("purpose", "scope", "given_on", "valid_until")))


def add_collective(session: Session, rng: random.Random, fake: Faker, *, stamp: dict,
                   today: date, residents: dict[uuid.UUID, list[uuid.UUID]],
                   candidates: Sequence[Candidate], scale: int) -> Collective:
    """The collective work of every buurt and wijk of the demo gemeente.

    residents: the resident ids per buurt; candidates: residents with a help question who may
    be referred; scale: the town's size in households (activities and initiatives grow with
    it, a few per buurt in the 300-household neighbourhood).
    """
    drawer = _Drawer(session, rng, fake, stamp, today)
    places = session.execute(select(Place.id, Place.level, Place.name, Place.parent_id)
                             .where(Place.deleted_at.is_(None))
                             .order_by(Place.code)).all()
    buurten = [p for p in places if p.level == PlaceLevel.NEIGHBOURHOOD.value
               and p.id in residents]
    wijken = [p for p in places if p.level == PlaceLevel.DISTRICT.value]
    by_buurt: dict[uuid.UUID, list[Candidate]] = {}
    for c in candidates:
        by_buurt.setdefault(c.buurt, []).append(c)
    consented: set[uuid.UUID] = set()
    for buurt in buurten:
        people, referable = residents[buurt.id], by_buurt.get(buurt.id, [])
        for _ in range(rng.randint(1, 3) + scale // 1_000):
            initiative, dates = drawer.initiative(buurt.id)
            running = dates.get(InitiativeStatus.RUNNING)
            if running and rng.random() < 0.4:  # grown into an activity
                activity = drawer.activity(buurt.id, buurt.name, (initiative, running))
                drawer.participants(activity, people, referable, consented)
        for _ in range(rng.randint(2, 3) + scale // 400):
            activity = drawer.activity(buurt.id, buurt.name)
            drawer.participants(activity, people, referable, consented)
    for wijk in wijken:  # a few activities for the whole wijk
        inside = [b for b in buurten if b.parent_id == wijk.id]
        for _ in range(rng.randint(1, 2) + scale // 2_000 if inside else 0):
            activity = drawer.activity(wijk.id, wijk.name)
            buurt = rng.choice(inside)
            drawer.participants(activity, residents[buurt.id], by_buurt.get(buurt.id, []),
                                consented)
    return drawer.out
