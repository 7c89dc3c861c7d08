"""Region Blekinge, Bilaga Uppföljning 2024 (vårdval primärvård): övergripande mål → uppdrag.

Transcribed verbatim from seed 000. The column "Vad ska följas upp" is the målvärde.
IDs, units and periods are invented (see ``notes``); splits are explained in examples/README.md.
"""

from datetime import date

from vpt.model import Direction, Goal, Indicator, IndicatorType, Period, Plan, Unit

PCT = IndicatorType.PERCENT
NUM = IndicatorType.NUMBER
YESNO = IndicatorType.YESNO
TASK = IndicatorType.TASK
TEXT = IndicatorType.TEXT
UP = Direction.HIGHER

GOALS = (
    Goal(
        "M1",
        "Ett Blekinge som växer med fler Blekingebor och god kompetensförsörjning",
        description=(
            "Blekinge ska vara en region som växer, det är nödvändigt och helt avgörande för vår"
            " framtid. Flera företag i Blekinge står nu inför stora rekryteringsutmaningar. Här"
            " behöver Region Blekinge ta ledartröjan och på allvar stötta upp i arbetet med att få"
            " fler invånare till länet. Genom samverkan mellan såväl region, utbildningsväsende,"
            " kommuner och näringsliv kan vi tillsammans skapa innovation och tillväxt."
        ),
    ),
    Goal(
        "M2",
        "En tillgänglig verksamhet med hög kvalitet",
        description=(
            "Hög kvalitet ska vara centralt i regionens arbete oavsett om det handlar om"
            " hälsovård, utbildning, näringsliv, kollektivtrafik eller kultur. Vår verksamhet har"
            " också ett stort ansvar att arbeta förebyggande för en god folkhälsa i länet."
        ),
    ),
    Goal(
        "M3",
        "En attraktiv arbetsgivare med medarbetare som trivs och utvecklas",
        description=(
            "Region Blekinge ska vara en attraktiv arbetsplats med god arbetsmiljö där våra"
            " medarbetare trivs, utvecklas och känner stolthet över sin arbetsplats. Genom"
            " tillitsbaserat ledarskap, där chefer får tid att vara delaktiga och synliga i"
            " verksamheten, skapar vi möjlighet till en god och utvecklande arbetsmiljö för alla."
            " Genom ett starkt varumärke och en konkurrenskraftig region kan vi säkra"
            " kompetensförsörjningen till våra verksamheter."
        ),
    ),
    Goal(
        "M4",
        "En ansvarsfull och resurseffektiv ekonomi med budget i balans",
        description=(
            "Vi ser till att regionens resurser används på ett effektivt och hållbart sätt för att"
            " säkerställa en budget i balans i en svår ekonomisk tid. Ansvarsfull förvaltning av"
            " regionens finanser är nödvändigt för att vända den negativa utvecklingen."
        ),
    ),
)

FAST_LAKARKONTAKT = (
    "80% på SÄBO och 55% av de listade på vårdcentralerna ska ha en fast läkarkontakt."
)

