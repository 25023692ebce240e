"""Resident search, lists and the resident file at city scale, against raw SQL on the same file.

    python tests/benchmarks/bench_residents.py [--residents 50000] [--contacts-per-resident 20]
                                               [--reuse DIR] [--repeats 30]

Builds an encrypted profile of a demo city through the demo service (in a temporary folder, or
in DIR with --reuse DIR, where a later run finds and reuses it) and signs in as the demo team
member. Each figure is the median of repeated runs of a service call beside its raw twin in the
same run: the same SQL text, compiled from the service's own statement with literal binds, run
straight through a sqlcipher3 connection opened with the same key (no SQLAlchemy). The ratio is
service / raw: what the services, the ORM and the audit cost on top of SQLite itself.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import keyring
import keyring.backends.fail
from sqlalchemy import Select, func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wijkdesk.app import Workspace, initialise, open_workspace  # noqa: E402
from wijkdesk.config import locations as make_locations  # noqa: E402
from wijkdesk.security.keys import PASSPHRASE_ENV, PassphraseSource  # noqa: E402
from wijkdesk.services.base import Actor  # noqa: E402
from wijkdesk.services.contacts import ContactQuery, ContactService  # noqa: E402
from wijkdesk.services.demo import DEMO_PROFILES  # noqa: E402
from wijkdesk.services.profiles import NewProfile  # noqa: E402
from wijkdesk.services.residents import (  # noqa: E402
    PAGE_SIZE,
    ResidentQuery,
    ResidentService,
    ResidentSort,
)
from wijkdesk.store import sqlcipher  # noqa: E402
from wijkdesk.store.models import (  # noqa: E402
    AuditEntry,
    Consent,
    Contact,
    DomainScore,
    Place,
    PlanGoal,
    Professional,
    Referral,
    Resident,
    SupportPlan,
    SupportRequest,
)
from wijkdesk.store.search import match_expression  # noqa: E402

PASSPHRASE = "een lange zin voor de benchmark van bewoners"
PASSWORDS = {name: f"{name}-bench-wachtwoord" for name, *_ in DEMO_PROFILES}
SEARCH_LIMIT = 8  # ResidentService.search's default


@dataclass(frozen=True)
class Figure:
    label: str
    service: list[float]
    raw: list[float]
    rows: int

    @property
    def median(self) -> float:
        return statistics.median(self.service)

    @property
    def p95(self) -> float:
        return percentile(self.service, 0.95)

    @property
    def raw_median(self) -> float:
        return statistics.median(self.raw)

    @property
    def ratio(self) -> float:
        return self.median / self.raw_median if self.raw_median else math.inf


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


class Raw:
    """A sqlcipher3 connection on the same file, with the same key and pragmas."""

    def __init__(self, workspace: Workspace):
        self.conn = sqlcipher.connect(workspace.store.path, workspace.store.key)
        self.dialect = workspace.store.engine.dialect

    def sql(self, stmt: Select) -> str:
        return str(stmt.compile(dialect=self.dialect, compile_kwargs={"literal_binds": True}))

    def run(self, sqls: Sequence[str]) -> int:
        """The statements in one read transaction, as a service's session runs them."""
        rows = 0
        self.conn.execute("BEGIN")
        try:
            for sql in sqls:
                rows += len(self.conn.execute(sql).fetchall())
        finally:
            self.conn.execute("COMMIT")
        return rows

    def plan(self, sql: str) -> list[str]:
        return [r[3] for r in self.conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]

    def close(self) -> None:
        self.conn.close()


def compare(label: str, call: Callable[[], object], raw: Raw, sqls: Sequence[str],
            repeats: int) -> Figure:
    """call and its raw statements, interleaved so both meet the same cache."""
    for _ in range(2):  # warm the page cache and the statement caches
        call()
        raw.run(sqls)
    service, direct = [], []
    rows = 0
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        service.append(time.perf_counter() - started)
        started = time.perf_counter()
        rows = raw.run(sqls)
        direct.append(time.perf_counter() - started)
    return Figure(label, service, direct, rows)


def report(figure: Figure, target_ms: float | None = None) -> None:
    verdict = ""
    if target_ms is not None:
        verdict = "  ok" if figure.median * 1000 < target_ms else f"  OVER {target_ms:g} ms"
    print(f"  {figure.label:<34} {ms(figure.median)}  p95 {ms(figure.p95)}  raw "
          f"{ms(figure.raw_median)}  {figure.ratio:5.2f}x  ({figure.rows} rows){verdict}")


# Building ----------------------------------------------------------------------------------------


