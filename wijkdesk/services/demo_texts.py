"""Dutch sentences of the demo neighbourhood: help questions in residents' own words, goals,
contact notes, organisations. All invented; every organisation carries "Demostad" or "(demo)" so
that nobody mistakes it for a real one.

Templates have slots filled by the demo: {maanden} (a number of months), {kind} ("zoon" or
"dochter"), {leeftijd} (a child's age) and {onderwerp} (the topic of a help question).
"""

from wijkdesk.domain.support import ContactKind, LifeDomain

D = LifeDomain

# What a resident says when asking for help, then what they hope for.
PROBLEMS: dict[LifeDomain, tuple[str, ...]] = {
    D.FINANCES: (
        "Ik heb al {maanden} maanden betalingsachterstanden en de aanmaningen blijven komen.",
        "Sinds mijn uren zijn verminderd kom ik elke maand tekort voor de vaste lasten.",
        "Ik durf de post niet meer open te maken, er liggen stapels brieven van incassobureaus.",
        "Mijn toeslagen zijn stopgezet en nu moet ik een groot bedrag terugbetalen.",
        "Ik heb schulden bij de zorgverzekeraar en de energieleverancier.",
    ),
    D.WORK_EDUCATION: (
        "Ik zit al {maanden} maanden zonder werk en solliciteren lukt niet.",
        "Ik wil graag een opleiding doen, maar weet niet waar ik moet beginnen.",
        "Mijn contract wordt niet verlengd en ik maak me zorgen over wat er daarna komt.",
    ),
    D.DAYTIME_ACTIVITIES: (
        "Sinds mijn pensioen weet ik niet goed wat ik met mijn dagen moet.",
        "Ik zit de hele dag thuis en heb geen ritme meer.",
        "Ik zou graag iets nuttigs doen, maar weet niet wat er in de buurt is.",
    ),
    D.HOUSING: (
        "Mijn huis is te klein geworden nu de kinderen groter zijn.",
        "Er zit schimmel in de slaapkamer en de verhuurder reageert niet.",
        "Ik heb een huurachterstand en ben bang dat ik mijn huis uit moet.",
        "Ik kan de trap niet meer op en mijn slaapkamer is boven.",
    ),
    D.DOMESTIC_RELATIONS: (
        "Er is thuis veel ruzie sinds mijn partner zijn baan kwijt is.",
        "Mijn ex en ik komen er niet uit over de omgang met de kinderen.",
        "Ik voel me thuis niet meer veilig en weet niet met wie ik kan praten.",
    ),
    D.MENTAL_HEALTH: (
        "Ik slaap slecht en pieker de hele dag.",
        "Sinds het overlijden van mijn moeder kom ik nergens meer toe.",
        "Ik voel me al {maanden} maanden somber en heb nergens zin in.",
    ),
    D.PHYSICAL_HEALTH: (
        "Door mijn rugklachten kan ik het huishouden niet meer goed doen.",
        "Ik ben na een operatie nog niet hersteld en heb hulp nodig.",
        "Mijn suikerziekte is slecht geregeld en ik vergeet mijn medicijnen.",
    ),
    D.SUBSTANCE_USE: (
        "Ik drink meer dan goed voor me is, vooral 's avonds.",
        "Mijn gebruik kost me te veel geld en ik wil minderen.",
        "Mijn familie maakt zich zorgen over hoeveel ik gebruik.",
    ),
    D.BASIC_ADL: (
        "Ik kan mezelf niet meer goed wassen en aankleden.",
        "Sinds mijn val lukt het opstaan en naar bed gaan niet meer alleen.",
    ),
    D.INSTRUMENTAL_ADL: (
        "Boodschappen doen en koken lukt me niet meer.",
        "Het huishouden groeit me boven het hoofd.",
        "Ik kan de formulieren van de gemeente niet goed lezen.",
    ),
    D.SOCIAL_NETWORK: (
        "Ik ken bijna niemand in de buurt en voel me eenzaam.",
        "Sinds mijn partner is overleden komt er niemand meer langs.",
        "Ik ben net verhuisd en heb hier nog geen contacten.",
    ),
    D.COMMUNITY_PARTICIPATION: (
        "Ik wil graag meedoen in de buurt, maar weet niet hoe.",
        "Ik heb een idee voor de speeltuin en zoek mensen die willen helpen.",
        "Door de taal lukt het me niet om mee te doen met activiteiten.",
    ),
    D.JUSTICE: (
        "Ik heb een boete gekregen die ik niet kan betalen.",
        "Ik kom binnenkort vrij en heb nog geen woonplek.",
        "Ik heb een brief van de rechtbank gekregen en begrijp niet wat ik moet doen.",
    ),
}

