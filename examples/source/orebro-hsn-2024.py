"""Region Örebro län, Hälso- och sjukvårdsnämndens verksamhetsplan 2024.

Perspektiv → effektmål → indikatorer, transcribed verbatim from seed 001. Each indicator's name is
its whole bullet; its målvärde is the bullet's own words for the level or change to reach.
IDs, units and periods are invented (see ``notes``).
"""

from datetime import date

from vpt.model import Direction, Goal, Indicator, IndicatorType, Period, Plan, Unit

PCT = IndicatorType.PERCENT
NUM = IndicatorType.NUMBER
YESNO = IndicatorType.YESNO
TEXT = IndicatorType.TEXT
UP = Direction.HIGHER
DOWN = Direction.LOWER

GOALS = (
    Goal("P1", "Invånare och samhälle"),
    Goal("E1", "Länets invånare har en god, jämlik och jämställd hälsa.", "P1"),
    Goal(
        "E2",
        "Länets invånare får högkvalitativ och tillgänglig hälso- och sjukvård",
        "P1",
        description="Indikatorerna för inriktningsmålen under e-hälsa, se effektmål 8",
    ),
    Goal(
        "E6",
        "Forskning som bedrivs är av hög kvalitet och kommer länets invånare till godo",
        "P1",
    ),
    Goal(
        "E7",
        "Utbildning som bedrivs är av hög kvalitet och kommer länets invånare till godo",
        "P1",
    ),
    Goal(
        "E8",
        "Länets invånare har tillgång till bra digitala tjänster utifrån deras behov.",
        "P1",
    ),
    Goal("P2", "Process"),
    Goal("P2M", "Hälsa- och sjukvården är en kunskapsorganisation som ständigt utvecklas", "P2"),
    Goal("P3", "Resurs"),
    Goal(
        "E9",
        "Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, jämställda och"
        " jämlika arbetsplatser som bidrar till en hållbar kompetensförsörjning.",
        "P3",
    ),
    Goal(
        "E10",
        "Region Örebro läns har en långsiktig stark och hållbar ekonomi samt uppnår en"
        " verksamhetsmässig och finansiell god hushållning",
        "P3",
    ),
)

