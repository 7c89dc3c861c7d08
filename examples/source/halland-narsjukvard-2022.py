"""Närsjukvården Halland, Verksamhetsplan 2022 (utkast): fokusområde → uppdrag, plus indikatorer.

Transcribed verbatim from seed 003. Målstyrning: fokusområde → regiongemensamt uppdrag →
Närsjukvårdens uppdrag (Typ Uppdrag, beskrivning from chapter 1.1-1.6). Kvalitetsstyrning: the
indicator groups Målgrupp, Verksamhet, Medarbetare and Ekonomi sit at the top beside the
fokusområden. IDs, units and periods are invented (see ``notes``); see examples/README.md.
"""

from datetime import date

from vpt.model import Direction, Goal, Indicator, IndicatorType, Period, Plan, Unit

PCT = IndicatorType.PERCENT
NUM = IndicatorType.NUMBER
TASK = IndicatorType.TASK
UP = Direction.HIGHER
DOWN = Direction.LOWER
VC = ("VC-N", "VC-S")
FTV = ("FTV",)

GOALS = (
    Goal("F1", "Innovation och smart specialisering"),
    Goal(
        "F1.1",
        "Vidareutveckla en regional samverkansmodell med kommuner, akademi och näringsliv inom"
        " området hälsoinnovation med fokus på utveckling av Region Hallands interna struktur och"
        " samordning för ärendehantering",
        "F1",
    ),
    Goal("F2", "Grön omställning"),
    Goal("F2.1", "Minska Region Hallands klimatpåverkande utsläpp", "F2"),
    Goal("F2.2", "Arbeta för en hållbar plistanvändning", "F2"),
    Goal("F2.3", "Aktivt bidra till Region Hallands interna klimat- och miljöarbete", "F2"),
    Goal("F3", "Nära och sammanhållen vård"),
    Goal("F3.1", "Vidareutveckla den nära vården", "F3"),
    Goal("F3.2", "Utveckla onkologisk- samt palliativ vård", "F3"),
    Goal("F4", "Digitalisering i vården"),
    Goal(
        "F4.1",
        "Säkerställa att regionens behov av vårdinformationsstöd tillgodoses",
        "F4",
    ),
    Goal("F4.2", "Förbättra regionens digitala tillgänglighet", "F4"),
    Goal(
        "F4.3",
        "Förbättra kvalitet och resursanvändning genom arbetssätt som drar nytta av digitala"
        " verktyg",
        "F4",
    ),
    Goal("F5", "Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård"),
    Goal("F5.1", "Utveckla arbetet med personcentrerade och sammanhållna vårdförlopp", "F5"),
    Goal("F5.2", "Förbättra hjärtsjukvården", "F5"),
    Goal("F5.3", "Förbättra vården för patienter med psykisk ohälsa", "F5"),
    Goal(
        "F5.4",
        "Arbeta för goda och jämlika uppväxtvillkor genom tidiga främjande insatser och satsningar"
        " på barn och unga",
        "F5",
    ),
    Goal("F6", "Förutsättningar för verksamhetens genomförande"),
    Goal(
        "F6.1",
        "Säkerställa att regionens behov av utveckling och omställning av kompetens tillgodoses",
        "F6",
    ),
    Goal("K1", "Målgrupp (invånare/patient/kund/elev)"),
    Goal("K2", "Verksamhet (produktion/kvalitet)"),
    Goal("K3", "Medarbetare"),
    Goal("K4", "Ekonomi"),
)

