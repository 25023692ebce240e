"""Overview: what this database holds and how safe it is, at a glance."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from wijkdesk.gui.area import Area
from wijkdesk.gui.forms.overview_page import Ui_OverviewPage
from wijkdesk.gui.role_names import mode_name
from wijkdesk.gui.session import Session


class OverviewArea(Area):
    icon_name = "overview"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self._facts: dict[str, Any] | None = None
        self._show()

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        workspace = self.session.workspace
        self.session.run(lambda _p: workspace.info(), "overview", self._loaded)

    def _loaded(self, facts: dict[str, Any]) -> None:
        self._facts = facts
        self._show()

    def clear(self) -> None:
        self._facts = None
        self._show()

    def _values(self) -> list[QLabel]:
        ui = self.ui
        return [ui.residentsValue, ui.householdsValue, ui.placesValue, ui.professionalsValue,
                ui.profilesValue, ui.protectionValue, ui.backupValue, ui.auditValue]

    def _show(self) -> None:
        facts = self._facts
        if facts is None:
            self.ui.greeting.clear()
            for label in self._values():
                label.clear()
            return
        locale = QLocale()
        counts = facts["counts"]
        name = self.session.actor.display_name
        self.ui.greeting.setText("<h2>" + self.tr("Welcome, %1").replace("%1", name) + "</h2>")
        for label, key in ((self.ui.residentsValue, "residents"),
                           (self.ui.householdsValue, "households"),
                           (self.ui.placesValue, "places"),
                           (self.ui.professionalsValue, "professionals"),
                           (self.ui.profilesValue, "profiles")):
            label.setText(locale.toString(counts.get(key, 0)))
        self.ui.protectionValue.setText(
            self.tr("Encrypted (SQLCipher), %1.").replace(
                "%1", mode_name(self.session.workspace.mode)))
        latest = facts["latest_backup"]
        self.ui.backupValue.setText(
            locale.toString(datetime.fromisoformat(latest).astimezone().replace(tzinfo=None),
                            "d MMMM yyyy, HH:mm")
            if latest else self.tr("none yet"))
        self.ui.auditValue.setText(self.tr("%1 entries, hash-chained.").replace(
            "%1", locale.toString(counts.get("audit_entries", 0))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show()
        super().changeEvent(event)
