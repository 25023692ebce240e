"""The matrix's reference lists: neighbourhood tasks by domain (team lead, administrator) and
professional types (administrator). Each list reads and writes through RoleService on the
lane and says `changed` after every write, so the matrix can read itself again."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.professionals import SEEDED_TYPES, AssignmentKind
from wijkdesk.domain.role_matrix import WorkKind
from wijkdesk.domain.roles import Permission
from wijkdesk.gui.feedback import open_dialog, say
from wijkdesk.gui.messages import describe
from wijkdesk.gui.raci import assignment_name, type_label, work_name
from wijkdesk.gui.record_dialogs import RecordDialog, id_of
from wijkdesk.gui.session import Session
from wijkdesk.services.roles import DomainInfo, TaskInfo, TypeInfo

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SEEDED_CODES = frozenset(t.code for t in SEEDED_TYPES)


class _ListDialog(QDialog):
    """A list with buttons beside it, loaded on the lane; `changed` after every write."""

    changed = Signal()

    def __init__(self, session: Session, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.body = QHBoxLayout()
        self.layout_.addLayout(self.body, 1)
        self.side = QVBoxLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.layout_.addWidget(close)
        say(self.message)

    def button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _c=False: slot())
        self.side.addWidget(button)
        return button

    def finish_side(self, widget: QWidget) -> None:
        self.body.addWidget(widget, 1)
        self.side.addStretch(1)
        self.body.addLayout(self.side)

    def run(self, work: Callable[[], Any], name: str,
            done: Callable[[Any], None]) -> None:
        self.session.run(lambda _p: work(), name, done,
                         lambda exc: say(self.message, describe(exc)), owner=self)

    def edited(self, _result: Any = None) -> None:
        say(self.message)
        self.changed.emit()
        self.load()

    def load(self) -> None:
        raise NotImplementedError


class TasksDialog(_ListDialog):
    """Tasks grouped by domain: add, change, retire; add a domain."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, self.tr("Tasks of the matrix"), parent)
        self.domains: list[DomainInfo] = []
        self.tasks: list[TaskInfo] = []
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Kind of work"),
                                   self.tr("Policy task")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Tasks by domain"))
        self.tree.itemActivated.connect(lambda item, _c: self.edit_task()
                                        if item.parent() is not None else None)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        allowed = session.may(Permission.MANAGE_TASKS)
        self.add_button = self.button(self.tr("&Add task…"), self.add_task)
        self.edit_button = self.button(self.tr("&Edit task…"), self.edit_task)
        self.retire_button = self.button(self.tr("&Retire task…"), self.retire_task)
        self.domain_button = self.button(self.tr("Add &domain…"), self.add_domain)
        for b in (self.add_button, self.domain_button):
            b.setEnabled(allowed)
        self.finish_side(self.tree)
        self.resize(760, 520)
        self._update_buttons()
        self.load()

    def load(self) -> None:
        roles = self.session.workspace.roles(self.session.actor)
        self.run(lambda: (roles.domains(), roles.tasks()), "matrix tasks", self._loaded)

    def _loaded(self, result: tuple) -> None:
        self.domains, self.tasks = result
        chosen = self.chosen_task()
        self.tree.clear()
        for domain in self.domains:
            parent = QTreeWidgetItem(self.tree, [domain.name])
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            parent.setFirstColumnSpanned(True)
            for task in (t for t in self.tasks if t.domain_id == domain.id):
                item = QTreeWidgetItem(parent, [task.name, work_name(task.work),
                                                self.tr("yes") if task.policy else ""])
                item.setData(0, ID_ROLE, str(task.id))
                item.setToolTip(0, task.description or task.name)
                if chosen is not None and task.id == chosen.id:
                    self.tree.setCurrentItem(item)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._update_buttons()

    def chosen_task(self) -> TaskInfo | None:
        item = self.tree.currentItem()
        task_id = item.data(0, ID_ROLE) if item is not None else None
        return next((t for t in self.tasks if str(t.id) == task_id), None)

    def _update_buttons(self) -> None:
        on_task = self.chosen_task() is not None and self.session.may(Permission.MANAGE_TASKS)
        self.edit_button.setEnabled(on_task)
        self.retire_button.setEnabled(on_task)

    def add_task(self) -> TaskDialog:
        item = self.tree.currentItem()
        domain = None
        if item is not None:  # add to the domain the user is looking at
            top = item.parent() or item
            domain = self.domains[self.tree.indexOfTopLevelItem(top)].id
        return open_dialog(TaskDialog(self.session, self.domains, domain_id=domain,
                                      parent=self), self.edited)

    def edit_task(self) -> TaskDialog | None:
        task = self.chosen_task()
        if task is None or not self.session.may(Permission.MANAGE_TASKS):
            return None
        return open_dialog(TaskDialog(self.session, self.domains, task=task, parent=self),
                           self.edited)

    def retire_task(self) -> QMessageBox | None:
        task = self.chosen_task()
        if task is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Retire task"),
                          self.tr("Retire “%1”? It leaves every matrix with its levels; "
                                  "agreements made earlier keep it in their snapshot.")
                          .replace("%1", task.name), QMessageBox.StandardButton.NoButton, self)
        retire = box.addButton(self.tr("Retire"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        roles = self.session.workspace.roles(self.session.actor)
        task_id = task.id

        def answered(_result: int) -> None:
            if box.clickedButton() is retire:
                self.run(lambda: roles.retire_task(task_id), "retire task", self.edited)

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def add_domain(self) -> DomainDialog:
        return open_dialog(DomainDialog(self.session, self), self.edited)


class TaskDialog(RecordDialog):
    """A new task, or (task given) the changes to one."""

    def __init__(self, session: Session, domains: list[DomainInfo], *,
                 task: TaskInfo | None = None, domain_id: uuid.UUID | None = None,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Task") if task else self.tr("New task"), parent)
        self.task = task
        self.name = self.text_field(self.tr("Name"), task.name if task else "", 160)
        self.domain = self.id_field(self.tr("Domain"), [(d.id, d.name) for d in domains],
                                    task.domain_id if task else domain_id)
        self.kind = self.choice_field(self.tr("Kind of work"),
                                      {w.value: work_name(w) for w in WorkKind},
                                      task.work.value if task else WorkKind.INDIVIDUAL.value)
        self.policy = QCheckBox(self.tr("Policy task (the mandate lies with the municipality "
                                        "or its delegates)"), self)
        self.policy.setChecked(bool(task and task.policy))
        self.form.addRow("", self.policy)
        self.description = self.text_area(self.tr("Description"),
                                          task.description if task else "", height=80)
        self.name.setFocus()

    def work(self) -> Callable[[], Any]:
        roles = self.session.workspace.roles(self.session.actor)
        name, domain = self.name.text(), id_of(self.domain)
        kind = WorkKind(self.kind.currentData())
        policy, description = self.policy.isChecked(), self.description.toPlainText()
        if self.task is not None:
            task_id = self.task.id
            return lambda: roles.update_task(task_id, name=name, domain_id=domain, work=kind,
                                             policy=policy, description=description)
        return lambda: roles.add_task(name, domain, kind, policy=policy,
                                      description=description)


class DomainDialog(RecordDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, self.tr("New domain"), parent)
        self.name = self.text_field(self.tr("Name"), "", 120)
        self.name.setFocus()

    def work(self) -> Callable[[], Any]:
        roles = self.session.workspace.roles(self.session.actor)
        name = self.name.text()
        return lambda: roles.add_domain(name)


class TypesDialog(_ListDialog):
    """The professional types: the five seeded ones and those an administrator added."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, self.tr("Professional types"), parent)
        self.types: list[TypeInfo] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Assignment"),
                                              self.tr("Description")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Professional types"))
        self.table.itemActivated.connect(lambda _i: self.edit_type())
        self.add_button = self.button(self.tr("&Add type…"), self.add_type)
        self.edit_button = self.button(self.tr("&Edit type…"), self.edit_type)
        self.add_button.setEnabled(session.may(Permission.MANAGE_TYPES))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.finish_side(self.table)
        self._update_buttons()
        self.resize(820, 420)
        self.load()

    def load(self) -> None:
        roles = self.session.workspace.roles(self.session.actor)
        self.run(roles.types, "professional types", self._loaded)

    def _loaded(self, types: list[TypeInfo]) -> None:
        chosen = self.chosen_type()
        self.types = types
        table = self.table
        table.setRowCount(len(types))
        for n, ptype in enumerate(types):
            for column, text in enumerate((type_label(ptype.code, ptype.name),
                                           assignment_name(ptype.assignment),
                                           ptype.description)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(n, column, item)
            if chosen is not None and ptype.id == chosen.id:
                table.selectRow(n)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        for n in range(table.rowCount()):  # a little air: descriptions wrap onto two lines
            table.setRowHeight(n, table.rowHeight(n) + 6)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.session.may(Permission.MANAGE_TYPES)
                                    and self.chosen_type() is not None)

    def chosen_type(self) -> TypeInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.types[rows[0].row()] if rows and rows[0].row() < len(self.types) else None

    def add_type(self) -> TypeDialog:
        return open_dialog(TypeDialog(self.session, parent=self), self.edited)

    def edit_type(self) -> TypeDialog | None:
        ptype = self.chosen_type()
        if ptype is None or not self.session.may(Permission.MANAGE_TYPES):
            return None
        return open_dialog(TypeDialog(self.session, ptype, parent=self), self.edited)


class TypeDialog(RecordDialog):
    """A new professional type, or (ptype given) the changes to one; a seeded type keeps its
    name, which the window shows in the user's language."""

    def __init__(self, session: Session, ptype: TypeInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Professional type") if ptype
                         else self.tr("New professional type"), parent)
        self.ptype = ptype
        seeded = ptype is not None and ptype.code in _SEEDED_CODES
        self.name = self.text_field(self.tr("Name"), type_label(ptype.code, ptype.name)
                                    if ptype else "", 120)
        self.name.setReadOnly(seeded)
        if seeded:
            self.name.setToolTip(self.tr("The five standard types keep their names."))
        self.assignment = self.choice_field(
            self.tr("Assignment"), {k.value: assignment_name(k) for k in AssignmentKind},
            ptype.assignment.value if ptype else AssignmentKind.FREE.value)
        self.description = self.text_area(self.tr("Description"),
                                          ptype.description if ptype else "", height=80)
        (self.assignment if seeded else self.name).setFocus()

    def work(self) -> Callable[[], Any]:
        roles = self.session.workspace.roles(self.session.actor)
        assignment = AssignmentKind(self.assignment.currentData())
        description = self.description.toPlainText()
        if self.ptype is not None:
            type_id = self.ptype.id
            name = None if self.name.isReadOnly() else self.name.text()
            return lambda: roles.update_type(type_id, name=name, assignment=assignment,
                                             description=description)
        name = self.name.text()
        return lambda: roles.add_type(name, assignment, description)
