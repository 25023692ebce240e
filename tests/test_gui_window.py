"""The signed-in window: idle lock, profiles, language, search, settings, about (offscreen)."""

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog
from sqlalchemy import text

from tests.conftest import ADMIN_PASSWORD, audit_entries
from tests.support.gui import visible_texts
from wijkdesk.app import initialise
from wijkdesk.domain.roles import Role
from wijkdesk.gui.about import AboutDialog
from wijkdesk.gui.login import LoginDialog
from wijkdesk.gui.profiles import ProfileDialog, ProfilesArea
from wijkdesk.gui.settings import SettingsDialog
from wijkdesk.services.demo import DEMO_ORGANISATION
from wijkdesk.services.profiles import NewProfile
from wijkdesk.store import schema

MEMBER_PASSWORD = "medewerker-wachtwoord-3"


@pytest.fixture
def demo_folder(locations, passphrase):
    """A database with demo residents, an administrator and a team member."""
    def populate(builder, actor):
        builder.demo(actor).generate(households=40, seed=7)
        builder.profiles(actor).create(NewProfile("sanne", "Sanne Medewerker", MEMBER_PASSWORD,
                                                  Role.TEAM_MEMBER))

    workspace, _ = initialise(locations, passphrase,
                              NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD), populate)
    with workspace.store.read() as s:
        names = [r[0] for r in s.execute(text(
            "SELECT given_name || ' ' || family_name FROM residents LIMIT 25"))]
    workspace.close()
    return names


def sign_in(qtbot, controller, username: str, password: str):
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.ui.username.setText(username)
    dialog.ui.password.setText(password)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    window = controller.window
    qtbot.waitUntil(lambda: not controller.lane.busy, timeout=20_000)
    return window


def test_the_idle_lock_fires_hides_every_record_and_closes_the_database(
        qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: controller.idle.active, timeout=5_000)
    assert controller.idle.interval == 15 * 60_000  # the default, BIO-style
    family_name = demo_folder[0].split()[-1]
    # a name typed into the search is on screen, as are the profile and counts
    window.ui.actionSearch.trigger()
    qtbot.keyClicks(window.search, family_name)
    before = " ".join(visible_texts())
    assert family_name in before and "Beheerder Test" in before

    controller.idle.start(150)  # let the idle timer fire within the test
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    on_screen = " ".join(visible_texts())
    for name in demo_folder:
        assert name not in on_screen
        assert name.split()[-1] not in on_screen
    assert "Beheerder Test" not in on_screen
    assert window.search.text() == ""
    assert "na 15 minuten zonder gebruik" in window.lock_screen.ui.explanation.text()
    qtbot.waitUntil(lambda: not controller.lane.busy, timeout=20_000)
    pool = controller.workspace.store.engine.pool
    assert pool.checkedin() == 0 and pool.checkedout() == 0  # connections closed
    pool = controller.workspace.store.engine.pool
    assert not window.ui.actionSearch.isEnabled()
    window.grab().save(str(controller.locations.data / "lock-screen.png"))

    # a wrong password keeps it locked; the right one brings the work back
    qtbot.keyClicks(window.lock_screen.ui.password, "fout-wachtwoord-9")
    qtbot.keyClick(window.lock_screen.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "klopt niet" in window.lock_screen.ui.message.text(), timeout=20_000)
    assert window.locked
    qtbot.waitUntil(lambda: not controller.lane.busy, timeout=20_000)
    assert pool.checkedin() == 0 and pool.checkedout() == 0  # a failed try leaves none open
    qtbot.keyClicks(window.lock_screen.ui.password, ADMIN_PASSWORD)
    window.lock_screen.ui.unlockButton.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
    qtbot.waitUntil(lambda: window.areas[0].ui.residentsValue.text() != "", timeout=20_000)
    with controller.workspace.store.read() as s:
        events = [r[0] for r in s.execute(text("SELECT event FROM audit_log ORDER BY seq"))]
    assert events[-3:] == ["lock", "failed_login", "login"]


