"""Landstinget Blekinge, Verkställighetsplan 2015, Landstingsdirektörens stab (seed 002).

Målområde → landstingsstyrelsens mål → förvaltningens mål (the "Mål" column of each table) →
mått. Texts are quoted from the seed; only IDs, contacts and period dates are invented.
Decisions on how the tables were modelled are in ``examples/README.md``.
"""

from __future__ import annotations

from datetime import date

from vpt.model import Direction, Goal, Indicator, IndicatorType, Period, Plan, Unit

PERCENT = IndicatorType.PERCENT
NUMBER = IndicatorType.NUMBER
YESNO = IndicatorType.YESNO
TASK = IndicatorType.TASK
HIGHER = Direction.HIGHER
LOWER = Direction.LOWER

# Periods as the "Rapportering/ uppföljning och källa" column names them.
DELAR_HELAR = ("Delår", "Helår")
HELAR = ("Helår",)
TERTIAL_DELAR_HELAR = ("T1", "Delår", "Helår")

DELARS_OCH_ARSREDOVISNING = "Manuellt i delårs- och årsredovisning"
DELAR_OCH_HELARSBOKSLUT = "Manuellt i delår- och helårsbokslut"
TERTIALBOKSLUT = "Tertialbokslut mars och augusti samt helårsbokslut"


def strategies(*items: str) -> str:
    """The "Ex på strategier och insatser" cell of a table row, one line per item."""
    return "Ex på strategier och insatser: " + "\n".join(items)


def ls_omrade(name: str) -> str:
    """Description of a landstingsstyrelsens mål that sits under a landstingsstyrelsens målområde."""
    return f"Landstingsstyrelsens målområde: {name}"


