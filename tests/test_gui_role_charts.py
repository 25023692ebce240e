"""The pictures of the responsibility matrix (offscreen): the heat map with its findings, the
role map, the split of hours, and their PNG exports from the page."""

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.role_matrix import Level
from wijkdesk.domain.support import ContactKind
from wijkdesk.gui.chart_common import SCALE, ImageNotWritten, save_png
from wijkdesk.gui.heat_map import heat_map_layout, paint_heat_map
from wijkdesk.gui.hours_chart import COLLECTIVE_COLOUR, INDIVIDUAL_COLOUR
from wijkdesk.gui.raci import FINDING_COLOUR, LEVEL_COLOURS, level_name
from wijkdesk.gui.role_map_chart import RoleMapWidget, paint_role_map, role_map_layout
from wijkdesk.gui.role_map_page import RoleMapPage, file_safe
from wijkdesk.gui.split_chart import SplitChart, paint_split_chart
from wijkdesk.services.activities import ActivityData
from wijkdesk.services.contacts import ContactData
from wijkdesk.services.residents import ResidentData

TEAM = "Wijkteam Test"
TODAY = date.today()


@dataclass
class Matrix:
    workspace: object
    admin: object
    id: object
    tasks: dict  # code -> TaskInfo
    types: dict  # code -> TypeInfo

    @property
    def roles(self):
        return self.workspace.roles(self.admin)

    def view(self):
        return self.roles.matrix(self.id)

    def set(self, *cells):
        self.roles.set_levels(self.id, [(self.tasks[t].id, self.types[p].id, Level(lv))
                                        for t, p, lv in cells])

    def cell(self, task, ptype):
        return (self.tasks[task].id, self.types[ptype].id)


@pytest.fixture
def matrix(qapp, workspace, admin):
    roles = workspace.roles(admin)
    info = roles.open_matrix(TEAM)
    return Matrix(workspace, admin, info.id, {t.code: t for t in roles.tasks()},
                  {t.code: t for t in roles.types()})


def _settled(m: Matrix) -> None:
    """Every task with one A and one R, spread so that no type is overloaded and both mandated
    types hold a mandate; only the domain rule on Signaleren is left to find."""
    owners = ["area_worker", "social_professional"]
    doers = ["community_worker", "freelancer", "social_entrepreneur"]
    m.set(*[(code, owners[i % 2], "A") for i, code in enumerate(m.tasks)],
          *[(code, doers[i % 3], "R") for i, code in enumerate(m.tasks)])


