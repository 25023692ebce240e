"""First run through the real wizard, and signing in afterwards (offscreen Qt)."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, sha256
from wijkdesk.app import initialise
from wijkdesk.gui.login import LoginDialog
from wijkdesk.gui.wizard import FirstRunWizard, suggest_username
from wijkdesk.security.keys import PassphraseSource
from wijkdesk.services.profiles import NewProfile

PASSWORD = "wijkteam-wachtwoord-7"


def _fill_wizard(qtbot, wizard: FirstRunWizard, *, passphrase: str | None, demo: bool) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.profile_page.ui
    qtbot.keyClicks(page.displayName, "Fatima el Amrani")
    assert page.username.text() == "fatima.elamrani"  # suggested from the name
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.repeat, PASSWORD)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.storage
    storage = wizard.storage.ui
    if passphrase is not None:
        storage.usePassphrase.setChecked(True)
        qtbot.keyClicks(storage.passphrase, passphrase)
        qtbot.keyClicks(storage.repeat, passphrase)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.demo
    wizard.demo.ui.loadDemo.setChecked(demo)


def test_first_run_wizard_end_to_end_makes_the_database_and_opens_the_window(
        qtbot, controller, locations):
    controller.start()
    wizard = controller.dialog
    assert isinstance(wizard, FirstRunWizard)
    assert wizard.windowTitle() == "wijkdesk instellen"  # Dutch by default
    assert str(locations.data) in wizard.storage.ui.whereLabel.text()
    # no keyring here: the wizard finds out on the lane, says so and only offers the passphrase
    qtbot.waitUntil(lambda: wizard.storage.keyring_works is not None, timeout=10_000)
    assert not wizard.storage.ui.useKeyring.isEnabled()
    assert "geen bruikbare sleutelbos" in wizard.storage.ui.modeExplanation.text()

    _fill_wizard(qtbot, wizard, passphrase=PASSPHRASE, demo=True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # cannot abandon a half-made database
    assert wizard.isVisible() and wizard.building
    qtbot.waitUntil(lambda: controller.window is not None, timeout=60_000)
    window = controller.window
    assert window.isVisible() and not wizard.isVisible()

    assert json.loads(locations.store_file.read_text())["storage_mode"] == "passphrase"
    status = window._profile_label.text()
    assert "Fatima el Amrani" in status and "beheerder" in status
    assert "wachtwoordzin" in window._mode_label.text()
    overview = window.areas[0]
    qtbot.waitUntil(lambda: overview.ui.residentsValue.text() not in ("", "0"), timeout=20_000)
    assert overview.ui.householdsValue.text() == "300"
    # the first open of the day made a backup, and the overview names it
    latest = controller.workspace.info()["latest_backup"]
    assert latest is not None and latest[:4] in overview.ui.backupValue.text()
    # the first profile is an administrator: records, and the profiles area too
    assert [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())] \
        == ["Overzicht", "Bewoners", "Contacten", "Activiteiten en initiatieven", "Buurten",
            "Rollen en afspraken", "Profielen"]
    with controller.workspace.store.read() as s:
        from sqlalchemy import text
        events = [r[0] for r in s.execute(text("SELECT event FROM audit_log ORDER BY seq"))]
    assert "login" in events
    window.grab().save(str(locations.data / "main-window.png"))


def test_wizard_in_keyring_mode_keeps_the_key_out_of_the_folder(qtbot, controller, locations,
                                                                memory_keyring):
    controller.start()
    wizard = controller.dialog
    qtbot.waitUntil(lambda: wizard.storage.keyring_works is not None, timeout=10_000)
    assert wizard.storage.ui.useKeyring.isEnabled() and wizard.storage.ui.useKeyring.isChecked()
    _fill_wizard(qtbot, wizard, passphrase=None, demo=False)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=60_000)
    description = json.loads(locations.store_file.read_text())
    assert description["storage_mode"] == "keyring"
    assert len(memory_keyring.store) == 1
    secret = next(iter(memory_keyring.store.values()))
    assert all(secret.encode() not in p.read_bytes() for p in locations.data.rglob("*")
               if p.is_file())
    assert "sleutelbos" in controller.window._mode_label.text()


def test_wizard_refuses_bad_input_in_dutch_and_creates_nothing(qtbot, controller, locations):
    controller.start()
    wizard = controller.dialog
    qtbot.waitUntil(lambda: wizard.storage.keyring_works is not None, timeout=10_000)
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.profile_page.ui
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nothing filled in yet
    qtbot.keyClicks(page.displayName, "Jan Smit")
    qtbot.keyClicks(page.password, "kort")
    qtbot.keyClicks(page.repeat, "anders")
    next_button.click()
    assert wizard.currentPage() is wizard.profile_page
    assert page.message.text() == "De twee wachtwoorden verschillen."
    page.repeat.setText("kort")
    next_button.click()
    assert page.message.text() == "Een wachtwoord heeft minstens 10 tekens."
    page.password.setText(PASSWORD)
    page.repeat.setText(PASSWORD)
    next_button.click()
    storage = wizard.storage.ui
    storage.passphrase.setText("te-kort")
    storage.repeat.setText("te-kort")
    next_button.click()
    assert wizard.currentPage() is wizard.storage
    assert storage.message.text() == "Een wachtwoordzin heeft minstens 12 tekens."
    assert not locations.database.exists()


def test_suggested_user_names_are_valid_and_plain():
    assert suggest_username("Zoë van der Berg") == "zoe.vanderberg"
    assert suggest_username("  ") == ""


@pytest.fixture
def existing(locations, passphrase):
    workspace, _ = initialise(locations, passphrase,
                              NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD))
    workspace.close()
    return locations


def _login_dialog(qtbot, controller) -> LoginDialog:
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, LoginDialog)
    return dialog


def test_login_with_a_wrong_then_the_right_password(qtbot, controller, existing, monkeypatch):
    monkeypatch.delenv("WIJKDESK_PASSPHRASE")
    controller.passphrase = PassphraseSource(interactive=False)
    dialog = _login_dialog(qtbot, controller)
    assert dialog.ui.passphrase.isVisible()  # passphrase mode asks for it
    qtbot.keyClicks(dialog.ui.username, "beheer")
    qtbot.keyClicks(dialog.ui.password, "niet-het-wachtwoord")
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.message.text().startswith("De gebruikersnaam"),
                    timeout=20_000)
    assert controller.window is None and dialog.isVisible()
    assert dialog.ui.password.text() == "" and dialog.ui.password.hasFocus()

    qtbot.keyClicks(dialog.ui.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    assert not dialog.isVisible()
    with controller.workspace.store.read() as s:
        from sqlalchemy import text
        rows = s.execute(text("SELECT event, detail FROM audit_log WHERE event IN "
                              "('failed_login', 'login') ORDER BY seq")).all()
    assert [tuple(r) for r in rows][-2:] == [("failed_login", "wrong password"), ("login", None)]


def test_a_wrong_passphrase_is_told_and_changes_no_file(qtbot, controller, existing, monkeypatch):
    monkeypatch.delenv("WIJKDESK_PASSPHRASE")
    before = {p: sha256(p) for p in existing.data.rglob("*") if p.is_file()}
    dialog = _login_dialog(qtbot, controller)
    qtbot.keyClicks(dialog.ui.username, "beheer")
    qtbot.keyClicks(dialog.ui.password, ADMIN_PASSWORD)
    qtbot.keyClicks(dialog.ui.passphrase, "een-verkeerde-wachtwoordzin")
    dialog.ui.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "wachtwoordzin opent" in dialog.ui.message.text(), timeout=20_000)
    assert dialog.ui.passphrase.hasFocus() and controller.workspace is None
    after = {p: sha256(p) for p in existing.data.rglob("*") if p.is_file()
             if p.suffix != ".ini"}
    assert {p: h for p, h in before.items()} == after


def test_the_keyring_is_looked_for_off_the_gui_thread(qtbot, controller):
    import threading

    release = threading.Event()
    controller.lane.submit(lambda _p: release.wait(10), "slow work ahead")
    controller.start()
    storage = controller.dialog.storage
    assert storage.keyring_works is None and not storage.isComplete()
    assert storage.ui.modeExplanation.text() == "wijkdesk zoekt de sleutelbos van deze computer…"
    release.set()
    qtbot.waitUntil(lambda: storage.keyring_works is False, timeout=10_000)
    assert storage.ui.usePassphrase.isChecked() and storage.ui.usePassphrase.isEnabled()
