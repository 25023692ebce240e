"""Samenwerkingsafspraken in the window: the page that puts the list (agreement_list) above
the version shown in full (agreement_detail) and offers the steps of its lifecycle, as buttons,
context menu and shortcuts. The review queue is agreement_review.ReviewPage.

Each step is offered only where the state of the shown version and the profile's role allow
it; the services check the same again. Every service call runs on the lane.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QSplitter, QVBoxLayout, QWidget

from wijkdesk.domain.agreements import FROZEN_STATES, AgreementState
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import Cancelled
from wijkdesk.gui.agreement_compare import CompareDialog
from wijkdesk.gui.agreement_detail import AgreementDetail
from wijkdesk.gui.agreement_dialogs import AgreementDialog, ApproveDialog, Choices, NoteDialog
from wijkdesk.gui.agreement_list import AgreementList
from wijkdesk.gui.certificate import PassphraseDialog, with_certificate
from wijkdesk.gui.feedback import fail, open_dialog, say_in_status
from wijkdesk.gui.lane import Job
from wijkdesk.gui.progress import run_with_progress
from wijkdesk.gui.session import Session
from wijkdesk.services.agreements import AgreementSummary, AgreementVersion
from wijkdesk.services.exports import Certificate, Exported

S = AgreementState
# the steps of a version's lifecycle, in the order of their buttons
STEPS = ("edit", "new_version", "submit", "send_back", "approve", "withdraw")
EXPORTS = ("register", "pdf")  # the register of every agreement, the version shown
# the register's formats: the chooser's filter and the format (and suffix) it stands for
REGISTER_FORMATS = (("PDF (*.pdf)", "pdf"), ("CSV (*.csv)", "csv"), ("Excel (*.xlsx)", "xlsx"))


def register_format(path: str, name_filter: str) -> str:
    """The format a register is written in: the one its typed extension names, else the one
    of the filter chosen (a name without a known extension keeps the user's choice)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in {fmt for _f, fmt in REGISTER_FORMATS}:
        return suffix
    return next((fmt for f, fmt in REGISTER_FORMATS if f == name_filter), "pdf")


class AgreementsPage(QWidget):
    """The agreements of the team: the newest version of each, and the chosen version in full
    with the steps its state and the profile's role allow."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.current: AgreementVersion | None = None  # the version shown in full
        self.series: list[AgreementSummary] = []  # every version of the shown agreement
        self.choices = Choices()
        self._wanted: uuid.UUID | None = None  # the version asked for last
        self._menu_at: QPoint | None = None  # a context menu waiting for its version
        self.exported_pdf: Path | None = None  # the last PDF written
        self.exported_register: Path | None = None  # the last register written
        self.last_export: Exported | None = None  # what the last export wrote
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
        self.listing = AgreementList(self.splitter)
        self.detail_pane = AgreementDetail(self.splitter)
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
                ("pdf", "Ctrl+Shift+P", self.export_pdf),
                ("register", "Ctrl+Shift+X", self.export_register),
                ("find", "Ctrl+F", self.listing.find)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.addAction(action)
            self.actions_[key] = action
        pane = self.detail_pane
        # the exports are not steps: kept apart at the right (the register here rather than
        # above the list, where the filter needs the width)
        for key in STEPS + EXPORTS:
            if key == EXPORTS[0]:
                pane.action_row.addStretch(1)
            self.buttons_[key] = QPushButton(pane)
            pane.action_row.addWidget(self.buttons_[key])
        self.buttons_["new"] = self.listing.new_button
        self.buttons_["compare"] = self.listing.compare_button
        for key, button in self.buttons_.items():
            button.clicked.connect(self.actions_[key].trigger)
        listing = self.listing
        chain = [listing.state_filter, listing.text_filter, listing.new_button, listing.table,
                 listing.versions, listing.compare_button] + [
            self.buttons_[k] for k in STEPS + EXPORTS] + [pane.text, pane.snapshot]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.menu = QMenu(self)
        for key in STEPS:
            self.menu.addAction(self.actions_[key])
        self.menu.addSeparator()
        for key in ("pdf", "compare", "new", "register"):
            self.menu.addAction(self.actions_[key])

        listing.version_chosen.connect(self.show_version)
        listing.menu_requested.connect(self._context_menu)

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
        rows, self.choices = result
        self.listing.show_rows(rows)
        if wanted is not None:
            self.show_version(wanted)

    def open_agreement(self, agreement_id: uuid.UUID) -> None:
        """Show a version (e.g. from the review queue), whatever the filters hide."""
        self.listing.reveal(agreement_id)
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
        self.detail_pane.show_version(version)
        self.listing.show_series(series, version.summary.id)
        self._update_actions()
        if self._menu_at is not None:
            at, self._menu_at = self._menu_at, None
            self.menu.popup(at)

    # Which steps are possible ---------------------------------------------------------------

    def _update_actions(self) -> None:
        write = self.session.may(Permission.WRITE_RECORDS)
        lead = self.session.may(Permission.APPROVE_AGREEMENTS)
        v = self.current
        state = v.summary.state if v else None
        frozen = state in FROZEN_STATES
        still_open = any(x.state in (S.DRAFT, S.SUBMITTED) for x in self.series)
        mine = v is not None and v.created_by == self.session.actor.id
        a = self.actions_
        a["new"].setEnabled(write)
        a["edit"].setVisible(not frozen)
        a["edit"].setEnabled(write and state is S.DRAFT)
        newest = max(self.series, key=lambda x: x.version) if self.series else None
        # from the newest version or the one in force: an older copy would undo what followed
        base_ok = v is not None and (state is S.APPROVED or (
            newest is not None and newest.id == v.summary.id))
        a["new_version"].setVisible(frozen)
        a["new_version"].setEnabled(write and frozen and not still_open and base_ok)
        a["submit"].setEnabled(write and state is S.DRAFT)
        a["send_back"].setEnabled(lead and state is S.SUBMITTED)
        a["approve"].setEnabled(lead and state is S.SUBMITTED)
        a["withdraw"].setEnabled(write and (
            (state in (S.DRAFT, S.SUBMITTED) and (lead or mine))
            or (state is S.APPROVED and lead)))
        a["compare"].setEnabled(len(self.series) >= 2)
        a["pdf"].setEnabled(v is not None)
        a["register"].setEnabled(self.session.may(Permission.READ_RECORDS))
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

    def _context_menu(self, row_id: uuid.UUID, at: QPoint) -> None:
        if self.current is not None and self.current.summary.id == row_id:
            self.menu.popup(at)
            return
        self._menu_at = at  # shown once that version is loaded, with its steps
        self.show_version(row_id)

    def _done(self, message: str) -> Callable[[Any], None]:
        def then(version: Any) -> None:
            say_in_status(self, message)
            self.load(show=version.summary.id if isinstance(version, AgreementVersion)
                      else None)
        return then

    def _open(self, dialog: Any, message: str) -> Any:
        dialog.saved.connect(self._done(message))
        shown = self.current.summary.id if self.current else None
        # refused because someone else took a step first: show the version as it is now
        dialog.stale.connect(lambda: self.load(show=shown))
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

    def export_pdf(self) -> QFileDialog | None:
        """Ask where the shown version goes as a PDF (the dialog does not block)."""
        if self.current is None:
            return None
        agreement_id = self.current.summary.id  # the version shown when asked, not later
        dialog = QFileDialog(self, self.tr("Export the agreement as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(["PDF (*.pdf)"])
        dialog.setDefaultSuffix("pdf")
        # no title in the name: the file name is seen in places the document is not
        # the id tells two agreements' first versions apart (its end: a UUIDv7 begins with
        # the moment it was made); a title might name someone
        summary = self.current.summary
        dialog.selectFile(f"afspraak-{summary.id.hex[-8:]}-v{summary.version}.pdf")
        dialog.fileSelected.connect(lambda path: self.export_pdf_to(path, agreement_id))
        return open_dialog(dialog)

    def export_pdf_to(self, path: str, agreement_id: uuid.UUID | None = None
                      ) -> Job | PassphraseDialog | None:
        """Write a version (the shown one unless given) to path as a PDF, on the lane, with a
        progress dialog whose Stop leaves no file; signed if the profile chose a certificate
        and gives its passphrase (asked without blocking: then the dialog is returned)."""
        if agreement_id is None:
            if self.current is None:
                return None
            agreement_id = self.current.summary.id
        exports = self.session.workspace.exports(self.session.actor)

        def write(certificate: Certificate | None) -> Job | None:
            # the path travels with the result: the callbacks stay bound methods, which the
            # session drops once the page is gone
            return run_with_progress(
                self, self.session, self.tr("Export as PDF"), self.tr("Writing the agreement…"),
                lambda p: (Path(path), exports.agreement(agreement_id, path, progress=p,
                                                         certificate=certificate)),
                "export agreement pdf", self._pdf_exported, self._pdf_failed)

        return with_certificate(self, self.session, write, self._export_stopped)

    def _pdf_exported(self, result: tuple[Path, Exported]) -> None:
        self.exported_pdf, self.last_export = result
        text = (self.tr("Agreement exported to %1 (pages: %2), signed.") if result[1].signed
                else self.tr("Agreement exported to %1 (pages: %2)."))
        say_in_status(self, text.replace("%1", result[0].name).replace(
            "%2", str(result[1].pages)), 8000)

    def _pdf_failed(self, exc: BaseException) -> None:
        self._export_failed(self.tr("Export as PDF"), exc)

    def export_register(self) -> QFileDialog | None:
        """Ask where the register of agreements goes, and as what (the dialog does not
        block): the filter chosen or the extension typed says PDF, CSV or XLSX."""
        if not self.actions_["register"].isEnabled():
            return None
        dialog = QFileDialog(self, self.tr("Export the register of agreements"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([f for f, _fmt in REGISTER_FORMATS])
        dialog.setDefaultSuffix("pdf")
        # a date, no name: the file name is seen in places the document is not
        dialog.selectFile(f"register-afspraken-{date.today().isoformat()}.pdf")
        dialog.filterSelected.connect(lambda name_filter: _follow_filter(dialog, name_filter))
        dialog.fileSelected.connect(lambda path: self.export_register_to(
            path, register_format(path, dialog.selectedNameFilter())))
        return open_dialog(dialog)

    def export_register_to(self, path: str, fmt: str = "pdf"
                           ) -> Job | PassphraseDialog | None:
        """Write every version of every agreement to path as PDF, CSV or XLSX, on the lane,
        with a progress dialog whose Stop leaves no file; a PDF signed as export_pdf_to
        says."""
        exports = self.session.workspace.exports(self.session.actor)

        def write(certificate: Certificate | None) -> Job | None:
            return run_with_progress(
                self, self.session, self.tr("Export register"),
                self.tr("Writing the register of agreements…"),
                lambda p: (Path(path), exports.register(path, fmt, progress=p,
                                                        certificate=certificate)),
                "export agreement register", self._register_exported, self._register_failed)

        if fmt != "pdf":  # only a PDF carries a signature
            return write(None)
        return with_certificate(self, self.session, write, self._export_stopped)

    def _register_exported(self, result: tuple[Path, Exported]) -> None:
        self.exported_register, self.last_export = result
        path, done = result
        text = (self.tr("Register exported to %1 (rows: %2; pages: %3), signed.") if done.signed
                else self.tr("Register exported to %1 (rows: %2; pages: %3).")
                if done.pages is not None else self.tr("Register exported to %1 (rows: %2)."))
        say_in_status(self, text.replace("%1", path.name).replace("%2", str(done.rows))
                      .replace("%3", str(done.pages)), 8000)

    def _register_failed(self, exc: BaseException) -> None:
        self._export_failed(self.tr("Export register"), exc)

    def _export_failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):  # the user's own Stop: no need for a warning
            self._export_stopped()
        else:
            fail(self, title, exc)

    def _export_stopped(self) -> None:
        say_in_status(self, self.tr("Export stopped; no file was written."))

    # Lock, language ---------------------------------------------------------------------------

    def clear(self) -> None:
        self.series, self.current, self._wanted = [], None, None
        self.choices = Choices()
        self.listing.clear()
        self.detail_pane.clear()
        self._update_actions()

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("&New agreement…"), "edit": self.tr("&Edit…"),
            "new_version": self.tr("New v&ersion"), "submit": self.tr("S&ubmit for review…"),
            "send_back": self.tr("Send &back…"), "approve": self.tr("&Approve…"),
            "withdraw": self.tr("&Withdraw…"), "compare": self.tr("&Compare versions…"),
            "pdf": self.tr("Export as &PDF…"), "register": self.tr("Export &register…"),
            "find": self.tr("Filter agreements"),
        }
        for key, text in texts.items():
            self.actions_[key].setText(text)
            if key in self.buttons_:
                self.buttons_[key].setText(text)
                self.buttons_[key].setToolTip(self.actions_[key].shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText))
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _follow_filter(dialog: QFileDialog, name_filter: str) -> None:
    """A filter chosen in the chooser also changes the extension of the name shown (a name
    the user gave another extension keeps it, and with it its format)."""
    fmt = next((f for nf, f in REGISTER_FORMATS if nf == name_filter), None)
    if fmt is None:
        return
    dialog.setDefaultSuffix(fmt)
    chosen = dialog.selectedFiles()
    name = Path(chosen[0]) if chosen else None
    if name is not None and name.suffix.lower().lstrip(".") in {f for _nf, f in
                                                              REGISTER_FORMATS}:
        dialog.selectFile(name.with_suffix(f".{fmt}").name)
