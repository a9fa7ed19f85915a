# language: de
Funktionalität: Abgeleitete Rechte von Familienangehörigen im Haushalt
  Eine Mandantendatei kann neben der Hauptperson weitere Personen des Haushalts enthalten (angehoerige),
  jede mit ihrer Beziehung zur Hauptperson und eigenen Angaben. Aus dem Ergebnis der Hauptperson
  (erfüllt, nicht erfüllt, ungeklärt) werden die Rechte der Angehörigen abgeleitet:
  § 104c Abs. 2, § 25a Abs. 2, § 25b Abs. 4 AufenthG und § 10 Abs. 2 StAG.
  Ist die Hauptperson ungeklärt, bleibt auch das abgeleitete Recht ungeklärt.
  Die Fälle beginnen mit einer gut integrierten geduldeten Hauptperson und einem ebenso gut
  integrierten Angehörigen im Haushalt und ändern genau eine Angabe.
  Quellen: § 104c Abs. 2, § 25a Abs. 2 und 3, § 25b Abs. 4 AufenthG, § 10 Abs. 2 StAG; offene Rechtsfragen
  104c-abs2-status-angehoerige und 104c-geldstrafen-gemischt in rules/offene_fragen/.

  Regel: § 25b Abs. 4 – Ehegatte, Lebenspartner und minderjähriges lediges Kind eines Begünstigten nach § 25b Abs. 1
    Der Angehörige braucht keine eigene Voraufenthaltszeit und keine Duldung, muss aber § 25b Abs. 1 Satz 2
    Nr. 2 bis 5 selbst erfüllen; Abs. 2 und 3 gelten (§ 25b Abs. 4 Satz 2).

    Szenario: Die Ehefrau eines Begünstigten erhält das abgeleitete Recht ohne eigene Voraufenthaltszeit
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Und "Ehefrau" hat seit dem 01.01.2024 eine Duldung
      Wenn § 25b Abs. 4 AufenthG für "Ehefrau" geprüft wird
      Dann ist die Voraussetzung "stammrecht" erfüllt
      Und die Voraussetzung "familienangehoeriger" ist erfüllt
      Und die Voraussetzung "familiaere_lebensgemeinschaft" ist erfüllt
      Und die Voraussetzung "eigene_voraussetzungen" ist erfüllt
      Und der Weg ist erfüllt
      Und nennt die Ableitung "abgeleitet von BDD-Grundfall (Hauptperson) nach § 25b Abs. 4 AufenthG: erfüllt"

    Szenariogrundriss: Das Ergebnis der Hauptperson nach § 25b trägt das abgeleitete Recht, ungeklärt bleibt ungeklärt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und <hauptperson>
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Wenn § 25b Abs. 4 AufenthG für "Ehefrau" geprüft wird
      Dann ist die Voraussetzung "stammrecht" <ergebnis>
      Und der Weg ist <ergebnis>

      Beispiele:
        | hauptperson                                          | ergebnis      |
        | die Person ist seit dem 01.01.2015 geduldet          | erfüllt       |
        | die Person ist seit dem 01.01.2022 geduldet          | nicht erfüllt |
        | die Angabe "Deutschkenntnisse" ist unbekannt         | ungeklärt     |

    Szenariogrundriss: Nur Ehegatten, Lebenspartner und minderjährige ledige Kinder
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Angehöriger" als <beziehung>
      Und <aenderung>
      Wenn § 25b Abs. 4 AufenthG für "Angehöriger" geprüft wird
      Dann ist die Voraussetzung "familienangehoeriger" <ergebnis>

      Beispiele:
        | beziehung                             | aenderung                                      | ergebnis      |
        | Lebenspartner                         | "Angehöriger" ist am 01.06.2004 eingereist     | erfüllt       |
        | Kind, geboren am 16.03.2007           | "Angehöriger" ist ledig                        | erfüllt       |
        | Kind, geboren am 15.03.2007           | "Angehöriger" ist ledig                        | nicht erfüllt |
        | Kind, geboren am 01.01.2010           | "Angehöriger" ist verheiratet                  | nicht erfüllt |
        | Kind, geboren am 01.01.2010           | "Angehöriger" ist geschieden                   | ungeklärt     |

    Szenario: Ein Elternteil ist von § 25b Abs. 4 nicht erfasst
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Vater" als Elternteil
      Wenn § 25b Abs. 4 AufenthG für "Vater" geprüft wird
      Dann wird § 25b Abs. 4 AufenthG für "Vater" nicht geprüft

    Szenariogrundriss: Familiäre Lebensgemeinschaft mit dem Begünstigten
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Ehemann" als Ehegatte
      Und <aenderung>
      Wenn § 25b Abs. 4 AufenthG für "Ehemann" geprüft wird
      Dann ist die Voraussetzung "familiaere_lebensgemeinschaft" <ergebnis>

      Beispiele:
        | aenderung                                                   | ergebnis      |
        | "Ehemann" lebt nicht im Haushalt                            | ungeklärt     |
        | "Ehemann" lebt nicht in familiärer Lebensgemeinschaft mit der Person | nicht erfüllt |
        | "Ehemann" lebt in familiärer Lebensgemeinschaft mit der Person      | erfüllt       |

    Szenariogrundriss: Eigene Voraussetzungen nach § 25b Abs. 1 Satz 2 Nr. 2 bis 5 und Abs. 2
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Und <aenderung>
      Wenn § 25b Abs. 4 AufenthG für "Ehefrau" geprüft wird
      Dann ist die Voraussetzung "eigene_voraussetzungen" <ergebnis>

      Beispiele:
        | aenderung                                                                                        | ergebnis      |
        | für "Ehefrau" gilt: die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | nicht erfüllt |
        | für "Ehefrau" gilt: die Person verhindert derzeit die Aufenthaltsbeendigung durch Täuschung über ihre Identität | nicht erfüllt |
        | für "Ehefrau" ist die Angabe "Deutschkenntnisse" unbekannt                                      | ungeklärt     |
        | "Ehefrau" hat seit dem 01.01.2025 eine Aufenthaltsgestattung                                     | erfüllt       |

    Szenariogrundriss: Kinder unter 16 ohne Bekenntnis: offen, ab 16 nicht erfüllt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Sohn" als Kind, geboren am <geboren>
      Und für "Sohn" gilt: die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben
      Wenn § 25b Abs. 4 AufenthG für "Sohn" geprüft wird
      Dann ist die Voraussetzung "eigene_voraussetzungen" <ergebnis>

      Beispiele:
        | geboren    | ergebnis      |
        | 16.03.2009 | ungeklärt     |
        | 15.03.2009 | nicht erfüllt |

  Regel: § 104c Abs. 2 – Familienangehörige eines Begünstigten des Chancen-Aufenthaltsrechts
    Ohne die fünf Jahre zum 31.10.2022, aber mit Bekenntnis (nicht unter 16) und ohne Verurteilung über
    50 / 90 Tagessätzen; Sanktionen nach Jugendstrafrecht ohne Jugendstrafe zählen nicht.
    Das volljährige ledige Kind ist erfasst, wenn es bei der Einreise minderjährig war (§ 104c Abs. 2 Satz 2; volljährig mit Ablauf des Tages vor dem 18. Geburtstag, § 187 Abs. 2 Satz 2 BGB).

    Szenario: Das Kind eines Begünstigten nach § 104c Abs. 1 erhält das abgeleitete Recht
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Tochter" als Kind, geboren am 01.01.2012
      Und "Tochter" hat seit dem 01.01.2022 eine Duldung
      Wenn § 104c Abs. 2 AufenthG für "Tochter" geprüft wird
      Dann ist die Voraussetzung "stammrecht" erfüllt
      Und die Voraussetzung "familienangehoeriger" ist erfüllt
      Und die Voraussetzung "haeusliche_gemeinschaft" ist erfüllt
      Und die Voraussetzung "duldung_angehoeriger" ist erfüllt
      Und die Voraussetzung "bekenntnis" ist erfüllt
      Und die Voraussetzung "keine_verurteilung" ist erfüllt
      Und die Voraussetzung "keine_identitaetstaeuschung" ist erfüllt
      Und der Weg ist erfüllt
      Und nennt die Ableitung "abgeleitet von BDD-Grundfall (Hauptperson) nach § 104c Abs. 2 AufenthG: erfüllt"

    Szenariogrundriss: Das Ergebnis der Hauptperson nach § 104c Abs. 1 trägt das abgeleitete Recht
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und <hauptperson>
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Wenn § 104c Abs. 2 AufenthG für "Ehefrau" geprüft wird
      Dann ist die Voraussetzung "stammrecht" <ergebnis>

      Beispiele:
        | hauptperson                                    | ergebnis      |
        | die Person ist seit dem 01.01.2015 geduldet    | erfüllt       |
        | die Person ist seit dem 01.01.2019 geduldet    | nicht erfüllt |
        | die Angabe "Aufenthaltsstatus" ist unbekannt   | ungeklärt     |

    Szenariogrundriss: Kinder: minderjährig und ledig, oder volljährig, ledig und als Minderjährige eingereist
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Sohn" als Kind, geboren am <geboren>
      Und "Sohn" ist <stand>
      Und "Sohn" ist am <einreise> eingereist
      Wenn § 104c Abs. 2 AufenthG für "Sohn" geprüft wird
      Dann ist die Voraussetzung "familienangehoeriger" <ergebnis>

      Beispiele:
        | geboren    | stand       | einreise   | ergebnis      |
        | 01.01.2010 | ledig       | 01.01.2015 | erfüllt       |
        | 01.01.2000 | ledig       | 31.12.2017 | erfüllt       |
        | 01.01.2000 | ledig       | 01.01.2018 | nicht erfüllt |
        | 01.01.2000 | verheiratet | 01.01.2015 | nicht erfüllt |

    Szenariogrundriss: Häusliche Gemeinschaft mit dem Begünstigten
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Und <aenderung>
      Wenn § 104c Abs. 2 AufenthG für "Ehefrau" geprüft wird
      Dann ist die Voraussetzung "haeusliche_gemeinschaft" <ergebnis>

      Beispiele:
        | aenderung                                    | ergebnis      |
        | "Ehefrau" lebt nicht im Haushalt             | nicht erfüllt |
        | ob "Ehefrau" im Haushalt lebt, ist unbekannt | ungeklärt     |

    Szenariogrundriss: Ob Angehörige selbst geduldet sein müssen, ist offen (offene Rechtsfrage 104c-abs2-status-angehoerige)
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Und "Ehefrau" hat seit dem 01.01.2024 <status>
      Wenn § 104c Abs. 2 AufenthG für "Ehefrau" geprüft wird
      Dann ist die Voraussetzung "duldung_angehoeriger" <ergebnis>

      Beispiele:
        | status                     | ergebnis  |
        | eine Duldung               | erfüllt   |
        | eine Aufenthaltsgestattung | ungeklärt |

    Szenariogrundriss: Bekenntnis erst ab 16 Jahren (BVerwG 1 C 13.23)
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Sohn" als Kind, geboren am <geboren>
      Und für "Sohn" gilt: die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben
      Wenn § 104c Abs. 2 AufenthG für "Sohn" geprüft wird
      Dann ist die Voraussetzung "bekenntnis" <ergebnis>

      Beispiele:
        | geboren    | ergebnis      |
        | 16.03.2008 | erfüllt       |
        | 15.03.2008 | nicht erfüllt |

    Szenariogrundriss: Verurteilungen: 50 Tagessätze allgemein, 90 Tagessätze für Taten, die nur Ausländer begehen können
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Und <verurteilung>
      Wenn § 104c Abs. 2 AufenthG für "Ehefrau" geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | verurteilung                                                                                                  | ergebnis      |
        | "Ehefrau" wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 50 Tagessätzen verurteilt          | erfüllt       |
        | "Ehefrau" wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 51 Tagessätzen verurteilt          | nicht erfüllt |
        | "Ehefrau" wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 90 Tagessätzen verurteilt, die nur Ausländer begehen können | erfüllt       |
        | "Ehefrau" wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 91 Tagessätzen verurteilt, die nur Ausländer begehen können | nicht erfüllt |
        | "Ehefrau" wurde wegen einer vorsätzlichen Straftat nach Jugendstrafrecht verurteilt, ohne Jugendstrafe       | erfüllt       |
        | für "Ehefrau" ist die Angabe "Verurteilungen" unbekannt                                                       | ungeklärt     |

    Szenariogrundriss: Täuschung des Angehörigen wird wie bei der Person nach Abs. 1 beurteilt (§ 104c Abs. 2 Satz 3, Abs. 1 Satz 2)
      # Versagt werden soll nur, wenn der Angehörige selbst wiederholt vorsätzlich getäuscht hat und dadurch derzeit
      # seine Abschiebung verhindert; eine frühere, beendete Täuschung oder bloß fehlende Mitwirkung genügt nicht
      # (VG Schwerin, Urteil vom 24.01.2023 – 1 A 1110/21 SN).
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Und <taeuschung>
      Wenn § 104c Abs. 2 AufenthG für "Ehefrau" geprüft wird
      Dann ist die Voraussetzung "keine_identitaetstaeuschung" <ergebnis>

      Beispiele:
        | taeuschung                                                                                                    | ergebnis      |
        | für "Ehefrau" gilt: die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet            | erfüllt       |
        | "Ehefrau" verhindert derzeit die eigene Abschiebung durch wiederholte vorsätzliche Täuschung über die Identität | nicht erfüllt |
        | "Ehefrau" verhindert derzeit die eigene Abschiebung durch falsche Angaben, ob wiederholt und vorsätzlich, ist unbekannt | ungeklärt |

    Szenariogrundriss: Seit dem 31.12.2025 keine Neuerteilung, nur eine bestehende Erlaubnis gilt fort
      Angenommen der Stichtag ist der 15.03.2026
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Und "Ehefrau" hat seit dem <seit> <status>
      Und "Ehefrau" hat keine Anträge gestellt
      Wenn § 104c Abs. 2 AufenthG für "Ehefrau" geprüft wird
      Dann wird die Fassung ab 31.12.2025 angewendet
      Und ist die Voraussetzung "bestehende_erlaubnis" <ergebnis>
      # auch wer die Erlaubnis hat, bekommt sie nicht neu: vor ihrem Ende § 25a oder § 25b beantragen
      Und wird seit dem 31.12.2025 nichts mehr neu erteilt

      Beispiele:
        | seit       | status                                      | ergebnis      |
        | 01.01.2025 | eine Aufenthaltserlaubnis nach § 104c       | erfüllt       |
        | 01.01.2024 | eine Duldung                                | nicht erfüllt |

    Szenariogrundriss: Bis zum 30.12.2025 wird das abgeleitete Chancen-Aufenthaltsrecht erteilt, ab dem 31.12.2025 nicht mehr
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Und "Ehefrau" hat seit dem 01.01.2024 eine Duldung
      Wenn § 104c Abs. 2 AufenthG für "Ehefrau" geprüft wird
      Dann <neuerteilung>

      Beispiele:
        | stichtag   | neuerteilung                                  |
        | 30.12.2025 | wird weiterhin neu erteilt                    |
        | 31.12.2025 | wird seit dem 31.12.2025 nichts mehr neu erteilt |

  Regel: § 25a Abs. 2 Satz 1 – Eltern eines minderjährigen Begünstigten nach § 25a Abs. 1 
    Kann-Vorschrift. Das Kind muss minderjährig sein; der Elternteil darf die Abschiebung nicht verhindern
    und muss den Lebensunterhalt eigenständig durch Erwerbstätigkeit sichern; Abs. 3 schließt bei
    Verurteilungen über 50 / 90 Tagessätzen aus, ohne Ausnahme für das Jugendstrafrecht.

    Szenario: Die Mutter eines minderjährigen Begünstigten erhält das abgeleitete Recht
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und zum Haushalt gehört "Mutter" als Elternteil
      Wenn § 25a Abs. 2 Satz 1 AufenthG für "Mutter" geprüft wird
      Dann ist die Voraussetzung "stammrecht" erfüllt
      Und die Voraussetzung "elternteil_eines_minderjaehrigen" ist erfüllt
      Und die Voraussetzung "keine_verhinderung_abschiebung" ist erfüllt
      Und die Voraussetzung "lebensunterhalt_durch_erwerb" ist erfüllt
      Und die Voraussetzung "keine_verurteilung" ist erfüllt
      Und der Weg ist erfüllt
      Und nennt die Ableitung "abgeleitet von BDD-25a (Hauptperson) nach § 25a Abs. 2 Satz 1 AufenthG: erfüllt"

    Szenariogrundriss: Das Ergebnis des Kindes nach § 25a Abs. 1 trägt das Recht der Eltern
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und <hauptperson>
      Und zum Haushalt gehört "Mutter" als Elternteil
      Wenn § 25a Abs. 2 Satz 1 AufenthG für "Mutter" geprüft wird
      Dann ist die Voraussetzung "stammrecht" <ergebnis>
      Und der Weg ist <ergebnis>

      Beispiele:
        | hauptperson                                  | ergebnis      |
        | die Person ist seit dem 01.01.2024 geduldet  | nicht erfüllt |
        | die Angabe "Aufenthaltsstatus" ist unbekannt | ungeklärt     |

    Szenariogrundriss: Nur solange das Kind minderjährig ist, und nur mit Personensorge allein
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und <aenderung>
      Und zum Haushalt gehört "Mutter" als Elternteil
      Und <sorge>
      Wenn § 25a Abs. 2 Satz 1 AufenthG für "Mutter" geprüft wird
      Dann ist die Voraussetzung "elternteil_eines_minderjaehrigen" <ergebnis>

      Beispiele:
        | aenderung                                | sorge                                          | ergebnis      |
        | die Person ist am 16.03.2007 geboren     | "Mutter" hat die Personensorge für die Person  | erfüllt       |
        | die Person ist am 15.03.2007 geboren     | "Mutter" hat die Personensorge für die Person  | nicht erfüllt |
        | die Person ist am 16.03.2007 geboren     | "Mutter" hat nicht die Personensorge für die Person | ungeklärt |

    Szenariogrundriss: Keine Verhinderung der Abschiebung, Lebensunterhalt ganz durch Arbeit (§ 25a Abs. 2 Satz 1 Nr. 1 und 2)
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und zum Haushalt gehört "Mutter" als Elternteil
      Und <aenderung>
      Wenn § 25a Abs. 2 Satz 1 AufenthG für "Mutter" geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>

      Beispiele:
        | aenderung                                                                                                    | id                             | ergebnis      |
        | für "Mutter" gilt: die Person erfüllt derzeit zumutbare Anforderungen an die Mitwirkung bei der Passbeschaffung nicht | keine_verhinderung_abschiebung | nicht erfüllt |
        | für "Mutter" beträgt der Bedarf der Bedarfsgemeinschaft 1.500 € und das Erwerbseinkommen 1.500 €              | lebensunterhalt_durch_erwerb   | erfüllt       |
        | für "Mutter" beträgt der Bedarf der Bedarfsgemeinschaft 1.500 € und das Erwerbseinkommen 1.499 €              | lebensunterhalt_durch_erwerb   | nicht erfüllt |

    Szenariogrundriss: § 25a Abs. 3: Verurteilungen, auch nach Jugendstrafrecht
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und zum Haushalt gehört "Mutter" als Elternteil
      Und <verurteilung>
      Wenn § 25a Abs. 2 Satz 1 AufenthG für "Mutter" geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | verurteilung                                                                                            | ergebnis      |
        | "Mutter" wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 50 Tagessätzen verurteilt     | erfüllt       |
        | "Mutter" wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 51 Tagessätzen verurteilt     | nicht erfüllt |
        | "Mutter" wurde wegen einer vorsätzlichen Straftat nach Jugendstrafrecht verurteilt, ohne Jugendstrafe  | nicht erfüllt |

  Regel: § 25a Abs. 2 Satz 2 – minderjährige Geschwister: Verkettung über das Recht eines Elternteils
    Das Recht der Geschwister hängt nicht unmittelbar an der Hauptperson, sondern am abgeleiteten Recht eines
    Elternteils nach Satz 1; ist dieses ungeklärt, bleibt auch das Recht der Geschwister ungeklärt.

    Szenario: Der minderjährige Bruder erhält das Recht über die Mutter
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und zum Haushalt gehört "Mutter" als Elternteil
      Und zum Haushalt gehört "Bruder" als Geschwister, geboren am 01.01.2012
      Wenn § 25a Abs. 2 Satz 2 AufenthG für "Bruder" geprüft wird
      Dann ist die Voraussetzung "stammrecht" erfüllt
      Und die Voraussetzung "minderjaehriges_kind" ist erfüllt
      Und die Voraussetzung "familiaere_lebensgemeinschaft" ist erfüllt
      Und die Voraussetzung "keine_verurteilung" ist erfüllt
      Und der Weg ist erfüllt
      Und nennt die Ableitung "abgeleitet von BDD-Mutter (Angehörige/r 1 (Elternteil)) nach § 25a Abs. 2 Satz 2 AufenthG: erfüllt"

    Szenariogrundriss: Ohne Recht eines Elternteils kein Recht der Geschwister; ungeklärt bleibt ungeklärt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und zum Haushalt gehört "Mutter" als Elternteil
      Und zum Haushalt gehört "Bruder" als Geschwister, geboren am 01.01.2012
      Und <aenderung>
      Wenn § 25a Abs. 2 Satz 2 AufenthG für "Bruder" geprüft wird
      Dann ist die Voraussetzung "stammrecht" <ergebnis>

      Beispiele:
        | aenderung                                                                                          | ergebnis      |
        | für "Mutter" beträgt der Bedarf der Bedarfsgemeinschaft 1.500 € und das Erwerbseinkommen 1.000 €    | nicht erfüllt |
        | für "Mutter" ist die Angabe "Verurteilungen" unbekannt                                             | ungeklärt     |
        | die Angabe "Aufenthaltsstatus" ist unbekannt                                                       | ungeklärt     |

    Szenariogrundriss: Minderjährig und in Lebensgemeinschaft mit dem Elternteil, ohne Verurteilung
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und zum Haushalt gehört "Mutter" als Elternteil
      Und zum Haushalt gehört "Bruder" als Geschwister, geboren am <geboren>
      Und <aenderung>
      Wenn § 25a Abs. 2 Satz 2 AufenthG für "Bruder" geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>

      Beispiele:
        | geboren    | aenderung                                                                                   | id                            | ergebnis      |
        | 16.03.2007 | "Bruder" ist ledig                                                                          | minderjaehriges_kind          | erfüllt       |
        | 15.03.2007 | "Bruder" ist ledig                                                                          | minderjaehriges_kind          | nicht erfüllt |
        | 01.01.2012 | "Bruder" lebt nicht im Haushalt                                                             | familiaere_lebensgemeinschaft | nicht erfüllt |
        | 01.01.2012 | "Bruder" wurde wegen einer vorsätzlichen Straftat nach Jugendstrafrecht verurteilt, ohne Jugendstrafe | keine_verurteilung | nicht erfüllt |

  Regel: § 25a Abs. 2 Satz 3 und 5 – Ehegatte, Lebenspartner und minderjähriges lediges Kind eines Begünstigten
    Soll-Vorschrift. Ehegatten und Lebenspartner müssen die Voraussetzungen des Satzes 1 erfüllen (keine
    Verhinderung der Abschiebung, Lebensunterhalt durch Arbeit), Kinder nicht. Abs. 3 gilt für alle.

    Szenario: Die Ehefrau eines Begünstigten nach § 25a Abs. 1 erhält das abgeleitete Recht
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am 16.03.1998 geboren
      Und zum Haushalt gehört "Ehefrau" als Ehegattin
      Wenn § 25a Abs. 2 Satz 3 und 5 AufenthG für "Ehefrau" geprüft wird
      Dann ist die Voraussetzung "stammrecht" erfüllt
      Und die Voraussetzung "familienangehoeriger" ist erfüllt
      Und die Voraussetzung "familiaere_lebensgemeinschaft" ist erfüllt
      Und die Voraussetzung "keine_verhinderung_abschiebung" ist erfüllt
      Und die Voraussetzung "lebensunterhalt_durch_erwerb" ist erfüllt
      Und die Voraussetzung "keine_verurteilung" ist erfüllt
      Und der Weg ist erfüllt

    Szenariogrundriss: Ergebnis der Hauptperson, Beziehung und Lebensgemeinschaft
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am 16.03.1998 geboren
      Und <hauptperson>
      Und zum Haushalt gehört "Angehöriger" als <beziehung>
      Und <aenderung>
      Wenn § 25a Abs. 2 Satz 3 und 5 AufenthG für "Angehöriger" geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>

      Beispiele:
        | hauptperson                                    | beziehung                   | aenderung                                                              | id                            | ergebnis      |
        | die Person ist am 16.03.1998 geboren           | Ehegatte                    | "Angehöriger" lebt in familiärer Lebensgemeinschaft mit der Person     | stammrecht                    | erfüllt       |
        | die Person ist seit dem 01.01.2024 geduldet    | Ehegatte                    | "Angehöriger" lebt in familiärer Lebensgemeinschaft mit der Person     | stammrecht                    | nicht erfüllt |
        | die Person ist am 16.03.1998 geboren           | Kind, geboren am 01.01.2020 | "Angehöriger" ist ledig                                                | familienangehoeriger          | erfüllt       |
        | die Person ist am 16.03.1998 geboren           | Kind, geboren am 01.01.2020 | "Angehöriger" ist verheiratet                                          | familienangehoeriger          | nicht erfüllt |
        | die Person ist am 16.03.1998 geboren           | Ehegatte                    | "Angehöriger" lebt nicht in familiärer Lebensgemeinschaft mit der Person | familiaere_lebensgemeinschaft | nicht erfüllt |

    Szenariogrundriss: Satz 1 gilt für Ehegatten, nicht für Kinder; Abs. 3 für alle
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am 16.03.1998 geboren
      Und zum Haushalt gehört "Angehöriger" als <beziehung>
      Und <aenderung>
      Wenn § 25a Abs. 2 Satz 3 und 5 AufenthG für "Angehöriger" geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>

      Beispiele:
        | beziehung                   | aenderung                                                                                                       | id                             | ergebnis      |
        | Ehegatte                    | für "Angehöriger" gilt: die Person verhindert derzeit die Aufenthaltsbeendigung durch Täuschung über ihre Identität | keine_verhinderung_abschiebung | nicht erfüllt |
        | Kind, geboren am 01.01.2020 | für "Angehöriger" gilt: die Person verhindert derzeit die Aufenthaltsbeendigung durch Täuschung über ihre Identität | keine_verhinderung_abschiebung | erfüllt       |
        | Ehegatte                    | für "Angehöriger" beträgt der Bedarf der Bedarfsgemeinschaft 1.500 € und das Erwerbseinkommen 1.200 €            | lebensunterhalt_durch_erwerb   | nicht erfüllt |
        | Kind, geboren am 01.01.2020 | für "Angehöriger" beträgt der Bedarf der Bedarfsgemeinschaft 1.500 € und das Erwerbseinkommen 0 €                | lebensunterhalt_durch_erwerb   | erfüllt       |
        | Ehegatte                    | "Angehöriger" wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 60 Tagessätzen verurteilt         | keine_verurteilung             | nicht erfüllt |
        | Ehegatte                    | "Angehöriger" wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 60 Tagessätzen verurteilt, die nur Ausländer begehen können | keine_verurteilung | erfüllt |

  Regel: § 10 Abs. 2 StAG – Miteinbürgerung von Ehegatten, Lebenspartnern und minderjährigen Kindern
    Kann-Vorschrift. Die Angehörigen müssen § 10 Abs. 1 selbst erfüllen, nur nicht die Aufenthaltsdauer
    (fünf Jahre, bis 26.06.2024 acht Jahre; § 10 Abs. 2 StAG).

    Szenariogrundriss: Die Ehefrau wird ohne eigene Aufenthaltsdauer miteingebürgert
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und zum Haushalt gehört "Ehefrau" als Ehegattin mit Niederlassungserlaubnis
      Und "Ehefrau" ist am 01.06.2021 eingereist und hat seitdem eine Aufenthaltserlaubnis nach § 30
      Wenn § 10 Abs. 2 StAG für "Ehefrau" geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "stammrecht" ist erfüllt
      Und die Voraussetzung "familienangehoeriger" ist erfüllt
      Und die Voraussetzung "eigene_voraussetzungen" ist erfüllt
      Und der Weg ist erfüllt
      Und nennt die Ableitung "abgeleitet von BDD-Einbuergerung (Hauptperson) nach § 10 Abs. 2 StAG: erfüllt"

      Beispiele:
        | stichtag   | fassung    |
        | 15.03.2023 | 20.08.2021 |
        | 15.03.2025 | 27.06.2024 |

    Szenariogrundriss: Ergebnis der Hauptperson, Beziehung und eigene Voraussetzungen in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <hauptperson>
      Und zum Haushalt gehört "Angehöriger" als <beziehung>
      Und <aenderung>
      Wenn § 10 Abs. 2 StAG für "Angehöriger" geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>

      Beispiele:
        | stichtag   | hauptperson                                                            | beziehung                                                 | aenderung                                                                                                   | id                     | ergebnis      |
        | 15.03.2023 | die Person wurde zu einer Freiheitsstrafe von 12 Monaten ohne Bewährung verurteilt | Ehegatte mit Niederlassungserlaubnis             | "Angehöriger" lebt nicht im Haushalt                                                                        | stammrecht             | nicht erfüllt |
        | 15.03.2025 | die Person wurde zu einer Freiheitsstrafe von 12 Monaten ohne Bewährung verurteilt | Ehegatte mit Niederlassungserlaubnis             | "Angehöriger" lebt nicht im Haushalt                                                                        | stammrecht             | nicht erfüllt |
        | 15.03.2025 | die Angabe "Aufenthaltsstatus" ist unbekannt                           | Ehegatte mit Niederlassungserlaubnis                      | "Angehöriger" lebt nicht im Haushalt                                                                        | stammrecht             | ungeklärt     |
        | 15.03.2023 | die Person hat einen deutschen Schulabschluss                          | Kind mit Niederlassungserlaubnis, geboren am 16.03.2005   | "Angehöriger" ist ledig                                                                                     | familienangehoeriger   | erfüllt       |
        | 15.03.2023 | die Person hat einen deutschen Schulabschluss                          | Kind mit Niederlassungserlaubnis, geboren am 15.03.2005   | "Angehöriger" ist ledig                                                                                     | familienangehoeriger   | nicht erfüllt |
        | 15.03.2025 | die Person hat einen deutschen Schulabschluss                          | Kind mit Niederlassungserlaubnis, geboren am 16.03.2007   | "Angehöriger" ist ledig                                                                                     | familienangehoeriger   | erfüllt       |
        | 15.03.2025 | die Person hat einen deutschen Schulabschluss                          | Kind mit Niederlassungserlaubnis, geboren am 15.03.2007   | "Angehöriger" ist ledig                                                                                     | familienangehoeriger   | nicht erfüllt |
        | 15.03.2023 | die Person hat einen deutschen Schulabschluss                          | Ehegatte mit Niederlassungserlaubnis                      | für "Angehöriger" gilt: die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | eigene_voraussetzungen | nicht erfüllt |
        | 15.03.2025 | die Person hat einen deutschen Schulabschluss                          | Ehegatte mit Niederlassungserlaubnis                      | für "Angehöriger" gilt: die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | eigene_voraussetzungen | nicht erfüllt |
        | 15.03.2025 | die Person hat einen deutschen Schulabschluss                          | Ehegatte mit Niederlassungserlaubnis                      | für "Angehöriger" ist die Angabe "Deutschkenntnisse" unbekannt                                              | eigene_voraussetzungen | ungeklärt     |
