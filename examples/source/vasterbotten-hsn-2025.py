"""Region Västerbotten, HSN nämndplan 2025: mål → delmål → indikator.

Transcribed verbatim from seed 004. IDs, units and periods are invented (see ``notes``).
"""

from datetime import date

from vpt.model import Direction, Goal, Indicator, IndicatorType, Period, Plan, Unit

PCT = IndicatorType.PERCENT
NUM = IndicatorType.NUMBER
UP = Direction.HIGHER
DOWN = Direction.LOWER

GOALS = (
    Goal("M1", "Trygga Uppväxtvillkor"),
    Goal(
        "M1.1",
        "En större andel barn och unga med psykisk ohälsa ska få stöd och behandling av första"
        " linjen.",
        "M1",
    ),
    Goal(
        "M1.2",
        "Nyfödda i Region Västerbotten ska erbjudas hembesök enligt det nationella"
        " barnhälsovårdsprogrammet",
        "M1",
    ),
    Goal("M1.3", "Hälsofrämjande insatser är tydligt prioriterade", "M1"),
    Goal(
        "M1.4",
        "Nämnden ska göra en förstärkning av den egna verksamhetens förmåga till civil beredskap.",
        "M1",
    ),
    Goal(
        "M1.5",
        "Förändrat arbets sätt genom implementering av gemensamma styrnings- och ledningssystem"
        " mellan region och kommuner.",
        "M1",
    ),
    Goal(
        "M1.6",
        "Varje medarbetare ska ha kunskap om riktlinjer och rutiner om våld i nära relation och i"
        " möte med patient obligatoriskt ställa frågan om våld i nära relation.",
        "M1",
    ),
    Goal("M3", "Ett attraktivt och hållbart Västerbotten"),
    Goal("M3.1", "Ökad kunskap om rasism inom vården", "M3"),
    Goal("M4", "Tillgänglig vård med god kvalitet och kontinuitet"),
    Goal(
        "M4.1",
        "En fast vårdkontakt med ansvar för samordning och en sammanhållen individuell planering",
        "M4",
    ),
    Goal(
        "M4.2",
        "Förbättrad tillgänglighet och delaktighet genom användarvänliga digitala tjänster",
        "M4",
    ),
    Goal("M5", "Goda arbetsplatser och attraktiva arbetsgivare"),
    Goal(
        "M5.1",
        "Verksamheten ska förstärka det systematiska arbetsmiljöarbetet på både avdelnings- och"
        " basenhetsnivå.",
        "M5",
    ),
    Goal("M5.2", "Chefer har bättre förutsättningar att leda", "M5"),
    Goal("M6", "En hållbar miljö- och klimatregion"),
    Goal(
        "M6.1",
        "Verksamheten inventerar sitt användande av förbrukningsmaterial i syfte att kunna välja"
        " mer klimatvänliga alternativ och arbetssätt",
        "M6",
    ),
    Goal("M7", "Stärkt forskning, utbildning och innovation"),
    Goal("M7.1", "Regionens aktiva arbete med kliniska studier är stärkt", "M7"),
)

