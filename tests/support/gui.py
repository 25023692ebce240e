"""Helpers for driving the real window in tests: start it, sign in, read what is visible."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from wijkdesk.gui.controller import Controller
from wijkdesk.gui.launch import prepare
from wijkdesk.security.keys import PassphraseSource


def make_controller(qapp, locations, passphrase: PassphraseSource | None = None) -> Controller:
    settings, translations = prepare(qapp, locations)
    return Controller(qapp, locations, passphrase or PassphraseSource(interactive=False),
                      settings, translations)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # list models keep columnCount private: one column
            return 1

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            for c in range(columns(parent)):
                index = model.index(r, c, parent)
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    texts.append(str(value))
                walk(index)

    walk(QModelIndex())
    return texts


def visible_texts() -> list[str]:
    """Every text a person could read on screen now: labels, fields, buttons, lists, tables,
    window titles and headers of every visible widget of every visible window."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible() or isinstance(w, QMenu):
                continue
            if isinstance(w, QLabel | QLineEdit | QAbstractButton):
                texts.append(w.text())
            if isinstance(w, QGroupBox):
                texts.append(w.title())
            if isinstance(w, QComboBox):
                texts.extend(w.itemText(i) for i in range(w.count()))
            if isinstance(w, QAbstractItemView):
                texts.extend(_model_texts(w))
            texts.append(w.toolTip())
    return [t for t in texts if t]
