"""Plans built in Python for the generator's tests: every indicator type, hostile texts."""

from __future__ import annotations

from datetime import date

from vpt.model import Direction, Goal, Indicator, IndicatorType, Period, Plan, Unit

HOSTILE = ('=HYPERLINK("http://x","klicka")', "+1", "@x", "http://x", "-2", "=1+1", "{=A1}")


def sample_plan() -> Plan:
    """A small plan with one indicator of each kind, hostile texts and a restricted indicator."""
    P, N, Y, T, X = (IndicatorType.PERCENT, IndicatorType.NUMBER, IndicatorType.YESNO,
                     IndicatorType.TASK, IndicatorType.TEXT)  # fmt: skip
    low = Direction.LOWER
    indicators = (
        Indicator("I1", "E1", "Andel besök inom 3 dagar", type=P, target="Minst 75%"),
        Indicator("I2", "E1", "Väntetid i dagar", type=N, target="Högst 30 dagar", direction=low),
        Indicator("I3", "E1", "Finns rutin", type=Y, target="Ja"),
        Indicator("I4", "E2", "Inför digitala besök", type=T),
        Indicator("I5", "E2", "Beskriv arbetet", type=X, target="ska beskrivas", source=HOSTILE[6]),
        Indicator("I6", "E3", "Andel nöjda", type=P, target="> 90%", baseline="2023: 88 %"),
        Indicator("I7", "E3", "Index", type=N, target="77-80", source="Enkät", baseline=HOSTILE[4]),
        Indicator(
            "I8",
            "E3",
            "Listade",
            type=N,
            target="Öka med 10% jämfört med fg år",
            baseline="2022: 150 2023: 200",
        ),
        Indicator(
            "I9",
            "E3",
            HOSTILE[5],
            type=X,
            target=HOSTILE[1],
            source=HOSTILE[3],
            baseline=HOSTILE[2],
            description=HOSTILE[0],
        ),
        Indicator("I10", "E1", "Antal kliniker", type=N, target="Minst 3 st"),
        Indicator("I11", "E1", "Bara för enhet B", type=P, target="Minst 50%", units=("B",)),
        Indicator("I12", "E1", "Bara helår", type=P, target="Minst 50%", periods=("Helår",)),
        Indicator("I13", "E3", "Med gränsvärde", type=P, target="Minst 90 %", threshold="80 %"),
        Indicator("I14", "E3", "Sjukfrånvaro", type=P, target="Högst 5 %"),
        Indicator("I15", "E3", "Avvikelser", type=N, target="Högst 0", direction=low),
        Indicator("I16", "E3", "Väntelista finns", type=Y, target="Nej"),
    )
    return Plan(
        name="Testplan & co",
        organisation="Region Test",
        year=2025,
        levels=("Perspektiv", "Effektmål"),
        tolerance=0.10,
        notes=(("Obs", HOSTILE[0]),),
        goals=(
            Goal("P1", "Invånare"),
            Goal("E1", "Tillgänglig vård", "P1"),
            Goal("E2", HOSTILE[0], "P1"),
            Goal("P2", "Medarbetare och ekonomi"),
            Goal("E3", "Hållbar verksamhet", "P2"),
            Goal("P3", "Utan indikatorer"),
        ),
        indicators=indicators,
        units=(
            Unit("A", "Vårdcentral Öst", "Anna Andersson", "anna@example.se"),
            Unit("B", 'Vård: "Väst"?', "Bo Berg", ""),
        ),
        periods=(
            Period("T1", "Tertial 1", date(2025, 1, 1), date(2025, 4, 30), date(2025, 5, 15)),
            Period("Helår", "Helår", date(2025, 1, 1), date(2025, 12, 31), date(2026, 1, 31)),
        ),
    )
