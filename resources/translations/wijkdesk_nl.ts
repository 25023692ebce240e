<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1. Records of a neighbourhood team, encrypted on this computer.</source>
        <translation>Versie %1. Het dossier van een wijkteam, versleuteld op deze computer.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>tellen…</translation>
    </message>
    <message>
        <source>revision %1 (current)</source>
        <translation>revisie %1 (actueel)</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>revisie %1 van %2</translation>
    </message>
    <message>
        <source>About wijkdesk</source>
        <translation>Over wijkdesk</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Back-ups:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Logbestanden:</translation>
    </message>
    <message>
        <source>Key storage:</source>
        <translation>Sleutel:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Databaseschema:</translation>
    </message>
    <message>
        <source>Audit log entries:</source>
        <translation>Regels in het auditlog:</translation>
    </message>
</context>
<context>
    <name>AccessLogExport</name>
    <message>
        <source>PDF: a sealed document</source>
        <translation>PDF: een verzegeld document</translation>
    </message>
    <message>
        <source>CSV: for a spreadsheet (semicolons)</source>
        <translation>CSV: voor een spreadsheet (puntkomma&apos;s)</translation>
    </message>
    <message>
        <source>XLSX: an Excel workbook</source>
        <translation>XLSX: een Excel-werkmap</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AccessLogExportDialog</name>
    <message>
        <source>Export access log</source>
        <translation>Toegangslog exporteren</translation>
    </message>
    <message>
        <source>The access log lists who did what, when and on whose behalf, in the order of the audit chain (NEN 7513). The export itself is recorded in the audit log.</source>
        <translation>Het toegangslog laat zien wie wat deed, wanneer en namens wie, in de volgorde van de auditketen (NEN 7513). De export zelf wordt ook in het auditlog vastgelegd.</translation>
    </message>
    <message>
        <source>Whose access</source>
        <translation>Welke toegang</translation>
    </message>
    <message>
        <source>One &amp;resident:</source>
        <translation>Eén &amp;bewoner:</translation>
    </message>
    <message>
        <source>One &amp;professional:</source>
        <translation>Eén &amp;professional:</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The &amp;whole log</source>
        <translation>Het &amp;hele log</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;Up to and including</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Without a date the log runs from its start up to now.</source>
        <translation>Zonder datum loopt het log van het begin tot nu.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>(no profiles)</source>
        <translation>(geen profielen)</translation>
    </message>
    <message>
        <source>Choose a professional.</source>
        <translation>Kies een professional.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Writing the access log…</source>
        <translation>Het toegangslog wordt geschreven…</translation>
    </message>
    <message>
        <source>Access log exported to %1: %2 row(s) on %3 page(s), signed.</source>
        <translation>Toegangslog geëxporteerd naar %1: %2 regel(s) op %3 pagina(&apos;s), ondertekend.</translation>
    </message>
    <message>
        <source>Access log exported to %1: %2 row(s) on %3 page(s).</source>
        <translation>Toegangslog geëxporteerd naar %1: %2 regel(s) op %3 pagina(&apos;s).</translation>
    </message>
    <message>
        <source>Access log exported to %1: %2 row(s).</source>
        <translation>Toegangslog geëxporteerd naar %1: %2 regel(s).</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Grow into an activity</source>
        <translation>Doorgroeien naar een activiteit</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>e.g. meeting, exercise, language café</source>
        <translation>bijv. ontmoeting, bewegen, taalcafé</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Georganiseerd door</translation>
    </message>
    <message>
        <source>Wijk or buurt</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Begint op</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Eindigt op</translation>
    </message>
