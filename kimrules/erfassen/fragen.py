"""The questions of the interview (``kimrules erfassen``): which field of the client file to ask
and which engine facts (:mod:`kimrules.catalog`) its answer can settle.

A question is only asked when one of its facts is unknown and matters for a requirement that is
still *ungeklärt* (:mod:`kimrules.erfassen.relevanz`); among those the order of the facts decides,
then the order of this list. The wording shown (title, description, example, allowed answers)
comes from the client-file models themselves (:mod:`kimrules.akte.facts`), so the interview and
``kimrules schema --markdown`` say the same.

A list field (e.g. ``aufenthalt``) is asked as "Gibt es …?" (nein = leere Liste = keine) followed
by one entry after the other with the fields in ``eintrag``; ``wenn`` limits a question to files
where another field has a given value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Frage:
    pfad: str  # dotted path in the client file, e.g. "identitaet.pass.gueltig_bis"
    fakten: tuple[str, ...]  # engine facts the answer can settle
    eintrag: tuple[str, ...] = ()  # list fields: the fields asked for each entry, in this order
    wenn: Optional[tuple[str, tuple[object, ...]]] = None  # (other path, values it must have)
    frage: Optional[str] = None  # wording of the question if the field's title is not enough
    nur_wenn: Optional[dict[str, tuple[str, tuple[object, ...]]]] = None  # entry field -> (sibling field, values)

    @property
    def ist_liste(self) -> bool:
        return bool(self.eintrag)


_AUFENTHALT = (
    "geduldet", "inhaber_ae_104c", "inhaber_ae_25_abs5_oder_23a", "voraufenthalt_monate", "voraufenthalt_monate_mit_60b",
    "voraufenthalt_monate_grosszuegig", "duldung_60d_monate", "voraufenthalt_104c_ab_01_11_2017",
    "voraufenthalt_104c_monate", "voraufenthalt_104c_monate_grosszuegig", "einreise_bis_31_10_2017_status_spaeter", "erteilungsgrundlage_104c_besteht", "ae_104c_gilt_fort",
    "geduldet_bei_antrag_25a", "aufenthaltsgestattung_aktuell", "duldung_monate", "duldung_monate_grosszuegig",
    "duldung_monate_bei_antrag_25a", "voraufenthalt_monate_bei_antrag_25a", "rechtmaessiger_aufenthalt_monate",
    "rechtmaessiger_aufenthalt_monate_grosszuegig", "rechtmaessiger_aufenthalt_monate_mit_anrechnung", "aufenthaltsrecht_nr2",
    "aufenthaltsrecht_nr2_alt",
    "verhindert_aufenthaltsbeendigung",
)
_BEDARF = ("lebensunterhalt_bedarf_eur_monat", "lebensunterhalt_anteil_erwerb_prozent", "lebensunterhalt_gesichert",
           "lebensunterhalt_ohne_sgb2_sgb12")
_VERURTEILUNG = ("ausweisungsinteresse_verurteilung", "verurteilung_vorhanden", "verurteilung_104c_schaedlich",
                 "verurteilung_104c_mischfall", "verurteilung_ausserhalb_bagatellgrenze", "strafen_summe_tagessaetze")
_JA = (True,)

FRAGEN: tuple[Frage, ...] = (
    Frage("person.geburtsdatum", ("alter_jahre", "alter_bei_antrag_25a_jahre", "alter_jahre_nach_18_monaten", "handlungsfaehig")),
    Frage("aufenthalt", _AUFENTHALT, eintrag=("status", "von", "bis", "paragraph", "schutz_zuerkannt"),
          nur_wenn={"paragraph": ("status", ("aufenthaltserlaubnis", "fiktionsbescheinigung")),
                    "schutz_zuerkannt": ("status", ("aufenthaltsgestattung",))}),
    Frage("person.einreisedatum", ("einreise_bis_31_10_2017_status_spaeter",)),
    Frage("antraege", ("antrag_104c_bis_30_12_2025", "alter_bei_antrag_25a_jahre", "geduldet_bei_antrag_25a",
                       "duldung_monate_bei_antrag_25a", "voraufenthalt_monate_bei_antrag_25a",
                       "antrag_einbuergerung_bis_23_08_2023", "antrag_einbuergerung_vor_35a"),
          eintrag=("norm", "gestellt_am")),
    Frage("auslandsaufenthalte", ("auslandsaufenthalte_monate_5_jahre", "auslandsaufenthalte_monate_3_jahre"), eintrag=("von", "bis")),
    Frage("identitaet.geklaert", ("identitaet_geklaert", "identitaet_durch_pass_belegt")),
    Frage("identitaet.pass.vorhanden", ("pass_gueltig", "identitaet_durch_pass_belegt")),
    Frage("identitaet.pass.gueltig_bis", ("pass_gueltig", "identitaet_durch_pass_belegt"), wenn=("identitaet.pass.vorhanden", _JA)),
    Frage("identitaet.zumutbare_massnahmen_ergriffen", ("zumutbare_massnahmen_identitaet_ergriffen",)),
    Frage("identitaet.taeuschung_aktuell", ("verhindert_aufenthaltsbeendigung", "taeuschung_wiederholt_verhindert_abschiebung",
                                            "eigene_taeuschung_aktuell")),
    Frage("identitaet.mitwirkung_verweigert_aktuell", ("verhindert_aufenthaltsbeendigung",)),
    Frage("chancen_aufenthaltsrecht.taeuschung_wiederholt", ("taeuschung_wiederholt_verhindert_abschiebung",),
          wenn=("identitaet.taeuschung_aktuell", _JA)),
    Frage("gut_integrierte_jugendliche.taeuschung_nur_durch_eltern", ("eigene_taeuschung_aktuell",),
          wenn=("identitaet.taeuschung_aktuell", _JA)),
    Frage("identitaet.taeuschung_frueher", ("taeuschung_frueher",)),
    Frage("verurteilungen", _VERURTEILUNG,
          eintrag=("datum", "tagessaetze", "freiheitsstrafe_monate", "jugendstrafe_monate", "bewaehrung", "strafe_erlassen",
                   "vorsaetzlich", "im_inland", "jugendstrafrecht", "nur_auslaender_straftat", "motiv_menschenverachtend"),
          nur_wenn={"strafe_erlassen": ("bewaehrung", _JA)}),
    Frage("sonstiges_ausweisungsinteresse", ("sonstiges_ausweisungsinteresse", "ausweisungsinteresse_54_1_nr2_oder_4")),
    Frage("haushalt.familienstand", ("mehrehe", "partner_vollzeit_mit_minderjaehrigem_kind")),
    Frage("haushalt.kinder", ("minderjaehriges_lediges_kind_im_haushalt", "schulbesuch_kinder_nachgewiesen",
                              "minderjaehriges_kind_im_haushalt", "minderjaehriges_kind_im_haushalt_und_erwerb",
                              "partner_vollzeit_mit_minderjaehrigem_kind"),
          eintrag=("geburtsdatum", "ledig", "im_haushalt", "schulpflichtig", "schulbesuch_nachgewiesen"),
          nur_wenn={"schulbesuch_nachgewiesen": ("schulpflichtig", _JA)}),
    Frage("sprache.nachweise", ("deutsch_muendlich_stufe", "deutsch_schriftlich_stufe_person_oder_partner",
                                "deutsch_stufe_muendlich_und_schriftlich"),
          eintrag=("niveau", "muendlich", "schriftlich", "art", "datum")),
    Frage("haushalt.partner.deutsch_schriftlich", ("deutsch_schriftlich_stufe_person_oder_partner",),
          wenn=("haushalt.familienstand", ("verheiratet", "eingetragene_lebenspartnerschaft"))),
    Frage("sprache.integrationskurs_moeglich", ("integrationskurs_moeglich",)),
    Frage("beeintraechtigung.sprache", ("beeintraechtigung_sprache",)),
    Frage("leben_in_deutschland_test.bestanden", ("grundkenntnisse_nachgewiesen", "einbuergerungstest_punkte")),
    Frage("leben_in_deutschland_test.punkte", ("einbuergerungstest_punkte",)),
    Frage("bekenntnis.abgegeben", ("bekenntnis_abgegeben",)),
    Frage("bildung.deutscher_schulabschluss", ("grundkenntnisse_nachgewiesen", "deutscher_schul_oder_berufsabschluss",
                                               "deutscher_schulabschluss", "anerkannter_schul_oder_berufsabschluss")),
    Frage("bildung.berufsabschluss_deutschland", ("grundkenntnisse_nachgewiesen", "deutscher_schul_oder_berufsabschluss",
                                                  "anerkannter_schul_oder_berufsabschluss")),
    Frage("bildung.in_ausbildung_oder_studium", ("in_ausbildung_oder_studium", "in_schule_ausbildung_oder_studium")),
    Frage("bildung.schulbesuch_seit", ("schulbesuch_monate", "in_schule_ausbildung_oder_studium")),
    Frage("bildung.schulbesuch_bis", ("schulbesuch_monate", "in_schule_ausbildung_oder_studium"),
          wenn=("bildung.schulbesuch_seit", ())),
    Frage("bildung.schulbesuch_erfolgreich", ("schulbesuch_erfolgreich",)),
    Frage("bildung.schulbesuch_unmoeglich_krankheit_behinderung", ("schulbesuch_unmoeglich_krankheit_behinderung",)),
    Frage("lebensunterhalt.einkommen", ("lebensunterhalt_anteil_erwerb_prozent", "erwerbseinkommen_vorhanden",
                                        "minderjaehriges_kind_im_haushalt_und_erwerb", "lebensunterhalt_gesichert",
                                        "lebensunterhalt_ohne_sgb2_sgb12"),
          eintrag=("quelle", "betrag_eur_monat")),
    Frage("lebensunterhalt.bedarf_eur_monat", _BEDARF),
    Frage("lebensunterhalt.miete_warm_eur_monat", _BEDARF),
    Frage("lebensunterhalt.leistungen", ("lebensunterhalt_gesichert", "lebensunterhalt_ohne_sgb2_sgb12"),
          eintrag=("art", "betrag_eur_monat")),
    Frage("lebensunterhalt.leistungsbezug_voruebergehend", ("leistungsbezug_voruebergehend",)),
    Frage("lebensunterhalt.prognose_anhaltspunkte", ("lebensunterhalt_prognose_anhaltspunkte",)),
    Frage("lebensunterhalt.alleinerziehend_arbeit_unzumutbar", ("alleinerziehend_arbeit_unzumutbar",)),
    Frage("lebensunterhalt.pflegt_angehoerige", ("pflegt_angehoerige",)),
    Frage("beeintraechtigung.lebensunterhalt", ("beeintraechtigung_lebensunterhalt",)),
    Frage("haushalt.familienangehoeriger_25b_beguenstigter", ("familienangehoeriger_25b_beguenstigter",)),
    Frage("beschaeftigungsduldung.voraussetzungen_60d_erfuellt", ("voraussetzungen_60d_erfuellt",)),
    Frage("besonderheiten.besondere_integrationsleistungen", ("besondere_integrationsleistungen",)),
    Frage("besonderheiten.atypischer_fall", ("atypischer_fall",)),
    Frage("gut_integrierte_jugendliche.integrationsprognose_positiv", ("integrationsprognose_positiv",)),
    Frage("gut_integrierte_jugendliche.anhaltspunkte_gegen_bekenntnis", ("anhaltspunkte_gegen_bekenntnis",)),
    Frage("einbuergerung.handlungsfaehigkeit_eingeschraenkt", ("handlungsfaehig",)),
    Frage("einbuergerung.gesetzlich_vertreten", ("gesetzlich_vertreten",)),
    Frage("einbuergerung.pass_beschaffung_unzumutbar", ("pass_beschaffung_unzumutbar",)),
    Frage("einbuergerung.bekenntnis_verantwortung", ("bekenntnis_verantwortung",)),
    Frage("einbuergerung.aufgabe_staatsangehoerigkeit", ("aufgabe_staatsangehoerigkeit",)),
    Frage("einbuergerung.mehrstaatigkeit_hinzunehmen", ("mehrstaatigkeit_hinzunehmen",)),
    Frage("einbuergerung.erwerbszeiten", ("vollzeit_erwerbstaetig", "vollzeit_monate_letzte_24"), eintrag=("von", "bis", "vollzeit")),
    Frage("einbuergerung.partner_vollzeit_20_von_24_monaten", ("partner_vollzeit_mit_minderjaehrigem_kind",)),
    Frage("einbuergerung.leistungsbezug_nicht_zu_vertreten", ("leistungsbezug_nicht_zu_vertreten",)),
    Frage("einbuergerung.gastarbeiter_oder_vertragsarbeitnehmer", ("gastarbeiter_oder_vertragsarbeitnehmer",)),
    Frage("einbuergerung.einbuergerungstest_punkte", ("einbuergerungstest_punkte",)),
    Frage("einbuergerung.integrationskurs_erfolgreich", ("integrationskurs_erfolgreich",)),
    Frage("einbuergerung.altersgemaesse_sprachentwicklung", ("altersgemaesse_sprachentwicklung",)),
    Frage("einbuergerung.muendlich_alltag_verstaendigung", ("muendlich_alltag_verstaendigung",)),
    Frage("einbuergerung.sprache_haerte_nachgewiesen", ("sprache_haerte_nachgewiesen",)),
    Frage("einbuergerung.kenntnisse_unmoeglich_krankheit_alter", ("kenntnisse_unmoeglich_krankheit_alter",)),
    Frage("einbuergerung.massregel_schuldunfaehigkeit", ("massregel_schuldunfaehigkeit",)),
    Frage("einbuergerung.anhaltspunkte_verfassungsfeindlich", ("anhaltspunkte_verfassungsfeindlich",)),
    Frage("einbuergerung.abwendung_glaubhaft", ("abwendung_glaubhaft",), wenn=("einbuergerung.anhaltspunkte_verfassungsfeindlich", _JA)),
    Frage("einbuergerung.anhaltspunkte_bekenntnis_unrichtig", ("anhaltspunkte_bekenntnis_unrichtig",)),
    Frage("einbuergerung.ausweisungsinteresse_54_1_nr2_oder_4", ("ausweisungsinteresse_54_1_nr2_oder_4",)),
    Frage("einbuergerung.mehrehe", ("mehrehe",)),
    Frage("einbuergerung.missachtung_gleichberechtigung", ("missachtung_gleichberechtigung",)),
    Frage("einbuergerung.sperrgrund_35a", ("sperrgrund_35a",)),
    Frage("einbuergerung.sperrgrund_35a_am", ("sperrgrund_35a_monate_seit",), wenn=("einbuergerung.sperrgrund_35a", _JA)),
)
