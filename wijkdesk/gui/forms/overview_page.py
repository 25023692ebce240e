# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(700, 480)
        self.layout = QVBoxLayout(OverviewPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 18, 24, -1)
        self.greeting = QLabel(OverviewPage)
        self.greeting.setObjectName(u"greeting")
        self.greeting.setWordWrap(True)

        self.layout.addWidget(self.greeting)

        self.recordsGroup = QGroupBox(OverviewPage)
        self.recordsGroup.setObjectName(u"recordsGroup")
        self.records = QFormLayout(self.recordsGroup)
        self.records.setObjectName(u"records")
        self.residentsLabel = QLabel(self.recordsGroup)
        self.residentsLabel.setObjectName(u"residentsLabel")

        self.records.setWidget(0, QFormLayout.ItemRole.LabelRole, self.residentsLabel)

        self.residentsValue = QLabel(self.recordsGroup)
        self.residentsValue.setObjectName(u"residentsValue")

        self.records.setWidget(0, QFormLayout.ItemRole.FieldRole, self.residentsValue)

        self.householdsLabel = QLabel(self.recordsGroup)
        self.householdsLabel.setObjectName(u"householdsLabel")

        self.records.setWidget(1, QFormLayout.ItemRole.LabelRole, self.householdsLabel)

        self.householdsValue = QLabel(self.recordsGroup)
        self.householdsValue.setObjectName(u"householdsValue")

        self.records.setWidget(1, QFormLayout.ItemRole.FieldRole, self.householdsValue)

        self.placesLabel = QLabel(self.recordsGroup)
        self.placesLabel.setObjectName(u"placesLabel")

        self.records.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placesLabel)

        self.placesValue = QLabel(self.recordsGroup)
        self.placesValue.setObjectName(u"placesValue")

        self.records.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placesValue)

        self.professionalsLabel = QLabel(self.recordsGroup)
        self.professionalsLabel.setObjectName(u"professionalsLabel")

        self.records.setWidget(3, QFormLayout.ItemRole.LabelRole, self.professionalsLabel)

        self.professionalsValue = QLabel(self.recordsGroup)
        self.professionalsValue.setObjectName(u"professionalsValue")

        self.records.setWidget(3, QFormLayout.ItemRole.FieldRole, self.professionalsValue)

        self.profilesLabel = QLabel(self.recordsGroup)
        self.profilesLabel.setObjectName(u"profilesLabel")

        self.records.setWidget(4, QFormLayout.ItemRole.LabelRole, self.profilesLabel)

        self.profilesValue = QLabel(self.recordsGroup)
        self.profilesValue.setObjectName(u"profilesValue")

        self.records.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profilesValue)


        self.layout.addWidget(self.recordsGroup)

        self.safetyGroup = QGroupBox(OverviewPage)
        self.safetyGroup.setObjectName(u"safetyGroup")
        self.safety = QFormLayout(self.safetyGroup)
        self.safety.setObjectName(u"safety")
        self.protectionLabel = QLabel(self.safetyGroup)
        self.protectionLabel.setObjectName(u"protectionLabel")

        self.safety.setWidget(0, QFormLayout.ItemRole.LabelRole, self.protectionLabel)

        self.protectionValue = QLabel(self.safetyGroup)
        self.protectionValue.setObjectName(u"protectionValue")
        self.protectionValue.setWordWrap(True)

        self.safety.setWidget(0, QFormLayout.ItemRole.FieldRole, self.protectionValue)

        self.backupLabel = QLabel(self.safetyGroup)
        self.backupLabel.setObjectName(u"backupLabel")

        self.safety.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupValue = QLabel(self.safetyGroup)
        self.backupValue.setObjectName(u"backupValue")
        self.backupValue.setWordWrap(True)

        self.safety.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupValue)

        self.auditLabel = QLabel(self.safetyGroup)
        self.auditLabel.setObjectName(u"auditLabel")

        self.safety.setWidget(2, QFormLayout.ItemRole.LabelRole, self.auditLabel)

        self.auditValue = QLabel(self.safetyGroup)
        self.auditValue.setObjectName(u"auditValue")
        self.auditValue.setWordWrap(True)

        self.safety.setWidget(2, QFormLayout.ItemRole.FieldRole, self.auditValue)


        self.layout.addWidget(self.safetyGroup)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)


        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.recordsGroup.setTitle(QCoreApplication.translate("OverviewPage", u"In this database", None))
        self.residentsLabel.setText(QCoreApplication.translate("OverviewPage", u"Residents:", None))
        self.householdsLabel.setText(QCoreApplication.translate("OverviewPage", u"Households:", None))
        self.placesLabel.setText(QCoreApplication.translate("OverviewPage", u"Districts and neighbourhoods:", None))
        self.professionalsLabel.setText(QCoreApplication.translate("OverviewPage", u"Professionals:", None))
        self.profilesLabel.setText(QCoreApplication.translate("OverviewPage", u"Profiles:", None))
        self.safetyGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Safety", None))
        self.protectionLabel.setText(QCoreApplication.translate("OverviewPage", u"Protection:", None))
        self.backupLabel.setText(QCoreApplication.translate("OverviewPage", u"Latest backup:", None))
        self.auditLabel.setText(QCoreApplication.translate("OverviewPage", u"Audit log:", None))
        pass
    # retranslateUi