WISHES: dict[LifeDomain, tuple[str, ...]] = {
    D.FINANCES: ("Ik wil graag hulp om mijn administratie op orde te krijgen.",
                 "Kan iemand met mij een overzicht maken van wat ik moet betalen?",
                 "Ik wil een betalingsregeling, maar weet niet hoe ik dat aanpak."),
    D.WORK_EDUCATION: ("Ik zoek iemand die met me meedenkt over werk.",
                       "Ik wil weten welke mogelijkheden er voor mij zijn."),
    D.DAYTIME_ACTIVITIES: ("Ik zoek vrijwilligerswerk of een activiteit in de wijk.",
                           "Ik wil weer een vaste dagbesteding."),
    D.HOUSING: ("Ik wil weten of ik urgentie kan krijgen.",
                "Kan iemand helpen contact te leggen met de woningcorporatie?"),
    D.DOMESTIC_RELATIONS: ("Ik wil dat het thuis weer rustiger wordt.",
                           "Ik zoek iemand die tussen ons kan bemiddelen."),
    D.MENTAL_HEALTH: ("Ik wil graag met iemand praten.",
                      "Ik weet niet of ik naar de huisarts moet, kunnen jullie meedenken?"),
    D.PHYSICAL_HEALTH: ("Ik zoek hulp zodat ik thuis kan blijven wonen.",
                        "Kan er iemand meekijken wat er mogelijk is?"),
    D.SUBSTANCE_USE: ("Ik wil minderen, maar dat lukt me niet alleen.",
                      "Ik wil weten waar ik terecht kan zonder dat iedereen het weet."),
    D.BASIC_ADL: ("Ik wil graag wat hulp in de ochtend.",
                  "Ik wil zo lang mogelijk zelfstandig blijven."),
    D.INSTRUMENTAL_ADL: ("Ik zoek hulp bij het huishouden.",
                         "Kan iemand mij helpen met de formulieren?"),
    D.SOCIAL_NETWORK: ("Ik zou graag wat mensen leren kennen.",
                       "Ik zoek een maatje om af en toe mee te wandelen."),
    D.COMMUNITY_PARTICIPATION: ("Ik wil weten welke activiteiten er zijn.",
                                "Ik zoek hulp om mijn idee op te starten."),
    D.JUSTICE: ("Ik wil hulp zodat het niet erger wordt.",
                "Kan iemand met mij naar het juridisch loket?"),
}

