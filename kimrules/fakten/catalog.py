"""The vocabulary of engine facts: every name a rule file may test.

Each fact is derived from the client file by :mod:`kimrules.fakten.derive` on the
Stichtag. ``frage`` is what the case manager should find out when the fact is
unknown; ``titel`` is how the fact is named in explanations.
"""

from __future__ import annotations

from kimrules.fakten.typen import Fakt, _b, _n


FAKTEN: dict[str, Fakt] = {
    # Person und Status
    "alter_jahre": _n(int, "Alter", "Geburtsdatum erfragen (Pass, Duldung, Geburtsurkunde)", "Jahre"),
    "geduldet": _b("Am Stichtag geduldet", "Aktuellen Status erfragen: Duldungsbescheinigung oder Anspruch auf Duldung?"),
    "inhaber_ae_104c": _b(
        "Inhaber einer Aufenthaltserlaubnis nach § 104c AufenthG", "Aktuellen Aufenthaltstitel erfragen (Chancen-Aufenthaltsrecht?)"
    ),
    "inhaber_ae_25_abs5_oder_23a": _b(
        "Inhaber einer Aufenthaltserlaubnis nach § 25 Abs. 5 oder § 23a AufenthG",
        "Aktuellen Aufenthaltstitel erfragen (Aufenthaltserlaubnis mit Paragraph)",
    ),
    # Voraufenthalt
    "voraufenthalt_monate": _n(
        int,
        "Ununterbrochener anrechenbarer Voraufenthalt (Duldung, Gestattung, Aufenthaltserlaubnis)",
        "Lückenlose Statushistorie erfragen (Duldungen, Gestattungen, Aufenthaltserlaubnisse mit Daten; AZR-Auszug)",
        "Monate",
    ),
    "voraufenthalt_monate_mit_60b": _n(
        int,
        "Ununterbrochener Voraufenthalt einschließlich Zeiten mit Duldung nach § 60b",
        "Lückenlose Statushistorie erfragen (Duldungen, Gestattungen, Aufenthaltserlaubnisse mit Daten; AZR-Auszug)",
        "Monate",
    ),
    "voraufenthalt_monate_grosszuegig": _n(
        int,
        "Voraufenthalt bei großzügiger Zählung (mehrere kurze Unterbrechungen, § 60b-Zeiten ohne Kettenbruch)",
        "Lückenlose Statushistorie erfragen (Duldungen, Gestattungen, Aufenthaltserlaubnisse mit Daten; AZR-Auszug)",
        "Monate",
    ),
    "duldung_60d_monate": _n(
        int, "Ununterbrochen im Besitz einer Beschäftigungsduldung (§ 60d)", "Beschäftigungsduldungen mit Daten erfragen", "Monate"
    ),
    "voraussetzungen_60d_erfuellt": _b(
        "Voraussetzungen des § 60d AufenthG weiterhin erfüllt", "Mit der Ausländerbehörde klären, ob § 60d weiter erfüllt ist"
    ),
    # Familie
    "minderjaehriges_lediges_kind_im_haushalt": _b(
        "Lebt mit einem minderjährigen ledigen Kind in häuslicher Gemeinschaft",
        "Kinder erfragen: Geburtsdatum, ledig, im Haushalt?",
    ),
    "familienangehoeriger_25b_beguenstigter": _b(
        "Familienangehöriger eines Begünstigten nach § 25b Abs. 1 in familiärer Lebensgemeinschaft",
        "Erfragen, ob Ehegatte/Lebenspartner oder Elternteil eine Aufenthaltserlaubnis nach § 25b Abs. 1 erhält",
    ),
    "schulbesuch_kinder_nachgewiesen": _b(
        "Tatsächlicher Schulbesuch der schulpflichtigen Kinder nachgewiesen",
        "Schulbescheinigungen und Zeugnisse der schulpflichtigen Kinder anfordern",
    ),
    # Integration
    "bekenntnis_abgegeben": _b(
        "Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben",
        "Bekenntnis (Formular der Behörde) abgeben lassen; Inhalt vorher erklären",
    ),
    "grundkenntnisse_nachgewiesen": _b(
        "Grundkenntnisse der Rechts- und Gesellschaftsordnung nachgewiesen",
        "Test „Leben in Deutschland“ oder deutschen Schul-/Berufsabschluss nachweisen",
    ),
    "deutsch_muendlich_stufe": _n(
        int,
        "Nachgewiesene mündliche Deutschkenntnisse (1 = A1, 2 = A2, 3 = B1 …)",
        "Sprachzertifikat oder anderen Nachweis mündlicher Deutschkenntnisse erfragen",
        "Stufe",
    ),
    "deutsch_schriftlich_stufe_person_oder_partner": _n(
        int,
        "Schriftliche Deutschkenntnisse der Person oder des Ehegatten/Lebenspartners (1 = A1, 2 = A2 …)",
        "Nachweis schriftlicher Deutschkenntnisse (Person oder Partner) erfragen",
        "Stufe",
    ),
    "integrationskurs_moeglich": _b(
        "Möglichkeit zum Besuch eines Integrationskurses bestand", "Erfragen, ob ein Integrationskurs hätte besucht werden können"
    ),
    "besondere_integrationsleistungen": _b(
        "Besondere Integrationsleistungen", "Besondere Leistungen dokumentieren (Arbeitszeugnisse, Ehrenamt, Abschlüsse)"
    ),
    # Lebensunterhalt
    "lebensunterhalt_anteil_erwerb_prozent": _n(
        float,
        "Anteil des Bedarfs der Bedarfsgemeinschaft, der durch Erwerbseinkommen gedeckt ist",
        "Bedarf der Bedarfsgemeinschaft und Erwerbseinkommen (Lohnabrechnungen der letzten 3 Monate) erfragen",
        "%",
    ),
    "lebensunterhalt_bedarf_eur_monat": _n(
        float,
        "Monatlicher Bedarf der Bedarfsgemeinschaft (Angabe der Behörde oder berechnet aus Regelbedarfen, Mehrbedarfen und Warmmiete)",
        "Bedarf laut Jobcenter oder Behörde erfragen, sonst Warmmiete, Haushalt (Partner, Kinder mit Geburtsdatum) und Schwangerschaft erfassen",
        "€",
    ),
    "erwerbseinkommen_vorhanden": _b("Erwerbseinkommen vorhanden", "Lohnabrechnungen oder Arbeitsvertrag erfragen"),
    "lebensunterhalt_prognose_anhaltspunkte": _b(
        "Konkrete Anhaltspunkte für eine künftige Sicherung des Lebensunterhalts",
        "Arbeitsvertrag, Ausbildungsvertrag, Einstellungszusage oder Ausbildungsstand erfragen",
    ),
    "leistungsbezug_voruebergehend": _b(
        "Bezug von Sozialleistungen nur vorübergehend", "Art, Dauer und Grund des Leistungsbezugs erfragen"
    ),
    "in_ausbildung_oder_studium": _b(
        "In Studium, anerkannter Ausbildung oder geförderter Berufsvorbereitung", "Ausbildungs- oder Studienbescheinigung erfragen"
    ),
    "minderjaehriges_kind_im_haushalt_und_erwerb": _b(
        "Familie mit minderjährigen Kindern und eigenem Erwerbseinkommen (ergänzender Leistungsbezug)",
        "Kinder im Haushalt und Erwerbseinkommen erfragen",
    ),
    "alleinerziehend_arbeit_unzumutbar": _b(
        "Alleinerziehend, Arbeitsaufnahme nach § 10 Abs. 1 Nr. 3 SGB II nicht zumutbar",
        "Erfragen, ob alleinerziehend und Kinderbetreuung die Arbeit unzumutbar macht",
    ),
    "pflegt_angehoerige": _b("Pflegt pflegebedürftige nahe Angehörige", "Pflegegrad-Bescheid des Angehörigen erfragen"),
    "beeintraechtigung_lebensunterhalt": _b(
        "Kann den Lebensunterhalt wegen Krankheit, Behinderung oder Alter nicht sichern",
        "Ärztliches Attest oder Bescheid über Erwerbsminderung erfragen",
    ),
    "beeintraechtigung_sprache": _b(
        "Kann Deutschkenntnisse wegen Krankheit, Behinderung oder Alter nicht erwerben", "Ärztliches Attest erfragen"
    ),
    # Identität und Mitwirkung
    "identitaet_geklaert": _b("Identität und Staatsangehörigkeit geklärt", "Pass, Passersatz oder andere Identitätsnachweise erfragen"),
    "pass_gueltig": _b("Gültiger Pass vorhanden", "Pass vorlegen lassen; sonst Passbeschaffung dokumentieren"),
    "zumutbare_massnahmen_identitaet_ergriffen": _b(
        "Erforderliche und zumutbare Maßnahmen zur Identitätsklärung ergriffen",
        "Nachweise der Passbeschaffung sammeln (Botschaftstermine, Anträge, Schreiben)",
    ),
    "verhindert_aufenthaltsbeendigung": _b(
        "Verhindert oder verzögert derzeit die Aufenthaltsbeendigung (Täuschung, falsche Angaben, fehlende Mitwirkung)",
        "Mit der Ausländerbehörde klären, ob ihr aktuelle Täuschung oder fehlende Mitwirkung vorgeworfen wird",
    ),
    "taeuschung_frueher": _b(
        "Frühere (beendete) Täuschung über Identität oder Staatsangehörigkeit", "Erfragen, ob früher falsche Angaben gemacht wurden"
    ),
    # Straftaten
    "ausweisungsinteresse_verurteilung": _b(
        "Ausweisungsinteresse nach § 54 Abs. 1 Nr. 1 oder Abs. 2 Nr. 1, 2 AufenthG aus Verurteilungen",
        "Verurteilungen erfragen (Führungszeugnis); Strafmaß, Bewährung, Vorsatz",
    ),
    "verurteilung_vorhanden": _b(
        "Mindestens eine strafrechtliche Verurteilung", "Verurteilungen erfragen (Führungszeugnis)"
    ),
    "sonstiges_ausweisungsinteresse": _b(
        "Sonstiges schweres Ausweisungsinteresse (§ 54 Abs. 1 Nr. 2–5 AufenthG: Sicherheit, Extremismus, Gewalt)",
        "Mit der Ausländerbehörde klären, ob Erkenntnisse nach § 54 Abs. 1 Nr. 2–5 vorliegen",
    ),
    "atypischer_fall": _b("Besondere Umstände des Einzelfalls (atypischer Fall)", "Besondere Umstände erfragen und dokumentieren"),
}


