"""The five professional types named in the article, with their kind of assignment."""

import enum
from dataclasses import dataclass


class AssignmentKind(enum.StrEnum):
    FREE = "free"  # vrije opdracht
    MANDATED = "mandated"  # mandaat
    CONTRACTED = "contracted"  # a task bought in
    OWN = "own"  # runs their own enterprise


@dataclass(frozen=True)
class ProfessionalTypeSeed:
    code: str
    name: str
    assignment: AssignmentKind
    description: str


SEEDED_TYPES: tuple[ProfessionalTypeSeed, ...] = (
    ProfessionalTypeSeed(
        "community_worker",
        "Community worker (opbouwwerker)",
        AssignmentKind.FREE,
        "Broad task with a free assignment; works for the collective of the neighbourhood.",
    ),
    ProfessionalTypeSeed(
        "area_worker",
        "Area worker (gebiedswerker)",
        AssignmentKind.MANDATED,
        "Works from the municipality with a mandate and acts on policy.",
    ),
    ProfessionalTypeSeed(
        "social_professional",
        "Social professional (wijkteam)",
        AssignmentKind.MANDATED,
        "Specific task in the wijkteam, mostly individual support.",
    ),
    ProfessionalTypeSeed(
        "freelancer",
        "Freelancer (zzp'er)",
        AssignmentKind.CONTRACTED,
        "Contracted for a task.",
    ),
    ProfessionalTypeSeed(
        "social_entrepreneur",
        "Social entrepreneur (sociaal ondernemer)",
        AssignmentKind.OWN,
        "Runs a social enterprise in the area.",
    ),
)
