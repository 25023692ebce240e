# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profiles_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ProfilesPage(object):
    def setupUi(self, ProfilesPage):
        if not ProfilesPage.objectName():
            ProfilesPage.setObjectName(u"ProfilesPage")
        ProfilesPage.resize(760, 480)
        self.layout = QVBoxLayout(ProfilesPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(18, 12, 18, -1)
        self.heading = QLabel(ProfilesPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(ProfilesPage)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.roleButton = QPushButton(ProfilesPage)
        self.roleButton.setObjectName(u"roleButton")

        self.buttons.addWidget(self.roleButton)

        self.passwordButton = QPushButton(ProfilesPage)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttons.addWidget(self.passwordButton)

        self.disableButton = QPushButton(ProfilesPage)
        self.disableButton.setObjectName(u"disableButton")

        self.buttons.addWidget(self.disableButton)

        self.fill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.fill)


        self.layout.addLayout(self.buttons)

        self.table = QTableView(ProfilesPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)


        self.retranslateUi(ProfilesPage)

        QMetaObject.connectSlotsByName(ProfilesPage)
    # setupUi

    def retranslateUi(self, ProfilesPage):
        self.heading.setText(QCoreApplication.translate("ProfilesPage", u"<h2>Profiles</h2>", None))
        self.addButton.setText(QCoreApplication.translate("ProfilesPage", u"&New profile\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("ProfilesPage", u"Change &role\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("ProfilesPage", u"Reset &password\u2026", None))
        self.disableButton.setText(QCoreApplication.translate("ProfilesPage", u"&Disable", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ProfilesPage", u"Profiles", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

