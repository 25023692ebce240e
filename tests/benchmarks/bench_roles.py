"""How quickly the matrix answers an edit, and what agreements cost, on the demo team.

    python tests/benchmarks/bench_roles.py [--repeats 50] [--tasks 120 --types 20]

Builds the small demo (its Wijkteam Centrum matrix of 15 tasks × 5 types and six agreements) in
a temporary folder. Figures, median and p95 of --repeats runs:
- analyse(): the live analysis the window runs on every keystroke, on the demo matrix and on a
  synthetic --tasks × --types matrix filled at random (a large team's worst case);
- RoleService.set_levels (one cell, one transaction with its audit entry) and .matrix (the
  whole view), beside the raw twin of set_levels: the same upsert through a sqlcipher3 cursor;
- AgreementService.compare of the demo's two versions, and export_pdf of the approved one.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wijkdesk.app import initialise  # noqa: E402
from wijkdesk.config import locations as make_locations  # noqa: E402
from wijkdesk.domain.professionals import AssignmentKind  # noqa: E402
from wijkdesk.domain.role_matrix import Level, TaskRef, TypeRef, WorkKind, analyse  # noqa: E402
from wijkdesk.security.keys import PassphraseSource  # noqa: E402
from wijkdesk.services.demo import DEMO_PROFILES  # noqa: E402
from wijkdesk.services.demo_roles import TEAM  # noqa: E402
from wijkdesk.services.profiles import NewProfile  # noqa: E402

PASSWORD = "bench-wachtwoord-1"


def timed(call, repeats: int) -> tuple[float, float]:  # noqa: ANN001
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        runs.append((time.perf_counter() - start) * 1000)
    runs.sort()
    return statistics.median(runs), runs[min(len(runs) - 1, int(0.95 * len(runs)))]


def line(label: str, figures: tuple[float, float], raw: tuple[float, float] | None = None) -> None:
    median, p95 = figures
    text = f"{label:<52} median {median:8.3f} ms   p95 {p95:8.3f} ms"
    if raw is not None:
        text += f"   raw {raw[0]:7.3f} ms   ratio {median / raw[0]:5.1f}x"
    print(text)


def synthetic(tasks: int, types: int, rng: random.Random):  # noqa: ANN201
    domains = [uuid.uuid4() for _ in range(max(1, tasks // 6))]
    task_refs = [TaskRef(uuid.uuid4(), f"t{i}", rng.choice(domains), rng.choice(list(WorkKind)),
                         rng.random() < 0.3) for i in range(tasks)]
    type_refs = [TypeRef(uuid.uuid4(), f"y{i}", rng.choice(list(AssignmentKind)))
                 for i in range(types)]
    levels = {(t.id, y.id): rng.choice(list(Level)) for t in task_refs for y in type_refs
              if rng.random() < 0.5}
    return task_refs, type_refs, levels


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--tasks", type=int, default=120)
    parser.add_argument("--types", type=int, default=20)
    args = parser.parse_args()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with tempfile.TemporaryDirectory() as tmp:
        passwords = {name: PASSWORD for name, *_ in DEMO_PROFILES}
        name, display, _role, _type = DEMO_PROFILES[0]
        os.environ["WIJKDESK_PASSPHRASE"] = "bench passphrase for roles 1"
        source = PassphraseSource(interactive=False)

        def populate(builder, actor):  # noqa: ANN001, ANN202
            builder.demo(actor).generate(households=300, seed=6)
            builder.demo(actor).add_team(passwords)

        workspace, _ = initialise(make_locations(Path(tmp) / "p"), source,
                                  NewProfile(name, display, PASSWORD), populate)
        try:
            lead = workspace.profiles().authenticate("teamleider", PASSWORD)
            roles = workspace.roles(lead)
            matrix = next(m for m in roles.matrices() if m.team == TEAM and m.place_id is None)
            view = roles.matrix(matrix.id)
            demo = view.matrix
            print(f"demo matrix: {len(demo.tasks)} tasks x {len(demo.types)} types, "
                  f"{len(demo.levels)} cells, {len(demo.analyse())} findings")
            line("analyse(), demo matrix", timed(demo.analyse, args.repeats * 10))
            tasks, types, levels = synthetic(args.tasks, args.types, random.Random(6))
            line(f"analyse(), {args.tasks} tasks x {args.types} types",
                 timed(lambda: analyse(tasks, types, levels), args.repeats))

            task, ptype = view.tasks[0].id, view.types[-1].id
            cycle = iter(range(10**9))
            choices = [Level.INFORMED, Level.CONSULTED]

            def edit() -> None:
                roles.set_levels(matrix.id, [(task, ptype, choices[next(cycle) % 2])])

            service = timed(edit, args.repeats)
            raw_conn = workspace.store.engine.raw_connection()
            try:
                cur = raw_conn.cursor()
                ids = (matrix.id.hex, task.hex, ptype.hex)

                def raw_edit() -> None:
                    cur.execute("BEGIN IMMEDIATE")
                    cur.execute("INSERT INTO matrix_cells(matrix_id, task_id, type_id, level, "
                                "updated_at) VALUES (?, ?, ?, ?, '2026-01-01 00:00:00') "
                                "ON CONFLICT DO UPDATE SET level = excluded.level",
                                (*ids, choices[next(cycle) % 2].value))
                    cur.execute("COMMIT")

                raw = timed(raw_edit, args.repeats)
            finally:
                raw_conn.close()
            line("set_levels, one cell (with audit entry)", service, raw)
            line("matrix(): the whole view", timed(lambda: roles.matrix(matrix.id),
                                                   args.repeats))
            agreements = workspace.agreements(lead)
            newest = next(a for a in agreements.list() if a.version == 2)
            first = next(v for v in agreements.versions(newest.series_id) if v.version == 1)
            line("compare(v1, v2)", timed(lambda: agreements.compare(first.id, newest.id),
                                          args.repeats))
            out = Path(tmp) / "afspraak.pdf"
            line("export_pdf (approved version, 3 pages)",
                 timed(lambda: workspace.exports(lead).agreement(newest.id, out),
                       max(5, args.repeats // 5)))
        finally:
            workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
