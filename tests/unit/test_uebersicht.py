"""The overview: which pathway is open now, later, unclear or closed, and the one point that matters most."""

from __future__ import annotations

from kimrules.ausgabe import uebersicht


def _v(id_: str, status: str, art: str = "voraussetzung", fehlend: tuple[str, ...] = ()) -> dict:
    return {"id": id_, "titel": id_.capitalize(), "status": status, "art": art, "fehlend": list(fehlend)}


def _pfad(status: str, *voraussetzungen: dict, gueltig_ab: str | None = "2022-12-31", hinweis: str | None = None) -> dict:
    return {"kennung": "x", "norm": "§ x", "titel": "X", "status": status, "gueltig_ab": gueltig_ab,
            "hinweis": hinweis, "voraussetzungen": list(voraussetzungen)}


def test_erfuellt_is_open_now():
    z = uebersicht.zeile(_pfad("erfuellt", _v("a", "erfuellt")))
    assert (z["lage"], z["wichtigster_punkt"], z["weitere_punkte"]) == ("jetzt_offen", None, 0)


def test_exclusion_matters_more_than_an_earlier_requirement():
    z = uebersicht.zeile(_pfad("nicht_erfuellt", _v("deutsch", "nicht_erfuellt"), _v("straftat", "nicht_erfuellt", "versagungsgrund")))
    assert z["lage"] == "verschlossen"
    assert z["wichtigster_punkt"]["id"] == "straftat"
    assert z["weitere_punkte"] == 1
    assert z["satz"] == "Nicht erfüllt: Straftat."


def test_requirement_time_will_not_fix_comes_before_one_it_will():
    z = uebersicht.zeile(_pfad("nicht_erfuellt", _v("voraufenthalt", "nicht_erfuellt"), _v("deutsch", "nicht_erfuellt")),
                         {"datum": "2026-03-15", "zeitabhaengig": ["voraufenthalt"], "nicht_durch_zeit": ["deutsch"]})
    assert z["lage"] == "verschlossen" and z["wichtigster_punkt"]["id"] == "deutsch"


def test_only_time_missing_opens_later_with_the_date():
    z = uebersicht.zeile(_pfad("nicht_erfuellt", _v("geduldet", "erfuellt"), _v("voraufenthalt", "nicht_erfuellt"), _v("pass", "ungeklaert", fehlend=("Pass?",))),
                         {"datum": "2026-03-15", "zeitabhaengig": ["voraufenthalt"], "nicht_durch_zeit": []})
    assert z["lage"] == "spaeter" and z["fruehestens"] == "2026-03-15"
    assert z["satz"] == "Frühestens ab 15.03.2026: Voraufenthalt. Außerdem zu klären: Pass."


def test_unclear_prefers_a_question_over_discretion():
    z = uebersicht.zeile(_pfad("ungeklaert", _v("gesamtschau", "ungeklaert"), _v("pass", "ungeklaert", fehlend=("Pass vorlegen lassen",))))
    assert z["lage"] == "zu_klaeren" and z["wichtigster_punkt"]["id"] == "pass"
    assert z["satz"] == "Zu klären: Pass – Pass vorlegen lassen."


def test_not_in_force_shows_the_reason_and_groups_are_ordered():
    zu = _pfad("nicht_erfuellt", gueltig_ab=None, hinweis="Seit 31.12.2025 keine Neuerteilung.")
    offen = _pfad("erfuellt", _v("a", "erfuellt"))
    zeilen = uebersicht.build([zu, offen])
    assert [z["lage"] for z in zeilen] == ["jetzt_offen", "nicht_in_kraft"]
    assert zeilen[1]["satz"] == "Seit 31.12.2025 keine Neuerteilung."


def test_a_requirement_time_will_settle_is_not_also_listed_as_unclear():
    z = uebersicht.zeile(_pfad("ungeklaert", _v("voraufenthalt", "ungeklaert"), _v("pass", "erfuellt")),
                         {"datum": "2025-03-10", "zeitabhaengig": ["voraufenthalt"], "nicht_durch_zeit": []})
    assert z["lage"] == "spaeter"
    assert z["satz"] == "Frühestens ab 10.03.2025: Voraufenthalt."