</context>
<context>
    <name>AgreementDetail</name>
    <message>
        <source>Version %1 · written by %2</source>
        <translation>Versie %1 · geschreven door %2</translation>
    </message>
    <message>
        <source>Frozen — changing it makes a new version.</source>
        <translation>Vastgelegd — wijzigen maakt een nieuwe versie.</translation>
    </message>
    <message>
        <source>With the team lead for review; it changes only after it is sent back.</source>
        <translation>Ligt ter beoordeling bij de teamleider; wijzigen kan pas als hij is teruggestuurd.</translation>
    </message>
    <message>
        <source>Superseded by a newer approved version; it no longer changes.</source>
        <translation>Vervallen door een nieuwere goedgekeurde versie; deze wijzigt niet meer.</translation>
    </message>
    <message>
        <source>Withdrawn; this version no longer changes.</source>
        <translation>Ingetrokken; deze versie wijzigt niet meer.</translation>
    </message>
    <message>
        <source>As it was when this version was last written (%1). A = accountable, R = executes, C = consulted, I = informed; ● policy task.</source>
        <translation>Zoals hij was toen deze versie voor het laatst werd opgeslagen (%1). A = eindverantwoordelijk, R = uitvoerend, C = geraadpleegd, I = geïnformeerd; ● beleidstaak.</translation>
    </message>
    <message>
        <source>This version carries no matrix.</source>
        <translation>Bij deze versie hoort geen rollenmatrix.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>%1 hours per week</source>
        <translation>%1 uur per week</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>(date passed)</source>
        <translation>(datum voorbij)</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>het hele team</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Middelen</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Goedgekeurd door %1 op %2.</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>%1: %2% individual, %3% collective</source>
        <translation>%1: %2% individueel, %3% collectief</translation>
    </message>
    <message>
        <source>Agreed split of the work</source>
        <translation>Afgesproken verdeling van het werk</translation>
    </message>
    <message>
        <source>Findings in the matrix of this version</source>
        <translation>Bevindingen in de rollenmatrix van deze versie</translation>
    </message>
    <message>
        <source>made as %1</source>
        <translation>gemaakt als %1</translation>
    </message>
    <message>
        <source>Responsibility matrix of this version</source>
        <translation>Rollenmatrix van deze versie</translation>
    </message>
    <message>
        <source>Choose an agreement in the list above, or make a new one (Ctrl+N).</source>
        <translation>Kies een afspraak in de lijst hierboven, of maak een nieuwe (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement “%1”, version %2</source>
        <translation>Afspraak “%1”, versie %2</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nieuwe samenwerkingsafspraak</translation>
    </message>
    <message>
        <source>Who agree: organisations and professionals</source>
        <translation>Wie maken de afspraak: organisaties en professionals</translation>
    </message>
    <message>
        <source>Name of the team</source>
        <translation>Naam van het team</translation>
    </message>
    <message>
        <source>(the whole team, no one area)</source>
        <translation>(het hele team, geen apart gebied)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Rollenmatrix</translation>
    </message>
    <message>
        <source>(no matrix)</source>
        <translation>(geen rollenmatrix)</translation>
    </message>
    <message>
        <source>The responsibility matrix whose snapshot the agreement carries; it is taken again when the draft is saved and when it is submitted.</source>
        <translation>De rollenmatrix waarvan de afspraak een momentopname bevat; die wordt opnieuw vastgelegd bij het opslaan van het concept en bij het indienen.</translation>
    </message>
    <message>
        <source>Dates can be left empty: go below the first date, or clear the field.</source>
        <translation>Datums mogen leeg blijven: ga onder de eerste datum, of maak het veld leeg.</translation>
    </message>
    <message>
        <source>Leave empty by going below the first date</source>
        <translation>Laat leeg door onder de eerste datum te gaan</translation>
    </message>
</context>
<context>
    <name>AgreementList</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>The review date has passed</source>
        <translation>De evaluatiedatum is voorbij</translation>
    </message>
    <message>
        <source>No agreements yet. Make the first with “New agreement”.</source>
        <translation>Nog geen afspraken. Maak de eerste met “Nieuwe afspraak”.</translation>
    </message>
    <message>
        <source>No agreement matches the filter.</source>
        <translation>Geen afspraak past bij het filter.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by title, team or area (Ctrl+F)</source>
        <translation>Filter op titel, team of gebied (Ctrl+F)</translation>
    </message>
    <message>
        <source>Versions of this agreement</source>
        <translation>Versies van deze afspraak</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Verwachte resultaten</translation>
    </message>
    <message>
        <source>Mutual expectations</source>
        <translation>Wederzijdse verwachtingen</translation>
    </message>
    <message>
        <source>Mandate and decision rights</source>
        <translation>Mandaat en beslisbevoegdheid</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>Evaluatiecriteria</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Version %1 is still open; change that one.</source>
        <translation>Versie %1 staat nog open; wijzig die.</translation>
    </message>
    <message>
        <source>Only a team lead approves or sends back.</source>
        <translation>Alleen een teamleider keurt goed of stuurt terug.</translation>
    </message>
    <message>
        <source>Agreement saved as a draft.</source>
        <translation>Afspraak opgeslagen als concept.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Concept opgeslagen.</translation>
    </message>
    <message>
        <source>Version %1 made as a draft.</source>
        <translation>Versie %1 gemaakt als concept.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Indienen ter beoordeling</translation>
    </message>
    <message>
        <source>The team lead will see this version as it is now, with the matrix as it is at this moment. Until it is sent back, it cannot be changed.</source>
        <translation>De teamleider ziet deze versie zoals hij nu is, met de rollenmatrix zoals die op dit moment is. Tot hij wordt teruggestuurd, kan hij niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Ingediend ter beoordeling.</translation>
    </message>
    <message>
        <source>Send back for changes</source>
        <translation>Terugsturen voor wijzigingen</translation>
    </message>
    <message>
        <source>The version goes back to draft, so that it can be changed. Say what should change.</source>
        <translation>De versie wordt weer een concept, zodat hij kan worden gewijzigd. Zeg wat er moet veranderen.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Terugsturen</translation>
    </message>
    <message>
        <source>Sent back as a draft.</source>
        <translation>Teruggestuurd als concept.</translation>
    </message>
    <message>
        <source>Agreement approved.</source>
        <translation>Afspraak goedgekeurd.</translation>
    </message>
    <message>
        <source>Withdrawing ends this approved version: the agreement no longer applies. This cannot be undone.</source>
        <translation>Intrekken beëindigt deze goedgekeurde versie: de afspraak geldt dan niet meer. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Withdrawing ends this version for good; it cannot be undone. An earlier approved version stays in force.</source>
        <translation>Intrekken beëindigt deze versie voorgoed; dit kan niet ongedaan worden gemaakt. Een eerdere goedgekeurde versie blijft gelden.</translation>
    </message>
    <message>
        <source>Withdraw the agreement</source>
        <translation>De afspraak intrekken</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Yes, withdraw this version</source>
        <translation>Ja, trek deze versie in</translation>
    </message>
    <message>
        <source>Version withdrawn.</source>
        <translation>Versie ingetrokken.</translation>
    </message>
    <message>
        <source>Export the agreement as PDF</source>
        <translation>Afspraak als PDF exporteren</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>Writing the agreement…</source>
        <translation>De samenwerkingsafspraak wordt geschreven…</translation>
    </message>
    <message>
        <source>Agreement exported to %1 (pages: %2), signed.</source>
        <translation>Afspraak geëxporteerd naar %1 (pagina&apos;s: %2), ondertekend.</translation>
    </message>
    <message>
        <source>Agreement exported to %1 (pages: %2).</source>
        <translation>Afspraak geëxporteerd naar %1 (pagina&apos;s: %2).</translation>
    </message>
    <message>
        <source>Export the register of agreements</source>
        <translation>Register van samenwerkingsafspraken exporteren</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Register exporteren</translation>
    </message>
    <message>
        <source>Writing the register of agreements…</source>
        <translation>Het register van samenwerkingsafspraken wordt geschreven…</translation>
    </message>
    <message>
        <source>Register exported to %1 (rows: %2; pages: %3), signed.</source>
        <translation>Register geëxporteerd naar %1 (rijen: %2; pagina&apos;s: %3), ondertekend.</translation>
    </message>
    <message>
        <source>Register exported to %1 (rows: %2; pages: %3).</source>
        <translation>Register geëxporteerd naar %1 (rijen: %2; pagina&apos;s: %3).</translation>
    </message>
    <message>
        <source>Register exported to %1 (rows: %2).</source>
        <translation>Register geëxporteerd naar %1 (rijen: %2).</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Export gestopt; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nieuwe afspraak…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>New v&amp;ersion</source>
        <translation>Nieu&amp;we versie</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review…</source>
        <translation>&amp;Indienen ter beoordeling…</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Terugsturen…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Goed&amp;keuren…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Int&amp;rekken…</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>Versies verge&amp;lijken…</translation>
    </message>
    <message>
        <source>Export &amp;register…</source>
        <translation>Register e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Filter agreements</source>
        <translation>Afspraken filteren</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the agreement</source>
        <translation>De afspraak goedkeuren</translation>
    </message>
    <message>
        <source>“%1”, version %2, team %3. Once approved, this version is frozen: a change makes a new version.</source>
        <translation>“%1”, versie %2, team %3. Na goedkeuring ligt deze versie vast: een wijziging maakt een nieuwe versie.</translation>
    </message>
    <message>
        <source>The matrix of this version has findings (%1); read them in the detail before you approve.</source>
        <translation>De rollenmatrix van deze versie heeft bevindingen (%1); lees ze in de details voordat u goedkeurt.</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>Notitie bij de goedkeuring</translation>
    </message>
    <message>
        <source>What you approve and on what terms; the note stays with the agreement.</source>
        <translation>Wat u goedkeurt en onder welke voorwaarden; de notitie blijft bij de afspraak.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <source>The password of your profile (%1), asked again for the approval.</source>
        <translation>Het wachtwoord van uw profiel (%1), opnieuw gevraagd voor de goedkeuring.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Give your password again to approve.</source>
        <translation>Geef opnieuw uw wachtwoord om goed te keuren.</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
</context>
<context>
    <name>Collective</name>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>ondersteund</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>self-sustaining</source>
        <translation>zelfstandig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>financieel</translation>
    </message>
    <message>
        <source>organisational</source>
        <translation>organisatorisch</translation>
    </message>
    <message>
        <source>process support</source>
        <translation>procesbegeleiding</translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation>Wmo</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <translation>Jeugdwet</translation>
    </message>
    <message>
        <source>municipal neighbourhood budget</source>
        <translation>wijkbudget gemeente</translation>
    </message>
    <message>
        <source>foundation</source>
        <translation>fonds</translation>
    </message>
    <message>
        <source>housing corporation</source>
        <translation>woningcorporatie</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>community worker</source>
        <translation>opbouwwerker</translation>
    </message>
    <message>
        <source>area worker</source>
        <translation>gebiedswerker</translation>
    </message>
    <message>
        <source>social professional</source>
        <translation>sociaal professional</translation>
    </message>
    <message>
        <source>freelancer</source>
        <translation>zzp&apos;er</translation>
    </message>
    <message>
        <source>social entrepreneur</source>
        <translation>sociaal ondernemer</translation>
    </message>
</context>
<context>
    <name>CollectiveArea</name>
    <message>
        <source>Activities and initiatives</source>
        <translation>Activiteiten en initiatieven</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>Begroot</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Offset savings</source>
        <translation>Inverdieneffecten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Verwezen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Grew from the initiative %1</source>
        <translation>Voortgekomen uit het initiatief %1</translation>
    </message>
    <message>
        <source>%1 taking part now, %2 of them through a referral.</source>
        <translation>%1 doen nu mee, van wie %2 via een verwijzing.</translation>
    </message>
    <message>
        <source>With consent to be named: %1.</source>
        <translation>Met toestemming om genoemd te worden: %1.</translation>
    </message>
    <message>
        <source>%1 without consent to be named.</source>
        <translation>%1 zonder toestemming om de naam te tonen.</translation>
    </message>
    <message>
        <source>Hours of professionals: %1</source>
        <translation>Uren van professionals: %1</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Besteed</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Initiators</source>
        <translation>Initiatiefnemers</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Budget from a source…</source>
        <translation>Budget uit een bron…</translation>
    </message>
    <message>
        <source>Commitment…</source>
        <translation>Verplichting…</translation>
    </message>
    <message>
        <source>Spending…</source>
        <translation>Uitgave…</translation>
    </message>
    <message>
        <source>Offset saving…</source>
        <translation>Inverdieneffect…</translation>
    </message>
    <message>
        <source>Support asked…</source>
        <translation>Gevraagde ondersteuning…</translation>
    </message>
    <message>
        <source>Support given…</source>
        <translation>Gegeven ondersteuning…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Professional support</source>
        <translation>Ondersteuning door professionals</translation>
    </message>
    <message>
        <source>h</source>
        <translation>u</translation>
    </message>
    <message>
        <source>intensive</source>
        <translation>intensief</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>bijlage</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>(click one to save a copy)</source>
        <translation>(klik om een kopie op te slaan)</translation>
    </message>
    <message>
        <source>Grew into</source>
        <translation>Doorgegroeid naar</translation>
    </message>
    <message>
        <source>Give it a budget from a source first.</source>
        <translation>Geef eerst een budget uit een bron.</translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>vrij %1</translation>
    </message>
    <message>
        <source>Attach a receipt, photo or form</source>
        <translation>Bon, foto of formulier bijvoegen</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF, PNG of JPEG (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Kopie van de bijlage opslaan</translation>
    </message>
    <message>
        <source>Copy saved.</source>
        <translation>Kopie opgeslagen.</translation>
    </message>
    <message>
        <source>Search activities by title or theme</source>
        <translation>Zoek activiteiten op titel of thema</translation>
    </message>
    <message>
        <source>Search initiatives by title</source>
        <translation>Zoek initiatieven op titel</translation>
    </message>
</context>
<context>
    <name>CollectivePage</name>
    <message>
        <source>&lt;h2&gt;Activities and initiatives&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Activiteiten en initiatieven&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Nieuwe activiteit…</translation>
    </message>
    <message>
        <source>&amp;Session…</source>
        <translation>&amp;Bijeenkomst…</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>&amp;Uren…</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>&amp;Budget…</translation>
    </message>
    <message>
        <source>Resident initiatives</source>
        <translation>Bewonersinitiatieven</translation>
    </message>
    <message>
        <source>New &amp;initiative…</source>
        <translation>Nieuw &amp;initiatief…</translation>
    </message>
    <message>
        <source>S&amp;tatus…</source>
        <translation>S&amp;tatus…</translation>
    </message>
    <message>
        <source>Ini&amp;tiator…</source>
        <translation>Initia&amp;tiefnemer…</translation>
    </message>
    <message>
        <source>Su&amp;pport…</source>
        <translation>Onders&amp;teuning…</translation>
    </message>
    <message>
        <source>H&amp;ours…</source>
        <translation>U&amp;ren…</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Bijlage…</translation>
    </message>
    <message>
        <source>&amp;Grow into activity…</source>
        <translation>&amp;Doorgroeien naar activiteit…</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>Per funding source: budgeted, committed, spent and free room, over all activities and initiatives.</source>
        <translation>Per financieringsbron: begroot, verplicht, besteed en vrije ruimte, over alle activiteiten en initiatieven.</translation>
    </message>
    <message>
        <source>New &amp;source…</source>
        <translation>Nieuwe &amp;bron…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions of “%1”</source>
        <translation>Versies vergelijken van “%1”</translation>
    </message>
    <message>
        <source>&amp;Compare version</source>
        <translation>&amp;Vergelijk versie</translation>
    </message>
    <message>
        <source>&amp;with version</source>
        <translation>&amp;met versie</translation>
    </message>
    <message>
        <source>&amp;Only what changed</source>
        <translation>&amp;Alleen wat veranderde</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Versie %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Kies twee verschillende versies.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>These versions say the same.</source>
        <translation>Deze versies zeggen hetzelfde.</translation>
    </message>
    <message>
        <source>Changed: fields %1, matrix cells %2, agreed splits %3. Changed rows are marked; words taken out are struck through, words added are green.</source>
        <translation>Gewijzigd: velden %1, matrixcellen %2, afgesproken verdelingen %3. Gewijzigde rijen zijn gemarkeerd; weggehaalde woorden zijn doorgestreept, toegevoegde woorden groen.</translation>
    </message>
    <message>
        <source>Matrix cells that changed</source>
        <translation>Gewijzigde cellen van de rollenmatrix</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Agreed splits that changed</source>
        <translation>Gewijzigde afgesproken verdelingen</translation>
    </message>
    <message>
        <source>%1% individual, %2% collective</source>
        <translation>%1% individueel, %2% collectief</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>New consent of %1</source>
        <translation>Nieuwe toestemming van %1</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>e.g. sharing information with the GP</source>
        <translation>bijv. informatie delen met de huisarts</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>The resident&apos;s name may be shown to the organisers of activities they take part in</source>
        <translation>De naam van de bewoner mag worden getoond aan de organisatoren van activiteiten waaraan hij of zij meedoet</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact with %1</source>
        <translation>Nieuw contact met %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Short note</source>
        <translation>Korte notitie</translation>
    </message>
    <message>
        <source>What happened, in a few words (no more than needed)</source>
        <translation>Wat er gebeurde, in een paar woorden (niet meer dan nodig)</translation>
    </message>
</context>
<context>
    <name>ContactsArea</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Bewoner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Help question</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>%1 contacts shown</source>
        <translation>%1 contacten getoond</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>Geen contacten.</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle soorten</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&lt;h2&gt;Contacts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Contacten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <source>Only &amp;my contacts</source>
        <translation>Alleen &amp;mijn contacten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo neighbourhood</source>
        <translation>Demowijk</translation>
    </message>
</context>
<context>
    <name>DomainDialog</name>
    <message>
        <source>New domain</source>
        <translation>Nieuw domein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase the data of %1</source>
        <translation>Gegevens van %1 wissen</translation>
    </message>
    <message>
        <source>Names, address, contact details and every text in this file (questions, goals, notes, consents, referrals) are erased for good, in one step. Only anonymous facts stay for reports (dates, life domains, minutes). The audit log keeps that you erased the file, not its data. Backups made earlier still hold it until they are rotated away.</source>
        <translation>Namen, adres, contactgegevens en alle tekst in dit dossier (vragen, doelen, notities, toestemmingen, verwijzingen) worden in één stap definitief gewist. Alleen anonieme gegevens blijven voor rapportages (datums, leefgebieden, minuten). Het auditlog bewaart dat u het dossier hebt gewist, niet de gegevens. Eerder gemaakte back-ups bevatten ze nog tot die worden opgeruimd.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>the resident asked for erasure</source>
        <translation>de bewoner heeft om wissen gevraagd</translation>
    </message>
    <message>
        <source>the retention period is over</source>
        <translation>de bewaartermijn is verstreken</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>given name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>purpose of processing</source>
        <translation>doel van de verwerking</translation>
    </message>
    <message>
        <source>purpose of the consent</source>
        <translation>doel van de toestemming</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>opening date</source>
        <translation>datum van opening</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>datum van afsluiten</translation>
    </message>
    <message>
        <source>contact date</source>
        <translation>datum van het contact</translation>
    </message>
    <message>
        <source>date of the assessment</source>
        <translation>datum van de scoring</translation>
    </message>
    <message>
        <source>date of consent</source>
        <translation>datum van de toestemming</translation>
    </message>
    <message>
        <source>date of withdrawal</source>
        <translation>datum van intrekken</translation>
    </message>
    <message>
        <source>date of referral</source>
        <translation>datum van verwijzing</translation>
    </message>
    <message>
        <source>date the plan was agreed</source>
        <translation>datum van de planafspraak</translation>
    </message>
    <message>
        <source>request status</source>
        <translation>status van de hulpvraag</translation>
    </message>
    <message>
        <source>life domain</source>
        <translation>leefgebied</translation>
    </message>
    <message>
        <source>kind of care</source>
        <translation>soort ondersteuning</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <source>goal status</source>
        <translation>status van het doel</translation>
    </message>
    <message>
        <source>contact kind</source>
        <translation>soort contact</translation>
    </message>
    <message>
        <source>moment of scoring</source>
        <translation>moment van scoren</translation>
    </message>
    <message>
        <source>referral status</source>
        <translation>status van de verwijzing</translation>
    </message>
    <message>
        <source>household relation</source>
        <translation>relatie in het huishouden</translation>
    </message>
    <message>
        <source>reason for erasure</source>
        <translation>reden van wissen</translation>
    </message>
    <message>
        <source>export format</source>
        <translation>exportformaat</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>house number</source>
        <translation>huisnummer</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>time spent</source>
        <translation>bestede tijd</translation>
    </message>
    <message>
        <source>amount accounted for</source>
        <translation>verantwoord bedrag</translation>
    </message>
    <message>
        <source>amount asked</source>
        <translation>gevraagd bedrag</translation>
    </message>
    <message>
        <source>amount granted</source>
        <translation>toegekend bedrag</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>betaald bedrag</translation>
    </message>
    <message>
        <source>amount spent</source>
        <translation>besteed bedrag</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>verplichting</translation>
    </message>
    <message>
        <source>date asked</source>
        <translation>datum van de vraag</translation>
    </message>
    <message>
        <source>date given</source>
        <translation>datum van toekenning</translation>
    </message>
    <message>
        <source>date of the commitment</source>
        <translation>datum van de verplichting</translation>
    </message>
    <message>
        <source>date of the spending</source>
        <translation>datum van de uitgave</translation>
    </message>
    <message>
        <source>date of the status change</source>
        <translation>datum van de statuswijziging</translation>
    </message>
    <message>
        <source>date worked</source>
        <translation>werkdatum</translation>
    </message>
    <message>
        <source>end of taking part</source>
        <translation>einde van meedoen</translation>
    </message>
    <message>
        <source>estimated saving</source>
        <translation>geschatte besparing</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>initiative status</source>
        <translation>status van het initiatief</translation>
    </message>
    <message>
        <source>kind of funding source</source>
        <translation>soort financieringsbron</translation>
    </message>
    <message>
        <source>kind of record to attach to</source>
        <translation>soort gegeven om aan te koppelen</translation>
    </message>
    <message>
        <source>kind of support</source>
        <translation>soort ondersteuning</translation>
    </message>
    <message>
        <source>label</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>name of the funding source</source>
        <translation>naam van de financieringsbron</translation>
    </message>
    <message>
        <source>new participants</source>
        <translation>nieuwe deelnemers</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organisator</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>rationale of the estimate</source>
        <translation>onderbouwing van de schatting</translation>
    </message>
    <message>
        <source>referred participants</source>
        <translation>verwezen deelnemers</translation>
    </message>
    <message>
        <source>scope of the consent</source>
        <translation>reikwijdte van de toestemming</translation>
    </message>
    <message>
        <source>session date</source>
        <translation>datum van de bijeenkomst</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>begindatum</translation>
    </message>
    <message>
        <source>start of taking part</source>
        <translation>begin van meedoen</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>volunteer minutes</source>
        <translation>minuten vrijwilligerswerk</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>vrijwilligers</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>partijen</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>expected results</source>
        <translation>verwachte resultaten</translation>
    </message>
    <message>
        <source>mutual expectations</source>
        <translation>wederzijdse verwachtingen</translation>
    </message>
    <message>
        <source>mandate and decision rights</source>
        <translation>mandaat en beslisbevoegdheid</translation>
    </message>
    <message>
        <source>evaluation criteria</source>
        <translation>evaluatiecriteria</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>uren per week</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domein</translation>
    </message>
    <message>
        <source>task</source>
        <translation>taak</translation>
    </message>
    <message>
        <source>professional type</source>
        <translation>type professional</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up wijkdesk</source>
        <translation>wijkdesk instellen</translation>
    </message>
    <message>
        <source>Making the encrypted database…</source>
        <translation>De versleutelde database wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Support given</source>
        <translation>Gegeven ondersteuning</translation>
    </message>
    <message>
        <source>Support asked</source>
        <translation>Gevraagde ondersteuning</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation>Verantwoord</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>New resident initiative</source>
        <translation>Nieuw bewonersinitiatief</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The idea, in the initiators&apos; words</source>
        <translation>Het idee, in de woorden van de initiatiefnemers</translation>
    </message>
    <message>
        <source>Wijk or buurt</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
</context>
<context>
    <name>InitiatorDialog</name>
    <message>
        <source>Initiator (contact person)</source>
        <translation>Initiatiefnemer (contactpersoon)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>You locked wijkdesk.</source>
        <translation>U hebt wijkdesk vergrendeld.</translation>
    </message>
    <message numerus="yes">
        <source>It locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Dat gebeurde vanzelf na %n minuut zonder gebruik.</numerusform>
            <numerusform>Dat gebeurde vanzelf na %n minuten zonder gebruik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the password of profile &apos;%1&apos; to go on.</source>
        <translation>Voer het wachtwoord van profiel &apos;%1&apos; in om verder te gaan.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;wijkdesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;wijkdesk is vergrendeld&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>Vul alle velden in.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Sign in to wijkdesk</source>
        <translation>Aanmelden bij wijkdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in&lt;/b&gt;&lt;br&gt;with your wijkdesk profile.</source>
        <translation>&lt;b&gt;Aanmelden&lt;/b&gt;&lt;br&gt;met uw wijkdesk-profiel.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Database pass&amp;phrase:</source>
        <translation>Wachtwoord&amp;zin database:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Making a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Auditlog controleren</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Elke regel van het auditlog wordt gecontroleerd…</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies), none altered or missing.</source>
        <translation>
            <numerusform>Het auditlog is intact: %n regel, geen enkele gewijzigd of verdwenen.</numerusform>
            <numerusform>Het auditlog is intact: %n regels, geen enkele gewijzigd of verdwenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is NOT intact. Tell your administrator; the details below say where it breaks.</source>
        <translation>Het auditlog is NIET intact. Meld dit aan uw beheerder; de details hieronder zeggen waar het breekt.</translation>
    </message>
    <message>
        <source>The chain breaks at entry %1.</source>
        <translation>De keten breekt bij regel %1.</translation>
    </message>
    <message>
        <source>The entries agree with each other, but not with the anchor kept outside the database: entries may have been removed.</source>
        <translation>De regels kloppen onderling, maar niet met het anker buiten de database: er kunnen regels zijn verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) checked.</source>
        <translation>
            <numerusform>%n regel gecontroleerd.</numerusform>
            <numerusform>%n regels gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Technical detail (English): %1</source>
        <translation>Technisch detail (Engels): %1</translation>
    </message>
    <message>
        <source>Verification stopped.</source>
        <translation>Controle gestopt.</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Zoeken (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Export &amp;access log…</source>
        <translation>&amp;Toegangslog exporteren…</translation>
    </message>
    <message>
        <source>Check a &amp;document…</source>
        <translation>&amp;Document controleren…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Afmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Verify the audit log</source>
        <translation>Auditlog &amp;controleren</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About wijkdesk</source>
        <translation>&amp;Over wijkdesk</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Kind of work: %1</source>
        <translation>Soort werk: %1</translation>
    </message>
    <message>
        <source>Policy task</source>
        <translation>Beleidstaak</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Team name</source>
        <translation>Teamnaam</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Ge&amp;bied:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 opnieuw doen</translation>
    </message>
    <message>
        <source>Manage ta&amp;sks…</source>
        <translation>Ta&amp;ken beheren…</translation>
    </message>
    <message>
        <source>Manage t&amp;ypes…</source>
        <translation>T&amp;ypen beheren…</translation>
    </message>
    <message>
        <source>Responsibility matrix</source>
        <translation>Verantwoordelijkhedenmatrix</translation>
    </message>
    <message>
        <source>Type R, A, C or I on the chosen cells; Delete clears them, Space steps to the next level, F2 or a double click chooses from a list.</source>
        <translation>Typ R, A, C of I op de gekozen cellen; Delete maakt ze leeg, spatie gaat naar het volgende niveau, F2 of dubbelklikken kiest uit een lijst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreed split of individual and collective work&lt;/b&gt;</source>
        <translation>&lt;b&gt;Afgesproken verdeling van individueel en collectief werk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Agreed split</source>
        <translation>Afgesproken verdeling</translation>
    </message>
    <message>
        <source>Actual shares come from the hours recorded in the last twelve months, in the matrix&apos;s wijk or the whole gemeente.</source>
        <translation>Het werkelijke aandeel komt uit de uren die de afgelopen twaalf maanden zijn vastgelegd, in de wijk van de matrix of in de hele gemeente.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>executes</source>
        <translation>voert uit</translation>
    </message>
    <message>
        <source>accountable (mandate)</source>
        <translation>eindverantwoordelijk (mandaat)</translation>
    </message>
    <message>
        <source>consulted</source>
        <translation>geraadpleegd</translation>
    </message>
    <message>
        <source>informed</source>
        <translation>geïnformeerd</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>bevinding</translation>
    </message>
    <message>
        <source>concerned by a finding</source>
        <translation>betrokken bij een bevinding</translation>
    </message>
    <message>
        <source>No team has a matrix yet. Type a team name and press Enter to start one.</source>
        <translation>Nog geen team heeft een matrix. Typ een teamnaam en druk op Enter om er een te beginnen.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <source>Read only: your role cannot change the matrix.</source>
        <translation>Alleen lezen: uw rol kan de matrix niet wijzigen.</translation>
    </message>
    <message>
        <source>change of %1 cells</source>
        <translation>wijziging van %1 cellen</translation>
    </message>
    <message>
        <source>change of a cell</source>
        <translation>wijziging van een cel</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Geen bevindingen</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 bevinding</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 bevindingen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Agreed individual</source>
        <translation>Afgesproken individueel</translation>
    </message>
    <message>
        <source>Actual individual</source>
        <translation>Werkelijk individueel</translation>
    </message>
    <message>
        <source>Hours individual</source>
        <translation>Uren individueel</translation>
    </message>
    <message>
        <source>Hours collective</source>
        <translation>Uren collectief</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>niet afgesproken</translation>
    </message>
    <message>
        <source>The agreed share of individual work in percent; one step below 0 % means nothing is agreed.</source>
        <translation>Het afgesproken aandeel individueel werk in procenten; één stap onder 0 % betekent dat er niets is afgesproken.</translation>
    </message>
    <message>
        <source>change of an agreed split</source>
        <translation>wijziging van een afgesproken verdeling</translation>
    </message>
    <message>
        <source>Agreed split saved.</source>
        <translation>Afgesproken verdeling opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel mislukte pogingen. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel mislukte pogingen. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the profile is disabled.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet, of het profiel is uitgeschakeld.</translation>
    </message>
    <message>
        <source>The password is wrong, so nothing was approved. Type your own password again.</source>
        <translation>Het wachtwoord klopt niet, dus er is niets goedgekeurd. Typ uw eigen wachtwoord opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase does not open this database. Check it and try again.</source>
        <translation>Deze wachtwoordzin opent de database niet. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The operating system&apos;s keyring, which holds the key to this database, cannot be reached. Unlock it (or sign in to your computer account again) and retry.</source>
        <translation>De sleutelbos van het besturingssysteem, waarin de sleutel van deze database staat, is niet bereikbaar. Ontgrendel hem (of meld u opnieuw aan op uw computer) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a wijkdesk database. Restore a backup with the command &apos;wijkdesk backup restore&apos;.</source>
        <translation>Het databasebestand is beschadigd of is geen wijkdesk-database. Zet een back-up terug met de opdracht &apos;wijkdesk backup restore&apos;.</translation>
    </message>
    <message>
        <source>This database was written by a newer wijkdesk. Install that version to open it.</source>
        <translation>Deze database is geschreven door een nieuwere wijkdesk. Installeer die versie om hem te openen.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>De schijf is vol. Er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Uw rol staat dit niet toe.</translation>
    </message>
    <message>
        <source>Stopped. Nothing of it was kept.</source>
        <translation>Gestopt. Er is niets van bewaard.</translation>
    </message>
    <message>
        <source>The backup could not be made. Check the free disk space and that the backups folder can be written; the database itself is unchanged.</source>
        <translation>De back-up kon niet worden gemaakt. Controleer de vrije schijfruimte en of de map voor back-ups beschrijfbaar is; de database zelf is ongewijzigd.</translation>
    </message>
    <message>
        <source>Something went wrong that wijkdesk did not expect. Nothing was changed; the log file tells the technical details (without personal data).</source>
        <translation>Er ging iets mis dat wijkdesk niet verwachtte. Er is niets gewijzigd; het logbestand bevat de technische details (zonder persoonsgegevens).</translation>
    </message>
    <message>
        <source>What was filled in is not valid.</source>
        <translation>Wat is ingevuld, is niet geldig.</translation>
    </message>
    <message>
        <source>This clashes with what is already recorded; nothing was changed.</source>
        <translation>Dit botst met wat al is vastgelegd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This no longer exists.</source>
        <translation>Dit bestaat niet meer.</translation>
    </message>
    <message>
        <source>wijkdesk cannot do this on this computer right now. The log file names the kind of problem; nothing was changed.</source>
        <translation>wijkdesk kan dit nu niet op deze computer. Het logbestand noemt de soort probleem; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>Spending</source>
        <translation>Uitgave</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Verplichting</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Record it even beyond the budget (confirmed)</source>
        <translation>Ook boven het budget vastleggen (bevestigd)</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodArea</name>
    <message>
        <source>Neighbourhoods</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <source>%1 residents, %2 of them with a help question</source>
        <translation>%1 bewoners, van wie %2 met een hulpvraag</translation>
    </message>
    <message>
        <source>%1 open and %2 active questions</source>
        <translation>%1 open en %2 actieve hulpvragen</translation>
    </message>
    <message>
        <source>%1 contacts, %2 hours</source>
        <translation>%1 contacten, %2 uur</translation>
    </message>
    <message>
        <source>Most asked about: %1</source>
        <translation>Meest gevraagd: %1</translation>
    </message>
    <message>
        <source>%1 activities, %2 sessions</source>
        <translation>%1 activiteiten, %2 bijeenkomsten</translation>
    </message>
    <message>
        <source>%1 visits, %2 of them new, %3 referred</source>
        <translation>%1 bezoeken, %2 nieuw, %3 verwezen</translation>
    </message>
    <message>
        <source>%1 participants now, %2 through a referral</source>
        <translation>%1 deelnemers nu, %2 via een verwijzing</translation>
    </message>
    <message>
        <source>%1 volunteer hours</source>
        <translation>%1 uur vrijwilligerswerk</translation>
    </message>
    <message>
        <source>%1 resident initiatives</source>
        <translation>%1 bewonersinitiatieven</translation>
    </message>
    <message>
        <source>Budgeted %1</source>
        <translation>Begroot %1</translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation>Verplicht %1</translation>
    </message>
    <message>
        <source>Spent %1</source>
        <translation>Besteed %1</translation>
    </message>
    <message>
        <source>Free room %1</source>
        <translation>Vrije ruimte %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Individual support</source>
        <translation>Individuele ondersteuning</translation>
    </message>
    <message>
        <source>Collective work</source>
        <translation>Collectief werk</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodPage</name>
    <message>
        <source>&lt;h2&gt;Neighbourhoods&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Buurten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Gebied:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Individual support</source>
        <translation>Individuele ondersteuning</translation>
    </message>
    <message>
        <source>Collective work</source>
        <translation>Collectief werk</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hours of professionals: individual and collective work per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uren van professionals: individueel en collectief werk per maand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Professional type:</source>
        <translation>Soort &amp;professional:</translation>
    </message>
    <message>
        <source>Professional type</source>
        <translation>Soort professional</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Notitie (verplicht)</translation>
    </message>
    <message>
        <source>Why, in a sentence or two; the note stays with the agreement&apos;s trail.</source>
        <translation>Waarom, in een zin of twee; de notitie blijft bij het verloop van de afspraak.</translation>
    </message>
    <message>
        <source>Optional: what the team lead should look at</source>
        <translation>Optioneel: waar de teamleider naar moet kijken</translation>
    </message>
</context>
<context>
    <name>OffsetDialog</name>
    <message>
        <source>Offset saving</source>
        <translation>Inverdieneffect</translation>
    </message>
    <message>
        <source>Lands in the budget of</source>
        <translation>Komt ten goede aan het budget van</translation>
    </message>
    <message>
        <source>Estimated saving</source>
        <translation>Geschatte besparing</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>How it is estimated, and why</source>
        <translation>Hoe het is geschat, en waarom</translation>
    </message>
</context>
<context>
    <name>OverviewArea</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher), %1.</source>
        <translation>Versleuteld (SQLCipher), %1.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>%1 entries, hash-chained.</source>
        <translation>%1 regels, met hashketen.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>In this database</source>
        <translation>In deze database</translation>
    </message>
    <message>
        <source>Residents:</source>
        <translation>Bewoners:</translation>
    </message>
    <message>
        <source>Households:</source>
        <translation>Huishoudens:</translation>
    </message>
    <message>
        <source>Districts and neighbourhoods:</source>
        <translation>Gebieden (gemeente, wijken, buurten):</translation>
    </message>
    <message>
        <source>Professionals:</source>
        <translation>Professionals:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profielen:</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Beveiliging:</translation>
    </message>
    <message>
        <source>Latest backup:</source>
        <translation>Laatste back-up:</translation>
    </message>
    <message>
        <source>Audit log:</source>
        <translation>Auditlog:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Sign with your certificate</source>
        <translation>Ondertekenen met uw certificaat</translation>
    </message>
    <message>
        <source>The PDF is signed with your certificate, so that any PDF reader shows who signed it. Type the passphrase of the certificate; it is used for this export only and not kept.</source>
        <translation>De PDF wordt ondertekend met uw certificaat, zodat elke PDF-lezer laat zien wie hem ondertekende. Typ de wachtwoordzin van het certificaat; die wordt alleen voor deze export gebruikt en niet bewaard.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificaat:</translation>
    </message>
    <message>
        <source>Passphrase of the certificate</source>
        <translation>Wachtwoordzin van het certificaat</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <source>&amp;Without signing</source>
        <translation>&amp;Zonder ondertekening</translation>
    </message>
    <message>
        <source>The certificate file is not found. Choose it again in Settings, or export without signing.</source>
        <translation>Het certificaatbestand is niet gevonden. Kies het opnieuw bij Instellingen, of exporteer zonder ondertekening.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Export subject access</source>
        <translation>Inzage exporteren</translation>
    </message>
    <message>
        <source>PDF for the resident (*.pdf)</source>
        <translation>PDF voor de bewoner (*.pdf)</translation>
    </message>
    <message>
        <source>JSON for systems (*.json)</source>
        <translation>JSON voor systemen (*.json)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nieuw wachtwoord voor %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your profile</source>
        <translation>Uw profiel</translation>
    </message>
    <message>
        <source>You will be the administrator.</source>
        <translation>U wordt de beheerder.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>ProfilesArea</name>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Profile %1 added.</source>
        <translation>Profiel %1 toegevoegd.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nieuw wachtwoord ingesteld voor %1.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol van %1:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <source>Profile %1 disabled; it can no longer sign in.</source>
        <translation>Profiel %1 uitgeschakeld; het kan zich niet meer aanmelden.</translation>
    </message>
    <message>
        <source>Profile %1 enabled again.</source>
        <translation>Profiel %1 weer ingeschakeld.</translation>
    </message>
