"""kill -9 trials: every commit confirmed before the kill survives, and the store stays sound.

    python -m tests.crash_trials --trials 200

A child process commits residents through the services and prints each id once the service
call has returned; the parent kills it with SIGKILL at a random moment, then reopens the
database and checks that every confirmed id is there and that `check` finds nothing wrong.
"""

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "kill-negen-proef-zin"
PASSWORD = "beheer-wachtwoord-1"

CHILD = """
import sys
from wijkdesk.app import open_workspace
from wijkdesk.config import locations
from wijkdesk.security.keys import PassphraseSource
from wijkdesk.services.residents import ResidentData

ws = open_workspace(locations(sys.argv[1]), PassphraseSource(interactive=False))
actor = ws.profiles().authenticate("beheer", sys.argv[2])
svc = ws.residents(actor)
print("ready", flush=True)
i = 0
while True:
    i += 1
    rid = svc.create(ResidentData(given_name=f"Proef{i}", family_name="Crash"))
    print(rid, flush=True)
"""


@dataclass
class TrialStats:
    trials: int = 0
    confirmed: int = 0
    lost: int = 0
    failed_checks: int = 0
    seconds: float = 0.0


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIJKDESK_")}
    env.update(WIJKDESK_PASSPHRASE=PASSPHRASE,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    return env


def prepare(folder: Path) -> None:
    from wijkdesk.app import initialise
    from wijkdesk.config import locations
    from wijkdesk.security.keys import PassphraseSource
    from wijkdesk.services.profiles import NewProfile

    os.environ["WIJKDESK_PASSPHRASE"] = PASSPHRASE
    try:
        ws, _ = initialise(locations(folder), PassphraseSource(interactive=False),
                           NewProfile("beheer", "Beheer", PASSWORD))
        ws.close()
    finally:
        del os.environ["WIJKDESK_PASSPHRASE"]


def verify(folder: Path, confirmed: list[str]) -> tuple[int, bool]:
    """(confirmed ids missing, check passed) after a kill."""
    import uuid

    from wijkdesk.app import open_workspace
    from wijkdesk.config import locations
    from wijkdesk.security.keys import DatabaseKey, StorageMode
    from wijkdesk.security.keys import PassphraseSource as Source
    from wijkdesk.store.models import Resident

    key = DatabaseKey(StorageMode.PASSPHRASE, PASSPHRASE)
    ws = open_workspace(locations(folder), Source(interactive=False), key=key,
                        daily_backup=False)
    try:
        from sqlalchemy import select

        wanted = {uuid.UUID(c) for c in confirmed}
        with ws.store.read() as s:
            present = set(s.scalars(select(Resident.id)))
        return len(wanted - present), ws.health().check().ok
    finally:
        ws.close()


def run_trials(trials: int, folder: Path, seed: int = 0, max_delay: float = 0.6) -> TrialStats:
    rng = random.Random(seed)
    prepare(folder)
    stats = TrialStats()
    started = time.perf_counter()
    for _ in range(trials):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), PASSWORD],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(),
        )
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            child.kill()
            raise RuntimeError("the committing child did not start")
        time.sleep(rng.uniform(0.0, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        # Only complete lines were confirmed: a line cut by the kill is not counted.
        lines = out.split("\n")
        confirmed = [line for line in lines[:-1] if line.strip()]
        missing, ok = verify(folder, confirmed)
        stats.trials += 1
        stats.confirmed += len(confirmed)
        stats.lost += missing
        stats.failed_checks += 0 if ok else 1
    stats.seconds = time.perf_counter() - started
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        stats = run_trials(args.trials, Path(tmp) / "p", seed=args.seed)
    print(f"kill -9 trials: {stats.trials}; confirmed commits: {stats.confirmed}; "
          f"confirmed but lost: {stats.lost}; failed checks: {stats.failed_checks}; "
          f"{stats.seconds:.1f} s")
    raise SystemExit(0 if stats.lost == 0 and stats.failed_checks == 0 else 1)


if __name__ == "__main__":
    main()
