# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 520)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.personalGroup = QGroupBox(SettingsDialog)
        self.personalGroup.setObjectName(u"personalGroup")
        self.personalForm = QFormLayout(self.personalGroup)
        self.personalForm.setObjectName(u"personalForm")
        self.languageLabel = QLabel(self.personalGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.personalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(self.personalGroup)
        self.language.setObjectName(u"language")

        self.personalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.certificateLabel = QLabel(self.personalGroup)
        self.certificateLabel.setObjectName(u"certificateLabel")

        self.personalForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.certificateLabel)

        self.certificateRow = QHBoxLayout()
        self.certificateRow.setObjectName(u"certificateRow")
        self.certificate = QLineEdit(self.personalGroup)
        self.certificate.setObjectName(u"certificate")
        self.certificate.setReadOnly(True)

        self.certificateRow.addWidget(self.certificate)

        self.browseCertificate = QPushButton(self.personalGroup)
        self.browseCertificate.setObjectName(u"browseCertificate")
        self.browseCertificate.setAutoDefault(False)

        self.certificateRow.addWidget(self.browseCertificate)

        self.clearCertificate = QPushButton(self.personalGroup)
        self.clearCertificate.setObjectName(u"clearCertificate")
        self.clearCertificate.setAutoDefault(False)

        self.certificateRow.addWidget(self.clearCertificate)


        self.personalForm.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.certificateRow)

        self.certificateNote = QLabel(self.personalGroup)
        self.certificateNote.setObjectName(u"certificateNote")
        self.certificateNote.setWordWrap(True)

        self.personalForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.certificateNote)


        self.layout.addWidget(self.personalGroup)

        self.policyGroup = QGroupBox(SettingsDialog)
        self.policyGroup.setObjectName(u"policyGroup")
        self.policyForm = QFormLayout(self.policyGroup)
        self.policyForm.setObjectName(u"policyForm")
        self.organisationLabel = QLabel(self.policyGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.policyForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.organisationLabel)

        self.organisation = QLineEdit(self.policyGroup)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setMaxLength(120)

        self.policyForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.organisation)

        self.idleLabel = QLabel(self.policyGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.policyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleMinutes = QSpinBox(self.policyGroup)
        self.idleMinutes.setObjectName(u"idleMinutes")
        self.idleMinutes.setMinimum(1)
        self.idleMinutes.setMaximum(60)
        self.idleMinutes.setValue(15)

        self.policyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idleMinutes)

        self.dailyLabel = QLabel(self.policyGroup)
        self.dailyLabel.setObjectName(u"dailyLabel")

        self.policyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dailyLabel)

        self.backupDaily = QSpinBox(self.policyGroup)
        self.backupDaily.setObjectName(u"backupDaily")
        self.backupDaily.setMinimum(1)
        self.backupDaily.setMaximum(90)
        self.backupDaily.setValue(7)

        self.policyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupDaily)

        self.weeklyLabel = QLabel(self.policyGroup)
        self.weeklyLabel.setObjectName(u"weeklyLabel")

        self.policyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.weeklyLabel)

        self.backupWeekly = QSpinBox(self.policyGroup)
        self.backupWeekly.setObjectName(u"backupWeekly")
        self.backupWeekly.setMinimum(0)
        self.backupWeekly.setMaximum(104)
        self.backupWeekly.setValue(4)

        self.policyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.backupWeekly)

        self.retentionYouthLabel = QLabel(self.policyGroup)
        self.retentionYouthLabel.setObjectName(u"retentionYouthLabel")

        self.policyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.retentionYouthLabel)

        self.retentionYouth = QSpinBox(self.policyGroup)
        self.retentionYouth.setObjectName(u"retentionYouth")
        self.retentionYouth.setMinimum(1)
        self.retentionYouth.setMaximum(100)

        self.policyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.retentionYouth)

        self.retentionSocialLabel = QLabel(self.policyGroup)
        self.retentionSocialLabel.setObjectName(u"retentionSocialLabel")

        self.policyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.retentionSocialLabel)

        self.retentionSocial = QSpinBox(self.policyGroup)
        self.retentionSocial.setObjectName(u"retentionSocial")
        self.retentionSocial.setMinimum(1)
        self.retentionSocial.setMaximum(100)

        self.policyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.retentionSocial)

        self.retentionLooseLabel = QLabel(self.policyGroup)
        self.retentionLooseLabel.setObjectName(u"retentionLooseLabel")

        self.policyForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.retentionLooseLabel)

        self.retentionLoose = QSpinBox(self.policyGroup)
        self.retentionLoose.setObjectName(u"retentionLoose")
        self.retentionLoose.setMinimum(1)
        self.retentionLoose.setMaximum(100)

        self.policyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.retentionLoose)

        self.retentionNote = QLabel(self.policyGroup)
        self.retentionNote.setObjectName(u"retentionNote")
        self.retentionNote.setWordWrap(True)

        self.policyForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.retentionNote)

        self.policyNote = QLabel(self.policyGroup)
        self.policyNote.setObjectName(u"policyNote")
        self.policyNote.setWordWrap(True)

        self.policyForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.policyNote)


        self.layout.addWidget(self.policyGroup)

        self.message = QLabel(SettingsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.spacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.certificateLabel.setBuddy(self.certificate)
        self.organisationLabel.setBuddy(self.organisation)
        self.idleLabel.setBuddy(self.idleMinutes)
        self.dailyLabel.setBuddy(self.backupDaily)
        self.weeklyLabel.setBuddy(self.backupWeekly)
        self.retentionYouthLabel.setBuddy(self.retentionYouth)
        self.retentionSocialLabel.setBuddy(self.retentionSocial)
        self.retentionLooseLabel.setBuddy(self.retentionLoose)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttons.accepted.connect(SettingsDialog.accept)
        self.buttons.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.personalGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"On this computer", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.certificateLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Certificate for signing:", None))
        self.certificate.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"None: exports are not signed", None))
        self.browseCertificate.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.clearCertificate.setText(QCoreApplication.translate("SettingsDialog", u"&Remove", None))
        self.policyGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"For everyone using this database", None))
        self.organisationLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Organisation (printed on the cover of every export):", None))
        self.organisation.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Not set", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lock after &idle time:", None))
        self.idleMinutes.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.dailyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep &daily backups of:", None))
        self.backupDaily.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.weeklyLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep &weekly backups of:", None))
        self.backupWeekly.setSuffix(QCoreApplication.translate("SettingsDialog", u" weeks", None))
        self.retentionYouthLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep &youth care records:", None))
        self.retentionYouth.setSuffix(QCoreApplication.translate("SettingsDialog", u" years", None))
        self.retentionSocialLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep &social work records:", None))
        self.retentionSocial.setSuffix(QCoreApplication.translate("SettingsDialog", u" years", None))
        self.retentionLooseLabel.setText(QCoreApplication.translate("SettingsDialog", u"Keep contacts &without a question:", None))
        self.retentionLoose.setSuffix(QCoreApplication.translate("SettingsDialog", u" years", None))
        self.retentionNote.setText(QCoreApplication.translate("SettingsDialog", u"Records are kept this long after a help question closes (contacts without one: after the contact); then they are listed for review and erasure.", None))
    # retranslateUi

