"""Which backups a rotation keeps: the newest of each of the last N days and M ISO weeks."""

from collections.abc import Iterable
from datetime import datetime


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
