import pandas as pd
import pytest

from narrative_compare.casualties import add_casualties, casualty_ledger


def units(*texts, side="author", speaker="author"):
    return pd.DataFrame({"unit": range(len(texts)), "start": 0, "end": 0, "text": list(texts),
                         "kind": "body", "side": side, "speaker": speaker})


@pytest.mark.parametrize("text, casualty, victim", [
    ("Ukrainian officials said 47 Russian soldiers were killed in the strike.", 1, "russia"),
    ("At least 100 North Korean soldiers had been killed in the Kursk region.", 1, "dprk"),
    ("Two residents were killed and nine were wounded when a bomb struck a block.", 1, "civilians"),
    ("No casualties were reported after the strike on the depot.", 1, "unspecified"),
    ("The ministry denied that any sailors had been killed.", 1, "unspecified"),
    ("More than 8,000 Ukrainian servicemen remain in Russian captivity.", 1, "ukraine"),
    ("Over 11,000 North Korean soldiers have been deployed to Russia.", 0, ""),
    ("Russian forces lost the village of Zoriane on Tuesday.", 0, ""),
    ("The brigade destroyed three tanks and an armoured vehicle.", 0, ""),
    ("Both armies are paying a heavy price for every kilometre.", 0, ""),
    ("Hospital wards were cleared to make room for new arrivals.", 0, ""),
    ("The two sides exchanged 150 prisoners of war on Friday.", 0, ""),
    ("The casualty figures released by the two sides have drifted far apart.", 0, ""),
    ("Ukrainian forces captured the village after a week of fighting.", 0, ""),
])
def test_casualty_and_victim(text, casualty, victim):
    row = add_casualties(units(text)).iloc[0]
    assert (row.casualty, row.victim) == (casualty, victim)


def test_enemy_and_own_are_read_from_the_claimant_side():
    out = add_casualties(units("The assault was stopped with heavy losses for the enemy.",
                               "Our own battalion also suffered casualties.", side="ukraine_west"))
    assert list(out.victim) == ["russia", "ukraine"]


@pytest.mark.parametrize("text, low, high, precision", [
    ("Officials said 47 soldiers were killed.", 47, 47, "exact"),
    ("More than 300 soldiers were killed.", 301, None, "bounded"),
    ("At least 30 were wounded.", 30, None, "bounded"),
    ("Ukraine had lost up to 430 servicemen.", None, 430, "bounded"),
    ("Around 1,000 soldiers were killed or wounded.", 1000, 1000, "approximate"),
    ("The unit suffered heavy losses.", None, None, "qualitative"),
    ("No casualties were reported.", 0, 0, "exact"),
])
def test_magnitude_and_precision(text, low, high, precision):
    row = casualty_ledger(units(text)).iloc[0]
    assert (None if pd.isna(row.low) else row.low) == low
    assert (None if pd.isna(row.high) else row.high) == high
    assert row.precision == precision


@pytest.mark.parametrize("text, agency", [
    ("Four civilians were killed by a Russian missile.", "named_perpetrator"),
    ("Four civilians were killed overnight.", "agentless_passive"),
    ("Casualties are mounting on both sides.", "nominalisation"),
])
def test_agency(text, agency):
    assert casualty_ledger(units(text)).iloc[0].agency == agency


def test_ledger_keeps_claimant_and_input():
    table = units("Moscow claimed that 200 Ukrainian soldiers were killed.", side="russia", speaker="Moscow")
    before = table.copy()
    row = casualty_ledger(table).iloc[0]
    assert (row.claimant_side, row.speaker, row.victim, row.hedges) == ("russia", "Moscow", "ukraine", "claimed")
    assert table.equals(before)
