"""Activities and resident initiatives: lists, what each holds, and the steps to record."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QTimer, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMenu,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.places import PlaceLevel
from wijkdesk.gui.area import Area, SearchHit
from wijkdesk.gui.collective_dialogs import (
    ActivityDialog,
    BudgetDialog,
    GrantDialog,
    InitiativeDialog,
    InitiatorDialog,
    MoneyDialog,
    OffsetDialog,
    SessionDialog,
    SourceDialog,
    StatusDialog,
    SupportDialog,
    TimeDialog,
    funding_kind_names,
    professional_type_name,
    status_names,
    support_kind_names,
)
from wijkdesk.gui.feedback import fail, open_dialog, say_in_status
from wijkdesk.gui.forms.collective_page import Ui_CollectivePage
from wijkdesk.gui.neighbourhood import hours, money
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import short_date
from wijkdesk.gui.tables import fill_table
from wijkdesk.services.attachments import OwnerType

TYPING_PAUSE_MS = 250




def _header(*titles: str, left: int = 1) -> str:
    """A table's header row: the first `left` columns are text, the others figures."""
    cells = "".join(f"<th align={'left' if n < left else 'right'}>{escape(t)}</th>"
                    for n, t in enumerate(titles))
    return f"<tr>{cells}</tr>"