def test_an_administrator_adds_and_disables_a_profile_and_a_disabled_one_cannot_sign_in(
        qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    window.show_area(1)
    area = window.area(ProfilesArea)
    assert isinstance(area, ProfilesArea)
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=10_000)

    area.ui.addButton.click()
    dialog = area.findChild(ProfileDialog)
    qtbot.keyClicks(dialog.ui.displayName, "Kees Collega")
    qtbot.keyClicks(dialog.ui.username, "kees")
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData(Role.TEAM_LEAD))
    qtbot.keyClicks(dialog.ui.password, "kees-wachtwoord-12")
    qtbot.keyClicks(dialog.ui.repeat, "kees-wachtwoord-12")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: area.model.rowCount() == 3, timeout=20_000)
    kees = next(p for p in area.model.rows if p.username == "kees")
    assert kees.role is Role.TEAM_LEAD

    # the user name must be new; the dialog says so and stays open
    area.ui.addButton.click()
    again = [d for d in area.findChildren(ProfileDialog) if d.isVisible()][0]
    again.ui.displayName.setText("Tweede Sanne")
    again.ui.username.setText("sanne")
    again.ui.password.setText("nog-een-wachtwoord")
    again.ui.repeat.setText("nog-een-wachtwoord")
    again.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: again.ui.message.text() == "Die gebruikersnaam bestaat al; kies een "
                    "andere.", timeout=20_000)
    again.reject()

    row = next(i for i, p in enumerate(area.model.rows) if p.username == "sanne")
    area.ui.table.selectRow(row)
    assert area.ui.disableButton.text() == "&Uitschakelen"
    area.ui.disableButton.click()
    qtbot.waitUntil(lambda: next(p for p in area.model.rows if p.username == "sanne").disabled,
                    timeout=20_000)
    assert area.ui.disableButton.text() == "&Inschakelen"  # the way back is the same button
    assert "uitgeschakeld" in window.statusBar().currentMessage()

    # one's own profile cannot be disabled or demoted from here
    mine = next(i for i, p in enumerate(area.model.rows) if p.username == "beheer")
    area.ui.table.selectRow(mine)
    assert not area.ui.disableButton.isEnabled() and not area.ui.roleButton.isEnabled()

    window.ui.actionSignOut.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, LoginDialog), timeout=20_000)
    login = controller.dialog
    login.ui.username.setText("sanne")
    login.ui.password.setText(MEMBER_PASSWORD)
    login.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "uitgeschakeld" in login.ui.message.text(), timeout=20_000)
    assert controller.window is None


def test_changing_a_role_through_the_dialog(qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    area = window.area(ProfilesArea)
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=10_000)
    area.ui.table.selectRow(next(i for i, p in enumerate(area.model.rows)
                                 if p.username == "sanne"))
    dialog = area.change_role()
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("teamleider")
    dialog.accept()
    qtbot.waitUntil(lambda: next(p for p in area.model.rows
                                 if p.username == "sanne").role is Role.TEAM_LEAD,
                    timeout=20_000)


def test_a_team_member_sees_no_profiles_area(qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    assert [type(a).__name__ for a in window.areas] == [
        "OverviewArea", "ResidentsArea", "ContactsArea", "CollectiveArea", "NeighbourhoodArea",
        "RolesArea"]
    assert "teamlid" in window._profile_label.text()


def test_switching_the_language_in_settings(qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    assert window.ui.menuFile.title() == "&Bestand"
    assert window.ui.navigation.item(0).text() == "Overzicht"
    window.ui.actionSettings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog.isVisible()
    # a team member sees the shared rules but cannot change them
    assert not dialog.ui.idleMinutes.isEnabled() and not dialog.ui.organisation.isEnabled()
    assert dialog.ui.policyNote.text() == "Alleen een beheerder kan deze wijzigen."
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("en"))
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File", timeout=5_000)
    assert window.ui.navigation.item(0).text() == "Overview"
    assert "team member" in window._profile_label.text()

    window.ui.actionSettings.trigger()
    dialog = [d for d in window.findChildren(SettingsDialog) if d.isVisible()][0]
    assert dialog.windowTitle() == "Settings"
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("nl"))
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Bestand", timeout=5_000)
    assert window.areas[0].ui.recordsGroup.title() == "In deze database"
    assert controller.settings.value("interface/language") == "nl"


def test_an_administrator_sets_the_idle_lock_for_everyone(qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    window.ui.actionSettings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog.ui.idleMinutes.isEnabled() and dialog.ui.idleMinutes.value() == 15
    dialog.ui.idleMinutes.setValue(5)
    dialog.ui.backupDaily.setValue(10)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: controller.idle.interval == 5 * 60_000, timeout=20_000)
    stored = controller.workspace.settings().get()
    assert (stored.idle_lock_minutes, stored.backup_daily) == (5, 10)
    assert controller.workspace.backups().daily == 10


