"""Who does what: task domains and tasks, professional types, and each team's responsibility
matrix with its agreed split of hours; the analysis runs on every read and every edit."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.professionals import SEEDED_TYPES, AssignmentKind
from wijkdesk.domain.role_matrix import (
    Cell,
    Finding,
    Level,
    Matrix,
    RoleMapCell,
    TaskRef,
    TypeRef,
    WorkKind,
    individual_share,
    role_map,
)
from wijkdesk.domain.role_tasks import SEEDED_DOMAINS
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import NotFound, ValidationError
from wijkdesk.services.base import Service
from wijkdesk.services.neighbourhood import NeighbourhoodService
from wijkdesk.store.models import (
    MatrixCell,
    MatrixSplit,
    Place,
    Professional,
    ProfessionalType,
    RoleMatrix,
    Task,
    TaskDomain,
)
from wijkdesk.store.types import utcnow


@dataclass(frozen=True)
class DomainInfo:
    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class TaskInfo:
    id: uuid.UUID
    code: str | None
    name: str
    description: str
    domain_id: uuid.UUID
    work: WorkKind
    policy: bool

    def ref(self) -> TaskRef:
        return TaskRef(self.id, self.name, self.domain_id, self.work, self.policy)


@dataclass(frozen=True)
class TypeInfo:
    id: uuid.UUID
    code: str
    name: str
    assignment: AssignmentKind
    description: str

    def ref(self) -> TypeRef:
        return TypeRef(self.id, self.name, self.assignment)


@dataclass(frozen=True)
class MatrixInfo:
    id: uuid.UUID
    team: str
    place_id: uuid.UUID | None
    place_name: str  # "" for the whole team


@dataclass(frozen=True)
class MatrixView:
    info: MatrixInfo
    domains: list[DomainInfo]
    tasks: list[TaskInfo]  # in domain order, then their own
    types: list[TypeInfo]
    levels: dict[Cell, Level]
    splits: dict[uuid.UUID, int]  # agreed individual percent per type

    @property
    def matrix(self) -> Matrix:
        return Matrix([t.ref() for t in self.tasks], [t.ref() for t in self.types],
                      dict(self.levels))

    def findings(self) -> list[Finding]:
        return self.matrix.analyse()

    def role_map(self) -> dict[tuple[uuid.UUID, uuid.UUID], RoleMapCell]:
        return role_map([t.ref() for t in self.tasks], [t.ref() for t in self.types],
                        self.levels, [d.id for d in self.domains])


@dataclass(frozen=True)
class SplitRow:
    type_id: uuid.UUID
    agreed_individual: int | None  # percent
    individual_minutes: int
    collective_minutes: int

    @property
    def actual_individual(self) -> int | None:
        return individual_share(self.individual_minutes, self.collective_minutes)


CellChange = tuple[uuid.UUID, uuid.UUID, Level | None]  # (task, type, new level)

_NAME_LIMIT = 160


def _name(text: str, what: str, limit: int = _NAME_LIMIT) -> str:
    text = " ".join(text.split())
    if not text:
        raise ValidationError(f"The {what} needs a name.")
    if len(text) > limit:
        raise ValidationError(f"The name of the {what} is too long.")
    return text


def scope_key(team: str, place_id: uuid.UUID | None) -> str:
    return f"{team.casefold()}|{place_id or ''}"


class RoleService(Service):
    # Reference data --------------------------------------------------------------------------

    def seed(self) -> int:
        """Add the seeded domains and tasks that are missing (reference data; no actor)."""
        with self._write() as tx:
            s = tx.session
            domains = {code: i for code, i in s.execute(select(TaskDomain.code, TaskDomain.id))}
            tasks = set(s.scalars(select(Task.code).where(Task.code.is_not(None))))
            added = 0
            for position, seed in enumerate(SEEDED_DOMAINS):
                if seed.code not in domains:
                    domain = TaskDomain(code=seed.code, name=seed.name, position=position)
                    s.add(domain)
                    s.flush()
                    domains[seed.code] = domain.id
                    added += 1
                rows = [{"domain_id": domains[seed.code], "code": t.code, "name": t.name,
                         "description": t.description, "work": t.work.value,
                         "policy": t.policy, "position": n}
                        for n, t in enumerate(seed.tasks) if t.code not in tasks]
                if rows:
                    s.execute(insert(Task), rows)
                    added += len(rows)
            if added:
                tx.audit(AuditEvent.CREATE, record_type="task", detail=f"{added} seeded rows")
            return added

    def domains(self) -> list[DomainInfo]:
        with self._read() as s:
            return _domains(s)

    def tasks(self) -> list[TaskInfo]:
        with self._read() as s:
            return _tasks(s)

    def types(self) -> list[TypeInfo]:
        with self._read() as s:
            return _types(s)

    def add_domain(self, name: str) -> DomainInfo:
        self._require(Permission.MANAGE_TASKS, record_type="task_domain")
        name = _name(name, "domain", 120)
        with self._write() as tx:
            s = tx.session
            if s.scalar(select(TaskDomain.id).where(TaskDomain.deleted_at.is_(None),
                                                    func.lower(TaskDomain.name) == name.lower())):
                raise ValidationError("A domain with this name exists already.")
            position = (s.scalar(select(func.max(TaskDomain.position))) or 0) + 1
            domain = TaskDomain(code=f"custom-{uuid.uuid4().hex[:12]}", name=name,
                                position=position, updated_by=self.actor_id)
            s.add(domain)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="task_domain", record_id=domain.id,
                     fields=("name",))
            return DomainInfo(domain.id, domain.code, domain.name)

    def add_task(self, name: str, domain_id: uuid.UUID, work: WorkKind, *,
                 policy: bool = False, description: str = "") -> TaskInfo:
        self._require(Permission.MANAGE_TASKS, record_type="task")
        name = _name(name, "task")
        work = WorkKind(work)
        with self._write() as tx:
            s = tx.session
            _live(s, TaskDomain, domain_id, "The chosen domain does not exist.")
            _unique_task(s, name, domain_id)
            position = (s.scalar(select(func.max(Task.position))
                                 .where(Task.domain_id == domain_id)) or 0) + 1
            task = Task(domain_id=domain_id, name=name, description=description.strip(),
                        work=work.value, policy=bool(policy), position=position,
                        updated_by=self.actor_id)
            s.add(task)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="task", record_id=task.id,
                     fields=("name", "domain_id", "work", "policy", "description"))
            return _task_info(task)

    def update_task(self, task_id: uuid.UUID, *, name: str | None = None,
                    domain_id: uuid.UUID | None = None, work: WorkKind | None = None,
                    policy: bool | None = None, description: str | None = None) -> TaskInfo:
        self._require(Permission.MANAGE_TASKS, record_type="task")
        with self._write() as tx:
            s = tx.session
            task = _live(s, Task, task_id, "That task does not exist.")
            changed: list[str] = []
            values = {"name": None if name is None else _name(name, "task"),
                      "domain_id": domain_id,
                      "work": None if work is None else WorkKind(work).value,
                      "policy": policy,
                      "description": None if description is None else description.strip()}
            if domain_id is not None:
                _live(s, TaskDomain, domain_id, "The chosen domain does not exist.")
            if values["name"] is not None or domain_id is not None:
                _unique_task(s, values["name"] or task.name, domain_id or task.domain_id,
                             but=task.id)
            for key, value in values.items():
                if value is not None and getattr(task, key) != value:
                    setattr(task, key, value)
                    changed.append(key)
            if changed:
                task.updated_by = self.actor_id
                tx.audit(AuditEvent.UPDATE, record_type="task", record_id=task.id,
                         fields=changed)
            return _task_info(task)

    def retire_task(self, task_id: uuid.UUID) -> None:
        """The task leaves every matrix (its cells go; snapshots of agreements keep it)."""
        self._require(Permission.MANAGE_TASKS, record_type="task")
        with self._write() as tx:
            s = tx.session
            task = _live(s, Task, task_id, "That task does not exist.")
            task.deleted_at = utcnow()
            task.updated_by = self.actor_id
            gone = s.execute(delete(MatrixCell).where(MatrixCell.task_id == task_id)).rowcount
            tx.audit(AuditEvent.DELETE, record_type="task", record_id=task.id,
                     detail=f"{gone} cells")

    def add_type(self, name: str, assignment: AssignmentKind, description: str = "") -> TypeInfo:
        self._require(Permission.MANAGE_TYPES, record_type="professional_type")
        name = _name(name, "professional type", 120)
        assignment = AssignmentKind(assignment)
        with self._write() as tx:
            s = tx.session
            if s.scalar(select(ProfessionalType.id).where(
                    func.lower(ProfessionalType.name) == name.lower())):
                raise ValidationError("A professional type with this name exists already.")
            code = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:24] or "type"
            ptype = ProfessionalType(code=f"{code}-{uuid.uuid4().hex[:8]}", name=name,
                                     assignment=assignment.value,
                                     description=description.strip(), updated_by=self.actor_id)
            s.add(ptype)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="professional_type", record_id=ptype.id,
                     fields=("name", "assignment", "description"))
            return _type_info(ptype)

    def update_type(self, type_id: uuid.UUID, *, name: str | None = None,
                    assignment: AssignmentKind | None = None,
                    description: str | None = None) -> TypeInfo:
        self._require(Permission.MANAGE_TYPES, record_type="professional_type")
        with self._write() as tx:
            ptype = _live(tx.session, ProfessionalType, type_id,
                          "That professional type does not exist.")
            changed = []
            for key, value in (("name", None if name is None else
                                _name(name, "professional type", 120)),
                               ("assignment", None if assignment is None
                                else AssignmentKind(assignment).value),
                               ("description", None if description is None
                                else description.strip())):
                if value is not None and getattr(ptype, key) != value:
                    setattr(ptype, key, value)
                    changed.append(key)
            if changed:
                ptype.updated_by = self.actor_id
                tx.audit(AuditEvent.UPDATE, record_type="professional_type",
                         record_id=ptype.id, fields=changed)
            return _type_info(ptype)

    # Matrices --------------------------------------------------------------------------------

    def teams(self) -> list[str]:
        """The teams professionals belong to and the teams that have a matrix."""
        with self._read() as s:
            names = set(s.scalars(select(Professional.team).where(
                Professional.deleted_at.is_(None), Professional.team != "")))
            names |= set(s.scalars(select(RoleMatrix.team).where(RoleMatrix.deleted_at.is_(None))))
            return sorted(names, key=str.casefold)

    def matrices(self) -> list[MatrixInfo]:
        with self._read() as s:
            rows = s.execute(select(RoleMatrix, Place.name).outerjoin(
                Place, Place.id == RoleMatrix.place_id).where(RoleMatrix.deleted_at.is_(None))
                .order_by(RoleMatrix.team, Place.name))
            return [MatrixInfo(m.id, m.team, m.place_id, place or "") for m, place in rows]

    def open_matrix(self, team: str, place_id: uuid.UUID | None = None) -> MatrixInfo:
        """The matrix of a team (in a wijk, if given), made empty the first time."""
        team = _name(team, "team", 120)
        with self._read() as s:
            found = s.scalar(select(RoleMatrix).where(
                RoleMatrix.scope_key == scope_key(team, place_id)))
            if found is not None:
                return _matrix_info(s, found)
        self._require(Permission.WRITE_RECORDS, record_type="role_matrix")
        with self._write() as tx:
            s = tx.session
            found = s.scalar(select(RoleMatrix).where(
                RoleMatrix.scope_key == scope_key(team, place_id)))
            if found is not None:  # made by another window since the read above
                return _matrix_info(s, found)
            if place_id is not None:
                place = _live(s, Place, place_id, "The chosen area does not exist.")
                if place.level == PlaceLevel.NEIGHBOURHOOD.value:
                    raise ValidationError("A matrix is for a team, or a team in one wijk.")
            matrix = RoleMatrix(team=team, place_id=place_id,
                                scope_key=scope_key(team, place_id), updated_by=self.actor_id)
            s.add(matrix)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="role_matrix", record_id=matrix.id,
                     fields=("team", "place_id"))
            return _matrix_info(s, matrix)

    def matrix(self, matrix_id: uuid.UUID) -> MatrixView:
        self._require(Permission.READ_RECORDS, record_type="role_matrix")
        with self._read() as s:
            return matrix_view(s, matrix_id)

    def set_levels(self, matrix_id: uuid.UUID,
                   changes: Sequence[CellChange]) -> list[CellChange]:
        """Set cells in one transaction; returns the cells as they were, for undo."""
        self._require(Permission.WRITE_RECORDS, record_type="role_matrix")
        if not changes:
            return []
        with self._write() as tx:
            s = tx.session
            _live(s, RoleMatrix, matrix_id, "That matrix does not exist.")
            tasks = {t.id for t in _tasks(s)}
            types = {t.id for t in _types(s)}
            before: list[CellChange] = []
            for task_id, type_id, level in changes:
                if task_id not in tasks or type_id not in types:
                    raise NotFound("That task or professional type no longer exists.")
                level = None if level is None else Level(level)
                cell = s.get(MatrixCell, (matrix_id, task_id, type_id))
                before.append((task_id, type_id, Level(cell.level) if cell else None))
                if level is None:
                    if cell is not None:
                        s.delete(cell)
                elif cell is None:
                    s.add(MatrixCell(matrix_id=matrix_id, task_id=task_id, type_id=type_id,
                                     level=level.value, updated_by=self.actor_id))
                elif cell.level != level.value:
                    cell.level, cell.updated_by = level.value, self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type="role_matrix", record_id=matrix_id,
                     fields=("level",), detail=f"{len(changes)} cells")
            return before

    def set_split(self, matrix_id: uuid.UUID, type_id: uuid.UUID,
                  individual_percent: int | None) -> int | None:
        """The agreed individual share of a type (None: not agreed); returns the old one."""
        self._require(Permission.WRITE_RECORDS, record_type="role_matrix")
        if individual_percent is not None and (
                isinstance(individual_percent, bool) or not isinstance(individual_percent, int)
                or not 0 <= individual_percent <= 100):
            raise ValidationError("The individual share is a whole percentage from 0 to 100.")
        with self._write() as tx:
            s = tx.session
            _live(s, RoleMatrix, matrix_id, "That matrix does not exist.")
            _live(s, ProfessionalType, type_id, "That professional type does not exist.")
            row = s.get(MatrixSplit, (matrix_id, type_id))
            old = row.individual_percent if row else None
            if individual_percent is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(MatrixSplit(matrix_id=matrix_id, type_id=type_id,
                                  individual_percent=individual_percent,
                                  updated_by=self.actor_id))
            else:
                row.individual_percent, row.updated_by = individual_percent, self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type="role_matrix", record_id=matrix_id,
                     fields=("individual_percent",))
            return old

    def splits(self, matrix_id: uuid.UUID, *, today: date | None = None) -> list[SplitRow]:
        """Each type's agreed split against the split of the hours recorded in the last twelve
        months: contacts are individual work, time on activities and initiatives collective.
        The area is the matrix's wijk, or the whole gemeente."""
        view = self.matrix(matrix_id)
        with self._read() as s:
            place_id = view.info.place_id or s.scalar(select(Place.id).where(
                Place.level == PlaceLevel.MUNICIPALITY.value, Place.deleted_at.is_(None))
                .order_by(Place.code).limit(1))
        minutes: dict[str, list[int]] = {}
        if place_id is not None:
            hours = NeighbourhoodService(self.store, self.actor).hours(place_id, today=today)
            for row in hours:
                pair = minutes.setdefault(row.type_code, [0, 0])
                pair[0] += row.individual_minutes
                pair[1] += row.collective_minutes
        return [SplitRow(t.id, view.splits.get(t.id), *minutes.get(t.code, (0, 0)))
                for t in view.types]


