"""The neighbourhood view at city scale, against its own queries run raw on the same file.

    python tests/benchmarks/bench_neighbourhood.py [--residents 50000]
        [--contacts-per-resident 20] [--activities 5000] [--sessions 100000]
        [--reuse DIR] [--repeats 15]

Builds (or, with --reuse DIR, reuses) the encrypted city demo profile of bench_residents, then
tops its collective work up in bulk to --activities activities with --sessions sessions (with
professional time and participations in proportion). Each figure is NeighbourhoodService.view()
for a buurt, a wijk and the whole gemeente (the last twelve months), the median and p95 of
--repeats runs, beside the raw twin: the same SQL text, compiled from the service's own
statements with literal binds, run through a sqlcipher3 connection with the same key.
Target: under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
from sqlalchemy import func, insert, select
from sqlalchemy.orm import aliased

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_residents import (  # noqa: E402
    PASSPHRASE,
    Raw,
    build_or_open,
    compare,
    report,
)
from wijkdesk.app import Workspace  # noqa: E402
from wijkdesk.domain.ids import uuid7  # noqa: E402
from wijkdesk.security.keys import PASSPHRASE_ENV  # noqa: E402
from wijkdesk.services.base import Actor  # noqa: E402
from wijkdesk.services.neighbourhood import area_of, period, statements  # noqa: E402
from wijkdesk.store.models import (  # noqa: E402
    Activity,
    ActivitySession,
    Participation,
    Place,
    Professional,
    ProfessionalTime,
    Resident,
)
from wijkdesk.store.types import utcnow  # noqa: E402

TARGET_MS = 300
CHUNK = 10_000


def top_up(workspace: Workspace, activities: int, sessions: int) -> None:
    """Bulk activities and sessions (with professional time and participations) until the
    profile holds the numbers asked for; the demo itself makes far fewer."""
    rng = random.Random(7)
    today = date.today()
    with workspace.store.read() as s:
        have_a = s.scalar(select(func.count()).select_from(Activity)) or 0
        have_s = s.scalar(select(func.count()).select_from(ActivitySession)) or 0
        places = list(s.scalars(select(Place.id).where(Place.level != "municipality")))
        workers = list(s.scalars(select(Professional.id)))
        residents = list(s.scalars(select(Resident.id).where(Resident.deleted_at.is_(None))
                                   .order_by(func.random()).limit(20_000)))
    if have_a >= activities and have_s >= sessions:
        print(f"  {have_a:,} activities, {have_s:,} sessions already")
        return
    started = time.perf_counter()
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "updated_by": None}
    new_a = max(0, activities - have_a)
    rows = [{"id": uuid7(), **stamp, "title": "Benchmarkactiviteit", "theme": "ontmoeting",
             "goal": "", "organiser": "Benchmark (demo)", "place_id": rng.choice(places),
             "starts_on": today - timedelta(days=rng.randint(30, 3 * 365)), "ends_on": None,
             "initiative_id": None} for _ in range(new_a)]
    with workspace.store.write(bulk=True) as s:
        _insert(s, Activity, rows)
        per = max(1, (sessions - have_s) // max(1, new_a)) if new_a else 0
        session_rows, time_rows, participations = [], [], []
        for a in rows:
            day = a["starts_on"]
            for _ in range(per):
                session_rows.append({
                    "id": uuid7(), **stamp, "activity_id": a["id"], "held_on": day,
                    "attendance": 12, "new_participants": 1, "referred_participants": 1,
                    "volunteers": 2, "volunteer_minutes": 240})
                if rng.random() < 0.5:
                    time_rows.append({
                        "id": uuid7(), **stamp, "professional_id": rng.choice(workers),
                        "activity_id": a["id"], "initiative_id": None, "worked_on": day,
                        "minutes": 90, "intensive": False, "note": ""})
                day = min(today, day + timedelta(days=7))
            for resident in rng.sample(residents, 4):
                participations.append({"id": uuid7(), **stamp, "resident_id": resident,
                                       "activity_id": a["id"], "referral_id": None,
                                       "since": a["starts_on"], "until": None})
        _insert(s, ActivitySession, session_rows)
        _insert(s, ProfessionalTime, time_rows)
        _insert(s, Participation, participations)
    print(f"  added {new_a:,} activities, {len(session_rows):,} sessions, "
          f"{len(time_rows):,} professional time rows, {len(participations):,} participations "
          f"in {time.perf_counter() - started:.1f} s")


def _insert(session, model, rows: list[dict]) -> None:  # noqa: ANN001
    for i in range(0, len(rows), CHUNK):
        session.execute(insert(model), rows[i:i + CHUNK])


def view_sqls(workspace: Workspace, raw: Raw, place_id, today: date) -> list[str]:  # noqa: ANN001
    """The view's statements as SQL text: the two area look-ups and the aggregates."""
    first, last = period(None, today)
    with workspace.store.read() as s:
        _place, area = area_of(s, place_id)
    parent = aliased(Place)
    children = select(Place.id).where(Place.parent_id == place_id, Place.deleted_at.is_(None))
    looks = [select(Place, parent.name).outerjoin(parent, parent.id == Place.parent_id)
             .where(Place.id == place_id, Place.deleted_at.is_(None)),
             select(Place.id).where(Place.deleted_at.is_(None),
                                    (Place.parent_id == place_id)
                                    | Place.parent_id.in_(children))]
    return [raw.sql(stmt) for stmt in [*looks, *statements(area, first, last,
                                                           min(last, today)).all()]]


