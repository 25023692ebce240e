"""Sealed PDF exports of the register and the access log against bare ReportLab, in one run.

    python tests/benchmarks/bench_exports.py [--agreements 2000 --entries 100000] [--small]
                                             [--chunk 40]

An encrypted workspace in a temporary folder holds synthetic agreement versions (inserted as
drafts, moved on by the lifecycle steps the triggers of migration 0006 accept) and an audit log
of synthetic facts about Faker nl_NL residents, appended in batches through audit_log.append so
the chain is real. The baseline is bare ReportLab (SimpleDocTemplate, default canvas, the same
page, margins, texts, cell rule and table style; Tables of --chunk rows, repeatRows=1) over the
same rows fetched into memory first; ratio = export s/page over baseline s/page (target 1.5).
Then: tracemalloc peaks of the access-log export at 1/4, 1/2 and all of the log; the longest gap
between 10 ms ticks on the GUI thread while the lane exports; ExportService.verify.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
from faker import Faker
from sqlalchemy import bindparam, insert, update

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wijkdesk.app import initialise  # noqa: E402
from wijkdesk.config import locations as make_locations  # noqa: E402
from wijkdesk.domain.audit_events import AuditEvent  # noqa: E402
from wijkdesk.domain.ids import uuid7  # noqa: E402
from wijkdesk.domain.residents import sort_name  # noqa: E402
from wijkdesk.domain.roles import Role  # noqa: E402
from wijkdesk.export import sealed_pdf  # noqa: E402
from wijkdesk.export.audit_words import FIELDS  # noqa: E402
from wijkdesk.export.document import as_text  # noqa: E402
from wijkdesk.export.pdf_kit import kit  # noqa: E402
from wijkdesk.resources import resource_path  # noqa: E402
from wijkdesk.security.keys import PassphraseSource  # noqa: E402
from wijkdesk.services import export_content  # noqa: E402
from wijkdesk.services.export_content import AccessScope  # noqa: E402
from wijkdesk.services.profiles import NewProfile  # noqa: E402
from wijkdesk.store import audit_log  # noqa: E402
from wijkdesk.store.models import Agreement, Place, Profile, Resident  # noqa: E402
from wijkdesk.store.search import next_search_keys  # noqa: E402
from wijkdesk.store.types import utcnow  # noqa: E402

PASSWORD = "bench-wachtwoord-1"
TEAMS = ("Wijkteam Centrum", "Wijkteam Noord", "Wijkteam Oost", "Wijkteam Zuid")
THEMES = ("schuldhulp", "eenzaamheid", "jeugd en gezin", "mantelzorg", "wonen", "werk en inkomen")
RECORDS = ("resident", "support_request", "support_plan", "plan_goal", "contact", "consent")
EVENTS = ("read",) * 11 + ("update",) * 3 + ("create", "create", "search", "export", "print",
                                             "permission_denied")
MB = 1024 * 1024


def build(workspace, args, rng: random.Random) -> tuple[date, int]:  # noqa: ANN001
    """Places, profiles, residents, agreements and the audit log; (first day of the log, days)."""
    fake = Faker("nl_NL")
    fake.seed_instance(7)
    stamp = dict.fromkeys(("created_at", "updated_at"), utcnow())
    with workspace.store.write(bulk=True) as s:
        places = [uuid7() for _ in range(8)]
        s.execute(insert(Place), [dict(id=p, level="wijk", code=f"WK9990{i:02d}",
                                       name=f"{fake.city()} {i}", **stamp)
                                  for i, p in enumerate(places)])
        people = [uuid7() for _ in range(16)]
        s.execute(insert(Profile), [dict(id=p, username=f"prof{i}", display_name=fake.name(),
                                         role="team_member", password_hash="!", **stamp)
                                    for i, p in enumerate(people)])
        residents = [dict(id=uuid7(), given_name=fake.first_name(), family_name=fake.last_name(),
                          **stamp) for _ in range(args.residents)]
        for row, key in zip(residents, next_search_keys(s, len(residents)), strict=True):
            row.update(search_key=key, sort_name=sort_name(row["family_name"], row["given_name"]))
        s.execute(insert(Resident), residents)
        _agreements(s, args.agreements, fake, rng, places, people, stamp)
    # The log: args.entries facts, 1,000 a day from local midnight of `first`, so a period of
    # days selects an exact share of it.
    days = max(1, args.entries // 1000)
    first = date.today() - timedelta(days=days + 2)
    origin = datetime.combine(first, datetime.min.time()).astimezone()
    step = timedelta(days=days) / args.entries
    names = sorted(FIELDS)[:60]
    client_ids = [r["id"] for r in residents]
    for start in range(0, args.entries, 10_000):
        facts = []
        for i in range(start, min(args.entries, start + 10_000)):
            event = rng.choice(EVENTS)
            facts.append(audit_log.AuditFact(
                AuditEvent(event), actor_id=rng.choice(people), record_type=rng.choice(RECORDS),
                record_id=uuid7(), client_id=None if event == "search" else rng.choice(client_ids),
                on_behalf_of_id=rng.choice(people) if rng.random() < 0.05 else None,
                fields=rng.sample(names, rng.choice((0, 1, 2, 3, 5, 8))), at=origin + i * step))
        with workspace.store.write(bulk=True) as s:
            audit_log.append(s, facts)
    return first, days


def _agreements(s, n, fake, rng, places, people, stamp) -> None:  # noqa: ANN001
    """n versions, born drafts; older versions of a series approved then superseded, newest ones
    left draft, submitted, approved or withdrawn, all by the lifecycle's own steps."""
    rows = []
    while len(rows) < n:
        series, title = uuid7(), f"{fake.company()}: {rng.choice(THEMES)}"
        team, place, count = rng.choice(TEAMS), rng.choice([*places, None]), rng.randint(1, 4)
        for version in range(1, count + 1):
            start = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
            rows.append(dict(
                id=uuid7(), series_id=series, version=version, state="draft", title=title,
                parties=fake.company(), team=team, place_id=place, period_from=start,
                period_to=start + timedelta(days=365), assignment=fake.text(200),
                review_on=start + timedelta(days=180), snapshot={}, approval_note="",
                hours_per_week=rng.randint(2, 24), budget_cents=0, **stamp))
    rows = rows[:n]
    s.execute(insert(Agreement), rows)
    newest = {r["series_id"]: r["id"] for r in rows}.values()
    goal = dict.fromkeys((r["id"] for r in rows), "superseded")
    goal.update((i, rng.choice(("draft", "submitted", "approved", "approved", "withdrawn")))
                for i in newest)
    table = Agreement.__table__

    def move(ids, **values) -> None:  # noqa: ANN001, ANN003
        if ids:
            s.execute(update(table).where(table.c.id == bindparam("b_id")).values(**values),
                      [{"b_id": i} for i in ids])

    def having(*states: str) -> list:
        return [i for i, g in goal.items() if g in states]

    move(having("submitted", "approved", "superseded", "withdrawn"), state="submitted")
    move(having("approved", "superseded"), state="approved", approved_by=rng.choice(people),
         approved_at=utcnow())
    move(having("superseded"), state="superseded")
    move(having("withdrawn"), state="withdrawn")


