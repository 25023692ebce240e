# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_profile_page.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WizardProfilePage(object):
    def setupUi(self, WizardProfilePage):
        if not WizardProfilePage.objectName():
            WizardProfilePage.setObjectName(u"WizardProfilePage")
        WizardProfilePage.resize(520, 300)
        self.layout = QVBoxLayout(WizardProfilePage)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(WizardProfilePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.displayNameLabel = QLabel(WizardProfilePage)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(WizardProfilePage)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.usernameLabel = QLabel(WizardProfilePage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(WizardProfilePage)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(WizardProfilePage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(WizardProfilePage)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(WizardProfilePage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(WizardProfilePage)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.layout.addLayout(self.form)

        self.message = QLabel(WizardProfilePage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.displayNameLabel.setBuddy(self.displayName)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WizardProfilePage)

        QMetaObject.connectSlotsByName(WizardProfilePage)
    # setupUi

    def retranslateUi(self, WizardProfilePage):
        self.intro.setText(QCoreApplication.translate("WizardProfilePage", u"This profile administers wijkdesk on this computer: it adds the profiles of your colleagues and sets the rules for everyone. You sign in with its user name and password.", None))
        self.displayNameLabel.setText(QCoreApplication.translate("WizardProfilePage", u"Your &name:", None))
        self.usernameLabel.setText(QCoreApplication.translate("WizardProfilePage", u"&User name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("WizardProfilePage", u"&Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("WizardProfilePage", u"R&epeat password:", None))
        pass
    # retranslateUi