</context>
<context>
    <name>ProfilesModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Laatst aangemeld</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&lt;h2&gt;Profiles&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Profielen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nieuw profiel…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>Raci</name>
    <message>
        <source>executes (R)</source>
        <translation>voert uit (R)</translation>
    </message>
    <message>
        <source>accountable, holds the mandate (A)</source>
        <translation>eindverantwoordelijk, heeft het mandaat (A)</translation>
    </message>
    <message>
        <source>consulted (C)</source>
        <translation>wordt geraadpleegd (C)</translation>
    </message>
    <message>
        <source>informed (I)</source>
        <translation>wordt geïnformeerd (I)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No one accountable: %1</source>
        <translation>Niemand eindverantwoordelijk: %1</translation>
    </message>
    <message>
        <source>No type holds the mandate (A) for this task, so nobody decides or answers for it.</source>
        <translation>Geen type heeft het mandaat (A) voor deze taak, dus niemand beslist erover of legt er verantwoording over af.</translation>
    </message>
    <message>
        <source>No one executes: %1</source>
        <translation>Niemand voert uit: %1</translation>
    </message>
    <message>
        <source>No type is responsible (R) for doing this task; it may not happen at all.</source>
        <translation>Geen type is uitvoerend (R) voor deze taak; misschien gebeurt hij helemaal niet.</translation>
    </message>
    <message>
        <source>Several accountable: %1</source>
        <translation>Meerdere eindverantwoordelijken: %1</translation>
    </message>
    <message>
        <source>More than one type holds the mandate (A): it is unclear who decides.</source>
        <translation>Meer dan één type heeft het mandaat (A): het is onduidelijk wie beslist.</translation>
    </message>
    <message>
        <source>Heavy load: %1</source>
        <translation>Zware belasting: %1</translation>
    </message>
    <message>
        <source>This type executes or is accountable for more tasks than one role can carry (more than half of all tasks).</source>
        <translation>Dit type voert meer taken uit of is voor meer taken eindverantwoordelijk dan één rol kan dragen (meer dan de helft van alle taken).</translation>
    </message>
    <message>
        <source>Free assignment with a mandate: %1</source>
        <translation>Vrije opdracht met een mandaat: %1</translation>
    </message>
    <message>
        <source>A type with a free assignment holds the mandate (A) for a policy task; a free assignment carries no mandate.</source>
        <translation>Een type met een vrije opdracht heeft het mandaat (A) voor een beleidstaak; een vrije opdracht draagt geen mandaat.</translation>
    </message>
    <message>
        <source>Mandate unused: %1</source>
        <translation>Mandaat niet gebruikt: %1</translation>
    </message>
    <message>
        <source>This type works with a mandate but is accountable (A) for no task.</source>
        <translation>Dit type werkt met een mandaat, maar is voor geen enkele taak eindverantwoordelijk (A).</translation>
    </message>
    <message>
        <source>No shared owner: %1</source>
        <translation>Geen gedeelde eigenaar: %1</translation>
    </message>
    <message>
        <source>No type executes or is accountable for both the individual and the collective tasks of this domain, so signals do not cross between them.</source>
        <translation>Geen type voert zowel de individuele als de collectieve taken van dit domein uit of is ervoor eindverantwoordelijk, dus signalen gaan niet van de ene kant naar de andere.</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individueel</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>collectief</translation>
    </message>
    <message>
        <source>individual and collective</source>
        <translation>individueel en collectief</translation>
    </message>
    <message>
        <source>free assignment</source>
        <translation>vrije opdracht</translation>
    </message>
    <message>
        <source>mandate</source>
        <translation>mandaat</translation>
    </message>
    <message>
        <source>contracted</source>
        <translation>ingehuurd</translation>
    </message>
    <message>
        <source>own enterprise</source>
        <translation>eigen onderneming</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>ter beoordeling</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wacht op goedkeuring</translation>
    </message>
    <message>
        <source>review date passed</source>
        <translation>evaluatiedatum verstreken</translation>
    </message>
    <message>
        <source>review within 30 days</source>
        <translation>evaluatie binnen 30 dagen</translation>
    </message>
    <message>
        <source>%1 (%2 tasks)</source>
        <translation>%1 (%2 taken)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>(no help question)</source>
        <translation>(geen hulpvraag)</translation>
    </message>
    <message>
        <source>Help question</source>
        <translation>Hulpvraag</translation>
    </message>
