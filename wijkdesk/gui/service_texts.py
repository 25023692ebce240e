"""The sentences of the record services and the import, as the window translates them.

Services speak English. Fixed sentences are translated whole (context "ServiceMessages");
sentences with a variable part (a field, a line number, a count) match a pattern whose template
is translated, and the field names they carry are translated in the context "Fields".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

RECORD_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "A Dutch postcode has four digits and two letters, as "
                      "in 1234 AB."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date of birth lies in the future or before 1900."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The e-mail address is not valid."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The chosen buurt does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The chosen professional does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This resident does not exist or was erased."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A closed request needs its closing date."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only a closed request has a closing date."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A request cannot close before it opened."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This request is closed already."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This request does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A goal's target date lies before its request opened."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A plan cannot be agreed before its request opened."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This goal does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Score at least one life domain."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A self-sufficiency score lies between 1 and 5."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The duration is a whole number of minutes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A contact lasts 1 minute to 24 hours."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That request belongs to another resident."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This contact does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only the professional who recorded a contact, or a "
                      "team lead, can remove it."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Consent cannot end before it was given."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Consent cannot be withdrawn before it was given."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This consent does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This consent was withdrawn already."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A referral goes to an organisation, an activity or an "
                      "initiative."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This referral does not exist."),
    # roles and agreements
    QT_TRANSLATE_NOOP("ServiceMessages", "This version changed in the meantime (another step "
                      "came first); look at it again."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This version changed after you opened it; read it "
                      "again before you approve it."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Start a new version from the newest version or from "
                      "the one in force."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A domain with this name exists already."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This domain has a task with this name already."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This version has ended and no longer changes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An approved agreement is frozen; change it in a new "
                      "version."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This version is with the team lead for review; it "
                      "changes only after it is sent back."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An approved agreement is frozen."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The period ends before it starts."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The review date lies before the period starts."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The hours per week are more than a team has."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A level is R, A, C or I, or empty for none."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The chosen domain does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That task does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That professional type does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A professional type with this name exists already."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That matrix does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The chosen area does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A matrix is for a team, or a team in one wijk."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That task or professional type no longer exists."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The individual share is a whole percentage from 0 to "
                      "100."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say why in a note; it stays with the agreement."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The note is too long."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only a team lead, or the writer of a draft, may "
                      "withdraw it."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That agreement does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The chosen matrix does not exist."),
    # the import
    QT_TRANSLATE_NOOP("ServiceMessages", "This is a folder, not a CSV file."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file cannot be read (does it exist?)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file is empty."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file is not a text (CSV) file."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This is an Excel workbook (or another zip file), not "
                      "CSV: save it as CSV (semicolon or comma separated) first."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file names the columns but holds no residents."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The first line must name the columns, for example "
                      "achternaam;voornaam;geboortedatum;postcode."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The first line holds no known column names; it must "
                      "name the columns, for example achternaam;voornaam;geboortedatum;postcode."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Write the year of the date of birth in four digits."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date of birth is not a date in the form "
                      "dd-mm-yyyy or yyyy-mm-dd."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date of birth does not exist on the calendar."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The relation is not one of head, partner, child, "
                      "parent, other (or hoofdbewoner, partner, kind, ouder, anders)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The buurt code is not a CBS buurt code (BU and eight "
                      "digits)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The buurt code is not a buurt in this database (add "
                      "the buurt under Places first)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The row holds more values than there are columns "
                      "(check the delimiter and the quotes)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A value stands in a column without a name."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A resident with the same name, date of birth and "
                      "postcode exists already (was this file imported before?)."),
    # collective work and funding
    QT_TRANSLATE_NOOP("ServiceMessages", "Taking part cannot begin before the activity starts."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A funding source with this name exists already."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A session falls within the activity's period."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A status change cannot precede the previous one."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A stopped initiative does not change status; start a "
                      "new one."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A stopped initiative does not grow into an activity."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An activity cannot end before it starts."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An activity needs a start date."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An attachment is the content of a file."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An initiative cannot start after its status changed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An initiative's status only moves forward."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose a year to show."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose either an activity or an initiative."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Collective work belongs to a wijk or buurt."),
    QT_TRANSLATE_NOOP("ServiceMessages", "More cannot be accounted for than was paid."),
    QT_TRANSLATE_NOOP("ServiceMessages", "More cannot be paid than was granted."),
    QT_TRANSLATE_NOOP("ServiceMessages", "New or referred participants cannot outnumber all "
                      "participants."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only PDF, PNG and JPEG files can be attached."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only financial support has amounts."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only support to an initiative is marked as intensive."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sessions already recorded fall outside this period."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Support cannot be given before it was asked."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Taking part cannot end before it began."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That commitment belongs to another budget."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That number is too large for one session."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The chosen area does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The e-mail address is longer than 120 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file could not be read."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file could not be written there."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The year lies outside 2000 to 2100."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This activity does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This activity has ended."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This area does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This attachment does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This budget does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This commitment does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This commitment goes beyond the free room of the "
                      "budget; confirm it explicitly to record it."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This file is empty."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This file is too large to attach; the limit is 10 MB."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This funding source does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This initiative does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This initiator does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This is not a file that can be attached."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This participation does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This resident already takes part in this activity."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This resident stopped taking part already."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This spending goes beyond the budget; confirm the "
                      "overspend explicitly to record it."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This support item does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Time is spent on either an activity or an initiative."),
    # audit-ready exports and checking a document
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose the format pdf, csv or xlsx."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An agreement exports as PDF only; the register of "
                      "agreements also exports as CSV or XLSX."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose a resident or a professional, not both."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That profile does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file cannot be read."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file carries no wijkdesk seal, and no export from "
                      "this database wrote these bytes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file was changed after it was exported."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file carries an intact wijkdesk seal, but it was "
                      "not exported from this database, which therefore cannot confirm that it "
                      "is unaltered."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Something was added to the file after it was "
                      "exported, and it is not an intact signature."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Something was added to the file after it was "
                      "exported; checking whether it is a signature needs the optional "
                      "pyHanko."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose another folder: this one holds the database "
                      "itself."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file was changed after it was exported from this "
                      "database."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file matches its export, but this database's "
                      "audit log no longer holds the entry the file was sealed at, so the record "
                      "proves nothing."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This database recorded the export, but its audit log "
                      "is not intact, so that record proves nothing."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file is unaltered and was exported from this "
                      "database."),
    # signing an export with a professional's own certificate
    QT_TRANSLATE_NOOP("ServiceMessages", "The certificate cannot be opened: the passphrase is "
                      "wrong or the file is not a PKCS#12 certificate (.p12, .pfx)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only a PDF can be signed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Signing needs the optional package pyHanko: install "
                      "wijkdesk with pip install 'wijkdesk[signing]'."),
)

FIELDS = (
    QT_TRANSLATE_NOOP("Fields", "given name"),
    QT_TRANSLATE_NOOP("Fields", "family name"),
    QT_TRANSLATE_NOOP("Fields", "description"),
    QT_TRANSLATE_NOOP("Fields", "purpose of processing"),
    QT_TRANSLATE_NOOP("Fields", "purpose of the consent"),
    QT_TRANSLATE_NOOP("Fields", "goal"),
    QT_TRANSLATE_NOOP("Fields", "result"),
    QT_TRANSLATE_NOOP("Fields", "note"),
    QT_TRANSLATE_NOOP("Fields", "organisation"),
    QT_TRANSLATE_NOOP("Fields", "opening date"),
    QT_TRANSLATE_NOOP("Fields", "closing date"),
    QT_TRANSLATE_NOOP("Fields", "contact date"),
    QT_TRANSLATE_NOOP("Fields", "date of the assessment"),
    QT_TRANSLATE_NOOP("Fields", "date of consent"),
    QT_TRANSLATE_NOOP("Fields", "date of withdrawal"),
    QT_TRANSLATE_NOOP("Fields", "date of referral"),
    QT_TRANSLATE_NOOP("Fields", "date the plan was agreed"),
    QT_TRANSLATE_NOOP("Fields", "request status"),
    QT_TRANSLATE_NOOP("Fields", "life domain"),
    QT_TRANSLATE_NOOP("Fields", "kind of care"),
    QT_TRANSLATE_NOOP("Fields", "legal basis"),
    QT_TRANSLATE_NOOP("Fields", "goal status"),
    QT_TRANSLATE_NOOP("Fields", "contact kind"),
    QT_TRANSLATE_NOOP("Fields", "moment of scoring"),
    QT_TRANSLATE_NOOP("Fields", "referral status"),
    QT_TRANSLATE_NOOP("Fields", "household relation"),
    QT_TRANSLATE_NOOP("Fields", "reason for erasure"),
    QT_TRANSLATE_NOOP("Fields", "export format"),
    QT_TRANSLATE_NOOP("Fields", "street"),
    QT_TRANSLATE_NOOP("Fields", "house number"),
    QT_TRANSLATE_NOOP("Fields", "place"),
    QT_TRANSLATE_NOOP("Fields", "phone number"),
    QT_TRANSLATE_NOOP("Fields", "e-mail address"),
    QT_TRANSLATE_NOOP("Fields", "time spent"),
    QT_TRANSLATE_NOOP("Fields", "amount accounted for"),
    QT_TRANSLATE_NOOP("Fields", "amount asked"),
    QT_TRANSLATE_NOOP("Fields", "amount granted"),
    QT_TRANSLATE_NOOP("Fields", "amount paid"),
    QT_TRANSLATE_NOOP("Fields", "amount spent"),
    QT_TRANSLATE_NOOP("Fields", "budget"),
    QT_TRANSLATE_NOOP("Fields", "commitment"),
    QT_TRANSLATE_NOOP("Fields", "date asked"),
    QT_TRANSLATE_NOOP("Fields", "date given"),
    QT_TRANSLATE_NOOP("Fields", "date of the commitment"),
    QT_TRANSLATE_NOOP("Fields", "date of the spending"),
    QT_TRANSLATE_NOOP("Fields", "date of the status change"),
    QT_TRANSLATE_NOOP("Fields", "date worked"),
    QT_TRANSLATE_NOOP("Fields", "end of taking part"),
    QT_TRANSLATE_NOOP("Fields", "estimated saving"),
    QT_TRANSLATE_NOOP("Fields", "idea"),
    QT_TRANSLATE_NOOP("Fields", "initiative status"),
    QT_TRANSLATE_NOOP("Fields", "kind of funding source"),
    QT_TRANSLATE_NOOP("Fields", "kind of record to attach to"),
    QT_TRANSLATE_NOOP("Fields", "kind of support"),
    QT_TRANSLATE_NOOP("Fields", "label"),
    QT_TRANSLATE_NOOP("Fields", "name"),
    QT_TRANSLATE_NOOP("Fields", "name of the funding source"),
    QT_TRANSLATE_NOOP("Fields", "new participants"),
    QT_TRANSLATE_NOOP("Fields", "organiser"),
    QT_TRANSLATE_NOOP("Fields", "participants"),
    QT_TRANSLATE_NOOP("Fields", "rationale of the estimate"),
    QT_TRANSLATE_NOOP("Fields", "referred participants"),
    QT_TRANSLATE_NOOP("Fields", "scope of the consent"),
    QT_TRANSLATE_NOOP("Fields", "session date"),
    QT_TRANSLATE_NOOP("Fields", "start date"),
    QT_TRANSLATE_NOOP("Fields", "start of taking part"),
    QT_TRANSLATE_NOOP("Fields", "theme"),
    QT_TRANSLATE_NOOP("Fields", "title"),
    QT_TRANSLATE_NOOP("Fields", "volunteer minutes"),
    QT_TRANSLATE_NOOP("Fields", "volunteers"),
    QT_TRANSLATE_NOOP("Fields", "parties"),
    QT_TRANSLATE_NOOP("Fields", "team"),
    QT_TRANSLATE_NOOP("Fields", "assignment"),
    QT_TRANSLATE_NOOP("Fields", "expected results"),
    QT_TRANSLATE_NOOP("Fields", "mutual expectations"),
    QT_TRANSLATE_NOOP("Fields", "mandate and decision rights"),
    QT_TRANSLATE_NOOP("Fields", "evaluation criteria"),
    QT_TRANSLATE_NOOP("Fields", "hours per week"),
    QT_TRANSLATE_NOOP("Fields", "domain"),
    QT_TRANSLATE_NOOP("Fields", "task"),
    QT_TRANSLATE_NOOP("Fields", "professional type"),
)

# (pattern, template): a group named "field" is a field name, the others go in as they are.
TEMPLATES = (
    (re.compile(r"The (?P<field>.+) is required\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: this must be filled in.")),
    (re.compile(r"The (?P<field>.+) is longer than (\S+) characters\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: no more than %2 characters.")),
    (re.compile(r"The (?P<field>.+) lies in the future\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: this date lies in the future.")),
    (re.compile(r"The (?P<field>.+) lies before 1900\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: this date lies before 1900.")),
    (re.compile(r"That is not a known (?P<field>.+)\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: that is not one of the choices.")),
    (re.compile(r"The number of (?P<field>.+) cannot be negative\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: this number cannot be negative.")),
    (re.compile(r"The (?P<field>.+) cannot be negative or zero\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: this must be more than zero.")),
    (re.compile(r"The (?P<field>.+) cannot be negative\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: this cannot be negative.")),
    (re.compile(r"The (?P<field>.+) is a whole number of cents\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: an amount in whole cents.")),
    (re.compile(r"The (?P<field>.+) is a whole number of minutes\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: a whole number of minutes.")),
    (re.compile(r"The (?P<field>.+) is larger than any budget here\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: larger than any budget here.")),
    (re.compile(r"The (?P<field>.+) is more than a year\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: more than a year.")),
    (re.compile(r"The same resident as line (\d+) \(same name, date of birth and postcode\)\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "The same resident as line %1 (same name, date of "
                       "birth and postcode).")),
    (re.compile(r"Unknown columns?: (.+)\. Known columns are .*"),
     QT_TRANSLATE_NOOP("ServiceMessages", "Unknown column(s): %1. Use the column names of the "
                       "manual (Dutch or English).")),
    (re.compile(r"These columns appear twice: (.+)\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "These columns appear twice: %1.")),
    (re.compile(r"Required columns? (?:is|are) missing: (.+)\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "Required column(s) missing: %1.")),
    (re.compile(r"The file cannot be read as CSV near line (\d+) .*"),
     QT_TRANSLATE_NOOP("ServiceMessages", "The file cannot be read as CSV near line %1 (a quote "
                       "that is never closed?).")),
    (re.compile(r"The file holds more than (\S+) residents; split it into parts\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "The file holds more than %1 residents; split it into "
                       "parts.")),
    (re.compile(r"The file is larger than (\d+) MB; split it into parts\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "The file is larger than %1 MB; split it into "
                       "parts.")),
    (re.compile(r"The (?P<field>.+) needs a name\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: give it a name.")),
    (re.compile(r"The name of the (?P<field>.+) is too long\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1: the name is too long.")),
    # the notes the service writes itself in an agreement's trail
    (re.compile(r"from version (\d+)"),
     QT_TRANSLATE_NOOP("ServiceMessages", "from version %1")),
    (re.compile(r"by version (\d+)"),
     QT_TRANSLATE_NOOP("ServiceMessages", "replaced by version %1")),
    (re.compile(r"Version (\d+) of this agreement is still open; change that one\."),
     QT_TRANSLATE_NOOP("ServiceMessages", "Version %1 of this agreement is still open; change "
                       "that one.")),
)


def translated(text: str) -> str:
    """text in the interface language: whole, by its template, or (unknown) as it is."""
    whole = QCoreApplication.translate("ServiceMessages", text)
    if whole != text:
        return whole
    for pattern, template in TEMPLATES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        out = QCoreApplication.translate("ServiceMessages", template)
        named = set(pattern.groupindex.values())
        for number, value in enumerate(match.groups(), start=1):
            if number in named:
                value = QCoreApplication.translate("Fields", value)
                value = value[:1].upper() + value[1:]
            out = out.replace(f"%{number}", value)
        return out
    return text
