"""Small forms for the records of a resident's file: contact, help question, goal, scores,
consent, referral, and the resident's own details.

Each is a RecordDialog: labelled fields in a form, an inline message for what the service
refuses, and a save that runs on the lane; the dialog closes only when the save succeeded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.residents import HouseholdRelation
from wijkdesk.domain.support import (
    CareKind,
    ConsentScope,
    ContactKind,
    GoalStatus,
    LegalBasis,
    LifeDomain,
    ReferralStatus,
    RequestStatus,
    ScoreMoment,
)
from wijkdesk.errors import Conflict, LockedRecord
from wijkdesk.gui.feedback import say
from wijkdesk.gui.messages import describe
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import (
    care_kind_names,
    contact_kind_names,
    domain_names,
    goal_status_names,
    legal_basis_names,
    moment_names,
    referral_status_names,
    relation_names,
    short_date,
    status_names,
    to_date,
    to_qdate,
)
from wijkdesk.services.consents import ConsentData, ReferralData
from wijkdesk.services.contacts import ContactData
from wijkdesk.services.resident_file import GoalView, RequestView, ResidentFile
from wijkdesk.services.residents import ResidentData
from wijkdesk.services.support import GoalData, RequestData

_NO_DATE = QDate(1899, 12, 31)  # shown as an empty field: the date is optional


class RecordDialog(QDialog):
    saved = Signal(object)  # what the service returned
    stale = Signal()  # refused because the record changed meanwhile: the caller reloads

    def __init__(self, session: Session, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        say(self.message)

    # Fields ---------------------------------------------------------------------------------

    def row(self, label: str, widget: QWidget) -> Any:
        self.form.addRow(label, widget)
        return widget

    def date_field(self, label: str, value: date | None, *, optional: bool = False,
                   future: bool = False) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        if optional:
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText(" ")
        else:
            edit.setMinimumDate(QDate(1900, 1, 1))
        if not future:
            edit.setMaximumDate(QDate.currentDate())
        edit.setDate(to_qdate(value) if value else _NO_DATE)
        return self.row(label, edit)

    @staticmethod
    def date_of(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == _NO_DATE else to_date(value)

    def choice_field(self, label: str, names: dict[str, str], current: str | None = None,
                     *, none: str | None = None) -> QComboBox:
        combo = QComboBox(self)
        if none is not None:
            combo.addItem(none, None)
        for code, name in names.items():
            if code:
                combo.addItem(name, code)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        return self.row(label, combo)

    def id_field(self, label: str, items: list[tuple[uuid.UUID, str]],
                 current: uuid.UUID | None = None, *, none: str | None = None) -> QComboBox:
        """A choice among records (read back with id_of); none, if given, names "no record"."""
        combo = QComboBox(self)
        if none is not None:
            combo.addItem(none, None)
        add_ids(combo, items, current)
        return self.row(label, combo)

    def text_field(self, label: str, value: str = "", limit: int = 200) -> QLineEdit:
        edit = QLineEdit(value, self)
        edit.setMaxLength(limit)
        return self.row(label, edit)

    def text_area(self, label: str, value: str = "", height: int = 90) -> QPlainTextEdit:
        edit = QPlainTextEdit(value, self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return self.row(label, edit)

    # Saving ---------------------------------------------------------------------------------

    def work(self) -> Callable[[], Any]:
        """The service call this dialog makes (raise ValueError-free domain errors only)."""
        raise NotImplementedError

    def save(self) -> None:
        try:
            call = self.work()
        except Exception as exc:  # noqa: BLE001 - a domain error from building the data
            say(self.message, describe(exc))
            return
        self.buttons.setEnabled(False)
        say(self.message, self.tr("Saving…"), error=False)
        self.session.run(lambda _p: call(), "save record", self._saved, self._failed,
                         owner=self)

    def _saved(self, result: Any) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        say(self.message, describe(exc))
        if isinstance(exc, Conflict | LockedRecord):
            self.stale.emit()


def id_of(combo: QComboBox) -> uuid.UUID | None:
    """The record id behind the chosen item (combos hold ids as text: QVariant cannot compare
    Python UUIDs, so findData would never find one)."""
    value = combo.currentData()
    return uuid.UUID(value) if value else None


def add_ids(combo: QComboBox, items: list[tuple[uuid.UUID, str]],
            current: uuid.UUID | None) -> None:
    for item_id, name in items:
        combo.addItem(name, str(item_id))
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(str(current))))


def _professionals(dialog: RecordDialog, professionals: list[tuple[uuid.UUID, str]],
                   current: uuid.UUID | None) -> QComboBox:
    return dialog.id_field(QCoreApplication.translate("RecordDialog", "Professional"),
                           professionals, current,
                           none=QCoreApplication.translate("RecordDialog", "(nobody)"))


def _requests(dialog: RecordDialog, file: ResidentFile, current: RequestView | None) -> QComboBox:
    domains, statuses = domain_names(), status_names()
    return dialog.id_field(
        QCoreApplication.translate("RecordDialog", "Help question"),
        [(r.id, f"{domains.get(r.life_domain, r.life_domain)} "
                f"({statuses.get(r.status, r.status)}, {short_date(r.opened_on)})")
         for r in file.requests], current.id if current else None,
        none=QCoreApplication.translate("RecordDialog", "(no help question)"))


class ContactDialog(RecordDialog):
    """A contact in under a minute: today, by me, for the last open help question."""

    def __init__(self, session: Session, file: ResidentFile,
                 professionals: list[tuple[uuid.UUID, str]], parent: QWidget | None = None):
        super().__init__(session, self.tr("New contact with %1").replace("%1", file.name),
                         parent)
        self.file = file
        self.day = self.date_field(self.tr("Date"), date.today())
        self.kind = self.choice_field(self.tr("Kind"), contact_kind_names(),
                                      ContactKind.HOME_VISIT)
        self.minutes = self.row(self.tr("Duration"), QSpinBox(self))
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.request = _requests(self, file, file.last_open_request)
        self.professional = _professionals(self, professionals, file.my_professional_id)
        self.note = self.text_area(self.tr("Short note"))
        self.note.setPlaceholderText(self.tr("What happened, in a few words (no more than "
                                             "needed)"))
        self.minutes.setFocus()

    def work(self) -> Callable[[], Any]:
        data = ContactData(occurred_on=to_date(self.day.date()), minutes=self.minutes.value(),
                           kind=ContactKind(self.kind.currentData()),
                           note=self.note.toPlainText(),
                           request_id=id_of(self.request),
                           professional_id=id_of(self.professional))
        contacts = self.session.workspace.contacts(self.session.actor)
        resident_id = self.file.id
        return lambda: contacts.add(resident_id, data)


class RequestDialog(RecordDialog):
    """A new help question, or (request given) changes to an unclosed one."""

    def __init__(self, session: Session, file: ResidentFile,
                 professionals: list[tuple[uuid.UUID, str]], parent: QWidget | None = None,
                 request: RequestView | None = None):
        title = (self.tr("Help question of %1") if request else
                 self.tr("New help question of %1")).replace("%1", file.name)
        super().__init__(session, title, parent)
        self.file, self.request = file, request
        self.domain = self.choice_field(self.tr("Life domain"), domain_names(),
                                        request.life_domain if request else LifeDomain.FINANCES)
        self.description = self.text_area(self.tr("Question in the resident's words"),
                                          request.description if request else "")
        self.care_kind = self.choice_field(self.tr("Kind of support"), care_kind_names(),
                                           request.care_kind if request else CareKind.SOCIAL)
        self.basis = self.choice_field(self.tr("Legal basis"), legal_basis_names(),
                                       request.legal_basis if request else LegalBasis.WMO)
        self.purpose = self.text_field(self.tr("Purpose of processing"),
                                       request.purpose if request else
                                       self.tr("Support with this help question"))
        self.opened = self.date_field(self.tr("Opened on"),
                                      request.opened_on if request else date.today())
        self.status = self.choice_field(
            self.tr("Status"), {k: v for k, v in status_names().items()
                                if k != RequestStatus.CLOSED},
            request.status if request else RequestStatus.OPEN)
        self.professional = _professionals(
            self, professionals, request.professional_id if request else file.my_professional_id)
        self.care_kind.currentIndexChanged.connect(self._suggest_basis)
        self.description.setFocus()

    def _suggest_basis(self) -> None:
        youth = self.care_kind.currentData() == CareKind.YOUTH
        self.basis.setCurrentIndex(self.basis.findData(
            LegalBasis.YOUTH_ACT if youth else LegalBasis.WMO))

    def work(self) -> Callable[[], Any]:
        data = RequestData(
            life_domain=LifeDomain(self.domain.currentData()),
            description=self.description.toPlainText(),
            care_kind=CareKind(self.care_kind.currentData()),
            purpose=self.purpose.text(), legal_basis=LegalBasis(self.basis.currentData()),
            opened_on=to_date(self.opened.date()),
            professional_id=id_of(self.professional),
            status=RequestStatus(self.status.currentData()))
        support = self.session.workspace.support(self.session.actor)
        if self.request is not None:
            request_id = self.request.id
            return lambda: support.update_request(request_id, data)
        resident_id = self.file.id
        return lambda: support.open_request(resident_id, data)


class GoalDialog(RecordDialog):
    """A new goal in the plan, or (goal given) its status and result at an evaluation."""

    def __init__(self, session: Session, request: RequestView, parent: QWidget | None = None,
                 goal: GoalView | None = None):
        super().__init__(session, self.tr("Goal") if goal else self.tr("New goal"), parent)
        self.request, self.existing = request, goal
        self.goal = self.text_area(self.tr("Goal"), goal.goal if goal else "", height=70)
        self.target = self.date_field(self.tr("Target date"), goal.target_date if goal else None,
                                      optional=True, future=True)
        self.status = self.choice_field(self.tr("Status"), goal_status_names(),
                                        goal.status if goal else GoalStatus.OPEN)
        self.result = self.text_area(self.tr("Result"), goal.result if goal else "", height=50)
        (self.status if goal else self.goal).setFocus()

    def work(self) -> Callable[[], Any]:
        data = GoalData(self.goal.toPlainText(), self.date_of(self.target),
                        GoalStatus(self.status.currentData()), self.result.toPlainText())
        support = self.session.workspace.support(self.session.actor)
        if self.existing is not None:
            goal_id = self.existing.id
            return lambda: support.update_goal(goal_id, data)
        request_id = self.request.id
        return lambda: support.add_goal(request_id, data)


class ScoresDialog(RecordDialog):
    """Zelfredzaamheid-Matrix scores of the domains that matter to this question."""

    def __init__(self, session: Session, request: RequestView, parent: QWidget | None = None):
        super().__init__(session, self.tr("Self-sufficiency scores"), parent)
        self.request = request
        hint = QLabel(self.tr("1 = acute problems, 5 = fully self-sufficient. Leave a domain "
                              "at “not scored” when the question does not concern it."), self)
        hint.setWordWrap(True)
        self.form.addRow(hint)
        first = ScoreMoment.INTAKE if not request.scores else ScoreMoment.REVIEW
        self.moment = self.choice_field(self.tr("Moment"), moment_names(), first)
        self.day = self.date_field(self.tr("Assessed on"), date.today())
        self.spins: dict[str, QSpinBox] = {}
        for code, name in domain_names().items():
            spin = QSpinBox(self)
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("not scored"))
            self.spins[code] = self.row(name, spin)
        self.spins[request.life_domain].setFocus()

    def work(self) -> Callable[[], Any]:
        scores = {LifeDomain(code): spin.value() for code, spin in self.spins.items()
                  if spin.value()}
        moment = ScoreMoment(self.moment.currentData())
        day = to_date(self.day.date())
        support = self.session.workspace.support(self.session.actor)
        request_id = self.request.id
        return lambda: support.record_scores(request_id, scores, moment, day)


class DateDialog(RecordDialog):
    """One date, for closing a question or withdrawing a consent."""

    def __init__(self, session: Session, title: str, label: str,
                 call: Callable[[date], Any], parent: QWidget | None = None):
        super().__init__(session, title, parent)
        self.call = call
        self.day = self.date_field(label, date.today())

    def work(self) -> Callable[[], Any]:
        day, call = to_date(self.day.date()), self.call
        return lambda: call(day)


class ConsentDialog(RecordDialog):
    def __init__(self, session: Session, file: ResidentFile, parent: QWidget | None = None):
        super().__init__(session, self.tr("New consent of %1").replace("%1", file.name), parent)
        self.file = file
        self.purpose = self.text_field(self.tr("For what"))
        self.purpose.setPlaceholderText(self.tr("e.g. sharing information with the GP"))
        self.given = self.date_field(self.tr("Given on"), date.today())
        self.until = self.date_field(self.tr("Valid until"), None, optional=True, future=True)
        self.names = QCheckBox(self.tr("The resident's name may be shown to the organisers of "
                                       "activities they take part in"), self)
        self.form.addRow("", self.names)

    def work(self) -> Callable[[], Any]:
        data = ConsentData(self.purpose.text(), to_date(self.given.date()),
                           self.date_of(self.until),
                           ConsentScope.COLLECTIVE_NAMES if self.names.isChecked()
                           else ConsentScope.OTHER)
        consents = self.session.workspace.consents(self.session.actor)
        resident_id = self.file.id
        return lambda: consents.give(resident_id, data)


class ReferralDialog(RecordDialog):
    def __init__(self, session: Session, file: ResidentFile, parent: QWidget | None = None):
        super().__init__(session, self.tr("New referral of %1").replace("%1", file.name),
                         parent)
        self.file = file
        self.organisation = self.text_field(self.tr("To organisation"))
        self.day = self.date_field(self.tr("Referred on"), date.today())
        self.status = self.choice_field(self.tr("Status"), referral_status_names(),
                                        ReferralStatus.PROPOSED)
        self.request = _requests(self, file, file.last_open_request)
        self.note = self.text_area(self.tr("Note"), height=60)

    def work(self) -> Callable[[], Any]:
        data = ReferralData(to_date(self.day.date()), self.organisation.text(),
                            request_id=id_of(self.request),
                            status=ReferralStatus(self.status.currentData()),
                            note=self.note.toPlainText())
        consents = self.session.workspace.consents(self.session.actor)
        resident_id = self.file.id
        return lambda: consents.refer(resident_id, data)


class ResidentDialog(RecordDialog):
    """A new resident (optionally in the household of another), or a resident's details."""

    def __init__(self, session: Session, neighbourhoods: list[tuple[uuid.UUID, str]], *,
                 file: ResidentFile | None = None, household_of: ResidentFile | None = None,
                 parent: QWidget | None = None):
        if file is not None:
            title = self.tr("Details of %1").replace("%1", file.name)
        elif household_of is not None:
            title = self.tr("New member of the household of %1").replace("%1", household_of.name)
        else:
            title = self.tr("New resident")
        super().__init__(session, title, parent)
        self.file, self.household_of = file, household_of
        base = file.data if file else household_of.data if household_of else None
        same = file is not None
        self.given = self.text_field(self.tr("Given name"), base.given_name if same else "",
                                     80)
        self.family = self.text_field(self.tr("Family name"),
                                      base.family_name if base else "", 120)
        self.born = self.date_field(self.tr("Date of birth"),
                                    base.date_of_birth if same else None, optional=True)
        self.street = self.text_field(self.tr("Street"), base.street if base else "", 120)
        self.number = self.text_field(self.tr("House number"),
                                      base.house_number if base else "", 16)
        self.postcode = self.text_field(self.tr("Postcode"), base.postcode if base else "", 7)
        self.postcode.setPlaceholderText("1234 AB")
        self.city = self.text_field(self.tr("Place"), base.city if base else "", 80)
        self.phone = self.text_field(self.tr("Phone"), base.phone if same else "", 32)
        self.email = self.text_field(self.tr("E-mail"), base.email if same else "", 120)
        self.buurt = self.id_field(self.tr("Neighbourhood"), neighbourhoods,
                                   base.neighbourhood_id if base else None,
                                   none=self.tr("(unknown)"))
        relation = file.relation if file else (HouseholdRelation.OTHER if household_of
                                               else HouseholdRelation.HEAD)
        self.relation = self.choice_field(self.tr("In the household"), relation_names(),
                                          relation or HouseholdRelation.HEAD)
        self.given.setFocus()

    def work(self) -> Callable[[], Any]:
        data = ResidentData(
            given_name=self.given.text(), family_name=self.family.text(),
            date_of_birth=self.date_of(self.born), street=self.street.text(),
            house_number=self.number.text(), postcode=self.postcode.text(),
            city=self.city.text(), phone=self.phone.text(), email=self.email.text(),
            neighbourhood_id=id_of(self.buurt))
        relation = HouseholdRelation(self.relation.currentData())
        residents = self.session.workspace.residents(self.session.actor)
        if self.file is not None:
            resident_id = self.file.id
            return lambda: residents.update(resident_id, data, relation)
        other = self.household_of.id if self.household_of else None
        return lambda: residents.create(data, household_of=other, relation=relation)

