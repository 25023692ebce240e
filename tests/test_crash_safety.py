"""A smaller run of the kill -9 trials (the full 200: `python -m tests.crash_trials`)."""

import os

import pytest

from tests.crash_trials import run_trials

pytestmark = pytest.mark.slow


def test_confirmed_commits_survive_kill_9(tmp_path):
    trials = int(os.environ.get("WIJKDESK_CRASH_TRIALS", "12"))
    stats = run_trials(trials, tmp_path / "p", seed=42)
    assert stats.trials == trials
    assert stats.confirmed > trials, "the child must have committed before most kills"
    assert stats.lost == 0
    assert stats.failed_checks == 0