def matrix_view(s: Session, matrix_id: uuid.UUID) -> MatrixView:
    matrix = _live(s, RoleMatrix, matrix_id, "That matrix does not exist.")
    tasks, types = _tasks(s), _types(s)
    live_tasks = {t.id for t in tasks}
    live_types = {t.id for t in types}
    levels = {(task, ptype): Level(level) for task, ptype, level in s.execute(
        select(MatrixCell.task_id, MatrixCell.type_id, MatrixCell.level)
        .where(MatrixCell.matrix_id == matrix_id))
        if task in live_tasks and ptype in live_types}
    splits = {ptype: percent for ptype, percent in s.execute(
        select(MatrixSplit.type_id, MatrixSplit.individual_percent)
        .where(MatrixSplit.matrix_id == matrix_id))}
    return MatrixView(_matrix_info(s, matrix), _domains(s), tasks, types, levels, splits)


def _live(s: Session, model, row_id: uuid.UUID, message: str):  # noqa: ANN001, ANN202
    row = s.get(model, row_id) if row_id is not None else None
    if row is None or row.deleted_at is not None:
        raise NotFound(message)
    return row


def _unique_task(s: Session, name: str, domain_id: uuid.UUID,
                 but: uuid.UUID | None = None) -> None:
    """Snapshots of agreements know tasks by domain and name: two alike would merge there."""
    q = select(Task.id).where(Task.deleted_at.is_(None), Task.domain_id == domain_id,
                              func.lower(Task.name) == name.lower())
    if but is not None:
        q = q.where(Task.id != but)
    if s.scalar(q.limit(1)) is not None:
        raise ValidationError("This domain has a task with this name already.")


