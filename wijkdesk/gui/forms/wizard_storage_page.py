# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_storage_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WizardStoragePage(object):
    def setupUi(self, WizardStoragePage):
        if not WizardStoragePage.objectName():
            WizardStoragePage.setObjectName(u"WizardStoragePage")
        WizardStoragePage.resize(520, 340)
        self.layout = QVBoxLayout(WizardStoragePage)
        self.layout.setObjectName(u"layout")
        self.whereLabel = QLabel(WizardStoragePage)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.whereLabel)

        self.useKeyring = QRadioButton(WizardStoragePage)
        self.useKeyring.setObjectName(u"useKeyring")
        self.useKeyring.setChecked(True)

        self.layout.addWidget(self.useKeyring)

        self.usePassphrase = QRadioButton(WizardStoragePage)
        self.usePassphrase.setObjectName(u"usePassphrase")

        self.layout.addWidget(self.usePassphrase)

        self.modeExplanation = QLabel(WizardStoragePage)
        self.modeExplanation.setObjectName(u"modeExplanation")
        self.modeExplanation.setWordWrap(True)

        self.layout.addWidget(self.modeExplanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphraseLabel = QLabel(WizardStoragePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphrase = QLineEdit(WizardStoragePage)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.repeatLabel = QLabel(WizardStoragePage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(WizardStoragePage)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.layout.addLayout(self.form)

        self.message = QLabel(WizardStoragePage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WizardStoragePage)

        QMetaObject.connectSlotsByName(WizardStoragePage)
    # setupUi

    def retranslateUi(self, WizardStoragePage):
        self.useKeyring.setText(QCoreApplication.translate("WizardStoragePage", u"Keep the key in the &operating system's keyring (recommended)", None))
        self.usePassphrase.setText(QCoreApplication.translate("WizardStoragePage", u"Protect the database with a pass&phrase", None))
        self.passphraseLabel.setText(QCoreApplication.translate("WizardStoragePage", u"P&assphrase:", None))
        self.repeatLabel.setText(QCoreApplication.translate("WizardStoragePage", u"Repeat pa&ssphrase:", None))
        pass
    # retranslateUi

