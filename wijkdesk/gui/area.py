"""An area of the main window (one entry of the navigation rail) and what the search finds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from wijkdesk.gui.session import Session


@dataclass(frozen=True)
class SearchHit:
    text: str
    icon_name: str
    activate: Callable[[], None]


class Area(QWidget):
    """Subclasses say their title and icon, load their data, and drop it when locked."""

    icon_name = "overview"
    show_requested = Signal()  # bring this area to the front (e.g. a search hit inside it)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Load what the area shows (on the lane)."""

    def clear(self) -> None:
        """Forget everything shown; called when the window locks."""

    def search(self, query: str) -> list[SearchHit]:
        """What this area holds that matches query (already loaded, no database work)."""
        return []

    def search_later(self, query: str, deliver: Callable[[list[SearchHit]], None]) -> None:
        """Records matching query, looked up on the lane and handed to deliver (global
        search); areas without records in the database have none."""
