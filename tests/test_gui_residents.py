"""Residents in the window: search as you type, open the file, record a contact (offscreen)."""

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from tests.conftest import ADMIN_PASSWORD
from tests.test_gui_window import sign_in
from wijkdesk.app import initialise
from wijkdesk.domain.roles import Role
from wijkdesk.gui.contacts import ContactsArea
from wijkdesk.gui.record_dialogs import ContactDialog, id_of
from wijkdesk.gui.residents import ResidentsArea
from wijkdesk.services.privacy import ExportFormat
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.residents import ResidentData
from wijkdesk.services.support import RequestData
from wijkdesk.store.models import AuditEntry, Contact

MEMBER_PASSWORD = "medewerker-wachtwoord-3"
MARKER = "Zwanenburgh"  # synthetic: no demo name is this


@pytest.fixture
def team_folder(locations, passphrase):
    """Demo neighbourhood, a team member linked to a professional, and one known resident with
    an open help question assigned to that professional."""
    made = {}

    def populate(builder, actor):
        builder.demo(actor).generate(households=30, seed=11)
        member = builder.profiles(actor).create(
            NewProfile("sanne", "Sanne Medewerker", MEMBER_PASSWORD, Role.TEAM_MEMBER))
        pro = builder.professionals(actor).add("Sanne Medewerker", "social_professional",
                                               "Wijkteam Centrum", member.id)
        rid = builder.residents(actor).create(ResidentData(
            "Fenna", MARKER, date(1980, 5, 17), "Lindelaan", "12", "3771 RH", "Demostad"))
        builder.support(actor).open_request(rid, RequestData(
            "finances", "Ik kom niet rond en de rekeningen stapelen zich op.", "social",
            "Ondersteuning bij de hulpvraag", "wmo2015", date(2026, 1, 5), pro.id))
        made.update(resident=rid, professional=pro.id)

    workspace, _ = initialise(locations, passphrase,
                              NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD), populate)
    workspace.close()
    return made


def _area(window, kind):
    return next(a for a in window.areas if isinstance(a, kind))


def _reads(controller, resident_id) -> int:
    with controller.workspace.store.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.event == "read", AuditEntry.client_id == resident_id))


def test_search_open_the_file_and_record_a_home_visit(qtbot, controller, team_folder):
    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    area = _area(window, ResidentsArea)
    window.show_area(window.areas.index(area))
    qtbot.waitUntil(lambda: area.model.rowCount() > 0, timeout=20_000)
    assert area.model.rowCount() <= area.model.page_size  # a page, not the whole caseload

    qtbot.keyClicks(area.ui.query, MARKER[:5].lower())  # a prefix, typed as people type
    qtbot.waitUntil(lambda: area.model.rowCount() == 1 and not area.model.busy,
                    timeout=20_000)
    assert area.model.index(0, 0).data() == f"{MARKER}, Fenna"
    assert _reads(controller, team_folder["resident"]) == 0  # a list is not a file
    qtbot.keyClick(area.ui.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.file_view, timeout=20_000)
    view = area.file_view
    assert MARKER in view.ui.name.text()
    assert "Lindelaan 12" in view.ui.details.text()
    assert view.ui.requests.rowCount() == 1
    assert "rekeningen" in view.ui.requestText.text()
    assert _reads(controller, team_folder["resident"]) == 1  # opening the file is logged

    view.ui.contactButton.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ContactDialog) and w.isVisible())
    # the defaults that make it a one-minute job: today, me, the open question
    assert dialog.day.date().toPython() == date.today()
    assert id_of(dialog.professional) == team_folder["professional"]
    assert id_of(dialog.request) == view.file.requests[0].id
    dialog.minutes.setValue(45)
    qtbot.keyClicks(dialog.note, "Huisbezoek, post doorgenomen")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=20_000)  # closed, deleted
    qtbot.waitUntil(lambda: view.contacts.rowCount() == 1 and not view.contacts.busy,
                    timeout=20_000)
    assert view.contacts.index(0, 5).data() == "Huisbezoek, post doorgenomen"
    assert view.contacts.index(0, 1).data() == "huisbezoek"
    with controller.workspace.store.read() as s:
        contact = s.scalars(select(Contact).where(
            Contact.resident_id == team_folder["resident"])).one()
    assert (contact.minutes, contact.kind, contact.occurred_on) == (45, "home_visit",
                                                                    date.today())
    assert contact.professional_id == team_folder["professional"]
    window.grab().save(str(controller.locations.data / "resident-file.png"))

    # the contact also shows in the member's own contact list, and leads back to the file
    contacts = _area(window, ContactsArea)
    window.show_area(window.areas.index(contacts))
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=20_000)
    assert contacts.model.index(0, 1).data() == f"{MARKER}, Fenna"


