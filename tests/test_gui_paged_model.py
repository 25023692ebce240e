"""The paged table model: pages arrive on demand, only a window of them stays in memory."""

from dataclasses import dataclass, field

from PySide6.QtWidgets import QTableView

from wijkdesk.gui.paged_model import Column, PagedModel
from wijkdesk.services.residents import Page

ITEMS = [f"rij {i:05d}" for i in range(2_050)]


def fetch(after, limit):
    start = 0 if after is None else after[0] + 1
    rows = ITEMS[start:start + limit]
    more = start + limit < len(ITEMS)
    return Page(rows, (start + len(rows) - 1,) if more else None)


@dataclass
class LaterSession:
    """Runs lane work when told to, as the real lane does between events."""

    queue: list = field(default_factory=list)
    calls: int = 0

    def run(self, work, _name, on_success=None, on_failure=None, owner=None, **_):
        self.queue.append((work, on_success))

    def drain(self):
        while self.queue:
            work, done = self.queue.pop(0)
            self.calls += 1
            done(work(None))


def test_scrolling_through_holds_a_window_of_pages_and_fetches_dropped_ones_again(qtbot):
    session = LaterSession()
    model = PagedModel(session, [Column(lambda: "Rij", lambda r: r)], page_size=100,
                       kept_pages=5)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.load(fetch)
    session.drain()
    assert model.rowCount() == 100 and not model.complete
    while model.canFetchMore():
        model.fetchMore()
        session.drain()
    assert model.rowCount() == len(ITEMS) and model.complete
    assert model.kept_rows() <= 5 * 100  # never the whole list
    first = model.index(0, 0)
    assert first.data() == "…"  # dropped: a placeholder while it is fetched again
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    session.drain()
    assert first.data() == "rij 00000" and changed == [(0, 99)]
    assert model.index(2_049, 0).data() in ("rij 02049", "…")


def test_a_new_query_drops_the_answers_to_the_old_one(qtbot):
    session = LaterSession()
    model = PagedModel(session, [Column(lambda: "Rij", lambda r: r)])
    model.load(fetch)
    model.load(lambda after, limit: Page(["alleen deze"], None))
    session.drain()  # the first query's page arrives late and must not show
    assert model.rowCount() == 1 and model.index(0, 0).data() == "alleen deze"
    assert model.complete and not model.canFetchMore()
