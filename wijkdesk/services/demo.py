"""A synthetic neighbourhood (Faker nl_NL) so that a newcomer sees a living wijkteam at once.

Everything here is invented: names, addresses and phone numbers come from Faker, the gemeente is
fictitious but carries a real-format CBS code, the organisations carry "Demostad" in their names.

Two sizes. The neighbourhood (`households=`, 300 by default) is audited as the services would
audit it: one entry per household, resident and support record. The city (`residents=`, say
50,000 with 20 contacts each) is for trying the app at scale and for the benchmarks: one summary
entry per record type, with the count in its detail. Contacts are summarised in both sizes, as a
neighbourhood of 300 households already holds a few hundred of them.

Faker costs tens of microseconds a call, too slow for a million rows: names, streets and phone
numbers are drawn once into pools and combined by one seeded random.Random, so the same seed
gives the same neighbourhood. Rows go in through Core insert() in chunks, in one transaction.
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Iterable
from dataclasses import replace

from faker import Faker
from sqlalchemy import Table, insert, select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.places import PlaceLevel, child_code
from wijkdesk.domain.professionals import SEEDED_TYPES
from wijkdesk.domain.residents import sort_name
from wijkdesk.domain.roles import Permission, Role
from wijkdesk.errors import Conflict, ValidationError
from wijkdesk.services.base import Progress, Service, Tx
from wijkdesk.services.demo_collective import CLIENT_RECORDS, Candidate, add_collective
from wijkdesk.services.demo_collective import TABLES as COLLECTIVE_TABLES
from wijkdesk.services.demo_roles import add_agreements, add_matrices
from wijkdesk.services.demo_town import RESIDENT_FIELDS, DemoSummary, Team, Town
from wijkdesk.services.professionals import ProfessionalService
from wijkdesk.services.profiles import NewProfile, ProfileService
from wijkdesk.services.settings import SettingsService
from wijkdesk.store.models import (
    Consent,
    Contact,
    DomainScore,
    Household,
    Place,
    PlanGoal,
    Professional,
    ProfessionalType,
    Referral,
    Resident,
    SupportPlan,
    SupportRequest,
)
from wijkdesk.store.search import next_search_keys
from wijkdesk.store.types import utcnow

DEMO_MUNICIPALITY = ("GM1999", "Demostad")  # real format, no real gemeente has this code
# on the cover of the demo's exports; plainly invented, like the gemeente
DEMO_ORGANISATION = "Wijkteam Centrum, gemeente Demostad (demo)"
DISTRICTS = ("Centrum", "Noord", "Oost", "Zuid-West")
NEIGHBOURHOODS = {
    "Centrum": ("Binnenstad", "Stationskwartier", "Havenbuurt"),
    "Noord": ("Bloemenwijk", "Molenbuurt", "Vogelaar"),
    "Oost": ("Parkzicht", "Oude Dorp", "Rivierenbuurt"),
    "Zuid-West": ("Kanaalzone", "De Weiden", "Schildersbuurt"),
}
RELATIONS_ADULT = ("head", "partner")
# user name, display name, role, professional type (the first is the database's first profile)
DEMO_PROFILES = (
    ("beheer", "Beheerder (demo)", Role.ADMINISTRATOR, None),
    ("medewerker", "Sanne Medewerker (demo)", Role.TEAM_MEMBER, "social_professional"),
    ("teamleider", "Teun Teamleider (demo)", Role.TEAM_LEAD, "area_worker"),
)
# The professionals the demo profiles become (add_team links them): generate() makes them with
# a caseload, so that "assigned to me" shows something the moment the team member signs in.
DEMO_PROFESSIONALS = {type_code: display for _n, display, _r, type_code in DEMO_PROFILES
                      if type_code}

DEFAULT_HOUSEHOLDS = 300
CHUNK = 10_000  # rows per executemany
class DemoService(Service):
    def generate(self, households: int | None = None, seed: int | None = None, *,
                 residents: int | None = None, contacts_per_resident: int | None = None,
                 progress: Progress | None = None) -> DemoSummary:
        """The demo town: `households` households (300 if neither size is given), or a city of
        exactly `residents` residents. contacts_per_resident gives every resident that many
        contacts; without it, contacts follow the help questions."""
        self._require(Permission.MANAGE_STORE, record_type="demo")
        if households is not None and residents is not None:
            raise ValidationError("Give the demo's number of households or of residents, "
                                  "not both.")
        if residents is None and households is None:
            households = DEFAULT_HOUSEHOLDS
        if households is not None and not 1 <= households <= 200_000:
            raise ValidationError("The demo holds between 1 and 200,000 households.")
        if residents is not None and not 1 <= residents <= 500_000:
            raise ValidationError("The demo holds between 1 and 500,000 residents.")
        if contacts_per_resident is not None and not 0 <= contacts_per_resident <= 200:
            raise ValidationError("The demo gives each resident 0 to 200 contacts.")
        ProfessionalService(self.store, self.actor).seed_types()
        fake = Faker("nl_NL")
        rng = random.Random(seed)  # noqa: S311 (synthetic demo data, not security)
        fake.seed_instance(seed if seed is not None else rng.randrange(1 << 30))
        city = residents is not None
        now = utcnow()
        stamp = {"created_at": now, "updated_at": now, "updated_by": self.actor_id}
        # about 2.5 residents a household: a city's size in households, for streets and staff
        scale = households if households is not None else max(1, (residents or 0) * 2 // 5)
        with self._write(bulk=True) as tx:
            if tx.session.scalar(select(Place.id).where(Place.code == DEMO_MUNICIPALITY[0])):
                raise Conflict("This database holds the demo neighbourhood already.")
            buurten = self._places(tx)
            team, n_pro = self._professionals(tx, fake, rng, scale)
            town = Town(fake, rng, stamp, not city, buurten, team, scale)
            town.people(households, residents)
            rows = town.rows
            for row, key in zip(rows["resident"],
                                next_search_keys(tx.session, len(rows["resident"])),
                                strict=True):
                row["search_key"] = key
                row["sort_name"] = sort_name(row["family_name"], row["given_name"])
            for name, model in (("household", Household), ("resident", Resident),
                                ("support_request", SupportRequest),
                                ("support_plan", SupportPlan), ("plan_goal", PlanGoal),
                                ("domain_score", DomainScore), ("consent", Consent),
                                ("referral", Referral)):
                count = _insert(tx, model.__table__, rows[name])
                if city and count:
                    _summary(tx, name, model.__table__, count)
            for record_type, record_id, client_id, fields, detail in town.facts:
                tx.audit(AuditEvent.CREATE, record_type=record_type, record_id=record_id,
                         client_id=client_id, fields=fields, detail=detail)
            if not city:
                for row in rows["resident"]:
                    tx.audit(AuditEvent.CREATE, record_type="resident", record_id=row["id"],
                             client_id=row["id"],
                             fields=[k for k in RESIDENT_FIELDS if row.get(k)])
            n_contacts = _insert(tx, Contact.__table__,
                                 town.contacts(contacts_per_resident, progress))
            if n_contacts:
                _summary(tx, "contact", Contact.__table__, n_contacts)
            # Collective work (issue 5): drawn in demo_collective, after everything above so
            # that a seed still gives the same residents, questions and contacts.
            collective = self._collective(tx, town, rng, fake, stamp, scale, city)
            add_matrices(tx, stamp, DEMO_MUNICIPALITY[0])  # issue 6: who does what
        settings = SettingsService(self.store, self.actor)
        current = settings.get()
        if not current.organisation:  # a name the team gave itself stays
            settings.update(replace(current, organisation=DEMO_ORGANISATION))
        return DemoSummary(1 + len(DISTRICTS) + len(buurten), n_pro, len(rows["household"]),
                           len(rows["resident"]), len(rows["support_request"]), n_contacts,
                           **collective)

    @staticmethod
    def _collective(tx: Tx, town: Town, rng: random.Random, fake: Faker, stamp: dict,
                    scale: int, city: bool) -> dict[str, int]:
        residents: dict[uuid.UUID, list[uuid.UUID]] = {}
        buurt_of = {}
        for row in town.rows["resident"]:
            residents.setdefault(row["neighbourhood_id"], []).append(row["id"])
            buurt_of[row["id"]] = row["neighbourhood_id"]
        candidates = [Candidate(p.id, buurt_of[p.id], r.id, r.opened, r.end)
                      for p in town.persons for r in p.requests]
        drawn = add_collective(tx.session, rng, fake, stamp=stamp, today=town.today,
                               residents=residents, candidates=candidates, scale=scale)
        for name, model in COLLECTIVE_TABLES:
            count = _insert(tx, model.__table__, drawn.rows[name])
            if count and (city or name not in CLIENT_RECORDS):
                _summary(tx, name, model.__table__, count)
        if not city:  # a resident's referrals, participations and consents, one by one
            for record_type, record_id, client_id, fields in drawn.facts:
                tx.audit(AuditEvent.CREATE, record_type=record_type, record_id=record_id,
                         client_id=client_id, fields=fields)
        return {key: len(drawn.rows[name]) for key, name in (
            ("activities", "activity"), ("sessions", "activity_session"),
            ("initiatives", "initiative"), ("participations", "participation"))}

    def add_team(self, passwords: dict[str, str]) -> None:
        """The demo's team member and team lead, each linked to a professional of their type:
        the one generate() made under their name (with a caseload) or, failing that, a new one."""
        profiles = ProfileService(self.store, self.actor)
        professionals = ProfessionalService(self.store, self.actor)
        for name, display, role, type_code in DEMO_PROFILES[1:]:
            created = profiles.create(NewProfile(name, display, passwords[name], role))
            if type_code and not self._link(display, type_code, created.id):
                professionals.add(display, type_code, "Wijkteam Centrum", created.id)
        # agreements in every state: approving one takes the team lead's password
        writer, lead = (next(n for n, _d, r, _t in DEMO_PROFILES if r is role)
                        for role in (Role.TEAM_MEMBER, Role.TEAM_LEAD))
        add_agreements(self.store, writer, lead, passwords[lead])

    def _link(self, name: str, type_code: str, profile_id: uuid.UUID) -> bool:
        self._require(Permission.WRITE_RECORDS, record_type="professional")
        with self._write(bulk=True) as tx:
            pro = tx.session.scalar(
                select(Professional).join(ProfessionalType)
                .where(Professional.name == name, ProfessionalType.code == type_code,
                       Professional.profile_id.is_(None), Professional.deleted_at.is_(None))
                .order_by(Professional.id).limit(1))
            if pro is None:
                return False
            pro.profile_id, pro.updated_by = profile_id, self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type="professional", record_id=pro.id,
                     fields=("profile_id",))
            return True

    def _row(self) -> dict:
        now = utcnow()
        return {"id": uuid7(), "created_at": now, "updated_at": now, "updated_by": self.actor_id}

    def _places(self, tx: Tx) -> list[uuid.UUID]:
        code, name = DEMO_MUNICIPALITY
        gemeente = {**self._row(), "level": PlaceLevel.MUNICIPALITY.value, "code": code,
                    "name": name, "parent_id": None}
        rows = [gemeente]
        buurten = []
        for w, wijk_name in enumerate(DISTRICTS):
            wijk_code = child_code(PlaceLevel.DISTRICT, code, w)
            wijk = {**self._row(), "level": PlaceLevel.DISTRICT.value, "code": wijk_code,
                    "name": wijk_name, "parent_id": gemeente["id"]}
            rows.append(wijk)
            for b, buurt_name in enumerate(NEIGHBOURHOODS[wijk_name]):
                buurt = {**self._row(), "level": PlaceLevel.NEIGHBOURHOOD.value,
                         "code": child_code(PlaceLevel.NEIGHBOURHOOD, wijk_code, b),
                         "name": buurt_name, "parent_id": wijk["id"]}
                rows.append(buurt)
                buurten.append(buurt["id"])
        tx.session.execute(insert(Place), rows)
        for row in rows:
            tx.audit(AuditEvent.CREATE, record_type="place", record_id=row["id"],
                     fields=("level", "code", "name", "parent_id"))
        return buurten

    def _professionals(self, tx: Tx, fake: Faker, rng: random.Random,
                       households: int) -> tuple[Team, int]:
        types = dict(tx.session.execute(select(ProfessionalType.code, ProfessionalType.id)).all())
        # a caseload of a few dozen questions each: a city needs more social professionals
        per_type = {"social_professional": max(5, households // 400), "community_worker": 3,
                    "area_worker": 2, "freelancer": 2, "social_entrepreneur": 1}
        rows, codes = [], []
        for seed_type in SEEDED_TYPES:
            for i in range(per_type.get(seed_type.code, 1)):
                demo_name = DEMO_PROFESSIONALS.get(seed_type.code) if i == 0 else None
                rows.append({**self._row(), "name": demo_name or fake.name(),
                             "professional_type_id": types[seed_type.code], "profile_id": None,
                             "team": "Wijkteam Centrum" if demo_name
                             else f"Wijkteam {rng.choice(DISTRICTS)}"})
                codes.append(seed_type.code)
        tx.session.execute(insert(Professional), rows)
        for row in rows:
            tx.audit(AuditEvent.CREATE, record_type="professional", record_id=row["id"],
                     fields=("name", "professional_type_id", "team"))
        case = [r["id"] for r, c in zip(rows, codes, strict=True) if c == "social_professional"]
        field_workers = [r["id"] for r, c in zip(rows, codes, strict=True)
                         if c in ("social_professional", "community_worker", "area_worker")]
        return Team(case, field_workers), len(rows)


def _insert(tx: Tx, table: Table, rows: Iterable[dict]) -> int:
    """rows through Core executemany, CHUNK at a time: a generator is never held whole."""
    done = 0
    it = iter(rows)
    while chunk := list(itertools.islice(it, CHUNK)):
        tx.session.execute(insert(table), chunk)
        done += len(chunk)
    return done


def _summary(tx: Tx, record_type: str, table: Table, count: int) -> None:
    """One audit entry for many demo rows of a type; the count, never their content."""
    fields = [c.name for c in table.columns
              if c.name not in ("id", "created_at", "updated_at", "updated_by", "deleted_at")]
    tx.audit(AuditEvent.CREATE, record_type=record_type, fields=fields,
             detail=f"{count} demo rows")
