"""Who does what: the responsibility matrix (RACI) of a team, its analysis, and the role map.

A matrix holds a level per (task, professional type); a missing cell is "none". The analysis is
pure so that the window can run it on every edit and the tests can run it on any matrix.
"""

from __future__ import annotations

import enum
import math
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from wijkdesk.domain.professionals import AssignmentKind
from wijkdesk.errors import ValidationError


class Level(enum.StrEnum):
    RESPONSIBLE = "R"  # executes
    ACCOUNTABLE = "A"  # accountable, holds the mandate
    CONSULTED = "C"
    INFORMED = "I"


# strongest first: the role map shows the strongest level a type holds in a domain
LEVEL_ORDER = (Level.ACCOUNTABLE, Level.RESPONSIBLE, Level.CONSULTED, Level.INFORMED)
OWNING = frozenset({Level.ACCOUNTABLE, Level.RESPONSIBLE})


class WorkKind(enum.StrEnum):
    INDIVIDUAL = "individual"
    COLLECTIVE = "collective"
    BOTH = "both"


class Rule(enum.StrEnum):
    NO_ACCOUNTABLE = "no_accountable"
    NO_RESPONSIBLE = "no_responsible"
    SEVERAL_ACCOUNTABLE = "several_accountable"
    HEAVY_LOAD = "heavy_load"
    FREE_HOLDS_POLICY_MANDATE = "free_holds_policy_mandate"
    MANDATE_UNUSED = "mandate_unused"
    NO_SHARED_OWNER = "no_shared_owner"


EXPLANATIONS: dict[Rule, str] = {
    Rule.NO_ACCOUNTABLE: "Nobody is accountable for this task: no type holds the mandate (A).",
    Rule.NO_RESPONSIBLE: "Nobody executes this task: no type is responsible (R).",
    Rule.SEVERAL_ACCOUNTABLE: "More than one type is accountable (A): the mandate is unclear.",
    Rule.HEAVY_LOAD: "This type executes or is accountable for more tasks than the team can "
                     "expect of one role.",
    Rule.FREE_HOLDS_POLICY_MANDATE: "A type with a free assignment holds the mandate for a "
                                    "policy task; a free assignment carries no mandate.",
    Rule.MANDATE_UNUSED: "A type with a mandate is accountable for no task.",
    Rule.NO_SHARED_OWNER: "Individual and collective work in this domain have no shared owner: "
                          "no type executes or is accountable for both.",
}


@dataclass(frozen=True)
class TaskRef:
    id: uuid.UUID
    name: str
    domain_id: uuid.UUID
    work: WorkKind
    policy: bool


@dataclass(frozen=True)
class TypeRef:
    id: uuid.UUID
    name: str
    assignment: AssignmentKind


Cell = tuple[uuid.UUID, uuid.UUID]  # (task id, type id)


@dataclass(frozen=True)
class Finding:
    rule: Rule
    cells: tuple[Cell, ...]
    task_id: uuid.UUID | None = None
    type_id: uuid.UUID | None = None
    domain_id: uuid.UUID | None = None
    count: int = 0  # the load, or the number of A's, where the rule counts

    @property
    def explanation(self) -> str:
        return EXPLANATIONS[self.rule]


def load_limit(task_count: int) -> int:
    """How many tasks one type may own (R or A) before the analysis calls it heavy: half the
    tasks, and never fewer than three, so a small matrix is not flagged for a normal role."""
    return max(3, math.ceil(task_count / 2))


@dataclass
class Matrix:
    tasks: list[TaskRef]
    types: list[TypeRef]
    levels: dict[Cell, Level] = field(default_factory=dict)

    def level(self, task_id: uuid.UUID, type_id: uuid.UUID) -> Level | None:
        return self.levels.get((task_id, type_id))

    def analyse(self) -> list[Finding]:
        return analyse(self.tasks, self.types, self.levels)


def _holders(levels: Mapping[Cell, Level], task_id: uuid.UUID, types: Iterable[TypeRef],
             wanted: frozenset[Level]) -> list[uuid.UUID]:
    return [t.id for t in types if levels.get((task_id, t.id)) in wanted]