GOALS = (
    # -- 3.1 ------------------------------------------------------------------------------
    Goal(
        "M1",
        "En god hälso- och sjukvård samt insatser för en bättre folkhälsa",
        description="\n".join(
            (
                "Landstinget Blekinge ska erbjuda en trygg och säker hälso- och sjukvård med "
                "patientens perspektiv i fokus. Verksamheternas insatser ska planeras, samordnas "
                "och genomföras strukturerat och målinriktat, för en jämlik och tillgänglig vård. "
                "Detta i sin tur kräver att tillgången till kompetens i organisationen planeras "
                "och anpassas efter medborgarnas behov av hälso- och sjukvård.",
                "Samtliga landstingets verksamheter har även ett brett uppdrag i det förebyggande "
                "folkhälsoarbetet, där kunskap om medborgarnas behov är en central faktor. "
                "Samverkan med övriga samhället och dess aktörer är en viktig förutsättning. "
                "Formerna för denna ska ständigt utvecklas.",
                "Ett systematiskt och regelbundet patientsäkerhetsarbete är grundläggande för "
                "tilliten till hälso- och sjukvården. Andra avgörande omständigheter är bemötande "
                "och upplevelsen av vårdkvaliteten generellt. Landstingets verksamheter ska genom "
                "ett ständigt förbättringsarbete inom sina respektive ansvarsområden, bidra till "
                "att stärka förtroendet för landstinget.",
                "I korthet innebär målet följande:",
                "- Tillgängligheten ska förbättras årligen, utöver den för besök och behandling.",
                "- Arbetet för en bättre folkhälsa ska även avspeglas i en ökad jämlik hälsa.",
                "- Medborgare och patienter ska ha förtroende för landstingets verksamheter.",
            )
        ),
    ),
    Goal(
        "M1.1",
        "En hälso- och sjukvård som prioriterar de som har störst behov",
        "M1",
        ls_omrade("Jämlik vård"),
    ),
    Goal("M1.1.1", "Arbeta aktivt med resultaten från Vårdbarometern.", "M1.1"),
    Goal(
        "M1.1.2",
        "Ta fram en handlingsplan för landstingets CEMR-arbete för en mer jämställd och jämlik "
        "vård.",
        "M1.1",
    ),
    Goal(
        "M1.2",
        "Erbjudna en hälso- och sjukvård och ett likvärdigt bemötande anpassat efter patientens "
        "behov oavsett bakgrund.",
        "M1",
        ls_omrade("Jämlik vård"),
    ),
    Goal(
        "M1.2.1",
        "Tillsammans med Förtroendenämnden etablera en samarbetsstruktur, där synpunkter och "
        "klagomål beaktas i det systematiska förbättringsarbetet.",
        "M1.2",
    ),
    Goal(
        "M1.3",
        "Landstinget har en välfungerande intern samverkan kring det hälsofrämjande och "
        "sjukdomsförebyggande arbetet. Landstinget är även drivande i arbetet med att utveckla en "
        "välfungerande länsgemensam samverkan för Blekingebornas hälsa.",
        "M1",
        ls_omrade("En bättre folkhälsa ska avspeglas i en ökad jämlik hälsa"),
    ),
    Goal(
        "M1.3.1",
        "Ta fram en regional handlingsplan och initiera aktiviteter som konkretiserar den "
        "läns-gemensamma folkhälsopolicyn",
        "M1.3",
    ),
    Goal(
        "M1.3.2",
        "Etablera ett samlat nätverk för det landstingsinterna folkhälsoarbetet.",
        "M1.3",
    ),
    Goal(
        "M1.4",
        "Ett systematiskt sjukdomsförebyggande arbete i enlighet med de nationella riktlinjerna "
        "för sjukdomsförebyggande metoder.",
        "M1",
        ls_omrade("En bättre folkhälsa ska avspeglas i en ökad jämlik hälsa"),
    ),
    Goal("M1.4.1", "Fortsätta implementeringsinsatser inom området.", "M1.4"),
    Goal(
        "M1.4.2",
        "Utveckla verksamhetsanpassade uppföljningsapplikationer för arbetet med levnadsvanorna.",
        "M1.4",
    ),
    Goal("M1.4.3", "Etablera en levnadsvanemottagning i landstinget.", "M1.4"),
    Goal(
        "M1.5",
        "Vård och behandling ska, så långt det är möjligt, utformas och genomföras i samråd med "
        "patienten, bygga på respekt för patientens självbestämmande och integritet och "
        "tillgodose patientens behov av kontinuitet.",
        "M1",
        ls_omrade("Patientens och invånares förtroende och medverkan"),
    ),
    Goal(
        "M1.5.1",
        "Landstingsdirektörens stab ska stödja implementeringen av patientlagen i syfte att "
        "stärka patienternas delaktighet och självbestämmande",
        "M1.5",
    ),
    Goal(
        "M1.6",
        "God tillgänglighet till vård, behandling och information för patienter och invånare",
        "M1",
        ls_omrade("En tillgänglig hälso- och sjukvård"),
    ),
    Goal(
        "M1.6.1",
        "Ständigt stötta och vidareutveckla tillgänglighetsarbetet i landstinget",
        "M1.6",
    ),
    Goal(
        "M1.6.2",
        "Landstingsdirektörens stab ska stödja arbetet med att öka tillgängligheten till hälso- "
        "och sjukvården och öka andelen medborgare som är anslutna till e-hälsotjänster, genom "
        "att ta fram en handlingsplan",
        "M1.6",
    ),
    Goal(
        "M1.6.3",
        "Landstingsdirektörens stab ska bidra till ökad kännedom om 1177 Vårdguiden genom att ta "
        "fram en kommunikationsplan med syfte att öka kännedomen",
        "M1.6",
    ),
    Goal(
        "M1.7",
        "Landstinget ska uppfylla nationellt ställda krav inom patientsäkerhet samt följa lag och "
        "föreskrifter.; Landstinget ska ha en god följsamhet till basala hygienrutiner och "
        "andelen ska öka årligen; Landstinget ska årligen minska andelen vårdrelaterade "
        "infektioner",
        "M1",
        ls_omrade("Ändamålsenlig och säker vård"),
    ),
    Goal("M1.7.1", "God patientsäkerhetskultur", "M1.7"),
    Goal("M1.7.2", "Öka patientens delaktighet", "M1.7"),
    Goal("M1.7.3", "Färre frekventa vårdskador och allvarliga vårdskador", "M1.7"),
    Goal(
        "M1.8",
        "Väl fungerande vårdprocesser för - patienter med långvarig benign smärta - patienter "
        "som drabbats av stroke",
        "M1",
        ls_omrade("Ändamålsenlig och säker vård"),
    ),
    Goal(
        "M1.8.1",
        "Kartlägga och följa upp kvalitetsbrister i ovanstående vårdprocesser.",
        "M1.8",
    ),
    Goal("M1.8.2", "Rekrytera processledare till två etablerade vårdprocesser.", "M1.8"),
    Goal(
        "M1.8.3",
        "Ytterligare minst två processer inom rehabiliteringsområdet ska påbörjas.",
        "M1.8",
    ),
    Goal(
        "M1.9",
        "Sammanhållen vård och omsorg för äldre.",
        "M1",
        "\n".join(
            (
                ls_omrade("Ändamålsenlig och säker vård"),
                "Arbetet bedrivs fortsatt enligt de åtgärder som Handlingsplan för sammanhållen "
                "vård och omsorg 2014 anger. Förvaltningarna arbetar in aktiviteter enligt "
                "handlingsplan 2014 i sina verkställighetsplaner. Förvaltningarna ansvarar för "
                "uppföljning och redovisning i delårsrapporter och årsredovisning.",
            )
        ),
    ),
    Goal("M1.9.1", "Utse ansvarig för äldreprocessen.", "M1.9"),
    Goal("M1.9.2", "Förtydliga Landstingsdirektörens stabs roll i LSVO-arbetet.", "M1.9"),
    Goal(
        "M1.9.3",
        "Arbeta in i direktiven till delårs- och årsredovisning att handlingsplanen för "
        "sammanhållen vård och omsorg 2014 följs upp.",
        "M1.9",
    ),
    Goal(
        "M1.10",
        "En väl utvecklad samordning av landstingets systematiska förbättringsarbete på "
        "strategisk nivå",
        "M1",
        ls_omrade("Ändamålsenlig och säker vård"),
    ),
    Goal(
        "M1.10.1",
        "Ta fram handlingsplan för konkretisering av den strategiska förbättrings- och "
        "utvecklingsstrategin.",
        "M1.10",
    ),
    Goal(
        "M1.10.2",
        "Skapa stödstruktur för prioritering av förbättringsarbete inför beslut i "
        "landstingsledningsgruppen.",
        "M1.10",
    ),
    Goal(
        "M1.11",
        "En patient- och rättssäker sjukskrivningsprocess med hög kvalitet som följer det "
        "landstingsövergripande ledningssystemet för sjukskrivning samt uppfyller grundkraven i "
        "den nationella sjukskrivnings-satsningen 2015.",
        "M1",
        "Hälso- och sjukvårdsnämndens mål. Detta är ett mål som landstingsdirektörens stab "
        "bidrar aktivt till att uppnå genom en hälso- och sjukvårdsstrateg som har särskilt "
        "ansvar för samordningen av detta utvecklingsområde.",
    ),
    # -- 3.2 ------------------------------------------------------------------------------
    Goal(
        "M2",
        "Aktivt klimat- och miljöarbete för hållbara livsmiljöer",
        description="\n".join(
            (
                "Landstinget ska vara en trovärdig folkhälsoaktör i det regionala miljöarbetet "
                "genom att främja en god hälsa och aktivt arbeta för friska livsmiljöer. "
                "Miljöprogram och mål ska bidra till ett offensivt arbetssätt, med löpande "
                "uppföljning av miljömålen.",
                "Landstingets verksamheter ska årligen öka andelen upphandlingar där miljökrav "
                "samt sociala och etiska krav ställs på varor och tjänster. Miljösamordning ska "
                "bidra till bättre miljömålsintegrering, hållbarhetsarbetet ska systematiseras "
                "och integreras på alla nivåer och genomsyra hela investeringsprocessen. "
                "Personalen ska stimuleras att ta ansvar och initiativ.",
                "Genom att särskilt föra fram folkhälsoperspektivet inom ramen för aktiva "
                "regionala utvecklingsinsatser ska landstinget bidra till länets utveckling och "
                "skapa förutsättningar för ett hållbart samhälle och en god livsmiljö.",
                "I korthet innebär målet följande:",
                "- Miljö- och hållbarhetskrav ska ställas i upphandling av varor och tjänster.",
                "- Hållbarhetsarbetet ska systematiseras och integreras på alla nivåer.",
                "- Ökat fokus på regionalt arbete med klimat, energi och transporter.",
            )
        ),
    ),
    Goal(
        "M2.1",
        "Hållbarhetskrav i upphandlingar ska öka, där så är relevant. Kraven ska följa "
        "Miljöstyrningsrådets råd om kriterier samt den landstingsgemensamma uppförandekoden för "
        "sociala och etiska krav.",
        "M2",
    ),
    Goal(
        "M2.1.1",
        "Stödja affärsenheten och övriga verksamheter som genomför upphandlingar och "
        "direktupphandlingar, med expertkompetens kring att ställa och följa upp hållbarhetskrav "
        "i upphandling.",
        "M2.1",
    ),
    Goal(
        "M2.1.2",
        "Bidra till att införa ett hållbarhetsperspektiv i varje enskild upphandling och "
        "direktupphandling, som Landstingsdirektörens stab aktivt medverkar i.",
        "M2.1",
    ),
    Goal(
        "M2.1.3",
        "I samverkan med affärsenheten genomföra revisioner i leverantörsledet avseende sociala "
        "etiska krav och miljökrav, i enlighet med politiskt fattade beslut i miljö- och "
        "hållbarhetsplanen.",
        "M2.1",
    ),
    Goal(
        "M2.2",
        "Miljö- och hållbarhetsarbetet ska integreras och systematiseras på fler nivåer i fler "
        "verksamheter. Det ska vara en naturlig del av verksamhetens övriga kvalitets- och "
        "utvecklingsarbete. Ständiga miljö- och hållbarhetsförbättringar ska eftersträvas, i "
        "enlighet med landstingets miljöprogram.",
        "M2",
    ),
    Goal(
        "M2.2.1",
        "Leda och stötta miljö- och hållbarhetsarbetet och verka för införande av "
        "miljöledningssystem i landstingets verksamheter, i enlighet med miljö- och "
        "hållbarhetsplanens mål.",
        "M2.2",
    ),
    Goal(
        "M2.2.2",
        "Integrera miljö- och hållbarhetsarbetet i all kvalitet och utveckling i "
        "Landstingsdirektörens stab, inom exempelvis ärendebereidning, utveckling, styrning, "
        "planering m.m.",
        "M2.2",
    ),
    Goal(
        "M2.2.3",
        "Gå igenom miljö- och hållbarhetsplanen och se på vilka sätt Landstingsdirektörens stab "
        "kan bidra till att planens intentioner och mål uppfylls.",
        "M2.2",
    ),
    Goal(
        "M2.3",
        "Landstinget ska verka för en god regional samverkan för en hållbar utveckling i länet "
        "genom aktivt deltagande i Hållbarhetsforum Blekinge samt i Klimatsamverkan Blekinge.",
        "M2",
    ),
    Goal(
        "M2.3.1",
        "Att Landstingsdirektörens stab aktivt driver och deltar i styrgrupp och arbetsgrupp i "
        "Hållbarhetsforum Blekinge och Klimatsamverkan Blekinge.",
        "M2.3",
    ),
    # -- 3.3 ------------------------------------------------------------------------------
    Goal(
        "M3",
        "En stabil ekonomi för hållbar kostnadsutveckling",
        description="\n".join(
            (
                "Landstinget Blekinge ska ha en god ekonomisk hushållning och bedriva "
                "verksamheten på ett kostnadseffektivt och ändamålsenligt sätt. Finansiella mål "
                "liksom riktlinjer för verksamheten och resursfördelning ska uttrycka realism och "
                "handlingsberedskap. Ambitionsnivån avgörs av landstingets ekonomiska situation. "
                "Budget som styrinstrument liksom ett kontinuerligt och aktivt utvecklingsarbete "
                "med rutiner för uppföljning och kontroll är viktiga förutsättningar i arbetet att "
                "kvalitetssäkra beslutsunderlag och ekonomiska effekter av fattade beslut. En "
                "utvecklad investeringsprocess med utvecklade kriterier för driftsekonomiska "
                "konsekvenser, samplanering och prioriteringar enligt verksamhetsmål och "
                "politiska inriktningsbeslut, ska säkerställa kontrollerbara investeringar.",
                "- Styrinstrument ska bidra till ekonomisk stabilitet och en ekonomi i balans.",
                "- Kostnadsmedvetenhet och kontroll ska ge effektiva verksamheter.",
                "- Kontrollerbar investeringsprocess för verksamhetsmässig och ekonomisk nytta.",
            )
        ),
    ),
    Goal(
        "M3.1",
        "Landstingsstyrelsens samtliga förvaltningar ska klara sina budgetar; Landstinget "
        "Blekinge ska ha en hög kostnadsmedvetenhet",
        "M3",
        "\n".join(
            (
                "Aktiviteter inom målområdet en stabil ekonomi för hållbar kostnadsutveckling som "
                "ska stödja landstingets verksamheter att kunna nå sina mål:",
                "- Dialogmöten vid tertialbokslut och helårsbokslut",
                "- Nyckeltalsarbete",
                "- KPP-projekt",
                "- Styrmodell för landstingets interna tjänster",
                "- Uppföljningsrapporter i QlickView",
            )
        ),
    ),
    Goal("M3.1.1", "Landstingsdirektörens stab ska klara sin budget", "M3.1"),
    Goal("M3.1.2", "Landstingsdirektörens stab ska ha en hög kostnadsmedvetenhet", "M3.1"),
    # -- 3.4 ------------------------------------------------------------------------------
    Goal(
        "M4",
        "Engagerade medarbetare och goda utvecklingsmöjligheter",
        description="\n".join(
            (
                "Landstinget Blekinge ska vara en attraktiv arbetsgivare. Ett systematiskt "
                "förbättrings- och utvecklingsarbete, utifrån arbetsplatsnära behov och "
                "förutsättningar, ska bidra till goda villkor för lärande, delaktighet och en "
                "sammanhållen värdegrund.",
                "Ett gott medarbetarskap ska prioriteras, med fokus på genomförda "
                "medarbetarsamtal och kompetensutveckling. Landstinget ska erbjuda "
                "heltidstjänstgöring med möjlighet till önskad sysselsättningsgrad, "
                "verksamheterna ska arbeta med attitydförändring och för jämställda villkor.",
                "Medarbetarnas engagemang i förbättrings- och utvecklingsarbetet ska tas tillvara "
                "genom utrymme för dialog och processer för ökad delaktighet. Den interna "
                "kommunikationen är ett viktigt redskap för kunskapsspridning om organisation, "
                "utvecklingsprocesser, verksamhetsmål och resultat.",
                "- Anställda ska erbjudas heltid och jämställda villkor.",
                "- En hälsosam arbetsplats för ökad arbetstillfredsställelse.",
                "- Delaktighet och dialog ska bidra till engagemang och medverkan.",
            )
        ),
    ),
    Goal(
        "M4.1",
        "Landstingets personal- och kompetensförsörjning ska planeras utifrån verksamheternas "
        "behov och förutsättningar; Landstingets medarbetare ska känna ett engagemang för sitt "
        "arbete",
        "M4",
    ),
    Goal(
        "M4.1.1",
        "Landstingsdirektörens stabs personal- och kompetensförsörjning ska planeras utifrån "
        "verksamhetens behov och förutsättningar",
        "M4.1",
    ),
    Goal(
        "M4.1.2",
        "Landstingsdirektörens stabs medarbetare ska känna engagemang för sitt arbete",
        "M4.1",
    ),
    Goal("M4.1.3", "En hälsosam arbetsplats för ökad arbetstillfredsställelse", "M4.1"),
    Goal("M4.1.4", "Professionell och ändamålsenlig ärendehantering", "M4.1"),
    Goal(
        "M4.1.5",
        "Alla chefer i landstingsdirektörens stab ska ha en handlingsplan för intern "
        "kommunikation.",
        "M4.1",
    ),
)

