# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_demo_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QLabel, QProgressBar,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WizardDemoPage(object):
    def setupUi(self, WizardDemoPage):
        if not WizardDemoPage.objectName():
            WizardDemoPage.setObjectName(u"WizardDemoPage")
        WizardDemoPage.resize(520, 300)
        self.layout = QVBoxLayout(WizardDemoPage)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(WizardDemoPage)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.loadDemo = QCheckBox(WizardDemoPage)
        self.loadDemo.setObjectName(u"loadDemo")

        self.layout.addWidget(self.loadDemo)

        self.progress = QProgressBar(WizardDemoPage)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.message = QLabel(WizardDemoPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)


        self.retranslateUi(WizardDemoPage)

        QMetaObject.connectSlotsByName(WizardDemoPage)
    # setupUi

    def retranslateUi(self, WizardDemoPage):
        self.explanation.setText(QCoreApplication.translate("WizardDemoPage", u"The demo neighbourhood \"Demostad\" has four districts with three neighbourhoods each, about three hundred households with made-up residents, and a team of professionals. Every name and address in it is invented. Load it to look around before real work starts; leave it out on a computer that will hold real records.", None))
        self.loadDemo.setText(QCoreApplication.translate("WizardDemoPage", u"&Load the demo neighbourhood", None))
        pass
    # retranslateUi

