"""A table model over a keyset-paged service list: rows arrive page by page on the lane.

The view asks for more rows as the user scrolls (canFetchMore/fetchMore). Only a window of pages
stays in memory; for every page the model keeps just the key that fetches it again, so scrolling
through a million contacts holds a few thousand rows and ten thousand small keys. A page that was
dropped and is scrolled back into view shows placeholders until it is fetched again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from wijkdesk.gui.session import Session
from wijkdesk.services.residents import Page

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# fetch(after, limit) -> Page; runs on the lane
Fetch = Callable[[tuple | None, int], Page]


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # translated at the time it is shown
    value: Callable[[Any], Any]
    align_right: bool = False


class PagedModel(QAbstractTableModel):
    loaded = Signal(int)  # rows known after a page arrived
    failed = Signal(object)

    def __init__(self, session: Session, columns: Sequence[Column], *, page_size: int = 100,
                 kept_pages: int = 30, parent: Any = None):
        super().__init__(parent)
        self.session = session
        self.columns = list(columns)
        self.page_size = page_size
        self.kept_pages = kept_pages
        self._fetch: Fetch | None = None
        self._generation = 0
        self._clear_state()

    def _clear_state(self) -> None:
        self._afters: list[tuple | None] = []  # key that fetches page i
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._count = 0
        self._done = True
        self._pending: set[int] = set()

    # Loading --------------------------------------------------------------------------------

    def load(self, fetch: Fetch | None) -> None:
        """Show the list fetch gives (None: empty), from its first page."""
        self.beginResetModel()
        self._generation += 1
        self._fetch = fetch
        self._clear_state()
        self.endResetModel()
        if fetch is not None:
            self._done = False
            self._afters = [None]
            self._request(0)

    def reload(self) -> None:
        self.load(self._fetch)

    def clear(self) -> None:
        self.load(None)

    def _request(self, page: int) -> None:
        if page in self._pending or self._fetch is None:
            return
        self._pending.add(page)
        fetch, after, size, generation = self._fetch, self._afters[page], self.page_size, \
            self._generation
        self.session.run(lambda _p: fetch(after, size), "list page",
                         lambda result: self._arrived(generation, page, result),
                         lambda exc: self._failed(generation, page, exc), owner=self)

    def _failed(self, generation: int, page: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._pending.discard(page)
            self.failed.emit(exc)

    def _arrived(self, generation: int, page: int, result: Page) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        rows = list(result.rows)
        self._keep(page, rows)
        if page == len(self._afters) - 1 and page * self.page_size == self._count:
            # a new page at the end
            if rows:
                self.beginInsertRows(_ROOT, self._count, self._count + len(rows) - 1)
                self._count += len(rows)
                self.endInsertRows()
            if result.after is None:
                self._done = True
            else:
                self._afters.append(result.after)
        else:  # a page dropped earlier, fetched again
            first = page * self.page_size
            last = min(first + len(rows), self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, len(self.columns) - 1))
        self.loaded.emit(self._count)

    def _keep(self, page: int, rows: list[Any]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.kept_pages:
            self._pages.popitem(last=False)

    # The model ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def complete(self) -> bool:
        return self._done

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        return not parent.isValid() and not self._done and not self._pending

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        if self.canFetchMore(parent):
            self._request(len(self._afters) - 1)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        return None

    def row(self, number: int) -> Any | None:
        """The row object at number, or None while its page is being fetched again."""
        if not 0 <= number < self._count:
            return None
        page = number // self.page_size
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        offset = number - page * self.page_size
        return rows[offset] if offset < len(rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.row(index.row())
        if item is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        return column.value(item)

    def kept_rows(self) -> int:
        """Rows held in memory now (for tests and the memory benchmark)."""
        return sum(len(rows) for rows in self._pages.values())
