"""Forms for collective work: activities, sessions, hours, budgets, initiatives and their steps.

Amounts are typed in euros and stored in cents; hours are typed in hours and stored in minutes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox, QWidget

from wijkdesk.domain.collective import FundingKind, InitiativeStatus, SupportKind
from wijkdesk.domain.support import ReferralStatus
from wijkdesk.gui.record_dialogs import RecordDialog, id_of
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import to_date
from wijkdesk.services.activities import ActivityData, SessionData
from wijkdesk.services.consents import ReferralData
from wijkdesk.services.initiatives import InitiativeData, SupportData

Choices = list[tuple[uuid.UUID, str]]


_STATUSES = {
    InitiativeStatus.IDEA: QT_TRANSLATE_NOOP("Collective", "idea"),
    InitiativeStatus.SUPPORTED: QT_TRANSLATE_NOOP("Collective", "supported"),
    InitiativeStatus.RUNNING: QT_TRANSLATE_NOOP("Collective", "running"),
    InitiativeStatus.SELF_SUSTAINING: QT_TRANSLATE_NOOP("Collective", "self-sustaining"),
    InitiativeStatus.STOPPED: QT_TRANSLATE_NOOP("Collective", "stopped"),
}
_SUPPORT_KINDS = {
    SupportKind.FINANCIAL: QT_TRANSLATE_NOOP("Collective", "financial"),
    SupportKind.ORGANISATIONAL: QT_TRANSLATE_NOOP("Collective", "organisational"),
    SupportKind.PROCESS: QT_TRANSLATE_NOOP("Collective", "process support"),
}


def status_names() -> dict[str, str]:
    return {k: QCoreApplication.translate("Collective", v) for k, v in _STATUSES.items()}


def support_kind_names() -> dict[str, str]:
    return {k: QCoreApplication.translate("Collective", v) for k, v in _SUPPORT_KINDS.items()}


def _euros(dialog: RecordDialog, label: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(dialog)
    spin.setRange(0, 10_000_000)
    spin.setDecimals(2)
    spin.setSingleStep(50)
    spin.setPrefix("€ ")
    return dialog.row(label, spin)


def cents_of(spin: QDoubleSpinBox) -> int:
    return round(spin.value() * 100)


class ActivityDialog(RecordDialog):
    """A new activity; with initiative_id, the activity an initiative grows into."""

    def __init__(self, session: Session, places: Choices, *, initiative_id: uuid.UUID | None
                 = None, title: str = "", place_id: uuid.UUID | None = None,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Grow into an activity") if initiative_id
                         else self.tr("New activity"), parent)
        self.initiative_id = initiative_id
        self.title_ = self.text_field(self.tr("Title"), title, 160)
        self.theme = self.text_field(self.tr("Theme"), "", 80)
        self.theme.setPlaceholderText(self.tr("e.g. meeting, exercise, language café"))
        self.goal = self.text_area(self.tr("Goal"), height=60)
        self.organiser = self.text_field(self.tr("Organised by"), "", 160)
        self.place = self.id_field(self.tr("Wijk or buurt"), places, place_id)
        self.starts = self.date_field(self.tr("Starts on"), date.today(), future=True)
        self.ends = self.date_field(self.tr("Ends on"), None, optional=True, future=True)
        self.title_.setFocus()

    def work(self) -> Callable[[], Any]:
        data = ActivityData(self.title_.text(), id_of(self.place), to_date(self.starts.date()),
                            self.date_of(self.ends), self.theme.text(),
                            self.goal.toPlainText(), self.organiser.text())
        if self.initiative_id is not None:
            service = self.session.workspace.initiatives(self.session.actor)
            initiative_id = self.initiative_id
            return lambda: service.grow_into_activity(initiative_id, data)
        activities = self.session.workspace.activities(self.session.actor)
        return lambda: activities.create(data)


class SessionDialog(RecordDialog):
    def __init__(self, session: Session, activity_id: uuid.UUID, title: str,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Session of %1").replace("%1", title), parent)
        self.activity_id = activity_id
        self.day = self.date_field(self.tr("Held on"), date.today())
        self.attendance = self._count(self.tr("Participants"))
        self.new = self._count(self.tr("Of whom new"))
        self.referred = self._count(self.tr("Of whom referred"))
        self.volunteers = self._count(self.tr("Volunteers"))
        self.volunteer_hours = self.row(self.tr("Volunteer hours"), QDoubleSpinBox(self))
        self.volunteer_hours.setRange(0, 10_000)
        self.volunteer_hours.setSingleStep(0.5)
        self.attendance.setFocus()

    def _count(self, label: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 100_000)
        return self.row(label, spin)

    def work(self) -> Callable[[], Any]:
        data = SessionData(to_date(self.day.date()), self.attendance.value(), self.new.value(),
                           self.referred.value(), self.volunteers.value(),
                           round(self.volunteer_hours.value() * 60))
        activities = self.session.workspace.activities(self.session.actor)
        activity_id = self.activity_id
        return lambda: activities.add_session(activity_id, data)


class TimeDialog(RecordDialog):
    """Hours a professional spent on an activity or an initiative."""

    def __init__(self, session: Session, professionals: Choices, mine: uuid.UUID | None, *,
                 activity_id: uuid.UUID | None = None, initiative_id: uuid.UUID | None = None,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Hours spent"), parent)
        self.activity_id, self.initiative_id = activity_id, initiative_id
        self.professional = self.id_field(self.tr("Professional"), professionals, mine)
        self.day = self.date_field(self.tr("Worked on"), date.today())
        self.hours = self.row(self.tr("Hours"), QDoubleSpinBox(self))
        self.hours.setRange(0.25, 24)
        self.hours.setSingleStep(0.25)
        self.hours.setValue(1)
        self.intensive = QCheckBox(self.tr("Part of a short, intensive support episode"), self)
        if initiative_id is not None:
            self.form.addRow("", self.intensive)
        else:
            self.intensive.hide()
        self.note = self.text_field(self.tr("Note"), "", 500)
        self.hours.setFocus()

    def work(self) -> Callable[[], Any]:
        service = (self.session.workspace.initiatives(self.session.actor)
                   if self.initiative_id else self.session.workspace.activities(
                       self.session.actor))
        professional, minutes = id_of(self.professional), round(self.hours.value() * 60)
        day, intensive, note = to_date(self.day.date()), self.intensive.isChecked(), \
            self.note.text()
        activity_id, initiative_id = self.activity_id, self.initiative_id
        return lambda: service.log_time(professional, minutes, day, activity_id=activity_id,
                                        initiative_id=initiative_id, intensive=intensive,
                                        note=note)


class BudgetDialog(RecordDialog):
    """Money from one source for an activity or initiative; several make a bundle."""

    def __init__(self, session: Session, sources: Choices, *, activity_id: uuid.UUID | None =
                 None, initiative_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(session, self.tr("Budget"), parent)
        self.activity_id, self.initiative_id = activity_id, initiative_id
        self.source = self.id_field(self.tr("Funding source"), sources)
        self.amount = _euros(self, self.tr("Amount"))
        self.year = self.row(self.tr("Year"), QSpinBox(self))
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.amount.setFocus()

    def work(self) -> Callable[[], Any]:
        funding = self.session.workspace.funding(self.session.actor)
        source, amount, year = id_of(self.source), cents_of(self.amount), self.year.value()
        activity_id, initiative_id = self.activity_id, self.initiative_id
        return lambda: funding.add_budget(source, amount, year, activity_id=activity_id,
                                          initiative_id=initiative_id)


class InitiativeDialog(RecordDialog):
    def __init__(self, session: Session, places: Choices, parent: QWidget | None = None):
        super().__init__(session, self.tr("New resident initiative"), parent)
        self.title_ = self.text_field(self.tr("Title"), "", 160)
        self.idea = self.text_area(self.tr("The idea, in the initiators' words"))
        self.place = self.id_field(self.tr("Wijk or buurt"), places)
        self.started = self.date_field(self.tr("Started on"), date.today())
        self.title_.setFocus()

    def work(self) -> Callable[[], Any]:
        data = InitiativeData(self.title_.text(), id_of(self.place),
                              to_date(self.started.date()), self.idea.toPlainText())
        service = self.session.workspace.initiatives(self.session.actor)
        return lambda: service.create(data)


class StatusDialog(RecordDialog):
    """The next step of an initiative; the steps behind it are not offered."""

    def __init__(self, session: Session, initiative_id: uuid.UUID, current: InitiativeStatus,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Status of the initiative"), parent)
        self.initiative_id = initiative_id
        names = status_names()
        order = list(InitiativeStatus)
        ahead = {s: names[s] for s in order[order.index(current) + 1:]}
        ahead[InitiativeStatus.STOPPED] = names[InitiativeStatus.STOPPED]
        self.status = self.choice_field(self.tr("New status"), ahead)
        self.day = self.date_field(self.tr("Since"), date.today())

    def work(self) -> Callable[[], Any]:
        service = self.session.workspace.initiatives(self.session.actor)
        initiative_id = self.initiative_id
        status, day = InitiativeStatus(self.status.currentData()), to_date(self.day.date())
        return lambda: service.advance(initiative_id, status, day)


class InitiatorDialog(RecordDialog):
    def __init__(self, session: Session, initiative_id: uuid.UUID,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Initiator (contact person)"), parent)
        self.initiative_id = initiative_id
        self.name = self.text_field(self.tr("Name"), "", 160)
        self.phone = self.text_field(self.tr("Phone"), "", 32)
        self.email = self.text_field(self.tr("E-mail"), "", 120)

    def work(self) -> Callable[[], Any]:
        service = self.session.workspace.initiatives(self.session.actor)
        initiative_id = self.initiative_id
        name, phone, email = self.name.text(), self.phone.text(), self.email.text()
        return lambda: service.add_initiator(initiative_id, name, phone, email)


class SupportDialog(RecordDialog):
    """Support the initiators ask for: money, organisation, or guidance in the process."""

    def __init__(self, session: Session, initiative_id: uuid.UUID,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Support asked"), parent)
        self.initiative_id = initiative_id
        self.kind = self.choice_field(self.tr("Kind"), support_kind_names(),
                                      SupportKind.FINANCIAL)
        self.description = self.text_area(self.tr("What is asked"), height=60)
        self.day = self.date_field(self.tr("Asked on"), date.today())
        self.amount = _euros(self, self.tr("Amount asked"))
        self.kind.currentIndexChanged.connect(
            lambda _i: self.amount.setEnabled(self.kind.currentData() == SupportKind.FINANCIAL))

    def work(self) -> Callable[[], Any]:
        kind = SupportKind(self.kind.currentData())
        data = SupportData(kind, to_date(self.day.date()), self.description.toPlainText(),
                              cents_of(self.amount) if kind is SupportKind.FINANCIAL else 0)
        service = self.session.workspace.initiatives(self.session.actor)
        initiative_id = self.initiative_id
        return lambda: service.request_support(initiative_id, data)


class ReferToActivityDialog(RecordDialog):
    """Toeleiding: from a resident's file to an activity (which the resident then joins) or to
    a resident initiative."""

    def __init__(self, session: Session, resident_id: uuid.UUID, name: str,
                 activities: Choices, initiatives: Choices = (), parent: QWidget | None = None):
        super().__init__(session, self.tr("Refer %1 to an activity or initiative").replace(
            "%1", name), parent)
        self.resident_id = resident_id
        self.activity = QComboBox(self)
        for item_id, title in activities:
            self.activity.addItem(title, f"activity:{item_id}")
        for item_id, title in initiatives:
            self.activity.addItem(self.tr("Initiative: %1").replace("%1", title),
                                  f"initiative:{item_id}")
        self.row(self.tr("Activity or initiative"), self.activity)
        self.day = self.date_field(self.tr("Referred on"), date.today())
        self.note = self.text_field(self.tr("Note"), "", 500)

    def work(self) -> Callable[[], Any]:
        kind, _, raw = (self.activity.currentData() or ":").partition(":")
        target = uuid.UUID(raw) if raw else None
        resident_id, day, note = self.resident_id, to_date(self.day.date()), self.note.text()
        if kind == "initiative":
            consents = self.session.workspace.consents(self.session.actor)
            data = ReferralData(day, initiative_id=target, status=ReferralStatus.ACCEPTED,
                                note=note)
            return lambda: consents.refer(resident_id, data)
        service = self.session.workspace.activities(self.session.actor)
        return lambda: service.refer(resident_id, target, day, note=note)


class MoneyDialog(RecordDialog):
    """A commitment or a spending against one budget of a bundle; beyond the budget only when
    the overspend is confirmed with the check box."""

    def __init__(self, session: Session, budgets: Choices, *, spending: bool,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Spending") if spending else self.tr("Commitment"),
                         parent)
        self.spending = spending
        self.budget = self.id_field(self.tr("Budget"), budgets)
        self.amount = _euros(self, self.tr("Amount"))
        self.day = self.date_field(self.tr("Date"), date.today())
        self.description = self.text_field(self.tr("Description"), "", 200)
        self.override = QCheckBox(self.tr("Record it even beyond the budget (confirmed)"), self)
        self.form.addRow("", self.override)
        self.amount.setFocus()

    def work(self) -> Callable[[], Any]:
        funding = self.session.workspace.funding(self.session.actor)
        budget, amount, day = id_of(self.budget), cents_of(self.amount), to_date(self.day.date())
        text, override = self.description.text(), self.override.isChecked()
        if self.spending:
            return lambda: funding.spend(budget, amount, day, text, override=override)
        return lambda: funding.commit(budget, amount, day, text, override=override)


class OffsetDialog(RecordDialog):
    """An estimated saving elsewhere (inverdieneffect), and the source whose budget gains."""

    def __init__(self, session: Session, sources: Choices, *, activity_id: uuid.UUID | None =
                 None, initiative_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(session, self.tr("Offset saving"), parent)
        self.activity_id, self.initiative_id = activity_id, initiative_id
        self.source = self.id_field(self.tr("Lands in the budget of"), sources)
        self.amount = _euros(self, self.tr("Estimated saving"))
        self.year = self.row(self.tr("Year"), QSpinBox(self))
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.rationale = self.text_area(self.tr("How it is estimated, and why"))

    def work(self) -> Callable[[], Any]:
        funding = self.session.workspace.funding(self.session.actor)
        source, amount, year = id_of(self.source), cents_of(self.amount), self.year.value()
        rationale = self.rationale.toPlainText()
        activity_id, initiative_id = self.activity_id, self.initiative_id
        return lambda: funding.add_offset_saving(source, amount, year, rationale,
                                                 activity_id=activity_id,
                                                 initiative_id=initiative_id)


class GrantDialog(RecordDialog):
    """What was given for a support request: the date and, for money, granted, paid and
    accounted for (with the receipts as attachments)."""

    def __init__(self, session: Session, items: list, parent: QWidget | None = None):
        super().__init__(session, self.tr("Support given"), parent)
        kinds = support_kind_names()
        self.items = {str(i.id): i for i in items}
        self.item = self.id_field(self.tr("Support asked"), [
            (i.id, f"{kinds.get(i.kind, i.kind)}: {i.description[:60]}") for i in items])
        self.given = self.date_field(self.tr("Given on"), date.today())
        self.granted = _euros(self, self.tr("Granted"))
        self.paid = _euros(self, self.tr("Paid"))
        self.accounted = _euros(self, self.tr("Accounted for"))
        self.item.currentIndexChanged.connect(lambda _i: self._fill())
        self._fill()

    def _fill(self) -> None:
        item = self.items.get(self.item.currentData() or "")
        money = item is not None and item.kind == SupportKind.FINANCIAL
        for spin, value in ((self.granted, item.amount_granted if item else 0),
                            (self.paid, item.amount_paid if item else 0),
                            (self.accounted, item.amount_accounted if item else 0)):
            spin.setValue(value / 100)
            spin.setEnabled(money)

    def work(self) -> Callable[[], Any]:
        service = self.session.workspace.initiatives(self.session.actor)
        support_id, given = id_of(self.item), to_date(self.given.date())
        granted, paid, accounted = (cents_of(self.granted), cents_of(self.paid),
                                    cents_of(self.accounted))
        return lambda: service.record_support(support_id, given_on=given,
                                              amount_granted=granted, amount_paid=paid,
                                              amount_accounted=accounted)


class SourceDialog(RecordDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, self.tr("New funding source"), parent)
        self.name = self.text_field(self.tr("Name"), "", 120)
        self.kind = self.choice_field(self.tr("Kind"), funding_kind_names(), FundingKind.OTHER)
        self.description = self.text_area(self.tr("Description"), height=60)

    def work(self) -> Callable[[], Any]:
        funding = self.session.workspace.funding(self.session.actor)
        name, kind = self.name.text(), FundingKind(self.kind.currentData())
        description = self.description.toPlainText()
        return lambda: funding.add_source(name, kind, description)


_FUNDING_KINDS = {
    FundingKind.WMO: QT_TRANSLATE_NOOP("Collective", "Wmo"),
    FundingKind.YOUTH: QT_TRANSLATE_NOOP("Collective", "Jeugdwet"),
    FundingKind.MUNICIPAL: QT_TRANSLATE_NOOP("Collective", "municipal neighbourhood budget"),
    FundingKind.FOUNDATION: QT_TRANSLATE_NOOP("Collective", "foundation"),
    FundingKind.HOUSING_CORPORATION: QT_TRANSLATE_NOOP("Collective", "housing corporation"),
    FundingKind.OTHER: QT_TRANSLATE_NOOP("Collective", "other"),
}


def funding_kind_names() -> dict[str, str]:
    return {k: QCoreApplication.translate("Collective", v) for k, v in _FUNDING_KINDS.items()}


_PROFESSIONAL_TYPES = {
    "community_worker": QT_TRANSLATE_NOOP("Collective", "community worker"),
    "area_worker": QT_TRANSLATE_NOOP("Collective", "area worker"),
    "social_professional": QT_TRANSLATE_NOOP("Collective", "social professional"),
    "freelancer": QT_TRANSLATE_NOOP("Collective", "freelancer"),
    "social_entrepreneur": QT_TRANSLATE_NOOP("Collective", "social entrepreneur"),
}


def professional_type_name(code: str) -> str:
    """The five seeded types by name; a type an administrator added keeps its code."""
    text = _PROFESSIONAL_TYPES.get(code)
    return QCoreApplication.translate("Collective", text) if text else code