# Youth: the parent speaks. Which domains fit a child of a given age is decided in demo.py.
YOUTH_PROBLEMS: dict[LifeDomain, tuple[str, ...]] = {
    D.WORK_EDUCATION: ("Onze {kind} van {leeftijd} gaat al weken niet meer naar school.",
                       "Mijn {kind} heeft moeite met leren en de school weet het ook niet meer."),
    D.DOMESTIC_RELATIONS: (
        "Sinds de scheiding is mijn {kind} erg boos en thuis loopt het vaak uit de hand.",
        "Mijn {kind} van {leeftijd} luistert niet meer en ik weet niet hoe ik grenzen stel."),
    D.MENTAL_HEALTH: ("Mijn {kind} zit veel op de kamer en wil met niemand praten.",
                      "Onze {kind} is angstig en durft niet meer alleen naar buiten."),
    D.SOCIAL_NETWORK: ("Mijn {kind} wordt gepest en heeft geen vriendjes in de buurt.",),
    D.DAYTIME_ACTIVITIES: ("Mijn {kind} hangt de hele dag op straat en heeft geen hobby's.",),
    D.PHYSICAL_HEALTH: ("Onze {kind} heeft astma en we krijgen de zorg thuis niet rond.",
                        "Onze {kind} slaapt slecht en huilt veel, we zijn uitgeput."),
    D.SUBSTANCE_USE: ("Ik denk dat mijn {kind} van {leeftijd} blowt; wat moet ik doen?",),
    D.JUSTICE: ("Mijn {kind} is opgepakt voor winkeldiefstal en moet naar Halt.",),
}
YOUTH_WISHES = ("Wij willen graag hulp bij de opvoeding.",
                "Kan er iemand met ons en de school meedenken?",
                "Ik wil dat mijn {kind} weer lekker in het vel zit.")
YOUNG_CHILD_WISHES = ("Wij willen graag hulp bij de opvoeding.",
                      "Wij zoeken iemand die met ons meedenkt.")
YOUNG_CHILD_DOMAINS = (D.PHYSICAL_HEALTH,)  # under six
TEEN_ONLY_DOMAINS = (D.SUBSTANCE_USE, D.JUSTICE)  # twelve and older

# How often each domain is the subject of an adult's help question (relative weights).
ADULT_DOMAIN_WEIGHTS: dict[LifeDomain, int] = {
    D.FINANCES: 20, D.SOCIAL_NETWORK: 12, D.MENTAL_HEALTH: 12, D.HOUSING: 10,
    D.INSTRUMENTAL_ADL: 8, D.PHYSICAL_HEALTH: 8, D.DOMESTIC_RELATIONS: 8, D.WORK_EDUCATION: 7,
    D.DAYTIME_ACTIVITIES: 5, D.BASIC_ADL: 4, D.COMMUNITY_PARTICIPATION: 4, D.SUBSTANCE_USE: 3,
    D.JUSTICE: 3,
}

TOPICS: dict[LifeDomain, str] = {
    D.FINANCES: "de financiën", D.WORK_EDUCATION: "werk en school",
    D.DAYTIME_ACTIVITIES: "de dagbesteding", D.HOUSING: "de woonsituatie",
    D.DOMESTIC_RELATIONS: "de situatie thuis", D.MENTAL_HEALTH: "hoe het gaat",
    D.PHYSICAL_HEALTH: "de gezondheid", D.SUBSTANCE_USE: "het gebruik",
    D.BASIC_ADL: "de persoonlijke verzorging", D.INSTRUMENTAL_ADL: "het huishouden",
    D.SOCIAL_NETWORK: "contacten in de buurt", D.COMMUNITY_PARTICIPATION: "meedoen in de wijk",
    D.JUSTICE: "de juridische zaken",
}

