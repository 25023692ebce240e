"""How the window names and colours the responsibility matrix: levels, analysis rules, kinds of
work and assignment, agreement states. One table each, shared by every view of the matrix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from wijkdesk.domain.agreements import AgreementState, ReviewReason
from wijkdesk.domain.professionals import SEEDED_TYPES, AssignmentKind
from wijkdesk.domain.role_matrix import Finding, Level, Rule, WorkKind
from wijkdesk.export.agreement_pdf import FINDING_COLOUR as FINDING_HEX
from wijkdesk.export.agreement_pdf import LEVEL_COLOURS as LEVEL_HEX
from wijkdesk.gui.collective_dialogs import professional_type_name

if TYPE_CHECKING:
    from wijkdesk.services.roles import MatrixView

_CONTEXT = "Raci"

# The values live with the agreement PDF, which has no Qt, so that screen and paper match.
LEVEL_COLOURS: dict[Level, QColor] = {level: QColor(hex_) for level, hex_ in LEVEL_HEX.items()}
FINDING_COLOUR = QColor(FINDING_HEX)  # the outline of cells a finding concerns

# Badges of agreement states, readable with black text; the name is always written beside.
STATE_COLOURS: dict[AgreementState, QColor] = {
    AgreementState.DRAFT: QColor("#e3e5e8"),
    AgreementState.SUBMITTED: QColor("#ffd978"),
    AgreementState.APPROVED: QColor("#a8dcb4"),
    AgreementState.SUPERSEDED: QColor("#cfd3d8"),
    AgreementState.WITHDRAWN: QColor("#f2b8b1"),
}

_LEVELS = {
    Level.RESPONSIBLE: QT_TRANSLATE_NOOP("Raci", "executes (R)"),
    Level.ACCOUNTABLE: QT_TRANSLATE_NOOP("Raci", "accountable, holds the mandate (A)"),
    Level.CONSULTED: QT_TRANSLATE_NOOP("Raci", "consulted (C)"),
    Level.INFORMED: QT_TRANSLATE_NOOP("Raci", "informed (I)"),
}
_NONE = QT_TRANSLATE_NOOP("Raci", "none")

_RULES = {
    Rule.NO_ACCOUNTABLE: (
        QT_TRANSLATE_NOOP("Raci", "No one accountable: %1"),
        QT_TRANSLATE_NOOP("Raci", "No type holds the mandate (A) for this task, so nobody "
                                  "decides or answers for it.")),
    Rule.NO_RESPONSIBLE: (
        QT_TRANSLATE_NOOP("Raci", "No one executes: %1"),
        QT_TRANSLATE_NOOP("Raci", "No type is responsible (R) for doing this task; it may "
                                  "not happen at all.")),
    Rule.SEVERAL_ACCOUNTABLE: (
        QT_TRANSLATE_NOOP("Raci", "Several accountable: %1"),
        QT_TRANSLATE_NOOP("Raci", "More than one type holds the mandate (A): it is unclear "
                                  "who decides.")),
    Rule.HEAVY_LOAD: (
        QT_TRANSLATE_NOOP("Raci", "Heavy load: %1"),
        QT_TRANSLATE_NOOP("Raci", "This type executes or is accountable for more tasks than "
                                  "one role can carry (more than half of all tasks).")),
    Rule.FREE_HOLDS_POLICY_MANDATE: (
        QT_TRANSLATE_NOOP("Raci", "Free assignment with a mandate: %1"),
        QT_TRANSLATE_NOOP("Raci", "A type with a free assignment holds the mandate (A) for a "
                                  "policy task; a free assignment carries no mandate.")),
    Rule.MANDATE_UNUSED: (
        QT_TRANSLATE_NOOP("Raci", "Mandate unused: %1"),
        QT_TRANSLATE_NOOP("Raci", "This type works with a mandate but is accountable (A) for "
                                  "no task.")),
    Rule.NO_SHARED_OWNER: (
        QT_TRANSLATE_NOOP("Raci", "No shared owner: %1"),
        QT_TRANSLATE_NOOP("Raci", "No type executes or is accountable for both the individual "
                                  "and the collective tasks of this domain, so signals do not "
                                  "cross between them.")),
}

_WORK = {
    WorkKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Raci", "individual"),
    WorkKind.COLLECTIVE: QT_TRANSLATE_NOOP("Raci", "collective"),
    WorkKind.BOTH: QT_TRANSLATE_NOOP("Raci", "individual and collective"),
}

_ASSIGNMENT = {
    AssignmentKind.FREE: QT_TRANSLATE_NOOP("Raci", "free assignment"),
    AssignmentKind.MANDATED: QT_TRANSLATE_NOOP("Raci", "mandate"),
    AssignmentKind.CONTRACTED: QT_TRANSLATE_NOOP("Raci", "contracted"),
    AssignmentKind.OWN: QT_TRANSLATE_NOOP("Raci", "own enterprise"),
}

_STATES = {
    AgreementState.DRAFT: QT_TRANSLATE_NOOP("Raci", "draft"),
    AgreementState.SUBMITTED: QT_TRANSLATE_NOOP("Raci", "awaiting review"),
    AgreementState.APPROVED: QT_TRANSLATE_NOOP("Raci", "approved"),
    AgreementState.SUPERSEDED: QT_TRANSLATE_NOOP("Raci", "superseded"),
    AgreementState.WITHDRAWN: QT_TRANSLATE_NOOP("Raci", "withdrawn"),
}

_REASONS = {
    ReviewReason.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("Raci", "awaiting approval"),
    ReviewReason.REVIEW_OVERDUE: QT_TRANSLATE_NOOP("Raci", "review date passed"),
    ReviewReason.REVIEW_DUE: QT_TRANSLATE_NOOP("Raci", "review within 30 days"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def level_name(level: Level | None) -> str:
    return _t(_LEVELS[level]) if level is not None else _t(_NONE)


def finding_title(rule: Rule, subject: str) -> str:
    """A line for the findings list; subject is the task, type or domain it is about."""
    return _t(_RULES[rule][0]).replace("%1", subject)


def finding_explanation(rule: Rule) -> str:
    return _t(_RULES[rule][1])


def work_name(work: WorkKind) -> str:
    return _t(_WORK[work])


def assignment_name(kind: AssignmentKind) -> str:
    return _t(_ASSIGNMENT[kind])


def state_name(state: AgreementState) -> str:
    return _t(_STATES[state])


def reason_name(reason: ReviewReason) -> str:
    return _t(_REASONS[reason])


def type_label(code: str, name: str) -> str:
    """A seeded type by its Dutch name, one an administrator added by the name they gave."""
    # by code, not by comparing the label with it: in English "freelancer" is both
    return professional_type_name(code) if code in _SEEDED_TYPE_CODES else name


_SEEDED_TYPE_CODES = frozenset(t.code for t in SEEDED_TYPES)


_LOAD = QT_TRANSLATE_NOOP("Raci", "%1 (%2 tasks)")


def finding_subject(finding: Finding, view: MatrixView) -> str:
    """What a finding is about, by name: its task (with the type where it is about one type's
    cell), its type (with the load it counts), or its domain."""
    task = next((t.name for t in view.tasks if t.id == finding.task_id), None)
    ptype = next((t for t in view.types if t.id == finding.type_id), None)
    type_text = type_label(ptype.code, ptype.name) if ptype else None
    if task and type_text:
        return f"{task} ({type_text})"
    if task:
        return task
    if type_text:
        if finding.rule is Rule.HEAVY_LOAD:
            return _t(_LOAD).replace("%1", type_text).replace("%2", str(finding.count))
        return type_text
    return next((d.name for d in view.domains if d.id == finding.domain_id), "")
