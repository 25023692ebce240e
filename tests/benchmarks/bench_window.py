"""Time to first paint of the window, against a bare PySide6 window in the same run.

    python tests/benchmarks/bench_window.py [--runs N]

Each run is a fresh process (offscreen Qt), timed from just before the interpreter starts until
the first paint event of the sign-in dialog, and of the main window after signing in.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

BARE = """
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(time.time() - START); raise SystemExit(0)
        return False
app = QApplication([]); w = QMainWindow(); f = Painted(); w.installEventFilter(f); w.show()
app.exec()
"""

WIJKDESK = """
from wijkdesk.gui.launch import prepare
from wijkdesk.gui.controller import Controller
from wijkdesk.config import locations
from wijkdesk.security.keys import PassphraseSource
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
marks = []
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj not in [m[0] for m in marks]:
            marks.append((obj, time.time() - START))
            if len(marks) == 1:
                d = controller.dialog
                d.ui.username.setText("beheer"); d.ui.password.setText(PASSWORD); d.accept()
            else:
                print(marks[0][1], marks[1][1]); controller.quit(); raise SystemExit(0)
        return False
app = QApplication([])
where = locations(FOLDER)
settings, translations = prepare(app, where)
controller = Controller(app, where, PassphraseSource(interactive=False), settings, translations)
f = Painted()
controller.start(); controller.dialog.installEventFilter(f)
controller.window_shown.connect(lambda w: w.installEventFilter(f))
app.exec()
"""


def run(code: str, env: dict[str, str]) -> list[float]:
    start = time.time()
    script = f"import time\nSTART = {start!r}\n" + textwrap.dedent(code)
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    return [float(x) for x in out.split()]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    password = "bench-wachtwoord-1"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
               "WIJKDESK_PASSPHRASE": "bench-wachtwoordzin-123",
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
               "WIJKDESK_INIT_USERNAME": "beheer", "WIJKDESK_INIT_DISPLAY_NAME": "Bench",
               "WIJKDESK_INIT_PASSWORD": password}
        folder = Path(tmp) / "data"
        subprocess.run([sys.executable, "-m", "wijkdesk", "--data-dir", str(folder), "init"],
                       env=env, check=True, capture_output=True, timeout=120)
        code = WIJKDESK.replace("FOLDER", repr(str(folder))).replace("PASSWORD", repr(password))
        bare, login, window = [], [], []
        for _ in range(runs):
            bare.append(run(BARE, env)[0])
            first, second = run(code, env)
            login.append(first)
            window.append(second)
    b, lg, w = (statistics.median(x) * 1000 for x in (bare, login, window))
    print(f"runs: {runs} each, medians, process start to first paint (offscreen)")
    print(f"bare PySide6 QMainWindow:        {b:7.0f} ms  (baseline)")
    print(f"wijkdesk sign-in dialog:         {lg:7.0f} ms  ({lg / b:.2f}x)")
    print(f"wijkdesk main window after sign-in (open, PBKDF2, Argon2id, first paint): "
          f"{w:7.0f} ms  ({w / b:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