# Haushalt: facts of a household member for the family-derived rights (set by kimrules.pruefung.haushalt only;
# derive() leaves them unknown for a person on their own)
HAUSHALT_FAKTEN: frozenset[str] = frozenset({
    "stammrecht_erfuellt", "eigene_voraussetzungen_erfuellt", "angehoeriger_ehegatte_oder_lebenspartner", "angehoeriger_kind",
    "angehoeriger_elternteil", "angehoeriger_geschwister", "angehoeriger_personensorgeberechtigt", "angehoeriger_ledig",
    "angehoeriger_haeusliche_gemeinschaft", "angehoeriger_familiaere_lebensgemeinschaft", "angehoeriger_minderjaehrig_bei_einreise",
    "stammperson_minderjaehrig", "verurteilung_ueber_schwelle_104c", "verurteilung_ueber_schwelle_25a_abs3",
})
FAKTEN.update({
    "stammrecht_erfuellt": _b(
        "Die Person, von der das Recht abgeleitet wird, erfüllt ihren Weg",
        "Prüfung der stammberechtigten Person vervollständigen (ihre offenen Fragen klären)",
    ),
    "eigene_voraussetzungen_erfuellt": _b(
        "Eigene Voraussetzungen des Angehörigen erfüllt (eigene Prüfung, ohne die erlassenen Voraussetzungen)",
        "Offene Fragen der eigenen Prüfung des Angehörigen klären",
    ),
    "angehoeriger_ehegatte_oder_lebenspartner": _b(
        "Ehegatte oder Lebenspartner der stammberechtigten Person", "Beziehung zur stammberechtigten Person erfragen (Heiratsurkunde)"
    ),
    "angehoeriger_kind": _b("Kind der stammberechtigten Person", "Beziehung zur stammberechtigten Person erfragen (Geburtsurkunde)"),
    "angehoeriger_elternteil": _b("Elternteil der stammberechtigten Person", "Beziehung zur stammberechtigten Person erfragen (Geburtsurkunde)"),
    "angehoeriger_geschwister": _b(
        "Geschwister der stammberechtigten Person (Kind des Elternteils)", "Beziehung erfragen (Geburtsurkunden)"
    ),
    "angehoeriger_personensorgeberechtigt": _b(
        "Elternteil hat die Personensorge für die stammberechtigte Person", "Sorgerecht erfragen (Sorgerechtsbeschluss, Geburtsurkunde)"
    ),
    "angehoeriger_ledig": _b("Ledig (nicht verheiratet, keine Lebenspartnerschaft)", "Familienstand des Angehörigen erfragen"),
    "angehoeriger_haeusliche_gemeinschaft": _b(
        "Lebt mit der stammberechtigten Person in häuslicher Gemeinschaft", "Erfragen, ob der Angehörige im selben Haushalt lebt (Meldebescheinigung)"
    ),
    "angehoeriger_familiaere_lebensgemeinschaft": _b(
        "Lebt mit der stammberechtigten Person in familiärer Lebensgemeinschaft",
        "Erfragen, ob die Familie zusammenlebt oder die Beziehung tatsächlich gelebt wird (Meldebescheinigung, Kontakt)",
    ),
    "angehoeriger_minderjaehrig_bei_einreise": _b(
        "Bei der Einreise nach Deutschland minderjährig", "Geburtsdatum und Einreisedatum des Angehörigen erfragen"
    ),
    "stammperson_minderjaehrig": _b(
        "Die stammberechtigte Person ist minderjährig", "Geburtsdatum der stammberechtigten Person erfragen"
    ),
    "verurteilung_ueber_schwelle_104c": _b(
        "Verurteilung wegen einer vorsätzlichen Inlandstat über den Grenzen des § 104c Abs. 1 Satz 1 Nr. 2 AufenthG",
        "Verurteilungen erfragen (Führungszeugnis): Strafe, Tagessätze, Vorsatz, Inland, nur von Ausländern begehbar, Jugendstrafrecht",
    ),
    "verurteilung_ueber_schwelle_25a_abs3": _b(
        "Verurteilung wegen einer vorsätzlichen Inlandstat über den Grenzen des § 25a Abs. 3 AufenthG",
        "Verurteilungen erfragen (Führungszeugnis): Strafe, Tagessätze, Vorsatz, Inland, nur von Ausländern begehbar",
    ),
})


def _erweitern() -> None:
    """Add the facts declared by the norm-specific derivation modules (one module per norm family)."""
    from kimrules.fakten.derive_norms import MODULE

    for modul in MODULE:
        doppelt = set(modul.FAKTEN) & set(FAKTEN)
        if doppelt:  # pragma: no cover - programming error
            raise RuntimeError(f"{modul.__name__}: Fakten doppelt deklariert: {sorted(doppelt)}")
        FAKTEN.update(modul.FAKTEN)


_erweitern()