class CollectiveArea(Area):
    icon_name = "collective"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.page = QWidget(self)
        self.ui = Ui_CollectivePage()
        self.ui.setupUi(self.page)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.layout().addWidget(self.page)
        self.activities: list = []
        self.initiatives: list = []
        self.activity: Any = None  # the detail shown
        self.initiative: Any = None
        self.activity_bundle: Any = None
        self.initiative_bundle: Any = None
        self.places: list[tuple[uuid.UUID, str]] = []
        self.professionals: list[tuple[uuid.UUID, str]] = []
        self.sources: list[tuple[uuid.UUID, str]] = []
        self.mine: uuid.UUID | None = None
        ui = self.ui
        self.typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.refresh_lists)
        ui.activityQuery.textChanged.connect(lambda _t: self.typing.start())
        ui.initiativeQuery.textChanged.connect(lambda _t: self.typing.start())
        ui.activityTable.itemSelectionChanged.connect(self._activity_chosen)
        ui.initiativeTable.itemSelectionChanged.connect(self._initiative_chosen)
        ui.newActivityButton.clicked.connect(self.new_activity)
        ui.sessionButton.clicked.connect(self.new_session)
        ui.activityTimeButton.clicked.connect(lambda: self.log_time(activity=True))
        self.activity_money = QMenu(self)
        self.activity_money.addAction(self.tr("Budget from a source…"), self.new_budget)
        self.activity_money.addAction(self.tr("Commitment…"), lambda: self.book(spending=False))
        self.activity_money.addAction(self.tr("Spending…"), lambda: self.book(spending=True))
        self.activity_money.addAction(self.tr("Offset saving…"), self.new_offset)
        ui.activityBudgetButton.setMenu(self.activity_money)
        ui.newInitiativeButton.clicked.connect(self.new_initiative)
        ui.advanceButton.clicked.connect(self.advance)
        ui.initiatorButton.clicked.connect(self.new_initiator)
        self.support_menu = QMenu(self)
        self.support_menu.addAction(self.tr("Support asked…"), self.new_support)
        self.support_menu.addAction(self.tr("Support given…"), self.record_support)
        self.support_menu.addSeparator()
        self.support_menu.addAction(self.tr("Budget from a source…"),
                                    lambda: self.new_budget(initiative=True))
        self.support_menu.addAction(self.tr("Spending…"),
                                    lambda: self.book(spending=True, initiative=True))
        self.support_menu.addAction(self.tr("Offset saving…"),
                                    lambda: self.new_offset(initiative=True))
        ui.supportButton.setMenu(self.support_menu)
        ui.newSourceButton.clicked.connect(self.new_source)
        ui.initiativeTimeButton.clicked.connect(lambda: self.log_time(activity=False))
        ui.growButton.clicked.connect(self.grow)
        ui.attachButton.clicked.connect(self.choose_attachment)
        ui.initiativeText.anchorClicked.connect(self._attachment_clicked)
        self.attached: dict[str, Any] = {}
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Activities and initiatives")

    # Loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        workspace, actor = self.session.workspace, self.session.actor
        places = workspace.places(actor)
        professionals = workspace.professionals(actor)
        funding = workspace.funding(actor)

        def work(_p: Any) -> tuple:
            areas = [(p.id, p.name) for p in places.list()
                     if p.level in (PlaceLevel.DISTRICT, PlaceLevel.NEIGHBOURHOOD)]
            pros = professionals.list()
            return (sorted(areas, key=lambda p: p[1]), [(p.id, p.name) for p in pros],
                    [(s.id, s.name) for s in funding.sources()], professionals.mine())

        self.session.run(work, "collective choices", self._choices,
                         lambda exc: fail(self, self.title(), exc), owner=self)
        self.refresh_lists()

    def _choices(self, result: tuple) -> None:
        self.places, self.professionals, self.sources, self.mine = result

    def refresh_lists(self) -> None:
        activities = self.session.workspace.activities(self.session.actor)
        initiatives = self.session.workspace.initiatives(self.session.actor)
        text = self.ui.activityQuery.text()
        initiative_text = self.ui.initiativeQuery.text().strip().casefold()

        funding = self.session.workspace.funding(self.session.actor)

        def work(_p: Any) -> tuple:
            found = initiatives.list()
            if initiative_text:
                found = [i for i in found if initiative_text in i.title.casefold()]
            return activities.list(text=text), found, funding.by_source()

        self.session.run(work, "collective lists", self._lists,
                         lambda exc: fail(self, self.title(), exc), owner=self)

    def _lists(self, result: tuple) -> None:
        self.activities, self.initiatives, by_source = result
        ui = self.ui
        kinds = funding_kind_names()
        fill_table(ui.sourcesTable, [self.tr("Source"), self.tr("Kind"), self.tr("Budgeted"),
                                self.tr("Committed"), self.tr("Spent"), self.tr("Free"),
                                self.tr("Activities"), self.tr("Initiatives"),
                                self.tr("Offset savings")],
              [[v.name, kinds.get(v.kind, v.kind), money(v.budgeted), money(v.committed),
                money(v.spent), money(v.free), str(v.activities), str(v.initiatives),
                money(v.offset_savings)] for v in by_source])
        chosen = self.activity.id if self.activity else None
        fill_table(ui.activityTable, [self.tr("Activity"), self.tr("Theme"), self.tr("Where"),
                                 self.tr("From"), self.tr("Sessions"), self.tr("Visits"),
                                 self.tr("Referred"), self.tr("Hours")],
              [[a.title, a.theme, a.place, short_date(a.starts_on), str(a.sessions),
                str(a.attendance), str(a.referred_attendance), hours(a.professional_minutes)]
               for a in self.activities])
        names = status_names()
        fill_table(ui.initiativeTable, [self.tr("Initiative"), self.tr("Where"), self.tr("Status"),
                                   self.tr("Since"), self.tr("Granted"), self.tr("Paid"),
                                   self.tr("Hours")],
              [[i.title, i.place, names.get(i.status, i.status), short_date(i.status_since),
                money(i.amount_granted), money(i.amount_paid), hours(i.professional_minutes)]
               for i in self.initiatives])
        self._select(ui.activityTable, self.activities, chosen)
        self._select(ui.initiativeTable, self.initiatives,
                     self.initiative.id if self.initiative else None)

    @staticmethod
    def _select(table: QTableWidget, rows: list, wanted: uuid.UUID | None) -> None:
        for number, row in enumerate(rows):
            if row.id == wanted:
                table.selectRow(number)
                return

    # Details --------------------------------------------------------------------------------

    def _chosen(self, table: QTableWidget, rows: list) -> Any:
        selected = table.selectionModel().selectedRows() if table.selectionModel() else []
        return rows[selected[0].row()] if selected else None

    def _activity_chosen(self) -> None:
        row = self._chosen(self.ui.activityTable, self.activities)
        if row is None:
            return
        self.show_activity(row.id)

    def show_activity(self, activity_id: uuid.UUID) -> None:
        activities = self.session.workspace.activities(self.session.actor)
        funding = self.session.workspace.funding(self.session.actor)
        self.session.run(lambda _p: (activities.detail(activity_id),
                                     activities.participants(activity_id),
                                     funding.position_of(activity_id=activity_id)),
                         "activity detail", self._show_activity,
                         lambda exc: fail(self, self.title(), exc), owner=self)

    def _show_activity(self, result: tuple) -> None:
        view, participants, bundle = result
        self.activity, self.activity_bundle = view, bundle
        d = view.data
        period = short_date(d.starts_on) + (f" – {short_date(d.ends_on)}" if d.ends_on else "")
        parts = [f"<p><b>{escape(d.title)}</b> · {escape(view.place)} · {period}</p>"]
        if d.goal:
            parts.append(f"<p>{escape(d.goal)}</p>")
        if view.initiative_title:
            parts.append("<p>" + escape(self.tr("Grew from the initiative %1").replace(
                "%1", view.initiative_title)) + "</p>")
        parts.append("<p>" + escape(self.tr(
            "%1 taking part now, %2 of them through a referral.").replace(
            "%1", str(participants.count)).replace("%2", str(participants.referred))))
        if participants.names:
            parts.append(" " + escape(self.tr("With consent to be named: %1.").replace(
                "%1", "; ".join(participants.names))))
        if participants.unnamed:
            parts.append(" " + escape(self.tr("%1 without consent to be named.").replace(
                "%1", str(participants.unnamed))))
        parts.append("</p>")
        if view.minutes_by_type:
            parts.append("<p>" + escape(self.tr("Hours of professionals: %1").replace(
                "%1", ", ".join(f"{professional_type_name(m.key)} {hours(m.minutes)}"
                                for m in view.minutes_by_type))) + "</p>")
        if bundle.sources:
            lines = "".join(
                f"<tr><td>{escape(s.source_name)}</td><td align=right>"
                f"{money(s.position.budgeted)}</td><td align=right>{money(s.position.spent)}"
                f"</td><td align=right>{money(s.position.free)}</td></tr>"
                for s in bundle.sources)
            parts.append(
                "<p><b>" + escape(self.tr("Funding")) + "</b></p><table cellpadding=3>"
                + _header(self.tr("Source"), self.tr("Budget"), self.tr("Spent"),
                          self.tr("Free")) + f"{lines}</table>")
        if view.sessions:
            rows = "".join(
                f"<tr><td>{short_date(s.held_on)}</td><td align=right>{s.attendance}</td>"
                f"<td align=right>{s.new_participants}</td>"
                f"<td align=right>{s.referred_participants}</td>"
                f"<td align=right>{s.volunteers}</td></tr>" for s in view.sessions[:12])
            parts.append(
                "<p><b>" + escape(self.tr("Sessions")) + "</b></p><table cellpadding=3>"
                + _header(self.tr("Date"), self.tr("Visits"), self.tr("New"),
                          self.tr("Referred"), self.tr("Volunteers")) + f"{rows}</table>")
        self.ui.activityTitle.setText(f"<b>{escape(d.title)}</b>")
        self.ui.activityText.setHtml("".join(parts))
        self._update_buttons()

    def _initiative_chosen(self) -> None:
        row = self._chosen(self.ui.initiativeTable, self.initiatives)
        if row is not None:
            self.show_initiative(row.id)

    def show_initiative(self, initiative_id: uuid.UUID) -> None:
        initiatives = self.session.workspace.initiatives(self.session.actor)
        attachments = self.session.workspace.attachments(self.session.actor)
        funding = self.session.workspace.funding(self.session.actor)
        self.session.run(lambda _p: (initiatives.detail(initiative_id), attachments.list(
            OwnerType.INITIATIVE, initiative_id), funding.position_of(
            initiative_id=initiative_id)), "initiative detail",
            self._show_initiative, lambda exc: fail(self, self.title(), exc), owner=self)

    def _show_initiative(self, result: tuple) -> None:
        view, attached, bundle = result
        self.initiative, self.initiative_bundle = view, bundle
        names, kinds = status_names(), support_kind_names()
        parts = [f"<p><b>{escape(view.data.title)}</b> · {escape(view.place)} · "
                 f"{escape(names.get(view.status, view.status))}</p>"]
        if view.data.idea:
            parts.append(f"<p>{escape(view.data.idea)}</p>")
        parts.append("<p>" + escape(" → ".join(
            f"{names.get(h.status, h.status)} {short_date(h.changed_on)}"
            for h in view.history)) + "</p>")
        if view.initiators:
            parts.append("<p><b>" + escape(self.tr("Initiators")) + "</b><br>" + "<br>".join(
                escape(" · ".join(p for p in (i.name, i.phone, i.email) if p))
                for i in view.initiators) + "</p>")
        if view.support:
            rows = "".join(
                f"<tr><td>{escape(kinds.get(s.kind, s.kind))}</td>"
                f"<td>{escape(s.description)}</td><td align=right>{money(s.amount_asked)}</td>"
                f"<td align=right>{money(s.amount_granted)}</td>"
                f"<td align=right>{money(s.amount_paid)}</td></tr>" for s in view.support)
            parts.append(
                "<p><b>" + escape(self.tr("Support")) + "</b></p><table cellpadding=3>"
                + _header(self.tr("Kind"), self.tr("What"), self.tr("Asked"),
                          self.tr("Granted"), self.tr("Paid"), left=2) + f"{rows}</table>")
        if view.episodes:
            parts.append("<p><b>" + escape(self.tr("Professional support")) + "</b><br>" +
                         "<br>".join(escape(
                             f"{short_date(e.worked_on)} · {e.professional} · "
                             f"{hours(e.minutes)} " + self.tr("h")
                             + (" · " + self.tr("intensive") if e.intensive else ""))
                             for e in view.episodes[:12]) + "</p>")
        if attached:
            self.attached = {str(a.id): a for a in attached}
            unnamed = self.tr("attachment")
            parts.append("<p><b>" + escape(self.tr("Attachments")) + "</b> " + escape(
                self.tr("(click one to save a copy)")) + "<br>" + "<br>".join(
                f"<a href='attachment:{a.id}'>"
                + escape(f"{a.label or unnamed} · {a.content_type} · "
                         f"{max(1, a.size // 1024)} kB") + "</a>" for a in attached) + "</p>")
        if view.activities:
            parts.append("<p><b>" + escape(self.tr("Grew into")) + "</b><br>" + "<br>".join(
                escape(a.title) for a in view.activities) + "</p>")
        self.ui.initiativeTitle.setText(f"<b>{escape(view.data.title)}</b>")
        self.ui.initiativeText.setHtml("".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        for button in (ui.sessionButton, ui.activityTimeButton, ui.activityBudgetButton):
            button.setEnabled(self.activity is not None)
        stopped = self.initiative is not None and self.initiative.status == "stopped"
        for button in (ui.advanceButton, ui.initiatorButton, ui.supportButton,
                       ui.initiativeTimeButton, ui.growButton, ui.attachButton):
            button.setEnabled(self.initiative is not None and not stopped)

    # Actions --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, then: Callable[[Any], None]) -> QDialog:
        dialog.saved.connect(then)
        return open_dialog(dialog)

    def _activity_saved(self, activity_id: Any) -> None:
        self.refresh_lists()
        if isinstance(activity_id, uuid.UUID):
            self.show_activity(activity_id)
        elif self.activity is not None:
            self.show_activity(self.activity.id)

    def _initiative_saved(self, _result: Any) -> None:
        self.refresh_lists()
        if self.initiative is not None:
            self.show_initiative(self.initiative.id)

    def new_activity(self) -> QDialog:
        return self._open(ActivityDialog(self.session, self.places, parent=self),
                          self._activity_saved)

    def new_session(self) -> QDialog | None:
        if self.activity is None:
            return None
        return self._open(SessionDialog(self.session, self.activity.id, self.activity.data.title,
                                        self), lambda _r: self._activity_saved(None))

    def _target(self, initiative: bool) -> tuple[dict, Callable[[Any], None]] | None:
        """Where money goes: the shown activity, or (initiative) the shown initiative."""
        if initiative:
            if self.initiative is None:
                return None
            return {"initiative_id": self.initiative.id}, self._initiative_saved
        if self.activity is None:
            return None
        return {"activity_id": self.activity.id}, lambda _r: self._activity_saved(None)

    def new_budget(self, initiative: bool = False) -> QDialog | None:
        target = self._target(initiative)
        if target is None:
            return None
        owner, then = target
        return self._open(BudgetDialog(self.session, self.sources, parent=self, **owner), then)

    def book(self, *, spending: bool, initiative: bool = False) -> QDialog | None:
        """A commitment or a spending against one of the shown record's budgets."""
        target = self._target(initiative)
        bundle = self.initiative_bundle if initiative else self.activity_bundle
        if target is None or bundle is None:
            return None
        if not bundle.budgets:
            say_in_status(self, self.tr("Give it a budget from a source first."))
            return None
        budgets = [(b.budget_id, f"{b.source_name} {b.year} · "
                    + self.tr("free %1").replace("%1", money(b.position.free)))
                   for b in bundle.budgets]
        return self._open(MoneyDialog(self.session, budgets, spending=spending, parent=self),
                          target[1])

    def new_offset(self, initiative: bool = False) -> QDialog | None:
        target = self._target(initiative)
        if target is None:
            return None
        owner, then = target
        return self._open(OffsetDialog(self.session, self.sources, parent=self, **owner), then)

    def record_support(self) -> QDialog | None:
        if self.initiative is None or not self.initiative.support:
            return None
        return self._open(GrantDialog(self.session, list(self.initiative.support), self),
                          self._initiative_saved)

    def new_source(self) -> QDialog:
        def saved(_r: Any) -> None:
            self.refresh()

        return self._open(SourceDialog(self.session, self), saved)

    def log_time(self, *, activity: bool) -> QDialog | None:
        target = self.activity if activity else self.initiative
        if target is None:
            return None
        dialog = TimeDialog(self.session, self.professionals, self.mine,
                            activity_id=target.id if activity else None,
                            initiative_id=None if activity else target.id, parent=self)
        return self._open(dialog, (lambda _r: self._activity_saved(None)) if activity
                          else self._initiative_saved)

    def new_initiative(self) -> QDialog:
        def saved(initiative_id: Any) -> None:
            self.refresh_lists()
            self.show_initiative(initiative_id)

        return self._open(InitiativeDialog(self.session, self.places, self), saved)

    def advance(self) -> QDialog | None:
        if self.initiative is None:
            return None
        return self._open(StatusDialog(self.session, self.initiative.id, self.initiative.status,
                                       self), self._initiative_saved)

    def new_initiator(self) -> QDialog | None:
        if self.initiative is None:
            return None
        return self._open(InitiatorDialog(self.session, self.initiative.id, self),
                          self._initiative_saved)

    def new_support(self) -> QDialog | None:
        if self.initiative is None:
            return None
        return self._open(SupportDialog(self.session, self.initiative.id, self),
                          self._initiative_saved)

    def choose_attachment(self) -> QFileDialog | None:
        """A receipt, photo or signed form for the initiative (kept in the encrypted store)."""
        if self.initiative is None:
            return None
        dialog = QFileDialog(self, self.tr("Attach a receipt, photo or form"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("PDF, PNG or JPEG (*.pdf *.png *.jpg *.jpeg)")])
        dialog.fileSelected.connect(self.attach)
        return open_dialog(dialog)

    def _attachment_clicked(self, url: QUrl) -> None:
        if url.scheme() == "attachment":
            self.save_attachment(url.path())

    def save_attachment(self, attachment_id: str) -> QFileDialog | None:
        """A copy of a receipt or form outside the encrypted store, where the user says (the
        export is on record in the audit log)."""
        info = self.attached.get(attachment_id)
        if info is None:
            return None
        suffix = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}.get(
            info.content_type, "bin")
        dialog = QFileDialog(self, self.tr("Save a copy of the attachment"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(f"bijlage-{attachment_id[-8:]}.{suffix}")
        attachments = self.session.workspace.attachments(self.session.actor)
        target_id = info.id

        def chosen(path: str) -> None:
            self.session.run(lambda _p: attachments.save_to(target_id, Path(path)),
                             "save attachment",
                             lambda _r: say_in_status(self, self.tr("Copy saved.")),
                             lambda exc: fail(self, self.tr("Save a copy of the attachment"),
                                              exc), owner=self)

        dialog.fileSelected.connect(chosen)
        return open_dialog(dialog)

    def attach(self, path: str) -> None:
        if self.initiative is None:
            return
        attachments = self.session.workspace.attachments(self.session.actor)
        initiative_id = self.initiative.id
        self.session.run(
            lambda _p: attachments.add_file(OwnerType.INITIATIVE, initiative_id, Path(path)),
            "attach file", self._initiative_saved,
            lambda exc: fail(self, self.tr("Attach a receipt, photo or form"), exc), owner=self)

    def grow(self) -> QDialog | None:
        if self.initiative is None:
            return None
        dialog = ActivityDialog(self.session, self.places, initiative_id=self.initiative.id,
                                title=self.initiative.data.title,
                                place_id=self.initiative.data.place_id, parent=self)
        return self._open(dialog, lambda activity_id: (self._initiative_saved(None),
                                                        self._activity_saved(activity_id)))

    # Search, lock, language -----------------------------------------------------------------

    def search_later(self, query: str, deliver: Callable[[list[SearchHit]], None]) -> None:
        activities = self.session.workspace.activities(self.session.actor)
        initiatives = self.session.workspace.initiatives(self.session.actor)

        def hits(result: tuple) -> None:
            found_activities, found_initiatives = result
            deliver([SearchHit(a.title, "collective", lambda a=a: self._reveal_activity(a.id))
                     for a in found_activities] +
                    [SearchHit(i.title, "collective", lambda i=i: self._reveal_initiative(i.id))
                     for i in found_initiatives])

        self.session.run(lambda _p: (activities.search(query), initiatives.search(query)),
                         "search collective", hits, owner=self)

    def _reveal_activity(self, activity_id: uuid.UUID) -> None:
        self.ui.tabs.setCurrentIndex(0)
        self.show_requested.emit()
        self.show_activity(activity_id)

    def _reveal_initiative(self, initiative_id: uuid.UUID) -> None:
        self.ui.tabs.setCurrentIndex(1)
        self.show_requested.emit()
        self.show_initiative(initiative_id)

    def clear(self) -> None:
        self.activities, self.initiatives = [], []
        self.activity = self.initiative = None
        for table in (self.ui.activityTable, self.ui.initiativeTable):
            table.setRowCount(0)
        for text in (self.ui.activityText, self.ui.initiativeText):
            text.clear()
        for label in (self.ui.activityTitle, self.ui.initiativeTitle):
            label.clear()
        self._update_buttons()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.page)
        self.ui.activityQuery.setPlaceholderText(self.tr("Search activities by title or theme"))
        self.ui.initiativeQuery.setPlaceholderText(self.tr("Search initiatives by title"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
