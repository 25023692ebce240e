"""Samenwerkingsafspraken: their fields, their lifecycle, and what changed between versions.

An agreement is a series of versions. Only a draft changes; a submitted version goes back to
draft or forward to approved; an approved version is frozen (superseded when a newer version
is approved, or withdrawn). Changing an approved agreement starts a new draft version.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from wijkdesk.errors import Conflict, LockedRecord, ValidationError


class AgreementState(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"


FROZEN_STATES = frozenset({AgreementState.APPROVED, AgreementState.SUPERSEDED,
                           AgreementState.WITHDRAWN})

# the step, from which states it may be taken
_STEPS: dict[AgreementState, frozenset[AgreementState]] = {
    AgreementState.SUBMITTED: frozenset({AgreementState.DRAFT}),
    AgreementState.DRAFT: frozenset({AgreementState.SUBMITTED}),  # sent back for changes
    AgreementState.APPROVED: frozenset({AgreementState.SUBMITTED}),
    AgreementState.SUPERSEDED: frozenset({AgreementState.APPROVED}),
    AgreementState.WITHDRAWN: frozenset({AgreementState.DRAFT, AgreementState.SUBMITTED,
                                         AgreementState.APPROVED}),
}


def check_step(current: AgreementState, new: AgreementState) -> None:
    if new not in _STEPS or current not in _STEPS[new]:
        if current in (AgreementState.SUPERSEDED, AgreementState.WITHDRAWN):
            raise LockedRecord("This version has ended and no longer changes.")
        # the window offers only possible steps: someone else took one first
        raise Conflict("This version changed in the meantime (another step came first); look "
                       "at it again.")


def check_editable(state: AgreementState) -> None:
    if state in FROZEN_STATES:
        raise LockedRecord("An approved agreement is frozen; change it in a new version.")
    if state is AgreementState.SUBMITTED:
        raise LockedRecord("This version is with the team lead for review; it changes only "
                           "after it is sent back.")


# The text fields of an agreement in the order a reader expects them.
TEXT_FIELDS = ("title", "parties", "team", "assignment", "expected_results",
               "mutual_expectations", "mandate", "evaluation_criteria")
OTHER_FIELDS = ("place_id", "period_from", "period_to", "hours_per_week", "budget_cents",
                "review_on")
FIELDS = TEXT_FIELDS + OTHER_FIELDS
REQUIRED = ("title", "parties", "team", "assignment")
_LIMITS = {"title": 200, "team": 120}
_TEXT_LIMIT = 8_000


@dataclass(frozen=True)
class AgreementContent:
    """What a version says; everything here is frozen with the version."""

    title: str
    parties: str
    team: str
    assignment: str
    expected_results: str = ""
    mutual_expectations: str = ""
    mandate: str = ""
    evaluation_criteria: str = ""
    place_id: object | None = None  # uuid.UUID of the wijk or buurt in scope, if any
    period_from: date | None = None
    period_to: date | None = None
    hours_per_week: int = 0
    budget_cents: int = 0
    review_on: date | None = None

    def validated(self) -> AgreementContent:
        values = {}
        for name in TEXT_FIELDS:
            text = getattr(self, name)
            text = " ".join(text.split()) if name in _LIMITS else text.strip()
            if name in REQUIRED and not text:
                raise ValidationError(f"The {_label(name)} is required.")
            limit = _LIMITS.get(name, _TEXT_LIMIT)
            if len(text) > limit:
                raise ValidationError(f"The {_label(name)} is longer than {limit} characters.")
            values[name] = text
        if self.period_from and self.period_to and self.period_to < self.period_from:
            raise ValidationError("The period ends before it starts.")
        if self.review_on and self.period_from and self.review_on < self.period_from:
            raise ValidationError("The review date lies before the period starts.")
        for name in ("hours_per_week", "budget_cents"):
            amount = getattr(self, name)
            if not isinstance(amount, int) or isinstance(amount, bool):
                raise TypeError(f"{name} is a whole number")
            if amount < 0:
                raise ValidationError(f"The {_label(name)} cannot be negative.")
        if self.hours_per_week > 2_000:
            raise ValidationError("The hours per week are more than a team has.")
        return AgreementContent(**{**self.__dict__, **values})


_LABELS = {"mandate": "mandate and decision rights", "budget_cents": "budget"}


def _label(name: str) -> str:
    """The field as messages name it (the window translates it in the context "Fields")."""
    return _LABELS.get(name, name.replace("_", " "))


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class CellChange:
    task: str
    domain: str
    professional_type: str
    old: str  # "" for none
    new: str


def compare_fields(old: AgreementContent, new: AgreementContent) -> list[FieldChange]:
    return [FieldChange(name, getattr(old, name), getattr(new, name))
            for name in FIELDS if getattr(old, name) != getattr(new, name)]


def compare_cells(old: Mapping[tuple[str, str, str], str],
                  new: Mapping[tuple[str, str, str], str]) -> list[CellChange]:
    """Cells keyed by (domain, task, type) names, as snapshots hold them: names, so that a
    comparison still reads when a task or type is renamed or retired later."""
    keys = sorted(set(old) | set(new))
    return [CellChange(task, domain, ptype, old.get(k, ""), new.get(k, ""))
            for k in keys for domain, task, ptype in (k,)
            if old.get(k, "") != new.get(k, "")]


class ReviewReason(enum.StrEnum):
    AWAITING_APPROVAL = "awaiting_approval"
    REVIEW_OVERDUE = "review_overdue"
    REVIEW_DUE = "review_due"


REVIEW_HORIZON_DAYS = 30  # a review date this close counts as due


def review_reason(state: AgreementState, review_on: date | None,
                  today: date) -> ReviewReason | None:
    if state is AgreementState.SUBMITTED:
        return ReviewReason.AWAITING_APPROVAL
    if state is AgreementState.APPROVED and review_on is not None:
        if review_on < today:
            return ReviewReason.REVIEW_OVERDUE
        if (review_on - today).days <= REVIEW_HORIZON_DAYS:
            return ReviewReason.REVIEW_DUE
    return None
