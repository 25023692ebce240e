"""The database lane: one background thread that runs database work in order.

The GUI thread never waits on SQLite, Argon2 or PBKDF2. A job is a plain function of a progress
callback; it runs on the lane with its own sessions (each service call opens its own), and its
result or error comes back to the GUI thread by signal. Jobs run one at a time, in the order
they were given, so two writes from the window never race each other.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from wijkdesk.errors import Cancelled, WijkdeskError

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None]], Any]


def code_trace(exc: BaseException) -> str:
    """Where an error happened, as file and code lines only: never its message or values."""
    return "".join(traceback.format_tb(exc.__traceback__))


class Job(QObject):
    """One piece of work on the lane. Its signals arrive in the GUI thread."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    def __init__(self, work: Work, name: str, cancellable: bool = True):
        super().__init__()
        self.work = work
        self.name = name  # for the log: an id-free description such as "verify audit"
        self.cancellable = cancellable  # False for what must happen: recording a lock, closing
        self._cancel = threading.Event()

    def cancel(self) -> None:
        if self.cancellable:
            self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """The progress callback handed to the work; raises Cancelled once cancel() was asked."""
        if self._cancel.is_set():
            raise Cancelled("Stopped.")
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            if self._cancel.is_set():
                raise Cancelled("Stopped.")
            result = self.work(self.report)
        except WijkdeskError as exc:
            log.info("job %s ended: %s", self.name, type(exc).__name__)
            self.failed.emit(exc)
        except Exception as exc:  # an unexpected error must reach the window, not kill the lane
            log.error("job %s failed unexpectedly: %s\n%s", self.name, type(exc).__name__,
                      code_trace(exc))
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Worker(QThread):
    def __init__(self, jobs: queue.Queue[Job | None]):
        super().__init__()
        self.setObjectName("wijkdesk-database-lane")
        self.jobs = jobs
        self.current: Job | None = None

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            self.current = job
            job.run()
            self.current = None


class Lane(QObject):
    """Serial background work. Keep a reference to each Job until its finished signal."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._pending: list[Job] = []
        self._worker = _Worker(self._jobs)
        self._worker.start()

    def submit(self, work: Work, name: str, *,
               on_success: Callable[[Any], None] | None = None,
               on_failure: Callable[[BaseException], None] | None = None,
               before_start: Callable[[Job], None] | None = None,
               cancellable: bool = True) -> Job:
        """Queue work; before_start may connect to the job's signals before it can emit."""
        job = Job(work, name, cancellable)
        if on_success is not None:
            job.succeeded.connect(on_success)
        if on_failure is not None:
            job.failed.connect(on_failure)
        job.finished.connect(lambda: self._finished(job))
        if before_start is not None:
            before_start(job)
        self._pending.append(job)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._jobs.put(job)
        return job

    def _finished(self, job: Job) -> None:
        if job in self._pending:
            self._pending.remove(job)
            if not self._pending:
                self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def cancel_all(self) -> None:
        for job in list(self._pending):
            job.cancel()

    def shutdown(self, timeout_ms: int = 120_000) -> bool:
        """Run what is queued (cancel it first if it should not run), then stop the thread.

        False if work was still running after the timeout: the thread is then left to end with
        the process (destroying a running QThread would abort it)."""
        self._jobs.put(None)
        if self._worker.wait(timeout_ms):
            return True
        log.warning("database work still running at exit")
        _STRANDED.append(self._worker)
        return False


_STRANDED: list[QThread] = []
