"""A samenwerkingsafspraak as a Dutch PDF: every field, the matrix as a coloured table with its
findings, the role map, the agreed split of hours, the version history and the approval trail.

The version and its history arrive as plain objects from services.agreements; this module knows
ReportLab and Dutch, not the database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from wijkdesk.domain.role_matrix import (
    LEVEL_ORDER,
    Finding,
    Level,
    Matrix,
    Rule,
    TypeRef,
    role_map,
)
from wijkdesk.export.pdf_kit import FONT, Kit, dmy, moment, span

# Strong to weak, readable with black text, and told apart without colour too (the letter):
# A and R are the warm "owns it" colours, C and I the cool "kept in the loop" ones. The window
# (gui/raci.py) draws with these same values.
LEVEL_COLOURS = {Level.ACCOUNTABLE: "#e07b39", Level.RESPONSIBLE: "#f2c14e",
                 Level.CONSULTED: "#9cc5e3", Level.INFORMED: "#d9e6f2"}
FINDING_COLOUR = "#c62828"
LEVEL_NAMES = {Level.RESPONSIBLE: "voert uit (R)", Level.ACCOUNTABLE:
               "eindverantwoordelijk, heeft het mandaat (A)", Level.CONSULTED:
               "wordt geraadpleegd (C)", Level.INFORMED: "wordt geïnformeerd (I)"}
STATES = {"draft": "concept", "submitted": "ter beoordeling", "approved": "goedgekeurd",
          "superseded": "vervallen", "withdrawn": "ingetrokken"}
TYPE_NAMES = {"community_worker": "opbouwwerker", "area_worker": "gebiedswerker",
              "social_professional": "sociaal professional", "freelancer": "zzp'er",
              "social_entrepreneur": "sociaal ondernemer"}
ASSIGNMENTS = {"free": "vrije opdracht", "mandated": "mandaat", "contracted": "ingehuurd",
               "own": "eigen onderneming"}
RULES = {
    Rule.NO_ACCOUNTABLE: "Niemand eindverantwoordelijk: geen type heeft het mandaat (A) voor "
                         "deze taak.",
    Rule.NO_RESPONSIBLE: "Niemand voert uit: geen type is uitvoerend (R) voor deze taak.",
    Rule.SEVERAL_ACCOUNTABLE: "Meer dan één type heeft het mandaat (A): onduidelijk wie "
                              "beslist.",
    Rule.HEAVY_LOAD: "Zware belasting: dit type voert meer dan de helft van alle taken uit of "
                     "is ervoor eindverantwoordelijk.",
    Rule.FREE_HOLDS_POLICY_MANDATE: "Een type met een vrije opdracht heeft het mandaat voor "
                                    "een beleidstaak; een vrije opdracht draagt geen mandaat.",
    Rule.MANDATE_UNUSED: "Dit type werkt met een mandaat, maar is voor geen enkele taak "
                         "eindverantwoordelijk.",
    Rule.NO_SHARED_OWNER: "Individuele en collectieve taken in dit domein hebben geen gedeelde "
                          "eigenaar: signalen komen niet van de ene kant naar de andere.",
}


def _note(note: str) -> str:
    """The notes the service writes itself into a trail, in Dutch; the user's own as written."""
    for pattern, dutch in ((r"from version (\d+)", "vanuit versie {}"),
                           (r"by version (\d+)", "vervangen door versie {}")):
        match = re.fullmatch(pattern, note)
        if match:
            return dutch.format(match.group(1))
    return note


def type_name(code: str, name: str) -> str:
    return TYPE_NAMES.get(code, name)