def _matrix_info(s: Session, m: RoleMatrix) -> MatrixInfo:
    place = s.scalar(select(Place.name).where(Place.id == m.place_id)) if m.place_id else ""
    return MatrixInfo(m.id, m.team, m.place_id, place or "")


def _domains(s: Session) -> list[DomainInfo]:
    return [DomainInfo(d.id, d.code, d.name) for d in s.scalars(
        select(TaskDomain).where(TaskDomain.deleted_at.is_(None))
        .order_by(TaskDomain.position, TaskDomain.name))]


def _task_info(t: Task) -> TaskInfo:
    return TaskInfo(t.id, t.code, t.name, t.description, t.domain_id, WorkKind(t.work),
                    bool(t.policy))


def _tasks(s: Session) -> list[TaskInfo]:
    return [_task_info(t) for t in s.scalars(
        select(Task).join(TaskDomain, TaskDomain.id == Task.domain_id)
        .where(Task.deleted_at.is_(None), TaskDomain.deleted_at.is_(None))
        .order_by(TaskDomain.position, Task.position, Task.name))]


def _type_info(t: ProfessionalType) -> TypeInfo:
    return TypeInfo(t.id, t.code, t.name, AssignmentKind(t.assignment), t.description)


def _types(s: Session) -> list[TypeInfo]:
    """Seeded types in the article's order, then the ones administrators added."""
    order = {t.code: n for n, t in enumerate(SEEDED_TYPES)}
    rows = s.scalars(select(ProfessionalType).where(ProfessionalType.deleted_at.is_(None)))
    return sorted((_type_info(t) for t in rows),
                  key=lambda t: (order.get(t.code, len(order)), t.name.casefold()))
