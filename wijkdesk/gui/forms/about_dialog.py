# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 360)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.logo = QLabel(AboutDialog)
        self.logo.setObjectName(u"logo")
        self.logo.setMinimumSize(QSize(64, 64))
        self.logo.setMaximumSize(QSize(64, 64))

        self.header.addWidget(self.logo)

        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)

        self.header.addWidget(self.title)


        self.layout.addLayout(self.header)

        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.dataLabel = QLabel(AboutDialog)
        self.dataLabel.setObjectName(u"dataLabel")

        self.facts.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataLabel)

        self.dataValue = QLabel(AboutDialog)
        self.dataValue.setObjectName(u"dataValue")
        self.dataValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dataValue.setWordWrap(True)

        self.facts.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dataValue)

        self.backupsLabel = QLabel(AboutDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.facts.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupsLabel)

        self.backupsValue = QLabel(AboutDialog)
        self.backupsValue.setObjectName(u"backupsValue")
        self.backupsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backupsValue.setWordWrap(True)

        self.facts.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupsValue)

        self.logsLabel = QLabel(AboutDialog)
        self.logsLabel.setObjectName(u"logsLabel")

        self.facts.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logsLabel)

        self.logsValue = QLabel(AboutDialog)
        self.logsValue.setObjectName(u"logsValue")
        self.logsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logsValue.setWordWrap(True)

        self.facts.setWidget(2, QFormLayout.ItemRole.FieldRole, self.logsValue)

        self.modeLabel = QLabel(AboutDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.facts.setWidget(3, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeValue = QLabel(AboutDialog)
        self.modeValue.setObjectName(u"modeValue")
        self.modeValue.setWordWrap(True)

        self.facts.setWidget(3, QFormLayout.ItemRole.FieldRole, self.modeValue)

        self.schemaLabel = QLabel(AboutDialog)
        self.schemaLabel.setObjectName(u"schemaLabel")

        self.facts.setWidget(4, QFormLayout.ItemRole.LabelRole, self.schemaLabel)

        self.schemaValue = QLabel(AboutDialog)
        self.schemaValue.setObjectName(u"schemaValue")

        self.facts.setWidget(4, QFormLayout.ItemRole.FieldRole, self.schemaValue)

        self.auditLabel = QLabel(AboutDialog)
        self.auditLabel.setObjectName(u"auditLabel")

        self.facts.setWidget(5, QFormLayout.ItemRole.LabelRole, self.auditLabel)

        self.auditValue = QLabel(AboutDialog)
        self.auditValue.setObjectName(u"auditValue")

        self.facts.setWidget(5, QFormLayout.ItemRole.FieldRole, self.auditValue)


        self.layout.addLayout(self.facts)

        self.spacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)
        self.buttons.accepted.connect(AboutDialog.accept)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About wijkdesk", None))
        self.dataLabel.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
        self.backupsLabel.setText(QCoreApplication.translate("AboutDialog", u"Backups:", None))
        self.logsLabel.setText(QCoreApplication.translate("AboutDialog", u"Logs:", None))
        self.modeLabel.setText(QCoreApplication.translate("AboutDialog", u"Key storage:", None))
        self.schemaLabel.setText(QCoreApplication.translate("AboutDialog", u"Database schema:", None))
        self.auditLabel.setText(QCoreApplication.translate("AboutDialog", u"Audit log entries:", None))
    # retranslateUi