def fetched(workspace, what: str) -> tuple[list, list[tuple[str, ...]]]:  # noqa: ANN001
    """A listing's columns and its rows as the PDF's texts, all in memory (the baseline's input)."""
    with workspace.store.read() as s:
        listing = (export_content.register(s) if what == "register" else
                   export_content.access_log(s, AccessScope(), audit_log.head(s)[0]))
        columns = list(listing.columns)
        return columns, [tuple(as_text(v, c.kind) for v, c in zip(r, columns, strict=True))
                         for r in listing.rows]


def baseline(path: Path, columns: list, texts: list, chunk: int) -> tuple:
    """Bare ReportLab over texts in memory: (wall s, CPU s, pages, bytes of page streams kept)."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate, Table

    kept = []

    class Measuring(Canvas):  # only looks, at save(): what platypus kept of every page
        def save(self) -> None:
            kept.extend(sys.getsizeof(page.stream) for page in self._doc.Pages.pages)
            super().save()

    def build() -> int:
        page_w, page_h, margin, bottom = sealed_pdf.page_layout(True)
        k = kit(resource_path("fonts"), page_w - 2 * margin)
        scale = k.width / sum(c.width for c in columns)
        widths = [c.width * scale for c in columns]
        header, style, story = [k.p(c.title, k.head) for c in columns], sealed_pdf.table_style(), []
        for at in range(0, len(texts), chunk):
            body = [[sealed_pdf.cell(k, t, w)[0] for t, w in zip(row, widths, strict=True)]
                    for row in texts[at:at + chunk]]
            table = Table([header, *body], colWidths=widths, repeatRows=1)
            table.setStyle(style)
            story.append(table)
        doc = SimpleDocTemplate(str(path), pagesize=(page_w, page_h), leftMargin=margin,
                                rightMargin=margin, topMargin=margin, bottomMargin=bottom)
        doc.build(story, canvasmaker=Measuring)
        return doc.page

    pages, wall, cpu = timed(build)
    return wall, cpu, pages, sum(kept)


def timed(call):  # noqa: ANN001, ANN201
    """(result, wall seconds, CPU seconds of this process: robust to other load on the box)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def traced(call):  # noqa: ANN001, ANN201
    tracemalloc.start()
    try:
        return call(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def compare(label: str, workspace, export, out: Path, chunk: int) -> tuple:  # noqa: ANN001
    """The export and its baseline over the same rows; the baseline's figures."""
    columns, texts = fetched(workspace, label)
    baseline(out / "warm-up.pdf", columns, texts[:1], chunk)  # imports, fonts: once for both
    done, wall, cpu = timed(lambda: export(out / f"{label}.pdf"))
    base = baseline(out / f"{label}-base.pdf", columns, texts, chunk)
    for name, (w, c, pages) in ((f"{label}, ReportLab alone", base[:3]),
                                (f"{label}, ExportService", (wall, cpu, done.pages))):
        print(f"{name:<28} {w:7.2f} s wall {c:7.2f} s CPU  {pages:5d} pages  "
              f"{pages / w:5.1f} pages/s  {w / pages * 1000:5.1f} ms/page")
    ratios = [(mine / done.pages) / (theirs / base[2]) for mine, theirs in
              ((wall, base[0]), (cpu, base[1]))]
    print(f"{'':<28} {done.rows} rows, {done.rows / done.pages:.1f} a page; s/page ratio "
          f"{ratios[0]:.2f}x wall, {ratios[1]:.2f}x CPU (target <= 1.5x: "
          f"{'met' if max(ratios) <= 1.5 else 'NOT met'})")
    return base


def memory(exports, first: date, days: int, out: Path, kept: tuple) -> None:  # noqa: ANN001
    print(f"\nmemory of the access-log export (tracemalloc peak; rows stream in batches of "
          f"{export_content.BATCH})")
    sizes = []
    for share in (4, 2, 1):
        end = first + timedelta(days=days // share - 1)
        scope = AccessScope(start=first, end=end) if share > 1 else AccessScope()
        done, peak = traced(lambda s=scope: exports.access_log(s, out / "m.pdf"))
        sizes.append((done.rows, done.pages, peak))
        print(f"  {done.rows:7d} entries {done.pages:5d} pages  peak {peak / MB:6.1f} MB  "
              f"{peak / done.pages / 1024:5.1f} KiB/page  {peak / done.rows:5.0f} B/entry  "
              f"file {(out / 'm.pdf').stat().st_size / done.pages / 1024:4.1f} KiB/page")
    (r0, p0, m0), (r1, p1, m1) = sizes[0], sizes[-1]
    print(f"  growth from {r0} to {r1} entries: {(m1 - m0) / (r1 - r0):.0f} B per entry, "
          f"{(m1 - m0) / (p1 - p0) / 1024:.1f} KiB per page")
    print(f"  page streams ReportLab keeps until save (baseline, at save): "
          f"{kept[3] / kept[2] / 1024:.1f} KiB/page, {kept[3] / MB:.1f} MB in all")
    with exports.store.read() as s:
        rows = export_content.access_log(s, AccessScope(), audit_log.head(s)[0]).rows
        batch, peak = traced(lambda: [r for _, r in zip(range(export_content.BATCH), rows,
                                                                   strict=False)])
    print(f"  one batch of {len(batch)} rows in flight: {peak / MB:.1f} MB")


def lane_gaps(exports, path: Path) -> None:  # noqa: ANN001
    """The register export on the database lane, thrice, while a QTimer ticks every 10 ms; and
    the longest full garbage collection meanwhile (it holds the GIL, so no thread runs)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from wijkdesk.gui.lane import Lane

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive)
    collections, began = [], [0.0]

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        elif info["generation"] == 2:
            collections.append(time.perf_counter() - began[0])

    gc.callbacks.append(watch)
    lane, timer = Lane(), QTimer()
    print("\nGUI thread while the lane exports the register (ticks every 10 ms):")
    for _ in range(3):
        loop, ticks, failed = QEventLoop(), [], []
        timer.timeout.connect(lambda t=ticks: t.append(time.perf_counter()))
        collections.clear()
        timer.start(10)
        started = time.perf_counter()
        job = lane.submit(lambda p: exports.register(path, progress=p), "bench export",
                          on_failure=failed.append)
        job.finished.connect(loop.quit)
        loop.exec()
        seconds = time.perf_counter() - started
        timer.stop()
        timer.timeout.disconnect()
        if failed:
            raise failed[0]
        gap = max(b - a for a, b in zip([started, *ticks], ticks, strict=False))
        print(f"  {seconds:4.1f} s: {len(ticks):3d} ticks of at most {int(seconds * 100):3d}, "
              f"longest gap {gap * 1000:4.0f} ms; full GCs {len(collections)}, longest "
              f"{max(collections, default=0) * 1000:3.0f} ms")
    gc.callbacks.remove(watch)
    lane.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=2_000)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--residents", type=int, default=3_000)
    parser.add_argument("--chunk", type=int, default=40, help="rows per baseline Table")
    parser.add_argument("--small", action="store_true", help="200 agreements, 10,000 entries")
    args = parser.parse_args()
    if args.small:
        args.agreements, args.entries, args.residents = 200, 10_000, 500
    keyring.set_keyring(keyring.backends.fail.Keyring())
    os.environ["WIJKDESK_PASSPHRASE"] = "bench passphrase for exports 1"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        workspace, admin = initialise(make_locations(out / "p"),
                                      PassphraseSource(interactive=False),
                                      NewProfile("beheer", "Beheerder Bench", PASSWORD))
        try:
            settings = workspace.settings(admin)
            settings.update(replace(settings.get(), organisation="Wijkteams Demostad"))
            workspace.profiles(admin).create(NewProfile("leider", "Leider Bench", PASSWORD,
                                                        Role.TEAM_LEAD))
            exports = workspace.exports(workspace.profiles().authenticate("leider", PASSWORD))
            (first, days), setup, _ = timed(lambda: build(workspace, args, random.Random(7)))
            print(f"setup: {args.agreements} agreement versions, {args.entries} audit entries "
                  f"over {days} days, {args.residents} residents: {setup:.1f} s\n")
            compare("register", workspace, exports.register, out, args.chunk)
            kept = compare("access log", workspace,
                           lambda path: exports.access_log(AccessScope(), path), out, args.chunk)
            verdict, seconds, _ = timed(lambda: exports.verify(out / "access log.pdf"))
            print(f"{'verify(access-log PDF)':<28} {seconds:8.2f} s  {verdict.outcome}, chain of "
                  f"{verdict.chain.count if verdict.chain else '?'} entries checked")
            memory(exports, first, days, out, kept)
            lane_gaps(exports, out / "lane.pdf")
        finally:
            workspace.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process RSS high-water: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