def bench(workspace: Workspace, actor: Actor, raw: Raw, repeats: int) -> None:
    service = workspace.neighbourhood(actor)
    today = date.today()
    with workspace.store.read() as s:
        buurt = s.execute(select(Place.id, Place.name, func.count(Resident.id))
                          .join(Resident, Resident.neighbourhood_id == Place.id)
                          .group_by(Place.id).order_by(func.count(Resident.id).desc())
                          .limit(1)).first()
        wijk = s.execute(select(Place.id, Place.name).where(
            Place.id == select(Place.parent_id).where(Place.id == buurt.id)
            .scalar_subquery())).first()
        gemeente = s.execute(select(Place.id, Place.name)
                             .where(Place.level == "municipality")).first()
    print(f"\nNeighbourhoodService.view(), last twelve months (target < {TARGET_MS} ms)")
    for label, (place_id, name, *_rest) in (("buurt", buurt), ("wijk", wijk),
                                            ("gemeente", gemeente)):
        sqls = view_sqls(workspace, raw, place_id, today)
        report(compare(f"{label} {name}", lambda p=place_id: service.view(p), raw, sqls,
                       repeats), TARGET_MS)
    print("\nquery plans of the buurt's view")
    for sql in view_sqls(workspace, raw, buurt.id, today)[2:]:
        print(f"  {sql.splitlines()[0][:90]}")
        for line in raw.plan(sql):
            print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--contacts-per-resident", type=int, default=20)
    parser.add_argument("--activities", type=int, default=5_000)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--reuse", type=Path, metavar="DIR",
                        help="profile folder to build once and reuse on later runs")
    args = parser.parse_args()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # never the developer's keyring
    os.environ.setdefault(PASSPHRASE_ENV, PASSPHRASE)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.reuse or Path(tmp) / "profile"
        workspace, actor = build_or_open(folder, args.residents, args.contacts_per_resident)
        raw = None
        try:
            top_up(workspace, args.activities, args.sessions)
            raw = Raw(workspace)
            counts = workspace.health().counts()
            print(f"wijkdesk neighbourhood benchmark: {counts['residents']:,} residents, "
                  f"{counts['contacts']:,} contacts, {counts['activities']:,} activities; "
                  f"encrypted; median of {max(10, args.repeats)} (p95 of the service)")
            bench(workspace, actor, raw, max(10, args.repeats))
        finally:
            if raw is not None:
                raw.close()
            workspace.close()


if __name__ == "__main__":
    main()
