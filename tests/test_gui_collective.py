"""Collective work in the window: refer a resident to an activity and see it on both sides,
record activities and initiatives, and the neighbourhood view with its chart (offscreen)."""

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.conftest import ADMIN_PASSWORD
from tests.test_gui_window import sign_in
from wijkdesk.app import initialise
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.roles import Role
from wijkdesk.domain.support import ConsentScope
from wijkdesk.gui.collective import CollectiveArea
from wijkdesk.gui.collective_dialogs import (
    ReferToActivityDialog,
    SessionDialog,
    StatusDialog,
)
from wijkdesk.gui.neighbourhood import NeighbourhoodArea
from wijkdesk.gui.residents import ResidentsArea
from wijkdesk.services.activities import ActivityData
from wijkdesk.services.consents import ConsentData
from wijkdesk.services.initiatives import InitiativeData
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.residents import ResidentData

LEAD_PASSWORD = "teamleider-wachtwoord-4"
TODAY = date.today()


@pytest.fixture
def neighbourhood(locations, passphrase):
    made = {}

    def populate(builder, actor):
        builder.demo(actor).generate(households=20, seed=3)
        lead = builder.profiles(actor).create(NewProfile("tessa", "Tessa Leider", LEAD_PASSWORD,
                                                         Role.TEAM_LEAD))
        builder.professionals(actor).add("Tessa Leider", "area_worker", "Wijkteam", lead.id)
        buurt = next(p for p in builder.places(actor).list(PlaceLevel.NEIGHBOURHOOD))
        made["buurt"] = buurt.id
        made["activity"] = builder.activities(actor).create(ActivityData(
            "Taalcafé Zonnehoek", buurt.id, TODAY - timedelta(days=60), theme="taal"))
        made["initiative"] = builder.initiatives(actor).create(InitiativeData(
            "Moestuin aan de Lindelaan", buurt.id, TODAY - timedelta(days=30),
            "Samen groente kweken op het braakliggende veld."))
        residents = builder.residents(actor)
        made["named"] = residents.create(ResidentData("Fenna", "Zwanenburgh",
                                                      neighbourhood_id=buurt.id))
        made["unnamed"] = residents.create(ResidentData("Gerrit", "Kwartelkoning",
                                                        neighbourhood_id=buurt.id))
        builder.consents(actor).give(made["named"], ConsentData(
            "Naam delen met organisatoren", TODAY - timedelta(days=5),
            scope=ConsentScope.COLLECTIVE_NAMES))

    workspace, _ = initialise(locations, passphrase,
                              NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD), populate)
    workspace.close()
    return made


def _area(window, kind):
    return next(a for a in window.areas if isinstance(a, kind))


def _visible(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                and w.isVisible())


def test_referring_a_resident_to_an_activity_shows_on_both_sides(qtbot, controller,
                                                                   neighbourhood):
    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    residents = _area(window, ResidentsArea)
    view = residents.file_view
    for who in ("named", "unnamed"):
        residents.open_file(neighbourhood[who])
        qtbot.waitUntil(lambda w=who: view.file is not None
                        and view.file.id == neighbourhood[w], timeout=20_000)
        view.refer_to_activity()
        qtbot.waitUntil(lambda: any(isinstance(w, ReferToActivityDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=20_000)
        dialog = _visible(ReferToActivityDialog)
        dialog.activity.setCurrentIndex(dialog.activity.findText(
            "Taalcafé Zonnehoek", flags=Qt.MatchFlag.MatchStartsWith))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda d=dialog: not shiboken6.isValid(d), timeout=20_000)
        qtbot.waitUntil(lambda: view.ui.participations.rowCount() == 1, timeout=20_000)
        assert view.ui.participations.item(0, 0).text() == "Taalcafé Zonnehoek"
        assert view.ui.participations.item(0, 4).text() == "ja"

    collective = _area(window, CollectiveArea)
    window.show_area(window.areas.index(collective))
    collective.show_activity(neighbourhood["activity"])
    qtbot.waitUntil(lambda: collective.activity is not None, timeout=20_000)
    text = collective.ui.activityText.toPlainText()
    assert "2 doen nu mee, van wie 2 via een verwijzing" in text
    assert "Zwanenburgh, Fenna" in text  # consent to be named
    assert "Kwartelkoning" not in text and "1 zonder toestemming" in text


def test_sessions_and_initiative_steps_are_recorded_from_the_area(qtbot, controller,
                                                                   neighbourhood):
    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    area = _area(window, CollectiveArea)
    window.show_area(window.areas.index(area))
    area.show_activity(neighbourhood["activity"])
    qtbot.waitUntil(lambda: area.activity is not None, timeout=20_000)
    dialog = area.new_session()
    assert isinstance(dialog, SessionDialog)
    dialog.attendance.setValue(12)
    dialog.new.setValue(15)  # more new than all: refused with a clear message
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Nieuwe of verwezen deelnemers" in dialog.message.text(),
                    timeout=20_000)
    dialog.new.setValue(3)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=20_000)
    qtbot.waitUntil(lambda: area.activity is not None and len(area.activity.sessions) == 1,
                    timeout=20_000)
    assert area.activity.sessions[0].attendance == 12
    hours_logged = area.log_time(activity=True)
    hours_logged.hours.setValue(2.5)
    hours_logged.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Uren van professionals: gebiedswerker 3"
                    in area.ui.activityText.toPlainText(), timeout=20_000)

    area.show_initiative(neighbourhood["initiative"])
    qtbot.waitUntil(lambda: area.initiative is not None, timeout=20_000)
    step = area.advance()
    assert isinstance(step, StatusDialog)
    offered = [step.status.itemText(i) for i in range(step.status.count())]
    assert offered == ["ondersteund", "loopt", "zelfstandig", "gestopt"]  # never backwards
    step.status.setCurrentIndex(1)
    step.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: area.initiative is not None and area.initiative.status == "running",
                    timeout=20_000)
    window.grab().save(str(controller.locations.data / "collective.png"))


