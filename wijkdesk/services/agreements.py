"""Samenwerkingsafspraken: versions, their lifecycle and trail, comparison, and review work.

Every step is one transaction with its audit entry and a row in the version's trail. An approved
version is frozen here (LockedRecord) and by the triggers of migration 0006.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from wijkdesk.domain.agreements import (
    FIELDS,
    AgreementContent,
    AgreementState,
    CellChange,
    FieldChange,
    ReviewReason,
    check_editable,
    check_step,
    compare_cells,
    compare_fields,
    review_reason,
)
from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.professionals import AssignmentKind
from wijkdesk.domain.role_matrix import Level, Matrix, TaskRef, TypeRef, WorkKind
from wijkdesk.domain.roles import Permission, may
from wijkdesk.errors import (
    Conflict,
    LockedRecord,
    LoginThrottled,
    NotFound,
    PermissionDenied,
    ValidationError,
    WrongPassword,
)
from wijkdesk.export.files import write_atomically
from wijkdesk.security.passwords import verify_password
from wijkdesk.services.base import Service
from wijkdesk.services.profiles import remaining_wait
from wijkdesk.services.roles import MatrixView, matrix_view
from wijkdesk.store.models import Agreement, AgreementStep, Place, Profile, RoleMatrix
from wijkdesk.store.types import utcnow

RECORD_TYPE = "agreement"
_SNAPSHOT_IDS = uuid.UUID("6f1c2a52-8d0e-4a8e-9b4e-2f0c7d1e5a10")
S = AgreementState


@dataclass(frozen=True)
class Snapshot:
    """The matrix of a version as it was when the version was last written, by names."""

    team: str = ""
    place: str = ""
    tasks: tuple[tuple[str, str, str, bool], ...] = ()  # (domain, task, work, policy)
    types: tuple[tuple[str, str, str], ...] = ()  # (code, name, assignment)
    cells: Mapping[tuple[str, str, str], str] = dataclasses.field(default_factory=dict)
    splits: Mapping[str, int] = dataclasses.field(default_factory=dict)  # type code -> percent
    findings: tuple[tuple[str, str, str, str], ...] = ()  # (rule, domain, task, type code)

    @classmethod
    def of(cls, view: MatrixView) -> Snapshot:
        domains = {d.id: d.name for d in view.domains}
        tasks = {t.id: t for t in view.tasks}
        types = {t.id: t for t in view.types}
        cells = {(domains[tasks[task].domain_id], tasks[task].name, types[ptype].code): lv.value
                 for (task, ptype), lv in view.levels.items()}
        findings = tuple(
            (f.rule.value,
             domains.get(f.domain_id or (tasks[f.task_id].domain_id if f.task_id else None), ""),
             tasks[f.task_id].name if f.task_id else "",
             types[f.type_id].code if f.type_id else "")
            for f in view.findings())
        return cls(view.info.team, view.info.place_name,
                   tuple((domains[t.domain_id], t.name, t.work.value, t.policy)
                         for t in view.tasks),
                   tuple((t.code, t.name, t.assignment.value) for t in view.types),
                   cells, {types[k].code: v for k, v in view.splits.items()}, findings)

    def to_json(self) -> dict:
        return {"team": self.team, "place": self.place,
                "tasks": [list(t) for t in self.tasks], "types": [list(t) for t in self.types],
                "cells": [[*k, v] for k, v in sorted(self.cells.items())],
                "splits": sorted([k, v] for k, v in self.splits.items()),
                "findings": [list(f) for f in self.findings]}

    def as_matrix(self) -> tuple[Matrix, dict[uuid.UUID, str]]:
        """The snapshot as a matrix again (stable ids made from the names), so that the same
        analysis and role map run on an agreement as on a live matrix; with domain names."""
        def key(*names: str) -> uuid.UUID:
            return uuid.uuid5(_SNAPSHOT_IDS, "\x1f".join(names))

        domains = {key("domain", d): d for d, _t, _w, _p in self.tasks}
        tasks = [TaskRef(key("task", d, t), t, key("domain", d), WorkKind(w), policy)
                 for d, t, w, policy in self.tasks]
        types = [TypeRef(key("type", c), n, AssignmentKind(a)) for c, n, a in self.types]
        levels = {(key("task", d, t), key("type", c)): Level(lv)
                  for (d, t, c), lv in self.cells.items()}
        return Matrix(tasks, types, levels), domains

    @classmethod
    def from_json(cls, data: Mapping | None) -> Snapshot:
        if not data:
            return cls()
        return cls(data.get("team", ""), data.get("place", ""),
                   tuple((d, t, w, bool(p)) for d, t, w, p in data.get("tasks", [])),
                   tuple((c, n, a) for c, n, a in data.get("types", [])),
                   {(d, t, c): lv for d, t, c, lv in data.get("cells", [])},
                   {c: int(v) for c, v in data.get("splits", [])},
                   tuple((r, d, t, c) for r, d, t, c in data.get("findings", [])))


@dataclass(frozen=True)
class StepInfo:
    from_state: str
    to_state: AgreementState
    at: datetime
    by_name: str
    note: str


@dataclass(frozen=True)
class AgreementSummary:
    id: uuid.UUID
    series_id: uuid.UUID
    version: int
    state: AgreementState
    title: str
    team: str
    place_name: str
    review_on: date | None
    approved_at: datetime | None
    approved_by_name: str
    updated_at: datetime


@dataclass(frozen=True)
class AgreementVersion:
    summary: AgreementSummary
    content: AgreementContent
    matrix_id: uuid.UUID | None
    snapshot: Snapshot
    approval_note: str
    steps: list[StepInfo]
    created_by_name: str
    created_by: uuid.UUID | None = None  # the profile that wrote the version


@dataclass(frozen=True)
class Comparison:
    old: AgreementSummary
    new: AgreementSummary
    fields: list[FieldChange]
    cells: list[CellChange]
    splits: list[tuple[str, int | None, int | None]]  # (type code, old, new)


@dataclass(frozen=True)
class ReviewItem:
    agreement: AgreementSummary
    reason: ReviewReason


class AgreementService(Service):
    # Reading -------------------------------------------------------------------------------

    def list(self, *, state: AgreementState | None = None,
             all_versions: bool = False) -> list[AgreementSummary]:
        """The newest version of each agreement (or every version), newest change first."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._read() as s:
            q = _summary_select()
            if not all_versions:
                newest = (select(Agreement.series_id, func.max(Agreement.version).label("v"))
                          .group_by(Agreement.series_id).subquery())
                q = q.join(newest, (newest.c.series_id == Agreement.series_id)
                           & (newest.c.v == Agreement.version))
            if state is not None:
                q = q.where(Agreement.state == AgreementState(state).value)
            return [_summary(*row) for row in s.execute(
                q.order_by(Agreement.updated_at.desc()))]

    def versions(self, series_id: uuid.UUID) -> list[AgreementSummary]:
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._read() as s:
            return [_summary(*row) for row in s.execute(
                _summary_select().where(Agreement.series_id == series_id)
                .order_by(Agreement.version))]

    def get(self, agreement_id: uuid.UUID) -> AgreementVersion:
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._read() as s:
            return _version(s, agreement_id)

    def compare(self, old_id: uuid.UUID, new_id: uuid.UUID) -> Comparison:
        """What changed between two versions: fields, matrix cells and agreed splits."""
        old, new = self.get(old_id), self.get(new_id)
        splits = [(code, old.snapshot.splits.get(code), new.snapshot.splits.get(code))
                  for code in sorted(set(old.snapshot.splits) | set(new.snapshot.splits))
                  if old.snapshot.splits.get(code) != new.snapshot.splits.get(code)]
        return Comparison(old.summary, new.summary, compare_fields(old.content, new.content),
                          compare_cells(old.snapshot.cells, new.snapshot.cells), splits)

    def review_queue(self, *, today: date | None = None) -> list[ReviewItem]:
        """Versions awaiting approval, and approved ones whose review date is past or near."""
        today = today or date.today()
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._read() as s:
            rows = s.execute(_summary_select().where(
                Agreement.state.in_((S.SUBMITTED.value, S.APPROVED.value))))
            items = []
            for row in rows:
                summary = _summary(*row)
                reason = review_reason(summary.state, summary.review_on, today)
                if reason is not None:
                    items.append(ReviewItem(summary, reason))
        order = list(ReviewReason)
        return sorted(items, key=lambda i: (order.index(i.reason),
                                            i.agreement.review_on or date.max))

    def export_review_calendar(self, path: Path | str) -> int:
        """The review dates of every approved version as an iCalendar file for the team's
        calendar (titles and teams only); returns how many events it holds."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        items = [a for a in self.list(state=S.APPROVED, all_versions=True)
                 if a.review_on is not None]
        with self._write() as tx:  # the file and its audit entry stand or fall together
            _written(lambda: write_atomically(path, ical(items)))
            tx.audit(AuditEvent.EXPORT, record_type=RECORD_TYPE,
                     detail=f"review calendar, {len(items)} dates")
        return len(items)

    # Writing -------------------------------------------------------------------------------

    def create(self, content: AgreementContent,
               matrix_id: uuid.UUID | None = None) -> AgreementVersion:
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        content = content.validated()
        with self._write() as tx:
            s = tx.session
            _check_scope(s, content, matrix_id)
            row = Agreement(series_id=uuid.uuid4(), version=1, state=S.DRAFT.value,
                            matrix_id=matrix_id, snapshot=_snapshot(s, matrix_id),
                            created_by=self.actor_id, updated_by=self.actor_id,
                            **_columns(content))
            s.add(row)
            s.flush()
            _step(s, row, "", S.DRAFT, self.actor_id, "")
            tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=row.id,
                     fields=FIELDS)
            return _version(s, row.id)

    def update(self, agreement_id: uuid.UUID, content: AgreementContent,
               matrix_id: uuid.UUID | None = None) -> AgreementVersion:
        """Change a draft; its matrix snapshot is taken again from the matrix now."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        content = content.validated()
        # refused before the write opens: the refusal's audit fact needs a write of its own,
        # and SQLite has one writer at a time (a nested write waits for the lock, then fails)
        self._refuse_frozen(agreement_id)
        with self._write() as tx:
            s = tx.session
            row = _row(s, agreement_id)
            check_editable(S(row.state))  # submitted in between: still refused
            _check_scope(s, content, matrix_id)
            changed = [name for name in FIELDS
                       if getattr(row, name) != getattr(content, name)]
            for name, value in _columns(content).items():
                setattr(row, name, value)
            row.matrix_id = matrix_id
            row.snapshot = _snapshot(s, matrix_id)
            row.updated_by = self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type=RECORD_TYPE, record_id=row.id,
                     fields=changed + ["snapshot"])
            return _version(s, row.id)

    def submit(self, agreement_id: uuid.UUID, note: str = "") -> AgreementVersion:
        """Draft to submitted for review; the snapshot is what the team lead will see."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        with self._write() as tx:
            s = tx.session
            row = _row(s, agreement_id)
            check_step(S(row.state), S.SUBMITTED)
            row.snapshot = _snapshot(s, row.matrix_id)
            self._move(tx, row, S.SUBMITTED, note)
            return _version(s, row.id)

    def send_back(self, agreement_id: uuid.UUID, note: str) -> AgreementVersion:
        """A team lead returns a submitted version to draft, saying what should change."""
        self._require(Permission.APPROVE_AGREEMENTS, record_type=RECORD_TYPE)
        note = _note(note, required=True)
        with self._write() as tx:
            s = tx.session
            row = _row(s, agreement_id)
            check_step(S(row.state), S.DRAFT)
            self._move(tx, row, S.DRAFT, note)
            return _version(s, row.id)

    def approve(self, agreement_id: uuid.UUID, password: str, note: str, *,
                seen: datetime | None = None) -> AgreementVersion:
        """A team lead approves a submitted version after giving their password again; the
        series' earlier approved version is superseded in the same transaction. seen, the
        version's updated_at as the team lead read it, makes sure they approve what they read:
        a version sent back and submitted again meanwhile is refused."""
        actor = self._require(Permission.APPROVE_AGREEMENTS, record_type=RECORD_TYPE)
        note = _note(note, required=True)
        now = utcnow()
        with self._read() as s:
            profile = s.get(Profile, actor.id)
            # the sign-in's back-off: an unlocked window is no place to guess a password
            wait = remaining_wait(profile, now) if profile is not None else 0
            right = not wait and profile is not None and profile.disabled_at is None and (
                verify_password(profile.password_hash, password))
        if not right:
            with self._write() as tx:
                failed = tx.session.get(Profile, actor.id)
                if failed is not None and not wait:
                    failed.failed_logins += 1
                    failed.last_failed_login_at = now
                tx.audit(AuditEvent.PERMISSION_DENIED, record_type=RECORD_TYPE,
                         record_id=agreement_id,
                         detail="approval: throttled" if wait else "approval: wrong password")
            if wait:
                raise LoginThrottled(
                    f"Too many failed attempts; try again in {wait} seconds.", wait)
            raise WrongPassword("The password is wrong; the agreement is not approved.")
        with self._write() as tx:
            s = tx.session
            approver = s.get(Profile, actor.id)
            approver.failed_logins, approver.last_failed_login_at = 0, None
            row = _row(s, agreement_id)
            check_step(S(row.state), S.APPROVED)
            if seen is not None and row.updated_at != seen:
                raise Conflict("This version changed after you opened it; read it again "
                               "before you approve it.")
            for earlier in s.scalars(select(Agreement).where(
                    Agreement.series_id == row.series_id, Agreement.id != row.id,
                    Agreement.state == S.APPROVED.value)):
                self._move(tx, earlier, S.SUPERSEDED, f"by version {row.version}")
            row.approved_at, row.approved_by, row.approval_note = utcnow(), actor.id, note
            self._move(tx, row, S.APPROVED, note, event=AuditEvent.APPROVE)
            return _version(s, row.id)

    def withdraw(self, agreement_id: uuid.UUID, note: str) -> AgreementVersion:
        """End a version: a draft or submitted one by its writer or a team lead, an approved
        one by a team lead only."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        note = _note(note, required=True)
        with self._write() as tx:
            s = tx.session
            row = _row(s, agreement_id)
            check_step(S(row.state), S.WITHDRAWN)
            lead = self.actor is not None and may(self.actor.role, Permission.APPROVE_AGREEMENTS)
            if not lead and (row.state == S.APPROVED.value or row.created_by != self.actor_id):
                tx.audit(AuditEvent.PERMISSION_DENIED, record_type=RECORD_TYPE,
                         record_id=row.id, detail="withdraw")
                denied = True
            else:
                self._move(tx, row, S.WITHDRAWN, note)
                denied = False
        if denied:
            raise PermissionDenied("Only a team lead, or the writer of a draft, may withdraw it.")
        return self.get(agreement_id)

    def new_version(self, agreement_id: uuid.UUID) -> AgreementVersion:
        """A new draft from an approved (or the newest) version; the approved one stays in
        force until the draft is approved."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        with self._write() as tx:
            s = tx.session
            base = _row(s, agreement_id)
            newest = s.scalar(select(Agreement).where(Agreement.series_id == base.series_id)
                              .order_by(Agreement.version.desc()).limit(1))
            if newest.state in (S.DRAFT.value, S.SUBMITTED.value):
                raise Conflict(f"Version {newest.version} of this agreement is still open; "
                               "change that one.")
            # an older, ended version would quietly undo what came after it once approved
            if base.id != newest.id and base.state != S.APPROVED.value:
                raise Conflict("Start a new version from the newest version or from the one "
                               "in force.")
            content = _content(base)
            row = Agreement(series_id=base.series_id, version=newest.version + 1,
                            state=S.DRAFT.value, matrix_id=base.matrix_id,
                            snapshot=_snapshot(s, base.matrix_id) if base.matrix_id
                            else dict(base.snapshot or {}),
                            created_by=self.actor_id, updated_by=self.actor_id,
                            **_columns(content))
            s.add(row)
            s.flush()
            _step(s, row, "", S.DRAFT, self.actor_id, f"from version {base.version}")
            tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=row.id,
                     detail=f"by version {row.version}")
            return _version(s, row.id)

    # helpers ---------------------------------------------------------------------------------

    def _refuse_frozen(self, agreement_id: uuid.UUID) -> None:
        with self._read() as s:
            state = S(_row(s, agreement_id).state)
        try:
            check_editable(state)
        except LockedRecord:
            # the refusal is a fact an auditor may ask about; it is kept though the call fails
            with self._write() as refused:
                refused.audit(AuditEvent.PERMISSION_DENIED, record_type=RECORD_TYPE,
                              record_id=agreement_id, detail=f"edit refused: {state.value}")
            raise

    def _move(self, tx, row: Agreement, new: AgreementState, note: str, *,  # noqa: ANN001
              event: AuditEvent = AuditEvent.UPDATE) -> None:
        old = row.state
        check_step(S(old), new)
        row.state, row.updated_by = new.value, self.actor_id
        try:
            tx.session.flush()
        except IntegrityError as exc:
            if "wijkdesk:" not in str(exc.orig):  # not one of the lifecycle's triggers
                raise
            raise LockedRecord("An approved agreement is frozen.") from exc
        _step(tx.session, row, old, new, self.actor_id, note)
        tx.audit(event, record_type=RECORD_TYPE, record_id=row.id, fields=("state",),
                 detail=f"{old} to {new.value}")


def _written(write) -> None:  # noqa: ANN001
    try:
        write()
    except OSError:
        raise ValidationError("The file could not be written there.") from None


def _note(note: str, *, required: bool) -> str:
    note = note.strip()
    if required and not note:
        raise ValidationError("Say why in a note; it stays with the agreement.")
    if len(note) > 2_000:
        raise ValidationError("The note is too long.")
    return note


def _check_scope(s: Session, content: AgreementContent, matrix_id: uuid.UUID | None) -> None:
    if content.place_id is not None:
        place = s.get(Place, content.place_id)
        if place is None or place.deleted_at is not None:
            raise NotFound("The chosen area does not exist.")
    if matrix_id is not None:
        matrix = s.get(RoleMatrix, matrix_id)
        if matrix is None or matrix.deleted_at is not None:
            raise NotFound("The chosen matrix does not exist.")


def _snapshot(s: Session, matrix_id: uuid.UUID | None) -> dict:
    return Snapshot.of(matrix_view(s, matrix_id)).to_json() if matrix_id else {}


def _columns(content: AgreementContent) -> dict:
    return {name: getattr(content, name) for name in FIELDS}


def _content(row: Agreement) -> AgreementContent:
    return AgreementContent(**{name: getattr(row, name) for name in FIELDS})


def _row(s: Session, agreement_id: uuid.UUID) -> Agreement:
    row = s.get(Agreement, agreement_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("That agreement does not exist.")
    return row


def _step(s: Session, row: Agreement, old: str, new: AgreementState,
          by: uuid.UUID | None, note: str) -> None:
    s.add(AgreementStep(agreement_id=row.id, from_state=old, to_state=new.value, by=by,
                        note=note))


_APPROVER = aliased(Profile)


def _summary_select():  # noqa: ANN202
    return (select(Agreement.id, Agreement.series_id, Agreement.version, Agreement.state,
                   Agreement.title, Agreement.team, Place.name, Agreement.review_on,
                   Agreement.approved_at, _APPROVER.display_name, Agreement.updated_at)
            .outerjoin(Place, Place.id == Agreement.place_id)
            .outerjoin(_APPROVER, _APPROVER.id == Agreement.approved_by)
            .where(Agreement.deleted_at.is_(None)))


def _summary(i, series, version, state, title, team, place, review_on, approved_at,  # noqa: ANN001
             approver, updated_at) -> AgreementSummary:
    return AgreementSummary(i, series, version, AgreementState(state), title, team, place or "",
                            review_on, approved_at, approver or "", updated_at)


def _version(s: Session, agreement_id: uuid.UUID) -> AgreementVersion:
    row = s.execute(_summary_select().where(Agreement.id == agreement_id)).one_or_none()
    if row is None:
        raise NotFound("That agreement does not exist.")
    agreement = s.get(Agreement, agreement_id)
    steps = [StepInfo(st.from_state, AgreementState(st.to_state), st.at, name or "", st.note)
             for st, name in s.execute(
                 select(AgreementStep, Profile.display_name)
                 .outerjoin(Profile, Profile.id == AgreementStep.by)
                 .where(AgreementStep.agreement_id == agreement_id)
                 .order_by(AgreementStep.at, AgreementStep.id))]
    creator = s.scalar(select(Profile.display_name).where(Profile.id == agreement.created_by))
    return AgreementVersion(_summary(*row), _content(agreement), agreement.matrix_id,
                            Snapshot.from_json(agreement.snapshot), agreement.approval_note,
                            steps, creator or "", agreement.created_by)


def ical(items: list[AgreementSummary], *, stamp: datetime | None = None) -> bytes:
    """The review dates as an iCalendar file: one all-day event per approved version, with a
    stable UID so a calendar updates the event when the file is imported again."""
    from icalendar import Calendar, Event

    stamp = stamp or utcnow()
    cal = Calendar()
    cal.add("prodid", "-//wijkdesk//review dates//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Evaluaties samenwerkingsafspraken")
    for item in items:
        if item.review_on is None:
            continue
        event = Event()
        event.add("uid", f"review-{item.series_id}@wijkdesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.review_on)
        event.add("dtend", item.review_on + timedelta(days=1))
        event.add("summary", f"Evaluatie samenwerkingsafspraak: {item.title}")
        event.add("description", f"Versie {item.version}, team {item.team}.")
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()
