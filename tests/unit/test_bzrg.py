"""Tilgung and Verwertungsverbot (§§ 36, 46, 47, 51 BZRG) – kimrules.fakten.bzrg."""

from __future__ import annotations

from datetime import date

import pytest

from kimrules.akte.facts import Verurteilung
from kimrules.fakten.bzrg import pruefen

D = date


def V(**kw) -> Verurteilung:
    return Verurteilung(**{"vollstreckung_erledigt": True, "sexualstraftat": False, **kw})


@pytest.mark.parametrize("stichtag, sicher, unsicher, entfallen", [
    (D(2023, 1, 8), 1, 0, 0),   # § 46 Abs. 1 Nr. 1 Buchst. a: five years from 10.01.2018
    (D(2023, 1, 10), 0, 1, 0),  # whether the day of the judgment counts: open
    (D(2023, 2, 9), 0, 1, 0),
    (D(2023, 2, 10), 0, 0, 1),  # tilgungsreif: may not be held against the person (§ 51 Abs. 1)
])
def test_fine_up_to_90_tagessaetze_five_years(stichtag, sicher, unsicher, entfallen):
    t = pruefen([V(datum=D(2018, 1, 10), tagessaetze=60)], stichtag)
    assert (len(t.sicher), len(t.unsicher), len(t.entfallen)) == (sicher, unsicher, entfallen)


def test_a_later_entry_keeps_the_earlier_one_usable():
    # § 47 Abs. 3 Satz 1: no entry is removed while another is not yet due
    t = pruefen([V(datum=D(2010, 1, 10), tagessaetze=30), V(datum=D(2022, 1, 10), tagessaetze=30)], D(2024, 1, 1))
    assert len(t.sicher) == 2 and "§ 47 Abs. 3" in t.text


def test_missing_date_or_enforcement_leaves_it_open_with_the_question():
    t = pruefen([V(tagessaetze=30)], D(2026, 1, 1))
    assert t.unsicher and any("Datum des ersten Urteils" in f for f in t.fragen)
    t = pruefen([V(datum=D(2010, 1, 1), tagessaetze=30, vollstreckung_erledigt=None)], D(2026, 1, 1))
    assert t.unsicher and any("vollstreckt" in f for f in t.fragen)


def test_unpaid_fine_does_not_run_out():
    t = pruefen([V(datum=D(2010, 1, 1), tagessaetze=30, vollstreckung_erledigt=False)], D(2026, 1, 1))
    assert t.sicher and "§ 47 Abs. 2" in t.text


def test_prison_sentence_adds_its_length():
    # § 46 Abs. 1 Nr. 4, Abs. 3: 15 years and 24 months from 01.03.2005 -> 01.03.2022
    t = pruefen([V(datum=D(2005, 3, 1), freiheitsstrafe_monate=24)], D(2022, 2, 27))
    assert t.sicher
    assert pruefen([V(datum=D(2005, 3, 1), freiheitsstrafe_monate=24)], D(2022, 4, 1)).entfallen


def test_jugendstrafe_with_strafmakel_removed_is_open_while_not_tilgungsreif():
    # BVerwG 05.06.2014 – 10 C 4.14: usable if the authority knows it from its own files
    js = V(datum=D(2018, 11, 28), jugendstrafe_monate=10, bewaehrung=True, strafe_erlassen=True, strafmakel_beseitigt=True)
    geld = V(datum=D(2023, 3, 27), tagessaetze=60)
    t = pruefen([js, geld], D(2026, 3, 15))
    assert t.unsicher == (js,) and t.sicher == (geld,)


def test_erziehungsmassregeln_are_not_in_the_zentralregister():
    t = pruefen([V(jugendstrafrecht=True)], D(2026, 1, 1))
    assert t.sicher and not t.unsicher


def test_the_herleitung_names_a_conviction_left_out_as_tilgungsreif():
    # § 51 Abs. 1 BZRG: a tilgungsreife conviction is not held against the person; the case manager
    # reads in the Herleitung why it does not count
    from kimrules.akte.facts import Sachverhalt
    from kimrules.fakten.derive import derive
    from kimrules.regelwerk.rules import load_parameter

    s = Sachverhalt(aktenzeichen="T-BZRG", verurteilungen=[V(datum=D(2018, 1, 10), tagessaetze=60)])
    f = derive(s, D(2023, 2, 10), load_parameter())
    assert "tilgungsreif" in f.herleitung["verurteilung_vorhanden"]
