"""Long work on the lane with a progress dialog that can stop it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from wijkdesk.gui.lane import Job, Work
from wijkdesk.gui.session import Session


def run_with_progress(parent: QWidget, session: Session, title: str, label: str, work: Work,
                      name: str, on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None]) -> Job | None:
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Stop"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def progressed(done: int, total: int) -> None:
        if total > 0 and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total > 0 else 0)

    def wire(job: Job) -> None:
        job.progressed.connect(progressed)
        dialog.canceled.connect(job.cancel)
        job.finished.connect(dialog.close)
        job.finished.connect(dialog.deleteLater)

    job = session.run(work, name, on_success, on_failure, before_start=wire)
    if job is None:
        dialog.deleteLater()
        return None
    dialog.setValue(0)  # starts the minimum-duration clock
    return job
