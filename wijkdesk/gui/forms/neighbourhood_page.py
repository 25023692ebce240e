# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'neighbourhood_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NeighbourhoodPage(object):
    def setupUi(self, NeighbourhoodPage):
        if not NeighbourhoodPage.objectName():
            NeighbourhoodPage.setObjectName(u"NeighbourhoodPage")
        NeighbourhoodPage.resize(900, 620)
        self.layout = QVBoxLayout(NeighbourhoodPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(18, 12, 18, -1)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(NeighbourhoodPage)
        self.heading.setObjectName(u"heading")

        self.top.addWidget(self.heading)

        self.topFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topFill)

        self.placeLabel = QLabel(NeighbourhoodPage)
        self.placeLabel.setObjectName(u"placeLabel")

        self.top.addWidget(self.placeLabel)

        self.place = QComboBox(NeighbourhoodPage)
        self.place.setObjectName(u"place")
        self.place.setMinimumContentsLength(24)

        self.top.addWidget(self.place)

        self.yearLabel = QLabel(NeighbourhoodPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.top.addWidget(self.yearLabel)

        self.year = QComboBox(NeighbourhoodPage)
        self.year.setObjectName(u"year")

        self.top.addWidget(self.year)


        self.layout.addLayout(self.top)

        self.figures = QHBoxLayout()
        self.figures.setObjectName(u"figures")
        self.individualGroup = QGroupBox(NeighbourhoodPage)
        self.individualGroup.setObjectName(u"individualGroup")
        self.individualLayout = QVBoxLayout(self.individualGroup)
        self.individualLayout.setObjectName(u"individualLayout")
        self.individual = QLabel(self.individualGroup)
        self.individual.setObjectName(u"individual")
        self.individual.setWordWrap(True)
        self.individual.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.individualLayout.addWidget(self.individual)


        self.figures.addWidget(self.individualGroup)

        self.collectiveGroup = QGroupBox(NeighbourhoodPage)
        self.collectiveGroup.setObjectName(u"collectiveGroup")
        self.collectiveLayout = QVBoxLayout(self.collectiveGroup)
        self.collectiveLayout.setObjectName(u"collectiveLayout")
        self.collective = QLabel(self.collectiveGroup)
        self.collective.setObjectName(u"collective")
        self.collective.setWordWrap(True)
        self.collective.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.collectiveLayout.addWidget(self.collective)


        self.figures.addWidget(self.collectiveGroup)

        self.fundingGroup = QGroupBox(NeighbourhoodPage)
        self.fundingGroup.setObjectName(u"fundingGroup")
        self.fundingLayout = QVBoxLayout(self.fundingGroup)
        self.fundingLayout.setObjectName(u"fundingLayout")
        self.funding = QLabel(self.fundingGroup)
        self.funding.setObjectName(u"funding")
        self.funding.setWordWrap(True)
        self.funding.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.fundingLayout.addWidget(self.funding)


        self.figures.addWidget(self.fundingGroup)


        self.layout.addLayout(self.figures)

        self.chartBar = QHBoxLayout()
        self.chartBar.setObjectName(u"chartBar")
        self.chartHeading = QLabel(NeighbourhoodPage)
        self.chartHeading.setObjectName(u"chartHeading")

        self.chartBar.addWidget(self.chartHeading)

        self.chartFill = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chartBar.addItem(self.chartFill)

        self.typeLabel = QLabel(NeighbourhoodPage)
        self.typeLabel.setObjectName(u"typeLabel")

        self.chartBar.addWidget(self.typeLabel)

        self.professionalType = QComboBox(NeighbourhoodPage)
        self.professionalType.setObjectName(u"professionalType")

        self.chartBar.addWidget(self.professionalType)


        self.layout.addLayout(self.chartBar)

        self.chartHost = QWidget(NeighbourhoodPage)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(0, 260))

        self.layout.addWidget(self.chartHost)

#if QT_CONFIG(shortcut)
        self.placeLabel.setBuddy(self.place)
        self.yearLabel.setBuddy(self.year)
        self.typeLabel.setBuddy(self.professionalType)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NeighbourhoodPage)

        QMetaObject.connectSlotsByName(NeighbourhoodPage)
    # setupUi

    def retranslateUi(self, NeighbourhoodPage):
        self.heading.setText(QCoreApplication.translate("NeighbourhoodPage", u"<h2>Neighbourhoods</h2>", None))
        self.placeLabel.setText(QCoreApplication.translate("NeighbourhoodPage", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("NeighbourhoodPage", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("NeighbourhoodPage", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.year.setAccessibleName(QCoreApplication.translate("NeighbourhoodPage", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.individualGroup.setTitle(QCoreApplication.translate("NeighbourhoodPage", u"Individual support", None))
        self.collectiveGroup.setTitle(QCoreApplication.translate("NeighbourhoodPage", u"Collective work", None))
        self.fundingGroup.setTitle(QCoreApplication.translate("NeighbourhoodPage", u"Funding", None))
        self.chartHeading.setText(QCoreApplication.translate("NeighbourhoodPage", u"<b>Hours of professionals: individual and collective work per month</b>", None))
        self.typeLabel.setText(QCoreApplication.translate("NeighbourhoodPage", u"&Professional type:", None))
#if QT_CONFIG(accessibility)
        self.professionalType.setAccessibleName(QCoreApplication.translate("NeighbourhoodPage", u"Professional type", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

