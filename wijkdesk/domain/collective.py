"""Collective work: activities with sessions, resident initiatives and the support they get.

An initiative moves forward through idea → supported → running → self-sustaining and may stop at
any point; it never jumps back (a new start is a new initiative, so the history stays true).
Amounts are whole cents; hours are whole minutes.
"""

import enum
from datetime import date

from wijkdesk.errors import ValidationError


class InitiativeStatus(enum.StrEnum):
    IDEA = "idea"
    SUPPORTED = "supported"
    RUNNING = "running"
    SELF_SUSTAINING = "self_sustaining"
    STOPPED = "stopped"


_ORDER = (InitiativeStatus.IDEA, InitiativeStatus.SUPPORTED, InitiativeStatus.RUNNING,
          InitiativeStatus.SELF_SUSTAINING)


def check_step(current: InitiativeStatus, new: InitiativeStatus) -> InitiativeStatus:
    """new, if an initiative in status current may move there."""
    if current is InitiativeStatus.STOPPED:
        raise ValidationError("A stopped initiative does not change status; start a new one.")
    if new is InitiativeStatus.STOPPED:
        return new
    if _ORDER.index(new) <= _ORDER.index(current):
        raise ValidationError("An initiative's status only moves forward.")
    return new


class SupportKind(enum.StrEnum):
    FINANCIAL = "financial"
    ORGANISATIONAL = "organisational"
    PROCESS = "process"


class FundingKind(enum.StrEnum):
    WMO = "wmo"
    YOUTH = "jeugd"
    MUNICIPAL = "municipal"  # wijkbudget
    FOUNDATION = "foundation"
    HOUSING_CORPORATION = "housing_corporation"
    OTHER = "other"


MAX_AMOUNT_CENTS = 100_000_000_00  # a hundred million euro: anything above is a typing error
MAX_MINUTES = 24 * 60 * 366


def cents(value: int, what: str, *, allow_zero: bool = True) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"The {what} is a whole number of cents.")
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(f"The {what} cannot be negative or zero." if not allow_zero
                              else f"The {what} cannot be negative.")
    if value > MAX_AMOUNT_CENTS:
        raise ValidationError(f"The {what} is larger than any budget here.")
    return value


def minutes_worked(value: int, what: str = "time spent") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"The {what} is a whole number of minutes.")
    if value <= 0:
        raise ValidationError(f"The {what} cannot be negative or zero.")
    if value > MAX_MINUTES:
        raise ValidationError(f"The {what} is more than a year.")
    return value


def count(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(f"The number of {what} cannot be negative.")
    return value


def check_attendance(total: int, new: int, referred: int) -> None:
    count(total, "participants")
    count(new, "new participants")
    count(referred, "referred participants")
    if new > total or referred > total:
        raise ValidationError("New or referred participants cannot outnumber all participants.")


def check_period(starts: date, ends: date | None) -> None:
    if ends is not None and ends < starts:
        raise ValidationError("An activity cannot end before it starts.")
