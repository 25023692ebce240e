"""What a signed-in window works with: the open workspace, the profile, the lane.

Results of lane work reach the window only while the session that asked for them is still
open and unlocked: a result that arrives after the window locked, or after its profile signed
out, is dropped, so it can neither put records back on screen nor touch deleted widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QSettings

from wijkdesk.domain.roles import Permission, may
from wijkdesk.errors import Cancelled
from wijkdesk.gui.lane import Job, Lane, Work

if TYPE_CHECKING:
    from wijkdesk.app import Workspace
    from wijkdesk.services.base import Actor


@dataclass
class Session:
    workspace: Workspace
    actor: Actor
    lane: Lane
    settings: QSettings
    locked: bool = False
    ended: bool = False
    epoch: int = field(default=0)  # raised at every lock and at the end

    def may(self, permission: Permission) -> bool:
        return may(self.actor.role, permission)

    def lock(self) -> None:
        self.locked = True
        self.epoch += 1

    def unlock(self, actor: Actor) -> None:
        self.actor = actor
        self.locked = False

    def end(self) -> None:
        self.ended = True
        self.epoch += 1

    @property
    def open(self) -> bool:
        return not (self.locked or self.ended)

    def _guard(self, callback: Callable[[Any], None] | None, owner: QObject | None, *,
               failure: bool) -> Callable[[Any], None] | None:
        if callback is None:
            return None
        epoch = self.epoch
        bound = getattr(callback, "__self__", None)
        owners = [o for o in (owner, bound) if isinstance(o, QObject)]

        def deliver(value: Any) -> None:
            if self.epoch != epoch or not self.open:
                return
            if not all(shiboken6.isValid(o) for o in owners):  # its widget closed meanwhile
                return
            if failure and isinstance(value, Cancelled) and self.locked:
                return
            callback(value)

        return deliver

    def run(self, work: Work, name: str, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            before_start: Callable[[Job], None] | None = None,
            owner: QObject | None = None) -> Job | None:
        """work on the lane for this session; None (nothing runs) while locked or ended.

        The callbacks run only if the session is still open and unlocked and owner (and the
        object of a bound-method callback) still exists."""
        if not self.open:
            return None
        return self.lane.submit(
            work, name, on_success=self._guard(on_success, owner, failure=False),
            on_failure=self._guard(on_failure, owner, failure=True), before_start=before_start)
