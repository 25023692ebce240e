"""Profiles (administrators): add, change role, reset password, disable and enable again."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from wijkdesk.domain.roles import Role
from wijkdesk.gui.area import Area, SearchHit
from wijkdesk.gui.feedback import fail, open_dialog, say, say_in_status
from wijkdesk.gui.forms.profile_dialog import Ui_ProfileDialog
from wijkdesk.gui.forms.profiles_page import Ui_ProfilesPage
from wijkdesk.gui.icons import icon
from wijkdesk.gui.messages import describe
from wijkdesk.gui.role_names import role_name
from wijkdesk.gui.session import Session
from wijkdesk.services.profiles import NewProfile, ProfileInfo

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ProfilesModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[ProfileInfo] = []

    def set_rows(self, rows: list[ProfileInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Status"),
                    self.tr("Last signed in"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return p.display_name
            if col == 1:
                return p.username
            if col == 2:
                return role_name(p.role)
            if col == 3:
                return self.tr("disabled") if p.disabled else self.tr("active")
            if p.last_login_at is None:
                return self.tr("never")
            return QLocale().toString(p.last_login_at.astimezone().replace(tzinfo=None),
                                      QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.ForegroundRole and p.disabled:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        return None

    def row_of(self, profile_id: uuid.UUID) -> int:
        return next((i for i, p in enumerate(self.rows) if p.id == profile_id), -1)


class ProfileDialog(QDialog):
    """A new profile, or (password_only) a new password for an existing one."""

    def __init__(self, session: Session, *, target: ProfileInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.target = target
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        for r in Role:
            self.ui.role.addItem(role_name(r), r)
        if target is not None:
            for w in (self.ui.displayName, self.ui.username, self.ui.role):
                self.ui.form.setRowVisible(w, False)
            self.setWindowTitle(self.tr("New password for %1").replace("%1", target.username))
            self.ui.password.setFocus()
        say(self.ui.message)

    def accept(self) -> None:
        ui = self.ui
        if ui.password.text() != ui.repeat.text():
            say(ui.message, self.tr("The two passwords differ."))
            return
        password = ui.password.text()
        profiles = self.session.workspace.profiles(self.session.actor)
        if self.target is None:
            new = NewProfile(ui.username.text(), ui.displayName.text(), password,
                             ui.role.currentData())
            work = lambda _p: profiles.create(new)  # noqa: E731
        else:
            target_id = self.target.id
            work = lambda _p: profiles.reset_password(target_id, password)  # noqa: E731
        ui.buttons.setEnabled(False)
        say(ui.message, self.tr("Saving…"), error=False)
        self.session.run(work, "save profile", self._saved, self._failed)

    def _saved(self, info: ProfileInfo) -> None:
        self.saved = info
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        say(self.ui.message, describe(exc))


class ProfilesArea(Area):
    icon_name = "profiles"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.ui = Ui_ProfilesPage()
        self.ui.setupUi(self)
        self.model = ProfilesModel(self)
        self.ui.table.setModel(self.model)
        ui = self.ui
        self.actions_: dict[str, QAction] = {}
        for key, button, name, keys, slot in (
                ("add", ui.addButton, "add", "Ctrl+N", self.add),
                ("role", ui.roleButton, "role", "Ctrl+R", self.change_role),
                ("password", ui.passwordButton, "key", "Ctrl+P", self.reset_password),
                ("disable", ui.disableButton, "disable", "Ctrl+D", self.toggle_disabled)):
            action = QAction(icon(name), "", self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_[key] = action
            button.setIcon(icon(name))
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
        ui.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.table.doubleClicked.connect(lambda _i: self.change_role())
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Profiles")

    def refresh(self, select: uuid.UUID | None = None) -> None:
        profiles = self.session.workspace.profiles(self.session.actor)
        self.session.run(lambda _p: profiles.list(), "list profiles",
                         lambda rows: self._loaded(rows, select),
                         lambda exc: fail(self, self.tr("Profiles"), exc), owner=self)

    def _loaded(self, rows: list[ProfileInfo], select: uuid.UUID | None) -> None:
        keep = select or (self.selected().id if self.selected() else None)
        self.model.set_rows(rows)
        self.ui.table.resizeColumnsToContents()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.ui.table.selectRow(self.model.row_of(keep))
        self._selection_changed()

    def clear(self) -> None:
        self.model.set_rows([])

    def selected(self) -> ProfileInfo | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        ui = self.ui
        for button in (ui.roleButton, ui.passwordButton, ui.disableButton):
            button.setEnabled(chosen is not None)
        mine = chosen is not None and chosen.id == self.session.actor.id
        ui.roleButton.setEnabled(chosen is not None and not mine)
        ui.disableButton.setEnabled(chosen is not None and not mine)
        ui.disableButton.setText(self.tr("&Enable") if chosen and chosen.disabled
                                 else self.tr("&Disable"))
        for key, button in (("add", ui.addButton), ("role", ui.roleButton),
                            ("password", ui.passwordButton), ("disable", ui.disableButton)):
            self.actions_[key].setText(button.text())
            self.actions_[key].setEnabled(button.isEnabled())

    def add(self) -> QDialog:
        dialog = ProfileDialog(self.session, parent=self)

        def added() -> None:
            self.refresh(select=dialog.saved.id)
            say_in_status(self, self.tr("Profile %1 added.").replace(
                "%1", dialog.saved.username))

        return open_dialog(dialog, added)

    def reset_password(self) -> QDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None

        def reset() -> None:
            self.refresh(select=chosen.id)
            say_in_status(self, self.tr("New password set for %1.").replace(
                "%1", chosen.username))

        return open_dialog(ProfileDialog(self.session, target=chosen, parent=self), reset)

    def change_role(self) -> QDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.id == self.session.actor.id:
            return None
        roles = list(Role)
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Change role"))
        dialog.setLabelText(self.tr("Role of %1:").replace("%1", chosen.username))
        dialog.setComboBoxItems([role_name(r) for r in roles])
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(role_name(chosen.role))

        def picked() -> None:
            role = roles[[role_name(r) for r in roles].index(dialog.textValue())]
            self._apply(lambda p: p.change_role(chosen.id, role), chosen.id,
                        self.tr("%1 is now %2.").replace("%1", chosen.username)
                        .replace("%2", role_name(role)))

        return open_dialog(dialog, picked)

    def toggle_disabled(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        disable = not chosen.disabled
        text = (self.tr("Profile %1 disabled; it can no longer sign in.") if disable
                else self.tr("Profile %1 enabled again."))
        self._apply(lambda p: p.set_disabled(chosen.id, disable), chosen.id,
                    text.replace("%1", chosen.username))

    def _apply(self, change: Any, profile_id: uuid.UUID, done: str = "") -> None:
        profiles = self.session.workspace.profiles(self.session.actor)

        def changed(_info: ProfileInfo) -> None:
            self.refresh(select=profile_id)
            if done:
                say_in_status(self, done)

        self.session.run(lambda _p: change(profiles), "change profile", changed,
                         lambda exc: fail(self, self.tr("Profiles"), exc), owner=self)

    def search(self, query: str) -> list[SearchHit]:
        q = query.casefold()
        return [SearchHit(f"{p.display_name} ({p.username})", "profiles",
                          lambda p=p: self._reveal(p.id))
                for p in self.model.rows
                if q in p.display_name.casefold() or q in p.username.casefold()]

    def _reveal(self, profile_id: uuid.UUID) -> None:
        self.show_requested.emit()
        row = self.model.row_of(profile_id)
        if row >= 0:
            self.ui.table.selectRow(row)
            self.ui.table.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._selection_changed()
        super().changeEvent(event)