def _pixel(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(int(x * SCALE), int(y * SCALE))


def _same(a: QColor, b: QColor, slack: int = 3) -> bool:
    return all(abs(p - q) <= slack for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_the_heat_map_grows_with_the_tasks(matrix):
    before = paint_heat_map(matrix.view())
    domain = matrix.tasks["kitchen_table"].domain_id
    for n in range(3):
        matrix.roles.add_task(f"Extra taak {n}", domain, "individual")
    view = matrix.view()
    after = paint_heat_map(view)
    assert after.height() > before.height()
    assert len(heat_map_layout(view).rows) == len(view.tasks)
    assert before.devicePixelRatio() == SCALE  # drawn for print
    assert after.width() >= heat_map_layout(view).size.width() * SCALE


def test_a_cell_is_drawn_in_its_level_colour(matrix):
    matrix.set(("kitchen_table", "social_professional", "A"),
               ("kitchen_table", "freelancer", "C"))
    view = matrix.view()
    layout = heat_map_layout(view)
    image = paint_heat_map(view)
    for ptype, colour in (("social_professional", LEVEL_COLOURS[Level.ACCOUNTABLE]),
                          ("freelancer", LEVEL_COLOURS[Level.CONSULTED]),
                          ("area_worker", QColor("#ffffff"))):  # none: left blank
        rect = layout.cells[matrix.cell("kitchen_table", ptype)]
        # left of the letter and below the corner numbers, inside any outline
        assert _same(_pixel(image, rect.left() + rect.width() * 0.22, rect.center().y() + 4),
                     colour), ptype


def test_cells_of_a_finding_are_outlined_and_numbered_and_others_are_not(matrix):
    _settled(matrix)
    matrix.set(("network_upkeep", "community_worker", "A"))  # a second A: several accountable
    view = matrix.view()
    layout = heat_map_layout(view)
    image = paint_heat_map(view)
    flagged = matrix.cell("network_upkeep", "community_worker")
    clean = matrix.cell("kitchen_table", "social_professional")
    findings = view.findings()
    assert any(flagged in f.cells for f in findings)
    assert not any(clean in f.cells for f in findings)
    number = next(n for n, f in enumerate(findings, 1) if flagged in f.cells)
    assert number in layout.numbers[flagged] and clean not in layout.numbers
    assert [note.number for note in layout.notes] == list(range(1, len(findings) + 1))
    for cell, outlined in ((flagged, True), (clean, False)):
        rect = layout.cells[cell]
        edge = _pixel(image, rect.left() + 2.5, rect.center().y() + 6)
        assert _same(edge, FINDING_COLOUR) is outlined, cell


def test_the_role_map_shows_the_strongest_level_per_type_and_domain(qtbot, matrix):
    matrix.set(("kitchen_table", "social_professional", "R"),
               ("case_direction", "social_professional", "A"),
               ("kitchen_table", "freelancer", "C"))
    view = matrix.view()
    domain = matrix.tasks["kitchen_table"].domain_id
    sp, fl = matrix.types["social_professional"].id, matrix.types["freelancer"].id
    layout = role_map_layout(view)
    image = paint_role_map(view)
    for type_id, colour in ((sp, LEVEL_COLOURS[Level.ACCOUNTABLE]),
                            (fl, LEVEL_COLOURS[Level.CONSULTED])):
        rect = layout.cells[(type_id, domain)]
        assert _same(_pixel(image, rect.left() + 6, rect.center().y()), colour)

    widget = RoleMapWidget()
    qtbot.addWidget(widget)
    widget.set_view(view)
    assert widget.cell_text(sp, domain) == "A1 R1"
    assert widget.cell_text(fl, domain) == "C1"
    tip = widget.tooltip_for(sp, domain)
    assert matrix.tasks["case_direction"].name in tip
    assert level_name(Level.ACCOUNTABLE) in tip and level_name(Level.RESPONSIBLE) in tip

    widget.show()
    qtbot.waitExposed(widget)
    centre = layout.cells[(sp, domain)].center() * widget.scale
    point = QPoint(int(centre.x()), int(centre.y()))
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point,
                                              widget.mapToGlobal(point)))
    assert matrix.tasks["kitchen_table"].name in QToolTip.text()
    said = []
    widget.current_changed.connect(said.append)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Right)  # keyboard: from the first cell to the next domain
    assert widget.current == (0, 1) and said


def _hours(m: Matrix) -> None:
    """The social professional: 90 minutes with a resident and 30 on an activity."""
    places = m.workspace.places(m.admin)
    gemeente = places.add(PlaceLevel.MUNICIPALITY, "GM0999", "Testgemeente")
    wijk = places.add(PlaceLevel.DISTRICT, "WK099900", "Testwijk", gemeente.id)
    buurt = places.add(PlaceLevel.NEIGHBOURHOOD, "BU09990000", "Testbuurt", wijk.id)
    pro = m.workspace.professionals(m.admin).add("Proef Persoon", "social_professional", TEAM)
    resident = m.workspace.residents(m.admin).create(
        ResidentData("Fenna", "Zwanenburgh", neighbourhood_id=buurt.id))
    m.workspace.contacts(m.admin).add(resident, ContactData(
        TODAY - timedelta(days=10), 90, ContactKind.HOME_VISIT, professional_id=pro.id))
    activities = m.workspace.activities(m.admin)
    activity = activities.create(ActivityData("Taalcafé Proef", buurt.id,
                                              TODAY - timedelta(days=40)))
    activities.log_time(pro.id, 30, TODAY - timedelta(days=9), activity_id=activity)


