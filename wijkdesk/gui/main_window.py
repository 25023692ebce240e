"""The main window: navigation rail, areas, global search, status bar, lock screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from wijkdesk.domain.roles import Permission
from wijkdesk.errors import Cancelled
from wijkdesk.gui.about import AboutDialog
from wijkdesk.gui.access_log_export import export_access_log
from wijkdesk.gui.area import Area, SearchHit
from wijkdesk.gui.collective import CollectiveArea
from wijkdesk.gui.contacts import ContactsArea
from wijkdesk.gui.feedback import fail, open_dialog
from wijkdesk.gui.forms.main_window import Ui_MainWindow
from wijkdesk.gui.icons import app_icon, icon
from wijkdesk.gui.lock import LockScreen
from wijkdesk.gui.neighbourhood import NeighbourhoodArea
from wijkdesk.gui.overview import OverviewArea
from wijkdesk.gui.profiles import ProfilesArea
from wijkdesk.gui.progress import run_with_progress
from wijkdesk.gui.residents import ResidentsArea
from wijkdesk.gui.role_names import mode_name, role_name
from wijkdesk.gui.roles_area import RolesArea
from wijkdesk.gui.search import GlobalSearch
from wijkdesk.gui.session import Session
from wijkdesk.gui.shortcuts import ShortcutsDialog
from wijkdesk.gui.verify_document import choose_document

AUDIT_FLUSH_MS = 3_000
_GEOMETRY = "window/geometry"
_STATE = "window/state"


def build_areas(session: Session) -> list[Area]:
    """The areas this profile can use; later work adds its own here."""
    areas: list[Area] = [OverviewArea(session)]
    if session.may(Permission.READ_RECORDS):
        areas += [ResidentsArea(session), ContactsArea(session), CollectiveArea(session),
                  NeighbourhoodArea(session), RolesArea(session)]
    if session.may(Permission.MANAGE_PROFILES):
        areas.append(ProfilesArea(session))
    return areas


class MainWindow(QMainWindow):
    lock_requested = Signal()
    sign_out_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.locked = False
        self._enabled_before_lock: list[QAction] = []
        self.areas = build_areas(session)
        self._go_actions: list[QAction] = []
        for number, area in enumerate(self.areas, start=1):
            self.ui.areas.addWidget(area)
            item = QListWidgetItem(icon(area.icon_name), area.title())
            self.ui.navigation.addItem(item)
            go = QAction(icon(area.icon_name), area.title(), self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _c=False, n=number - 1: self.show_area(n))
            self.ui.menuGo.addAction(go)
            self._go_actions.append(go)
            area.show_requested.connect(lambda n=number - 1: self.show_area(n))
        self.ui.navigation.currentRowChanged.connect(self.ui.areas.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)

        # Searches are audited without a commit per keystroke; chain their facts soon after,
        # so that a crash or power loss takes at most these few seconds of them.
        self.audit_flush = QTimer(self, interval=AUDIT_FLUSH_MS)
        self.audit_flush.timeout.connect(self._flush_audit)
        self.audit_flush.start()
        self.search = GlobalSearch(self)
        self.search.providers = [self._command_hits, *(a.search for a in self.areas)]
        self.search.later_providers = [a.search_later for a in self.areas
                                       if type(a).search_later is not Area.search_later]
        residents = next((a for a in self.areas if isinstance(a, ResidentsArea)), None)
        for area in self.areas:
            if residents is not None and isinstance(area, ContactsArea):
                area.open_resident.connect(residents.open_file)
        self.ui.toolBar.addWidget(self.search)
        self.ui.toolBar.addSeparator()
        self.ui.toolBar.addAction(self.ui.actionLock)

        self.lock_screen = LockScreen(self)
        self.ui.lockLayout.addWidget(self.lock_screen)

        self._profile_label = QLabel()
        self._mode_label = QLabel()
        self._busy = QProgressBar()
        self._busy.setRange(0, 0)
        self._busy.setMaximumWidth(90)
        self._busy.setMaximumHeight(14)
        self._busy.setTextVisible(False)
        self._busy.hide()
        for w in (self._busy, self._profile_label, self._mode_label):
            self.statusBar().addPermanentWidget(w)
        session.lane.busy_changed.connect(self._busy.setVisible)

        ui = self.ui
        for action, name in ((ui.actionBackup, "backup"), (ui.actionLock, "lock"),
                             (ui.actionSignOut, "sign-out"), (ui.actionSearch, "search"),
                             (ui.actionVerifyAudit, "verify"), (ui.actionSettings, "settings"),
                             (ui.actionShortcuts, "keyboard"), (ui.actionAbout, "about")):
            action.setIcon(icon(name))
        ui.actionLock.triggered.connect(self.lock_requested)
        ui.actionSignOut.triggered.connect(self.sign_out_requested)
        ui.actionQuit.triggered.connect(self.quit_requested)
        ui.actionSearch.triggered.connect(self.focus_search)
        ui.actionBackup.triggered.connect(self.make_backup)
        ui.actionVerifyAudit.triggered.connect(self.verify_audit)
        ui.actionSettings.triggered.connect(self.settings_requested)
        ui.actionShortcuts.triggered.connect(lambda: open_dialog(ShortcutsDialog(self)))
        ui.actionAbout.triggered.connect(lambda: open_dialog(AboutDialog(self.session, self)))
        # Made here rather than in the form: the export depends on the role.
        self.actionExportAccessLog = QAction(self)
        self.actionExportAccessLog.setVisible(session.may(Permission.PRIVACY_RIGHTS))
        self.actionExportAccessLog.triggered.connect(
            lambda: export_access_log(self, self.session))
        self.actionCheckDocument = QAction(icon("verify"), "", self)
        self.actionCheckDocument.triggered.connect(
            lambda: choose_document(self, self.session))
        tools = ui.menuTools.actions()  # after "Verify the audit log", before its separator
        ui.menuTools.insertActions(tools[tools.index(ui.actionVerifyAudit) + 1],
                                   [self.actionCheckDocument, self.actionExportAccessLog])

        self._retranslate()
        self._restore_geometry(session.settings)
        self.refresh()

    # Areas and search -----------------------------------------------------------------------

    def _flush_audit(self) -> None:
        workspace = self.session.workspace
        if self.session.open and workspace.audit_pending:
            self.session.run(lambda _p: workspace.flush_audit(), "flush audit")

    def show_area(self, number: int) -> None:
        if not self.locked and 0 <= number < len(self.areas):
            self.ui.navigation.setCurrentRow(number)
            self.areas[number].setFocus()

    def area(self, kind: type[Area]) -> Area | None:
        return next((a for a in self.areas if isinstance(a, kind)), None)

    def refresh(self) -> None:
        for area in self.areas:
            area.refresh()

    def focus_search(self) -> None:
        if not self.locked:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def _command_hits(self, query: str) -> list[SearchHit]:
        q = query.casefold()
        hits = [SearchHit(area.title(), area.icon_name, lambda n=n: self.show_area(n))
                for n, area in enumerate(self.areas) if q in area.title().casefold()]
        ui = self.ui
        for action in (ui.actionBackup, ui.actionLock, ui.actionSignOut, ui.actionVerifyAudit,
                       self.actionExportAccessLog, self.actionCheckDocument,
                       ui.actionSettings, ui.actionShortcuts, ui.actionAbout):
            text = action.text().replace("&", "").rstrip("…")
            if action.isVisible() and q in text.casefold():
                hits.append(SearchHit(text, "search", action.trigger))
        return hits

    # Work -------------------------------------------------------------------------------------

    def make_backup(self) -> None:
        backups = self.session.workspace.backups(self.session.actor)
        self.statusBar().showMessage(self.tr("Making a backup…"))
        self.session.run(
            lambda _p: backups.create("manual"), "backup",
            lambda info: self.statusBar().showMessage(
                self.tr("Backup made: %1").replace("%1", info.path.name), 8000),
            lambda exc: (self.statusBar().clearMessage(), fail(self, self.tr("Backup"), exc)),
            owner=self)

    def verify_audit(self) -> None:
        audit = self.session.workspace.audit(self.session.actor)
        self._verify_job = run_with_progress(
            self, self.session, self.tr("Verify the audit log"),
            self.tr("Checking every entry of the audit log…"),
            lambda progress: audit.verify(progress), "verify audit",
            self._verified, self._verify_failed)

    def _verified(self, report) -> None:  # type: ignore[no-untyped-def]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Verify the audit log"))
        if report.ok:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr("The audit log is intact: %n entry(ies), none altered or "
                                "missing.", "", report.count))
        else:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(self.tr("The audit log is NOT intact. Tell your administrator; the "
                                "details below say where it breaks."))
            if report.first_bad_seq is not None:
                where = self.tr("The chain breaks at entry %1.").replace(
                    "%1", str(report.first_bad_seq))
            else:
                where = self.tr("The entries agree with each other, but not with the anchor "
                                "kept outside the database: entries may have been removed.")
            box.setDetailedText(self.tr("%n entry(ies) checked.", "", report.count) + " " + where
                                + "\n\n" + self.tr("Technical detail (English): %1").replace(
                                    "%1", report.sentence()))
        self.last_report = report
        open_dialog(box)

    def _verify_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.statusBar().showMessage(self.tr("Verification stopped."), 5000)
        else:
            fail(self, self.tr("Verify the audit log"), exc)

    # Locking ----------------------------------------------------------------------------------

    def show_locked(self, idle_minutes: int | None) -> None:
        """Hide every record: areas forget their data, dialogs close, the lock screen shows."""
        self.locked = True
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.search.reset()
        for area in self.areas:
            area.clear()
        self.ui.screens.setCurrentWidget(self.ui.lockScreenHolder)
        self.ui.toolBar.hide()
        self.ui.menuBar.setEnabled(False)
        self._enabled_before_lock = [a for a in self.findChildren(QAction) if a.isEnabled()]
        for action in self._enabled_before_lock:
            action.setEnabled(False)
        self.statusBar().clearMessage()
        self._profile_label.clear()
        self.lock_screen.show_for(self.session.actor.username, idle_minutes)

    def show_unlocked(self) -> None:
        self.locked = False
        for action in self._enabled_before_lock:
            action.setEnabled(True)
        self.ui.menuBar.setEnabled(True)
        self.ui.toolBar.show()
        self.ui.screens.setCurrentWidget(self.ui.workScreen)
        self._retranslate()
        self.refresh()

    # Language, geometry, closing -------------------------------------------------------------

    def _retranslate(self) -> None:
        for n, area in enumerate(self.areas):
            self.ui.navigation.item(n).setText(area.title())
            self._go_actions[n].setText(area.title())
        self.search.setPlaceholderText(self.tr("Search (%1)").replace(
            "%1", QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)))
        self.search.setAccessibleName(self.tr("Search"))
        self.actionExportAccessLog.setText(self.tr("Export &access log…"))
        self.actionCheckDocument.setText(self.tr("Check a &document…"))
        actor = self.session.actor
        if not self.locked:
            self._profile_label.setText(self.tr("%1 · %2").replace("%1", actor.display_name)
                                        .replace("%2", role_name(actor.role)))
        self._mode_label.setText(mode_name(self.session.workspace.mode))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _restore_geometry(self, settings: QSettings) -> None:
        geometry = settings.value(_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(_STATE)
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        self.session.settings.setValue(_GEOMETRY, self.saveGeometry())
        self.session.settings.setValue(_STATE, self.saveState())
        self.session.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.quit_requested.emit()
        super().closeEvent(event)
