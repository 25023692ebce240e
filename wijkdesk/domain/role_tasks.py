"""The neighbourhood tasks a new database starts with, grouped by domain.

They are the team's working vocabulary and stay editable, so they are seeded in Dutch, as the
team would write them; the code of each seeded row lets later versions find it again.
"""

from dataclasses import dataclass

from wijkdesk.domain.role_matrix import WorkKind

IND, COL, BOTH = WorkKind.INDIVIDUAL, WorkKind.COLLECTIVE, WorkKind.BOTH


@dataclass(frozen=True)
class TaskSeed:
    code: str
    name: str
    work: WorkKind
    policy: bool = False
    description: str = ""


@dataclass(frozen=True)
class DomainSeed:
    code: str
    name: str
    tasks: tuple[TaskSeed, ...]


SEEDED_DOMAINS: tuple[DomainSeed, ...] = (
    DomainSeed("signalling", "Signaleren", (
        TaskSeed("signal_neighbourhood", "Signalen uit de buurt ophalen", COL,
                 description="Rondgaan, aanspreekbaar zijn, horen wat er speelt."),
        TaskSeed("signal_household", "Zorgen over een huishouden oppakken", IND,
                 description="Een melding van buren of partners opvolgen."),
    )),
    DomainSeed("individual", "Individuele ondersteuning", (
        TaskSeed("kitchen_table", "Keukentafelgesprek en ondersteuningsplan", IND),
        TaskSeed("case_direction", "Regie bij meervoudige vragen", IND, policy=True,
                 description="Eén professional houdt de regie over alle hulp in een gezin."),
    )),
    DomainSeed("referral", "Verwijzen en toeleiden", (
        TaskSeed("refer_collective", "Toeleiden naar collectieve activiteiten", BOTH),
        TaskSeed("refer_specialist", "Verwijzen naar specialistische zorg", IND, policy=True),
    )),
    DomainSeed("activities", "Collectieve activiteiten", (
        TaskSeed("organise_activities", "Activiteiten organiseren", COL),
        TaskSeed("volunteers", "Vrijwilligers werven en begeleiden", COL),
    )),
    DomainSeed("initiatives", "Bewonersinitiatieven", (
        TaskSeed("support_initiatives", "Bewonersinitiatieven ondersteunen", COL),
        TaskSeed("assess_initiatives", "Aanvragen van initiatieven beoordelen", COL, policy=True),
    )),
    DomainSeed("area", "Gebiedsanalyse en wijkagenda", (
        TaskSeed("area_analysis", "Wijkanalyse opstellen", BOTH, policy=True),
        TaskSeed("neighbourhood_agenda", "Wijkagenda vaststellen met bewoners", COL, policy=True),
    )),
    DomainSeed("budgets", "Budgetten", (
        TaskSeed("allocate_budget", "Wijkbudget toekennen", COL, policy=True),
    )),
    DomainSeed("network", "Netwerk", (
        TaskSeed("network_upkeep", "Netwerk van partners onderhouden", BOTH),
    )),
    DomainSeed("accountability", "Verantwoording", (
        TaskSeed("report_council", "Rapporteren aan de gemeenteraad", BOTH, policy=True),
    )),
)
