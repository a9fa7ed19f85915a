"""derive(Sachverhalt, Stichtag) -> Fakten: the facts the § 25b rules test.

An unknown fact is absent from ``werte`` (never guessed) and its Herleitung says why.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kimrules.fakten import catalog
from kimrules.fakten.derive import all3, any3, derive
from kimrules.akte.facts import Sachverhalt

D = date
ST = D(2025, 3, 15)


def werte(stichtag: date = ST, **kw) -> dict:
    return derive(Sachverhalt(aktenzeichen="T-1", **kw), stichtag).werte


def fakten(stichtag: date = ST, **kw):
    return derive(Sachverhalt(aktenzeichen="T-1", **kw), stichtag)


# --- Kleene helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "values, expected_or, expected_and",
    [
        ([], False, True),
        ([True, None], True, None),
        ([False, None], None, False),
        ([False, False], False, False),
        ([True, True], True, True),
        ([None, None], None, None),
    ],
)
def test_kleene_helpers(values, expected_or, expected_and):
    assert any3(values) is expected_or
    assert all3(values) is expected_and


# --- current status: geduldet / § 104c ------------------------------------------------------------------


@pytest.mark.parametrize(
    "status, paragraph, geduldet, ae_104c",
    [
        ("duldung", None, True, False),
        ("duldung_60b", None, True, False),
        ("duldung_60c", None, True, False),
        ("duldung_60d", None, True, False),
        ("aufenthaltsgestattung", None, False, False),
        ("aufenthaltserlaubnis", "§ 104c", False, True),
        ("aufenthaltserlaubnis", "§ 104c AufenthG", False, True),
        ("aufenthaltserlaubnis", "104c", False, True),
        ("aufenthaltserlaubnis", "§ 25 Abs. 5", False, False),
        ("aufenthaltserlaubnis", None, False, False),
        ("fiktionsbescheinigung", None, False, False),
    ],
)
def test_geduldet_and_104c_from_the_current_status(status, paragraph, geduldet, ae_104c):
    aufenthalt = [
        {"status": "aufenthaltsgestattung", "von": "01.01.2016", "bis": "31.12.2022"},
        {"status": status, "von": "01.01.2023", "paragraph": paragraph},
    ]
    w = werte(aufenthalt=aufenthalt)
    assert w["geduldet"] is geduldet
    assert w["inhaber_ae_104c"] is ae_104c


def test_status_is_taken_on_the_stichtag_not_today():
    aufenthalt = [
        {"status": "aufenthaltserlaubnis", "paragraph": "§ 104c", "von": "01.03.2023", "bis": "31.08.2024"},
        {"status": "duldung", "von": "01.09.2024"},
    ]
    assert werte(D(2024, 8, 31), aufenthalt=aufenthalt)["inhaber_ae_104c"] is True
    w = werte(D(2024, 9, 1), aufenthalt=aufenthalt)
    assert w["inhaber_ae_104c"] is False and w["geduldet"] is True


def test_no_status_on_the_stichtag_leaves_geduldet_unknown():
    f = fakten(aufenthalt=[{"status": "duldung", "von": "01.01.2016", "bis": "31.12.2024"}])
    assert "geduldet" not in f.werte
    assert "kein Status erfasst" in f.herleitung["geduldet"]
    assert "Anspruch auf Duldung prüfen" in f.herleitung["geduldet"]


# --- family (§ 25b Abs. 1 S. 2 Nr. 1: minderjähriges lediges Kind in häuslicher Gemeinschaft) --------------


KIND = "minderjaehriges_lediges_kind_im_haushalt"


def kind(geburt: str | None, ledig=True, im_haushalt=True) -> dict:
    return {"geburtsdatum": geburt, "ledig": ledig, "im_haushalt": im_haushalt}


def test_child_turning_18_on_the_stichtag_is_no_longer_minor():
    # § 187 Abs. 2 Satz 2, § 188 Abs. 2 BGB: the 18th year is completed at the end of the day before the 18th birthday
    assert werte(haushalt={"kinder": [kind("15.03.2007")]})[KIND] is False
    assert werte(haushalt={"kinder": [kind("16.03.2007")]})[KIND] is True


def test_child_unknown_ledig_is_unknown_unless_another_child_qualifies():
    f = fakten(haushalt={"kinder": [kind("01.01.2012", ledig=None)]})
    assert KIND not in f.werte
    assert "unbekannt" in f.herleitung[KIND]
    assert werte(haushalt={"kinder": [kind("01.01.2012", ledig=None), kind("01.01.2014")]})[KIND] is True
    # the other child is adult: still unknown
    assert KIND not in werte(haushalt={"kinder": [kind("01.01.2012", ledig=None), kind("01.01.2000")]})


@pytest.mark.parametrize(
    "k, expected",
    [
        (kind("01.01.2012", ledig=False), False),
        (kind("01.01.2012", im_haushalt=False), False),
        (kind("01.01.2012", im_haushalt=None), None),
        (kind(None), None),
        (kind(None, ledig=False), False),  # married: not qualifying whatever the age
    ],
)
def test_child_conditions(k, expected):
    assert werte(haushalt={"kinder": [k]}).get(KIND) is expected


def test_no_children_and_unrecorded_children():
    f = fakten(haushalt={"kinder": []})
    assert f.werte[KIND] is False
    f = fakten()
    assert KIND not in f.werte
    assert f.herleitung[KIND] == "Kinder nicht erfasst"


# --- age (§ 187 Abs. 2 S. 2 BGB) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stichtag, expected",
    [(D(2026, 2, 27), 17), (D(2026, 2, 28), 17), (D(2026, 3, 1), 18), (D(2028, 2, 28), 19), (D(2028, 2, 29), 20)],
)
def test_alter_jahre_for_a_29_february_birthday(stichtag, expected):
    assert werte(stichtag, person={"geburtsdatum": "29.02.2008"})["alter_jahre"] == expected


def test_alter_jahre_unknown_without_birth_date():
    f = fakten()
    assert "alter_jahre" not in f.werte
    assert f.herleitung["alter_jahre"] == "Geburtsdatum nicht erfasst"


# --- livelihood (§ 25b Abs. 1 S. 2 Nr. 3) -----------------------------------------------------------------------


ANTEIL = "lebensunterhalt_anteil_erwerb_prozent"


def test_livelihood_share_counts_only_earned_income():
    f = fakten(
        lebensunterhalt={
            "bedarf_eur_monat": 1200,
            "einkommen": [
                {"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 600},
                {"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 300},
                {"quelle": "kindergeld", "betrag_eur_monat": 250},
            ],
        }
    )
    assert f.werte[ANTEIL] == 75.0
    assert type(f.werte[ANTEIL]) is float
    assert f.werte["erwerbseinkommen_vorhanden"] is True
    assert "75,0 %" in f.herleitung[ANTEIL] and "900,00 €" in f.herleitung[ANTEIL]


def test_livelihood_share_with_zero_need_is_full():
    w = werte(lebensunterhalt={"bedarf_eur_monat": 0, "einkommen": []})
    assert w[ANTEIL] == 100.0 and type(w[ANTEIL]) is float
    assert w["erwerbseinkommen_vorhanden"] is False


def test_livelihood_share_is_compared_unrounded():
    # 611 / 1200 = 50.9166…: the rules compare the exact share; only the explanation rounds
    f = fakten(lebensunterhalt={"bedarf_eur_monat": 1200, "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 611}]})
    assert f.werte[ANTEIL] == pytest.approx(100 * 611 / 1200)
    assert "50,9 % (gerundet)" in f.herleitung[ANTEIL]


@pytest.mark.parametrize("lu", [{"bedarf_eur_monat": 1200}, {"einkommen": []}, {}])
def test_livelihood_share_unknown_without_need_or_income(lu):
    f = fakten(lebensunterhalt=lu)
    assert ANTEIL not in f.werte
    assert f.herleitung[ANTEIL] == "Bedarf oder Erwerbseinkommen nicht erfasst"


def test_family_with_minor_child_and_earned_income():
    name = "minderjaehriges_kind_im_haushalt_und_erwerb"
    job = {"einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 500}]}
    assert werte(haushalt={"kinder": [kind("01.01.2015")]}, lebensunterhalt=job)[name] is True
    assert werte(haushalt={"kinder": []}, lebensunterhalt=job)[name] is False
    assert name not in werte(lebensunterhalt=job)  # children unknown
    assert werte(haushalt={"kinder": [kind("01.01.2015")]}, lebensunterhalt={"einkommen": []})[name] is False


# --- convictions (§ 25b Abs. 2 Nr. 2 with § 54 Abs. 1 Nr. 1, Abs. 2 Nr. 1, 2) -----------------------------------


AUSW = "ausweisungsinteresse_verurteilung"


@pytest.mark.parametrize(
    "verurteilungen, expected",
    [
        ([{"freiheitsstrafe_monate": 6, "vorsaetzlich": True}], True),  # § 54 Abs. 2 Nr. 1
        ([{"freiheitsstrafe_monate": 6, "vorsaetzlich": True, "bewaehrung": True}], True),  # Bewährung irrelevant there
        ([{"freiheitsstrafe_monate": 5, "vorsaetzlich": True}], False),
        ([{"freiheitsstrafe_monate": 6, "vorsaetzlich": False}], False),  # negligence
        ([{"freiheitsstrafe_monate": 6}], None),  # intent unknown
        ([{"jugendstrafe_monate": 24}], True),  # § 54 Abs. 1 Nr. 1
        ([{"jugendstrafe_monate": 24, "bewaehrung": True}], True),
        ([{"jugendstrafe_monate": 12, "bewaehrung": False}], True),  # § 54 Abs. 2 Nr. 2
        ([{"jugendstrafe_monate": 12, "bewaehrung": True}], None),  # Abs. 1 Nr. 1a–1d depend on the offence
        ([{"jugendstrafe_monate": 12}], None),
        ([{"jugendstrafe_monate": 3}], False),
        ([{"tagessaetze": 90}], False),  # a fine is no Freiheitsstrafe
        (None, None),
        ([], False),
        # several convictions: Kleene OR
        ([{"tagessaetze": 30}, {"jugendstrafe_monate": 12, "bewaehrung": True}], None),
        ([{"freiheitsstrafe_monate": 8, "vorsaetzlich": True}, {"jugendstrafe_monate": 12, "bewaehrung": True}], True),
    ],
)
def test_conviction_facts(verurteilungen, expected):
    # judged a year before the Stichtag: not tilgungsreif (§ 46 BZRG: at least five years)
    if verurteilungen:
        verurteilungen = [{"datum": ST - timedelta(days=365), **v} for v in verurteilungen]
    assert werte(verurteilungen=verurteilungen).get(AUSW) is expected


def test_conviction_herleitung():
    assert fakten(verurteilungen=None).herleitung[AUSW] == "Verurteilungen nicht erfasst"
    assert fakten(verurteilungen=[]).herleitung[AUSW] == "keine Verurteilungen"
    h = fakten(verurteilungen=[{"jugendstrafe_monate": 12, "bewaehrung": False}]).herleitung[AUSW]
    assert "Jugendstrafe 12 Monate ohne Bewährung" in h


def test_conviction_with_unknown_sentence_is_unknown():
    """A recorded conviction whose sentence is not recorded cannot be ruled out (facts.py: None = unbekannt)."""
    f = fakten(verurteilungen=[{"datum": "01.02.2020"}])
    assert AUSW not in f.werte
    assert "keine über den Schwellen" not in f.herleitung[AUSW]


# --- obstruction (§ 25b Abs. 2 Nr. 1): Kleene OR --------------------------------------------------------------------


@pytest.mark.parametrize(
    "taeuschung, mitwirkung, expected",
    [
        (True, None, True),
        (None, True, True),
        (True, False, True),
        (False, False, False),
        (False, None, None),
        (None, False, None),
        (None, None, None),
    ],
)
def test_verhindert_aufenthaltsbeendigung_is_kleene_or(taeuschung, mitwirkung, expected):
    ident = {"taeuschung_aktuell": taeuschung, "mitwirkung_verweigert_aktuell": mitwirkung}
    assert werte(identitaet=ident).get("verhindert_aufenthaltsbeendigung") is expected


# --- other derived facts ---------------------------------------------------------------------------------------------


def test_pass_gueltig_on_the_stichtag():
    assert werte(identitaet={"pass": {"vorhanden": True, "gueltig_bis": "15.03.2025"}})["pass_gueltig"] is True
    assert werte(identitaet={"pass": {"vorhanden": True, "gueltig_bis": "14.03.2025"}})["pass_gueltig"] is False
    assert werte(identitaet={"pass": {"vorhanden": False}})["pass_gueltig"] is False
    assert "pass_gueltig" not in werte(identitaet={"pass": {"vorhanden": True}})


def test_language_levels():
    w = werte(sprache={"nachweise": [{"niveau": "B1", "muendlich": False, "schriftlich": True}, {"niveau": "A2"}]})
    assert w["deutsch_muendlich_stufe"] == 2
    assert w["deutsch_schriftlich_stufe_person_oder_partner"] == 3
    w = werte(sprache={"nachweise": []}, haushalt={"partner": {"deutsch_schriftlich": "A2"}})
    assert w["deutsch_muendlich_stufe"] == 0
    assert w["deutsch_schriftlich_stufe_person_oder_partner"] == 2
    w = werte()
    assert "deutsch_muendlich_stufe" not in w and "deutsch_schriftlich_stufe_person_oder_partner" not in w


def test_grundkenntnisse_kleene_or():
    assert werte(bildung={"deutscher_schulabschluss": True})["grundkenntnisse_nachgewiesen"] is True
    assert "grundkenntnisse_nachgewiesen" not in werte(leben_in_deutschland_test={"bestanden": False})
    assert (
        werte(leben_in_deutschland_test={"bestanden": False}, bildung={"deutscher_schulabschluss": False, "berufsabschluss_deutschland": False})[
            "grundkenntnisse_nachgewiesen"
        ]
        is False
    )


def test_schulbesuch_kinder():
    name = "schulbesuch_kinder_nachgewiesen"
    assert werte(haushalt={"kinder": []})[name] is True
    assert werte(haushalt={"kinder": [{"schulpflichtig": False}]})[name] is True
    assert werte(haushalt={"kinder": [{"schulpflichtig": True, "schulbesuch_nachgewiesen": True}]})[name] is True
    assert werte(haushalt={"kinder": [{"schulpflichtig": True, "schulbesuch_nachgewiesen": False}]})[name] is False
    assert name not in werte(haushalt={"kinder": [{"schulpflichtig": True}]})


# --- every derived key is declared in the catalog with its type --------------------------------------------------------


def _check_types(f) -> None:
    assert set(f.werte) <= set(catalog.FAKTEN), set(f.werte) - set(catalog.FAKTEN)
    assert set(f.herleitung) == set(catalog.FAKTEN)  # every fact explains itself, known or not
    for name, value in f.werte.items():
        typ = catalog.FAKTEN[name].typ
        assert type(value) is typ, (name, value, typ)
        assert f.herleitung[name]


tri = st.sampled_from([True, False, None])
small_dates = st.dates(min_value=D(1960, 1, 1), max_value=D(2024, 12, 31))


@st.composite
def sachverhalte(draw):
    stichtag = draw(st.dates(min_value=D(2025, 1, 1), max_value=D(2030, 12, 31)))
    geburt = draw(st.none() | st.dates(min_value=D(1960, 1, 1), max_value=D(2012, 12, 31)))
    aufenthalt = None
    if draw(st.booleans()):
        day = max(geburt or D(2013, 1, 1), D(2013, 1, 1)) + timedelta(days=draw(st.integers(0, 500)))
        aufenthalt = []
        for _ in range(draw(st.integers(0, 4))):
            bis = day + timedelta(days=draw(st.integers(0, 900)))
            aufenthalt.append(
                {
                    "status": draw(st.sampled_from(["duldung", "duldung_60b", "duldung_60d", "aufenthaltsgestattung", "aufenthaltserlaubnis", "kein_status"])),
                    "von": day,
                    "bis": bis,
                    "paragraph": draw(st.sampled_from([None, "§ 104c", "§ 25 Abs. 5"])),
                }
            )
            day = bis + timedelta(days=draw(st.sampled_from([1, 1, 40, 120])))
        if aufenthalt and draw(st.booleans()):
            aufenthalt[-1]["bis"] = None
    kinder = draw(
        st.none()
        | st.lists(
            st.fixed_dictionaries(
                {
                    "geburtsdatum": st.none() | st.dates(min_value=D(2000, 1, 1), max_value=D(2024, 12, 31)),
                    "ledig": tri,
                    "im_haushalt": tri,
                    "schulpflichtig": tri,
                    "schulbesuch_nachgewiesen": tri,
                }
            ),
            max_size=3,
        )
    )
    einkommen = draw(
        st.none()
        | st.lists(
            st.fixed_dictionaries(
                {
                    "quelle": st.sampled_from(["erwerbstaetigkeit", "kindergeld", "sonstiges"]),
                    "betrag_eur_monat": st.integers(0, 3000) | st.floats(0, 3000, allow_nan=False),
                }
            ),
            max_size=3,
        )
    )
    nachweise = draw(
        st.none()
        | st.lists(
            st.fixed_dictionaries({"niveau": st.sampled_from(["A1", "A2", "B1", "C2"]), "muendlich": tri, "schriftlich": tri}),
            max_size=2,
        )
    )
    verurteilungen = draw(
        st.none()
        | st.lists(
            st.fixed_dictionaries(
                {
                    "freiheitsstrafe_monate": st.none() | st.integers(0, 30),
                    "jugendstrafe_monate": st.none() | st.integers(0, 30),
                    "tagessaetze": st.none() | st.integers(0, 200),
                    "bewaehrung": tri,
                    "vorsaetzlich": tri,
                }
            ),
            max_size=2,
        )
    )
    s = Sachverhalt(
        aktenzeichen="H-1",
        person={"geburtsdatum": geburt},
        aufenthalt=aufenthalt,
        auslandsaufenthalte=draw(st.none() | st.just([]) | st.just([{"von": D(2018, 5, 1), "bis": D(2018, 6, 15)}])),
        haushalt={"kinder": kinder, "partner": draw(st.none() | st.just({"deutsch_schriftlich": "A2"})),
                  "familienangehoeriger_25b_beguenstigter": draw(tri)},
        sprache={"nachweise": nachweise, "integrationskurs_moeglich": draw(tri)},
        leben_in_deutschland_test={"bestanden": draw(tri)},
        bekenntnis={"abgegeben": draw(tri)},
        bildung={"deutscher_schulabschluss": draw(tri), "in_ausbildung_oder_studium": draw(tri)},
        lebensunterhalt={
            "bedarf_eur_monat": draw(st.none() | st.integers(0, 3000) | st.floats(0, 3000, allow_nan=False)),
            "einkommen": einkommen,
            "leistungsbezug_voruebergehend": draw(tri),
            "prognose_anhaltspunkte": draw(tri),
        },
        identitaet={
            "geklaert": draw(tri),
            "taeuschung_aktuell": draw(tri),
            "mitwirkung_verweigert_aktuell": draw(tri),
            "taeuschung_frueher": draw(tri),
            "pass": draw(st.none() | st.fixed_dictionaries({"vorhanden": tri, "gueltig_bis": st.none() | small_dates})),
        },
        verurteilungen=verurteilungen,
        sonstiges_ausweisungsinteresse=draw(tri),
        beeintraechtigung={"lebensunterhalt": draw(tri), "sprache": draw(tri)},
        besonderheiten={"besondere_integrationsleistungen": draw(tri), "atypischer_fall": draw(tri)},
        beschaeftigungsduldung={"voraussetzungen_60d_erfuellt": draw(tri)},
    )
    return s, stichtag


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sachverhalte())
def test_every_derived_fact_is_declared_with_its_type(case):
    s, stichtag = case
    _check_types(derive(s, stichtag))


def test_a_complete_case_yields_every_catalog_fact():
    s = Sachverhalt(
        aktenzeichen="V-1",
        person={"geburtsdatum": "10.05.1990"},
        aufenthalt=[{"status": "duldung_60d", "von": "01.01.2019"}],
        auslandsaufenthalte=[],
        haushalt={"kinder": [kind("01.01.2015") | {"schulpflichtig": True, "schulbesuch_nachgewiesen": True}],
                  "familienangehoeriger_25b_beguenstigter": False},
        sprache={"nachweise": [{"niveau": "B1", "schriftlich": True}], "integrationskurs_moeglich": True},
        leben_in_deutschland_test={"bestanden": True},
        bekenntnis={"abgegeben": True},
        bildung={"in_ausbildung_oder_studium": False},
        lebensunterhalt={
            "bedarf_eur_monat": 2000,
            "einkommen": [{"quelle": "erwerbstaetigkeit", "betrag_eur_monat": 1500}],
            "leistungsbezug_voruebergehend": False,
            "prognose_anhaltspunkte": True,
            "alleinerziehend_arbeit_unzumutbar": False,
            "pflegt_angehoerige": False,
        },
        identitaet={"geklaert": True, "pass": {"vorhanden": True, "gueltig_bis": "01.01.2030"}, "taeuschung_aktuell": False,
                    "mitwirkung_verweigert_aktuell": False, "taeuschung_frueher": False, "zumutbare_massnahmen_ergriffen": True},
        verurteilungen=[],
        sonstiges_ausweisungsinteresse=False,
        beeintraechtigung={"lebensunterhalt": False, "sprache": False},
        besonderheiten={"besondere_integrationsleistungen": False, "atypischer_fall": False},
        beschaeftigungsduldung={"voraussetzungen_60d_erfuellt": True},
    )
    f = derive(s, ST)
    _check_types(f)
    # the facts of this module (the norm-specific modules and the household facts have their own tests)
    from kimrules.fakten.derive_norms import MODULE

    eigene = set(catalog.FAKTEN) - catalog.HAUSHALT_FAKTEN - {name for modul in MODULE for name in modul.FAKTEN}
    assert eigene <= set(f.werte), sorted(eigene - set(f.werte))
    assert f.werte["duldung_60d_monate"] == 74
    assert f.werte["voraufenthalt_monate"] == 74
    assert f.werte["lebensunterhalt_anteil_erwerb_prozent"] == 75.0
