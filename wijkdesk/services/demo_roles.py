"""The demo's role boundaries and samenwerkingsafspraken (issue 6): who does what in Wijkteam
Centrum, and agreements in every state of their lifecycle.

The matrix of the whole team is filled for every seeded task and type as a Dutch wijkteam
would fill it, with exactly four deliberate findings for a newcomer to discover:

- nobody is accountable (A) for picking up signals from the neighbourhood;
- the community worker and the area worker are both accountable for the partner network;
- the community worker, whose assignment is free, decides on initiatives' applications, a
  policy task (and the written mandate says the opbouwwerk only advises);
- in Signaleren, the owners of the neighbourhood's signals and of a household's do not meet.

The team's second matrix, for the wijk Centrum, holds only R and A and shows those settled.

add_matrices draws the matrices into DemoService.generate's own transaction; add_agreements
runs once the demo team exists (DemoService.add_team), through the AgreementService, because
only the team lead may approve and approving takes the team lead's password.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import aliased

from wijkdesk.domain.agreements import AgreementContent
from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.role_matrix import Level
from wijkdesk.domain.roles import Role
from wijkdesk.errors import NotFound
from wijkdesk.services.agreements import AgreementService
from wijkdesk.services.base import Actor, Tx
from wijkdesk.services.roles import RoleService, scope_key
from wijkdesk.store.database import Store
from wijkdesk.store.models import (
    MatrixCell,
    MatrixSplit,
    Place,
    ProfessionalType,
    Profile,
    RoleMatrix,
    Task,
)

TEAM = "Wijkteam Centrum"
WIJK = "Centrum"  # the demo's wijk where the team has its second matrix
BUURT = "Stationskwartier"  # a buurt of that wijk, for the withdrawn pilot

_TYPES = {"cw": "community_worker", "aw": "area_worker", "sp": "social_professional",
          "fl": "freelancer", "se": "social_entrepreneur"}

# task code: cells as "type:level". Every task has an R; loads stay within load_limit.
TEAM_MATRIX = {
    "signal_neighbourhood": "cw:R aw:I sp:I fl:I se:C",  # no A (deliberate)
    "signal_household": "cw:I aw:A sp:R",  # owners meet nobody of the row above (deliberate)
    "kitchen_table": "aw:I sp:A fl:R",
    "case_direction": "cw:I aw:A sp:R fl:C",
    "refer_collective": "cw:C sp:A fl:R se:C",
    "refer_specialist": "aw:I sp:A fl:R",
    "organise_activities": "cw:A aw:I sp:I fl:R se:R",
    "volunteers": "cw:A sp:I fl:C se:R",
    "support_initiatives": "cw:A aw:I sp:C fl:R se:C",
    "assess_initiatives": "cw:A aw:R sp:I",  # a free assignment holding a mandate (deliberate)
    "area_analysis": "cw:C aw:A sp:R se:I",
    "neighbourhood_agenda": "cw:R aw:A sp:C fl:I se:C",
    "allocate_budget": "cw:R aw:A sp:I se:I",
    "network_upkeep": "cw:A aw:A sp:R fl:I se:C",  # two A's (deliberate)
    "report_council": "cw:C aw:A sp:R",
}
# the wijk Centrum: only who executes and who is accountable, with the findings settled
WIJK_MATRIX = {
    "signal_neighbourhood": "cw:R aw:A",
    "signal_household": "aw:A sp:R",
    "kitchen_table": "sp:A fl:R",
    "case_direction": "aw:A sp:R",
    "refer_collective": "sp:A fl:R",
    "refer_specialist": "sp:A fl:R",
    "organise_activities": "cw:A fl:R se:R",
    "volunteers": "cw:A se:R",
    "support_initiatives": "cw:A fl:R",
    "assess_initiatives": "cw:R aw:A",
    "area_analysis": "aw:A sp:R",
    "neighbourhood_agenda": "cw:R aw:A",
    "allocate_budget": "cw:R aw:A",
    "network_upkeep": "cw:A sp:R",
    "report_council": "aw:A sp:R",
}
# agreed individual share of each type's hours, percent (the rest is collective work)
TEAM_SPLITS = {"sp": 80, "cw": 15, "aw": 40, "fl": 30, "se": 20}
WIJK_SPLITS = {"sp": 85, "cw": 10, "aw": 35}


def _cells(spec: Mapping[str, str]) -> list[tuple[str, str, Level]]:
    return [(task, _TYPES[short], Level(level)) for task, cells in spec.items()
            for short, level in (part.split(":") for part in cells.split())]


def add_matrices(tx: Tx, stamp: Mapping, municipality_code: str) -> int:
    """The team's matrix and its matrix in the wijk, drawn into the demo's transaction;
    returns how many were made (a matrix the database holds already is left alone)."""
    s = tx.session
    tasks = dict(s.execute(select(Task.code, Task.id).where(
        Task.code.is_not(None), Task.deleted_at.is_(None))).all())
    types = dict(s.execute(select(ProfessionalType.code, ProfessionalType.id).where(
        ProfessionalType.deleted_at.is_(None))).all())
    parent = aliased(Place)
    wijk = s.scalar(select(Place.id).join(parent, parent.id == Place.parent_id).where(
        parent.code == municipality_code, Place.level == PlaceLevel.DISTRICT.value,
        Place.name == WIJK))
    made = 0
    for place_id, spec, splits in ((None, TEAM_MATRIX, TEAM_SPLITS),
                                   (wijk, WIJK_MATRIX, WIJK_SPLITS)):
        key = scope_key(TEAM, place_id)
        if s.scalar(select(RoleMatrix.id).where(RoleMatrix.scope_key == key)):
            continue
        matrix = {"id": uuid7(), **stamp, "team": TEAM, "place_id": place_id, "scope_key": key}
        s.execute(insert(RoleMatrix), [matrix])
        edited = {"updated_at": stamp["updated_at"], "updated_by": stamp["updated_by"]}
        # a retired or renamed seed is skipped: the demo never brings back what a team removed
        cells = [{"matrix_id": matrix["id"], "task_id": tasks[task], "type_id": types[ptype],
                  "level": level.value, **edited}
                 for task, ptype, level in _cells(spec) if task in tasks and ptype in types]
        shares = [{"matrix_id": matrix["id"], "type_id": types[_TYPES[short]],
                   "individual_percent": percent, **edited}
                  for short, percent in splits.items() if _TYPES[short] in types]
        if cells:
            s.execute(insert(MatrixCell), cells)
        if shares:
            s.execute(insert(MatrixSplit), shares)
        tx.audit(AuditEvent.CREATE, record_type="role_matrix", record_id=matrix["id"],
                 fields=("team", "place_id", "level", "individual_percent"),
                 detail=f"{len(cells)} cells, {len(shares)} splits")
        made += 1
    return made


# Agreements ------------------------------------------------------------------------------------

PARTIES = "Wijkteam Centrum, Gemeente Demostad, Stichting Opbouwwerk Demostad"

WHO_DOES_WHAT = AgreementContent(
    title="Samenwerkingsafspraken Wijkteam Centrum: wie doet wat in de wijk",
    parties=PARTIES,
    team=TEAM,
    assignment=(
        "Het wijkteam ondersteunt bewoners van Centrum bij vragen over zorg, welzijn, geld en "
        "opvoeden, en versterkt samen met het opbouwwerk wat bewoners zelf en met elkaar doen. "
        "De sociaal professionals richten zich op individuele ondersteuning, het opbouwwerk op "
        "collectieve activiteiten en bewonersinitiatieven. De gebiedswerker van de gemeente "
        "verbindt beide met het beleid en de wijkagenda."),
    expected_results=(
        "Bewoners met een ondersteuningsvraag worden binnen vijf werkdagen gesproken. Elke "
        "bewoner met een individuele vraag hoort ook welke collectieve activiteiten er in de "
        "buurt zijn. Per buurt draaien minstens drie activiteiten die bewoners mee "
        "organiseren. Eén keer per jaar ligt er een wijkanalyse met een wijkagenda die met "
        "bewoners is vastgesteld."),
    mutual_expectations=(
        "De sociaal professionals melden signalen uit huishoudens die om een collectief "
        "antwoord vragen bij het opbouwwerk. Het opbouwwerk meldt zorgen over een bewoner bij "
        "het wijkteam, met toestemming van die bewoner. De gebiedswerker houdt beide op de "
        "hoogte van beleid en budgetten en is aanspreekbaar bij knelpunten. Zzp'ers en sociaal "
        "ondernemers horen wat er met hun signalen gebeurt."),
    mandate=(
        "De sociaal professionals beslissen over individuele ondersteuning binnen het "
        "Wmo-mandaat van de gemeente. De gebiedswerker stelt de wijkagenda vast met bewoners "
        "en beslist over het wijkbudget. Het opbouwwerk werkt vanuit een vrije opdracht en "
        "beslist niet over budgetten; het adviseert."),
    evaluation_criteria=(
        "Wachttijd tot het eerste gesprek; aantal toeleidingen van individuele naar "
        "collectieve ondersteuning; aantal bewonersinitiatieven dat zelfstandig verder gaat; "
        "tevredenheid van bewoners en partners (korte jaarlijkse enquête); de verdeling van de "
        "uren tussen individueel en collectief werk tegenover de afgesproken verdeling."),
    hours_per_week=64,
    budget_cents=4_500_000,
)
# what the evaluation changed in version 2
WHO_DOES_WHAT_V2 = {
    "expected_results": WHO_DOES_WHAT.expected_results + (
        " Minstens een kwart van de deelnemers aan activiteiten is via het wijkteam "
        "toegeleid."),
    "mutual_expectations": WHO_DOES_WHAT.mutual_expectations + (
        " De gebiedswerker en het opbouwwerk onderhouden het netwerk van partners samen en "
        "spreken elk kwartaal af wie welke partner bezoekt."),
    "hours_per_week": 72,
    "budget_cents": 5_000_000,
}

REFERRAL = AgreementContent(
    title="Toeleiding van individuele ondersteuning naar collectieve activiteiten",
    parties="Wijkteam Centrum, Stichting Opbouwwerk Demostad, Buurtwerk Demostad (demo)",
    team=TEAM,
    assignment=(
        "Bewoners die individuele ondersteuning krijgen, vinden makkelijker de weg naar "
        "activiteiten in hun buurt. De sociaal professional bespreekt in elk "
        "keukentafelgesprek wat de buurt te bieden heeft; het opbouwwerk zorgt voor een warme "
        "overdracht bij de activiteit."),
    expected_results=(
        "Bij minstens de helft van de lopende ondersteuningsplannen is een collectieve "
        "activiteit besproken. Elk kwartaal worden minstens vijftien bewoners toegeleid, van "
        "wie twee derde na drie maanden nog meedoet."),
    mutual_expectations=(
        "De sociaal professional vraagt de bewoner om toestemming voordat er gegevens worden "
        "gedeeld. Het opbouwwerk laat binnen een week weten of de bewoner is aangesloten. "
        "Organisatoren van activiteiten melden het wijkteam als een toegeleide bewoner "
        "wegblijft."),
    mandate=(
        "De sociaal professional beslist samen met de bewoner over de toeleiding. Het "
        "opbouwwerk beslist over de plek bij een activiteit en de begeleiding daar."),
    evaluation_criteria=(
        "Aantal toeleidingen per kwartaal; het deel van de toegeleide bewoners dat na drie "
        "maanden nog meedoet; ervaringen van bewoners, opgehaald in korte gesprekken."),
    hours_per_week=16,
)

FREELANCERS = AgreementContent(
    title="Inzet van zzp'ers bij keukentafelgesprekken en verwijzing",
    parties="Wijkteam Centrum, Gemeente Demostad, zzp'ers via de raamovereenkomst van de "
            "gemeente",
    team=TEAM,
    assignment=(
        "Ingehuurde zzp'ers voeren keukentafelgesprekken en verwijzingen uit onder "
        "verantwoordelijkheid van een sociaal professional van het wijkteam, zolang de "
        "wachttijd langer is dan vier weken."),
    expected_results="De wachttijd tot het eerste gesprek is binnen een half jaar korter dan "
                     "twee weken.",
    mutual_expectations="Nog uitwerken met de zzp'ers: bereikbaarheid, overdracht van dossiers "
                        "en deelname aan het teamoverleg.",
    mandate=(
        "De zzp'er beslist niet zelf over voorzieningen; de verantwoordelijke sociaal "
        "professional tekent het ondersteuningsplan."),
    hours_per_week=24,
    budget_cents=3_200_000,
)

PILOT = AgreementContent(
    title="Pilot buurtbudget Stationskwartier",
    parties="Wijkteam Centrum, Gemeente Demostad, Bewonersvereniging Stationskwartier (demo)",
    team=TEAM,
    assignment=(
        "Bewoners van het Stationskwartier beslissen een jaar lang zelf over een klein "
        "buurtbudget voor activiteiten en initiatieven; het opbouwwerk ondersteunt de "
        "bewonerscommissie."),
    expected_results="Een bewonerscommissie van minstens vijf bewoners; minstens zes "
                     "gesteunde initiatieven in het pilotjaar.",
    mutual_expectations=(
        "De bewonerscommissie legt elk kwartaal verantwoording af aan de buurt. Het "
        "opbouwwerk helpt bij het opstellen van de spelregels en bij de verantwoording."),
    mandate="De bewonerscommissie beslist over aanvragen tot € 500; de gebiedswerker "
            "controleert achteraf de besteding.",
    evaluation_criteria="Aantal gesteunde initiatieven; aantal bewoners dat meebeslist; "
                        "besteding tegenover het budget.",
    hours_per_week=4,
    budget_cents=1_000_000,
)

BUDGET = AgreementContent(
    title="Wijkbudget en bewonersinitiatieven in wijk Centrum",
    parties=PARTIES,
    team=TEAM,
    assignment=(
        "De gebiedswerker beheert het wijkbudget van Centrum en beslist over aanvragen van "
        "bewonersinitiatieven; het opbouwwerk helpt bewoners hun idee uit te werken en een "
        "aanvraag te doen."),
    expected_results=(
        "Aanvragen tot € 2.500 krijgen binnen vier weken een besluit. Minstens tien "
        "initiatieven per jaar krijgen steun, de helft van bewoners die nog niet eerder actief "
        "waren."),
    mutual_expectations=(
        "Het opbouwwerk beoordeelt geen aanvraag die het zelf heeft helpen schrijven; de "
        "gebiedswerker vraagt het opbouwwerk wel om advies. Beide melden elkaar nieuwe "
        "initiatieven binnen een week."),
    mandate=(
        "De gebiedswerker beslist over aanvragen tot € 2.500; daarboven beslist de gemeente na "
        "advies van de gebiedswerker. Het opbouwwerk adviseert."),
    evaluation_criteria=(
        "Doorlooptijd van aanvragen; aantal gesteunde initiatieven en het deel dat na een jaar "
        "zelfstandig verder gaat; besteding van het wijkbudget tegenover de begroting."),
    hours_per_week=12,
    budget_cents=2_500_000,
)

PARTNERS = AgreementContent(
    title="Samenwerking met zzp'ers en sociaal ondernemers bij activiteiten",
    parties="Wijkteam Centrum, Stichting Opbouwwerk Demostad, Buurtbedrijf Demostad (demo)",
    team=TEAM,
    assignment=(
        "Zzp'ers en sociaal ondernemers voeren activiteiten en vrijwilligerswerk uit die het "
        "opbouwwerk met bewoners heeft bedacht. Het opbouwwerk blijft het aanspreekpunt voor "
        "bewoners en partners."),
    expected_results=(
        "Elke activiteit heeft een vaste uitvoerder en een aanspreekpunt bij het opbouwwerk. "
        "Vrijwilligers krijgen begeleiding en worden twee keer per jaar bedankt."),
    mutual_expectations=(
        "Uitvoerders melden zorgen over deelnemers bij het opbouwwerk, dat ze met toestemming "
        "van de deelnemer doorgeeft aan het wijkteam. Het opbouwwerk betaalt binnen dertig "
        "dagen na de factuur."),
    mandate=(
        "Het opbouwwerk beslist over de inzet van zzp'ers binnen het budget voor activiteiten; "
        "sociaal ondernemers beslissen over de gang van zaken in hun eigen onderneming."),
    evaluation_criteria="Aantal activiteiten en deelnemers; tevredenheid van deelnemers en "
                        "vrijwilligers; besteding tegenover het budget.",
    hours_per_week=20,
    budget_cents=1_800_000,
)


@dataclass(frozen=True)
class DemoAgreements:
    """The ids add_agreements made, by the story each tells."""

    superseded: uuid.UUID
    approved: uuid.UUID
    submitted: uuid.UUID
    draft: uuid.UUID
    withdrawn: uuid.UUID
    overdue: uuid.UUID
    due: uuid.UUID


def add_agreements(store: Store, writer: str, lead: str, lead_password: str, *,
                   today: date | None = None) -> DemoAgreements:
    """Agreements in every state, written by the demo team member and approved (or withdrawn)
    by the demo team lead, each step through the AgreementService with its audit entry."""
    today = today or date.today()
    member, boss = _actor(store, writer), _actor(store, lead)
    roles = RoleService(store, member)
    team = roles.open_matrix(TEAM)
    wijk_matrix = next((m for m in roles.matrices()
                        if m.team == TEAM and m.place_id and m.place_name == WIJK), None)
    wijk = wijk_matrix.place_id if wijk_matrix else None
    write, approve = AgreementService(store, member), AgreementService(store, boss)
    year = date(today.year, 1, 1)

    # Version 1 went by before the partner network got a second owner; the evaluation gave
    # version 2, whose snapshot shows that cell changed.
    network = _cell(roles, team.id, "network_upkeep", "area_worker")
    if network is not None:
        roles.set_levels(team.id, [(*network, Level.CONSULTED)])
    first = write.create(_with(WHO_DOES_WHAT, period_from=date(today.year - 1, 1, 1),
                               period_to=date(today.year + 1, 12, 31),
                               review_on=today - timedelta(days=14)), team.id)
    write.submit(first.summary.id, "Opgesteld na de heidag van het wijkteam.")
    approve.approve(first.summary.id, lead_password,
                    "Akkoord; vastgesteld in het teamoverleg. Evaluatie na een jaar.")
    if network is not None:
        roles.set_levels(team.id, [(*network, Level.ACCOUNTABLE)])
    second = write.new_version(first.summary.id)
    write.update(second.summary.id, _with(second.content, **WHO_DOES_WHAT_V2,
                                          review_on=today + timedelta(days=150)), team.id)
    write.submit(second.summary.id, "Aangepast na de evaluatie met de gemeente en het "
                                    "opbouwwerk.")
    approve.approve(second.summary.id, lead_password,
                    "Akkoord met de aangepaste afspraken. De matrix laat bij het partnernetwerk "
                    "nog twee eindverantwoordelijken zien; dat bespreken we in het volgende "
                    "teamoverleg.")

    overdue = write.create(_with(BUDGET, place_id=wijk,
                                 period_from=today - timedelta(days=400),
                                 period_to=date(today.year + 1, 12, 31),
                                 review_on=today - timedelta(days=21)),
                           wijk_matrix.id if wijk_matrix else team.id)
    write.submit(overdue.summary.id)
    approve.approve(overdue.summary.id, lead_password,
                    "Akkoord; geldt voor wijk Centrum, met de matrix van de wijk erbij.")
    due = write.create(_with(PARTNERS, period_from=today - timedelta(days=300),
                             period_to=date(today.year + 1, 6, 30),
                             review_on=today + timedelta(days=18)), team.id)
    write.submit(due.summary.id)
    approve.approve(due.summary.id, lead_password, "Akkoord. Evaluatie met de uitvoerders "
                                                   "over een half jaar.")

    pilot = write.create(_with(PILOT, place_id=_buurt(store, wijk), period_from=year,
                               period_to=date(today.year, 12, 31)))
    write.submit(pilot.summary.id, "Voorstel van de bewonersvereniging, uitgewerkt door het "
                                   "opbouwwerk.")
    approve.withdraw(pilot.summary.id, "Ingetrokken: de gemeente regelt buurtbudgetten "
                                       "voortaan via het wijkbudget; zie de afspraken over "
                                       "wijkbudget en bewonersinitiatieven.")
    submitted = write.create(_with(REFERRAL, period_from=year,
                                   period_to=date(today.year + 1, 12, 31),
                                   review_on=today + timedelta(days=200)), team.id)
    write.submit(submitted.summary.id, "Graag bespreken in het teamoverleg van volgende week.")
    draft = write.create(_with(FREELANCERS, period_from=today + timedelta(days=30)), team.id)
    return DemoAgreements(first.summary.id, second.summary.id, submitted.summary.id,
                          draft.summary.id, pilot.summary.id, overdue.summary.id,
                          due.summary.id)


def _with(content: AgreementContent, **changes: object) -> AgreementContent:
    return AgreementContent(**{**content.__dict__, **changes})


def _actor(store: Store, username: str) -> Actor:
    with store.read() as s:
        profile = s.scalar(select(Profile).where(Profile.username == username,
                                                 Profile.disabled_at.is_(None)))
        if profile is None:
            raise NotFound("The demo team has no profile of that name.")
        return Actor(profile.id, profile.username, profile.display_name, Role(profile.role))


def _buurt(store: Store, wijk: uuid.UUID | None) -> uuid.UUID | None:
    if wijk is None:
        return None
    with store.read() as s:
        return s.scalar(select(Place.id).where(Place.parent_id == wijk, Place.name == BUURT,
                                               Place.deleted_at.is_(None)))


def _cell(roles: RoleService, matrix_id: uuid.UUID, task_code: str,
          type_code: str) -> tuple[uuid.UUID, uuid.UUID] | None:
    view = roles.matrix(matrix_id)
    task = next((t.id for t in view.tasks if t.code == task_code), None)
    ptype = next((t.id for t in view.types if t.code == type_code), None)
    return (task, ptype) if task and ptype else None