def test_an_administrator_names_the_organisation_on_every_export(qtbot, controller,
                                                                 demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    window.ui.actionSettings.trigger()
    dialog = window.findChild(SettingsDialog)
    field = dialog.ui.organisation
    assert field.isEnabled() and field.maxLength() == 120
    assert field.text() == DEMO_ORGANISATION  # the demo names one, plainly invented
    assert dialog.ui.organisationLabel.buddy() is field  # reached by its mnemonic
    field.setText("  Wijkteam   Oost, gemeente Voorbeeldstad (test) ")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    workspace = controller.workspace
    qtbot.waitUntil(lambda: workspace.settings().get().organisation
                    == "Wijkteam Oost, gemeente Voorbeeldstad (test)", timeout=20_000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=20_000)
    entry = audit_entries(workspace)[-1]
    assert (entry.event, entry.record_type, entry.fields) == ("update", "settings",
                                                              ["organisation"])
    assert "Voorbeeldstad" not in (entry.detail or "")
    window.ui.actionSettings.trigger()  # shown again as stored
    again = [d for d in window.findChildren(SettingsDialog) if d.isVisible()][0]
    assert again.ui.organisation.text() == "Wijkteam Oost, gemeente Voorbeeldstad (test)"
    again.reject()


def test_global_search_finds_areas_commands_and_profiles(qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    area = window.area(ProfilesArea)
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "sanne")
    assert [h.text for h in window.search.hits] == ["Sanne Medewerker (sanne)"]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.ui.areas.currentWidget() is area
    assert area.selected().username == "sanne"
    window.search.setFocus()
    qtbot.keyClicks(window.search, "instel")
    assert [h.text for h in window.search.hits] == ["Instellingen"]


def test_about_shows_version_locations_mode_schema_and_audit_count(qtbot, controller,
                                                                   demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    dialog = AboutDialog(controller.session, window)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.schemaValue.text().startswith("revisie"), timeout=20_000)
    assert dialog.ui.schemaValue.text() == f"revisie {schema.head_revision()} (actueel)"
    assert dialog.ui.dataValue.text() == str(controller.locations.data)
    assert "wachtwoordzin" in dialog.ui.modeValue.text()
    assert int(dialog.ui.auditValue.text().replace(".", "")) == \
        controller.workspace.audit().count()
    assert "0.1.0" in dialog.ui.title.text()


def test_verifying_the_audit_log_from_the_window(qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    window.ui.actionVerifyAudit.trigger()
    qtbot.waitUntil(lambda: getattr(window, "last_report", None) is not None, timeout=20_000)
    assert window.last_report.ok


def test_geometry_is_remembered(qtbot, controller, demo_folder, qapp):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    window.resize(781, 517)  # within the offscreen 800x600 screen
    window.ui.actionSignOut.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, LoginDialog), timeout=20_000)
    login = controller.dialog
    assert login.ui.username.text() == ""  # no user name is kept outside the database
    assert "beheer" not in (controller.locations.config / "window.ini").read_text()
    login.ui.username.setText("beheer")
    login.ui.password.setText(ADMIN_PASSWORD)
    login.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    assert controller.window is not window
    assert (controller.window.width(), controller.window.height()) == (781, 517)
    QApplication.processEvents()


def test_work_that_finishes_after_the_lock_does_not_bring_records_back(qtbot, controller,
                                                                        demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    area = window.area(ProfilesArea)
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=10_000)
    import threading

    rows = controller.workspace.profiles().list()
    started, release = threading.Event(), threading.Event()

    def slow_list(_progress):
        started.set()
        release.wait(10)
        return rows

    # already running when the lock comes, so cancelling cannot stop it: only the guard can
    controller.session.run(slow_list, "slow list", lambda got: area._loaded(got, None),
                           owner=area)
    qtbot.waitUntil(started.is_set, timeout=5_000)
    window.ui.actionLock.trigger()
    release.set()
    qtbot.waitUntil(lambda: not controller.lane.busy, timeout=20_000)
    assert window.locked and area.model.rowCount() == 0
    assert "Beheerder Test" not in " ".join(visible_texts())
    with controller.workspace.store.read() as s:
        last = s.execute(text("SELECT event FROM audit_log ORDER BY seq DESC LIMIT 1")).scalar()
    assert last == "lock"


