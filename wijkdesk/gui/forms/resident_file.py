# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resident_file.ui'
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
    QSplitter, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

class Ui_ResidentFilePage(object):
    def setupUi(self, ResidentFilePage):
        if not ResidentFilePage.objectName():
            ResidentFilePage.setObjectName(u"ResidentFilePage")
        ResidentFilePage.resize(900, 600)
        self.layout = QVBoxLayout(ResidentFilePage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(18, 12, 18, -1)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.backButton = QToolButton(ResidentFilePage)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.backButton.setAutoRaise(True)

        self.top.addWidget(self.backButton)

        self.name = QLabel(ResidentFilePage)
        self.name.setObjectName(u"name")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.top.addWidget(self.name)

        self.topFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topFill)

        self.contactButton = QPushButton(ResidentFilePage)
        self.contactButton.setObjectName(u"contactButton")

        self.top.addWidget(self.contactButton)

        self.requestButton = QPushButton(ResidentFilePage)
        self.requestButton.setObjectName(u"requestButton")

        self.top.addWidget(self.requestButton)

        self.moreButton = QToolButton(ResidentFilePage)
        self.moreButton.setObjectName(u"moreButton")
        self.moreButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.top.addWidget(self.moreButton)


        self.layout.addLayout(self.top)

        self.details = QLabel(ResidentFilePage)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.details)

        self.tabs = QTabWidget(ResidentFilePage)
        self.tabs.setObjectName(u"tabs")
        self.requestsTab = QWidget()
        self.requestsTab.setObjectName(u"requestsTab")
        self.requestsLayout = QVBoxLayout(self.requestsTab)
        self.requestsLayout.setObjectName(u"requestsLayout")
        self.requestsSplit = QSplitter(self.requestsTab)
        self.requestsSplit.setObjectName(u"requestsSplit")
        self.requestsSplit.setOrientation(Qt.Orientation.Vertical)
        self.requests = QTableWidget(self.requestsSplit)
        self.requests.setObjectName(u"requests")
        self.requests.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requests.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requestsSplit.addWidget(self.requests)
        self.requests.horizontalHeader().setStretchLastSection(True)
        self.requests.verticalHeader().setVisible(False)
        self.requestDetail = QWidget(self.requestsSplit)
        self.requestDetail.setObjectName(u"requestDetail")
        self.detailLayout = QVBoxLayout(self.requestDetail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.requestText = QLabel(self.requestDetail)
        self.requestText.setObjectName(u"requestText")
        self.requestText.setWordWrap(True)
        self.requestText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.requestText)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.planHeading = QLabel(self.requestDetail)
        self.planHeading.setObjectName(u"planHeading")

        self.planButtons.addWidget(self.planHeading)

        self.planFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planFill)

        self.editRequestButton = QPushButton(self.requestDetail)
        self.editRequestButton.setObjectName(u"editRequestButton")

        self.planButtons.addWidget(self.editRequestButton)

        self.goalButton = QPushButton(self.requestDetail)
        self.goalButton.setObjectName(u"goalButton")

        self.planButtons.addWidget(self.goalButton)

        self.scoresButton = QPushButton(self.requestDetail)
        self.scoresButton.setObjectName(u"scoresButton")

        self.planButtons.addWidget(self.scoresButton)

        self.closeRequestButton = QPushButton(self.requestDetail)
        self.closeRequestButton.setObjectName(u"closeRequestButton")

        self.planButtons.addWidget(self.closeRequestButton)


        self.detailLayout.addLayout(self.planButtons)

        self.goals = QTableWidget(self.requestDetail)
        self.goals.setObjectName(u"goals")
        self.goals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals.horizontalHeader().setStretchLastSection(True)
        self.goals.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.goals)

        self.scores = QLabel(self.requestDetail)
        self.scores.setObjectName(u"scores")
        self.scores.setWordWrap(True)

        self.detailLayout.addWidget(self.scores)

        self.requestsSplit.addWidget(self.requestDetail)

        self.requestsLayout.addWidget(self.requestsSplit)

        self.tabs.addTab(self.requestsTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.contactsHint = QLabel(self.contactsTab)
        self.contactsHint.setObjectName(u"contactsHint")

        self.contactButtons.addWidget(self.contactsHint)

        self.contactFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactFill)

        self.removeContactButton = QPushButton(self.contactsTab)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)


        self.contactsLayout.addLayout(self.contactButtons)

        self.contacts = QTableView(self.contactsTab)
        self.contacts.setObjectName(u"contacts")
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setAlternatingRowColors(True)
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setWordWrap(False)
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.contacts.verticalHeader().setVisible(False)

        self.contactsLayout.addWidget(self.contacts)

        self.tabs.addTab(self.contactsTab, "")
        self.householdTab = QWidget()
        self.householdTab.setObjectName(u"householdTab")
        self.householdLayout = QVBoxLayout(self.householdTab)
        self.householdLayout.setObjectName(u"householdLayout")
        self.household = QTableWidget(self.householdTab)
        self.household.setObjectName(u"household")
        self.household.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.household.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.household.horizontalHeader().setStretchLastSection(True)
        self.household.verticalHeader().setVisible(False)

        self.householdLayout.addWidget(self.household)

        self.tabs.addTab(self.householdTab, "")
        self.consentsTab = QWidget()
        self.consentsTab.setObjectName(u"consentsTab")
        self.consentsLayout = QVBoxLayout(self.consentsTab)
        self.consentsLayout.setObjectName(u"consentsLayout")
        self.consentButtons = QHBoxLayout()
        self.consentButtons.setObjectName(u"consentButtons")
        self.consentsHeading = QLabel(self.consentsTab)
        self.consentsHeading.setObjectName(u"consentsHeading")

        self.consentButtons.addWidget(self.consentsHeading)

        self.consentFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentButtons.addItem(self.consentFill)

        self.consentButton = QPushButton(self.consentsTab)
        self.consentButton.setObjectName(u"consentButton")

        self.consentButtons.addWidget(self.consentButton)

        self.withdrawButton = QPushButton(self.consentsTab)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.consentButtons.addWidget(self.withdrawButton)


        self.consentsLayout.addLayout(self.consentButtons)

        self.consents = QTableWidget(self.consentsTab)
        self.consents.setObjectName(u"consents")
        self.consents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents.horizontalHeader().setStretchLastSection(True)
        self.consents.verticalHeader().setVisible(False)

        self.consentsLayout.addWidget(self.consents)

        self.referralButtons = QHBoxLayout()
        self.referralButtons.setObjectName(u"referralButtons")
        self.referralsHeading = QLabel(self.consentsTab)
        self.referralsHeading.setObjectName(u"referralsHeading")

        self.referralButtons.addWidget(self.referralsHeading)

        self.referralFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.referralButtons.addItem(self.referralFill)

        self.referralButton = QPushButton(self.consentsTab)
        self.referralButton.setObjectName(u"referralButton")

        self.referralButtons.addWidget(self.referralButton)


        self.consentsLayout.addLayout(self.referralButtons)

        self.referrals = QTableWidget(self.consentsTab)
        self.referrals.setObjectName(u"referrals")
        self.referrals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.horizontalHeader().setStretchLastSection(True)
        self.referrals.verticalHeader().setVisible(False)

        self.consentsLayout.addWidget(self.referrals)

        self.tabs.addTab(self.consentsTab, "")
        self.collectiveTab = QWidget()
        self.collectiveTab.setObjectName(u"collectiveTab")
        self.collectiveLayout = QVBoxLayout(self.collectiveTab)
        self.collectiveLayout.setObjectName(u"collectiveLayout")
        self.collectiveButtons = QHBoxLayout()
        self.collectiveButtons.setObjectName(u"collectiveButtons")
        self.collectiveHint = QLabel(self.collectiveTab)
        self.collectiveHint.setObjectName(u"collectiveHint")
        self.collectiveHint.setWordWrap(True)

        self.collectiveButtons.addWidget(self.collectiveHint)

        self.collectiveFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.collectiveButtons.addItem(self.collectiveFill)

        self.referActivityButton = QPushButton(self.collectiveTab)
        self.referActivityButton.setObjectName(u"referActivityButton")

        self.collectiveButtons.addWidget(self.referActivityButton)


        self.collectiveLayout.addLayout(self.collectiveButtons)

        self.participations = QTableWidget(self.collectiveTab)
        self.participations.setObjectName(u"participations")
        self.participations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participations.horizontalHeader().setStretchLastSection(True)
        self.participations.verticalHeader().setVisible(False)

        self.collectiveLayout.addWidget(self.participations)

        self.tabs.addTab(self.collectiveTab, "")

        self.layout.addWidget(self.tabs)


        self.retranslateUi(ResidentFilePage)

        QMetaObject.connectSlotsByName(ResidentFilePage)
    # setupUi

    def retranslateUi(self, ResidentFilePage):
        self.backButton.setText(QCoreApplication.translate("ResidentFilePage", u"Back", None))
        self.contactButton.setText(QCoreApplication.translate("ResidentFilePage", u"New &contact\u2026", None))
        self.requestButton.setText(QCoreApplication.translate("ResidentFilePage", u"New &help question\u2026", None))
        self.moreButton.setText(QCoreApplication.translate("ResidentFilePage", u"More", None))