def analyse(tasks: list[TaskRef], types: list[TypeRef],
            levels: Mapping[Cell, Level]) -> list[Finding]:
    """Every finding of the matrix, task rules first, in task and type order."""
    found: list[Finding] = []
    row_cells = {t.id: tuple((t.id, ty.id) for ty in types) for t in tasks}
    for task in tasks:
        accountable = _holders(levels, task.id, types, frozenset({Level.ACCOUNTABLE}))
        responsible = _holders(levels, task.id, types, frozenset({Level.RESPONSIBLE}))
        if not accountable:
            found.append(Finding(Rule.NO_ACCOUNTABLE, row_cells[task.id], task_id=task.id))
        elif len(accountable) > 1:
            found.append(Finding(Rule.SEVERAL_ACCOUNTABLE,
                                 tuple((task.id, ty) for ty in accountable), task_id=task.id,
                                 count=len(accountable)))
        if not responsible:
            found.append(Finding(Rule.NO_RESPONSIBLE, row_cells[task.id], task_id=task.id))
    limit = load_limit(len(tasks))
    for ty in types:
        owned = tuple((t.id, ty.id) for t in tasks if levels.get((t.id, ty.id)) in OWNING)
        if len(owned) > limit:
            found.append(Finding(Rule.HEAVY_LOAD, owned, type_id=ty.id, count=len(owned)))
        if ty.assignment is AssignmentKind.FREE:
            for t in tasks:
                if t.policy and levels.get((t.id, ty.id)) is Level.ACCOUNTABLE:
                    found.append(Finding(Rule.FREE_HOLDS_POLICY_MANDATE, ((t.id, ty.id),),
                                         task_id=t.id, type_id=ty.id))
        if ty.assignment is AssignmentKind.MANDATED and tasks and not any(
                levels.get((t.id, ty.id)) is Level.ACCOUNTABLE for t in tasks):
            found.append(Finding(Rule.MANDATE_UNUSED, tuple((t.id, ty.id) for t in tasks),
                                 type_id=ty.id))
    found.extend(_unshared_domains(tasks, types, levels))
    return found


def _unshared_domains(tasks: list[TaskRef], types: list[TypeRef],
                      levels: Mapping[Cell, Level]) -> Iterable[Finding]:
    """A domain with individual and collective tasks whose owners do not meet: signals from
    one side have nobody who carries them to the other."""
    domains: dict[uuid.UUID, list[TaskRef]] = {}
    for t in tasks:
        domains.setdefault(t.domain_id, []).append(t)
    for domain_id, members in domains.items():
        individual = [t for t in members if t.work is not WorkKind.COLLECTIVE]
        collective = [t for t in members if t.work is not WorkKind.INDIVIDUAL]
        # a domain of only "both" tasks has one side: its owners are found by the task rules
        if not individual or not collective or all(t.work is WorkKind.BOTH for t in members):
            continue
        owners_i = {ty for t in individual for ty in _holders(levels, t.id, types, OWNING)}
        owners_c = {ty for t in collective for ty in _holders(levels, t.id, types, OWNING)}
        if owners_i & owners_c:
            continue
        cells = tuple((t.id, ty.id) for t in members for ty in types)
        yield Finding(Rule.NO_SHARED_OWNER, cells, domain_id=domain_id)


@dataclass(frozen=True)
class RoleMapCell:
    strongest: Level | None
    counts: Mapping[Level, int]

    @property
    def owned(self) -> int:
        return sum(self.counts.get(level, 0) for level in OWNING)


def role_map(tasks: list[TaskRef], types: list[TypeRef], levels: Mapping[Cell, Level],
             domain_ids: list[uuid.UUID]) -> dict[tuple[uuid.UUID, uuid.UUID], RoleMapCell]:
    """Per (type, domain): the strongest level the type holds on the domain's tasks, and how
    many tasks at each level."""
    out: dict[tuple[uuid.UUID, uuid.UUID], RoleMapCell] = {}
    for ty in types:
        for domain_id in domain_ids:
            counts: dict[Level, int] = {}
            for t in tasks:
                if t.domain_id == domain_id:
                    level = levels.get((t.id, ty.id))
                    if level is not None:
                        counts[level] = counts.get(level, 0) + 1
            strongest = next((lv for lv in LEVEL_ORDER if counts.get(lv)), None)
            out[(ty.id, domain_id)] = RoleMapCell(strongest, counts)
    return out


def individual_share(individual_minutes: int, collective_minutes: int) -> int | None:
    """The individual part of recorded hours in whole percent; None when nothing is recorded."""
    total = individual_minutes + collective_minutes
    if total <= 0:
        return None
    return round(100 * individual_minutes / total)


def parse_level(text: str) -> Level | None:
    """A level from what a user types: R, A, C, I (either case), or empty / '-' for none."""
    text = text.strip()
    if text in ("", "-", "0"):
        return None
    # upper() only after the check: other scripts have letters whose capital is I (Turkish ı)
    if len(text) != 1 or text not in "raciRACI":
        raise ValidationError("A level is R, A, C or I, or empty for none.")
    return Level(text.upper())