def test_the_global_search_finds_residents_and_opens_their_file(qtbot, controller,
                                                                  team_folder):
    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    window.ui.actionSearch.trigger()
    qtbot.keyClicks(window.search, "3771 rh")
    qtbot.waitUntil(lambda: any(MARKER in h.text for h in window.search.hits), timeout=20_000)
    hit = next(h for h in window.search.hits if MARKER in h.text)
    window.search.choose(hit)
    area = _area(window, ResidentsArea)
    qtbot.waitUntil(lambda: area.file_view.file is not None, timeout=20_000)
    assert window.ui.areas.currentWidget() is area
    assert area.file_view.file.id == team_folder["resident"]
    with controller.workspace.store.read() as s:
        searches = s.scalars(select(AuditEntry.detail).where(AuditEntry.event == "search"))
        details = list(searches)
    assert details and all("3771" not in d and "length" in d for d in details)


def test_importing_a_spreadsheet_in_the_window(qtbot, controller, team_folder, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    area = _area(window, ResidentsArea)
    window.show_area(window.areas.index(area))
    bad = tmp_path / "bad.csv"
    bad.write_text("voornaam;achternaam;postcode\nPiet;Qwertzuiop;12\n", encoding="utf-8")
    area.import_file(str(bad))
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    assert "niets geïmporteerd" in box.text() and "regel 2" in box.detailedText()
    box.close()
    good = tmp_path / "good.csv"
    good.write_text("voornaam;achternaam;postcode\nPiet;Qwertzuiop;1234 AB\n", encoding="utf-8")
    area.import_file(str(good))
    qtbot.waitUntil(lambda: "1 bewoners" in window.statusBar().currentMessage(),
                    timeout=20_000)
    area.ui.query.setText("qwertz")
    qtbot.waitUntil(lambda: area.model.rowCount() == 1 and not area.model.busy,
                    timeout=20_000)
    assert area.model.index(0, 0).data() == "Qwertzuiop, Piet"


def test_a_contact_recorded_by_mistake_can_be_removed(qtbot, controller, team_folder):
    from PySide6.QtWidgets import QMessageBox

    from wijkdesk.services.contacts import ContactData

    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    workspace = controller.workspace
    workspace.contacts(controller.session.actor).add(
        team_folder["resident"], ContactData(date.today(), 15, "phone", "Verkeerd dossier"))
    area = _area(window, ResidentsArea)
    area.open_file(team_folder["resident"])
    view = area.file_view
    qtbot.waitUntil(lambda: view.contacts.rowCount() == 1 and not view.contacts.busy,
                    timeout=20_000)
    view.ui.tabs.setCurrentIndex(1)
    view.ui.contacts.selectRow(0)
    assert view.ui.removeContactButton.isEnabled()
    view.ui.removeContactButton.click()
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    assert "15 min" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: view.file is not None and view.contacts.rowCount() == 0
                    and not view.contacts.busy, timeout=20_000)
    with workspace.store.read() as s:
        contact = s.scalars(select(Contact).where(
            Contact.resident_id == team_folder["resident"])).one()
    assert contact.deleted_at is not None and contact.note == ""


def test_a_privacy_officer_exports_subject_access_and_erases_a_file(qtbot, controller,
                                                                     team_folder, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from wijkdesk.gui.privacy import EraseDialog

    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    area = _area(window, ResidentsArea)
    assert area.ui.retentionButton.isVisibleTo(area)
    area.open_file(team_folder["resident"])
    view = area.file_view
    qtbot.waitUntil(lambda: view.file is not None, timeout=20_000)
    texts = [a.text() for a in view.menu.actions()]
    assert "Inzage exporteren als PDF…" in texts and "Gegevens van deze bewoner wissen…" in texts

    chooser = view.export_access(ExportFormat.PDF)
    assert isinstance(chooser, QFileDialog)
    assert MARKER not in " ".join(chooser.selectedFiles())  # no name in the suggested file
    target = tmp_path / "inzage.pdf"
    chooser.fileSelected.emit(str(target))
    chooser.close()
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: "Inzage geëxporteerd" in window.statusBar().currentMessage(),
                    timeout=20_000)

    dialog = view.erase()
    assert isinstance(dialog, EraseDialog)
    assert dialog.reason.currentData() == "request"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.list_page, timeout=20_000)
    assert "gewist" in window.statusBar().currentMessage()
    residents = controller.workspace.residents(controller.session.actor)
    assert residents.search(MARKER) == []


