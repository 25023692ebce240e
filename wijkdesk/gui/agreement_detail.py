"""One version of a samenwerkingsafspraak in full: its text and trail beside the matrix as it
was frozen with it; and the marks the agreement pages share (state badges, passed review dates,
read-only tables that carry the version id in their first column)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.agreements import AgreementState
from wijkdesk.domain.role_matrix import Level, Rule
from wijkdesk.gui.agreement_dialogs import field_label, field_text
from wijkdesk.gui.matrix_table import ColumnFit
from wijkdesk.gui.neighbourhood import money
from wijkdesk.gui.raci import (
    LEVEL_COLOURS,
    STATE_COLOURS,
    finding_title,
    level_name,
    state_name,
    type_label,
)
from wijkdesk.gui.service_texts import translated
from wijkdesk.gui.support_names import short_date
from wijkdesk.services.agreements import AgreementSummary, AgreementVersion, Snapshot

S = AgreementState
INK = QColor("#1b1b1b")  # text on the light badge and level colours, in either palette
ID_ROLE = Qt.ItemDataRole.UserRole


def alarm_colour() -> QColor:
    """Red that reads on the palette in use (the colours of the error messages)."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80" if dark else "#b3261e")


def _local(moment: datetime | None) -> datetime | None:
    return moment.astimezone() if moment is not None else None


def day(moment: datetime | None) -> str:
    return short_date(_local(moment).date()) if moment is not None else ""


def overdue(summary: AgreementSummary, today: date | None = None) -> bool:
    """An approved version whose review date has passed."""
    return (summary.state is S.APPROVED and summary.review_on is not None
            and summary.review_on < (today or date.today()))


def approved_text(summary: AgreementSummary) -> str:
    """Who approved a version and when, as the version's page says it."""
    return QCoreApplication.translate("AgreementDetail", "Approved by %1 on %2.").replace(
        "%1", summary.approved_by_name or "—").replace("%2", day(summary.approved_at))


def badge(item: QTableWidgetItem, state: AgreementState) -> None:
    item.setBackground(QBrush(STATE_COLOURS[state]))
    item.setForeground(QBrush(INK))


def set_ids(table: QTableWidget, ids: list[uuid.UUID]) -> None:
    for row, item_id in enumerate(ids):
        table.item(row, 0).setData(ID_ROLE, str(item_id))


