"""The codes of individual support as the interface names them (translated in "Support")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from wijkdesk.domain.residents import HouseholdRelation
from wijkdesk.domain.support import (
    CareKind,
    ContactKind,
    GoalStatus,
    LegalBasis,
    LifeDomain,
    ReferralStatus,
    RequestStatus,
    ScoreMoment,
)

_N = "Support"
_DOMAINS = {
    LifeDomain.FINANCES: QT_TRANSLATE_NOOP("Support", "Finances"),
    LifeDomain.WORK_EDUCATION: QT_TRANSLATE_NOOP("Support", "Work and education"),
    LifeDomain.DAYTIME_ACTIVITIES: QT_TRANSLATE_NOOP("Support", "Daytime activities"),
    LifeDomain.HOUSING: QT_TRANSLATE_NOOP("Support", "Housing"),
    LifeDomain.DOMESTIC_RELATIONS: QT_TRANSLATE_NOOP("Support", "Domestic relations"),
    LifeDomain.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Support", "Mental health"),
    LifeDomain.PHYSICAL_HEALTH: QT_TRANSLATE_NOOP("Support", "Physical health"),
    LifeDomain.SUBSTANCE_USE: QT_TRANSLATE_NOOP("Support", "Substance use"),
    LifeDomain.BASIC_ADL: QT_TRANSLATE_NOOP("Support", "Basic daily living"),
    LifeDomain.INSTRUMENTAL_ADL: QT_TRANSLATE_NOOP("Support", "Instrumental daily living"),
    LifeDomain.SOCIAL_NETWORK: QT_TRANSLATE_NOOP("Support", "Social network"),
    LifeDomain.COMMUNITY_PARTICIPATION: QT_TRANSLATE_NOOP("Support", "Community participation"),
    LifeDomain.JUSTICE: QT_TRANSLATE_NOOP("Support", "Justice"),
}
_STATUSES = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("Support", "open"),
    RequestStatus.ACTIVE: QT_TRANSLATE_NOOP("Support", "active"),
    RequestStatus.CLOSED: QT_TRANSLATE_NOOP("Support", "closed"),
}
_CARE_KINDS = {
    CareKind.SOCIAL: QT_TRANSLATE_NOOP("Support", "General social work"),
    CareKind.YOUTH: QT_TRANSLATE_NOOP("Support", "Youth care"),
}
_BASES = {
    LegalBasis.WMO: QT_TRANSLATE_NOOP("Support", "Public task: Wmo 2015"),
    LegalBasis.YOUTH_ACT: QT_TRANSLATE_NOOP("Support", "Public task: Jeugdwet"),
    LegalBasis.PARTICIPATION_ACT: QT_TRANSLATE_NOOP("Support", "Public task: Participatiewet"),
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Support", "Consent of the resident"),
}
_GOAL_STATUSES = {
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("Support", "open"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Support", "achieved"),
    GoalStatus.PARTLY: QT_TRANSLATE_NOOP("Support", "partly achieved"),
    GoalStatus.NOT_ACHIEVED: QT_TRANSLATE_NOOP("Support", "not achieved"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("Support", "dropped"),
}
_CONTACT_KINDS = {
    ContactKind.HOME_VISIT: QT_TRANSLATE_NOOP("Support", "home visit"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("Support", "phone"),
    ContactKind.OFFICE: QT_TRANSLATE_NOOP("Support", "at the office"),
    ContactKind.ONLINE: QT_TRANSLATE_NOOP("Support", "online"),
    ContactKind.OUTREACH: QT_TRANSLATE_NOOP("Support", "outreach"),
}
_REFERRAL_STATUSES = {
    ReferralStatus.PROPOSED: QT_TRANSLATE_NOOP("Support", "proposed"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("Support", "accepted"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("Support", "completed"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("Support", "declined"),
}
_RELATIONS = {
    HouseholdRelation.HEAD: QT_TRANSLATE_NOOP("Support", "main occupant"),
    HouseholdRelation.PARTNER: QT_TRANSLATE_NOOP("Support", "partner"),
    HouseholdRelation.CHILD: QT_TRANSLATE_NOOP("Support", "child"),
    HouseholdRelation.PARENT: QT_TRANSLATE_NOOP("Support", "parent"),
    HouseholdRelation.OTHER: QT_TRANSLATE_NOOP("Support", "other"),
}
_MOMENTS = {
    ScoreMoment.INTAKE: QT_TRANSLATE_NOOP("Support", "intake"),
    ScoreMoment.REVIEW: QT_TRANSLATE_NOOP("Support", "review"),
}


def _translated(table: dict) -> dict[str, str]:
    return {code: QCoreApplication.translate(_N, text) for code, text in table.items()}


def domain_names() -> dict[str, str]:
    return _translated(_DOMAINS)


def status_names() -> dict[str, str]:
    return _translated(_STATUSES)


def care_kind_names() -> dict[str, str]:
    return _translated(_CARE_KINDS)


def legal_basis_names() -> dict[str, str]:
    return _translated(_BASES)


def goal_status_names() -> dict[str, str]:
    return _translated(_GOAL_STATUSES)


def contact_kind_names() -> dict[str, str]:
    return _translated(_CONTACT_KINDS)


def referral_status_names() -> dict[str, str]:
    return _translated(_REFERRAL_STATUSES)


def relation_names() -> dict[str, str]:
    return _translated(_RELATIONS)


def moment_names() -> dict[str, str]:
    return _translated(_MOMENTS)


def name_of(names: dict[str, str], code: str | None) -> str:
    return names.get(code or "", code or "")


def short_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd-MM-yyyy")


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