INDICATORS = (
    Indicator(
        "I1.1",
        "M1",
        "Riktade hälsosamtal",
        type=TASK,
        target=(
            "Samtliga vårdcentraler skall delta i en initiering av riktade hälsosamtal. Arbetet"
            " leds av Beställaravdelningen."
        ),
    ),
    Indicator(
        "I1.2",
        "M1",
        "Miljöledning",
        type=YESNO,
        target=(
            "Vårdenheterna ska vara miljöcertifierade i enlighet med miljöledningsstandarden ISO"
            " 14001:2015 eller likvärdigt system."
        ),
    ),
    Indicator(
        "I2.1",
        "M2",
        "Tillgänglighet",
        type=PCT,
        target="100 % av de listade vid vårdenheten ska komma i kontakt med sin vårdcentral samma dag.",
        direction=UP,
    ),
    Indicator(
        "I2.2",
        "M2",
        "Bedömning",
        type=PCT,
        target=(
            "100 % av de listade vid vårdenheten ska erhålla en bedömning av legitimerad personal"
            " inom 3 dagar."
        ),
        direction=UP,
    ),
    Indicator(
        "I2.3",
        "M2",
        "Tidbok",
        type=YESNO,
        target=(
            "Personer listade vid vårdenheten ska ha möjlighet att boka tid för besök med minst 6"
            " veckors framförhållning."
        ),
    ),
    Indicator(
        "I2.4",
        "M2",
        "Kontinuitet",
        description=(
            "Minst 60 % av de listade 65 år och äldre, som gjort tre eller flera läkarbesök vid"
            " vårdenheten under året ska ha träffat samma läkare vid minst tre av dessa besök."
            " Kontinuitetsindex ska öka."
        ),
        type=PCT,
        target=(
            "Minst 60 % av de listade 65 år och äldre, som gjort tre eller flera läkarbesök vid"
            " vårdenheten under året ska ha träffat samma läkare vid minst tre av dessa besök."
        ),
        direction=UP,
    ),
    Indicator(
        "I2.5",
        "M2",
        "Kontinuitet, kontinuitetsindex",
        type=NUM,
        target="Kontinuitetsindex ska öka.",
        direction=UP,
    ),
    Indicator(
        "I2.6",
        "M2",
        "Fast läkarkontakt, SÄBO",
        description=FAST_LAKARKONTAKT,
        type=PCT,
        target="80%",
        direction=UP,
    ),
    Indicator(
        "I2.7",
        "M2",
        "Fast läkarkontakt, listade på vårdcentralerna",
        description=FAST_LAKARKONTAKT,
        type=PCT,
        target="55%",
        direction=UP,
    ),
    Indicator(
        "I2.8",
        "M2",
        "Äldrekoordinator",
        type=TEXT,
        target="Äldrekoordinatorsinsatser för att förbättra vården för de äldre ska beskrivas.",
    ),
    Indicator(
        "I2.9",
        "M2",
        "Influensavaccination",
        type=PCT,
        target=(
            "Minst 75% av personer 75 år och äldre listade vid vårdenheten ska ha vaccinerats mot"
            " influensa."
        ),
        direction=UP,
    ),
    Indicator(
        "I2.10",
        "M2",
        "Samordnad individuell vårdplan",
        type=NUM,
        target=(
            "Vårdenheternas ansvar vid utskrivning från slutenvård till öppenvård samt att"
            " kommunal vård och omsorg följs upp genom antalet genomförda SIP:ar. Antalet SIP:ar"
            " ska öka."
        ),
        direction=UP,
    ),
    Indicator(
        "I2.11",
        "M2",
        "Nationella diabetesregistret",
        type=PCT,
        target=(
            "Minst 80 % av patienterna listade vid vårdenheten med diagnosen diabetes ska vara"
            " registrerade i Nationella diabetesregistret."
        ),
        direction=UP,
    ),
    Indicator(
        "I2.12",
        "M2",
        "Levnadsvanor",
        type=PCT,
        target=(
            "Minst 75% av patienter med diagnoserna hypertoni, diabetes eller obesitas i åldrarna"
            " 18-74 år som är listade på vårdenheten ska ha tillfrågats om levnadsvanor minst en"
            " gång under året."
        ),
        direction=UP,
    ),
    Indicator(
        "I2.13",
        "M2",
        "Barnhälsovård, vaccinationstäckning",
        type=PCT,
        target="Minst 99% vaccinationstäckning (Allmänna vaccinationsprogrammet)",
        direction=UP,
    ),
    Indicator(
        "I2.14",
        "M2",
        "Barnhälsovård, hembesök",
        type=PCT,
        target="Minst 90 % genomförda hembesök (nyfödd samt vid 8 månader)",
        direction=UP,
    ),
    Indicator(
        "I2.15",
        "M2",
        "Barnhälsovård, enskilda föräldrasamtal",
        type=PCT,
        target="Minst 85 % genomförda enskilda föräldrasamtal (vid två månader samt vid 3 - 5 månader).",
        direction=UP,
    ),
    Indicator(
        "I2.16",
        "M2",
        "E-hälsotjänster",
        type=YESNO,
        target=(
            "Samtliga e-hälsotjänster som Region Blekinge beslutar om ska erbjudas patienter"
            " listade vid vårdenheten."
        ),
    ),
    Indicator(
        "I2.17",
        "M2",
        "Patientupplevd kvalitet",
        type=PCT,
        target=(
            "Andel patienter som anger positiva svar i den nationella patientenkäten, ska öka inom"
            " alla perspektiv."
        ),
        direction=UP,
    ),
    Indicator(
        "I2.18",
        "M2",
        "Primärvårdskvalitet (PVQ)",
        type=TASK,
        target=(
            "Under 2023 ska minst tre indikatorer väljas ut, följas och användas i"
            " verksamhetsutvecklingen."
        ),
    ),
    Indicator(
        "I2.19",
        "M2",
        "Relativ täckningsgrad",
        type=PCT,
        target=(
            "Konsumtionen av öppen hälso- och sjukvård för patienter listade vid vårdenheten ska i"
            " hög utsträckning tillgodoses hos den valda vårdenheten eller hos andra vårdgivare på"
            " primärvårdsnivå. Vårdenheternas andel besök av listade personer på primärvårdsnivå i"
            " förhållande till de listade personernas totala besök inom sjukvårdens mäts"
            " månadsvis och ska öka."
        ),
        direction=UP,
    ),
    Indicator(
        "I2.20",
        "M2",
        "Läkemedelsbehandling",
        type=TEXT,
        target=(
            "Följsamhet till STRAMA:s nationella mål för minskad antibiotikaförskrivning samt"
            " följsamhet till Socialstyrelsens indikatorer för god förskrivning av läkemedel till"
            " äldre."
        ),
    ),
    Indicator(
        "I4.1",
        "M4",
        "Kostnadskontroll",
        type=TEXT,
        target=(
            "Vårdenheternas kostnader för läkemedel och medicinsk service ska särskilt följas upp."
            " Målet är att kontrollera att kostnaderna ligger på en jämförbar nivå mellan"
            " vårdenheterna samt att inte överförskrivning eller underförskrivning sker av"
            " läkemedel och medicinsk service."
        ),
    ),
)

