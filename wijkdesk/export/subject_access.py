"""Writers of a resident's subject access (AVG article 15): JSON for machines, a PDF for people.

They take the SubjectAccess of services.privacy (by shape: this layer does not import the
services). The PDF is for the resident, so it speaks Dutch whatever the interface language;
the JSON keeps the stored codes and the field names as keys, so that it is stable across
versions. Both are written to a temporary file beside the target and moved into place in one
rename, so a failure never leaves half a document; the temporary file only ever holds the
finished document (the PDF is laid out in memory first).
"""

from __future__ import annotations

import dataclasses
import enum
import io
import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wijkdesk.export.audit_words import AUDIT_EVENTS, FIELDS, RECORD_TYPES, dutch, person
from wijkdesk.export.files import write_atomically
from wijkdesk.export.pdf_kit import dmy, kit, moment, numbered_canvas

JSON_FORMAT = "wijkdesk.subject_access"
JSON_VERSION = 1

# Dutch names of the stored codes ---------------------------------------------------------------

# Zelfredzaamheid-Matrix
LIFE_DOMAINS = {
    "finances": "Financiën",
    "work_education": "Werk & opleiding",
    "daytime_activities": "Tijdsbesteding",
    "housing": "Huisvesting",
    "domestic_relations": "Huiselijke relaties",
    "mental_health": "Geestelijke gezondheid",
    "physical_health": "Lichamelijke gezondheid",
    "substance_use": "Middelengebruik",
    "basic_adl": "Basale ADL",
    "instrumental_adl": "Instrumentele ADL",
    "social_network": "Sociaal netwerk",
    "community_participation": "Maatschappelijke participatie",
    "justice": "Justitie",
}
REQUEST_STATUSES = {"open": "open", "active": "actief", "closed": "afgesloten"}
CARE_KINDS = {"social": "algemeen maatschappelijk werk", "youth": "jeugdhulp"}
LEGAL_BASES = {
    "wmo2015": "Wet maatschappelijke ondersteuning 2015",
    "jeugdwet": "Jeugdwet",
    "participatiewet": "Participatiewet",
    "consent": "uw toestemming",
}
GOAL_STATUSES = {
    "open": "open",
    "achieved": "bereikt",
    "partly": "deels bereikt",
    "not_achieved": "niet bereikt",
    "dropped": "vervallen",
}
SCORE_MOMENTS = {"intake": "intake", "review": "evaluatie"}
CONTACT_KINDS = {
    "home_visit": "huisbezoek",
    "phone": "telefonisch",
    "office": "op kantoor",
    "online": "online",
    "outreach": "outreachend",
}
REFERRAL_STATUSES = {
    "proposed": "voorgesteld",
    "accepted": "aangenomen",
    "completed": "afgerond",
    "declined": "afgewezen",
}
RELATIONS = {
    "head": "hoofd van het huishouden",
    "partner": "partner",
    "child": "kind",
    "parent": "ouder",
    "other": "overig",
}
# JSON ------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def to_json_dict(access: Any) -> dict[str, Any]:
    return {"format": JSON_FORMAT, "version": JSON_VERSION, **_plain(access)}


def write_json(access: Any, path: Path) -> None:
    """The subject access as UTF-8 JSON: stored codes, ISO 8601 dates, field names as keys."""
    text = json.dumps(to_json_dict(access), ensure_ascii=False, indent=2, sort_keys=True)
    write_atomically(Path(path), (text + "\n").encode("utf-8"))


# PDF -------------------------------------------------------------------------------------------