INDICATORS = (
    Indicator(
        "I1.1.1",
        "M1.1",
        "Andel barn och unga som triageras till första linjen",
        type=PCT,
        direction=UP,
    ),
    Indicator(
        "I1.1.2",
        "M1.1",
        "Andelen barn och unga som triageras till första linjen och sedan remitteras till BUP",
        type=PCT,
    ),
    Indicator(
        "I1.2.1",
        "M1.2",
        "Andel genomförda hembesök till nyfödda",
        type=PCT,
        target="90%",
        direction=UP,
    ),
    Indicator("I1.3.1", "M1.3", "Andel (%) genomförda hälsoundersökningar", type=PCT),
    Indicator(
        "I1.3.2",
        "M1.3",
        "Antal inläggningar på grund av fallskador",
        type=NUM,
        direction=DOWN,
    ),
    Indicator(
        "I1.3.3",
        "M1.3",
        "Andel genomförda hälsosamtal för 2-åringar inom folktandvården",
        type=PCT,
        units=("FTV",),
    ),
    Indicator("I1.3.4", "M1.3", "Användandet av levnadsvanestöd"),
    Indicator(
        "I1.4.1",
        "M1.4",
        "Andel medarbetare som har genomgått den digitala introduktionen till krisberedskap.",
        type=PCT,
        direction=UP,
    ),
    Indicator(
        "I1.4.2",
        "M1.4",
        "Antal samhällsviktiga verksamheter som har tagit fram kontinuitetsplaner.",
        type=NUM,
        direction=UP,
    ),
    Indicator(
        "I1.5.1",
        "M1.5",
        "Antalet slutenvårdsdagar per tusen länsinvånare minskar",
        type=NUM,
        direction=DOWN,
    ),
    Indicator(
        "I1.5.2",
        "M1.5",
        "Antalet utskrivningsklara patienter som är kvar i slutenvård",
        type=NUM,
        direction=DOWN,
    ),
    Indicator(
        "I1.6.1",
        "M1.6",
        "Andel basenheter som frågar om våldsutsatthet och dokumenterar enligt regionens"
        " riktlinjer",
        type=PCT,
        direction=UP,
    ),
    Indicator(
        "I3.1.1",
        "M3.1",
        "Antal chefer och medarbetare i stab som genomgått webbutbildning Jämlik vård -"
        " utbildning om rasism och likvärdigt patientbemötande",
        type=NUM,
        direction=UP,
    ),
    Indicator(
        "I4.1.1",
        "M4.1",
        "Andel BE inom primärvården som använder Patientkontrakt som verktyg",
        type=PCT,
        direction=UP,
        units=("PV",),
    ),
    Indicator(
        "I4.1.2",
        "M4.1",
        "Andel basenheter som via vård och omsorgskollen följer upp patientens upplevelser av"
        " delaktig, trygghet och samordning",
        type=PCT,
        direction=UP,
    ),
    Indicator(
        "I4.1.3",
        "M4.1",
        "Andel brukare som får Habiliteringsplan för insatser, fast vårdkontakt och tid för nästa"
        " steg är upprättad inom 3 månader från beslut",
        type=PCT,
        direction=UP,
        units=("HAB",),
    ),
    Indicator("I4.2.1", "M4.2", "Användandet av självservice", direction=UP),
    Indicator(
        "I4.2.2",
        "M4.2",
        "Intjänad tid i timmar genom webbtidbok",
        type=NUM,
        unit="timmar",
        direction=UP,
    ),
    Indicator("I4.2.3", "M4.2", "Antal digitala vårdbesök", type=NUM, direction=UP),
    Indicator(
        "I4.2.4",
        "M4.2",
        "Användning av digitala basutbudet inom folktandvården",
        direction=UP,
        units=("FTV",),
    ),
    Indicator(
        "I5.1.1",
        "M5.1",
        'Utfall för "hållbart medarbetarengagemang för medarbetare" i medarbetarundersökning (MU)',
        type=NUM,
        direction=UP,
    ),
    Indicator("I5.1.2", "M5.1", "Antal anmälda olycksfall och arbetsskador", type=NUM),
    Indicator("I5.1.3", "M5.1", "Antal tillbudsrapporter", type=NUM),
    Indicator("I5.1.4", "M5.1", 'Utfall för genomförd checklista "SAM årlig uppföljning"'),
    Indicator(
        "I5.2.1",
        "M5.2",
        "Hållbart medarbetarengagemang för chefer ska öka",
        type=NUM,
        direction=UP,
    ),
    Indicator(
        "I6.1.1",
        "M6.1",
        "Andel verksamheter som inventerat sitt användande av förbrukningsmaterial",
        type=PCT,
        direction=UP,
    ),
    Indicator(
        "I6.1.2",
        "M6.1",
        "Andel verksamheter som genomfört förändringar till mer miljövänliga förbrukningsmaterial",
        type=PCT,
        direction=UP,
    ),
    Indicator("I7.1.1", "M7.1", "Antal nya kliniska studier", type=NUM, direction=UP),
)

UNITS = (
    Unit("PV", "Primärvården", "Karin Lindström", "karin.lindstrom@example.se"),
    Unit("LSV", "Länssjukvården", "Johan Nyberg", "johan.nyberg@example.se"),
    Unit("PSY", "Psykiatrin", "Elin Marklund", "elin.marklund@example.se"),
    Unit("HAB", "Habiliteringen", "Per Öberg", "per.oberg@example.se"),
    Unit("FTV", "Folktandvården", "Maria Holmgren", "maria.holmgren@example.se"),
)

PERIODS = (
    Period("T1", "Tertial 1", date(2025, 1, 1), date(2025, 4, 30), date(2025, 5, 16)),
    Period("Delår", "Delår", date(2025, 1, 1), date(2025, 8, 31), date(2025, 9, 15)),
    Period("Helår", "Helår", date(2025, 1, 1), date(2025, 12, 31), date(2026, 1, 23)),
)

PLAN = Plan(
    name="HSN nämndplan 2025",
    organisation="Region Västerbotten",
    year=2025,
    levels=("Mål", "Delmål"),
    notes=(
        (
            "Obs",
            "Enheterna, kontaktpersonerna och perioderna är påhittade exempel; nämndplanen anger"
            " inga. ID:n är tillagda för att hålla ihop planen.",
        ),
        (
            "Källa",
            "Region Västerbotten, HSN nämndplan 2025, avsnittet Delmål och indikatorer.",
        ),
    ),
    goals=GOALS,
    indicators=INDICATORS,
    units=UNITS,
    periods=PERIODS,
)
