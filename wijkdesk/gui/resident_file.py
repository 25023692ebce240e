"""One resident's file: details, help questions with plan and goals, contacts, household,
consents and referrals, with the actions that add to them."""

from __future__ import annotations

import uuid
from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from wijkdesk.domain.residents import age_on
from wijkdesk.domain.roles import Permission
from wijkdesk.gui.access_log_export import AccessLogExportDialog, export_access_log
from wijkdesk.gui.collective_dialogs import ReferToActivityDialog
from wijkdesk.gui.feedback import fail, open_dialog, say_in_status
from wijkdesk.gui.forms.resident_file import Ui_ResidentFilePage
from wijkdesk.gui.icons import icon
from wijkdesk.gui.paged_model import Column, PagedModel
from wijkdesk.gui.privacy import EraseDialog, export_access
from wijkdesk.gui.record_dialogs import (
    ConsentDialog,
    ContactDialog,
    DateDialog,
    GoalDialog,
    ReferralDialog,
    RequestDialog,
    ResidentDialog,
    ScoresDialog,
)
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import (
    care_kind_names,
    contact_kind_names,
    domain_names,
    goal_status_names,
    legal_basis_names,
    moment_names,
    name_of,
    referral_status_names,
    relation_names,
    short_date,
    status_names,
)
from wijkdesk.gui.tables import fill_table
from wijkdesk.services.contacts import ContactQuery, ContactRow
from wijkdesk.services.privacy import ExportFormat
from wijkdesk.services.resident_file import RequestView, ResidentFile

Choices = list[tuple[uuid.UUID, str]]