#if QT_CONFIG(accessibility)
        self.requests.setAccessibleName(QCoreApplication.translate("ResidentFilePage", u"Help questions", None))
#endif // QT_CONFIG(accessibility)
        self.planHeading.setText(QCoreApplication.translate("ResidentFilePage", u"<b>Plan and goals</b>", None))
        self.editRequestButton.setText(QCoreApplication.translate("ResidentFilePage", u"&Edit question\u2026", None))
        self.goalButton.setText(QCoreApplication.translate("ResidentFilePage", u"New &goal\u2026", None))
        self.scoresButton.setText(QCoreApplication.translate("ResidentFilePage", u"&Scores\u2026", None))
        self.closeRequestButton.setText(QCoreApplication.translate("ResidentFilePage", u"C&lose question\u2026", None))
#if QT_CONFIG(accessibility)
        self.goals.setAccessibleName(QCoreApplication.translate("ResidentFilePage", u"Goals", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.requestsTab), QCoreApplication.translate("ResidentFilePage", u"Help questions and plan", None))
        self.contactsHint.setText(QCoreApplication.translate("ResidentFilePage", u"Newest first. Double-click a row or press Enter to read its whole note.", None))
        self.removeContactButton.setText(QCoreApplication.translate("ResidentFilePage", u"Re&move contact\u2026", None))