def build_or_open(folder: Path, residents: int, contacts: int) -> tuple[Workspace, Actor]:
    where = make_locations(folder)
    source = PassphraseSource(interactive=False)
    if where.database.exists():
        print(f"reusing {folder}")
        workspace = open_workspace(where, source, daily_backup=False)
    else:
        print(f"building {residents:,} residents x {contacts} contacts in {folder} ...")
        started = time.perf_counter()
        admin_name, display, _role, _type = DEMO_PROFILES[0]

        def populate(builder: Workspace, actor: Actor) -> None:
            summary = builder.demo(actor).generate(residents=residents,
                                                   contacts_per_resident=contacts, seed=1)
            builder.demo(actor).add_team(PASSWORDS)
            print(f"  {summary}")

        workspace, _admin = initialise(where, source,
                                       NewProfile(admin_name, display, PASSWORDS[admin_name]),
                                       populate)
        size = where.database.stat().st_size / 2**20
        print(f"  built in {time.perf_counter() - started:.1f} s, {size:,.0f} MiB")
    return workspace, workspace.profiles().authenticate("medewerker", PASSWORDS["medewerker"])


# Sections ----------------------------------------------------------------------------------------


def common_surnames(raw: Raw, n: int = 3) -> list[str]:
    rows = raw.conn.execute("SELECT family_name, count(*) FROM residents GROUP BY family_name "
                            "ORDER BY count(*) DESC LIMIT ?", (4 * n,)).fetchall()
    cores = dict.fromkeys(name.split()[-1] for name, _ in rows)  # "de Jong" is typed "Jong"
    return list(cores)[:n]


def postcode_prefixes(raw: Raw) -> list[str]:
    wanted = "3771 R"
    if not raw.conn.execute("SELECT 1 FROM residents WHERE postcode LIKE ?",
                            (wanted + "%",)).fetchone():
        wanted = raw.conn.execute("SELECT postcode FROM residents GROUP BY postcode "
                                  "ORDER BY count(*) DESC LIMIT 1").fetchone()[0][:6]
    return [wanted[:1], wanted[:2], wanted[:4], wanted]


def search_sql(raw: Raw, actor: Actor, text: str, limit: int = SEARCH_LIMIT) -> str:
    query = ResidentQuery(text=text)
    return raw.sql(ResidentService.list_statement(query, match_expression(text), actor.id,
                                                  None, limit + 1))


def bench_search(workspace: Workspace, actor: Actor, raw: Raw, repeats: int) -> None:
    residents = workspace.residents(actor)
    texts = list(dict.fromkeys([name[:k] for name in common_surnames(raw) for k in range(1, 5)]
                               + postcode_prefixes(raw)))
    print(f"\nsearch as you type (search(text), the best {SEARCH_LIMIT}; target: ratio <= 2x, "
          "p95 < 50 ms)")
    figures = []
    for text in texts:
        figures.append(compare(f"search {text!r}", lambda t=text: residents.search(t), raw,
                               [search_sql(raw, actor, text)], repeats))
        report(figures[-1])
    every = [t for f in figures for t in f.service]
    every_raw = [t for f in figures for t in f.raw]
    ratio = statistics.median(every) / statistics.median(every_raw)
    p95 = percentile(every, 0.95)
    print(f"  {'all searches':<34} {ms(statistics.median(every))}  p95 {ms(p95)}  raw "
          f"{ms(statistics.median(every_raw))}  {ratio:5.2f}x  "
          f"{'ok' if ratio <= 2 and p95 < 0.05 else 'MISSED'}")
    residents.flush_audit()  # the deferred search facts, before a timed write meets them


def bench_lists(workspace: Workspace, actor: Actor, raw: Raw, repeats: int,
                resident_id: uuid.UUID) -> None:
    print("\nfirst pages (target < 100 ms)")
    service = workspace.residents(actor)
    for label, query in (("residents by name", ResidentQuery()),
                         ("residents by postcode", ResidentQuery(sort=ResidentSort.POSTCODE)),
                         ("residents, mine", ResidentQuery(mine=True))):
        sql = raw.sql(ResidentService.list_statement(query, None, actor.id, None, PAGE_SIZE + 1))
        report(compare(label, lambda q=query: service.page(q), raw, [sql], repeats), 100)
    contacts = workspace.contacts(actor)
    for label, query in (("one resident's contacts", ContactQuery(resident_id=resident_id)),
                         ("all contacts", ContactQuery())):
        sql = raw.sql(ContactService.list_statement(query, None, None, PAGE_SIZE + 1))
        report(compare(label, lambda q=query: contacts.page(q), raw, [sql], repeats), 100)


