# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'collective_page.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CollectivePage(object):
    def setupUi(self, CollectivePage):
        if not CollectivePage.objectName():
            CollectivePage.setObjectName(u"CollectivePage")
        CollectivePage.resize(900, 620)
        self.layout = QVBoxLayout(CollectivePage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(18, 12, 18, -1)
        self.heading = QLabel(CollectivePage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.tabs = QTabWidget(CollectivePage)
        self.tabs.setObjectName(u"tabs")
        self.activityTab = QWidget()
        self.activityTab.setObjectName(u"activityTab")
        self.activityLayout = QVBoxLayout(self.activityTab)
        self.activityLayout.setObjectName(u"activityLayout")
        self.activityBar = QHBoxLayout()
        self.activityBar.setObjectName(u"activityBar")
        self.activityQuery = QLineEdit(self.activityTab)
        self.activityQuery.setObjectName(u"activityQuery")
        self.activityQuery.setClearButtonEnabled(True)

        self.activityBar.addWidget(self.activityQuery)

        self.newActivityButton = QPushButton(self.activityTab)
        self.newActivityButton.setObjectName(u"newActivityButton")

        self.activityBar.addWidget(self.newActivityButton)


        self.activityLayout.addLayout(self.activityBar)

        self.activitySplit = QSplitter(self.activityTab)
        self.activitySplit.setObjectName(u"activitySplit")
        self.activitySplit.setOrientation(Qt.Orientation.Vertical)
        self.activityTable = QTableWidget(self.activitySplit)
        self.activityTable.setObjectName(u"activityTable")
        self.activityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activityTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activityTable.setAlternatingRowColors(True)
        self.activitySplit.addWidget(self.activityTable)
        self.activityTable.horizontalHeader().setStretchLastSection(True)
        self.activityTable.verticalHeader().setVisible(False)
        self.activityDetail = QWidget(self.activitySplit)
        self.activityDetail.setObjectName(u"activityDetail")
        self.activityDetailLayout = QVBoxLayout(self.activityDetail)
        self.activityDetailLayout.setObjectName(u"activityDetailLayout")
        self.activityDetailLayout.setContentsMargins(0, 0, 0, 0)
        self.activityDetailBar = QHBoxLayout()
        self.activityDetailBar.setObjectName(u"activityDetailBar")
        self.activityTitle = QLabel(self.activityDetail)
        self.activityTitle.setObjectName(u"activityTitle")
        self.activityTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.activityDetailBar.addWidget(self.activityTitle)

        self.activityDetailFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activityDetailBar.addItem(self.activityDetailFill)

        self.sessionButton = QPushButton(self.activityDetail)
        self.sessionButton.setObjectName(u"sessionButton")

        self.activityDetailBar.addWidget(self.sessionButton)

        self.activityTimeButton = QPushButton(self.activityDetail)
        self.activityTimeButton.setObjectName(u"activityTimeButton")

        self.activityDetailBar.addWidget(self.activityTimeButton)

        self.activityBudgetButton = QPushButton(self.activityDetail)
        self.activityBudgetButton.setObjectName(u"activityBudgetButton")

        self.activityDetailBar.addWidget(self.activityBudgetButton)


        self.activityDetailLayout.addLayout(self.activityDetailBar)

        self.activityText = QTextBrowser(self.activityDetail)
        self.activityText.setObjectName(u"activityText")
        self.activityText.setOpenLinks(False)

        self.activityDetailLayout.addWidget(self.activityText)

        self.activitySplit.addWidget(self.activityDetail)

        self.activityLayout.addWidget(self.activitySplit)

        self.tabs.addTab(self.activityTab, "")
        self.initiativeTab = QWidget()
        self.initiativeTab.setObjectName(u"initiativeTab")
        self.initiativeLayout = QVBoxLayout(self.initiativeTab)
        self.initiativeLayout.setObjectName(u"initiativeLayout")
        self.initiativeBar = QHBoxLayout()
        self.initiativeBar.setObjectName(u"initiativeBar")
        self.initiativeQuery = QLineEdit(self.initiativeTab)
        self.initiativeQuery.setObjectName(u"initiativeQuery")
        self.initiativeQuery.setClearButtonEnabled(True)

        self.initiativeBar.addWidget(self.initiativeQuery)

        self.newInitiativeButton = QPushButton(self.initiativeTab)
        self.newInitiativeButton.setObjectName(u"newInitiativeButton")

        self.initiativeBar.addWidget(self.newInitiativeButton)


        self.initiativeLayout.addLayout(self.initiativeBar)

        self.initiativeSplit = QSplitter(self.initiativeTab)
        self.initiativeSplit.setObjectName(u"initiativeSplit")
        self.initiativeSplit.setOrientation(Qt.Orientation.Vertical)
        self.initiativeTable = QTableWidget(self.initiativeSplit)
        self.initiativeTable.setObjectName(u"initiativeTable")
        self.initiativeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.initiativeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.initiativeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.initiativeTable.setAlternatingRowColors(True)
        self.initiativeSplit.addWidget(self.initiativeTable)
        self.initiativeTable.horizontalHeader().setStretchLastSection(True)
        self.initiativeTable.verticalHeader().setVisible(False)
        self.initiativeDetail = QWidget(self.initiativeSplit)
        self.initiativeDetail.setObjectName(u"initiativeDetail")
        self.initiativeDetailLayout = QVBoxLayout(self.initiativeDetail)
        self.initiativeDetailLayout.setObjectName(u"initiativeDetailLayout")
        self.initiativeDetailLayout.setContentsMargins(0, 0, 0, 0)
        self.initiativeDetailBar = QHBoxLayout()
        self.initiativeDetailBar.setObjectName(u"initiativeDetailBar")
        self.initiativeTitle = QLabel(self.initiativeDetail)
        self.initiativeTitle.setObjectName(u"initiativeTitle")
        self.initiativeTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.initiativeDetailBar.addWidget(self.initiativeTitle)

        self.initiativeDetailFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.initiativeDetailBar.addItem(self.initiativeDetailFill)

        self.advanceButton = QPushButton(self.initiativeDetail)
        self.advanceButton.setObjectName(u"advanceButton")

        self.initiativeDetailBar.addWidget(self.advanceButton)

        self.initiatorButton = QPushButton(self.initiativeDetail)
        self.initiatorButton.setObjectName(u"initiatorButton")

        self.initiativeDetailBar.addWidget(self.initiatorButton)

        self.supportButton = QPushButton(self.initiativeDetail)
        self.supportButton.setObjectName(u"supportButton")

        self.initiativeDetailBar.addWidget(self.supportButton)

        self.initiativeTimeButton = QPushButton(self.initiativeDetail)
        self.initiativeTimeButton.setObjectName(u"initiativeTimeButton")

        self.initiativeDetailBar.addWidget(self.initiativeTimeButton)

        self.attachButton = QPushButton(self.initiativeDetail)
        self.attachButton.setObjectName(u"attachButton")

        self.initiativeDetailBar.addWidget(self.attachButton)

        self.growButton = QPushButton(self.initiativeDetail)
        self.growButton.setObjectName(u"growButton")

        self.initiativeDetailBar.addWidget(self.growButton)


        self.initiativeDetailLayout.addLayout(self.initiativeDetailBar)

        self.initiativeText = QTextBrowser(self.initiativeDetail)
        self.initiativeText.setObjectName(u"initiativeText")
        self.initiativeText.setOpenLinks(False)

        self.initiativeDetailLayout.addWidget(self.initiativeText)

        self.initiativeSplit.addWidget(self.initiativeDetail)

        self.initiativeLayout.addWidget(self.initiativeSplit)

        self.tabs.addTab(self.initiativeTab, "")
        self.fundingTab = QWidget()
        self.fundingTab.setObjectName(u"fundingTab")
        self.fundingLayout = QVBoxLayout(self.fundingTab)
        self.fundingLayout.setObjectName(u"fundingLayout")
        self.fundingBar = QHBoxLayout()
        self.fundingBar.setObjectName(u"fundingBar")
        self.fundingHint = QLabel(self.fundingTab)
        self.fundingHint.setObjectName(u"fundingHint")
        self.fundingHint.setWordWrap(True)

        self.fundingBar.addWidget(self.fundingHint)

        self.newSourceButton = QPushButton(self.fundingTab)
        self.newSourceButton.setObjectName(u"newSourceButton")

        self.fundingBar.addWidget(self.newSourceButton)


        self.fundingLayout.addLayout(self.fundingBar)

        self.sourcesTable = QTableWidget(self.fundingTab)
        self.sourcesTable.setObjectName(u"sourcesTable")
        self.sourcesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sourcesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sourcesTable.setAlternatingRowColors(True)
        self.sourcesTable.horizontalHeader().setStretchLastSection(True)
        self.sourcesTable.verticalHeader().setVisible(False)

        self.fundingLayout.addWidget(self.sourcesTable)

        self.tabs.addTab(self.fundingTab, "")

        self.layout.addWidget(self.tabs)


        self.retranslateUi(CollectivePage)

        QMetaObject.connectSlotsByName(CollectivePage)
    # setupUi

    def retranslateUi(self, CollectivePage):
        self.heading.setText(QCoreApplication.translate("CollectivePage", u"<h2>Activities and initiatives</h2>", None))
        self.newActivityButton.setText(QCoreApplication.translate("CollectivePage", u"&New activity\u2026", None))
        self.sessionButton.setText(QCoreApplication.translate("CollectivePage", u"&Session\u2026", None))
        self.activityTimeButton.setText(QCoreApplication.translate("CollectivePage", u"&Hours\u2026", None))
        self.activityBudgetButton.setText(QCoreApplication.translate("CollectivePage", u"&Budget\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.activityTab), QCoreApplication.translate("CollectivePage", u"Activities", None))
        self.newInitiativeButton.setText(QCoreApplication.translate("CollectivePage", u"New &initiative\u2026", None))
        self.advanceButton.setText(QCoreApplication.translate("CollectivePage", u"S&tatus\u2026", None))
        self.initiatorButton.setText(QCoreApplication.translate("CollectivePage", u"Ini&tiator\u2026", None))
        self.supportButton.setText(QCoreApplication.translate("CollectivePage", u"Su&pport\u2026", None))
        self.initiativeTimeButton.setText(QCoreApplication.translate("CollectivePage", u"H&ours\u2026", None))
        self.attachButton.setText(QCoreApplication.translate("CollectivePage", u"&Attach\u2026", None))
        self.growButton.setText(QCoreApplication.translate("CollectivePage", u"&Grow into activity\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.initiativeTab), QCoreApplication.translate("CollectivePage", u"Resident initiatives", None))
        self.fundingHint.setText(QCoreApplication.translate("CollectivePage", u"Per funding source: budgeted, committed, spent and free room, over all activities and initiatives.", None))
        self.newSourceButton.setText(QCoreApplication.translate("CollectivePage", u"New &source\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fundingTab), QCoreApplication.translate("CollectivePage", u"Funding", None))
        pass
    # retranslateUi

