"""Funding arithmetic: budgets from several sources, commitments, spending, free room.

A commitment (verplichting) reserves money; spending against it uses the reservation first, so
paying what was committed does not lower the free room twice. Free room is what is neither
committed (and still open) nor spent. All amounts are whole cents.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from wijkdesk.errors import Conflict


@dataclass(frozen=True)
class Position:
    budgeted: int = 0
    committed: int = 0  # still open: committed and not yet spent against
    spent: int = 0

    @property
    def free(self) -> int:
        """Room left; negative only after spending beyond the budget with an override."""
        return self.budgeted - self.committed - self.spent

    def __add__(self, other: Position) -> Position:
        return Position(self.budgeted + other.budgeted, self.committed + other.committed,
                        self.spent + other.spent)


def position(budgeted: int, commitments: Iterable[tuple[uuid.UUID, int]],
             spending: Iterable[tuple[uuid.UUID | None, int]]) -> Position:
    """The position of one budget: its commitments (id, amount) and spending (commitment id or
    None, amount)."""
    against: dict[uuid.UUID, int] = {}
    spent = 0
    for commitment_id, amount in spending:
        spent += amount
        if commitment_id is not None:
            against[commitment_id] = against.get(commitment_id, 0) + amount
    open_commitments = sum(max(0, amount - against.get(cid, 0)) for cid, amount in commitments)
    return Position(budgeted, open_commitments, spent)


def total(positions: Iterable[Position]) -> Position:
    """Bundled: the position of several budgets (sources) together."""
    out = Position()
    for p in positions:
        out = out + p
    return out


def check_spending(current: Position, amount: int, against_open: int = 0, *,
                   override: bool = False) -> None:
    """Refuse spending beyond the free room (plus what is open on the commitment it is paid
    against) unless the caller overrides on purpose."""
    room = current.free + min(amount, against_open)
    if amount > room and not override:
        raise Conflict("This spending goes beyond the budget; confirm the overspend explicitly "
                       "to record it.")


def check_commitment(current: Position, amount: int, *, override: bool = False) -> None:
    if amount > current.free and not override:
        raise Conflict("This commitment goes beyond the free room of the budget; confirm it "
                       "explicitly to record it.")
