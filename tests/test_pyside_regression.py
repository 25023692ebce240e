"""PySide6 6.12.0 on Python 3.11 dies after ~5,000 void Qt calls (none_dealloc). Guard it."""

import subprocess
import sys

PROGRAM = """
from PySide6.QtCore import QCoreApplication, QObject, QTimer
app = QCoreApplication([])
obj, timer = QObject(), QTimer()
for i in range(20_000):
    obj.setObjectName("x")
    timer.stop()
print("alive", i + 1)
"""


def test_twenty_thousand_void_qt_calls_leave_the_process_alive():
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                              "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive 20000"
