"""Individual support: help questions, plans and goals, contacts, consents, referrals.

The life domains follow the Dutch Zelfredzaamheid-Matrix (ZRM), which scores self-sufficiency
from 1 (acute problems) to 5 (fully self-sufficient) per domain. The codes are stored; the window
names them in Dutch.
"""

import enum
from datetime import date
from typing import TypeVar

from wijkdesk.errors import ValidationError

E = TypeVar("E", bound=enum.StrEnum)


class LifeDomain(enum.StrEnum):
    FINANCES = "finances"
    WORK_EDUCATION = "work_education"
    DAYTIME_ACTIVITIES = "daytime_activities"
    HOUSING = "housing"
    DOMESTIC_RELATIONS = "domestic_relations"
    MENTAL_HEALTH = "mental_health"
    PHYSICAL_HEALTH = "physical_health"
    SUBSTANCE_USE = "substance_use"
    BASIC_ADL = "basic_adl"
    INSTRUMENTAL_ADL = "instrumental_adl"
    SOCIAL_NETWORK = "social_network"
    COMMUNITY_PARTICIPATION = "community_participation"
    JUSTICE = "justice"


class RequestStatus(enum.StrEnum):
    OPEN = "open"
    ACTIVE = "active"
    CLOSED = "closed"


class CareKind(enum.StrEnum):
    """Decides the retention period of a request (youth care is kept longer)."""

    SOCIAL = "social"  # general social work, Wmo
    YOUTH = "youth"  # jeugdhulp, Jeugdwet


class LegalBasis(enum.StrEnum):
    """The AVG ground for processing: a statutory public task, or the resident's consent."""

    WMO = "wmo2015"
    YOUTH_ACT = "jeugdwet"
    PARTICIPATION_ACT = "participatiewet"
    CONSENT = "consent"


class GoalStatus(enum.StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    PARTLY = "partly"
    NOT_ACHIEVED = "not_achieved"
    DROPPED = "dropped"


class ContactKind(enum.StrEnum):
    HOME_VISIT = "home_visit"
    PHONE = "phone"
    OFFICE = "office"
    ONLINE = "online"
    OUTREACH = "outreach"


class ScoreMoment(enum.StrEnum):
    INTAKE = "intake"
    REVIEW = "review"


class ConsentScope(enum.StrEnum):
    """What a consent covers that the software itself acts on; "" is any other purpose."""

    OTHER = ""
    COLLECTIVE_NAMES = "collective_names"  # name shown to the organisers of activities


class ReferralStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"


NOTE_LIMIT = 500
DESCRIPTION_LIMIT = 4_000
MAX_CONTACT_MINUTES = 24 * 60


def choice(kind: type[E], value: str, what: str) -> E:
    """value as the enum member; the refusal does not repeat the value (it may be anything a
    user or a file supplied)."""
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(f"That is not a known {what}.") from None


def text(value: str, what: str, limit: int, *, required: bool = False) -> str:
    """value with its outer spaces trimmed, checked for presence and length."""
    value = value.strip()
    if required and not value:
        raise ValidationError(f"The {what} is required.")
    if len(value) > limit:
        raise ValidationError(f"The {what} is longer than {limit} characters.")
    return value


def not_future(value: date, what: str, today: date) -> date:
    if value > today:
        raise ValidationError(f"The {what} lies in the future.")
    if value < date(1900, 1, 1):
        raise ValidationError(f"The {what} lies before 1900.")
    return value


def ordered(first: date | None, then: date | None, message: str) -> None:
    if first is not None and then is not None and then < first:
        raise ValidationError(message)


def minutes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("The duration is a whole number of minutes.")
    if not 1 <= value <= MAX_CONTACT_MINUTES:
        raise ValidationError("A contact lasts 1 minute to 24 hours.")
    return value


def score(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError("A self-sufficiency score lies between 1 and 5.")
    return value