INDICATORS = (
    Indicator(
        "I1.1",
        "E1",
        "Förbättrade resultat i det förebyggande arbetet",
        type=TEXT,
        target="Förbättrade",
        direction=UP,
    ),
    Indicator(
        "I1.2",
        "E1",
        "Tillsammans med patienten/individens ska levnadsvanor uppmärksammas och insatser på rätt"
        " nivå ska erbjudas i ökad omfattning i jämförelse med föregående år",
        type=NUM,
        target="i ökad omfattning i jämförelse med föregående år",
        direction=UP,
    ),
    Indicator(
        "I1.3",
        "E1",
        "Länets invånare deltar i hög utsträckning i nationella screeningprogram och hälso- och"
        " sjukvården är aktiv i införandet av nya nationella screeningprogram",
        type=TEXT,
        target="i hög utsträckning",
        direction=UP,
    ),
    Indicator(
        "I1.4",
        "E1",
        "Åtgärder finns insatta för att förbättra psykisk hälsa bland barn och unga",
        type=YESNO,
    ),
    Indicator(
        "I2.1",
        "E2",
        "Goda medicinska resultat som uppnår eller överträffar fastställda målnivåer",
        type=TEXT,
        target="uppnår eller överträffar fastställda målnivåer",
    ),
    Indicator("I2.2", "E2", "Uppfyllelse av den statliga vårdgarantin", type=PCT, direction=UP),
    Indicator("I2.3", "E2", "Återbesök inom planerad tid", type=PCT, direction=UP),
    Indicator(
        "I2.4",
        "E2",
        "Proaktivt patientsäkerhetsarbete samt uppföljning av tillbud och negativa händelser",
        type=TEXT,
    ),
    Indicator("I2.5", "E2", "Fortsatt utveckling av den högspecialiserade vården", type=TEXT),
    Indicator(
        "I2.6",
        "E2",
        "Fortsatt omställning till mer av nära vård både internt och i samverkan med länets"
        " kommuner",
        type=TEXT,
    ),
    Indicator(
        "I6.1",
        "E6",
        "Den kliniska forskningen ska vara fördubblad med bibehållen kvalitet till år 2030."
        " Region Örebro läns forskningsproduktion ska minst stabiliseras under året på nuvarande"
        " höga nivå med bibehållen kvalitet",
        type=NUM,
        target="ska minst stabiliseras under året på nuvarande höga nivå med bibehållen kvalitet",
        direction=UP,
    ),
    Indicator(
        "I6.2",
        "E6",
        "Forskningsanslag erhållna i nationell eller internationell konkurrens ska öka jämfört med"
        " föregående år samt i relation till Region Örebro läns interna forskningsanslag och"
        " forsknings-ALF",
        type=NUM,
        target="ska öka jämfört med föregående år",
        direction=UP,
    ),
    Indicator(
        "I7.1",
        "E7",
        "Andel studenter, elever och medarbetare med utbildningstjänst som uppger goda"
        " möjligheter att uppnå sina lärandemål under den kliniska utbildningen ska uppnå till"
        " minst 90 procent",
        type=PCT,
        target="minst 90 procent",
        direction=UP,
    ),
    Indicator(
        "I7.2",
        "E7",
        "Andel studenter som uppger att de haft möjlighet att samarbeta med andra yrkesgrupper"
        " eller studenter från andra utbildningar under sin placering ska uppgå till mer än 85"
        " procent",
        type=PCT,
        target="mer än 85 procent",
        direction=UP,
    ),
    Indicator(
        "I8.1",
        "E8",
        "Ett fortsatt ökat utbud av digitala tjänster för att ge delaktighet och tillgänglighet för"
        ' invånare, organisationer och företag och möta kravet om "Digitalt först".',
        type=NUM,
        target="fortsatt ökat",
        direction=UP,
    ),
    Indicator(
        "I8.2",
        "E8",
        "Förbättrad tillgänglighet i första linjens sjukvård genom automatiserade digitala flöden"
        " och stöd för kommunikation med länets invånare",
        type=TEXT,
        target="Förbättrad",
        direction=UP,
    ),
    Indicator(
        "IP.1",
        "P2M",
        "Bibehållen eller ökad andel av verksamheterna som uppfyller kriterierna för"
        " universitetssjukvårdsenheter.",
        type=PCT,
        target="Bibehållen eller ökad andel",
        direction=UP,
    ),
    Indicator(
        "IP.2",
        "P2M",
        "Andel medarbetare med utbildningsuppdrag med grundutbildning i klinisk handledning ska"
        " uppgå till > 90 %",
        type=PCT,
        target="> 90 %",
        direction=UP,
    ),
    Indicator(
        "IP.3",
        "P2M",
        "Kunskapsstödsprocessen tillämpas t.ex. via uppstartade personcentrerade och sammanhållna"
        " vårdförlopp och en process som kan hantera olika typer av kunskapsstöd",
        type=TEXT,
    ),
    Indicator(
        "IP.4",
        "P2M",
        "Verksamheten har tillgång till relevanta (realtids)data för analys och uppföljning.",
        type=YESNO,
    ),
    Indicator(
        "IP.5",
        "P2M",
        "Ökad såld vård totalt.",
        type=NUM,
        target="Ökad",
        direction=UP,
    ),
    Indicator(
        "IP.6",
        "P2M",
        "Framtagande av kompetensutvecklingsplaner för Hälsa- och sjukvårdsförvaltningens"
        " medarbetare och tillämpa system för uppföljning",
        type=IndicatorType.TASK,
    ),
    Indicator(
        "I9.1",
        "E9",
        "Hållbart medarbetarengagemang, HME, ska ligga på en hög nivå i intervallet 77-80 för"
        " totalt HME. Strävan är att delindexen motivation, styrning och ledarskap ska ligga på en"
        " jämnhög nivå",
        type=NUM,
        target="77-80",
    ),
    Indicator(
        "I9.2",
        "E9",
        "Verksamheterna arbetar med förbättringsåtgärder utifrån resultaten i medarbetarenkäten"
        " och redovisar resultaten",
        type=TEXT,
    ),
    Indicator(
        "I9.3",
        "E9",
        "Attraktiv arbetsgivarindex, AVI, ska öka i jämförelse med föregående år",
        type=NUM,
        target="ska öka i jämförelse med föregående år",
        direction=UP,
    ),
    Indicator(
        "I9.4",
        "E9",
        "Jämställdhetsindex, Jämix, ska öka i jämförelse med föregående år",
        type=NUM,
        target="ska öka i jämförelse med föregående år",
        direction=UP,
    ),
    Indicator(
        "I9.5",
        "E9",
        "Frisktalet ska förbättras i jämförelse med föregående år",
        type=PCT,
        target="ska förbättras i jämförelse med föregående år",
        direction=UP,
    ),
    Indicator(
        "I9.6",
        "E9",
        "Personalomsättning, externt ska redovisas. Det ska minska i jämförelse med föregående år",
        type=PCT,
        target="ska minska i jämförelse med föregående år",
        direction=DOWN,
    ),
    Indicator(
        "I9.7",
        "E9",
        "Region Örebro läns värdegrund ska efterlevas av regionens alla verksamheter, chefer och"
        " medarbetare",
        type=TEXT,
    ),
    Indicator(
        "I10.1",
        "E10",
        "Styrelsen och nämnderna redovisar ett resultat i balans.",
        type=YESNO,
    ),
)

UNITS = (
    Unit("USÖ", "Universitetssjukhuset Örebro", "Helena Ek", "helena.ek@example.se"),
    Unit("LSV", "Område länssjukvård", "Anders Wik", "anders.wik@example.se"),
    Unit("NSV", "Område närsjukvård", "Sofia Granlund", "sofia.granlund@example.se"),
    Unit("PSY", "Område psykiatri", "Jonas Ahlberg", "jonas.ahlberg@example.se"),
    Unit("DIAG", "Område diagnostik", "Eva Sandberg", "eva.sandberg@example.se"),
)

PERIODS = (
    Period("T1", "Tertial 1", date(2024, 1, 1), date(2024, 4, 30), date(2024, 5, 17)),
    Period("Delår", "Delår", date(2024, 1, 1), date(2024, 8, 31), date(2024, 9, 13)),
    Period("Helår", "Helår", date(2024, 1, 1), date(2024, 12, 31), date(2025, 1, 24)),
)

PLAN = Plan(
    name="Hälso- och sjukvårdsnämndens verksamhetsplan 2024",
    organisation="Region Örebro län",
    year=2024,
    levels=("Perspektiv", "Effektmål"),
    notes=(
        (
            "Obs",
            "Enheterna, kontaktpersonerna och perioderna är påhittade exempel; verksamhetsplanen"
            " anger inga. ID:n är tillagda för att hålla ihop planen; E-numren följer planens"
            " effektmål nr.",
        ),
    ),
    goals=GOALS,
    indicators=INDICATORS,
    units=UNITS,
    periods=PERIODS,
)