UPPDRAG = (
    Indicator(
        "U1.1",
        "F1.1",
        "Bidra i regionalt arbete kring hälsoinnovation, bl.a. genom Leap for life",
        description=(
            "Närsjukvården ska fortsatt vara aktiva i Leap for life där regionen, kommunerna,"
            " Högskolan i Halmstad samt näringslivet samarbetar kring innovationer för vården."
        ),
        type=TASK,
    ),
    Indicator(
        "U2.1",
        "F2.1",
        "Minska koldioxidutsläppen från interna transporter",
        description=(
            "Fortsatt nyttjande av digital teknik för resfria möte samt öka andelen biobränsle som"
            " tankas i våra flexifuelbilar."
        ),
        type=TASK,
    ),
    Indicator(
        "U2.2",
        "F2.2",
        "Minska användandet av de mest miljöbelastande engångsmaterialen",
        description=(
            "Fortsatt arbete för att minska användande av engångsmaterial och att i verksamheten"
            " välja biobaserade engångsprodukter när det finns möjlighet."
        ),
        type=TASK,
    ),
    Indicator(
        "U2.3",
        "F2.3",
        "Minska användandet av de mest miljöbelastande kemikalierna.",
        description=(
            "Fokus 2022 är att minska användandet av kemikalierna som ingår i"
            " kemikalieinspektionens priorlista."
        ),
        type=TASK,
    ),
    Indicator(
        "U3.1",
        "F3.1",
        "Bidra till att utveckla den nära vården bl.a. genom fortsatt utveckling av"
        " läkarmedverkan och utveckling av allmän palliativ vård som tillgodoser behoven i hela"
        " Halland",
        description=(
            "Region Halland följer den nationella inriktningen för God och nära vård, med regional"
            " anpassning där så behövs. Närsjukvården behöver fortsatt vara delaktig och närvarande"
            " på alla nivåer i utvecklingsarbetet för god och nära vård.\n"
            "Närsjukvården fortsätter under 2022 att utveckla läkarmedverkan i hemsjukvården samt"
            " den allmän palliativa vården för att fler invånare i hela Halland ska få tillgång"
            " till rätt kompetens i livets slutskede."
        ),
        type=TASK,
    ),
    Indicator(
        "U3.2",
        "F3.1",
        "Öka patienters möjlighet att ta ansvar och vara delaktiga i sin vård genom att bl.a."
        " patientkontrakt, samordnad individuell plan, behandlingsplan i tandvård och"
        " frisktandvård",
        description=(
            "Den igångsatta implementeringen av patientkontrakt, som är en gemensam"
            " överenskommelse mellan patient och vårdgivare, fortsätter.\n"
            "Förvaltningen kommer även fortsätta att utveckla samordnad vårdplan, behandlingsplan i"
            " tandvården samt arbeta för att fler patienter tecknar sig för frisktandvård."
        ),
        type=TASK,
    ),
    Indicator(
        "U4.1",
        "F4.1",
        "Förbereda införandet av framtidens vårdinformationsstöd (VISUS).",
        description=(
            "Närsjukvården Halland deltar i regionens arbete med framtidens vårdinformationsstöd"
            " och förbereder så att kommande införande av VISUS kan ske på ett ändamålsenligt vis"
            " i förvaltningen."
        ),
        type=TASK,
    ),
    Indicator(
        "U4.2",
        "F4.2",
        "Förbättra den digitala tillgängligheten för att möta invånarnas behov. Nya och"
        " utvecklade digitala vårdmöten ska införas som ett komplement till de fysiska",
        description=(
            "Närsjukvården Halland fortsätter 2022 arbetet med att utveckla arbetssätt för att kunna"
            " nyttja olika digitala verktyg. Anpassade och förändrade arbetssätt är en grund i att"
            " ställa om till ökad digital användning.\n"
            "Hallands invånare ska erbjudas digitala vårdkontakter som en del av"
            " vårdverksamheternas ordinarie utbud. För Närsjukvården Halland ska en gemensam"
            " digital ingång för vårdcentralerna startas under 2022. Verksamheten ska bli alltmer"
            " digifysisk med ökad tillgänglighet för patienterna som målsättning.\n"
            "För både Vårdcentralen Halland och Folktandvården Halland fortsätter arbetet med att"
            " öka användandet av webbtidbok."
        ),
        type=TASK,
    ),
    Indicator(
        "U4.3",
        "F4.3",
        "Tydliggöra Närsjukvårdens prioriteringar i digitaliseringsarbete i en digital plan",
        description=(
            "En övergripande riktningen i det digitala arbetet med fokus på utvecklade arbetssätt"
            " och tekniktillämpning ska tas fram. Att aktivt följa utvecklingen i omvärlden är en"
            " viktig del i arbetet med den digitala planen."
        ),
        type=TASK,
    ),
    Indicator(
        "U5.1",
        "F5.1",
        "Implementera vårdförloppet avseende höftledsartros.",
        description=(
            "Införandet av vårdförlopp koordineras i ett regionalt projekt där Närsjukvården"
            " deltar. Fokus under 2022 är implementering av vårdförloppet avseende höftledsartros"
            " där en stor del av vårdförloppet äger rum i primärvården."
        ),
        type=TASK,
    ),
    Indicator(
        "U5.2",
        "F5.2",
        "Säkerställa följsamhet till de regionala vårdprocesserna inom hjärtsjukvård. Sätta"
        " särskilt fokus på att säkra basalt omhändertagande av patienter med hjärtsvikt",
        description=(
            "Det regionala uppdraget att förbättra hjärtsjukvården riktas till Närsjukvården och"
            " Hallands sjukhus som ska säkerställa följsamhet till de regionala vårdprocesserna"
            " inom hjärtsjukvård.\n"
            "Prioriterat arbete under 2022 För Närsjukvården är att dra slutsatser av redan"
            " genomfört arbete och att fortsätta utveckla arbetet med att säkra basalt"
            " omhändertagande av hjärtsvikt.\n"
            "Närsjukvårdens arbete ska bidra till förbättrat resultat av kvalitetsindikatorerna för"
            " hjärtsjukvård."
        ),
        type=TASK,
    ),
    Indicator(
        "U5.3",
        "F5.3",
        "Utveckla lokala samarbetsformer mellan Närsjukvården och Psykiatrin i alla kommuner",
        description=(
            "Samarbetsformerna mellan Närsjukvården och Psykiatrin ska utvecklas ytterligare med"
            " målsättningen att det i varje kommun ska det finnas ett väl fungerande samarbete som"
            " är patientcentrerat med effektiva arbetssätt och tydliga flöde för patienterna."
        ),
        type=TASK,
    ),
    Indicator(
        "U5.4",
        "F5.4",
        "Implementera nya arbetssätt mellan Vårdcentral och Folktandvård för att minska karies"
        " hos små barn",
        description=(
            "Under 2022 ska de utvecklade arbetssätten mellan Folktandvården och Vårdcentralen"
            " Hallands barnhälsovård för att minska karies hos små barn implementeras. Karies hos"
            " barn påverkas av deras socioekonomiska förhållande och genom att arbeta strukturerat"
            " med insatser kan vi bidra till goda och mer jämlika uppväxtvillkor."
        ),
        type=TASK,
    ),
    Indicator(
        "U5.5",
        "F5",
        "Stärka kvalitetsarbetet genom systematisk kvalitetsuppföljning, lärande och"
        " erfarenhetsåterföring",
        description=(
            "På förvaltningsnivå handlar kvalitetsarbetet framför allt om att stimulera, stödja"
            " och följa upp enheternas arbete. Det egna lärandet per enhet och"
            " erfarenhetsåterföringen mellan enheter behöver stärkas och förtydligas som en del i"
            " det övergripande kvalitetsarbetet och uppföljningsstrukturen. Fördjupad kunskap och"
            " arbete med kvalitetsindikatorer för utveckling av verksamheten ingår i uppdraget."
        ),
        type=TASK,
    ),
    Indicator(
        "U6.1",
        "F6.1",
        "Säkerställa rätt kompetenser för morgondagens vård",
        description=(
            "I samband med digitalisering och ny teknik uppstår behov av nya kompetenser och"
            " arbetssätt, vilket betyder att kompetensutveckling av medarbetare är av stor vikt."
            " Prioriterat område inför 2022 är att definiera strategi och handlingsplan för att"
            " säkerställa rätt kompetenser på lång sikt. Fortsatt arbete kommer att ske med att"
            " stödja verksamheten att beskriva och följa upp kompetenskrav kopplade till"
            " specifika roller."
        ),
        type=TASK,
    ),
    Indicator(
        "U6.2",
        "F6",
        "Driva varje verksamhet i ekonomisk balans med utrymme för löpande utveckling av"
        " verksamhet och medarbetare.",
        description=(
            "Grunden i Närsjukvårdens ekonomistyrning är att varje enhet ska bedrivas i ekonomisk"
            " balans och att de intäkter som varje enhet genererar ska räcka till både den löpande"
            " driften och till att löpande utvecklingsarbete.\n"
            "Närsjukvården Halland, både vårdcentral och folktandvård, verkar på en"
            " konkurrensutsatt marknad och är till största delen intäktsfinansierade; invånarnas"
            " val avgör hur mycket intäkter verksamheten får. Det här innebär en möjlighet att"
            " påverka såväl verksamhetens intäkter som kostnader. Det får också påverkan på hur"
            " verksamheten styrs och leds och framför allt på vårt agerande i vardagen i våra"
            " verksamheter. Under 2022 fortsätter arbetet med att utveckla hur vi kommunicerar,"
            " diskuterar och utbildar alla våra medarbetare kring dessa frågor."
        ),
        type=TASK,
    ),
)