GOALS: dict[LifeDomain, tuple[str, ...]] = {
    D.FINANCES: ("Overzicht van inkomsten en uitgaven is compleet.",
                 "Betalingsregeling met de schuldeisers is afgesproken.",
                 "Bewoner opent en ordent de post zelf, elke week.",
                 "Aanvraag voor de toeslagen is ingediend."),
    D.WORK_EDUCATION: ("Bewoner heeft een cv en solliciteert actief.",
                       "Bewoner is ingeschreven voor een opleiding.",
                       "Kennismaking bij het werkplein heeft plaatsgevonden."),
    D.DAYTIME_ACTIVITIES: ("Bewoner doet elke week mee aan een activiteit in de wijk.",
                           "Bewoner heeft een vast dagritme.",
                           "Bewoner doet vrijwilligerswerk."),
    D.HOUSING: ("Huurachterstand wordt met een regeling ingelopen.",
                "Melding bij de verhuurder is opgevolgd.",
                "Bewoner staat ingeschreven als woningzoekende."),
    D.DOMESTIC_RELATIONS: ("Ouders hebben een ouderschapsplan opgesteld.",
                           "Er is een veiligheidsplan afgesproken.",
                           "Het gezin heeft minder ruzie, volgens eigen inschatting."),
    D.MENTAL_HEALTH: ("Bewoner is aangemeld bij de huisarts of de POH-GGZ.",
                      "Bewoner heeft elke week een gesprek met iemand uit het netwerk.",
                      "Bewoner voelt zich minder somber."),
    D.PHYSICAL_HEALTH: ("Bewoner neemt de medicijnen in zoals voorgeschreven.",
                        "Hulpmiddelen zijn aangevraagd.",
                        "Bewoner heeft contact met de wijkverpleging."),
    D.SUBSTANCE_USE: ("Bewoner is aangemeld bij de verslavingszorg.",
                      "Bewoner houdt een dagboek bij van het gebruik.",
                      "Het gebruik is volgens de bewoner minder geworden."),
    D.BASIC_ADL: ("Persoonlijke verzorging is geregeld via de wijkverpleging.",
                  "Aanpassingen in de badkamer zijn aangevraagd."),
    D.INSTRUMENTAL_ADL: ("Hulp bij het huishouden is geregeld.",
                         "De maaltijdservice is gestart.",
                         "Bewoner heeft een vaste vrijwilliger voor formulieren."),
    D.SOCIAL_NETWORK: ("Bewoner heeft een maatje.",
                       "Bewoner gaat naar de koffieochtend in het buurthuis.",
                       "Bewoner heeft minstens twee mensen om op terug te vallen."),
    D.COMMUNITY_PARTICIPATION: ("Bewoner neemt deel aan het buurtoverleg.",
                                "Bewoner volgt een taalcursus.",
                                "Het initiatief van de bewoner is gestart."),
    D.JUSTICE: ("Bewoner heeft contact met het juridisch loket.",
                "Er is een betalingsregeling voor de boete.",
                "Bewoner houdt zich aan de afspraken met de reclassering."),
}
YOUTH_GOALS = ("Het kind gaat weer elke dag naar school.",
               "Ouders hebben afspraken over de opvoeding vastgelegd.",
               "De jeugdige is aangemeld bij de jeugd-GGZ.",
               "De jeugdige doet mee aan een sport of club.",
               "Er is een vast overleg tussen ouders en school.")

GOAL_RESULTS = {
    "achieved": ("Doel bereikt.", "Bereikt; bewoner redt zich nu zelf."),
    "partly": ("Deels bereikt, de rest pakt de bewoner zelf op.", "Voor een deel gelukt."),
    "not_achieved": ("Niet gelukt; bewoner wilde een andere aanpak.", "Niet bereikt."),
    "dropped": ("Vervallen, de situatie is veranderd.", "Geschrapt in overleg met de bewoner."),
}

PURPOSES = {
    "wmo2015": "Maatschappelijke ondersteuning (Wmo 2015)",
    "jeugdwet": "Jeugdhulp en ondersteuning van het gezin (Jeugdwet)",
    "participatiewet": "Ondersteuning naar werk en inkomen (Participatiewet)",
    "consent": "Ondersteuning bij {onderwerp}, met toestemming van de bewoner",
}

