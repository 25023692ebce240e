"""The database lane: work off the GUI thread, in order, with progress and cancel."""

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer

from wijkdesk.errors import Cancelled, ValidationError
from wijkdesk.gui.lane import Lane


@pytest.fixture
def lane(qapp):
    made = Lane()
    yield made
    made.shutdown()


def test_the_gui_thread_keeps_processing_events_during_a_long_task(qtbot, lane):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    seen = {}

    def long_task(progress):
        seen["thread"] = threading.current_thread() is not threading.main_thread()
        for step in range(20):
            time.sleep(0.05)  # one second of "database work" in all
            progress(step + 1, 20)
        return "klaar"

    progressed = []
    results = []
    lane.submit(long_task, "long task", on_success=results.append,
                before_start=lambda job: job.progressed.connect(
                    lambda done, total: progressed.append((done, total))))
    started = time.monotonic()
    qtbot.waitUntil(lambda: results == ["klaar"], timeout=10_000)
    timer.stop()
    assert seen["thread"] is True
    during = [t for t in ticks if t >= started]
    assert len(during) >= 30  # ~100 possible in one second; a blocked GUI thread gives ~0
    gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
    assert max(gaps) < 0.5
    assert progressed[-1] == (20, 20) and len(progressed) == 20


def test_jobs_run_one_at_a_time_in_the_order_given(qtbot, lane):
    order = []
    running = []

    def job(n):
        def work(_progress):
            running.append(n)
            assert len(running) == 1
            time.sleep(0.01)
            order.append(n)
            running.remove(n)
        return work

    for n in range(10):
        lane.submit(job(n), f"job {n}")
    qtbot.waitUntil(lambda: len(order) == 10, timeout=10_000)
    assert order == list(range(10))
    qtbot.waitUntil(lambda: not lane.busy, timeout=5_000)


def test_cancel_stops_long_work_at_its_next_progress_report(qtbot, lane):
    failures = []
    steps = []

    def work(progress):
        for step in range(1000):
            progress(step, 1000)
            steps.append(step)
            time.sleep(0.005)

    job = lane.submit(work, "cancellable", on_failure=failures.append)
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5_000)
    job.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert isinstance(failures[0], Cancelled)
    assert len(steps) < 1000


def test_errors_come_back_to_the_gui_thread_and_the_lane_goes_on(qtbot, lane, qapp):
    failures = []
    where = []
    lane.submit(lambda _p: (_ for _ in ()).throw(ValidationError("nee")), "fails",
                on_failure=lambda exc: (failures.append(exc),
                                        where.append(QThread.currentThread() == qapp.thread())))
    results = []
    lane.submit(lambda _p: 42, "after", on_success=results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5_000)
    assert isinstance(failures[0], ValidationError)
    assert where == [True]


def test_audit_verification_reports_progress_and_can_be_cancelled(qtbot, lane, workspace,
                                                                  admin):
    workspace.demo(admin).generate(households=200, seed=3)
    audit = workspace.audit(admin)
    reports = []
    done = []
    lane.submit(lambda progress: audit.verify(progress), "verify", on_success=done.append,
                before_start=lambda job: job.progressed.connect(
                    lambda d, t: reports.append((d, t))))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert done[0].ok
    assert reports[-1][0] == reports[-1][1] == audit.count()

    failures = []
    job = lane.submit(lambda progress: audit.verify(progress), "verify", on_failure=failures.append)
    job.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    assert isinstance(failures[0], Cancelled)
