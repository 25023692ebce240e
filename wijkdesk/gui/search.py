"""The global search field (Ctrl+K): areas, commands and records, as you type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from wijkdesk.gui.area import SearchHit
from wijkdesk.gui.icons import icon

Provider = Callable[[str], list[SearchHit]]
# Records found in the database arrive later, from the lane, through the deliver callback.
LaterProvider = Callable[[str, Callable[[list[SearchHit]], None]], None]
MAX_HITS = 30
TYPING_PAUSE_MS = 180


class GlobalSearch(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(280)
        self.providers: list[Provider] = []
        self.later_providers: list[LaterProvider] = []
        self.hits: list[SearchHit] = []
        self._query = ""
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._ask_later_providers)
        self._model = QStandardItemModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self.textEdited.connect(self.find)

    def find(self, query: str) -> list[SearchHit]:
        query = query.strip()
        self._query = query
        hits: list[SearchHit] = []
        if query:
            for provider in self.providers:
                hits.extend(provider(query))
            if self.later_providers:
                self._typing.start()
        self._show(hits)
        return self.hits

    def _ask_later_providers(self) -> None:
        query = self._query
        for provider in self.later_providers:
            provider(query, lambda hits, q=query: self._arrived(q, hits))

    def _arrived(self, query: str, hits: list[SearchHit]) -> None:
        if query == self._query and query and hits:
            self._show([*self.hits, *hits])

    def _show(self, hits: list[SearchHit]) -> None:
        self.hits = hits[:MAX_HITS]
        self._model.clear()
        for i, hit in enumerate(self.hits):
            item = QStandardItem(icon(hit.icon_name), hit.text)
            item.setData(i, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self._model.appendRow(item)
        if self.hits:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        position = index.data(Qt.ItemDataRole.UserRole)
        if position is not None and 0 <= position < len(self.hits):
            self.choose(self.hits[position])

    def choose(self, hit: SearchHit) -> None:
        self.reset()
        hit.activate()

    def reset(self) -> None:
        self._typing.stop()
        self._query = ""
        self.completer_.popup().hide()
        self.clear()
        self.hits = []
        self._model.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            self.clearFocus()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.hits:
            self.choose(self.hits[0])
            return
        super().keyPressEvent(event)