KVALITET = (
    Indicator(
        "K1.1",
        "K1",
        "Vårdgaranti primärvård – telefontillgänglighet, kontakt inom 0 dagar",
        type=PCT,
        target="95%",
        direction=UP,
    ),
    Indicator(
        "K1.2",
        "K1",
        "Vårdgaranti primärvård - Medicinsk bedömning inom tre dagar",
        type=PCT,
        target="> 90%",
        direction=UP,
    ),
    Indicator(
        "K1.3",
        "K1",
        "Antal genomförda livsstilssamtal (levnadsvanor) R 12",
        type=NUM,
        target="Öka med 10% jämfört med fg år",
        direction=UP,
    ),
    Indicator(
        "K1.4",
        "K1",
        "Antal Digitala distanskontakter per månad",
        type=NUM,
        target="Öka varje månad jämfört med föregående år",
        direction=UP,
    ),
    Indicator(
        "K1.5",
        "K1",
        "Andel bokning, av- och ombokning i webbtidbok av invånare (%) Vårdcentral",
        type=PCT,
        target="20%",
        direction=UP,
        units=VC,
    ),
    Indicator(
        "K1.6",
        "K1",
        "Andel bokning, av- och ombokning i webbtidbok av invånare (%) Folk tandvård",
        type=PCT,
        target="30%",
        direction=UP,
        units=FTV,
    ),
    Indicator(
        "K1.7",
        "K1",
        "Antal läkemedelsgenomgångar för personer över 75 år och med fler än 5 läkemedel",
        type=NUM,
        target="Öka med 10% jämfört med föregående år",
        direction=UP,
    ),
    Indicator(
        "K1.8",
        "K1",
        "Korta väntetiden på Tandregleringen",
        type=NUM,
        unit="månader",
        target="< 18 månader",
        direction=DOWN,
        units=("TR",),
    ),
    Indicator(
        "K1.9",
        "K1",
        "Antal listade patienter",
        type=NUM,
        target="Öka med minst 1000 listade under året",
        direction=UP,
    ),
    Indicator(
        "K2.1",
        "K2",
        "Antal besök i öppenvård Vårdcentral",
        type=NUM,
        target="Inte klart än",
        units=VC,
    ),
    Indicator(
        "K2.2",
        "K2",
        "Andel vuxna med Frisktandvårdsabonnemang",
        type=PCT,
        target="35%",
        direction=UP,
    ),
    Indicator(
        "K2.3",
        "K2",
        "Klinisk tid på Folk tandvården",
        target="Inte klart än",
        units=FTV,
    ),
    Indicator(
        "K2.4",
        "K2",
        "Andel revisionsundersökningar i Folk tandvården för barn och vuxna som genomförs i tid",
        type=PCT,
        target="95%",
        direction=UP,
        units=FTV,
    ),
    Indicator(
        "K2.5",
        "K2",
        "Följsamhet strukturerad journalgranskning",
        type=PCT,
        target="95%",
        direction=UP,
    ),
    Indicator("K3.1", "K3", "Personalomsättning", type=PCT, target="14%", direction=DOWN),
    Indicator("K3.2", "K3", "Sjukfrånvaro", type=PCT, target="5,2%", direction=DOWN),
    Indicator(
        "K3.3",
        "K3",
        "HME-Index",
        type=NUM,
        target="79 (kan revideras efter utfall 2021)",
        direction=UP,
    ),
    Indicator(
        "K3.4",
        "K3",
        "OSA-index",
        type=NUM,
        target="66 (kan revideras efter utfall 2021)",
        direction=UP,
    ),
    Indicator("K4.1", "K4", "Akkumulerad budgetavvikelse", type=NUM),
    Indicator("K4.2", "K4", "Prognos budgetavvikelse", type=NUM, target=">0", direction=UP),
    Indicator("K4.3", "K4", "Kostnadsutveckling", target="Enligt budget"),
    Indicator(
        "K4.4",
        "K4",
        "Bemanningskostnader - läkare och sjuksköterskor i relation till totala"
        " personalkostnader i vårdförvaltningarna",
        type=PCT,
        target="< 2%",
        direction=DOWN,
    ),
)