UNITS = (
    Unit("VC-KNA", "Vårdcentralen Kungsmarken", "Anna Bergqvist", "anna.bergqvist@example.se"),
    Unit("VC-RON", "Vårdcentralen Ronneby", "Erik Svensson", "erik.svensson@example.se"),
    Unit("VC-OLO", "Vårdcentralen Olofström", "Lena Nilsson", "lena.nilsson@example.se"),
    Unit("VC-SOL", "Vårdcentralen Sölvesborg", "Mats Persson", "mats.persson@example.se"),
    Unit("VC-KHN", "Vårdcentralen Karlshamn", "Sara Lund", "sara.lund@example.se"),
)

PERIODS = (
    Period("Delår", "Delår", date(2024, 4, 1), date(2024, 8, 31), date(2024, 9, 16)),
    Period("Helår", "Helår", date(2024, 4, 1), date(2024, 12, 31), date(2025, 1, 24)),
)

PLAN = Plan(
    name="Bilaga Uppföljning 2024",
    organisation="Region Blekinge",
    year=2024,
    levels=("Övergripande mål",),
    notes=(
        (
            "Obs",
            "Enheterna, kontaktpersonerna och perioderna är påhittade exempel; bilagan anger"
            " inga. ID:n är tillagda för att hålla ihop planen.",
        ),
        ("Beslut", "Beslut Regionstyrelsen: 2024-01-31"),
        ("Gäller", "Gäller fr.o.m. 2024-04-01"),
        (
            "Övergripande mål",
            "Vi föreslår fyra nya övergripande mål för Region Blekinge. För att leverera en god"
            " service till Blekingeborna och samtidigt ta ekonomiskt ansvar för skattebetalarnas"
            " pengar behövs ett tydligt och resultatnriktat fokus med mätbara mål. Målen är"
            " gemensamma för alla verksamheter inom Region Blekinge.",
        ),
    ),
    goals=GOALS,
    indicators=INDICATORS,
    units=UNITS,
    periods=PERIODS,
)
