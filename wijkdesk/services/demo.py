"""A synthetic neighbourhood (Faker nl_NL) so that a newcomer sees a living wijkteam at once.

Everything here is invented: names, addresses and phone numbers come from Faker, the gemeente is
fictitious but carries a real-format CBS code. Bulk rows go in through Core insert() in one
transaction, each record with its own audit entry.
"""

import random
import uuid
from dataclasses import dataclass
from datetime import date

from faker import Faker
from sqlalchemy import insert, select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.places import PlaceLevel, child_code
from wijkdesk.domain.professionals import SEEDED_TYPES
from wijkdesk.domain.residents import normalise_postcode, sort_name
from wijkdesk.domain.roles import Permission, Role
from wijkdesk.errors import Conflict, ValidationError
from wijkdesk.services.base import Service, Tx
from wijkdesk.services.professionals import ProfessionalService
from wijkdesk.services.profiles import NewProfile, ProfileService
from wijkdesk.store.models import Household, Place, Professional, ProfessionalType, Resident
from wijkdesk.store.search import next_search_keys
from wijkdesk.store.types import utcnow

DEMO_MUNICIPALITY = ("GM1999", "Demostad")  # real format, no real gemeente has this code
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


@dataclass(frozen=True)
class DemoSummary:
    places: int
    professionals: int
    households: int
    residents: int


class DemoService(Service):
    def generate(self, households: int = 300, seed: int | None = None) -> DemoSummary:
        self._require(Permission.MANAGE_STORE, record_type="demo")
        if not 1 <= households <= 200_000:
            raise ValidationError("The demo holds between 1 and 200,000 households.")
        ProfessionalService(self.store, self.actor).seed_types()
        fake = Faker("nl_NL")
        rng = random.Random(seed)  # noqa: S311 (synthetic demo data, not security)
        fake.seed_instance(seed if seed is not None else rng.randrange(1 << 30))
        with self._write() as tx:
            if tx.session.scalar(select(Place.id).where(Place.code == DEMO_MUNICIPALITY[0])):
                raise Conflict("This database holds the demo neighbourhood already.")
            buurten = self._places(tx)
            n_pro = self._professionals(tx, fake, rng)
            n_households, n_residents = self._people(tx, fake, rng, buurten, households)
        return DemoSummary(1 + len(DISTRICTS) + len(buurten), n_pro, n_households, n_residents)

    def add_team(self, passwords: dict[str, str]) -> None:
        """The demo's team member and team lead, each linked to a professional of their type."""
        profiles = ProfileService(self.store, self.actor)
        professionals = ProfessionalService(self.store, self.actor)
        for name, display, role, type_code in DEMO_PROFILES[1:]:
            created = profiles.create(NewProfile(name, display, passwords[name], role))
            if type_code:
                professionals.add(display, type_code, "Wijkteam Centrum", created.id)

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

    def _professionals(self, tx: Tx, fake: Faker, rng: random.Random) -> int:
        types = dict(tx.session.execute(select(ProfessionalType.code, ProfessionalType.id)).all())
        rows = []
        per_type = {"social_professional": 5, "community_worker": 3, "area_worker": 2,
                    "freelancer": 2, "social_entrepreneur": 1}
        for seed_type in SEEDED_TYPES:
            for _ in range(per_type.get(seed_type.code, 1)):
                rows.append({**self._row(), "name": fake.name(),
                             "professional_type_id": types[seed_type.code],
                             "profile_id": None, "team": f"Wijkteam {rng.choice(DISTRICTS)}"})
        tx.session.execute(insert(Professional), rows)
        for row in rows:
            tx.audit(AuditEvent.CREATE, record_type="professional", record_id=row["id"],
                     fields=("name", "professional_type_id", "team"))
        return len(rows)

    def _people(self, tx: Tx, fake: Faker, rng: random.Random, buurten: list[uuid.UUID],
                count: int) -> tuple[int, int]:
        today = date.today()
        households, residents = [], []
        for _ in range(count):
            buurt = rng.choice(buurten)
            family = fake.last_name()
            street, number = fake.street_name(), fake.building_number()
            postcode, city = normalise_postcode(fake.postcode()), "Demostad"
            household = {**self._row(), "label": "",
                         "neighbourhood_id": buurt}
            households.append(household)
            adults = rng.choices((1, 2), weights=(45, 55))[0]
            children = rng.choices((0, 1, 2, 3), weights=(50, 20, 20, 10))[0]
            members = [(RELATIONS_ADULT[i], 25, 90) for i in range(adults)]
            members += [("child", 0, 17)] * children
            for relation, min_age, max_age in members:
                birth = fake.date_of_birth(minimum_age=min_age, maximum_age=max_age)
                residents.append({
                    **self._row(),
                    "given_name": fake.first_name(),
                    "family_name": family if relation != "partner" or rng.random() < 0.5
                    else fake.last_name(),
                    "date_of_birth": min(birth, today),
                    "street": street, "house_number": str(number), "postcode": postcode,
                    "city": city,
                    "phone": fake.phone_number() if relation != "child" else "",
                    "email": fake.free_email() if relation != "child" and rng.random() < 0.6
                    else "",
                    "neighbourhood_id": buurt, "household_id": household["id"],
                    "household_relation": relation,
                })
        for row, key in zip(residents, next_search_keys(tx.session, len(residents)), strict=True):
            row["search_key"] = key
            row["sort_name"] = sort_name(row["family_name"], row["given_name"])
        tx.session.execute(insert(Household), households)
        tx.session.execute(insert(Resident), residents)
        for row in households:
            tx.audit(AuditEvent.CREATE, record_type="household", record_id=row["id"],
                     fields=("label", "neighbourhood_id"))
        for row in residents:
            tx.audit(AuditEvent.CREATE, record_type="resident", record_id=row["id"],
                     client_id=row["id"],
                     fields=[k for k in ("given_name", "family_name", "date_of_birth", "street",
                                         "house_number", "postcode", "city", "phone", "email",
                                         "neighbourhood_id", "household_id",
                                         "household_relation") if row.get(k)])
        return len(households), len(residents)
