"""About wijkdesk: version, where the data lives, how it is protected, schema, audit size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QWidget

from wijkdesk import __version__
from wijkdesk.gui.forms.about_dialog import Ui_AboutDialog
from wijkdesk.gui.icons import app_icon
from wijkdesk.gui.role_names import mode_name
from wijkdesk.gui.session import Session
from wijkdesk.security.keys import StorageMode


class AboutDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.logo.setPixmap(app_icon().pixmap(64, 64))
        self.ui.title.setText(
            "<h2>wijkdesk</h2>" + self.tr("Version %1. Records of a neighbourhood team, "
                                          "encrypted on this computer.").replace("%1", __version__))
        for label in (self.ui.schemaValue, self.ui.auditValue):
            label.setText(self.tr("counting…"))
        session.run(lambda _p: session.workspace.info(), "about", self.show_info)

    def show_info(self, info: dict[str, Any]) -> None:
        where = info["locations"]
        self.ui.dataValue.setText(where["data"])
        self.ui.backupsValue.setText(where["backups"])
        self.ui.logsValue.setText(where["logs"])
        self.ui.modeValue.setText(mode_name(StorageMode(info["storage_mode"])))
        schema = info["schema"]
        if schema["current"] == schema["head"]:
            text = self.tr("revision %1 (current)").replace("%1", schema["current"])
        else:
            text = self.tr("revision %1 of %2").replace("%1", schema["current"]).replace(
                "%2", schema["head"])
        self.ui.schemaValue.setText(text)
        self.ui.auditValue.setText(QLocale().toString(info["counts"]["audit_entries"]))