def test_the_split_chart_compares_agreed_and_actual_and_says_when_there_is_nothing(qtbot,
                                                                                     matrix):
    _hours(matrix)
    sp, fl = matrix.types["social_professional"].id, matrix.types["freelancer"].id
    matrix.roles.set_split(matrix.id, sp, 60)
    view, rows = matrix.view(), matrix.roles.splits(matrix.id)
    chart = SplitChart()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show_splits(view, rows)
    plot = chart.plot
    line = next(x for x in plot.lines if x.type_id == sp)
    assert (line.agreed, line.actual, line.minutes) == (60, 75, 120)
    assert plot.labels[(sp, "agreed")] == ("60 %", "40 %")
    assert plot.labels[(sp, "actual")] == ("75 %", "25 %")
    individual, collective = plot.series.barSets()
    actual_row = plot.row_of(sp, "actual")
    assert (individual.at(actual_row), collective.at(actual_row)) == (75, 25)
    # the freelancer has neither: words instead of bars
    assert (fl, "actual") not in plot.labels and (fl, "agreed") not in plot.labels
    no_hours, not_agreed = plot.notes[(fl, "actual")], plot.notes[(fl, "agreed")]
    # in whichever language an earlier test left installed
    assert no_hours == QCoreApplication.translate("RoleCharts",
                                                  "no hours recorded in the last 12 months")
    assert not_agreed == QCoreApplication.translate("RoleCharts", "not agreed")
    assert {no_hours, not_agreed, "75 %"} <= set(plot.text_items())
    # a legend tells the colours apart, above the bars where scrolling does not hide it
    chart.show()
    legend = plot.legend()
    assert legend.isVisible()
    assert [(m.label(), m.brush().color().name()) for m in legend.markers()] == [
        (QCoreApplication.translate("RoleCharts", "individual work: contacts with residents"),
         INDIVIDUAL_COLOUR),
        (QCoreApplication.translate("RoleCharts", "collective work: activities and initiatives"),
         COLLECTIVE_COLOUR)]
    qtbot.waitUntil(lambda: not plot.plotArea().isEmpty())
    assert legend.geometry().bottom() <= plot.plotArea().top()
    image = paint_split_chart(view, rows)
    assert not image.isNull() and image.devicePixelRatio() == SCALE


def test_save_png_writes_a_readable_picture_and_says_when_it_cannot(tmp_path, matrix):
    image = paint_role_map(matrix.view())
    path = save_png(image, tmp_path / "rolkaart.png")
    back = QImage(str(path))
    assert not back.isNull() and back.size() == image.size()
    with pytest.raises(OSError) as raised:
        save_png(image, tmp_path / "no-such-folder" / "rolkaart.png")
    assert isinstance(raised.value, ImageNotWritten)
    assert "rolkaart.png" in str(raised.value)


@dataclass
class LaterSession:
    """Runs lane work only when told to, in the order the test chooses."""

    workspace: object
    actor: object
    queue: list = field(default_factory=list)

    def run(self, work, _name, on_success=None, on_failure=None, owner=None, **_):
        self.queue.append((work, on_success))

    def deliver(self, index):
        work, done = self.queue.pop(index)
        done(work(None))


def test_the_page_shows_the_newest_hours_and_exports_pictures(qtbot, tmp_path, matrix):
    _hours(matrix)
    other = matrix.roles.open_matrix("Wijkteam Ander")
    sp = matrix.types["social_professional"].id
    matrix.roles.set_split(matrix.id, sp, 60)  # tells the first matrix's answer apart
    session = LaterSession(matrix.workspace, matrix.admin)
    page = RoleMapPage(session)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty
    assert not page.heat_button.isEnabled()

    first, second = matrix.view(), matrix.roles.matrix(other.id)
    page.show_view(first)
    page.show_view(second)  # another matrix: its hours are asked for as well
    assert len(session.queue) == 2 and not page.split_button.isEnabled()
    session.deliver(1)  # the newer answer first ...
    session.deliver(0)  # ... and the older one late: it must not win
    assert page.view is second
    assert next(r for r in page.rows if r.type_id == sp).agreed_individual is None
    assert page.chart.plot.lines[0].type_id == second.types[0].id
    assert page.split_button.isEnabled()
    assert page.stack.currentWidget() is page.content

    dialog = page.export_heat_map()
    assert dialog is not None
    assert dialog.selectedFiles()[0].endswith("heatmap-wijkteam-ander.png")
    target = tmp_path / "kaart.png"
    dialog.fileSelected.emit(str(target))
    session.deliver(0)  # the write, on the lane
    assert not QImage(str(target)).isNull()

    page.clear()
    assert page.stack.currentWidget() is page.empty and page.view is None
    assert not page.map_button.isEnabled()


def test_file_names_are_safe_on_every_system():
    assert file_safe("Wijkteam Oost/Zuid: 2") == "wijkteam-oost-zuid-2"
    assert file_safe("Wijkteam Één") == "wijkteam-één"
    assert file_safe("***") == "team"
