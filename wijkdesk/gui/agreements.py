"""Samenwerkingsafspraken in the window: the list, a version in full with its matrix snapshot
and trail, the steps of its lifecycle, and the review work of the team.

Each step is offered only where the state of the shown version and the profile's role allow
it; the services check the same again. Every service call runs on the lane.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.agreements import FROZEN_STATES, AgreementState
from wijkdesk.domain.role_matrix import Level, Rule
from wijkdesk.domain.roles import Permission
from wijkdesk.gui.agreement_compare import CompareDialog
from wijkdesk.gui.agreement_dialogs import (
    AgreementDialog,
    ApproveDialog,
    Choices,
    NoteDialog,
    field_label,
    field_text,
)
from wijkdesk.gui.feedback import fail, open_dialog, say_in_status
from wijkdesk.gui.neighbourhood import money
from wijkdesk.gui.raci import (
    LEVEL_COLOURS,
    STATE_COLOURS,
    finding_title,
    level_name,
    reason_name,
    state_name,
    type_label,
)
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import short_date
from wijkdesk.gui.tables import fill_table
from wijkdesk.services.agreements import (
    AgreementSummary,
    AgreementVersion,
    ReviewItem,
    Snapshot,
)

S = AgreementState
INK = QColor("#1b1b1b")  # text on the light badge and level colours, in either palette
ID_ROLE = Qt.ItemDataRole.UserRole


def _alarm() -> QColor:
    """Red that reads on the palette in use (the colours of the error messages)."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80" if dark else "#b3261e")


def _local(moment: datetime | None) -> datetime | None:
    return moment.astimezone() if moment is not None else None


def _day(moment: datetime | None) -> str:
    return short_date(_local(moment).date()) if moment is not None else ""


def overdue(summary: AgreementSummary, today: date | None = None) -> bool:
    """An approved version whose review date has passed."""
    return (summary.state is S.APPROVED and summary.review_on is not None
            and summary.review_on < (today or date.today()))


def _badge(item: QTableWidgetItem, state: AgreementState) -> None:
    item.setBackground(QBrush(STATE_COLOURS[state]))
    item.setForeground(QBrush(INK))


def _ids(table: QTableWidget, ids: list[uuid.UUID]) -> None:
    for row, item_id in enumerate(ids):
        table.item(row, 0).setData(ID_ROLE, str(item_id))


