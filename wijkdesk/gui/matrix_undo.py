"""The matrix page's history: the undo commands for levels and agreed splits, the undo and
redo actions named after the step they take, and taking a refused edit out of the history.

A command does not write itself: it hands its values to the page (or the split panel), which
shows them at once and writes them on the lane.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from wijkdesk.services.roles import CellChange


class LevelsCommand(QUndoCommand):
    """Cells set in one call; undo writes back what the service returned as their past.

    write(command, changes, revert, forward) shows changes and writes them; revert is what
    comes back on the screen when the write is refused."""

    def __init__(self, write: Callable[[LevelsCommand, list[CellChange], list[CellChange],
                                        bool], None],
                 matrix_id: uuid.UUID, after: list[CellChange], before: list[CellChange],
                 text: str):
        super().__init__(text)
        self.write, self.matrix_id, self.after, self.before = write, matrix_id, after, before

    def redo(self) -> None:
        self.write(self, self.after, self.before, True)

    def undo(self) -> None:
        self.write(self, self.before, self.after, False)


class SplitCommand(QUndoCommand):
    """One type's agreed share of individual work (None: not agreed); write as for levels."""

    def __init__(self, write: Callable[[SplitCommand, int | None, int | None, bool], None],
                 matrix_id: uuid.UUID, type_id: uuid.UUID, after: int | None,
                 before: int | None, text: str):
        super().__init__(text)
        self.write, self.matrix_id, self.type_id = write, matrix_id, type_id
        self.after, self.before = after, before

    def redo(self) -> None:
        self.write(self, self.after, self.before, True)

    def undo(self) -> None:
        self.write(self, self.before, self.after, False)


def history_action(owner: QWidget, step: Callable[[], None], can: SignalInstance,
                   named: SignalInstance, plain: str, template: str,
                   standard: QKeySequence.StandardKey, *extra: str) -> QAction:
    """Undo or redo, named after the step it takes (the stack's own actions would join words
    in English order); its shortcuts work anywhere in owner."""
    action = QAction(plain, owner)
    action.setEnabled(False)
    action.triggered.connect(lambda _c=False: step())
    can.connect(action.setEnabled)
    named.connect(lambda text: action.setText(template.replace("%1", text) if text
                                              else plain))
    keys = list(QKeySequence.keyBindings(standard))
    keys += [QKeySequence(k) for k in extra if QKeySequence(k) not in keys]
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    owner.addAction(action)
    return action


def drop_refused(stack: QUndoStack, command: QUndoCommand, forward: bool) -> None:
    """Take a refused edit out of the history: off the top when it was the last step,
    otherwise the history no longer matches the database and goes."""
    if (forward and shiboken6.isValid(command) and stack.index() > 0
            and stack.command(stack.index() - 1) is command):
        command.setObsolete(True)
        stack.undo()  # an obsolete command is removed without running its undo
    else:
        stack.clear()