def bench_depth(workspace: Workspace, actor: Actor, raw: Raw, repeats: int) -> None:
    print("\nkeyset depth: the page after the key at 90% of the list against the first page")
    total = raw.conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()
    day, key = raw.conn.execute(
        "SELECT occurred_on, id FROM contacts WHERE deleted_at IS NULL "
        "ORDER BY occurred_on DESC, id DESC LIMIT 1 OFFSET ?", (int(total[0] * 0.9),)).fetchone()
    after_contact = (date.fromisoformat(day), uuid.UUID(key))
    count = raw.conn.execute("SELECT count(*) FROM residents WHERE deleted_at IS NULL").fetchone()
    name, key = raw.conn.execute(
        "SELECT sort_name, id FROM residents WHERE deleted_at IS NULL ORDER BY sort_name, id "
        "LIMIT 1 OFFSET ?", (int(count[0] * 0.9),)).fetchone()
    after_resident = (name, uuid.UUID(key))
    contacts, residents = workspace.contacts(actor), workspace.residents(actor)
    pairs = []
    for label, after in (("contacts, first page", None), ("contacts, at 90%", after_contact)):
        sql = raw.sql(ContactService.list_statement(ContactQuery(), None, after, PAGE_SIZE + 1))
        pairs.append(compare(label, lambda a=after: contacts.page(ContactQuery(), after=a), raw,
                             [sql], repeats))
        report(pairs[-1], 100)
    for label, after in (("residents, first page", None), ("residents, at 90%", after_resident)):
        sql = raw.sql(ResidentService.list_statement(ResidentQuery(), None, actor.id, after,
                                                     PAGE_SIZE + 1))
        pairs.append(compare(label, lambda a=after: residents.page(ResidentQuery(), after=a),
                             raw, [sql], repeats))
        report(pairs[-1], 100)
    print(f"  deep / first: contacts {pairs[1].median / pairs[0].median:.2f}x, "
          f"residents {pairs[3].median / pairs[2].median:.2f}x")


def file_statements(workspace: Workspace, raw: Raw, actor: Actor,
                    resident_id: uuid.UUID) -> list[str]:
    """The reads ResidentFileService.open makes for this resident, as SQL text."""
    with workspace.store.read() as s:
        resident = s.get(Resident, resident_id)
        request_ids = list(s.scalars(select(SupportRequest.id).where(
            SupportRequest.resident_id == resident_id)))
        plan_ids = list(s.scalars(select(SupportPlan.id).where(
            SupportPlan.request_id.in_(request_ids))))
    statements: list[Select] = [
        select(Resident).where(Resident.id == resident_id),
        select(Place).where(Place.id == resident.neighbourhood_id),
        select(Resident).where(Resident.household_id == resident.household_id,
                               Resident.id != resident_id, Resident.deleted_at.is_(None))
        .order_by(Resident.date_of_birth),
        select(SupportRequest, Professional.name, SupportPlan.id, SupportPlan.agreed_on)
        .outerjoin(Professional, Professional.id == SupportRequest.professional_id)
        .outerjoin(SupportPlan, SupportPlan.request_id == SupportRequest.id)
        .where(SupportRequest.resident_id == resident_id, SupportRequest.deleted_at.is_(None))
        .order_by(SupportRequest.opened_on.desc(), SupportRequest.id.desc()),
        select(Consent).where(Consent.resident_id == resident_id, Consent.deleted_at.is_(None))
        .order_by(Consent.given_on.desc()),
        select(Referral).where(Referral.resident_id == resident_id,
                               Referral.deleted_at.is_(None))
        .order_by(Referral.referred_on.desc()),
        select(Professional.id).where(Professional.profile_id == actor.id,
                                      Professional.deleted_at.is_(None)).limit(1),
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1),
        ContactService.list_statement(ContactQuery(resident_id=resident_id), None, None,
                                      PAGE_SIZE + 1),
    ]
    if plan_ids:
        statements.append(select(PlanGoal).where(PlanGoal.plan_id.in_(plan_ids),
                                                 PlanGoal.deleted_at.is_(None))
                          .order_by(PlanGoal.created_at))
    if request_ids:
        statements.append(select(DomainScore).where(DomainScore.request_id.in_(request_ids),
                                                    DomainScore.deleted_at.is_(None))
                          .order_by(DomainScore.assessed_on, DomainScore.life_domain))
    return [raw.sql(stmt) for stmt in statements]


def bench_file(workspace: Workspace, actor: Actor, raw: Raw, repeats: int,
               resident_ids: list[uuid.UUID]) -> None:
    print("\nopening a resident file (target < 150 ms; raw = its reads only: the service also "
          "appends the audit entry and commits)")
    service = workspace.resident_file(actor)
    for i, resident_id in enumerate(resident_ids):
        report(compare(f"resident file {i + 1}", lambda r=resident_id: service.open(r), raw,
                       file_statements(workspace, raw, actor, resident_id), repeats), 150)