def _read_only(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setWordWrap(False)


class SnapshotTable(QTableWidget):
    """The matrix as it was frozen with a version: tasks by domain against the types, each
    cell its letter on its level's colour (the level's name in the tooltip)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        self.setWordWrap(True)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.clear()
        types = list(snapshot.types)
        headers = [self.tr("Domain"), self.tr("Task")] + [
            type_label(code, name).replace(" ", "\n", 1) for code, name, _a in types]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(snapshot.tasks))
        start, previous = 0, None
        for row, (domain, task, _work, policy) in enumerate(snapshot.tasks):
            if domain != previous:
                if row - start > 1:
                    self.setSpan(start, 0, row - start, 1)
                start, previous = row, domain
                self.setItem(row, 0, QTableWidgetItem(domain))
            name = QTableWidgetItem(task + (" ●" if policy else ""))
            name.setToolTip(task + ("\n" + self.tr("● policy task") if policy else ""))
            self.setItem(row, 1, name)
            for column, (code, _name, _a) in enumerate(types, start=2):
                level = snapshot.cells.get((domain, task, code))
                cell = QTableWidgetItem(level or "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if level:
                    cell.setBackground(QBrush(LEVEL_COLOURS[Level(level)]))
                    cell.setForeground(QBrush(INK))
                    cell.setToolTip(level_name(Level(level)))
                self.setItem(row, column, cell)
        if len(snapshot.tasks) - start > 1:
            self.setSpan(start, 0, len(snapshot.tasks) - start, 1)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        words = [w for domain, *_rest in snapshot.tasks for w in domain.split()]
        # the domain wraps between its words, so its longest word sets the width
        header.resizeSection(0, max([metrics.horizontalAdvance(w) for w in words] + [80]) + 16)
        header.resizeSection(1, 215)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, len(headers)):  # as wide as the type's name, no wider
            widest = max(metrics.horizontalAdvance(line) for line in headers[column].split("\n"))
            header.resizeSection(column, max(48, widest + 18))


class AgreementsPage(QWidget):
    """The agreements of the team: the newest version of each, and the chosen version in full
    with the steps its state and the profile's role allow."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.rows: list[AgreementSummary] = []  # the newest version of each agreement
        self.current: AgreementVersion | None = None  # the version shown in full
        self.series: list[AgreementSummary] = []  # every version of the shown agreement
        self.choices = Choices()
        self._wanted: uuid.UUID | None = None  # the version asked for last
        self._menu_at: QPoint | None = None  # a context menu waiting for its version
        self._build()
        self.retranslate()
        self._update_actions()

    # Building -------------------------------------------------------------------------------

    def _build(self) -> None:
        """The list and the versions of the chosen agreement on top; below, the chosen
        version: heading, steps, its text and trail beside its matrix snapshot."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(self.splitter)

        top = QWidget(self.splitter)
        tlay = QHBoxLayout(top)
        tlay.setContentsMargins(8, 8, 8, 4)
        lay = QVBoxLayout()
        tlay.addLayout(lay, 1)
        filters = QHBoxLayout()
        self.state_label = QLabel(top)
        self.state_filter = QComboBox(top)
        self.state_label.setBuddy(self.state_filter)
        self.text_filter = QLineEdit(top)
        self.text_filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(top)
        filters.addWidget(self.state_label)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.text_filter, 1)
        filters.addSpacing(12)
        filters.addWidget(self.new_button)
        lay.addLayout(filters)
        self.table = QTableWidget(top)
        _read_only(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        lay.addWidget(self.table, 1)
        self.empty = QLabel(top)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        lay.addWidget(self.empty)
        self.versions_box = QGroupBox(top)
        self.versions_box.setMinimumWidth(340)
        self.versions_box.setMaximumWidth(420)
        vlay = QVBoxLayout(self.versions_box)
        self.versions = QTableWidget(self.versions_box)
        _read_only(self.versions)
        self.versions.horizontalHeader().setStretchLastSection(True)
        vlay.addWidget(self.versions, 1)
        self.compare_button = QPushButton(self.versions_box)
        compare_row = QHBoxLayout()
        compare_row.addStretch(1)
        compare_row.addWidget(self.compare_button)
        vlay.addLayout(compare_row)
        tlay.addWidget(self.versions_box)

        bottom = QWidget(self.splitter)
        rlay = QVBoxLayout(bottom)
        rlay.setContentsMargins(8, 4, 8, 8)
        heading = QHBoxLayout()
        self.heading = QLabel(bottom)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.badge = QLabel(bottom)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.addWidget(self.heading, 1)
        heading.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        rlay.addLayout(heading)
        self.notice = QLabel(bottom)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff1c2; color: #4a3800; border: 1px "
                                  "solid #e0b000; border-radius: 4px; padding: 4px 8px; }")
        self.notice.hide()
        rlay.addWidget(self.notice)
        self.action_row = QHBoxLayout()
        rlay.addLayout(self.action_row)
        self.stack = QStackedWidget(bottom)
        rlay.addWidget(self.stack, 1)
        self.placeholder = QLabel(self.stack)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.detail_split = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.detail = QTextBrowser(self.detail_split)
        self.detail.setOpenLinks(False)
        # the text wraps at the width; a pixel of an unbreakable word is not worth a scrollbar
        self.detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.snapshot_box = QGroupBox(self.detail_split)
        slay = QVBoxLayout(self.snapshot_box)
        self.snapshot_note = QLabel(self.snapshot_box)
        self.snapshot_note.setWordWrap(True)
        slay.addWidget(self.snapshot_note)
        self.snapshot = SnapshotTable(self.snapshot_box)
        slay.addWidget(self.snapshot, 1)
        self.detail_split.setStretchFactor(0, 2)
        self.detail_split.setStretchFactor(1, 3)
        self.detail_split.setSizes([440, 840])
        self.stack.addWidget(self.detail_split)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([230, 570])

        self.actions_: dict[str, QAction] = {}
        self.buttons_: dict[str, QPushButton] = {}
        for key, keys, slot in (
                ("new", "Ctrl+N", self.new_agreement),
                ("edit", "Ctrl+E", self.edit),
                ("new_version", "Ctrl+Shift+N", self.new_version),
                ("submit", "Ctrl+Shift+S", self.submit),
                ("send_back", "Ctrl+Shift+R", self.send_back),
                ("approve", "Ctrl+Shift+A", self.approve),
                ("withdraw", "Ctrl+Shift+W", self.withdraw),
                ("compare", "Ctrl+Shift+C", self.compare),
                ("find", "Ctrl+F", self._find)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.addAction(action)
            self.actions_[key] = action
        for key in ("edit", "new_version", "submit", "send_back", "approve", "withdraw"):
            button = QPushButton(bottom)
            self.action_row.addWidget(button)
            self.buttons_[key] = button
        self.action_row.addStretch(1)
        self.buttons_["new"] = self.new_button
        self.buttons_["compare"] = self.compare_button
        for key, button in self.buttons_.items():
            button.clicked.connect(self.actions_[key].trigger)
        chain = [self.state_filter, self.text_filter, self.new_button, self.table,
                 self.versions, self.compare_button] + [
            self.buttons_[k] for k in ("edit", "new_version", "submit", "send_back", "approve",
                                       "withdraw")] + [self.detail, self.snapshot]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.menu = QMenu(self)
        for key in ("edit", "new_version", "submit", "send_back", "approve", "withdraw"):
            self.menu.addAction(self.actions_[key])
        self.menu.addSeparator()
        self.menu.addAction(self.actions_["compare"])
        self.menu.addAction(self.actions_["new"])

        self.state_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.text_filter.textChanged.connect(lambda _t: self._fill())
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.versions.itemSelectionChanged.connect(self._version_chosen)

    # Loading --------------------------------------------------------------------------------

    def load(self, *, show: uuid.UUID | None = None) -> None:
        """The list and the choices of the form; show, if given, is the version to show after
        (else the one shown now stays)."""
        workspace, actor = self.session.workspace, self.session.actor
        agreements, roles = workspace.agreements(actor), workspace.roles(actor)
        neighbourhood = workspace.neighbourhood(actor)

        def work(_p: Any) -> tuple:
            indent = {"district": "", "neighbourhood": "    "}
            places = [(p.id, indent[p.level.value] + p.name)
                      for p in neighbourhood.places_for_view() if p.level.value in indent]
            return agreements.list(), Choices(roles.teams(), places, roles.matrices())

        wanted = show or (self.current.summary.id if self.current else None)
        self.session.run(work, "agreements", lambda r: self._loaded(r, wanted),
                         lambda exc: fail(self, self.tr("Agreements"), exc), owner=self)

    def _loaded(self, result: tuple, wanted: uuid.UUID | None) -> None:
        self.rows, self.choices = result
        self._fill()
        if wanted is not None:
            self.show_version(wanted)

    def _filtered(self) -> list[AgreementSummary]:
        state = self.state_filter.currentData()
        text = self.text_filter.text().strip().casefold()
        return [r for r in self.rows if (state is None or r.state.value == state)
                and (not text or text in f"{r.title} {r.team} {r.place_name}".casefold())]

    def _fill(self) -> None:
        rows = self._filtered()
        today = date.today()
        chosen = self.current.summary.series_id if self.current else None
        self.table.blockSignals(True)
        fill_table(self.table, [self.tr("Title"), self.tr("Team"), self.tr("Area"),
                                self.tr("Version"), self.tr("State"), self.tr("Review date"),
                                self.tr("Approved by")],
                   [[r.title, r.team, r.place_name, str(r.version), state_name(r.state),
                     short_date(r.review_on), r.approved_by_name] for r in rows])
        _ids(self.table, [r.id for r in rows])
        alarm = _alarm()
        for n, r in enumerate(rows):
            self.table.item(n, 3).setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            _badge(self.table.item(n, 4), r.state)
            if overdue(r, today):
                when = self.table.item(n, 5)
                when.setForeground(QBrush(alarm))
                when.setToolTip(self.tr("The review date has passed"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.clearSelection()
        for n, r in enumerate(rows):
            if r.series_id == chosen:
                self.table.selectRow(n)
        self.table.blockSignals(False)
        self.empty.setText(self.tr("No agreements yet. Make the first with “New agreement”.")
                           if not self.rows else self.tr("No agreement matches the filter."))
        self.empty.setVisible(not rows)

    def _row_chosen(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.show_version(uuid.UUID(self.table.item(selected[0].row(), 0).data(ID_ROLE)))

    def _version_chosen(self) -> None:
        selected = self.versions.selectionModel().selectedRows()
        if selected:
            wanted = uuid.UUID(self.versions.item(selected[0].row(), 0).data(ID_ROLE))
            if self.current is None or self.current.summary.id != wanted:
                self.show_version(wanted)

    def open_agreement(self, agreement_id: uuid.UUID) -> None:
        """Show a version (e.g. from the review queue), whatever the filters hide."""
        if not any(r.id == agreement_id for r in self._filtered()):
            for widget in (self.state_filter, self.text_filter):
                widget.blockSignals(True)
            self.state_filter.setCurrentIndex(0)
            self.text_filter.clear()
            for widget in (self.state_filter, self.text_filter):
                widget.blockSignals(False)
            self._fill()
        self.show_version(agreement_id)

    show_agreement = open_agreement  # the name the roles area calls it by

    def show_version(self, agreement_id: uuid.UUID) -> None:
        agreements = self.session.workspace.agreements(self.session.actor)
        self._wanted = agreement_id

        def work(_p: Any) -> tuple:
            version = agreements.get(agreement_id)
            return version, agreements.versions(version.summary.series_id)

        self.session.run(work, "agreement detail", self._shown,
                         lambda exc: fail(self, self.tr("Agreements"), exc), owner=self)

    def _shown(self, result: tuple[AgreementVersion, list[AgreementSummary]]) -> None:
        version, series = result
        if version.summary.id != self._wanted:
            return  # the user moved on; a newer answer is coming
        self.current, self.series = version, series
        self._show_detail(version)
        self._fill_versions()
        self._select_series()
        self._update_actions()
        if self._menu_at is not None:
            at, self._menu_at = self._menu_at, None
            self.menu.popup(at)

    def _select_series(self) -> None:
        series_id = self.current.summary.series_id if self.current else None
        self.table.blockSignals(True)
        for n in range(self.table.rowCount()):
            row = next((r for r in self.rows
                        if str(r.id) == self.table.item(n, 0).data(ID_ROLE)), None)
            if row is not None and row.series_id == series_id:
                self.table.selectRow(n)
                break
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)

    def _fill_versions(self) -> None:
        self.versions.blockSignals(True)
        fill_table(self.versions, [self.tr("Version"), self.tr("State"), self.tr("Changed")],
                   [[str(v.version), state_name(v.state), _day(v.updated_at)]
                    for v in self.series])
        _ids(self.versions, [v.id for v in self.series])
        self.versions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for n, v in enumerate(self.series):
            self.versions.item(n, 0).setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            _badge(self.versions.item(n, 1), v.state)
            if self.current and v.id == self.current.summary.id:
                self.versions.selectRow(n)
        self.versions.blockSignals(False)

    # Showing --------------------------------------------------------------------------------

    def _show_detail(self, version: AgreementVersion) -> None:
        s = version.summary
        self.stack.setCurrentIndex(1)
        self.heading.setText(f"<h2 style='margin:0'>{escape(s.title)}</h2>"
                             + escape(self.tr("Version %1 · written by %2").replace(
                                 "%1", str(s.version)).replace("%2", version.created_by_name
                                                               or "—")))
        colour = STATE_COLOURS[s.state]
        self.badge.setText(state_name(s.state))
        self.badge.setStyleSheet(f"QLabel {{ background: {colour.name()}; color: "
                                 f"{INK.name()}; border-radius: 9px; padding: 3px 12px; "
                                 "font-weight: bold; }")
        notice = {
            S.APPROVED: self.tr("Frozen — changing it makes a new version."),
            S.SUBMITTED: self.tr("With the team lead for review; it changes only after it is "
                                 "sent back."),
            S.SUPERSEDED: self.tr("Superseded by a newer approved version; it no longer "
                                  "changes."),
            S.WITHDRAWN: self.tr("Withdrawn; this version no longer changes."),
        }.get(s.state, "")
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.detail.setHtml(self._detail_html(version))
        snap = version.snapshot
        if snap.tasks:
            where = snap.team + (f" · {snap.place}" if snap.place else "")
            self.snapshot_note.setText(self.tr("As it was when this version was last written "
                                               "(%1). A = accountable, R = executes, "
                                               "C = consulted, I = informed; ● policy task.")
                                       .replace("%1", where))
        else:
            self.snapshot_note.setText(self.tr("This version carries no matrix."))
        self.snapshot.show_snapshot(snap)
        self.snapshot.setVisible(bool(snap.tasks))

    def _detail_html(self, version: AgreementVersion) -> str:
        s, c = version.summary, version.content
        empty = "<span style='color:gray'>—</span>"

        def text(name: str) -> str:
            value = field_text(name, getattr(c, name), s.place_name)
            return escape(value).replace("\n", "<br>") if value else empty

        if c.period_from and c.period_to:
            period = f"{short_date(c.period_from)} – {short_date(c.period_to)}"
        elif c.period_from:
            period = self.tr("from %1").replace("%1", short_date(c.period_from))
        elif c.period_to:
            period = self.tr("until %1").replace("%1", short_date(c.period_to))
        else:
            period = ""
        resources = " · ".join(p for p in (
            self.tr("%1 hours per week").replace("%1", str(c.hours_per_week))
            if c.hours_per_week else "",
            self.tr("budget %1").replace("%1", money(c.budget_cents).replace(" ", "\u00a0"))
            if c.budget_cents else "") if p)
        review = text("review_on")
        if overdue(s):
            review += (f" <span style='color:{_alarm().name()}'><b>"
                       + escape(self.tr("(date passed)")) + "</b></span>")
        rows = [
            (field_label("title"), text("title")),
            (field_label("parties"), text("parties")),
            (field_label("team"), text("team")),
            (field_label("place_id"), text("place_id")
             if c.place_id else escape(self.tr("the whole team"))),
            (self.tr("Period"), escape(period) or empty),
            (field_label("assignment"), text("assignment")),
            (field_label("expected_results"), text("expected_results")),
            (field_label("mutual_expectations"), text("mutual_expectations")),
            (field_label("mandate"), text("mandate")),
            (self.tr("Resources"), escape(resources) or empty),
            (field_label("evaluation_criteria"), text("evaluation_criteria")),
            (field_label("review_on"), review),
        ]
        bold = QFont(self.detail.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        # the labels wrap between words, never inside one: their longest word sets the width
        width = max(metrics.horizontalAdvance(w) for label, _v in rows for w in label.split())
        parts = ["<table width='100%' cellspacing='0' cellpadding='4'>" + "".join(
            f"<tr><td valign='top' width='{max(width, 90) + 10}'><b>{escape(label)}</b></td>"
            f"<td>{value}</td></tr>" for label, value in rows) + "</table>"]
        if s.approved_at is not None:
            parts.append("<h3>" + escape(self.tr("Approval")) + "</h3><p>" + escape(
                self.tr("Approved by %1 on %2.").replace("%1", s.approved_by_name or "—")
                .replace("%2", _day(s.approved_at))) + "<br><i>"
                + escape(version.approval_note).replace("\n", "<br>") + "</i></p>")
        steps = "".join(
            f"<tr><td nowrap valign='top'>{_local(st.at).strftime('%d-%m-%Y %H:%M')}</td>"
            f"<td>{escape(st.by_name or '—')}</td>"
            f"<td>{escape(self._step(st.from_state, st.to_state))}</td>"
            f"<td>{escape(st.note).replace(chr(10), '<br>')}</td></tr>"
            for st in version.steps)
        parts.append("<h3>" + escape(self.tr("Trail")) + "</h3>"
                     "<table width='100%' cellspacing='0' cellpadding='3'><tr>" + "".join(
                         f"<th align='left'>{escape(h)}</th>" for h in (
                             self.tr("When"), self.tr("Who"), self.tr("Step"),
                             self.tr("Note"))) + f"</tr>{steps}</table>")
        snap = version.snapshot
        if snap.splits:
            types = {code: type_label(code, name) for code, name, _a in snap.types}
            items = "".join("<li>" + escape(self.tr("%1: %2% individual, %3% collective")
                                            .replace("%1", types.get(code, code))
                                            .replace("%2", str(percent))
                                            .replace("%3", str(100 - percent))) + "</li>"
                            for code, percent in sorted(snap.splits.items()))
            parts.append("<h3>" + escape(self.tr("Agreed split of the work")) + "</h3>"
                         f"<ul>{items}</ul>")
        if snap.findings:
            types = {code: type_label(code, name) for code, name, _a in snap.types}
            items = "".join(
                "<li>" + escape(finding_title(Rule(rule), task or types.get(code, code)
                                              or domain)) + "</li>"
                for rule, domain, task, code in snap.findings)
            parts.append("<h3>" + escape(self.tr("Findings in the matrix of this version"))
                         + f"</h3><ul>{items}</ul>")
        return "".join(parts)

    def _step(self, old: str, new: AgreementState) -> str:
        if not old:
            return self.tr("made as %1").replace("%1", state_name(new))
        return f"{state_name(AgreementState(old))} → {state_name(new)}"

    # Which steps are possible ---------------------------------------------------------------

    def _update_actions(self) -> None:
        write = self.session.may(Permission.WRITE_RECORDS)
        lead = self.session.may(Permission.APPROVE_AGREEMENTS)
        v = self.current
        state = v.summary.state if v else None
        frozen = state in FROZEN_STATES
        still_open = any(x.state in (S.DRAFT, S.SUBMITTED) for x in self.series)
        mine = v is not None and v.created_by_name == self.session.actor.display_name
        a = self.actions_
        a["new"].setEnabled(write)
        a["edit"].setVisible(not frozen)
        a["edit"].setEnabled(write and state is S.DRAFT)
        a["new_version"].setVisible(frozen)
        a["new_version"].setEnabled(write and frozen and not still_open)
        a["submit"].setEnabled(write and state is S.DRAFT)
        a["send_back"].setEnabled(lead and state is S.SUBMITTED)
        a["approve"].setEnabled(lead and state is S.SUBMITTED)
        a["withdraw"].setEnabled(write and (
            (state in (S.DRAFT, S.SUBMITTED) and (lead or mine))
            or (state is S.APPROVED and lead)))
        a["compare"].setEnabled(len(self.series) >= 2)
        newest = max(self.series, key=lambda x: x.version) if self.series else None
        self.buttons_["new_version"].setToolTip(
            self.tr("Version %1 is still open; change that one.").replace(
                "%1", str(newest.version)) if frozen and still_open and newest else
            a["new_version"].shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        for key, button in self.buttons_.items():
            button.setVisible(a[key].isVisible())
            button.setEnabled(a[key].isEnabled())
        if not lead:
            tip = self.tr("Only a team lead approves or sends back.")
            self.buttons_["approve"].setToolTip(tip)
            self.buttons_["send_back"].setToolTip(tip)

    # Steps ------------------------------------------------------------------------------------

    def _find(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    def _context_menu(self, pos: QPoint) -> None:
        item = self.table.itemAt(pos)
        if item is None:
            return
        at = self.table.viewport().mapToGlobal(pos)
        row_id = uuid.UUID(self.table.item(item.row(), 0).data(ID_ROLE))
        if self.current is not None and self.current.summary.id == row_id:
            self.menu.popup(at)
            return
        self._menu_at = at  # shown once that version is loaded, with its steps
        self.table.blockSignals(True)
        self.table.selectRow(item.row())
        self.table.blockSignals(False)
        self.show_version(row_id)

    def _done(self, message: str) -> Callable[[Any], None]:
        def then(version: Any) -> None:
            say_in_status(self, message)
            self.load(show=version.summary.id if isinstance(version, AgreementVersion)
                      else None)
        return then

    def _open(self, dialog: Any, message: str) -> Any:
        dialog.saved.connect(self._done(message))
        return open_dialog(dialog)

    def new_agreement(self) -> AgreementDialog | None:
        if not self.actions_["new"].isEnabled():
            return None
        return self._open(AgreementDialog(self.session, self.choices, parent=self),
                          self.tr("Agreement saved as a draft."))

    def edit(self, version: AgreementVersion | None = None) -> AgreementDialog | None:
        version = version or self.current
        if version is None or version.summary.state is not S.DRAFT:
            return None
        return self._open(AgreementDialog(self.session, self.choices, version=version,
                                          parent=self), self.tr("Draft saved."))

    def new_version(self) -> None:
        if self.current is None or not self.actions_["new_version"].isEnabled():
            return
        agreements = self.session.workspace.agreements(self.session.actor)
        base = self.current.summary.id

        def made(version: AgreementVersion) -> None:
            say_in_status(self, self.tr("Version %1 made as a draft.").replace(
                "%1", str(version.summary.version)))
            self.load(show=version.summary.id)
            self.edit(version)

        self.session.run(lambda _p: agreements.new_version(base), "new agreement version",
                         made, lambda exc: fail(self, self.tr("New version"), exc), owner=self)

    def submit(self) -> NoteDialog | None:
        if self.current is None or not self.actions_["submit"].isEnabled():
            return None
        agreements = self.session.workspace.agreements(self.session.actor)
        agreement_id = self.current.summary.id
        return self._open(NoteDialog(
            self.session, self.tr("Submit for review"),
            self.tr("The team lead will see this version as it is now, with the matrix as it "
                    "is at this moment. Until it is sent back, it cannot be changed."),
            lambda note: agreements.submit(agreement_id, note), action=self.tr("Submit"),
            required=False, parent=self), self.tr("Submitted for review."))

    def send_back(self) -> NoteDialog | None:
        if self.current is None or not self.actions_["send_back"].isEnabled():
            return None
        agreements = self.session.workspace.agreements(self.session.actor)
        agreement_id = self.current.summary.id
        return self._open(NoteDialog(
            self.session, self.tr("Send back for changes"),
            self.tr("The version goes back to draft, so that it can be changed. Say what "
                    "should change."),
            lambda note: agreements.send_back(agreement_id, note),
            action=self.tr("Send back"), required=True, parent=self),
            self.tr("Sent back as a draft."))

    def approve(self) -> ApproveDialog | None:
        if self.current is None or not self.actions_["approve"].isEnabled():
            return None
        return self._open(ApproveDialog(self.session, self.current, self),
                          self.tr("Agreement approved."))

    def withdraw(self) -> NoteDialog | None:
        if self.current is None or not self.actions_["withdraw"].isEnabled():
            return None
        agreements = self.session.workspace.agreements(self.session.actor)
        agreement_id = self.current.summary.id
        explanation = (
            self.tr("Withdrawing ends this approved version: the agreement no longer applies. "
                    "This cannot be undone.")
            if self.current.summary.state is S.APPROVED else
            self.tr("Withdrawing ends this version for good; it cannot be undone. An earlier "
                    "approved version stays in force."))
        return self._open(NoteDialog(
            self.session, self.tr("Withdraw the agreement"), explanation,
            lambda note: agreements.withdraw(agreement_id, note), action=self.tr("Withdraw"),
            required=True, confirm=self.tr("Yes, withdraw this version"), parent=self),
            self.tr("Version withdrawn."))

    def compare(self) -> CompareDialog | None:
        if len(self.series) < 2:
            return None
        return open_dialog(CompareDialog(self.session, self.series, self))

    # Lock, language ---------------------------------------------------------------------------

    def clear(self) -> None:
        self.rows, self.series, self.current, self._wanted = [], [], None, None
        self.choices = Choices()
        self.table.setRowCount(0)
        self.versions.setRowCount(0)
        self.detail.clear()
        self.snapshot.clear()
        self.snapshot.setRowCount(0)
        self.heading.clear()
        self.badge.clear()
        self.badge.setStyleSheet("")
        self.notice.hide()
        self.stack.setCurrentIndex(0)
        self._update_actions()

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("&New agreement…"), "edit": self.tr("&Edit…"),
            "new_version": self.tr("New v&ersion"), "submit": self.tr("S&ubmit for review…"),
            "send_back": self.tr("Send &back…"), "approve": self.tr("&Approve…"),
            "withdraw": self.tr("&Withdraw…"), "compare": self.tr("&Compare versions…"),
            "find": self.tr("Filter agreements"),
        }
        for key, text in texts.items():
            self.actions_[key].setText(text)
            if key in self.buttons_:
                self.buttons_[key].setText(text)
                self.buttons_[key].setToolTip(self.actions_[key].shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText))
        self.state_label.setText(self.tr("&State:"))
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(self.tr("All"), None)
        for state in AgreementState:
            self.state_filter.addItem(state_name(state), state.value)
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(current)))
        self.state_filter.blockSignals(False)
        self.text_filter.setPlaceholderText(self.tr("Filter by title, team or area (Ctrl+F)"))
        self.versions_box.setTitle(self.tr("Versions of this agreement"))
        self.snapshot_box.setTitle(self.tr("Responsibility matrix of this version"))
        self.placeholder.setText(self.tr("Choose an agreement in the list above, or make a "
                                         "new one (Ctrl+N)."))
        if self.rows:
            self._fill()
        if self.current is not None:
            self._show_detail(self.current)
            self._fill_versions()
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReviewPage(QWidget):
    """What needs the team's attention: versions awaiting approval, and approved agreements
    whose review date has passed or is near; and the review dates for the team's calendar."""

    open_requested = Signal(object)  # the uuid of the agreement version to show

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.items: list[ReviewItem] = []
        self.exported: int | None = None  # dates in the last export
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_calendar)
        top.addWidget(self.intro, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.table = QTableWidget(self)
        _read_only(self.table)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.export_calendar)
        self.addAction(self.export_action)
        self.retranslate()

    def load(self) -> None:
        agreements = self.session.workspace.agreements(self.session.actor)
        self.session.run(lambda _p: agreements.review_queue(), "review queue", self._loaded,
                         lambda exc: fail(self, self.tr("Review"), exc), owner=self)

    def _loaded(self, items: list[ReviewItem]) -> None:
        self.items = items
        self._fill()

    def _fill(self) -> None:
        today = date.today()
        fill_table(self.table, [self.tr("Why"), self.tr("Title"), self.tr("Team"),
                                self.tr("Review date"), self.tr("State")],
                   [[reason_name(i.reason), i.agreement.title, i.agreement.team,
                     short_date(i.agreement.review_on), state_name(i.agreement.state)]
                    for i in self.items])
        _ids(self.table, [i.agreement.id for i in self.items])
        alarm = _alarm()
        for n, i in enumerate(self.items):
            _badge(self.table.item(n, 4), i.agreement.state)
            if overdue(i.agreement, today):
                for column in (0, 3):
                    self.table.item(n, column).setForeground(QBrush(alarm))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        if self.items and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)

    def _activated(self, index: Any) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None:
            self.open_requested.emit(uuid.UUID(item.data(ID_ROLE)))

    def export_calendar(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export review dates"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("iCalendar (*.ics)")])
        dialog.setDefaultSuffix("ics")
        dialog.selectFile("evaluaties-wijkdesk.ics")
        dialog.fileSelected.connect(self.export_to)
        return open_dialog(dialog)

    def export_to(self, path: str) -> None:
        agreements = self.session.workspace.agreements(self.session.actor)

        def exported(count: int) -> None:
            self.exported = count
            say_in_status(self, self.tr("%1 review dates exported to the calendar file.")
                          .replace("%1", str(count)))

        self.session.run(lambda _p: agreements.export_review_calendar(path),
                         "export review dates", exported,
                         lambda exc: fail(self, self.tr("Export review dates"), exc),
                         owner=self)

    def clear(self) -> None:
        self.items = []
        self.table.setRowCount(0)
        self.table.hide()
        self.empty.show()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Agreements awaiting a team lead's approval, and approved "
                                   "agreements whose review date has passed or falls within "
                                   "30 days. Double-click or press Enter to open one."))
        self.export_button.setText(self.tr("Export review dates (iCalendar)…"))
        self.export_button.setToolTip(self.export_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText))
        self.export_action.setText(self.tr("Export review dates (iCalendar)…"))
        self.empty.setText(self.tr("Nothing to review"))
        if self.items:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