def write_pdf(access: Any, path: Path, *, fonts: Path) -> None:
    """The subject access as a Dutch PDF for the resident; fonts is the folder holding
    DejaVuSans.ttf and DejaVuSans-Bold.ttf (resources/fonts)."""
    # ReportLab costs start-up time: only an export pays for it
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer

    page_w, _page_h = A4
    margin = 18 * mm
    k = kit(Path(fonts), page_w - 2 * margin)
    body, title, h1, h2, muted = k.body, k.title, k.h1, k.h2, k.muted
    p, table, pairs, none = k.p, k.table, k.pairs, k.none
    footer = (f"Inzage in uw gegevens · gemaakt op {moment(access.generated_at)} "
              f"door {access.generated_by}")

    d = access.data
    story: list[Any] = [
        p("Inzage in uw gegevens", title),
        p(f"Voor: {access.name}", body),
        p(f"Opgesteld op {moment(access.generated_at)} door {access.generated_by}", body),
        Spacer(1, 2 * mm),
        p("U heeft gevraagd welke gegevens het wijkteam over u vastlegt (artikel 15 AVG). "
          "Hieronder staat alles wat over u is vastgelegd, en wie uw dossier heeft "
          "ingezien of gewijzigd. Klopt er iets niet, dan kunt u vragen het te verbeteren of "
          "te verwijderen.", body),
        p(f"Kenmerk van de administratie: {access.database_id}", muted),
    ]

    story.append(p("Persoonsgegevens", h1))
    address = " ".join(x for x in (d.street, d.house_number) if x)
    story.append(pairs([
        ("Achternaam", d.family_name), ("Voornaam", d.given_name),
        ("Geboortedatum", dmy(d.date_of_birth)), ("Adres", address),
        ("Postcode", d.postcode), ("Woonplaats", d.city), ("Telefoon", d.phone),
        ("E-mail", d.email), ("Buurt", access.neighbourhood),
        ("Rol in het huishouden", dutch(RELATIONS, access.relation)),
    ]))

    story.append(p("Huishouden", h1))
    if access.household:
        story.append(table(["Naam", "Relatie"],
                           [[m.name, dutch(RELATIONS, m.relation)] for m in access.household],
                           [3, 2]))
    else:
        story.append(none("Er zijn geen andere leden van uw huishouden vastgelegd."))

    story.append(p("Hulpvragen met plan en doelen", h1))
    if not access.requests:
        story.append(none("Er zijn geen hulpvragen vastgelegd."))
    for r in access.requests:
        story.append(KeepTogether([
            p(f"Hulpvraag {dutch(LIFE_DOMAINS, r.life_domain)} "
              f"({dutch(REQUEST_STATUSES, r.status)})", h2),
            pairs([("Geopend op", dmy(r.opened_on)), ("Afgesloten op", dmy(r.closed_on)),
                   ("Soort hulp", dutch(CARE_KINDS, r.care_kind)),
                   ("Grondslag", dutch(LEGAL_BASES, r.legal_basis)),
                   ("Doel van de verwerking", r.purpose),
                   ("Medewerker", r.professional or "niet vastgelegd"),
                   ("Omschrijving", r.description),
                   ("Plan afgesproken op", dmy(r.plan_agreed_on) or "geen plan")]),
        ]))
        if r.goals:
            story.append(Spacer(1, 2 * mm))
            story.append(table(["Doel", "Streefdatum", "Status", "Resultaat"],
                               [[g.goal, dmy(g.target_date), dutch(GOAL_STATUSES, g.status),
                                 g.result] for g in r.goals], [6, 2.2, 2.3, 4.5]))
        if r.scores:
            story.append(Spacer(1, 2 * mm))
            story.append(table(["Datum", "Moment", "Leefgebied (Zelfredzaamheid-Matrix)",
                                "Score (1-5)"],
                               [[dmy(s.assessed_on), dutch(SCORE_MOMENTS, s.moment),
                                 dutch(LIFE_DOMAINS, s.life_domain), s.score]
                                for s in r.scores], [2.2, 2.2, 6, 2]))

    story.append(p("Contacten", h1))
    if access.contacts:
        story.append(table(
            ["Datum", "Soort", "Duur", "Medewerker", "Hulpvraag", "Notitie"],
            [[dmy(c.occurred_on), dutch(CONTACT_KINDS, c.kind), f"{c.minutes} min",
              c.professional or "niet vastgelegd",
              dutch(LIFE_DOMAINS, c.life_domain) if c.life_domain else "geen", c.note]
             for c in access.contacts], [2.1, 2.3, 1.6, 3, 2.7, 5.5]))
    else:
        story.append(none("Er zijn geen contacten vastgelegd."))

    story.append(p("Toestemmingen", h1))
    if access.consents:
        story.append(table(["Waarvoor", "Gegeven op", "Geldig tot", "Ingetrokken op"],
                           [[c.purpose, dmy(c.given_on), dmy(c.valid_until) or "onbepaald",
                             dmy(c.withdrawn_on)] for c in access.consents], [7, 2.2, 2.2, 2.4]))
    else:
        story.append(none("Er zijn geen toestemmingen vastgelegd."))

    story.append(p("Verwijzingen", h1))
    if access.referrals:
        story.append(table(["Datum", "Naar", "Status", "Notitie"],
                           [[dmy(r.referred_on),
                             getattr(r, "target", "") or r.organisation or "een activiteit",
                             dutch(REFERRAL_STATUSES, r.status), r.note]
                            for r in access.referrals], [2.2, 5, 2.4, 5.5]))
    else:
        story.append(none("Er zijn geen verwijzingen vastgelegd."))

    story.append(p("Collectieve activiteiten", h1))
    if getattr(access, "participations", ()):
        story.append(table(["Activiteit", "Waar", "Sinds", "Tot", "Via een verwijzing"],
                           [[a.activity_title, a.place, dmy(a.since), dmy(a.until),
                             "ja" if a.via_referral else "nee"]
                            for a in access.participations], [5.5, 3.5, 2.2, 2.2, 2.5]))
    else:
        story.append(none("U doet niet mee aan activiteiten die hier zijn vastgelegd."))

    story.append(p("Wie heeft uw dossier ingezien", h1))
    story.append(p("Elke keer dat iemand uw dossier opent, aanvult of wijzigt, wordt dat "
                   "vastgelegd (NEN 7513). Dit zijn alle keren tot het moment van dit overzicht.",
                   body))
    story.append(Spacer(1, 2 * mm))
    if access.access_log:
        story.append(table(
            ["Moment", "Handeling", "Door", "Onderdeel", "Gegevens"],
            [[moment(e.at), dutch(AUDIT_EVENTS, e.event),
              _who(e.actor, e.actor_username, e.on_behalf_of),
              dutch(RECORD_TYPES, e.record_type),
              ", ".join(dutch(FIELDS, f) for f in e.fields)] for e in access.access_log],
            [2.9, 2.1, 3.6, 3.1, 4.4]))
    else:
        story.append(none("Niemand heeft uw dossier ingezien."))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin + 4 * mm,
                            title="Inzage in uw gegevens", author=access.generated_by,
                            subject="Inzage (artikel 15 AVG)", lang="nl-NL")
    doc.build(story, canvasmaker=numbered_canvas(footer, margin, page_w))
    write_atomically(Path(path), buffer.getvalue())


def _who(name: str, username: str, on_behalf_of: str | None) -> str:
    who = person(name, username, "het systeem")
    return f"{who} namens {on_behalf_of}" if on_behalf_of else who
