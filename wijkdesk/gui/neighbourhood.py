"""A buurt or wijk at a glance: individual caseload beside collective work and its money, and
the professionals' hours on each, month by month."""

from __future__ import annotations

import uuid
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wijkdesk.domain.funding import Position
from wijkdesk.gui.area import Area
from wijkdesk.gui.collective_dialogs import professional_type_name
from wijkdesk.gui.feedback import fail
from wijkdesk.gui.forms.neighbourhood_page import Ui_NeighbourhoodPage
from wijkdesk.gui.hours_chart import HoursChart
from wijkdesk.gui.record_dialogs import add_ids, id_of
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import domain_names, name_of
from wijkdesk.services.neighbourhood import NeighbourhoodView

YEARS_BACK = 5


def money(cents: int) -> str:
    """€ 1.234,56 in the interface language's way of writing amounts."""
    return QLocale().toCurrencyString(cents / 100, "€ ")


def hours(minutes: int) -> str:
    return QLocale().toString(minutes / 60, "f", 0)


class NeighbourhoodArea(Area):
    icon_name = "neighbourhood"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.page = QWidget(self)
        self.ui = Ui_NeighbourhoodPage()
        self.ui.setupUi(self.page)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.layout().addWidget(self.page)
        self.chart = HoursChart(self.ui.chartHost)
        QVBoxLayout(self.ui.chartHost).setContentsMargins(0, 0, 0, 0)
        self.ui.chartHost.layout().addWidget(self.chart)
        self.view: NeighbourhoodView | None = None
        self.funding: Any = None
        ui = self.ui
        ui.place.currentIndexChanged.connect(lambda _i: self.load())
        ui.year.currentIndexChanged.connect(lambda _i: self.load())
        ui.professionalType.currentIndexChanged.connect(lambda _i: self._draw())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Neighbourhoods")

    def refresh(self) -> None:
        service = self.session.workspace.neighbourhood(self.session.actor)
        self.session.run(lambda _p: service.places_for_view(), "neighbourhood places",
                         self._places, lambda exc: fail(self, self.title(), exc), owner=self)

    def _places(self, places: list) -> None:
        combo = self.ui.place
        current = id_of(combo)
        combo.blockSignals(True)
        combo.clear()
        indent = {"municipality": "", "district": "  ", "neighbourhood": "      "}
        add_ids(combo, [(p.id, indent.get(p.level.value, "") + p.name) for p in places], current)
        if current is None:
            # the first wijk: the level a team lead looks at most
            first = next((p for p in places if p.level.value == "district"), None)
            if first is not None:
                combo.setCurrentIndex(combo.findData(str(first.id)))
        combo.blockSignals(False)
        self.load()

    def load(self) -> None:
        place_id = id_of(self.ui.place)
        if place_id is None:
            return
        year = self.ui.year.currentData()
        neighbourhood = self.session.workspace.neighbourhood(self.session.actor)
        funding = self.session.workspace.funding(self.session.actor)

        def work(_p: Any) -> tuple:
            return (neighbourhood.view(place_id, year=year),
                    funding.by_place(place_id, year=year))

        self.session.run(work, "neighbourhood view", self._show,
                         lambda exc: fail(self, self.title(), exc), owner=self)

    def _show(self, result: tuple) -> None:
        self.view, self.funding = result
        view = self.view
        c, k = view.caseload, view.collective
        domains = domain_names()
        top = sorted(((n, d) for d, n in c.by_domain.items() if n), reverse=True)[:4]
        lines = [
            self.tr("%1 residents, %2 of them with a help question").replace(
                "%1", str(c.residents)).replace("%2", str(c.residents_with_request)),
            self.tr("%1 open and %2 active questions").replace(
                "%1", str(c.open_requests)).replace("%2", str(c.active_requests)),
            self.tr("%1 contacts, %2 hours").replace("%1", str(c.contacts)).replace(
                "%2", hours(c.contact_minutes)),
        ]
        if top:
            lines.append(self.tr("Most asked about: %1").replace(
                "%1", ", ".join(f"{name_of(domains, d)} ({n})" for n, d in top)))
        self.ui.individual.setText("<br>".join(escape(line) for line in lines))
        initiatives = sum(k.initiatives.values())
        self.ui.collective.setText("<br>".join(escape(line) for line in (
            self.tr("%1 activities, %2 sessions").replace("%1", str(k.activities)).replace(
                "%2", str(k.sessions)),
            self.tr("%1 visits, %2 of them new, %3 referred").replace(
                "%1", str(k.attendance)).replace("%2", str(k.new_participants)).replace(
                "%3", str(k.referred_participants)),
            self.tr("%1 participants now, %2 through a referral").replace(
                "%1", str(k.participants)).replace("%2", str(k.participants_referred)),
            self.tr("%1 volunteer hours").replace("%1", hours(k.volunteer_minutes)),
            self.tr("%1 resident initiatives").replace("%1", str(initiatives)),
        )))
        total: Position = self.funding.total
        lines = [self.tr("Budgeted %1").replace("%1", money(total.budgeted)),
                 self.tr("Committed %1").replace("%1", money(total.committed)),
                 self.tr("Spent %1").replace("%1", money(total.spent)),
                 self.tr("Free room %1").replace("%1", money(total.free))]
        lines += [f"{s.name}: {money(s.position.free)}" for s in self.funding.sources[:4]]
        self.ui.funding.setText("<br>".join(escape(line) for line in lines))
        self._fill_types()
        self._draw()

    def _fill_types(self) -> None:
        combo = self.ui.professionalType
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All types"), "")
        seen: dict[str, str] = {}
        for row in self.view.hours if self.view else []:
            name = professional_type_name(row.type_code)
            seen.setdefault(row.type_code, row.type_name if name == row.type_code else name)
        for code, type_name in seen.items():
            combo.addItem(type_name, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _draw(self) -> None:
        if self.view is None:
            return
        wanted = self.ui.professionalType.currentData() or ""
        months: dict[str, list[int]] = {}
        for row in self.view.hours:
            if wanted and row.type_code != wanted:
                continue
            pair = months.setdefault(row.month, [0, 0])
            pair[0] += row.individual_minutes
            pair[1] += row.collective_minutes
        ordered = sorted(months)
        self.chart.show_hours(ordered, [months[m][0] for m in ordered],
                              [months[m][1] for m in ordered], self.tr("Individual support"),
                              self.tr("Collective work"), self.tr("hours"))

    def clear(self) -> None:
        self.view = self.funding = None
        for label in (self.ui.individual, self.ui.collective, self.ui.funding):
            label.clear()
        self.chart.show_hours([], [], [], "", "", "")

    def selected_place(self) -> uuid.UUID | None:
        return id_of(self.ui.place)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.page)
        combo = self.ui.year
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Last 12 months"), None)
        this_year = date.today().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
