"""What a signed-in window works with: the open workspace, the profile, the lane."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

from wijkdesk.domain.roles import Permission, may
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

    def may(self, permission: Permission) -> bool:
        return may(self.actor.role, permission)

    def run(self, work: Work, name: str, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None) -> Job:
        return self.lane.submit(work, name, on_success=on_success, on_failure=on_failure)
