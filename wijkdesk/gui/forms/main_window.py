# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QToolBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        MainWindow.setMinimumSize(QSize(760, 480))
        MainWindow.setWindowTitle(u"wijkdesk")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
#if QT_CONFIG(shortcut)
        self.actionBackup.setShortcut(u"Ctrl+Shift+B")
#endif // QT_CONFIG(shortcut)
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionSignOut = QAction(MainWindow)
        self.actionSignOut.setObjectName(u"actionSignOut")
#if QT_CONFIG(shortcut)
        self.actionSignOut.setShortcut(u"Ctrl+Shift+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(u"Ctrl+K")
#endif // QT_CONFIG(shortcut)
        self.actionVerifyAudit = QAction(MainWindow)
        self.actionVerifyAudit.setObjectName(u"actionVerifyAudit")
#if QT_CONFIG(shortcut)
        self.actionVerifyAudit.setShortcut(u"Ctrl+Shift+V")
#endif // QT_CONFIG(shortcut)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(u"Ctrl+,")
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
#if QT_CONFIG(shortcut)
        self.actionShortcuts.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.screens = QStackedWidget(self.centralWidget)
        self.screens.setObjectName(u"screens")
        self.workScreen = QWidget()
        self.workScreen.setObjectName(u"workScreen")
        self.workLayout = QHBoxLayout(self.workScreen)
        self.workLayout.setSpacing(0)
        self.workLayout.setObjectName(u"workLayout")
        self.workLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.workScreen)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(190, 0))
        self.navigation.setMaximumSize(QSize(240, 16777215))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setUniformItemSizes(True)

        self.workLayout.addWidget(self.navigation)

        self.areas = QStackedWidget(self.workScreen)
        self.areas.setObjectName(u"areas")

        self.workLayout.addWidget(self.areas)

        self.screens.addWidget(self.workScreen)
        self.lockScreenHolder = QWidget()
        self.lockScreenHolder.setObjectName(u"lockScreenHolder")
        self.lockLayout = QVBoxLayout(self.lockScreenHolder)
        self.lockLayout.setObjectName(u"lockLayout")
        self.screens.addWidget(self.lockScreenHolder)

        self.centralLayout.addWidget(self.screens)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuGo = QMenu(self.menuBar)
        self.menuGo.setObjectName(u"menuGo")
        self.menuTools = QMenu(self.menuBar)
        self.menuTools.setObjectName(u"menuTools")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setFloatable(False)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuGo.menuAction())
        self.menuBar.addAction(self.menuTools.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionLock)
        self.menuFile.addAction(self.actionSignOut)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuGo.addAction(self.actionSearch)
        self.menuGo.addSeparator()
        self.menuTools.addAction(self.actionVerifyAudit)
        self.menuTools.addSeparator()
        self.menuTools.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionShortcuts)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"Make a &backup now", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
        self.actionSignOut.setText(QCoreApplication.translate("MainWindow", u"Sign &out", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"&Search\u2026", None))
        self.actionVerifyAudit.setText(QCoreApplication.translate("MainWindow", u"&Verify the audit log", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"S&ettings\u2026", None))
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About wijkdesk", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigation", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuGo.setTitle(QCoreApplication.translate("MainWindow", u"&Go", None))
        self.menuTools.setTitle(QCoreApplication.translate("MainWindow", u"&Tools", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
        pass
    # retranslateUi