INDICATORS = (
    # -- M1.1 Jämlik vård -----------------------------------------------------------------
    Indicator(
        "I1.1.1.1",
        "M1.1.1",
        "Publicerat resultat till allmänheten. Besvaras med ja/nej.",
        strategies(
            "Sammanställa, analysera och kommunicera resultaten från Vårdbarometern både inom "
            "landstinget och ut till medborgarna."
        ),
        YESNO,
        target="Ja",
        baseline="Nej",
        source="Manuellt i delårs- och årsredovisning via lokal media/ landstingets egna "
        "kommunikationskanaler.",
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.1.1.2",
        "M1.1.1",
        "Presenterat resultat för LS och hälso- och sjukvårdsnämnderna. Besvaras med ja/nej.",
        type=YESNO,
        target="Ja",
        baseline="Nej",
        source="Manuellt i årsredovisning",
        periods=HELAR,
    ),
    Indicator(
        "I1.1.2.1",
        "M1.1.2",
        "Handlingsplan finns utarbetad före årsskiftet. Besvaras med ja/nej.",
        strategies(
            "Utse projektledare för framtagandet av handlingsplanen.",
            "Forma en arbetsgrupp tillsammans med verksamheterna för att ta fram handlingsplanen.",
        ),
        YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.2.1.1",
        "M1.2.1",
        "Struktur finns etablerad. Besvaras med ja/nej.",
        strategies(
            "Aktivt ta initiativ till ett förstärkt samarbete med förtroendenämnden i det "
            "systematiska förbättringsarbetet.",
            "Bidra till vidareutveckling, spridning och ökad användning av metoder som främjar "
            "ökad delaktighet för patienten",
        ),
        YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    # -- M1.3, M1.4 En bättre folkhälsa ---------------------------------------------------
    Indicator(
        "I1.3.1.1",
        "M1.3.1",
        "Handlingsplan har tagits fram för det läns-gemensamma folkhälsoarbetet. Besvaras med "
        "ja/nej.",
        strategies(
            "Staben är drivande i processen i samarbetet med övriga samhällsaktörer och är "
            "sammankallande i den läns-gemensamma arbetsgruppen."
        ),
        YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.3.2.1",
        "M1.3.2",
        "Ett nätverk har etablerats. Besvaras med ja/nej.",
        strategies(
            "Ta initiativ till och bjuda in nyckelpersoner till ett samlat internt nätverk för "
            "folkhälsoarbetet i landstinget."
        ),
        YESNO,
        target="Ja",
        baseline="Finns inom specifika frågor, t.ex. våld i nära relationer, fysisk aktivitet, "
        "mat m.m.",
        source="Manuellt i årsredovisning",
        periods=HELAR,
    ),
    Indicator(
        "I1.4.1.1",
        "M1.4.1",
        "En genomförd fördjupningsdag inom området hälsosamma matvanor. Besvaras med ja/nej.",
        strategies("Utbildningsinsatser", "Processtöd i verksamheterna", "Nätverksträffar"),
        YESNO,
        target="Ja",
        baseline="0",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.4.2.1",
        "M1.4.2",
        "Antal kliniker på Blekingesjukhuset som har tillgång till dessa applikationer",
        strategies(
            "Samverka med verksamheterna för att anpassa uppföljningen till deras lokalt satta "
            "mål för arbetet med levnadsvanorna."
        ),
        NUMBER,
        target="Minst fyra olika kliniker på Blekingesjukhuset ska ha tillgång till dessa "
        "applikationer.",
        direction=HIGHER,
        baseline="0",
        source="Manuellt i delårs- och årsredovisning via Blues",
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.4.3.1",
        "M1.4.3",
        "En levnadsvanemottagning har etablerats. Besvaras med ja/nej.",
        strategies("Samordna arbetet för inrättande av levnadsvanemottagning."),
        YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    # -- M1.5 Patientens och invånares förtroende och medverkan ---------------------------
    Indicator(
        "I1.5.1.1",
        "M1.5.1",
        "Det finns en handlings- och kommunikationsplan för verkställighet av patientlagen.",
        strategies(
            "Förankra, kommunicera och stödja linjeorganisationen så att den har god kännedom om "
            "patientlagen och arbetar utifrån dess intentioner.",
            "Ta fram en handlingsplan för implementeringen, genomföra utbildnings- och "
            "kommunikationsinsatser.",
            "Ge ett gott bemötande till alla patienter och anhöriga som kontaktar "
            "Landstingsdirektörens stab i olika frågor.",
        ),
        YESNO,
        target="ja",
        baseline="nej",
        source="Helårsbokslut",
        periods=HELAR,
    ),
    # -- M1.6 En tillgänglig hälso- och sjukvård ------------------------------------------
    Indicator(
        "I1.6.1.1",
        "M1.6.1",
        "Slutfört projekt för automatiserad väntetidsrapportering i PV. Besvaras med ja/nej.",
        strategies("Leda och driva projekt för automatiserad väntetidsrapportering i primärvården"),
        YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.6.2.1",
        "M1.6.2",
        "En handlingsplan ska upprättas",
        strategies(
            "Bemanna Landstingsdirektörens stab med e-hälsostrateg. Ta fram en handlingsplan för "
            "hur andelen e-tjänster ska utökas."
        ),
        YESNO,
        target="ja",
        baseline="nej",
        source="Helårsbokslut",
        periods=HELAR,
    ),
    Indicator(
        "I1.6.3.1",
        "M1.6.3",
        "Det ska finnas en kommunikationsplan",
        strategies(
            "Fortsatt intern förankring av 1177 vårdguiden i syfte att få medarbetare att använda "
            "och rekommendera 1177 vårdguiden Avsätta resurser för extern kommunikation till "
            "medborgarna om 1177 vårdguiden"
        ),
        YESNO,
        target="ja",
        baseline="nej",
        source="Helårsbokslut",
        periods=HELAR,
    ),
    # -- M1.7 .. M1.10 Ändamålsenlig och säker vård ---------------------------------------
    Indicator(
        "I1.7.1.1",
        "M1.7.1",
        "Verka för god patientsäkerhetskultur genom ökad kunskap om förhållningsätt och "
        "värderingars betydelse för patientsäkerheten.",
        strategies(
            "Se handlingsplan för patientsäkerhetskultur samt aktivitetsplan patientsäkerhet"
        ),
        TASK,
        source="Patientsäkerhetsberättelse",
        periods=HELAR,
    ),
    Indicator(
        "I1.7.2.1",
        "M1.7.2",
        "Medverka till att öka patientens delaktighet i vård och behandling",
        strategies(
            "Se handlingsplan för patientsäkerhetskultur samt aktivitetsplan patientsäkerhet"
        ),
        TASK,
        source="Patientsäkerhetsberättelse",
        periods=HELAR,
    ),
    Indicator(
        "I1.7.3.1",
        "M1.7.3",
        "Förmedla kunskap om effektiva åtgärder samt metoder och verktyg för att systematiskt "
        "förebygga att vårdskador inträffar.",
        strategies(
            "Se handlingsplan för patientsäkerhetskultur samt aktivitetsplan patientsäkerhet"
        ),
        TASK,
        source="Patientsäkerhets berättelse",
        periods=HELAR,
    ),
    Indicator(
        "I1.8.1.1",
        "M1.8.1",
        "Antal vårdprocesser som kartlagts avseende kvalitetsbrister.",
        strategies(
            "Påbörja kartläggningar med stöd av exempelvis resultat i nationella kvalitetsregister."
        ),
        NUMBER,
        target="Två vårdprocesser ska ha kartlagts avseende kvalitetsbrister.",
        direction=HIGHER,
        baseline="0",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.8.2.1",
        "M1.8.2",
        "Antal vårdprocesser där processledare rekryterats.",
        type=NUMBER,
        target="Två vårdprocesser ska ha processledare.",
        direction=HIGHER,
        baseline="0",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.8.3.1",
        "M1.8.3",
        "Antal nya vårdprocesser inom rehabiliteringsområdet som har påbörjats.",
        type=NUMBER,
        target="Två nya vårdprocesser.",
        direction=HIGHER,
        baseline="0",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.9.1.1",
        "M1.9.1",
        "Ansvarig för äldreprocessen ska ha utsetts. Besvaras med ja/nej.",
        strategies("Förtydliga processuppdraget."),
        YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.9.2.1",
        "M1.9.2",
        "Uppdraget har förtydligats. Besvaras med ja/nej.",
        strategies(
            "Initiera diskussioner i stabsledning och landstingsledningsgrupp kring stabens roll "
            "i LSVO-arbetet."
        ),
        YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.9.3.1",
        "M1.9.3",
        "Finns inarbetat i direktiven. Besvaras med ja/nej",
        type=YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.10.1.1",
        "M1.10.1",
        "Handlingsplan finns framtagen. Besvaras med ja/nej.",
        strategies(
            "Bilda en arbetsgrupp för framtagande av handlingsplan för konkretisering av den "
            "strategiska förbättrings- och utvecklingsstrategin."
        ),
        YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I1.10.2.1",
        "M1.10.2",
        "Stödstruktur till ledningsgruppen har etablerats för prioritering av "
        "förbättringsarbete. Besvaras med ja/nej.",
        strategies(
            "Bilda en arbetsgrupp som bereder ärenden avseende prioritering av förbättringsarbeten "
            "i enlighet med beslutad prioriteringsmodell. Verka för att "
            "avvikelshanteringssystemet i större utsträckning utgör grund för systematiskt "
            "förbättringsarbete."
        ),
        YESNO,
        target="Ja",
        baseline="Nej",
        source=DELARS_OCH_ARSREDOVISNING,
        periods=DELAR_HELAR,
    ),
    # -- M2 Aktivt klimat- och miljöarbete ------------------------------------------------
    Indicator(
        "I2.1.1.1",
        "M2.1.1",
        "Om stöttning skett. ja/nej",
        strategies(
            "Löpande erbjuda utbildning, stöd och rådgivning till verksamheten. Stödja "
            "affärsenheten genom att ta fram en rutin innehållande en prioriteringsordning för att "
            "ställa hållbarhetskrav i upphandling."
        ),
        YESNO,
        target="ja",
        baseline="delvis",
        source="Manuellt i delår- och helårsbokslut. Förvaltningar och nämnders bokslut.",
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I2.1.2.1",
        "M2.1.2",
        "Om hållbarhetskrav ställts i de upphandlingar som här avses. ja/nej",
        strategies("Erbjuda grundläggande miljö- och hållbarhetsutbildning för stabens personal."),
        YESNO,
        target="ja",
        baseline="delvis",
        source=DELAR_OCH_HELARSBOKSLUT + ".",
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I2.1.3.1",
        "M2.1.3",
        "Om revisioner utförts, enligt fattade beslut. ja/nej",
        strategies(
            "Planera och genomföra revisioner i leverantörsledet i samverkan med affärsenheten "
            "och det nationella arbetet kring sociala och etiska krav i leverantörsledet."
        ),
        YESNO,
        target="ja",
        baseline="nej",
        source=DELAR_OCH_HELARSBOKSLUT + ".",
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I2.2.1.1",
        "M2.2.1",
        "Om aktiv stöttning getts till förvaltningar och nämnder. ja/nej",
        strategies(
            "Utbildning, kommunikation, konsultation och information. Ta fram riktlinjer för samt "
            "införa intern klimatkompensation för tjänsteresor under år 2015."
        ),
        YESNO,
        target="ja",
        baseline="delvis",
        source=DELAR_OCH_HELARSBOKSLUT,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I2.2.2.1",
        "M2.2.2",
        "Om integrationn ökat. Ja/nej",
        strategies(
            "Dialog inom staben. Vidareutveckla framtagandet av miljöledningssystem på koncernnivå."
        ),
        YESNO,
        target="ja",
        baseline="delvis",
        source=DELAR_OCH_HELARSBOKSLUT,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I2.2.3.1",
        "M2.2.3",
        "Om översyn gjorts i syfte att bidra till måluppfyllelse. Ja/nej",
        strategies("Dialog inom staben. Framtagande av miljöledningssystemens rutiner."),
        YESNO,
        target="ja",
        baseline="nej",
        source=DELAR_OCH_HELARSBOKSLUT,
        periods=DELAR_HELAR,
    ),
    Indicator(
        "I2.3.1.1",
        "M2.3.1",
        "Om aktivt deltagande i styrgrupper och arbetsgrupper utförts. Ja/nej",
        strategies(
            "Deltagande i styrgrupper och arbetsgrupper. Anordnande av gemensamma aktiviteter i "
            "länet såsom exempelvis seminarier och utbildningar."
        ),
        YESNO,
        target="Ja",
        baseline="Ja",
        source=DELAR_OCH_HELARSBOKSLUT + ".",
        periods=DELAR_HELAR,
    ),
    # -- M3 En stabil ekonomi (this table has no Ingångsvärde column) ---------------------
    Indicator(
        "I3.1.1.1",
        "M3.1.1",
        "Utfall i förhållande till budget",
        strategies("Uppföljning månadsvis."),
        PERCENT,
        target="Utfall/Budget högst 100 %",
        direction=LOWER,
        source=TERTIALBOKSLUT,
        periods=TERTIAL_DELAR_HELAR,
    ),
    Indicator(
        "I3.1.2.1",
        "M3.1.2",
        "Förändring av nettokostnad i %",
        strategies("Uppföljning månadsvis på stabsledningens möte."),
        PERCENT,
        target="2,5 %",
        direction=LOWER,
        source=TERTIALBOKSLUT,
        periods=TERTIAL_DELAR_HELAR,
    ),
    Indicator(
        "I3.1.2.2",
        "M3.1.2",
        "Förändring av personalkostnaderna i %",
        strategies("Anställningar samt ändrade löner diskuteras i stabsledningen."),
        PERCENT,
        target="2,8 %",
        direction=LOWER,
        source=TERTIALBOKSLUT,
        periods=TERTIAL_DELAR_HELAR,
    ),
    # -- M4 Engagerade medarbetare --------------------------------------------------------
    Indicator(
        "I4.1.1.1",
        "M4.1.1",
        "Andel chefer som har en dokumenterad kompetensförsörjningsplan",
        strategies(
            "Nätverksmöten (samverkan/erfarenhetsutbyte med andra landsting)",
            "Verksamhetsmål/uppdrag för Landstingsdirektörens stab",
            "Chefen ska få stöd framtagandet av kompetensförsörjningsplaner",
        ),
        PERCENT,
        target="100 %",
        direction=HIGHER,
        baseline="2012: 63,6 % 2013: 40 %",
        source="Manuell uppföljning Helårsbokslut",
        periods=HELAR,
    ),
    Indicator(
        "I4.1.1.2",
        "M4.1.1",
        "Andel tillsvidareanställda medarbetare som medverkar i medarbetarsamtal",
        type=PERCENT,
        target="95 %",
        direction=HIGHER,
        baseline="2012: 79,8 % 2013: 71,8 %",
        source="Manuell registrering i Heroma Helårsbokslut",
        periods=HELAR,
    ),
    Indicator(
        "I4.1.1.3",
        "M4.1.1",
        "Andel tillsvidareanställda medarbetare som har en individuell utvecklingsplan",
        type=PERCENT,
        target="95 %",
        direction=HIGHER,
        baseline="2012: 11,7 % 2013: 67 %",
        source="Manuell registrering i Heroma Helårsbokslut",
        periods=HELAR,
    ),
    Indicator(
        "I4.1.2.1",
        "M4.1.2",
        "Index för hållbart medarbetarengagemang",
        type=NUMBER,
        target="80",
        direction=HIGHER,
        baseline="2012: 73 2013: 73",
        source="Extern konsult (Skop) Helårsbokslut",
        periods=HELAR,
    ),
    Indicator(
        "I4.1.2.2",
        "M4.1.2",
        "Svarsfrekvens för Landstingsdirektörens stab",
        strategies("Päminna på APT"),
        PERCENT,
        target="95 %",
        direction=HIGHER,
        baseline="2013: 83 %",
        periods=HELAR,
    ),
    Indicator(
        "I4.1.3.1",
        "M4.1.3",
        "Antal genomförda skyddsronder",
        strategies("Uppföljning av SAM i BSG", "Redovisas i internkontrollplanen"),
        NUMBER,
        target="2",
        direction=HIGHER,
        source="Manuell uppföljning Helårsbokslut",
        periods=HELAR,
    ),
    Indicator(
        "I4.1.4.1",
        "M4.1.4",
        "Processen är kartlagd och utbildning genomförd",
        strategies("Kvalitetssäkra processen för ärende- och uppdragsfördelning på staben."),
        YESNO,
        target="Ja",
        source="Manuell uppföljning Helårsbokslut",
        periods=HELAR,
    ),
    Indicator(
        "I4.1.5.1",
        "M4.1.5",
        "Andel chefer som har en handlingsplan för intern kommunikation",
        strategies(
            "Stödja chefernas arbete med att ta fram handlingsplaner, till exempel genom att "
            "tillhandahålla mallar och konsultativt stöd."
        ),
        PERCENT,
        target="100 %",
        direction=HIGHER,
        baseline="33 %",
        source="Manuell uppföljning. Helårsbokslut",
        periods=HELAR,
    ),
)

# The stab's own enheter as section 1.1 names them; contacts and addresses are invented.
UNITS = (
    Unit(
        "PLU", "Planerings- och utvecklingsenheten", "Karin Holmberg", "karin.holmberg@example.se"
    ),
    Unit("KOM", "Kommunikationsenheten", "Johan Ek", "johan.ek@example.se"),
    Unit("PERS", "Personalenheten", "Maria Sandberg", "maria.sandberg@example.se"),
    Unit("EKO", "Ekonomienheten", "Anders Nyström", "anders.nystrom@example.se"),
    Unit("KANS", "Kanslienheten", "Eva Lindgren", "eva.lindgren@example.se"),
    Unit("HVAL", "Hälsovalsenheten", "Peter Åkesson", "peter.akesson@example.se"),
    Unit("BKC", "Blekinge kompetenscentrum", "Sara Blom", "sara.blom@example.se"),
)

# "Tertialbokslut mars och augusti samt helårsbokslut" / "delårs- och årsredovisning";
# the dates and deadlines are invented.
PERIODS = (
    Period("T1", "Tertialbokslut mars", date(2015, 1, 1), date(2015, 3, 31), date(2015, 4, 10)),
    Period(
        "Delår", "Delårsrapport augusti", date(2015, 1, 1), date(2015, 8, 31), date(2015, 9, 11)
    ),
    Period(
        "Helår",
        "Helårsbokslut/årsredovisning",
        date(2015, 1, 1),
        date(2015, 12, 31),
        date(2016, 1, 22),
    ),
)

PLAN = Plan(
    name="Verkställighetsplan 2015 – Landstingsdirektörens stab",
    organisation="Landstinget Blekinge",
    year=2015,
    levels=("Målområde", "Landstingsstyrelsens mål", "Förvaltningens mål"),
    notes=(
        (
            "Obs",
            "Enheterna (stabens enheter enligt avsnitt 1.1 i planen) har påhittade "
            "kontaktpersoner och e-postadresser. Periodernas datum och sista svarsdag är "
            "påhittade exempel. Alla ID:n är tillagda.",
        ),
        (
            "Källa",
            "Landstinget Blekinge, Verkställighetsplan 2015, Landstingsdirektörens stab, "
            "avsnitt 3 Mål och strategi.",
        ),
        (
            "Strategier",
            "Kolumnen ”Ex på strategier och insatser” står i Beskrivning på det mått vars rad "
            "den står på i planen.",
        ),
        (
            "Utelämnat",
            "Budgettabellen i avsnitt 5 (tkr per år) och de särskilda satsningarna i avsnitt 4 "
            "är inte med: de har inga mått eller målvärden som följs upp.",
        ),
    ),
    goals=GOALS,
    indicators=INDICATORS,
    units=UNITS,
    periods=PERIODS,
)