</context>
<context>
    <name>ReferToActivityDialog</name>
    <message>
        <source>Refer %1 to an activity or initiative</source>
        <translation>%1 verwijzen naar een activiteit of initiatief</translation>
    </message>
    <message>
        <source>Initiative: %1</source>
        <translation>Initiatief: %1</translation>
    </message>
    <message>
        <source>Activity or initiative</source>
        <translation>Activiteit of initiatief</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Verwezen op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral of %1</source>
        <translation>Nieuwe verwijzing van %1</translation>
    </message>
    <message>
        <source>To organisation</source>
        <translation>Naar organisatie</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Verwezen op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Help question of %1</source>
        <translation>Hulpvraag van %1</translation>
    </message>
    <message>
        <source>New help question of %1</source>
        <translation>Nieuwe hulpvraag van %1</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Question in the resident&apos;s words</source>
        <translation>Vraag in de woorden van de bewoner</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Soort ondersteuning</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Purpose of processing</source>
        <translation>Doel van de verwerking</translation>
    </message>
    <message>
        <source>Support with this help question</source>
        <translation>Ondersteuning bij deze hulpvraag</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Gegevens van %1</translation>
    </message>
    <message>
        <source>New member of the household of %1</source>
        <translation>Nieuw lid van het huishouden van %1</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Nieuwe bewoner</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>In the household</source>
        <translation>In het huishouden</translation>
    </message>
</context>
<context>
    <name>ResidentFilePage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>Nieuw &amp;contact…</translation>
    </message>
    <message>
        <source>New &amp;help question…</source>
        <translation>Nieuwe &amp;hulpvraag…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Help questions and plan</source>
        <translation>Hulpvragen en plan</translation>
    </message>
    <message>
        <source>Help questions</source>
        <translation>Hulpvragen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan and goals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan en doelen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit question…</source>
        <translation>Vraag &amp;wijzigen…</translation>
    </message>
    <message>
        <source>New &amp;goal…</source>
        <translation>Nieuw &amp;doel…</translation>
    </message>
    <message>
        <source>&amp;Scores…</source>
        <translation>&amp;Scores…</translation>
    </message>
    <message>
        <source>C&amp;lose question…</source>
        <translation>Vraag af&amp;sluiten…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Newest first. Double-click a row or press Enter to read its whole note.</source>
        <translation>Nieuwste eerst. Dubbelklik op een regel of druk op Enter om de hele notitie te lezen.</translation>
    </message>
    <message>
        <source>Re&amp;move contact…</source>
        <translation>Contact &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Consents and referrals</source>
        <translation>Toestemmingen en verwijzingen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toestemmingen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New c&amp;onsent…</source>
        <translation>Nieuwe &amp;toestemming…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Referrals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verwijzingen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Nieuwe &amp;verwijzing…</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectief</translation>
    </message>
    <message>
        <source>Activities the resident takes part in, and whether a referral led there.</source>
        <translation>Activiteiten waaraan de bewoner meedoet, en of een verwijzing daartoe leidde.</translation>
    </message>
    <message>
        <source>Refer to an &amp;activity…</source>
        <translation>Verwijzen naar een &amp;activiteit…</translation>
    </message>
    <message>
        <source>Collective participation</source>
        <translation>Collectieve deelname</translation>
    </message>