def story(k: Kit, version: Any, history: Sequence[Any]) -> list[Any]:
    """The content of the sealed document (sealed_pdf gives the cover and the footers):
    version is a services.agreements.AgreementVersion, history the summaries of its series."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    s, c = version.summary, version.content
    snap = version.snapshot
    story: list[Any] = [k.p("Afspraak", k.h1)]
    budget = f"€ {c.budget_cents / 100:,.2f}".replace(",", "_").replace(".", ",").replace(
        "_", ".")
    story.append(k.pairs([
        ("Partijen", c.parties), ("Team", c.team), ("Gebied", s.place_name or "het hele team"),
        ("Periode", span(c.period_from, c.period_to)), ("Opdracht", c.assignment),
        ("Verwachte resultaten", c.expected_results),
        ("Wederzijdse verwachtingen", c.mutual_expectations),
        ("Mandaat en beslisbevoegdheid", c.mandate),
        ("Middelen", f"{c.hours_per_week} uur per week · budget {budget}"),
        ("Evaluatiecriteria", c.evaluation_criteria),
        ("Evaluatiedatum", dmy(c.review_on) or "niet vastgelegd"),
    ]))
    if s.approved_at:
        story.append(k.p("Goedkeuring", k.h1))
        story.append(k.pairs([("Goedgekeurd door", s.approved_by_name),
                              ("Op", moment(s.approved_at)),
                              ("Toelichting", version.approval_note)]))

    matrix, domains = snap.as_matrix()
    # the snapshot keeps each type's code: seeded types get their Dutch name
    matrix = Matrix(matrix.tasks, [TypeRef(t.id, type_name(code, t.name), t.assignment)
                                   for t, (code, _n, _a) in zip(matrix.types, snap.types,
                                                                strict=True)],
                    matrix.levels)
    story.append(k.p("Wie doet wat", k.h1))
    if not matrix.tasks or not matrix.types:
        story.append(k.none("Bij deze versie hoort geen verantwoordelijkhedenmatrix."))
    else:
        findings = matrix.analyse()
        story.append(k.p(f"De verantwoordelijkhedenmatrix van {snap.team or c.team}"
                         + (f" in {snap.place}" if snap.place else "")
                         + " zoals die bij deze versie is vastgelegd.", k.body))
        story.append(Spacer(1, 2 * mm))
        story.append(_heat_map(k, matrix, domains, findings, colors, Table, TableStyle, mm))
        story.append(Spacer(1, 1.5 * mm))
        story.append(k.p(" · ".join(f"{lv.value} = {LEVEL_NAMES[lv]}" for lv in LEVEL_ORDER)
                         + " · rood omrand = bevinding, met het nummer uit de lijst hieronder.",
                         k.muted))
        story.append(k.p("Bevindingen", k.h2))
        if findings:
            story.append(k.table(["Nr.", "Bevinding", "Betreft"],
                                 [[n, RULES[f.rule], _subject(f, matrix, domains)]
                                  for n, f in enumerate(findings, start=1)], [1, 9, 5]))
        else:
            story.append(k.none("De analyse vond niets: elke taak heeft één eindverantwoordelijke "
                                "en een uitvoerder."))
        story.append(KeepTogether([k.p("Rolkaart", k.h2),
                                   _role_map(k, matrix, domains, colors, Table, TableStyle)]))
        story.append(k.p("Afgesproken verdeling van uren", k.h2))
        split_rows = [[type_name(code, name), f"{snap.splits[code]}%",
                       f"{100 - snap.splits[code]}%"]
                      for code, name, _a in snap.types if code in snap.splits]
        story.append(k.table(["Type", "Individueel", "Collectief"], split_rows, [6, 3, 3])
                     if split_rows else k.none("Er is geen verdeling afgesproken."))

    story.append(k.p("Versies", k.h1))
    story.append(k.table(["Versie", "Status", "Titel", "Goedgekeurd door", "Op"],
                         [[h.version, STATES.get(h.state.value, h.state.value), h.title,
                           h.approved_by_name, moment(h.approved_at) if h.approved_at else ""]
                          for h in history], [1.3, 2.4, 6, 3.3, 2.8]))
    story.append(k.p("Verloop van deze versie", k.h1))
    story.append(k.table(["Moment", "Stap", "Door", "Toelichting"],
                         [[moment(st.at),
                           f"{STATES.get(st.from_state, st.from_state) or 'nieuw'} → "
                           f"{STATES.get(st.to_state.value, st.to_state.value)}",
                           st.by_name, _note(st.note)] for st in version.steps], [2.8, 4, 3, 6]))

    return story


def _subject(f: Finding, matrix: Any, domains: dict) -> str:
    tasks = {t.id: t.name for t in matrix.tasks}
    types = {t.id: t.name for t in matrix.types}
    if f.task_id is not None:
        return tasks[f.task_id] + (f" · {types[f.type_id]}" if f.type_id else "")
    if f.type_id is not None:
        return types[f.type_id] + (f" ({f.count} taken)" if f.count else "")
    return domains.get(f.domain_id, "")


def _heat_map(k: Any, matrix: Any, domains: dict, findings: list[Finding], colors: Any,
              Table: Any, TableStyle: Any, mm: float) -> Any:  # noqa: N803 (ReportLab classes)
    """Tasks under their domains × types; each cell its level's colour. A finding about a task,
    a type or a domain is numbered at that row, column or heading and outlines it; a finding
    about particular cells numbers and outlines those cells."""
    rows: dict[Any, list[int]] = {}
    cols: dict[Any, list[int]] = {}
    heads: dict[Any, list[int]] = {}
    cells: dict[tuple, list[int]] = {}
    for n, f in enumerate(findings, start=1):
        if f.rule in (Rule.NO_ACCOUNTABLE, Rule.NO_RESPONSIBLE):
            rows.setdefault(f.task_id, []).append(n)
        elif f.rule is Rule.MANDATE_UNUSED:
            cols.setdefault(f.type_id, []).append(n)
        elif f.rule is Rule.NO_SHARED_OWNER:
            heads.setdefault(f.domain_id, []).append(n)
        else:
            for cell in f.cells:
                cells.setdefault(cell, []).append(n)

    def marked(text: str, marks: list[int], style: Any) -> Any:
        from reportlab.platypus import Paragraph

        note = (f" <font size=6 color='{FINDING_COLOUR}'>[{','.join(map(str, marks))}]</font>"
                if marks else "")
        return Paragraph(escape(text) + note, style)

    from reportlab.lib.styles import ParagraphStyle

    red = colors.HexColor(FINDING_COLOUR)
    # long Dutch type names must not break inside a word in a narrow column
    narrow = ParagraphStyle("narrow", parent=k.head, fontSize=7, leading=8.5, alignment=1)
    header = [k.p("Taak", k.head)] + [marked(t.name, cols.get(t.id, []), narrow)
                                      for t in matrix.types]
    data, style = [header], [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8b8b8")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef4")),
        # narrow type columns: "opbouwwerker" must not break inside the word
        ("LEFTPADDING", (1, 0), (-1, -1), 2), ("RIGHTPADDING", (1, 0), (-1, -1), 2),
    ]
    outlines = [("BOX", (col, 0), (col, -1), 1.4, red)
                for col, t in enumerate(matrix.types, start=1) if t.id in cols]
    domain, domain_row = None, 0
    for task in matrix.tasks:
        if task.domain_id != domain:
            if domain in heads:
                outlines.append(("BOX", (0, domain_row), (-1, len(data) - 1), 1.4, red))
            domain, domain_row = task.domain_id, len(data)
            data.append([marked(domains.get(domain, ""), heads.get(domain, []), k.head)]
                        + [""] * len(matrix.types))
            style += [("SPAN", (0, domain_row), (-1, domain_row)),
                      ("BACKGROUND", (0, domain_row), (-1, domain_row),
                       colors.HexColor("#f3f3f3"))]
        row = len(data)
        line = [marked(task.name + (" (beleid)" if task.policy else ""),
                       rows.get(task.id, []), k.cell)]
        if task.id in rows:
            outlines.append(("BOX", (0, row), (-1, row), 1.4, red))
        for col, ptype in enumerate(matrix.types, start=1):
            level = matrix.levels.get((task.id, ptype.id))
            marks = cells.get((task.id, ptype.id), [])
            line.append(marked(level.value if level else "", marks, k.centred))
            if level is not None:
                style.append(("BACKGROUND", (col, row), (col, row),
                              colors.HexColor(LEVEL_COLOURS[level])))
            if marks:
                outlines.append(("BOX", (col, row), (col, row), 1.4, red))
        data.append(line)
    if domain in heads:
        outlines.append(("BOX", (0, domain_row), (-1, len(data) - 1), 1.4, red))
    type_width = _type_width(k, len(matrix.types))
    table = Table(data, colWidths=[k.width - type_width * len(matrix.types)]
                  + [type_width] * len(matrix.types), repeatRows=1)
    table.setStyle(TableStyle(style + outlines))
    return table


def _role_map(k: Any, matrix: Any, domains: dict, colors: Any, Table: Any,  # noqa: N803
              TableStyle: Any) -> Any:
    """Domains down, types across (as in the matrix above): long Dutch domain names need a
    row's width, not a narrow column's."""
    from reportlab.lib.styles import ParagraphStyle

    cells = role_map(matrix.tasks, matrix.types, matrix.levels, list(domains))
    narrow = ParagraphStyle("narrow", parent=k.head, fontSize=7, leading=8.5, alignment=1)
    header = [k.p("Domein", k.head)] + [k.p(t.name, narrow) for t in matrix.types]
    data, style = [header], [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8b8b8")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef4")),
        # narrow type columns: "opbouwwerker" must not break inside the word
        ("LEFTPADDING", (1, 0), (-1, -1), 2), ("RIGHTPADDING", (1, 0), (-1, -1), 2),
    ]
    for r, (domain_id, name) in enumerate(domains.items(), start=1):
        row = [k.p(name, k.head)]
        for col, ptype in enumerate(matrix.types, start=1):
            cell = cells[(ptype.id, domain_id)]
            row.append(k.p(" ".join(f"{lv.value}{cell.counts[lv]}" for lv in LEVEL_ORDER
                                    if cell.counts.get(lv)), k.centred))
            if cell.strongest is not None:
                style.append(("BACKGROUND", (col, r), (col, r),
                              colors.HexColor(LEVEL_COLOURS[cell.strongest])))
        data.append(row)
    type_width = _type_width(k, len(matrix.types))
    table = Table(data, colWidths=[k.width - type_width * len(matrix.types)]
                  + [type_width] * len(matrix.types), repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _type_width(k: Any, types: int) -> float:
    """A type column wide enough for "opbouwwerker" in the header's small bold type."""
    from reportlab.lib.units import mm

    return min(30 * mm, (k.width * 0.7) / max(1, types))