def read_only(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setWordWrap(False)


class SnapshotTable(QTableWidget):
    """The matrix as it was frozen with a version: tasks by domain against the types, each
    cell its letter on its level's colour (the level's name in the tooltip). The domains and
    types are as narrow as their longest word; the tasks take the room left and wrap."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        self.setWordWrap(True)
        self.spans: list[tuple[int, int]] = []  # (first row, rows) of each domain
        self.task_fit = ColumnFit(self, 1, minimum=130)
        self.horizontalHeader().sectionResized.connect(self._column_resized)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        with self.task_fit.measuring():
            self._show(snapshot)
        self.fit_rows()

    def _show(self, snapshot: Snapshot) -> None:
        self.clear()
        self.clearSpans()
        self.spans = []
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
                if previous is not None:
                    self.spans.append((start, row - start))
                start, previous = row, domain
                item = QTableWidgetItem(domain)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                # the rows fit the tasks; a domain's name grows the last of its rows if needed
                item.setSizeHint(QSize(0, 0))
                self.setItem(row, 0, item)
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
        if snapshot.tasks:
            self.spans.append((start, len(snapshot.tasks) - start))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        # the domain wraps between its words, so its longest word sets the width
        words = [w for domain, *_rest in snapshot.tasks for w in domain.split()]
        header.resizeSection(0, max([metrics.horizontalAdvance(w) for w in words] + [80]) + 14)
        for column in range(2, len(headers)):  # as wide as the type's name, no wider
            widest = max(metrics.horizontalAdvance(line) for line in headers[column].split("\n"))
            header.resizeSection(column, max(44, widest + 12))
        widest = max((self.fontMetrics().horizontalAdvance(self.item(r, 1).text())
                      for r in range(self.rowCount())), default=0)
        # no narrower than a task's longest word: it would be cut, not wrapped
        words = [w for r in range(self.rowCount()) for w in self.item(r, 1).text().split()]
        longest = max([self.fontMetrics().horizontalAdvance(w) for w in words] + [0])
        self.task_fit.minimum = max(longest, min(widest, 120)) + 14

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in (0, 1):
            self.fit_rows()

    def fit_rows(self) -> None:
        """Rows as high as their task's lines, the last of a domain's rows higher where its
        name needs more lines than its rows give."""
        self.resizeRowsToContents()
        width = self.columnWidth(0) - 8
        for first, count in self.spans:
            item = self.item(first, 0)
            if item is None:
                continue
            needed = self.fontMetrics().boundingRect(
                0, 0, max(width, 1), 10_000, Qt.TextFlag.TextWordWrap, item.text()).height() + 8
            have = sum(self.rowHeight(r) for r in range(first, first + count))
            if needed > have:
                last = first + count - 1
                self.setRowHeight(last, self.rowHeight(last) + needed - have)


class AgreementDetail(QWidget):
    """The version shown: heading and state, a notice once it no longer changes, a row the
    page fills with its step buttons, then its text and trail beside its matrix snapshot."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.version: AgreementVersion | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        heading = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.badge = QLabel(self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.addWidget(self.heading, 1)
        heading.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff1c2; color: #4a3800; border: 1px "
                                  "solid #e0b000; border-radius: 4px; padding: 4px 8px; }")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.action_row = QHBoxLayout()  # the page's step buttons
        layout.addLayout(self.action_row)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.placeholder = QLabel(self.stack)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.split = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.text = QTextBrowser(self.split)
        self.text.setOpenLinks(False)
        # the text wraps at the width; a pixel of an unbreakable word is not worth a scrollbar
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.document().setDocumentMargin(8)
        self.snapshot_box = QGroupBox(self.split)
        slay = QVBoxLayout(self.snapshot_box)
        self.snapshot_note = QLabel(self.snapshot_box)
        self.snapshot_note.setWordWrap(True)
        slay.addWidget(self.snapshot_note)
        self.snapshot = SnapshotTable(self.snapshot_box)
        slay.addWidget(self.snapshot, 1)
        # the text keeps room for a long word beside its labels; the matrix takes the rest
        self.text.setMinimumWidth(280)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([300, 770])
        self.stack.addWidget(self.split)
        self.retranslate()

    def show_version(self, version: AgreementVersion) -> None:
        self.version = version
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
        self.text.setHtml(self._html(version))
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

    def _html(self, version: AgreementVersion) -> str:
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
            review += (f" <span style='color:{alarm_colour().name()}'><b>"
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
        # each label above its value: beside the matrix the column is narrow, and a label
        # column would leave the text a strip of it
        parts = ["".join(f"<p style='margin-top:0; margin-bottom:8px'><b>{escape(label)}</b>"
                         f"<br>{value}</p>" for label, value in rows)]
        if s.approved_at is not None:
            parts.append("<h3>" + escape(self.tr("Approval")) + "</h3><p>" + escape(
                approved_text(s)) + "<br><i>"
                + escape(version.approval_note).replace("\n", "<br>") + "</i></p>")
        # one step a paragraph (what, then when and who, then the note): four columns would
        # not fit the narrow column beside the matrix
        steps = "".join(
            "<p style='margin-top:0; margin-bottom:8px'><b>"
            + escape(self._step(st.from_state, st.to_state)) + "</b><br>"
            + escape(f"{_local(st.at).strftime('%d-%m-%Y %H:%M')} · {st.by_name or '—'}")
            + (f"<br><i>{escape(translated(st.note)).replace(chr(10), '<br>')}</i>"
               if st.note else "")
            + "</p>" for st in version.steps)
        parts.append("<h3>" + escape(self.tr("Trail")) + "</h3>" + steps)
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

    def clear(self) -> None:
        self.version = None
        self.text.clear()
        self.snapshot.clear()
        self.snapshot.setRowCount(0)
        self.heading.clear()
        self.badge.clear()
        self.badge.setStyleSheet("")
        self.notice.hide()
        self.stack.setCurrentIndex(0)

    def retranslate(self) -> None:
        self.snapshot_box.setTitle(self.tr("Responsibility matrix of this version"))
        self.placeholder.setText(self.tr("Choose an agreement in the list above, or make a "
                                         "new one (Ctrl+N)."))
        if self.version is not None:
            self.show_version(self.version)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
