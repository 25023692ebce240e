"""How long things are kept: backups (the newest of each of the last N days and M ISO weeks)
and residents' records (AVG retention periods)."""

import enum
from collections.abc import Iterable
from datetime import date, datetime


def backups_to_keep(created: Iterable[datetime], daily: int = 7, weekly: int = 4) -> set[datetime]:
    """The moments to keep among the given backup moments (all other backups may go)."""
    newest_first = sorted(set(created), reverse=True)
    keep: set[datetime] = set()
    days: list = []
    weeks: list = []
    for moment in newest_first:
        day = moment.date()
        week = moment.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(moment)
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)
            keep.add(moment)
    return keep


# AVG retention of resident records ----------------------------------------------------------
#
# A request is kept a number of years after it closed (youth care longer than general social
# work); a contact that belongs to no request a number of years after it took place. A period
# that starts on 29 February ends on 28 February in a year without one.


class RetentionBasis(enum.StrEnum):
    """Which kind of record decides how long a resident's file is kept."""

    YOUTH_REQUEST = "youth_request"
    SOCIAL_REQUEST = "social_request"
    LOOSE_CONTACT = "loose_contact"
    REGISTRATION = "registration"  # a resident without any request or contact


def add_years(start: date, years: int) -> date:
    """start moved years on; 29 February becomes 28 February when the year has none."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February in a common year
        return start.replace(year=start.year + years, day=28)


def years_before(today: date, years: int) -> date:
    """The cutoff: a record that started before this day is past a period of years today.

    `start < years_before(today, n)` holds exactly when `keep_until(start, n) < today`, which
    lets SQL compare stored dates with one parameter instead of doing calendar arithmetic."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # today is 29 February: what started on 28 February is past already
        return date(today.year - years, 3, 1)


def request_kept_until(care_kind: str, status: str, closed_on: date | None, *,
                       youth_years: int, social_years: int) -> date | None:
    """The last day a request is kept; None while it is open or active (kept indefinitely)."""
    if status != "closed" or closed_on is None:
        return None
    return add_years(closed_on, youth_years if care_kind == "youth" else social_years)


def contact_kept_until(occurred_on: date, years: int) -> date:
    """The last day a contact that belongs to no request is kept."""
    return add_years(occurred_on, years)


def past_retention(kept_until: date | None, today: date) -> bool:
    """Whether a record kept until kept_until may go today (None: never)."""
    return kept_until is not None and kept_until < today
