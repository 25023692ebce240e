# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'residents_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ResidentsPage(object):
    def setupUi(self, ResidentsPage):
        if not ResidentsPage.objectName():
            ResidentsPage.setObjectName(u"ResidentsPage")
        ResidentsPage.resize(900, 560)
        self.layout = QVBoxLayout(ResidentsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(18, 12, 18, -1)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(ResidentsPage)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.topFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topFill)

        self.newButton = QPushButton(ResidentsPage)
        self.newButton.setObjectName(u"newButton")

        self.top.addWidget(self.newButton)

        self.importButton = QPushButton(ResidentsPage)
        self.importButton.setObjectName(u"importButton")

        self.top.addWidget(self.importButton)

        self.retentionButton = QPushButton(ResidentsPage)
        self.retentionButton.setObjectName(u"retentionButton")

        self.top.addWidget(self.retentionButton)


        self.layout.addLayout(self.top)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.query = QLineEdit(ResidentsPage)
        self.query.setObjectName(u"query")
        self.query.setClearButtonEnabled(True)

        self.filters.addWidget(self.query)

        self.buurt = QComboBox(ResidentsPage)
        self.buurt.setObjectName(u"buurt")
        self.buurt.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.buurt)

        self.status = QComboBox(ResidentsPage)
        self.status.setObjectName(u"status")
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.status)

        self.mine = QCheckBox(ResidentsPage)
        self.mine.setObjectName(u"mine")

        self.filters.addWidget(self.mine)


        self.layout.addLayout(self.filters)

        self.table = QTableView(ResidentsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.summary = QLabel(ResidentsPage)
        self.summary.setObjectName(u"summary")

        self.layout.addWidget(self.summary)


        self.retranslateUi(ResidentsPage)

        QMetaObject.connectSlotsByName(ResidentsPage)
    # setupUi

    def retranslateUi(self, ResidentsPage):
        self.heading.setText(QCoreApplication.translate("ResidentsPage", u"<h2>Residents</h2>", None))
        self.newButton.setText(QCoreApplication.translate("ResidentsPage", u"&New resident\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ResidentsPage", u"&Import\u2026", None))
        self.retentionButton.setText(QCoreApplication.translate("ResidentsPage", u"Past &retention\u2026", None))
        self.query.setPlaceholderText(QCoreApplication.translate("ResidentsPage", u"Search by name, address or postcode", None))
#if QT_CONFIG(accessibility)
        self.query.setAccessibleName(QCoreApplication.translate("ResidentsPage", u"Search residents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buurt.setAccessibleName(QCoreApplication.translate("ResidentsPage", u"Neighbourhood", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ResidentsPage", u"Status of help questions", None))
#endif // QT_CONFIG(accessibility)
        self.mine.setText(QCoreApplication.translate("ResidentsPage", u"Assigned to &me", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ResidentsPage", u"Residents", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText("")
        pass
    # retranslateUi