</context>
<context>
    <name>ResidentFileView</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Help question</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>born %1 (%2 years)</source>
        <translation>geboren %1 (%2 jaar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Through a referral</source>
        <translation>Via een verwijzing</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>No help question yet. Add one with “New help question”.</source>
        <translation>Nog geen hulpvraag. Voeg er een toe met “Nieuwe hulpvraag”.</translation>
    </message>
    <message>
        <source>%1 · purpose: %2 · ground: %3</source>
        <translation>%1 · doel: %2 · grondslag: %3</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact opgeslagen.</translation>
    </message>
    <message>
        <source>Contact of %1</source>
        <translation>Contact van %1</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <source>Remove the contact of %1 (%2 min)? Its note is erased.</source>
        <translation>Het contact van %1 (%2 min) verwijderen? De notitie wordt gewist.</translation>
    </message>
    <message>
        <source>Contact removed.</source>
        <translation>Contact verwijderd.</translation>
    </message>
    <message>
        <source>Help question saved.</source>
        <translation>Hulpvraag opgeslagen.</translation>
    </message>
    <message>
        <source>Goal saved.</source>
        <translation>Doel opgeslagen.</translation>
    </message>
    <message>
        <source>Scores saved.</source>
        <translation>Scores opgeslagen.</translation>
    </message>
    <message>
        <source>Close help question</source>
        <translation>Hulpvraag afsluiten</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Help question closed.</source>
        <translation>Hulpvraag afgesloten.</translation>
    </message>
    <message>
        <source>Consent saved.</source>
        <translation>Toestemming opgeslagen.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Toestemming ingetrokken.</translation>
    </message>
    <message>
        <source>Referral saved.</source>
        <translation>Verwijzing opgeslagen.</translation>
    </message>
    <message>
        <source>Referred.</source>
        <translation>Verwezen.</translation>
    </message>
    <message>
        <source>Refer to an activity</source>
        <translation>Verwijzen naar een activiteit</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Gegevens opgeslagen.</translation>
    </message>
    <message>
        <source>Household member added.</source>
        <translation>Huishoudlid toegevoegd.</translation>
    </message>
    <message>
        <source>Subject access exported.</source>
        <translation>Inzage geëxporteerd.</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Gegevens wijzigen…</translation>
    </message>
    <message>
        <source>Add household member…</source>
        <translation>Huishoudlid toevoegen…</translation>
    </message>
    <message>
        <source>Export subject access as PDF…</source>
        <translation>Inzage exporteren als PDF…</translation>
    </message>
    <message>
        <source>Export subject access as JSON…</source>
        <translation>Inzage exporteren als JSON…</translation>
    </message>
    <message>
        <source>Export access log…</source>
        <translation>Toegangslog exporteren…</translation>
    </message>
    <message>
        <source>Erase this resident&apos;s data…</source>
        <translation>Gegevens van deze bewoner wissen…</translation>
    </message>
</context>
<context>
    <name>ResidentsArea</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Alle buurten</translation>
    </message>
    <message>
        <source>%1 residents shown</source>
        <translation>%1 bewoners getoond</translation>
    </message>
    <message>
        <source>No resident matches.</source>
        <translation>Geen bewoner gevonden.</translation>
    </message>
    <message>
        <source>Resident file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The resident&apos;s data was erased.</source>
        <translation>De gegevens van de bewoner zijn gewist.</translation>
    </message>
    <message>
        <source>Import residents from a spreadsheet</source>
        <translation>Bewoners importeren uit een spreadsheet</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>Bewoners importeren</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Het bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>The file has %1 problem(s); nothing was imported. Correct them in the spreadsheet and try again.</source>
        <translation>Het bestand bevat %1 probleem/problemen; er is niets geïmporteerd. Verbeter ze in de spreadsheet en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Importing %1 residents…</source>
        <translation>%1 bewoners worden geïmporteerd…</translation>
    </message>
    <message>
        <source>Imported %1 residents in %2 households.</source>
        <translation>%1 bewoners in %2 huishoudens geïmporteerd.</translation>
    </message>
    <message>
        <source>Any help question</source>
        <translation>Alle bewoners</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Hulpvraag %1</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>&lt;h2&gt;Residents&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bewoners&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation>&amp;Nieuwe bewoner…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Past &amp;retention…</source>
        <translation>Bewaar&amp;termijn verstreken…</translation>
    </message>
    <message>
        <source>Search by name, address or postcode</source>
        <translation>Zoek op naam, adres of postcode</translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation>Bewoners zoeken</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Status of help questions</source>
        <translation>Status van hulpvragen</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Aan &amp;mij toegewezen</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Past the retention period</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Retention ended</source>
        <translation>Bewaartermijn verstreken op</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Op grond van</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <source>Remove old &amp;loose contacts</source>
        <translation>Oude &amp;losse contacten verwijderen</translation>
    </message>
    <message>
        <source>Looking for files past their retention period…</source>
        <translation>Dossiers met een verstreken bewaartermijn worden gezocht…</translation>
    </message>
    <message>
        <source>youth care question</source>
        <translation>hulpvraag jeugdhulp</translation>
    </message>
    <message>
        <source>social work question</source>
        <translation>hulpvraag maatschappelijk werk</translation>
    </message>
    <message>
        <source>contacts without a question</source>
        <translation>contacten zonder hulpvraag</translation>
    </message>
    <message>
        <source>registration only</source>
        <translation>alleen inschrijving</translation>
    </message>
    <message>
        <source>%1 file(s) are past their retention period. Open one to check it, then erase it.</source>
        <translation>Van %1 dossier(s) is de bewaartermijn verstreken. Open een dossier om het te controleren en wis het daarna.</translation>
    </message>
    <message>
        <source>No file is past its retention period.</source>
        <translation>Van geen enkel dossier is de bewaartermijn verstreken.</translation>
    </message>
    <message>
        <source>%1 contact(s) without a help question, of %2 resident(s) still in care, are past their retention period.</source>
        <translation>Van %1 contact(en) zonder hulpvraag, van %2 bewoner(s) die nog in zorg zijn, is de bewaartermijn verstreken.</translation>
    </message>
    <message>
        <source>Remove old loose contacts</source>
        <translation>Oude losse contacten verwijderen</translation>
    </message>
    <message>
        <source>Remove them? Their notes are erased for good; dates and minutes stay for reports.</source>
        <translation>Verwijderen? De notities worden definitief gewist; datums en minuten blijven voor rapportages.</translation>
    </message>
    <message>
        <source>%1 contact(s) removed.</source>
        <translation>%1 contact(en) verwijderd.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export review dates</source>
        <translation>Evaluatiedata exporteren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 review dates exported to the calendar file.</source>
        <translation>%1 evaluatiedata geëxporteerd naar het agendabestand.</translation>
    </message>
    <message>
        <source>Agreements awaiting a team lead&apos;s approval, and approved agreements whose review date has passed or falls within 30 days. Double-click or press Enter to open one.</source>
        <translation>Afspraken die wachten op goedkeuring door een teamleider, en goedgekeurde afspraken waarvan de evaluatiedatum voorbij is of binnen 30 dagen valt. Dubbelklik of druk op Enter om er een te openen.</translation>
    </message>
    <message>
        <source>Export review dates (iCalendar)…</source>
        <translation>Evaluatiedata exporteren (iCalendar)…</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Niets te beoordelen</translation>
    </message>
</context>
<context>
    <name>RoleCharts</name>
    <message>
        <source>Who does what: %1</source>
        <translation>Wie doet wat: %1</translation>
    </message>
    <message>
        <source>Responsibility matrix on %1</source>
        <translation>Rollenmatrix op %1</translation>
    </message>
    <message>
        <source>Role map: %1</source>
        <translation>Rolkaart: %1</translation>
    </message>
    <message>
        <source>Colour: the strongest level a type holds in the domain. Text: on how many tasks it holds each level, for example A2 R1.</source>
        <translation>Kleur: de sterkste rol die een type in het domein heeft. Tekst: bij hoeveel taken het elke rol heeft, bijvoorbeeld A2 R1.</translation>
    </message>
    <message>
        <source>Individual and collective work, agreed and actual: %1</source>
        <translation>Individueel en collectief werk, afgesproken en werkelijk: %1</translation>
    </message>
    <message>
        <source>finding (the number refers to the list below)</source>
        <translation>bevinding (het nummer verwijst naar de lijst hieronder)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>No findings: every rule of the analysis is met.</source>
        <translation>Geen bevindingen: de matrix voldoet aan elke regel van de analyse.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>beleid</translation>
    </message>
    <message>
        <source>The matrix has no tasks or professional types yet.</source>
        <translation>De matrix heeft nog geen taken of typen professionals.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>holds no level on this domain&apos;s tasks</source>
        <translation>heeft geen rol bij de taken van dit domein</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>afgesproken</translation>
    </message>
    <message>
        <source>actual, %1 h</source>
        <translation>werkelijk, %1 uur</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>werkelijk</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>niet afgesproken</translation>
    </message>
    <message>
        <source>no hours recorded in the last 12 months</source>
        <translation>geen uren vastgelegd in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>loading hours…</source>
        <translation>uren worden geladen…</translation>
    </message>
    <message>
        <source>individual work: contacts with residents</source>
        <translation>individueel werk: contacten met bewoners</translation>
    </message>
    <message>
        <source>collective work: activities and initiatives</source>
        <translation>collectief werk: activiteiten en initiatieven</translation>
    </message>
    <message>
        <source>share of the hours (%)</source>
        <translation>aandeel van de uren (%)</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>De afbeelding kon niet worden opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>RoleMapPage</name>
    <message>
        <source>Open a team&apos;s matrix to see its role map and how its hours are split.</source>
        <translation>Open de matrix van een team om de rolkaart en de verdeling van de uren te zien.</translation>
    </message>
    <message>
        <source>Individual and collective work: agreed, and as recorded in the last 12 months</source>
        <translation>Individueel en collectief werk: afgesproken, en zoals vastgelegd in de afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Export &amp;heat map as PNG…</source>
        <translation>&amp;Heatmap exporteren als PNG…</translation>
    </message>
    <message>
        <source>Export &amp;role map as PNG…</source>
        <translation>&amp;Rolkaart exporteren als PNG…</translation>
    </message>
    <message>
        <source>Export &amp;split as PNG…</source>
        <translation>&amp;Verdeling exporteren als PNG…</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Rolkaart</translation>
    </message>
    <message>
        <source>Split of hours</source>
        <translation>Verdeling van de uren</translation>
    </message>
    <message>
        <source>Export the heat map</source>
        <translation>Heatmap exporteren</translation>
    </message>
    <message>
        <source>Export the role map</source>
        <translation>Rolkaart exporteren</translation>
    </message>
    <message>
        <source>Export the split of hours</source>
        <translation>Verdeling van de uren exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Picture saved.</source>
        <translation>Afbeelding opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>team member</source>
        <translation>teamlid</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>teamleider</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>key in the OS keyring</source>
        <translation>sleutel in de sleutelbos van het besturingssysteem</translation>
    </message>
    <message>
        <source>protected by a passphrase</source>
        <translation>beveiligd met een wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>RolesArea</name>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Rolkaart</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Roles and agreements</source>
        <translation>Rollen en afspraken</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <source>Self-sufficiency scores</source>
        <translation>Zelfredzaamheidsscores</translation>
    </message>
    <message>
        <source>1 = acute problems, 5 = fully self-sufficient. Leave a domain at “not scored” when the question does not concern it.</source>
        <translation>1 = acute problematiek, 5 = volledig zelfredzaam. Laat een domein op “niet gescoord” staan als de vraag er niet over gaat.</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Gescoord op</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>A user name has 3 to 64 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Een gebruikersnaam heeft 3 tot 64 tekens: kleine letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A display name has 1 to 120 characters.</source>
        <translation>Een naam heeft 1 tot 120 tekens.</translation>
    </message>
    <message>
        <source>A password needs at least 10 characters.</source>
        <translation>Een wachtwoord heeft minstens 10 tekens.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Een wachtwoord kan niet alleen uit spaties bestaan.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 12 characters.</source>
        <translation>Een wachtwoordzin heeft minstens 12 tekens.</translation>
    </message>
    <message>
        <source>That user name is taken; choose another.</source>
        <translation>Die gebruikersnaam bestaat al; kies een andere.</translation>
    </message>
    <message>
        <source>That profile does not exist.</source>
        <translation>Dat profiel bestaat niet.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another profile administrator first.</source>
        <translation>Dit is de laatste actieve beheerder; maak eerst een ander profiel beheerder.</translation>
    </message>
    <message>
        <source>You cannot disable your own profile.</source>
        <translation>U kunt uw eigen profiel niet uitschakelen.</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation>U kunt uw eigen rol niet wijzigen; vraag een andere beheerder.</translation>
    </message>
    <message>
        <source>The idle lock takes 1 to 60 minutes.</source>
        <translation>De vergrendeling na inactiviteit is 1 tot 60 minuten.</translation>
    </message>
    <message>
        <source>Keep the daily backups of 1 to 90 days.</source>
        <translation>Bewaar de dagelijkse back-ups van 1 tot 90 dagen.</translation>
    </message>
    <message>
        <source>Keep the weekly backups of 0 to 104 weeks.</source>
        <translation>Bewaar de wekelijkse back-ups van 0 tot 104 weken.</translation>
    </message>
    <message>
        <source>This database already has profiles; sign in to add more.</source>
        <translation>Deze database heeft al profielen; meld u aan om er meer toe te voegen.</translation>
    </message>
    <message>
        <source>Keep youth care requests 1 to 100 years after closure.</source>
        <translation>Bewaar hulpvragen jeugdhulp 1 tot 100 jaar na afsluiting.</translation>
    </message>
    <message>
        <source>Keep social work requests 1 to 100 years after closure.</source>
        <translation>Bewaar hulpvragen maatschappelijk werk 1 tot 100 jaar na afsluiting.</translation>
    </message>
    <message>
        <source>Keep contacts without a request 1 to 100 years.</source>
        <translation>Bewaar contacten zonder hulpvraag 1 tot 100 jaar.</translation>
    </message>
    <message>
        <source>A Dutch postcode has four digits and two letters, as in 1234 AB.</source>
        <translation>Een Nederlandse postcode heeft vier cijfers en twee letters, zoals 1234 AB.</translation>
    </message>
    <message>
        <source>The date of birth lies in the future or before 1900.</source>
        <translation>De geboortedatum ligt in de toekomst of vóór 1900.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Het e-mailadres is niet geldig.</translation>
    </message>
    <message>
        <source>The chosen buurt does not exist.</source>
        <translation>De gekozen buurt bestaat niet.</translation>
    </message>
    <message>
        <source>The chosen professional does not exist.</source>
        <translation>De gekozen professional bestaat niet.</translation>
    </message>
    <message>
        <source>This resident does not exist or was erased.</source>
        <translation>Deze bewoner bestaat niet of is gewist.</translation>
    </message>
    <message>
        <source>A closed request needs its closing date.</source>
        <translation>Een afgesloten hulpvraag heeft een datum van afsluiten nodig.</translation>
    </message>
    <message>
        <source>Only a closed request has a closing date.</source>
        <translation>Alleen een afgesloten hulpvraag heeft een datum van afsluiten.</translation>
    </message>
    <message>
        <source>A request cannot close before it opened.</source>
        <translation>Een hulpvraag kan niet worden afgesloten voordat hij is geopend.</translation>
    </message>
    <message>
        <source>This request is closed already.</source>
        <translation>Deze hulpvraag is al afgesloten.</translation>
    </message>
    <message>
        <source>This request does not exist.</source>
        <translation>Deze hulpvraag bestaat niet.</translation>
    </message>
    <message>
        <source>A goal&apos;s target date lies before its request opened.</source>
        <translation>De streefdatum van een doel ligt vóór de opening van de hulpvraag.</translation>
    </message>
    <message>
        <source>A plan cannot be agreed before its request opened.</source>
        <translation>Een plan kan niet zijn afgesproken voordat de hulpvraag is geopend.</translation>
    </message>
    <message>
        <source>This goal does not exist.</source>
        <translation>Dit doel bestaat niet.</translation>
    </message>
    <message>
        <source>Score at least one life domain.</source>
        <translation>Scoor ten minste één leefgebied.</translation>
    </message>
    <message>
        <source>A self-sufficiency score lies between 1 and 5.</source>
        <translation>Een zelfredzaamheidsscore ligt tussen 1 en 5.</translation>
    </message>
    <message>
        <source>The duration is a whole number of minutes.</source>
        <translation>De duur is een heel aantal minuten.</translation>
    </message>
    <message>
        <source>A contact lasts 1 minute to 24 hours.</source>
        <translation>Een contact duurt 1 minuut tot 24 uur.</translation>
    </message>
    <message>
        <source>That request belongs to another resident.</source>
        <translation>Die hulpvraag hoort bij een andere bewoner.</translation>
    </message>
    <message>
        <source>This contact does not exist.</source>
        <translation>Dit contact bestaat niet.</translation>
    </message>
    <message>
        <source>Only the professional who recorded a contact, or a team lead, can remove it.</source>
        <translation>Alleen de professional die het contact vastlegde, of een teamleider, kan het verwijderen.</translation>
    </message>
    <message>
        <source>Consent cannot end before it was given.</source>
        <translation>Toestemming kan niet eindigen voordat ze is gegeven.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation>Toestemming kan niet worden ingetrokken voordat ze is gegeven.</translation>
    </message>
    <message>
        <source>This consent does not exist.</source>
        <translation>Deze toestemming bestaat niet.</translation>
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation>Deze toestemming is al ingetrokken.</translation>
    </message>
    <message>
        <source>A referral goes to an organisation, an activity or an initiative.</source>
        <translation>Een verwijzing gaat naar een organisatie, een activiteit of een initiatief.</translation>
    </message>
    <message>
        <source>This referral does not exist.</source>
        <translation>Deze verwijzing bestaat niet.</translation>
    </message>
    <message>
        <source>This version has ended and no longer changes.</source>
        <translation>Deze versie is beëindigd en verandert niet meer.</translation>
    </message>
    <message>
        <source>An approved agreement is frozen; change it in a new version.</source>
        <translation>Een goedgekeurde afspraak ligt vast; wijzig haar in een nieuwe versie.</translation>
    </message>
    <message>
        <source>This version is with the team lead for review; it changes only after it is sent back.</source>
        <translation>Deze versie ligt ter beoordeling bij de teamleider; zij verandert pas als ze is teruggestuurd.</translation>
    </message>
    <message>
        <source>An approved agreement is frozen.</source>
        <translation>Een goedgekeurde afspraak ligt vast.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat zij begint.</translation>
    </message>
    <message>
        <source>The review date lies before the period starts.</source>
        <translation>De evaluatiedatum ligt vóór het begin van de periode.</translation>
    </message>
    <message>
        <source>The hours per week are more than a team has.</source>
        <translation>Het aantal uren per week is meer dan een team heeft.</translation>
    </message>
    <message>
        <source>A level is R, A, C or I, or empty for none.</source>
        <translation>Een niveau is R, A, C of I, of leeg voor geen.</translation>
    </message>
    <message>
        <source>The chosen domain does not exist.</source>
        <translation>Het gekozen domein bestaat niet.</translation>
    </message>
    <message>
        <source>That task does not exist.</source>
        <translation>Die taak bestaat niet.</translation>
    </message>
    <message>
        <source>That professional type does not exist.</source>
        <translation>Dat type professional bestaat niet.</translation>
    </message>
    <message>
        <source>A professional type with this name exists already.</source>
        <translation>Er is al een type professional met deze naam.</translation>
    </message>
    <message>
        <source>That matrix does not exist.</source>
        <translation>Die matrix bestaat niet.</translation>
    </message>
    <message>
        <source>A matrix is for a team, or a team in one wijk.</source>
        <translation>Een matrix hoort bij een team, of bij een team in één wijk.</translation>
    </message>
    <message>
        <source>That task or professional type no longer exists.</source>
        <translation>Die taak of dat type professional bestaat niet meer.</translation>
    </message>
    <message>
        <source>The individual share is a whole percentage from 0 to 100.</source>
        <translation>Het individuele deel is een heel percentage van 0 tot 100.</translation>
    </message>
    <message>
        <source>Say why in a note; it stays with the agreement.</source>
        <translation>Zeg in een toelichting waarom; die blijft bij de afspraak.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>De toelichting is te lang.</translation>
    </message>
    <message>
        <source>Only a team lead, or the writer of a draft, may withdraw it.</source>
        <translation>Alleen een teamleider, of wie het concept schreef, mag het intrekken.</translation>
    </message>
    <message>
        <source>That agreement does not exist.</source>
        <translation>Die afspraak bestaat niet.</translation>
    </message>
    <message>
        <source>The chosen matrix does not exist.</source>
        <translation>De gekozen matrix bestaat niet.</translation>
    </message>
    <message>
        <source>This is a folder, not a CSV file.</source>
        <translation>Dit is een map, geen CSV-bestand.</translation>
    </message>
    <message>
        <source>The file cannot be read (does it exist?).</source>
        <translation>Het bestand kan niet worden gelezen (bestaat het?).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file.</source>
        <translation>Het bestand is geen tekstbestand (CSV).</translation>
    </message>
    <message>
        <source>This is an Excel workbook (or another zip file), not CSV: save it as CSV (semicolon or comma separated) first.</source>
        <translation>Dit is een Excel-werkmap (of een ander zip-bestand), geen CSV: sla het eerst op als CSV (gescheiden door puntkomma&apos;s of komma&apos;s).</translation>
    </message>
    <message>
        <source>The file names the columns but holds no residents.</source>
        <translation>Het bestand noemt de kolommen maar bevat geen bewoners.</translation>
    </message>
    <message>
        <source>The first line must name the columns, for example achternaam;voornaam;geboortedatum;postcode.</source>
        <translation>De eerste regel moet de kolommen noemen, bijvoorbeeld achternaam;voornaam;geboortedatum;postcode.</translation>
    </message>
    <message>
        <source>The first line holds no known column names; it must name the columns, for example achternaam;voornaam;geboortedatum;postcode.</source>
        <translation>De eerste regel bevat geen bekende kolomnamen; hij moet de kolommen noemen, bijvoorbeeld achternaam;voornaam;geboortedatum;postcode.</translation>
    </message>
    <message>
        <source>Write the year of the date of birth in four digits.</source>
        <translation>Schrijf het jaar van de geboortedatum in vier cijfers.</translation>
    </message>
    <message>
        <source>The date of birth is not a date in the form dd-mm-yyyy or yyyy-mm-dd.</source>
        <translation>De geboortedatum is geen datum in de vorm dd-mm-jjjj of jjjj-mm-dd.</translation>
    </message>
    <message>
        <source>The date of birth does not exist on the calendar.</source>
        <translation>Die geboortedatum bestaat niet op de kalender.</translation>
    </message>
    <message>
        <source>The relation is not one of head, partner, child, parent, other (or hoofdbewoner, partner, kind, ouder, anders).</source>
        <translation>De relatie is niet een van hoofdbewoner, partner, kind, ouder, anders (of head, partner, child, parent, other).</translation>
    </message>
    <message>
        <source>The buurt code is not a CBS buurt code (BU and eight digits).</source>
        <translation>De buurtcode is geen CBS-buurtcode (BU en acht cijfers).</translation>
    </message>
    <message>
        <source>The buurt code is not a buurt in this database (add the buurt under Places first).</source>
        <translation>De buurtcode hoort niet bij een buurt in deze database (voeg de buurt eerst toe).</translation>
    </message>
    <message>
        <source>The row holds more values than there are columns (check the delimiter and the quotes).</source>
        <translation>De regel bevat meer waarden dan er kolommen zijn (controleer het scheidingsteken en de aanhalingstekens).</translation>
    </message>
    <message>
        <source>A value stands in a column without a name.</source>
        <translation>Er staat een waarde in een kolom zonder naam.</translation>
    </message>
    <message>
        <source>A resident with the same name, date of birth and postcode exists already (was this file imported before?).</source>
        <translation>Er bestaat al een bewoner met dezelfde naam, geboortedatum en postcode (is dit bestand al eerder geïmporteerd?).</translation>
    </message>
    <message>
        <source>Taking part cannot begin before the activity starts.</source>
        <translation>Meedoen kan niet beginnen voordat de activiteit start.</translation>
    </message>
    <message>
        <source>A funding source with this name exists already.</source>
        <translation>Er bestaat al een financieringsbron met deze naam.</translation>
    </message>
    <message>
        <source>A session falls within the activity&apos;s period.</source>
        <translation>Een bijeenkomst valt binnen de looptijd van de activiteit.</translation>
    </message>
    <message>
        <source>A status change cannot precede the previous one.</source>
        <translation>Een statuswijziging kan niet vóór de vorige liggen.</translation>
    </message>
    <message>
        <source>A stopped initiative does not change status; start a new one.</source>
        <translation>Een gestopt initiatief verandert niet meer van status; begin een nieuw initiatief.</translation>
    </message>
    <message>
        <source>A stopped initiative does not grow into an activity.</source>
        <translation>Een gestopt initiatief groeit niet door naar een activiteit.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>Een activiteit kan niet eindigen voordat ze begint.</translation>
    </message>
    <message>
        <source>An activity needs a start date.</source>
        <translation>Een activiteit heeft een begindatum nodig.</translation>
    </message>
    <message>
        <source>An attachment is the content of a file.</source>
        <translation>Een bijlage is de inhoud van een bestand.</translation>
    </message>
    <message>
        <source>An initiative cannot start after its status changed.</source>
        <translation>Een initiatief kan niet starten na een statuswijziging.</translation>
    </message>
    <message>
        <source>An initiative&apos;s status only moves forward.</source>
        <translation>De status van een initiatief gaat alleen vooruit.</translation>
    </message>
    <message>
        <source>Choose a year to show.</source>
        <translation>Kies een jaar om te tonen.</translation>
    </message>
    <message>
        <source>Choose either an activity or an initiative.</source>
        <translation>Kies een activiteit of een initiatief.</translation>
    </message>
    <message>
        <source>Collective work belongs to a wijk or buurt.</source>
        <translation>Collectief werk hoort bij een wijk of buurt.</translation>
    </message>
    <message>
        <source>More cannot be accounted for than was paid.</source>
        <translation>Er kan niet meer worden verantwoord dan er is betaald.</translation>
    </message>
    <message>
        <source>More cannot be paid than was granted.</source>
        <translation>Er kan niet meer worden betaald dan er is toegekend.</translation>
    </message>
    <message>
        <source>New or referred participants cannot outnumber all participants.</source>
        <translation>Nieuwe of verwezen deelnemers kunnen niet meer zijn dan alle deelnemers.</translation>
    </message>
    <message>
        <source>Only PDF, PNG and JPEG files can be attached.</source>
        <translation>Alleen PDF-, PNG- en JPEG-bestanden kunnen worden bijgevoegd.</translation>
    </message>
    <message>
        <source>Only financial support has amounts.</source>
        <translation>Alleen financiële ondersteuning heeft bedragen.</translation>
    </message>
    <message>
        <source>Only support to an initiative is marked as intensive.</source>
        <translation>Alleen ondersteuning van een initiatief wordt als intensief gemarkeerd.</translation>
    </message>
    <message>
        <source>Sessions already recorded fall outside this period.</source>
        <translation>Al vastgelegde bijeenkomsten vallen buiten deze periode.</translation>
    </message>
    <message>
        <source>Support cannot be given before it was asked.</source>
        <translation>Ondersteuning kan niet worden gegeven voordat ze is gevraagd.</translation>
    </message>
    <message>
        <source>Taking part cannot end before it began.</source>
        <translation>Meedoen kan niet eindigen voordat het begon.</translation>
    </message>
    <message>
        <source>That commitment belongs to another budget.</source>
        <translation>Die verplichting hoort bij een ander budget.</translation>
    </message>
    <message>
        <source>That number is too large for one session.</source>
        <translation>Dat aantal is te groot voor één bijeenkomst.</translation>
    </message>
    <message>
        <source>Choose the format pdf, csv or xlsx.</source>
        <translation>Kies het formaat pdf, csv of xlsx.</translation>
    </message>
    <message>
        <source>An agreement exports as PDF only; the register of agreements also exports as CSV or XLSX.</source>
        <translation>Een afspraak wordt alleen als PDF geëxporteerd; het register van afspraken kan ook als CSV of XLSX.</translation>
    </message>
    <message>
        <source>Choose a resident or a professional, not both.</source>
        <translation>Kies een bewoner of een professional, niet allebei.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file carries no wijkdesk seal, and no export from this database wrote these bytes.</source>
        <translation>Het bestand heeft geen wijkdesk-zegel, en geen export uit deze database heeft precies dit bestand geschreven.</translation>
    </message>
    <message>
        <source>The file was changed after it was exported.</source>
        <translation>Het bestand is na de export gewijzigd.</translation>
    </message>
    <message>
        <source>The file was changed after it was exported from this database.</source>
        <translation>Het bestand is gewijzigd nadat het uit deze database werd geëxporteerd.</translation>
    </message>
    <message>
        <source>This database recorded the export, but its audit log is not intact, so that record proves nothing.</source>
        <translation>Deze database heeft de export vastgelegd, maar het auditlog is niet intact; die vastlegging bewijst dus niets.</translation>
    </message>
    <message>
        <source>The file is unaltered and was exported from this database.</source>
        <translation>Het bestand is ongewijzigd en uit deze database geëxporteerd.</translation>
    </message>
    <message>
        <source>The certificate cannot be opened: the passphrase is wrong or the file is not a PKCS#12 certificate (.p12, .pfx).</source>
        <translation>Het certificaat kan niet worden geopend: de wachtwoordzin is onjuist of het bestand is geen PKCS#12-certificaat (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Only a PDF can be signed.</source>
        <translation>Alleen een PDF kan worden ondertekend.</translation>
    </message>
    <message>
        <source>Signing needs the optional package pyHanko: install wijkdesk with pip install &apos;wijkdesk[signing]&apos;.</source>
        <translation>Voor ondertekenen is het optionele pakket pyHanko nodig: installeer wijkdesk met pip install &apos;wijkdesk[signing]&apos;.</translation>
    </message>
    <message>
        <source>%1: give it a name.</source>
        <translation>%1: geef een naam.</translation>
    </message>
    <message>
        <source>%1: the name is too long.</source>
        <translation>%1: de naam is te lang.</translation>
    </message>
    <message>
        <source>from version %1</source>
        <translation>vanuit versie %1</translation>
    </message>
    <message>
        <source>replaced by version %1</source>
        <translation>vervangen door versie %1</translation>
    </message>
    <message>
        <source>Version %1 of this agreement is still open; change that one.</source>
        <translation>Versie %1 van deze afspraak is nog open; wijzig die.</translation>
    </message>
    <message>
        <source>The chosen area does not exist.</source>
        <translation>Het gekozen gebied bestaat niet.</translation>
    </message>
    <message>
        <source>This version changed in the meantime (another step came first); look at it again.</source>
        <translation>Deze versie is intussen veranderd (iemand anders zette al een stap); bekijk haar opnieuw.</translation>
    </message>
    <message>
        <source>This version changed after you opened it; read it again before you approve it.</source>
        <translation>Deze versie is veranderd nadat u haar opende; lees haar opnieuw voordat u haar goedkeurt.</translation>
    </message>
    <message>
        <source>Start a new version from the newest version or from the one in force.</source>
        <translation>Begin een nieuwe versie vanuit de nieuwste versie of vanuit de versie die geldt.</translation>
    </message>
    <message>
        <source>A domain with this name exists already.</source>
        <translation>Er is al een domein met deze naam.</translation>
    </message>
    <message>
        <source>This domain has a task with this name already.</source>
        <translation>Dit domein heeft al een taak met deze naam.</translation>
    </message>
    <message>
        <source>The e-mail address is longer than 120 characters.</source>
        <translation>Het e-mailadres is langer dan 120 tekens.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>Het bestand kon daar niet worden geschreven.</translation>
    </message>
    <message>
        <source>The year lies outside 2000 to 2100.</source>
        <translation>Het jaar ligt buiten 2000 tot 2100.</translation>
    </message>
    <message>
        <source>This activity does not exist.</source>
        <translation>Deze activiteit bestaat niet.</translation>
    </message>
    <message>
        <source>This activity has ended.</source>
        <translation>Deze activiteit is afgelopen.</translation>
    </message>
    <message>
        <source>This area does not exist.</source>
        <translation>Dit gebied bestaat niet.</translation>
    </message>
    <message>
        <source>This attachment does not exist.</source>
        <translation>Deze bijlage bestaat niet.</translation>
    </message>
    <message>
        <source>This budget does not exist.</source>
        <translation>Dit budget bestaat niet.</translation>
    </message>
    <message>
        <source>This commitment does not exist.</source>
        <translation>Deze verplichting bestaat niet.</translation>
    </message>
    <message>
        <source>This commitment goes beyond the free room of the budget; confirm it explicitly to record it.</source>
        <translation>Deze verplichting gaat boven de vrije ruimte van het budget; bevestig dat uitdrukkelijk om haar vast te leggen.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Dit bestand is leeg.</translation>
    </message>
    <message>
        <source>This file is too large to attach; the limit is 10 MB.</source>
        <translation>Dit bestand is te groot om bij te voegen; de grens is 10 MB.</translation>
    </message>
    <message>
        <source>This funding source does not exist.</source>
        <translation>Deze financieringsbron bestaat niet.</translation>
    </message>
    <message>
        <source>This initiative does not exist.</source>
        <translation>Dit initiatief bestaat niet.</translation>
    </message>
    <message>
        <source>This initiator does not exist.</source>
        <translation>Deze initiatiefnemer bestaat niet.</translation>
    </message>
    <message>
        <source>This is not a file that can be attached.</source>
        <translation>Dit is geen bestand dat kan worden bijgevoegd.</translation>
    </message>
    <message>
        <source>This participation does not exist.</source>
        <translation>Deze deelname bestaat niet.</translation>
    </message>
    <message>
        <source>This resident already takes part in this activity.</source>
        <translation>Deze bewoner doet al mee aan deze activiteit.</translation>
    </message>
    <message>
        <source>This resident stopped taking part already.</source>
        <translation>Deze bewoner is al gestopt met meedoen.</translation>
    </message>
    <message>
        <source>This spending goes beyond the budget; confirm the overspend explicitly to record it.</source>
        <translation>Deze uitgave gaat boven het budget; bevestig de overschrijding uitdrukkelijk om haar vast te leggen.</translation>
    </message>
    <message>
        <source>This support item does not exist.</source>
        <translation>Deze ondersteuning bestaat niet.</translation>
    </message>
    <message>
        <source>Time is spent on either an activity or an initiative.</source>
        <translation>Tijd wordt besteed aan een activiteit of aan een initiatief.</translation>
    </message>
    <message>
        <source>The file carries an intact wijkdesk seal, but it was not exported from this database, which therefore cannot confirm that it is unaltered.</source>
        <translation>Het bestand draagt een intact wijkdesk-zegel, maar is niet uit deze database geëxporteerd; deze database kan dus niet bevestigen dat het ongewijzigd is.</translation>
    </message>
    <message>
        <source>Something was added to the file after it was exported, and it is not an intact signature.</source>
        <translation>Na de export is iets aan het bestand toegevoegd, en dat is geen intacte handtekening.</translation>
    </message>
    <message>
        <source>Something was added to the file after it was exported; checking whether it is a signature needs the optional pyHanko.</source>
        <translation>Na de export is iets aan het bestand toegevoegd; om na te gaan of dat een handtekening is, is het optionele pyHanko nodig.</translation>
    </message>
    <message>
        <source>Choose another folder: this one holds the database itself.</source>
        <translation>Kies een andere map: in deze map staat de database zelf.</translation>
    </message>
    <message>
        <source>The file matches its export, but this database&apos;s audit log no longer holds the entry the file was sealed at, so the record proves nothing.</source>
        <translation>Het bestand komt overeen met de export, maar het auditlog van deze database bevat niet meer de regel waarop het bestand is verzegeld; die vastlegging bewijst dus niets.</translation>
    </message>
    <message>
        <source>%1: this must be filled in.</source>
        <translation>%1: dit moet worden ingevuld.</translation>
    </message>
    <message>
        <source>%1: no more than %2 characters.</source>
        <translation>%1: niet meer dan %2 tekens.</translation>
    </message>
    <message>
        <source>%1: this date lies in the future.</source>
        <translation>%1: deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>%1: this date lies before 1900.</source>
        <translation>%1: deze datum ligt vóór 1900.</translation>
    </message>
    <message>
        <source>%1: that is not one of the choices.</source>
        <translation>%1: dat is geen van de keuzes.</translation>
    </message>
    <message>
        <source>%1: this number cannot be negative.</source>
        <translation>%1: dit aantal kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1: this must be more than zero.</source>
        <translation>%1: dit moet meer dan nul zijn.</translation>
    </message>
    <message>
        <source>%1: this cannot be negative.</source>
        <translation>%1: dit kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1: an amount in whole cents.</source>
        <translation>%1: een bedrag in hele centen.</translation>
    </message>
    <message>
        <source>%1: a whole number of minutes.</source>
        <translation>%1: een heel aantal minuten.</translation>
    </message>
    <message>
        <source>%1: larger than any budget here.</source>
        <translation>%1: groter dan elk budget hier.</translation>
    </message>
    <message>
        <source>%1: more than a year.</source>
        <translation>%1: meer dan een jaar.</translation>
    </message>
    <message>
        <source>The same resident as line %1 (same name, date of birth and postcode).</source>
        <translation>Dezelfde bewoner als op regel %1 (zelfde naam, geboortedatum en postcode).</translation>
    </message>
    <message>
        <source>Unknown column(s): %1. Use the column names of the manual (Dutch or English).</source>
        <translation>Onbekende kolom(men): %1. Gebruik de kolomnamen uit de handleiding (Nederlands of Engels).</translation>
    </message>
    <message>
        <source>These columns appear twice: %1.</source>
        <translation>Deze kolommen staan er twee keer in: %1.</translation>
    </message>
    <message>
        <source>Required column(s) missing: %1.</source>
        <translation>Verplichte kolom(men) ontbreken: %1.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV near line %1 (a quote that is never closed?).</source>
        <translation>Het bestand kan rond regel %1 niet als CSV worden gelezen (een aanhalingsteken dat niet wordt gesloten?).</translation>
    </message>
    <message>
        <source>The file holds more than %1 residents; split it into parts.</source>
        <translation>Het bestand bevat meer dan %1 bewoners; splits het in delen.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into parts.</source>
        <translation>Het bestand is groter dan %1 MB; splits het in delen.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session of %1</source>
        <translation>Bijeenkomst van %1</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Of whom new</source>
        <translation>Van wie nieuw</translation>
    </message>
    <message>
        <source>Of whom referred</source>
        <translation>Van wie verwezen</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Uren vrijwilligers</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Exports as PDF are signed with it, so any PDF reader shows who signed them. Its passphrase is asked at each export and never stored.</source>
        <translation>Exports als PDF worden ermee ondertekend, zodat elke PDF-lezer laat zien wie ze ondertekende. De wachtwoordzin wordt bij elke export gevraagd en nooit opgeslagen.</translation>
    </message>
    <message>
        <source>Signing is not available on this computer.</source>
        <translation>Ondertekenen is op deze computer niet beschikbaar.</translation>
    </message>
    <message>
        <source>Choose your certificate for signing</source>
        <translation>Kies uw certificaat voor ondertekenen</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx)</source>
        <translation>PKCS#12-certificaten (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>These hold for every profile on this database and are recorded in the audit log.</source>
        <translation>Deze gelden voor elk profiel op deze database en worden vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <source>Only an administrator can change these.</source>
        <translation>Alleen een beheerder kan deze wijzigen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Certificate for signing:</source>
        <translation>&amp;Certificaat voor ondertekenen:</translation>
    </message>
    <message>
        <source>None: exports are not signed</source>
        <translation>Geen: exports worden niet ondertekend</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation>Voor iedereen die deze database gebruikt</translation>
    </message>
    <message>
        <source>&amp;Organisation (printed on the cover of every export):</source>
        <translation>&amp;Organisatie (staat op het voorblad van elke export):</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>&amp;Vergrendelen na inactiviteit:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups of:</source>
        <translation>&amp;Dagelijkse back-ups bewaren:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups of:</source>
        <translation>&amp;Wekelijkse back-ups bewaren:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Keep &amp;youth care records:</source>
        <translation>Bewaar &amp;jeugdhulp:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Keep &amp;social work records:</source>
        <translation>Bewaar &amp;maatschappelijk werk:</translation>
    </message>
    <message>
        <source>Keep contacts &amp;without a question:</source>
        <translation>Bewaar contacten &amp;zonder hulpvraag:</translation>
    </message>
    <message>
        <source>Records are kept this long after a help question closes (contacts without one: after the contact); then they are listed for review and erasure.</source>
        <translation>Gegevens worden zo lang bewaard na het afsluiten van een hulpvraag (contacten zonder hulpvraag: na het contact); daarna verschijnen ze in de lijst om te beoordelen en te wissen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SnapshotTable</name>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>● policy task</source>
        <translation>● beleidstaak</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>New funding source</source>
        <translation>Nieuwe financieringsbron</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status of the initiative</source>
        <translation>Status van het initiatief</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Waar uw gegevens staan</translation>
    </message>
    <message>
        <source>The database, its daily backups and a log without personal data are kept in this folder of your computer account:</source>
        <translation>De database, de dagelijkse back-ups en een logbestand zonder persoonsgegevens staan in deze map van uw computeraccount:</translation>
    </message>
    <message>
        <source>Looking for the keyring of this computer…</source>
        <translation>wijkdesk zoekt de sleutelbos van deze computer…</translation>
    </message>
    <message>
        <source>A random key locks the database. It is kept in the keyring of your operating system, which opens it when you sign in to your computer.</source>
        <translation>Een willekeurige sleutel vergrendelt de database. Die staat in de sleutelbos van uw besturingssysteem, die hem opent als u zich aanmeldt op uw computer.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase of at least %n characters locks the database. You give it each time wijkdesk starts. Nobody can recover it: keep it safe.</source>
        <translation>
            <numerusform>Een wachtwoordzin van minstens %n teken vergrendelt de database. U geeft hem elke keer dat wijkdesk start. Niemand kan hem herstellen: bewaar hem goed.</numerusform>
            <numerusform>Een wachtwoordzin van minstens %n tekens vergrendelt de database. U geeft hem elke keer dat wijkdesk start. Niemand kan hem herstellen: bewaar hem goed.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so a passphrase protects the database.</source>
        <translation>Deze computer heeft geen bruikbare sleutelbos, dus een wachtwoordzin beveiligt de database.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Werk en opleiding</translation>
    </message>
    <message>
        <source>Daytime activities</source>
        <translation>Dagbesteding</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Domestic relations</source>
        <translation>Huiselijke relaties</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Geestelijke gezondheid</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Middelengebruik</translation>
    </message>
    <message>
        <source>Basic daily living</source>
        <translation>Basale ADL</translation>
    </message>
    <message>
        <source>Instrumental daily living</source>
        <translation>Instrumentele ADL</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Community participation</source>
        <translation>Maatschappelijke participatie</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justitie</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>General social work</source>
        <translation>Algemeen maatschappelijk werk</translation>
    </message>
    <message>
        <source>Youth care</source>
        <translation>Jeugdhulp</translation>
    </message>
    <message>
        <source>Public task: Wmo 2015</source>
        <translation>Publieke taak: Wmo 2015</translation>
    </message>
    <message>
        <source>Public task: Jeugdwet</source>
        <translation>Publieke taak: Jeugdwet</translation>
    </message>
    <message>
        <source>Public task: Participatiewet</source>
        <translation>Publieke taak: Participatiewet</translation>
    </message>
    <message>
        <source>Consent of the resident</source>
        <translation>Toestemming van de bewoner</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>behaald</translation>
    </message>
    <message>
        <source>partly achieved</source>
        <translation>deels behaald</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>niet behaald</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>at the office</source>
        <translation>op kantoor</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>outreachend</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>main occupant</source>
        <translation>hoofdbewoner</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <source>review</source>
        <translation>evaluatie</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support asked</source>
        <translation>Gevraagde ondersteuning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Wat wordt gevraagd</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gevraagd op</translation>
    </message>
    <message>
        <source>Amount asked</source>
        <translation>Gevraagd bedrag</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Soort werk</translation>
    </message>
    <message>
        <source>Policy task (the mandate lies with the municipality or its delegates)</source>
        <translation>Beleidstaak (het mandaat ligt bij de gemeente of wie zij mandateert)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>TasksDialog</name>
    <message>
        <source>Tasks of the matrix</source>
        <translation>Taken van de matrix</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Soort werk</translation>
    </message>
    <message>
        <source>Policy task</source>
        <translation>Beleidstaak</translation>
    </message>
    <message>
        <source>Tasks by domain</source>
        <translation>Taken per domein</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>Taak &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>Taak &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Retire task…</source>
        <translation>Taak &amp;schrappen…</translation>
    </message>
    <message>
        <source>Add &amp;domain…</source>
        <translation>&amp;Domein toevoegen…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Retire task</source>
        <translation>Taak schrappen</translation>
    </message>
    <message>
        <source>Retire “%1”? It leaves every matrix with its levels; agreements made earlier keep it in their snapshot.</source>
        <translation>“%1” schrappen? De taak verdwijnt met haar niveaus uit elke matrix; eerder gemaakte afspraken houden haar in hun momentopname.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Schrappen</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>Hours spent</source>
        <translation>Bestede uren</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Worked on</source>
        <translation>Gewerkt op</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Part of a short, intensive support episode</source>
        <translation>Onderdeel van een korte, intensieve ondersteuning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>TypeDialog</name>
    <message>
        <source>Professional type</source>
        <translation>Type professional</translation>
    </message>
    <message>
        <source>New professional type</source>
        <translation>Nieuw type professional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>The five standard types keep their names.</source>
        <translation>De vijf standaardtypen houden hun naam.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <source>Professional types</source>
        <translation>Typen professionals</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Add type…</source>
        <translation>Type &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit type…</source>
        <translation>Type &amp;wijzigen…</translation>
    </message>