class ResidentFileView(QWidget):
    back_requested = Signal()
    changed = Signal()  # something in the file was saved: lists elsewhere may need a reload
    erased = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ResidentFilePage()
        self.ui.setupUi(self)
        self.file: ResidentFile | None = None
        self.professionals: Choices = []
        self.neighbourhoods: Choices = []
        kinds = contact_kind_names()
        self.contacts = PagedModel(session, [
            Column(lambda: self.tr("Date"), lambda c: short_date(c.occurred_on)),
            Column(lambda: self.tr("Kind"), lambda c: name_of(kinds, c.kind)),
            Column(lambda: self.tr("Minutes"), lambda c: str(c.minutes), align_right=True),
            Column(lambda: self.tr("Professional"), lambda c: c.professional),
            Column(lambda: self.tr("Help question"),
                   lambda c: name_of(domain_names(), c.life_domain)),
            Column(lambda: self.tr("Note"), lambda c: c.note.replace("\n", " ")),
        ], page_size=50, parent=self)
        self.ui.contacts.setModel(self.contacts)
        header = self.ui.contacts.horizontalHeader()
        for column, width in enumerate((95, 110, 70, 180, 140)):
            header.resizeSection(column, width)
        ui = self.ui
        ui.backButton.setIcon(icon("back"))
        ui.backButton.clicked.connect(self.back_requested)
        self.actions_: dict[str, QAction] = {}
        for name, keys, slot in (
                ("contact", "Ctrl+Shift+C", self.new_contact),
                ("request", "Ctrl+Shift+H", self.new_request),
                ("back", "Alt+Left", self.back_requested.emit),
                ("edit", "Ctrl+E", self.edit_details)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_[name] = action
        ui.contactButton.clicked.connect(self.new_contact)
        ui.requestButton.clicked.connect(self.new_request)
        ui.goalButton.clicked.connect(self.new_goal)
        ui.editRequestButton.clicked.connect(self.edit_request)
        ui.goals.activated.connect(lambda index: self.edit_goal(index.row()))
        ui.scoresButton.clicked.connect(self.new_scores)
        ui.closeRequestButton.clicked.connect(self.close_request)
        ui.consentButton.clicked.connect(self.new_consent)
        ui.withdrawButton.clicked.connect(self.withdraw_consent)
        ui.referralButton.clicked.connect(self.new_referral)
        ui.referActivityButton.clicked.connect(self.refer_to_activity)
        ui.removeContactButton.clicked.connect(self.remove_contact)
        ui.contacts.activated.connect(self._show_contact)
        ui.contacts.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.requests.itemSelectionChanged.connect(self._show_request)
        ui.consents.itemSelectionChanged.connect(self._update_buttons)
        self.menu = QMenu(self)
        ui.moreButton.setMenu(self.menu)
        self.edit_action = self.menu.addAction("", self.edit_details)
        self.member_action = self.menu.addAction("", self.new_member)
        self.privacy_actions: list[QAction] = []
        if session.may(Permission.PRIVACY_RIGHTS):
            self.menu.addSeparator()
            self.privacy_actions = [
                self.menu.addAction("", lambda: self.export_access(ExportFormat.PDF)),
                self.menu.addAction("", lambda: self.export_access(ExportFormat.JSON)),
                self.menu.addAction("", self.export_access_log),
                self.menu.addAction("", self.erase)]
        self.retranslate()

    # Showing --------------------------------------------------------------------------------

    def show_file(self, file: ResidentFile, professionals: Choices, neighbourhoods: Choices,
                  ) -> None:
        self.file, self.professionals, self.neighbourhoods = file, professionals, neighbourhoods
        ui = self.ui
        ui.name.setText(f"<h2>{escape(file.name)}</h2>")
        d = file.data
        parts = []
        if d.date_of_birth:
            parts.append(self.tr("born %1 (%2 years)").replace("%1", short_date(d.date_of_birth))
                         .replace("%2", str(age_on(d.date_of_birth, date.today()))))
        address = " ".join(p for p in (d.street, d.house_number) if p)
        place = " ".join(p for p in (d.postcode, d.city) if p)
        parts += [p for p in (address, place, file.neighbourhood, d.phone, d.email) if p]
        ui.details.setText(escape(" · ".join(parts)))
        self._fill_requests(file)
        resident_id = file.id
        contacts = self.session.workspace.contacts(self.session.actor)
        self.contacts.load(lambda after, size: contacts.page(
            ContactQuery(resident_id=resident_id), after, size))
        relations = relation_names()
        fill_table(ui.household, [self.tr("Name"), self.tr("Relation"), self.tr("Born")],
              [[m.name, name_of(relations, m.relation), short_date(m.date_of_birth)]
               for m in file.household])
        today = date.today()
        fill_table(ui.consents, [self.tr("For what"), self.tr("Given on"), self.tr("Valid until"),
                            self.tr("Withdrawn on"), self.tr("In force")],
              [[c.purpose, short_date(c.given_on), short_date(c.valid_until),
                short_date(c.withdrawn_on), self.tr("yes") if c.in_force(today) else self.tr("no")]
               for c in file.consents])
        statuses = referral_status_names()
        fill_table(ui.referrals, [self.tr("Date"), self.tr("To"), self.tr("Status"),
                                  self.tr("Note")],
              [[short_date(r.referred_on), r.target, name_of(statuses, r.status), r.note]
               for r in file.referrals])
        fill_table(ui.participations, [self.tr("Activity"), self.tr("Where"), self.tr("Since"),
                                  self.tr("Until"), self.tr("Through a referral")],
              [[p.activity_title, p.place, short_date(p.since), short_date(p.until),
                self.tr("yes") if p.via_referral else self.tr("no")]
               for p in file.participations])
        self._update_buttons()

    def _fill_requests(self, file: ResidentFile) -> None:
        domains, statuses = domain_names(), status_names()
        table = self.ui.requests
        fill_table(table, [self.tr("Life domain"), self.tr("Status"), self.tr("Opened"),
                      self.tr("Closed"), self.tr("Professional")],
              [[name_of(domains, r.life_domain), name_of(statuses, r.status),
                short_date(r.opened_on), short_date(r.closed_on), r.professional]
               for r in file.requests])
        if file.requests:
            table.selectRow(0)
        self._show_request()

    def selected_request(self) -> RequestView | None:
        if self.file is None:
            return None
        rows = self.ui.requests.selectionModel().selectedRows() if \
            self.ui.requests.selectionModel() else []
        if not rows:
            return None
        return self.file.requests[rows[0].row()]

    def _show_request(self) -> None:
        request = self.selected_request()
        ui = self.ui
        if request is None:
            ui.requestText.setText(self.tr("No help question yet. Add one with “New help "
                                           "question”.") if self.file and not self.file.requests
                                   else "")
            fill_table(ui.goals, [], [])
            ui.scores.setText("")
        else:
            basis = name_of(legal_basis_names(), request.legal_basis)
            kind = name_of(care_kind_names(), request.care_kind)
            ui.requestText.setText(
                f"<p>{escape(request.description)}</p><p style='color:gray'>"
                + escape(self.tr("%1 · purpose: %2 · ground: %3").replace("%1", kind)
                          .replace("%2", request.purpose).replace("%3", basis)) + "</p>")
            goal_names = goal_status_names()
            fill_table(ui.goals, [self.tr("Goal"), self.tr("Target date"), self.tr("Status"),
                             self.tr("Result")],
                  [[g.goal, short_date(g.target_date), name_of(goal_names, g.status), g.result]
                   for g in request.goals])
            domains, moments = domain_names(), moment_names()
            ui.scores.setText(escape(" · ".join(
                f"{name_of(domains, s.life_domain)} {s.score} "
                f"({name_of(moments, s.moment)} {short_date(s.assessed_on)})"
                for s in request.scores)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        request = self.selected_request()
        open_request = request is not None and request.status != "closed"
        ui = self.ui
        ui.goalButton.setEnabled(open_request)
        ui.editRequestButton.setEnabled(open_request)
        ui.scoresButton.setEnabled(request is not None)
        ui.closeRequestButton.setEnabled(open_request)
        rows = ui.consents.selectionModel().selectedRows() if ui.consents.selectionModel() \
            else []
        ui.withdrawButton.setEnabled(bool(rows) and self.file is not None
                                     and self.file.consents[rows[0].row()].withdrawn_on is None)
        ui.removeContactButton.setEnabled(self.selected_contact() is not None)

    def clear(self) -> None:
        self.file = None
        self.contacts.clear()
        for table in (self.ui.requests, self.ui.goals, self.ui.household, self.ui.consents,
                      self.ui.referrals):
            fill_table(table, [], [])
        for label in (self.ui.name, self.ui.details, self.ui.requestText, self.ui.scores):
            label.setText("")

    # Actions --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, done: str) -> QDialog:
        dialog.saved.connect(lambda _r: self._saved(done))
        return open_dialog(dialog)

    def _saved(self, done: str) -> None:
        self.changed.emit()
        say_in_status(self, done)

    def new_contact(self) -> QDialog | None:
        if self.file is None:
            return None
        return self._open(ContactDialog(self.session, self.file, self.professionals, self),
                          self.tr("Contact saved."))

    def selected_contact(self) -> ContactRow | None:
        rows = self.ui.contacts.selectionModel().selectedRows()
        return self.contacts.row(rows[0].row()) if rows else None

    def _show_contact(self, index: QModelIndex) -> None:
        contact = self.contacts.row(index.row())
        if contact is not None and contact.note:
            box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Contact of %1").replace(
                "%1", short_date(contact.occurred_on)), contact.note,
                QMessageBox.StandardButton.Close, self)
            open_dialog(box)

    def remove_contact(self) -> QMessageBox | None:
        """The undo of a contact recorded by mistake (kept as a tombstone for sync)."""
        contact = self.selected_contact()
        if contact is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove contact"),
                          self.tr("Remove the contact of %1 (%2 min)? Its note is erased.")
                          .replace("%1", short_date(contact.occurred_on))
                          .replace("%2", str(contact.minutes)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        contacts = self.session.workspace.contacts(self.session.actor)
        contact_id = contact.id

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.session.run(lambda _p: contacts.remove(contact_id), "remove contact",
                                 lambda _r: self._saved(self.tr("Contact removed.")),
                                 lambda exc: fail(self, self.tr("Remove contact"), exc),
                                 owner=self)

        box.buttonClicked.connect(answered)
        return open_dialog(box)

    def new_request(self) -> QDialog | None:
        if self.file is None:
            return None
        return self._open(RequestDialog(self.session, self.file, self.professionals, self),
                          self.tr("Help question saved."))

    def new_goal(self) -> QDialog | None:
        request = self.selected_request()
        if request is None:
            return None
        return self._open(GoalDialog(self.session, request, self), self.tr("Goal saved."))

    def edit_request(self) -> QDialog | None:
        request = self.selected_request()
        if self.file is None or request is None or request.status == "closed":
            return None
        return self._open(RequestDialog(self.session, self.file, self.professionals, self,
                                        request=request), self.tr("Help question saved."))

    def edit_goal(self, row: int) -> QDialog | None:
        request = self.selected_request()
        if request is None or not 0 <= row < len(request.goals):
            return None
        return self._open(GoalDialog(self.session, request, self, goal=request.goals[row]),
                          self.tr("Goal saved."))

    def new_scores(self) -> QDialog | None:
        request = self.selected_request()
        if request is None:
            return None
        return self._open(ScoresDialog(self.session, request, self), self.tr("Scores saved."))

    def close_request(self) -> QDialog | None:
        request = self.selected_request()
        if request is None:
            return None
        support = self.session.workspace.support(self.session.actor)
        request_id = request.id
        return self._open(DateDialog(self.session, self.tr("Close help question"),
                                     self.tr("Closed on"),
                                     lambda day: support.close_request(request_id, day), self),
                          self.tr("Help question closed."))

    def new_consent(self) -> QDialog | None:
        if self.file is None:
            return None
        return self._open(ConsentDialog(self.session, self.file, self), self.tr("Consent saved."))

    def withdraw_consent(self) -> QDialog | None:
        rows = self.ui.consents.selectionModel().selectedRows()
        if self.file is None or not rows:
            return None
        consent_id = self.file.consents[rows[0].row()].id
        consents = self.session.workspace.consents(self.session.actor)
        return self._open(DateDialog(self.session, self.tr("Withdraw consent"),
                                     self.tr("Withdrawn on"),
                                     lambda day: consents.withdraw(consent_id, day), self),
                          self.tr("Consent withdrawn."))

    def new_referral(self) -> QDialog | None:
        if self.file is None:
            return None
        return self._open(ReferralDialog(self.session, self.file, self),
                          self.tr("Referral saved."))

    def refer_to_activity(self) -> None:
        """Toeleiding: pick a current activity or a live initiative."""
        if self.file is None:
            return
        activities = self.session.workspace.activities(self.session.actor)
        initiatives = self.session.workspace.initiatives(self.session.actor)
        file = self.file

        def chosen(found: tuple) -> None:
            current = [(a.id, f"{a.title} · {a.place}") for a in found[0]
                       if a.starts_on <= date.today()
                       and (a.ends_on is None or a.ends_on >= date.today())]
            live = [(i.id, f"{i.title} · {i.place}") for i in found[1] if i.status != "stopped"]
            self._open(ReferToActivityDialog(self.session, file.id, file.name, current, live,
                                             self), self.tr("Referred."))

        self.session.run(lambda _p: (activities.list(), initiatives.list()),
                         "where to refer to", chosen,
                         lambda exc: fail(self, self.tr("Refer to an activity"), exc),
                         owner=self)

    def edit_details(self) -> QDialog | None:
        if self.file is None:
            return None
        return self._open(ResidentDialog(self.session, self.neighbourhoods, file=self.file,
                                         parent=self), self.tr("Details saved."))

    def new_member(self) -> QDialog | None:
        if self.file is None:
            return None
        return self._open(ResidentDialog(self.session, self.neighbourhoods,
                                         household_of=self.file, parent=self),
                          self.tr("Household member added."))

    def export_access(self, fmt: ExportFormat) -> QDialog | None:
        if self.file is None:
            return None
        return export_access(self, self.session, self.file, fmt,
                             lambda _path: self._saved(self.tr("Subject access exported.")))

    def export_access_log(self) -> AccessLogExportDialog | None:
        """Who saw or changed this file (NEN 7513), with this resident chosen."""
        if self.file is None:
            return None
        return export_access_log(self, self.session, (self.file.id, self.file.name))

    def erase(self) -> QDialog | None:
        if self.file is None:
            return None
        dialog = EraseDialog(self.session, self.file.id, self.file.name, parent=self)
        dialog.saved.connect(lambda _n: self.erased.emit())
        return open_dialog(dialog)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.edit_action.setText(self.tr("Edit details…") + "\tCtrl+E")
        self.member_action.setText(self.tr("Add household member…"))
        for action, text in zip(self.privacy_actions, (
                self.tr("Export subject access as PDF…"),
                self.tr("Export subject access as JSON…"),
                self.tr("Export access log…"),
                self.tr("Erase this resident's data…")), strict=False):
            action.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
