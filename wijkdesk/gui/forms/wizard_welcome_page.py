# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WizardWelcomePage(object):
    def setupUi(self, WizardWelcomePage):
        if not WizardWelcomePage.objectName():
            WizardWelcomePage.setObjectName(u"WizardWelcomePage")
        WizardWelcomePage.resize(520, 300)
        self.layout = QVBoxLayout(WizardWelcomePage)
        self.layout.setObjectName(u"layout")
        self.text = QLabel(WizardWelcomePage)
        self.text.setObjectName(u"text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.layout.addWidget(self.text)

        self.spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)


        self.retranslateUi(WizardWelcomePage)

        QMetaObject.connectSlotsByName(WizardWelcomePage)
    # setupUi

    def retranslateUi(self, WizardWelcomePage):
        self.text.setText(QCoreApplication.translate("WizardWelcomePage", u"<p>wijkdesk keeps the records of your neighbourhood team on this computer: support for residents, collective work, and the agreements about who does what.</p><p>This short setup makes the first profile (an administrator), decides how the database is protected, and can load a demo neighbourhood with made-up residents to try things out.</p><p>Everything is stored encrypted. It takes about a minute.</p>", None))
        pass
    # retranslateUi