</context>
<context>
    <name>VerifyDocument</name>
    <message>
        <source>Unaltered, and exported from this database.</source>
        <translation>Ongewijzigd en uit deze database geëxporteerd.</translation>
    </message>
    <message>
        <source>Changed after export: not reliable.</source>
        <translation>Gewijzigd na export: niet betrouwbaar.</translation>
    </message>
    <message>
        <source>Not recognised: no wijkdesk seal, and no export from this database matches.</source>
        <translation>Niet herkend: geen wijkdesk-zegel, en geen export uit deze database komt overeen.</translation>
    </message>
    <message>
        <source>Cannot be confirmed: the audit log of this database is not intact.</source>
        <translation>Niet te bevestigen: het auditlog van deze database is niet intact.</translation>
    </message>
    <message>
        <source>The audit log records this export and is intact.</source>
        <translation>Het auditlog bevat deze export en is intact.</translation>
    </message>
    <message>
        <source>Sealed, but not exported from this database.</source>
        <translation>Verzegeld, maar niet uit deze database geëxporteerd.</translation>
    </message>
    <message>
        <source>Cannot be confirmed by this database.</source>
        <translation>Deze database kan dit niet bevestigen.</translation>
    </message>
    <message>
        <source>It may come from another wijkdesk database; only that database can confirm that it is unaltered.</source>
        <translation>Het kan uit een andere wijkdesk-database komen; alleen die database kan bevestigen dat het ongewijzigd is.</translation>
    </message>
    <message>
        <source>Do not rely on its content; ask for a new export.</source>
        <translation>Vertrouw niet op de inhoud; vraag om een nieuwe export.</translation>
    </message>
    <message>
        <source>It is not a wijkdesk export, or it was saved again by another program.</source>
        <translation>Het is geen export van wijkdesk, of het is opnieuw opgeslagen door een ander programma.</translation>
    </message>
    <message>
        <source>Tell your administrator: the audit log needs to be checked.</source>
        <translation>Meld dit aan de beheerder: het auditlog moet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(niet leesbaar)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>intact: it covers the whole file</source>
        <translation>intact: zij dekt het hele bestand</translation>
    </message>
    <message>
        <source>not intact</source>
        <translation>niet intact</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>trusted on this computer</source>
        <translation>vertrouwd op deze computer</translation>
    </message>
    <message>
        <source>not trusted by this computer, as with a team&apos;s own certificate: each reader&apos;s own list decides</source>
        <translation>niet vertrouwd door deze computer, zoals een eigen certificaat van het team: de eigen lijst van elke lezer beslist</translation>
    </message>
    <message>
        <source>collaboration agreement</source>
        <translation>samenwerkingsafspraak</translation>
    </message>
    <message>
        <source>register of collaboration agreements</source>
        <translation>register van samenwerkingsafspraken</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>toegangslog</translation>
    </message>
    <message>
        <source>Check a document</source>
        <translation>Document controleren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Fingerprint of the content (SHA-256)</source>
        <translation>Vingerafdruk van de inhoud (SHA-256)</translation>
    </message>
    <message>
        <source>Audit chain up to entry</source>
        <translation>Auditketen tot en met regel</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Controle gestopt.</translation>
    </message>
    <message>
        <source>Checking the document and the audit chain…</source>
        <translation>Het document en de auditketen worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Exported documents (*.pdf *.csv *.xlsx)</source>
        <translation>Geëxporteerde documenten (*.pdf *.csv *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to wijkdesk</source>
        <translation>Welkom bij wijkdesk</translation>
    </message>
</context>
<context>
    <name>WizardDemoPage</name>
    <message>
        <source>The demo neighbourhood &quot;Demostad&quot; has four districts with three neighbourhoods each, about three hundred households with made-up residents, and a team of professionals. Every name and address in it is invented. Load it to look around before real work starts; leave it out on a computer that will hold real records.</source>
        <translation>De demowijk &quot;Demostad&quot; heeft vier wijken met elk drie buurten, ongeveer driehonderd huishoudens met verzonnen bewoners en een team van professionals. Elke naam en elk adres erin is verzonnen. Laad hem om rond te kijken voordat het echte werk begint; laat hem weg op een computer die echte dossiers gaat bevatten.</translation>
    </message>
    <message>
        <source>&amp;Load the demo neighbourhood</source>
        <translation>De demowijk &amp;laden</translation>
    </message>
</context>
<context>
    <name>WizardProfilePage</name>
    <message>
        <source>This profile administers wijkdesk on this computer: it adds the profiles of your colleagues and sets the rules for everyone. You sign in with its user name and password.</source>
        <translation>Met dit profiel beheert u wijkdesk op deze computer: u voegt de profielen van uw collega&apos;s toe en stelt de regels voor iedereen in. U meldt zich aan met deze gebruikersnaam en dit wachtwoord.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
</context>
<context>
    <name>WizardStoragePage</name>
    <message>
        <source>Keep the key in the &amp;operating system&apos;s keyring (recommended)</source>
        <translation>De sleutel bewaren in de sleutelbos van het &amp;besturingssysteem (aanbevolen)</translation>
    </message>
    <message>
        <source>Protect the database with a pass&amp;phrase</source>
        <translation>De database beveiligen met een &amp;wachtwoordzin</translation>
    </message>
    <message>
        <source>P&amp;assphrase:</source>
        <translation>Wacht&amp;woordzin:</translation>
    </message>
    <message>
        <source>Repeat pa&amp;ssphrase:</source>
        <translation>&amp;Herhaal wachtwoordzin:</translation>
    </message>
</context>
<context>
    <name>WizardWelcomePage</name>
    <message>
        <source>&lt;p&gt;wijkdesk keeps the records of your neighbourhood team on this computer: support for residents, collective work, and the agreements about who does what.&lt;/p&gt;&lt;p&gt;This short setup makes the first profile (an administrator), decides how the database is protected, and can load a demo neighbourhood with made-up residents to try things out.&lt;/p&gt;&lt;p&gt;Everything is stored encrypted. It takes about a minute.&lt;/p&gt;</source>
        <translation>&lt;p&gt;wijkdesk bewaart het werk van uw wijkteam op deze computer: de ondersteuning van bewoners, het collectieve werk en de afspraken over wie wat doet.&lt;/p&gt;&lt;p&gt;Deze korte inrichting maakt het eerste profiel (een beheerder), bepaalt hoe de database wordt beveiligd en kan een demowijk met verzonnen bewoners laden om alles uit te proberen.&lt;/p&gt;&lt;p&gt;Alles wordt versleuteld opgeslagen. Het duurt ongeveer een minuut.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