def test_closing_a_dialog_before_its_answer_arrives_is_harmless(qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    import threading

    release = threading.Event()
    controller.lane.submit(lambda _p: release.wait(10), "slow work ahead")
    dialog = AboutDialog(controller.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.close()  # deleted before its figures arrive
    release.set()
    qtbot.waitUntil(lambda: not controller.lane.busy, timeout=20_000)
    QApplication.processEvents()  # pytest-qt fails the test on an error in a Qt callback


def test_settings_wait_for_the_databases_own_values(qtbot, controller, demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    controller.workspace.settings(controller.session.actor).update(
        __import__("wijkdesk.services.settings", fromlist=["x"]).WorkspaceSettings(
            idle_lock_minutes=5, backup_daily=3))
    window.ui.actionSignOut.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, LoginDialog), timeout=20_000)
    import threading

    release = threading.Event()
    login = controller.dialog
    login.ui.username.setText("sanne")
    login.ui.password.setText(MEMBER_PASSWORD)
    login.accept()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    controller.policy = None
    controller.lane.submit(lambda _p: release.wait(10), "slow work ahead")
    controller._load_policy()
    assert not controller.window.ui.actionSettings.isEnabled()  # defaults are not shown
    release.set()
    qtbot.waitUntil(controller.window.ui.actionSettings.isEnabled, timeout=20_000)
    assert controller.idle.interval == 5 * 60_000
    controller.window.ui.actionSettings.trigger()
    dialog = controller.window.findChild(SettingsDialog)
    assert dialog.ui.idleMinutes.value() == 5 and dialog.ui.backupDaily.value() == 3
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert controller.workspace.settings().get().backup_daily == 3


def test_quitting_is_the_controllers_decision_not_the_last_window(qapp, controller):
    assert not qapp.quitOnLastWindowClosed()


def test_signing_out_while_work_is_queued_touches_no_deleted_widget(qtbot, controller,
                                                                    demo_folder):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    for area in window.areas:
        area.refresh()
    window.ui.actionSignOut.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, LoginDialog), timeout=20_000)
    qtbot.waitUntil(lambda: not controller.lane.busy, timeout=20_000)
    assert controller.workspace is None and controller.session is None


def test_signing_out_closes_the_database_and_asks_for_the_passphrase_again(
        qtbot, controller, demo_folder, monkeypatch):
    monkeypatch.delenv("WIJKDESK_PASSPHRASE")
    from tests.conftest import PASSPHRASE
    from wijkdesk.security.keys import PassphraseSource

    controller.passphrase = PassphraseSource(interactive=False)
    controller.start()
    login = controller.dialog
    login.ui.username.setText("beheer")
    login.ui.password.setText(ADMIN_PASSWORD)
    login.ui.passphrase.setText(PASSPHRASE)
    login.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    workspace = controller.workspace
    controller.window.ui.actionSignOut.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, LoginDialog)
                    and controller.dialog is not login, timeout=20_000)
    assert workspace.store.engine.pool.checkedin() == 0
    assert controller.dialog.ui.passphrase.isVisibleTo(controller.dialog)
    with workspace.store.read() as s:
        last = s.execute(text("SELECT event FROM audit_log ORDER BY seq DESC LIMIT 1")).scalar()
    assert last == "logout"


def test_a_role_changed_while_locked_rebuilds_the_window_on_unlock(qtbot, controller,
                                                                   demo_folder):
    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    assert [type(a).__name__ for a in window.areas] == [
        "OverviewArea", "ResidentsArea", "ContactsArea", "CollectiveArea", "NeighbourhoodArea",
        "RolesArea"]
    window.ui.actionLock.trigger()
    qtbot.waitUntil(lambda: not controller.lane.busy, timeout=20_000)
    admin = controller.workspace.profiles().authenticate("beheer", ADMIN_PASSWORD)
    sanne = next(p for p in controller.workspace.profiles().list() if p.username == "sanne")
    controller.workspace.profiles(admin).change_role(sanne.id, Role.ADMINISTRATOR)
    window.lock_screen.ui.password.setText(MEMBER_PASSWORD)
    window.lock_screen.ui.unlockButton.click()
    qtbot.waitUntil(lambda: controller.window is not window and controller.window is not None,
                    timeout=20_000)
    assert [type(a).__name__ for a in controller.window.areas] == [
        "OverviewArea", "ResidentsArea", "ContactsArea", "CollectiveArea", "NeighbourhoodArea",
        "RolesArea", "ProfilesArea"]
    assert "beheerder" in controller.window._profile_label.text()
