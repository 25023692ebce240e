# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ContactsPage(object):
    def setupUi(self, ContactsPage):
        if not ContactsPage.objectName():
            ContactsPage.setObjectName(u"ContactsPage")
        ContactsPage.resize(900, 560)
        self.layout = QVBoxLayout(ContactsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(18, 12, 18, -1)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(ContactsPage)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.topFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topFill)

        self.kind = QComboBox(ContactsPage)
        self.kind.setObjectName(u"kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.top.addWidget(self.kind)

        self.mine = QCheckBox(ContactsPage)
        self.mine.setObjectName(u"mine")
        self.mine.setChecked(True)

        self.top.addWidget(self.mine)


        self.layout.addLayout(self.top)

        self.table = QTableView(ContactsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.summary = QLabel(ContactsPage)
        self.summary.setObjectName(u"summary")

        self.layout.addWidget(self.summary)


        self.retranslateUi(ContactsPage)

        QMetaObject.connectSlotsByName(ContactsPage)
    # setupUi

    def retranslateUi(self, ContactsPage):
        self.heading.setText(QCoreApplication.translate("ContactsPage", u"<h2>Contacts</h2>", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ContactsPage", u"Kind of contact", None))
#endif // QT_CONFIG(accessibility)
        self.mine.setText(QCoreApplication.translate("ContactsPage", u"Only &my contacts", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ContactsPage", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText("")
        pass
    # retranslateUi