def print_plans(raw: Raw, actor: Actor, resident_id: uuid.UUID, surname: str) -> None:
    print("\nquery plans of the hot queries")
    hot = {
        f"search {surname[:2]!r}": search_sql(raw, actor, surname[:2]),
        "residents, first page": raw.sql(ResidentService.list_statement(
            ResidentQuery(), None, actor.id, None, PAGE_SIZE + 1)),
        "residents, mine": raw.sql(ResidentService.list_statement(
            ResidentQuery(mine=True), None, actor.id, None, PAGE_SIZE + 1)),
        "one resident's contacts": raw.sql(ContactService.list_statement(
            ContactQuery(resident_id=resident_id), None, None, PAGE_SIZE + 1)),
        "contacts after a key": raw.sql(ContactService.list_statement(
            ContactQuery(), None, (date(2024, 1, 1), uuid.UUID(int=0)), PAGE_SIZE + 1)),
    }
    for label, sql in hot.items():
        print(f"  {label}:")
        for line in raw.plan(sql):
            print(f"    {line}")


def sample_residents(workspace: Workspace) -> list[uuid.UUID]:
    """The resident with the most help questions, and two ordinary ones."""
    with workspace.store.read() as s:
        busiest = s.scalar(select(SupportRequest.resident_id).group_by(
            SupportRequest.resident_id).order_by(func.count().desc()).limit(1))
        others = list(s.scalars(select(Contact.resident_id).where(
            Contact.resident_id != busiest).limit(2)))
    return [busiest, *others]


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_window_memory(workspace: Workspace, actor: Actor) -> None:
    """Scroll the window's list of all contacts from top to bottom; report the memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from wijkdesk.gui.contacts import ContactsArea
    from wijkdesk.gui.lane import Lane
    from wijkdesk.gui.session import Session

    app = QApplication.instance() or QApplication([])
    lane = Lane()
    session = Session(workspace, actor, lane, QSettings())
    area = ContactsArea(session)
    area.resize(1000, 700)
    area.show()
    area.ui.mine.setChecked(False)  # every contact of the city, not only mine

    def settle() -> None:
        while area.model.busy or lane.busy:
            app.processEvents()
            time.sleep(0.0005)
        app.processEvents()

    area.refresh()
    settle()
    first_rows, first = area.model.rowCount(), _rss_mib()
    started = time.perf_counter()
    table = area.ui.table
    while area.model.canFetchMore():
        table.scrollToBottom()  # the view asks for the next page, as a user's scrolling does
        app.processEvents()
        settle()
    elapsed = time.perf_counter() - started
    last = _rss_mib()
    table.scrollToTop()
    settle()
    print("\nwindow memory (all contacts, scrolled top to bottom; target: within 100 MB)")
    print(f"  after the first page ({first_rows} rows)      {first:8.1f} MiB")
    print(f"  after all {area.model.rowCount():,} rows               {last:8.1f} MiB  "
          f"(+{last - first:.1f} MiB; rows kept in memory: {area.model.kept_rows():,}; "
          f"{elapsed:.0f} s to scroll)  {'ok' if last - first <= 100 else 'MISSED'}")
    area.close()
    lane.shutdown(30_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--contacts-per-resident", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--no-window", action="store_true",
                        help="skip scrolling the whole contact list in the window")
    parser.add_argument("--reuse", type=Path, metavar="DIR",
                        help="profile folder to build once and reuse on later runs")
    args = parser.parse_args()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # never the developer's keyring
    os.environ.setdefault(PASSPHRASE_ENV, PASSPHRASE)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.reuse or Path(tmp) / "profile"
        workspace, actor = build_or_open(folder, args.residents, args.contacts_per_resident)
        raw = Raw(workspace)
        try:
            counts = workspace.health().counts()
            print(f"wijkdesk resident benchmark: {counts['residents']:,} residents, "
                  f"{counts['contacts']:,} contacts, {counts['support_requests']:,} help "
                  f"questions; encrypted; median of {args.repeats} (p95 of the service)")
            files = sample_residents(workspace)
            print_plans(raw, actor, files[0], common_surnames(raw, 1)[0])
            bench_search(workspace, actor, raw, args.repeats)
            bench_lists(workspace, actor, raw, args.repeats, files[0])
            bench_depth(workspace, actor, raw, args.repeats)
            bench_file(workspace, actor, raw, args.repeats, files)
            if not args.no_window:
                bench_window_memory(workspace, actor)
        finally:
            raw.close()
            workspace.close()


if __name__ == "__main__":
    main()