NOTES: dict[ContactKind, tuple[str, ...]] = {
    ContactKind.HOME_VISIT: ("Huisbezoek, {onderwerp} besproken.",
                             "Bij de bewoner thuis geweest; afspraken uit het plan doorgelopen.",
                             "Huisbezoek, de sfeer was goed en de bewoner zag er beter uit.",
                             "Huisbezoek; post samen doorgenomen."),
    ContactKind.PHONE: ("Telefonisch contact over {onderwerp}.",
                        "Bewoner belde met een vraag over een brief.",
                        "Teruggebeld, nieuwe afspraak gemaakt.",
                        "Kort gebeld om te horen hoe het gaat."),
    ContactKind.OFFICE: ("Gesprek op kantoor over {onderwerp}.",
                         "Bewoner kwam langs op het spreekuur.",
                         "Samen formulieren ingevuld op kantoor."),
    ContactKind.ONLINE: ("Beeldbellen over {onderwerp}.",
                         "Online gesprek, de voortgang doorgenomen."),
    ContactKind.OUTREACH: ("Bewoner gesproken tijdens een ronde door de wijk.",
                           "Kort contact bij het buurthuis.",
                           "Signaal van buren nagelopen en de bewoner aangesproken."),
}
# Weighted kinds of contact, and how long each kind usually takes (minutes).
CONTACT_KINDS = (ContactKind.HOME_VISIT, ContactKind.PHONE, ContactKind.OFFICE,
                 ContactKind.ONLINE, ContactKind.OUTREACH)
CONTACT_WEIGHTS = (30, 30, 15, 10, 15)
CONTACT_MINUTES: dict[ContactKind, tuple[int, int]] = {
    ContactKind.HOME_VISIT: (30, 120), ContactKind.PHONE: (5, 30), ContactKind.OFFICE: (20, 60),
    ContactKind.ONLINE: (15, 45), ContactKind.OUTREACH: (5, 30),
}

ORGANISATIONS: dict[LifeDomain, tuple[str, ...]] = {
    D.FINANCES: ("Schuldhulpmaatje Demostad", "Stichting Thuisadministratie Demostad",
                 "Budgetcafé De Weiden (demo)"),
    D.WORK_EDUCATION: ("Werkplein Demostad", "Taalhuis Demostad"),
    D.DAYTIME_ACTIVITIES: ("Dagbesteding De Molen (demo)", "Vrijwilligerscentrale Demostad"),
    D.HOUSING: ("Woonstichting Demostad", "Wooncorporatie Havenbuurt (demo)"),
    D.DOMESTIC_RELATIONS: ("Buurtteam Jeugd Demostad", "Bemiddeling Demostad"),
    D.MENTAL_HEALTH: ("GGZ Demostad (demo)", "Praktijkondersteuning Demostad"),
    D.PHYSICAL_HEALTH: ("Wijkverpleging Demostad", "Thuiszorg De Weiden (demo)"),
    D.SUBSTANCE_USE: ("Verslavingszorg Demostad (demo)",),
    D.BASIC_ADL: ("Wijkverpleging Demostad",),
    D.INSTRUMENTAL_ADL: ("Huishoudelijke Hulp Demostad", "Maaltijdservice Demostad"),
    D.SOCIAL_NETWORK: ("Maatjesproject Demostad", "Buurthuis De Kastanje (demo)"),
    D.COMMUNITY_PARTICIPATION: ("Taalhuis Demostad", "Buurthuis De Kastanje (demo)"),
    D.JUSTICE: ("Juridisch Loket Demostad (demo)", "Reclassering Demostad (demo)"),
}
YOUTH_ORGANISATIONS = ("Buurtteam Jeugd Demostad", "Jeugdhulp Demostad (demo)",
                       "Opvoedsteunpunt Demostad")
REFERRAL_NOTES = ("", "Aangemeld met toestemming van de bewoner.",
                  "Warme overdracht, kennismaking gepland.", "Bewoner meldt zich zelf aan.")
CONSENT_PURPOSES = ("Informatie delen met {organisatie}", "Overleg met de huisarts",
                    "Informatie opvragen bij de verhuurder")
YOUTH_CONSENT_PURPOSES = ("Overleg met school", "Informatie delen met {organisatie}",
                          "Overleg met het consultatiebureau")
