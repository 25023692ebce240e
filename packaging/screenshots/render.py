"""Render the README's screenshots offscreen, from synthetic demo data.

    python packaging/screenshots/render.py

Writes wizard.png, main-window.png, profiles.png, lock-screen.png, main-window-dark.png and the
area views (residents, resident-file, neighbourhood, activities, roles-matrix, roles-map,
agreements) next to this file. Nothing touches your own wijkdesk folder or keyring.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["WIJKDESK_PASSPHRASE"] = "demo-wachtwoordzin-voor-schermafbeeldingen"

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from wijkdesk.app import initialise  # noqa: E402
from wijkdesk.config import locations as make_locations  # noqa: E402
from wijkdesk.gui import palette  # noqa: E402
from wijkdesk.gui.collective import CollectiveArea  # noqa: E402
from wijkdesk.gui.controller import Controller  # noqa: E402
from wijkdesk.gui.launch import prepare  # noqa: E402
from wijkdesk.gui.neighbourhood import NeighbourhoodArea  # noqa: E402
from wijkdesk.gui.profiles import ProfilesArea  # noqa: E402
from wijkdesk.gui.residents import ResidentsArea  # noqa: E402
from wijkdesk.gui.roles_area import RolesArea  # noqa: E402
from wijkdesk.security.keys import PassphraseSource  # noqa: E402
from wijkdesk.services.demo import DEMO_PROFILES  # noqa: E402
from wijkdesk.services.profiles import NewProfile  # noqa: E402

HERE = Path(__file__).resolve().parent
PASSWORD = "schermafbeelding-1"


def settle(app: QApplication, controller: Controller, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or controller.lane.busy:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        fresh = make_locations(Path(tmp) / "fresh")
        settings, translations = prepare(app, fresh)
        wizard_controller = Controller(app, fresh, PassphraseSource(interactive=False), settings,
                                       translations)
        wizard_controller.start()
        wizard = wizard_controller.dialog
        wizard.resize(640, 500)
        wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.profile_page.ui.displayName.setText("Fatima el Amrani")
        wizard.profile_page._suggest("Fatima el Amrani")
        for field in (wizard.profile_page.ui.password, wizard.profile_page.ui.repeat):
            field.setText(PASSWORD)
        wizard.button(QWizard.WizardButton.NextButton).click()
        settle(app, wizard_controller)
        wizard.grab().save(str(HERE / "wizard.png"))
        wizard_controller.quit()

        demo = make_locations(Path(tmp) / "demo")
        name, display, _role, _type = DEMO_PROFILES[0]

        def populate(builder, actor):  # type: ignore[no-untyped-def]
            builder.demo(actor).generate(households=2000, seed=2026)
            builder.demo(actor).add_team({n: PASSWORD for n, *_ in DEMO_PROFILES})

        workspace, _ = initialise(demo, PassphraseSource(interactive=False),
                                  NewProfile(name, display, PASSWORD), populate)
        workspace.close()
        settings, translations = prepare(app, demo)
        controller = Controller(app, demo, PassphraseSource(interactive=False), settings,
                                translations)
        controller.start()
        login = controller.dialog
        login.ui.username.setText(name)
        login.ui.password.setText(PASSWORD)
        login.accept()
        while controller.window is None:
            app.processEvents()
        window = controller.window
        window.resize(1100, 680)
        settle(app, controller, 1.0)
        window.grab().save(str(HERE / "main-window.png"))
        residents = window.area(ResidentsArea)
        window.show_area(window.areas.index(residents))
        residents.ui.status.setCurrentIndex(residents.ui.status.findData("active"))
        settle(app, controller)
        window.grab().save(str(HERE / "residents.png"))
        residents.open_file(residents.model.row(0).id)
        settle(app, controller)
        window.grab().save(str(HERE / "resident-file.png"))
        neighbourhood = window.area(NeighbourhoodArea)
        window.show_area(window.areas.index(neighbourhood))
        settle(app, controller, 1.0)
        window.grab().save(str(HERE / "neighbourhood.png"))
        collective = window.area(CollectiveArea)
        window.show_area(window.areas.index(collective))
        settle(app, controller)
        collective.ui.activityTable.selectRow(1)
        settle(app, controller)
        window.grab().save(str(HERE / "activities.png"))
        window.resize(1280, 800)  # the matrix and its findings want the room
        roles = window.area(RolesArea)
        window.show_area(window.areas.index(roles))
        settle(app, controller, 1.0)
        window.grab().save(str(HERE / "roles-matrix.png"))
        roles.tabs.setCurrentWidget(roles.role_map)
        settle(app, controller, 1.5)
        window.grab().save(str(HERE / "roles-map.png"))
        roles.tabs.setCurrentWidget(roles.agreements)
        settle(app, controller, 1.0)
        roles.agreements.listing.table.selectRow(roles.agreements.listing.table.model().rowCount()
                                                 - 1)
        settle(app, controller, 1.0)
        window.grab().save(str(HERE / "agreements.png"))
        window.resize(1100, 680)
        window.show_area(window.areas.index(window.area(ProfilesArea)))
        settle(app, controller)
        window.grab().save(str(HERE / "profiles.png"))
        palette.apply(app, dark=True)
        window.show_area(0)
        settle(app, controller)
        window.grab().save(str(HERE / "main-window-dark.png"))
        palette.apply(app, dark=False)
        controller.lock(idle=True)
        settle(app, controller)
        window.grab().save(str(HERE / "lock-screen.png"))
        controller.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
