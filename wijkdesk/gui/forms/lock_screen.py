# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(640, 480)
        self.outer = QGridLayout(LockScreen)
        self.outer.setObjectName(u"outer")
        self.top = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.top, 0, 1, 1, 1)

        self.left = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer.addItem(self.left, 1, 0, 1, 1)

        self.panel = QFrame(LockScreen)
        self.panel.setObjectName(u"panel")
        self.panel.setMinimumSize(QSize(380, 0))
        self.panel.setMaximumSize(QSize(460, 16777215))
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panelLayout = QVBoxLayout(self.panel)
        self.panelLayout.setSpacing(10)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(24, 24, 24, 24)
        self.icon = QLabel(self.panel)
        self.icon.setObjectName(u"icon")
        self.icon.setMinimumSize(QSize(48, 48))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.panelLayout.addWidget(self.icon)

        self.heading = QLabel(self.panel)
        self.heading.setObjectName(u"heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.panelLayout.addWidget(self.heading)

        self.explanation = QLabel(self.panel)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.panelLayout.addWidget(self.explanation)

        self.password = QLineEdit(self.panel)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.panelLayout.addWidget(self.password)

        self.message = QLabel(self.panel)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.panelLayout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.signOutButton = QPushButton(self.panel)
        self.signOutButton.setObjectName(u"signOutButton")
        self.signOutButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.signOutButton)

        self.between = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.between)

        self.unlockButton = QPushButton(self.panel)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonRow.addWidget(self.unlockButton)


        self.panelLayout.addLayout(self.buttonRow)


        self.outer.addWidget(self.panel, 1, 1, 1, 1)

        self.right = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outer.addItem(self.right, 1, 2, 1, 1)

        self.bottom = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom, 2, 1, 1, 1)


        self.retranslateUi(LockScreen)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        self.heading.setText(QCoreApplication.translate("LockScreen", u"<h2>wijkdesk is locked</h2>", None))
        self.password.setPlaceholderText(QCoreApplication.translate("LockScreen", u"Password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("LockScreen", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.signOutButton.setText(QCoreApplication.translate("LockScreen", u"Sign out", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
        pass
    # retranslateUi