UNITS = (
    Unit("VC-N", "Vårdcentralen Halland, område norr", "Ingrid Falk", "ingrid.falk@example.se"),
    Unit("VC-S", "Vårdcentralen Halland, område söder", "Peter Lund", "peter.lund@example.se"),
    Unit("FTV", "Folktandvården Halland", "Camilla Rydén", "camilla.ryden@example.se"),
    Unit("TR", "Tandregleringen", "Magnus Ek", "magnus.ek@example.se"),
)

PERIODS = (
    Period("T1", "Tertial 1", date(2022, 1, 1), date(2022, 4, 30), date(2022, 5, 13)),
    Period("Delår", "Delår", date(2022, 1, 1), date(2022, 8, 31), date(2022, 9, 12)),
    Period("Helår", "Helår", date(2022, 1, 1), date(2022, 12, 31), date(2023, 1, 20)),
)

PLAN = Plan(
    name="Verksamhetsplan 2022",
    organisation="Närsjukvården Halland",
    year=2022,
    levels=("Fokusområde", "Regiongemensamt uppdrag"),
    notes=(
        (
            "Obs",
            "Enheterna, kontaktpersonerna och perioderna är påhittade exempel; verksamhetsplanen"
            " anger inga. ID:n är tillagda för att hålla ihop planen. K1-K4 är planens"
            " indikatorområden under Kvalitetsstyrning, inte fokusområden.",
        ),
        ("Status", "UTKAST 2021-11-08"),
        (
            "Omfattning",
            "Innehåller endast kapitel med målstyrning och kvalitetsstyrning, resterande klart"
            " till december",
        ),
    ),
    goals=GOALS,
    indicators=UPPDRAG + KVALITET,
    units=UNITS,
    periods=PERIODS,
)