def test_the_neighbourhood_view_shows_both_kinds_of_work_and_draws_the_chart(
        qtbot, controller, neighbourhood):
    window = sign_in(qtbot, controller, "beheer", ADMIN_PASSWORD)
    area = _area(window, NeighbourhoodArea)
    window.show_area(window.areas.index(area))
    qtbot.waitUntil(lambda: area.view is not None, timeout=30_000)
    assert "bewoners" in area.ui.individual.text()
    assert "activiteiten" in area.ui.collective.text()
    assert "Vrije ruimte" in area.ui.funding.text()
    series = area.chart.chart().series()
    assert len(series) == 1 and series[0].count() == 2  # individual and collective bars
    assert len(area.chart.months) >= 12
    area.ui.place.setCurrentIndex(area.ui.place.findData(str(neighbourhood["buurt"])))
    qtbot.waitUntil(lambda: area.view is not None
                    and area.view.place.id == neighbourhood["buurt"], timeout=30_000)
    window.grab().save(str(controller.locations.data / "neighbourhood.png"))


def test_a_receipt_is_attached_and_a_refused_file_says_why(qtbot, controller, neighbourhood,
                                                           tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    area = _area(window, CollectiveArea)
    area.show_initiative(neighbourhood["initiative"])
    qtbot.waitUntil(lambda: area.initiative is not None, timeout=20_000)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    wrong = tmp_path / "bon.exe"
    wrong.write_bytes(b"MZ\x90\x00 not a receipt")
    area.attach(str(wrong))
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert "Alleen PDF-, PNG- en JPEG-bestanden" in warned[0]
    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(b"%PDF-1.4\n% een bon\n%%EOF\n")
    area.attach(str(receipt))
    qtbot.waitUntil(lambda: "Bijlagen" in area.ui.initiativeText.toPlainText(), timeout=20_000)
    assert "application/pdf" in area.ui.initiativeText.toPlainText()
    # a click on it saves a copy where the user says
    (attachment_id,) = area.attached
    chooser = area.save_attachment(attachment_id)
    copy = tmp_path / "kopie.pdf"
    chooser.fileSelected.emit(str(copy))
    chooser.close()
    qtbot.waitUntil(copy.exists, timeout=20_000)
    assert copy.read_bytes() == receipt.read_bytes()


def test_money_for_an_activity_and_an_overspend_only_when_confirmed(qtbot, controller,
                                                                     neighbourhood):
    from wijkdesk.gui.collective_dialogs import BudgetDialog, MoneyDialog

    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    area = _area(window, CollectiveArea)
    qtbot.waitUntil(lambda: bool(area.sources), timeout=20_000)
    area.show_activity(neighbourhood["activity"])
    qtbot.waitUntil(lambda: area.activity is not None, timeout=20_000)
    budget = area.new_budget()
    assert isinstance(budget, BudgetDialog)
    budget.source.setCurrentIndex(budget.source.findText("Wijkbudget"))
    budget.amount.setValue(500)
    budget.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: area.activity_bundle is not None
                    and len(area.activity_bundle.budgets) == 1, timeout=20_000)
    spend = area.book(spending=True)
    assert isinstance(spend, MoneyDialog)
    spend.amount.setValue(650)
    spend.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "gaat boven het budget" in spend.message.text(), timeout=20_000)
    spend.override.setChecked(True)
    spend.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: area.activity_bundle is not None
                    and area.activity_bundle.total.spent == 65_000, timeout=20_000)
    assert area.activity_bundle.total.free == -15_000  # recorded, and visibly over
    area.ui.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: area.ui.sourcesTable.rowCount() >= 3, timeout=20_000)
    rows = {area.ui.sourcesTable.item(r, 0).text(): r
            for r in range(area.ui.sourcesTable.rowCount())}
    assert "Wijkbudget" in rows


def test_a_resident_is_referred_to_an_initiative_from_the_file(qtbot, controller,
                                                                neighbourhood):
    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    residents = _area(window, ResidentsArea)
    view = residents.file_view
    residents.open_file(neighbourhood["named"])
    qtbot.waitUntil(lambda: view.file is not None, timeout=20_000)
    view.refer_to_activity()
    qtbot.waitUntil(lambda: any(isinstance(w, ReferToActivityDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    dialog = _visible(ReferToActivityDialog)
    dialog.activity.setCurrentIndex(dialog.activity.findText(
        "Initiatief: Moestuin aan de Lindelaan", flags=Qt.MatchFlag.MatchStartsWith))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=20_000)
    qtbot.waitUntil(lambda: view.ui.referrals.rowCount() == 1, timeout=20_000)
    assert view.ui.referrals.item(0, 1).text() == "Moestuin aan de Lindelaan"
    assert view.ui.referrals.item(0, 2).text() == "geaccepteerd"