def test_an_administrator_changes_retention_without_losing_the_other_settings(
        qtbot, controller, team_folder):
    from wijkdesk.gui.settings import SettingsDialog

    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    window.ui.actionSettings.trigger()
    dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    assert dialog.ui.retentionYouth.value() == 20 and dialog.ui.retentionSocial.value() == 15
    dialog.ui.idleMinutes.setValue(9)
    dialog.ui.retentionYouth.setValue(25)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: controller.workspace.settings().get().retention_youth_years == 25,
                    timeout=20_000)
    stored = controller.workspace.settings().get()
    assert (stored.idle_lock_minutes, stored.retention_social_years,
            stored.retention_loose_contact_years) == (9, 15, 2)


def test_the_retention_review_lists_a_file_past_its_period_and_erases_it(qtbot, controller,
                                                                         team_folder):
    from wijkdesk.gui.privacy import EraseDialog, RetentionDialog

    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    actor = controller.session.actor
    old = controller.workspace.residents(actor).create(ResidentData("Oud", "Dossier"))
    long_ago = date(date.today().year - 17, 3, 1)
    controller.workspace.support(actor).open_request(old, RequestData(
        "housing", "Woonruimte gezocht.", "social", "Ondersteuning", "wmo2015",
        long_ago, status="closed", closed_on=long_ago))
    area = _area(window, ResidentsArea)
    review = area.review_retention()
    assert isinstance(review, RetentionDialog)
    qtbot.waitUntil(lambda: any(i.resident_id == old for i in review.items), timeout=30_000)
    row = next(n for n, i in enumerate(review.items) if i.resident_id == old)
    review.table.selectRow(row)
    assert review.table.item(row, 2).text() == "hulpvraag maatschappelijk werk"
    erase = review.erase_selected()
    assert isinstance(erase, EraseDialog) and erase.reason.currentData() == "retention"
    erase.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: all(i.resident_id != old for i in review.items)
                    and not controller.lane.busy, timeout=30_000)
    with controller.workspace.store.read() as s:
        detail = s.scalars(select(AuditEntry.detail).where(
            AuditEntry.event == "delete", AuditEntry.record_id == str(old))).one()
    assert detail.startswith("erased: retention")


def test_a_question_moves_to_active_and_a_goal_is_marked_achieved(qtbot, controller,
                                                                   team_folder):
    from wijkdesk.gui.record_dialogs import GoalDialog, RequestDialog
    from wijkdesk.services.support import GoalData

    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    actor = controller.session.actor
    workspace = controller.workspace
    request_id = workspace.resident_file(actor).open(team_folder["resident"]).requests[0].id
    workspace.support(actor).add_goal(request_id, GoalData("Post op orde"))
    area = _area(window, ResidentsArea)
    area.open_file(team_folder["resident"])
    view = area.file_view
    qtbot.waitUntil(lambda: view.file is not None and view.ui.goals.rowCount() == 1,
                    timeout=20_000)
    dialog = view.edit_request()
    assert isinstance(dialog, RequestDialog)
    assert "rekeningen" in dialog.description.toPlainText()  # filled in from the question
    dialog.status.setCurrentIndex(dialog.status.findData("active"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: view.file is not None and view.file.requests[0].status == "active",
                    timeout=20_000)
    goal = view.edit_goal(0)
    assert isinstance(goal, GoalDialog) and goal.goal.toPlainText() == "Post op orde"
    goal.status.setCurrentIndex(goal.status.findData("achieved"))
    goal.result.setPlainText("Alle post is geopend en gesorteerd.")
    goal.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: view.file is not None
                    and view.file.requests[0].goals[0].status == "achieved", timeout=20_000)
    assert view.ui.goals.item(0, 2).text() == "behaald"


def test_enter_right_after_typing_opens_the_resident_typed_for(qtbot, controller, team_folder):
    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    area = _area(window, ResidentsArea)
    window.show_area(window.areas.index(area))
    qtbot.waitUntil(lambda: area.model.rowCount() > 1 and not area.model.busy, timeout=20_000)
    first_of_all = area.model.row(0).id
    assert first_of_all != team_folder["resident"]
    area.ui.query.setText(MARKER[:6])  # Enter comes before the typing pause is over
    qtbot.keyClick(area.ui.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.file_view.file is not None, timeout=20_000)
    assert area.file_view.file.id == team_folder["resident"]
    assert _reads(controller, first_of_all) == 0  # nobody else's file was opened


def test_searches_reach_the_audit_log_within_seconds_without_other_work(qtbot, controller,
                                                                        team_folder):
    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    area = _area(window, ResidentsArea)
    window.show_area(window.areas.index(area))
    area.ui.query.setText("lindel")
    qtbot.waitUntil(lambda: area.model.rowCount() == 1 and not area.model.busy,
                    timeout=20_000)

    def searches() -> int:
        with controller.workspace.store.read() as s:
            return s.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.event == "search"))

    qtbot.waitUntil(lambda: searches() == 1, timeout=10_000)
    assert not controller.workspace.audit_pending