#if QT_CONFIG(accessibility)
        self.contacts.setAccessibleName(QCoreApplication.translate("ResidentFilePage", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("ResidentFilePage", u"Contacts", None))
#if QT_CONFIG(accessibility)
        self.household.setAccessibleName(QCoreApplication.translate("ResidentFilePage", u"Household", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.householdTab), QCoreApplication.translate("ResidentFilePage", u"Household", None))
        self.consentsHeading.setText(QCoreApplication.translate("ResidentFilePage", u"<b>Consents</b>", None))
        self.consentButton.setText(QCoreApplication.translate("ResidentFilePage", u"New c&onsent\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("ResidentFilePage", u"&Withdraw\u2026", None))
#if QT_CONFIG(accessibility)
        self.consents.setAccessibleName(QCoreApplication.translate("ResidentFilePage", u"Consents", None))
#endif // QT_CONFIG(accessibility)
        self.referralsHeading.setText(QCoreApplication.translate("ResidentFilePage", u"<b>Referrals</b>", None))
        self.referralButton.setText(QCoreApplication.translate("ResidentFilePage", u"New &referral\u2026", None))
#if QT_CONFIG(accessibility)
        self.referrals.setAccessibleName(QCoreApplication.translate("ResidentFilePage", u"Referrals", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.consentsTab), QCoreApplication.translate("ResidentFilePage", u"Consents and referrals", None))
        self.collectiveHint.setText(QCoreApplication.translate("ResidentFilePage", u"Activities the resident takes part in, and whether a referral led there.", None))
        self.referActivityButton.setText(QCoreApplication.translate("ResidentFilePage", u"Refer to an &activity\u2026", None))
#if QT_CONFIG(accessibility)
        self.participations.setAccessibleName(QCoreApplication.translate("ResidentFilePage", u"Collective participation", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.collectiveTab), QCoreApplication.translate("ResidentFilePage", u"Collective", None))
        pass
    # retranslateUi

