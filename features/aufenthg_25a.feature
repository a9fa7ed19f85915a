# language: de
Funktionalität: Aufenthaltsgewährung bei gut integrierten Jugendlichen und jungen Volljährigen (§ 25a AufenthG)
  Vorprüfung, ob eine Person am Stichtag (Tag der Entscheidung) die Voraussetzungen des § 25a Abs. 1 AufenthG erfüllt.
  Es gilt die Fassung, die am Stichtag in Kraft ist:
  ab 01.08.2015 für geduldete Jugendliche und Heranwachsende, vier Jahre Aufenthalt und Schulbesuch, Antrag vor dem 21. Geburtstag;
  ab 31.12.2022 zwölf Monate Duldung oder Chancen-Aufenthaltsrecht, drei Jahre, Antrag vor dem 27. Geburtstag, Abs. 5 und 6;
  ab 01.07.2027 (geplant) entfallen die Regelungen für Inhaber einer Aufenthaltserlaubnis nach § 104c.
  Die Fälle beginnen mit einer gut integrierten jungen geduldeten Person: am Stichtag 17 Jahre alt, seit sechs Jahren
  geduldet und in Deutschland erfolgreich in der Schule, bezieht AsylbLG, hat noch keinen Antrag gestellt; jeder Fall
  ändert genau eine Angabe. Tabellen, die jede Fassung prüfen, verwenden die Stichtage 15.03.2021, 15.03.2025 und 15.03.2028.
  Die Familienangehörigen (§ 25a Abs. 2 und 3) sind nicht Teil dieser Datei.
  Quellen: § 25a AufenthG in den Fassungen ab 01.08.2015, ab 31.12.2022 (BGBl. 2022 I S. 2847) und ab 01.07.2027;
  § 60b Abs. 5 AufenthG; §§ 187, 188 BGB; Entscheidungen beim jeweiligen Szenario; offene Rechtsfragen in rules/offene_fragen/.

  Regel: Anzuwenden ist die Fassung, die am Stichtag gilt

    Szenariogrundriss: Am <stichtag> gilt die Fassung ab <fassung>
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Wenn § 25a AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und der Weg ist erfüllt

      Beispiele:
        | stichtag   | fassung    |
        | 01.08.2015 | 01.08.2015 |
        | 30.12.2022 | 01.08.2015 |
        | 31.12.2022 | 31.12.2022 |
        | 30.06.2027 | 31.12.2022 |
        | 01.07.2027 | 01.07.2027 |

    # § 25a AufenthG gilt seit 01.07.2011 (eingefügt durch das Gesetz zur Bekämpfung der Zwangsheirat … sowie zur
    # Änderung weiterer aufenthalts- und asylrechtlicher Vorschriften, BR-Drs. 168/11). Die Fassung vom 01.07.2011
    # bis 31.07.2015 („kann“, sechs Jahre, Antrag vor dem 21. Geburtstag) bildet kimrules nicht ab: an einem
    # Stichtag in dieser Zeit ist nichts geprüft und der Weg ungeklärt, nie „nicht erfüllt“.
    Szenariogrundriss: Am <stichtag> gilt eine Fassung, die nicht abgebildet ist
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Wenn § 25a AufenthG geprüft wird
      Dann ist die am Stichtag geltende Fassung von § 25a AufenthG nicht abgebildet
      Und der Weg ist ungeklärt

      Beispiele:
        | stichtag   |
        | 31.07.2015 |
        | 15.03.2013 |
        | 01.07.2011 |

    Szenariogrundriss: Vor dem 01.07.2011 ist § 25a nicht in Kraft
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Wenn § 25a AufenthG geprüft wird
      Dann ist § 25a AufenthG am Stichtag nicht in Kraft
      Und der Weg ist nicht erfüllt

      Beispiele:
        | stichtag   |
        | 30.06.2011 |
        | 15.03.2009 |

  Regel: Mindestens 14 Jahre alt am Tag der Entscheidung (§ 25a Abs. 1 Satz 1 „jugendlicher“)
    Das 14. Lebensjahr ist mit Ablauf des Tages vor dem 14. Geburtstag vollendet (§ 187 Abs. 2 Satz 2, § 188 Abs. 2 BGB):
    am 14. Geburtstag ist die Person 14 Jahre alt, am Tag davor 13. Wer am 29.02. geboren ist, wird in einem
    Gemeinjahr am 01.03. 14 (§ 188 Abs. 3 BGB).

    Szenariogrundriss: Am 14. Geburtstag erfüllt, am Tag davor nicht
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am <geboren> geboren
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "mindestalter_14" <ergebnis>

      Beispiele:
        | stichtag   | geboren    | ergebnis      |
        | 15.03.2021 | 15.03.2007 | erfüllt       |
        | 15.03.2021 | 16.03.2007 | nicht erfüllt |
        | 15.03.2025 | 15.03.2011 | erfüllt       |
        | 15.03.2025 | 16.03.2011 | nicht erfüllt |
        | 15.03.2028 | 15.03.2014 | erfüllt       |
        | 15.03.2028 | 16.03.2014 | nicht erfüllt |
        | 01.03.2026 | 29.02.2012 | erfüllt       |
        | 28.02.2026 | 29.02.2012 | nicht erfüllt |

    Szenario: Ohne Geburtsdatum bleibt das Alter offen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Angabe "Geburtsdatum" ist unbekannt
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "mindestalter_14" ungeklärt
      Und nennt die Voraussetzung "mindestalter_14" als offene Frage "Geburtsdatum erfragen"

  Regel: Antrag vor dem 21. (bis 30.12.2022) bzw. 27. Geburtstag (§ 25a Abs. 1 Satz 1 Nr. 3)
    Maßgeblich ist der Tag des Antrags; ist noch kein Antrag gestellt, der Stichtag. Der Antrag ist bis zum Tag vor
    dem Geburtstag rechtzeitig (Flüchtlingsrat Niedersachsen); eine spätere Entscheidung schadet nicht.

    Szenariogrundriss: Ohne Antrag zählt das Alter am Stichtag
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am <geboren> geboren
      Und die Person hat noch keinen Antrag gestellt
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>
      Und die Herleitung zur Voraussetzung "<id>" nennt "Stichtag <stichtag> (noch kein Antrag auf § 25a gestellt)"

      Beispiele:
        | stichtag   | geboren    | id            | ergebnis      |
        | 15.03.2021 | 16.03.2000 | antrag_vor_21 | erfüllt       |
        | 15.03.2021 | 15.03.2000 | antrag_vor_21 | nicht erfüllt |
        | 15.03.2025 | 16.03.1998 | antrag_vor_27 | erfüllt       |
        | 15.03.2025 | 15.03.1998 | antrag_vor_27 | nicht erfüllt |
        | 15.03.2028 | 16.03.2001 | antrag_vor_27 | erfüllt       |
        | 15.03.2028 | 15.03.2001 | antrag_vor_27 | nicht erfüllt |

    Szenariogrundriss: Mit Antrag zählt das Alter am Tag des Antrags, auch wenn die Person bei der Entscheidung älter ist
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am 10.05.<jahr> geboren
      Und die Person hat am <antrag> die Aufenthaltserlaubnis nach § 25a beantragt
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>
      Und die Herleitung zur Voraussetzung "<id>" nennt "Tag des Antrags auf § 25a (<antrag>)"

      Beispiele:
        | stichtag   | jahr | antrag     | id            | ergebnis      |
        | 15.09.2021 | 2000 | 09.05.2021 | antrag_vor_21 | erfüllt       |
        | 15.09.2021 | 2000 | 10.05.2021 | antrag_vor_21 | nicht erfüllt |
        | 01.09.2025 | 1998 | 09.05.2025 | antrag_vor_27 | erfüllt       |
        | 01.09.2025 | 1998 | 10.05.2025 | antrag_vor_27 | nicht erfüllt |
        | 15.03.2028 | 2000 | 09.05.2027 | antrag_vor_27 | erfüllt       |
        | 15.03.2028 | 2000 | 10.05.2027 | antrag_vor_27 | nicht erfüllt |

    Szenariogrundriss: Am 31.12.2022 steigt die Altersgrenze von 21 auf 27 Jahre
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am 01.01.2001 geboren
      Wenn § 25a AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "<id>" ist <ergebnis>

      Beispiele:
        | stichtag   | fassung    | id            | ergebnis      |
        | 30.12.2022 | 01.08.2015 | antrag_vor_21 | nicht erfüllt |
        | 31.12.2022 | 31.12.2022 | antrag_vor_27 | erfüllt       |

    Szenario: Ohne Geburtsdatum bleibt die Altersgrenze offen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Angabe "Geburtsdatum" ist unbekannt
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "antrag_vor_27" ungeklärt

  Regel: Bis 30.12.2022 geduldet (§ 25a Abs. 1 Satz 1 a. F.)

    Szenariogrundriss: Status am Stichtag in der Fassung bis 30.12.2022
      Angenommen der Stichtag ist der 15.03.2021
      Und eine gut integrierte junge geduldete Person
      Und <status>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "geduldet" <ergebnis>

      Beispiele:
        | status                                                                   | ergebnis      |
        | die Person hat seit dem 01.01.2021 eine Duldung nach § 60b               | erfüllt       |
        | die Person hat seit dem 01.01.2021 eine Ausbildungsduldung               | erfüllt       |
        | die Person hat seit dem 01.01.2021 eine Aufenthaltserlaubnis nach § 16a  | nicht erfüllt |
        | die Person hat seit dem 01.01.2021 eine Niederlassungserlaubnis          | nicht erfüllt |
        | die Angabe "Aufenthaltsstatus" ist unbekannt                             | ungeklärt     |

    Szenario: Aufenthaltsgestattung – der Wortlaut verlangt eine Duldung, ein Wechsel war bis 2022 nach asyl.net möglich
      # Bis 30.12.2022 verlangt § 25a Abs. 1 Satz 1 a. F. „geduldet“; maßgeblich ist der Status bei der Entscheidung
      # (zu § 25b BVerwG, Urteil vom 18.12.2019 – 1 C 34.18, Leitsatz 1). Wer bis dahin noch gestattet ist, klärt das mit der Behörde.
      Angenommen der Stichtag ist der 15.03.2021
      Und eine gut integrierte junge geduldete Person
      Und die Person hat seit dem 01.01.2020 eine Aufenthaltsgestattung
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "geduldet" ungeklärt
      Und die Prüfung nennt als Einzelfallgrund "1 C 34.18"

    Szenario: OVG Sachsen-Anhalt 22.12.2021 – 2 M 113/21: Duldung nach Passvorlage beendet
      # Quelle: russischer Staatsangehöriger, geboren 2000, 2013 mit der Familie eingereist, Antrag auf § 25a, legte einen
      # gültigen Pass vor; die Behörde beendete darauf die Duldung und lehnte § 25a ab. Ergebnis: Die Beendigung der Duldung
      # wegen der Passvorlage widerspricht dem Zweck des § 25a. Tag und Monat der Geburt, der Einreise und des Antrags nennt
      # die Quelle nicht; hier angenommen: geboren 01.06.2000, Antrag 15.03.2021 (vor dem 21. Geburtstag).
      Angenommen der Stichtag ist der 22.12.2021
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am 01.06.2000 geboren
      Und die Person ist seit dem 01.08.2013 ununterbrochen geduldet
      Und die Person besucht seit dem 01.09.2013 die Schule in Deutschland
      Und die Person hat am 15.03.2021 die Aufenthaltserlaubnis nach § 25a beantragt
      Und die Person hat einen Pass, gültig bis 31.12.2030
      Und die Person hat seit dem 01.10.2021 keinen Aufenthaltsstatus
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "geduldet" ungeklärt
      Und die Prüfung nennt als Einzelfallgrund "2 M 113/21"
      Und die Voraussetzung "antrag_vor_21" ist erfüllt
      Und die Voraussetzung "voraufenthalt" ist ungeklärt

  Regel: Seit 31.12.2022 zwölf Monate Duldung ohne § 60b oder – bis 30.06.2027 – Chancen-Aufenthaltsrecht (§ 25a Abs. 1 Satz 1; § 60b Abs. 5 Satz 1)
    Gezählt nach §§ 187 Abs. 2, 188 Abs. 2 BGB: wer seit dem 15.03.2024 geduldet ist, hat am 15.03.2025 zwölf Monate.
    Eine Aufenthaltsgestattung zählt nicht (asyl.net: „Die Vorduldungszeiten sind nunmehr zwingend“),
    Zeiten mit Duldung nach § 60b zählen nicht; wer am Stichtag eine Duldung nach § 60b hat, erhält § 25a nicht
    (Flüchtlingsrat Niedersachsen).

    Szenariogrundriss: Zwölf Monate genau erreicht und einen Tag zu kurz
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person hatte vom <gestattet> bis <bis> eine Aufenthaltsgestattung
      Und die Person hat seit dem <seit> eine Duldung
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>

      Beispiele:
        | stichtag   | gestattet  | bis        | seit       | id                          | ergebnis      |
        | 15.03.2025 | 01.01.2020 | 14.03.2024 | 15.03.2024 | duldung_12_monate_oder_104c | erfüllt       |
        | 15.03.2025 | 01.01.2020 | 15.03.2024 | 16.03.2024 | duldung_12_monate_oder_104c | nicht erfüllt |
        | 15.03.2028 | 01.01.2023 | 14.03.2027 | 15.03.2027 | duldung_12_monate           | erfüllt       |
        | 15.03.2028 | 01.01.2023 | 15.03.2027 | 16.03.2027 | duldung_12_monate           | nicht erfüllt |

    Szenariogrundriss: Status am Stichtag in der Fassung ab 31.12.2022
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und <status>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "duldung_12_monate_oder_104c" <ergebnis>

      Beispiele:
        | status                                                                   | ergebnis      |
        | die Person hat seit dem 01.06.2024 eine Aufenthaltserlaubnis nach § 104c | erfüllt       |
        | die Person hat seit dem 01.01.2024 eine Beschäftigungsduldung            | erfüllt       |
        | die Person hat seit dem 01.01.2024 eine Aufenthaltsgestattung            | nicht erfüllt |
        | die Person hat seit dem 01.01.2025 eine Duldung nach § 60b               | nicht erfüllt |
        | die Angabe "Aufenthaltsstatus" ist unbekannt                             | ungeklärt     |

    Szenario: Eine frühere Duldung nach § 60b zählt nicht; ob sie die zwölf Monate unterbricht, klärt die Behörde
      # § 60b Abs. 5 Satz 1: die Zeiten werden nicht angerechnet; ob die Kette „seit zwölf Monaten“ dadurch neu beginnt,
      # sagt das Gesetz nicht (vgl. offene Rechtsfrage 60b-zeiten-vor-zusatz).
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person hatte vom 01.09.2024 bis 31.12.2024 eine Duldung nach § 60b
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "duldung_12_monate_oder_104c" ungeklärt

    Szenario: Zwölf Monate erst bei der Entscheidung, nicht beim Antrag erreicht
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person hatte vom 01.01.2020 bis 14.03.2024 eine Aufenthaltsgestattung
      Und die Person hat seit dem 15.03.2024 eine Duldung
      Und die Person hat am 01.10.2024 die Aufenthaltserlaubnis nach § 25a beantragt
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "duldung_12_monate_oder_104c" ungeklärt
      Und die Prüfung nennt als Einzelfallgrund "bei Antragstellung vorliegen"

    Szenariogrundriss: Das Chancen-Aufenthaltsrecht öffnet § 25a nur bis zum 30.06.2027
      # Die letzte Erlaubnis nach § 104c konnte am 30.12.2025 erteilt werden; § 25a Abs. 1 Satz 1 in der Fassung ab 01.07.2027
      # nennt § 104c nicht mehr.
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person hat seit dem 30.12.2025 eine Aufenthaltserlaubnis nach § 104c
      Wenn § 25a AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "<id>" ist <ergebnis>

      Beispiele:
        | stichtag   | fassung    | id                          | ergebnis      |
        | 30.06.2027 | 31.12.2022 | duldung_12_monate_oder_104c | erfüllt       |
        | 01.07.2027 | 01.07.2027 | duldung_12_monate           | nicht erfüllt |

  Regel: Ununterbrochener Aufenthalt, vier bzw. seit 31.12.2022 drei Jahre (§ 25a Abs. 1 Satz 1 Nr. 1, Abs. 5)
    Erlaubt, geduldet oder gestattet; Zeiten mit Duldung nach § 60b zählen nicht, für Inhaber einer Aufenthaltserlaubnis
    nach § 104c vom 31.12.2022 bis 30.06.2027 doch (Abs. 5). Gezählt bis zum Stichtag.

    Szenariogrundriss: Frist genau erreicht und einen Tag zu kurz
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person ist seit dem <seit> ununterbrochen geduldet
      Wenn § 25a AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "voraufenthalt" ist <ergebnis>

      Beispiele:
        | stichtag   | fassung    | seit       | ergebnis      |
        | 15.03.2021 | 01.08.2015 | 15.03.2017 | erfüllt       |
        | 15.03.2021 | 01.08.2015 | 16.03.2017 | nicht erfüllt |
        | 15.03.2025 | 31.12.2022 | 15.03.2022 | erfüllt       |
        | 15.03.2025 | 31.12.2022 | 16.03.2022 | nicht erfüllt |
        | 15.03.2028 | 01.07.2027 | 15.03.2025 | erfüllt       |
        | 15.03.2028 | 01.07.2027 | 16.03.2025 | nicht erfüllt |

    Szenariogrundriss: „Erlaubt“ ist auch der Aufenthalt mit Visum oder Fiktionsbescheinigung; eine Zeit ohne Status nur mit Anspruch auf Duldung
      # § 25a Abs. 1 Satz 1 Nr. 1: „erlaubt“; § 4 Abs. 1 Satz 2 Nr. 1, § 81 Abs. 3 Satz 1 AufenthG. Eine Zeit ohne Status:
      # wenige Tage unschädlich, mehr als drei Monate beachtlich (bayerisches VG, BeckRS 2022, 25377, Leitsatz 2).
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person ist seit dem 15.03.2023 ununterbrochen geduldet
      Und die Person hatte vom 15.09.2022 bis 14.03.2023 eine Aufenthaltsgestattung
      Und die Person hatte vom <von> bis 14.09.2022 <vorher>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | von        | vorher                                                    | ergebnis      |
        | 15.03.2022 | ein Schengen-Visum                                        | erfüllt       |
        | 15.03.2022 | eine Fiktionsbescheinigung mit Erlaubnisfiktion           | erfüllt       |
        | 16.03.2022 | ein nationales Visum                                      | nicht erfüllt |
        | 15.03.2022 | keinen Aufenthaltsstatus, aber einen Anspruch auf Duldung | erfüllt       |
        | 15.03.2022 | keinen Aufenthaltsstatus                                  | ungeklärt     |
        | 15.03.2022 | keinen Aufenthaltsstatus und keinen Anspruch auf Duldung  | nicht erfüllt |

    Szenario: Zeiten mit Aufenthaltsgestattung zählen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person hatte vom 15.03.2022 bis 14.03.2024 eine Aufenthaltsgestattung
      Und die Person hat seit dem 15.03.2024 eine Duldung
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" erfüllt

    Szenariogrundriss: Zeiten mit Duldung nach § 60b zählen nur für Inhaber des Chancen-Aufenthaltsrechts (Abs. 5)
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person ist seit dem 15.03.2022 ununterbrochen geduldet
      Und die Person hatte vom 01.06.2022 bis 31.12.2022 eine Duldung nach § 60b
      Und <heute>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | heute                                                                    | ergebnis      |
        | die Person hat seit dem 01.06.2024 eine Aufenthaltserlaubnis nach § 104c | erfüllt       |
        | die Person hat seit dem 01.06.2024 eine Duldung                          | nicht erfüllt |

    Szenariogrundriss: Maßgeblich ist die Frist am Tag der Entscheidung, nicht am Tag des Antrags
      # Bayerisches VG, BeckRS 2021, 23885, Leitsatz 1 (zu § 25a); ebenso BVerwG, Urteil vom 18.12.2019 – 1 C 34.18,
      # Leitsatz 1 (zu § 25b). Beim Antrag am 01.03.2025 fehlten noch zwei Wochen.
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person ist seit dem 15.03.2022 ununterbrochen geduldet
      Und die Person hat am 01.03.2025 die Aufenthaltserlaubnis nach § 25a beantragt
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | stichtag   | ergebnis      |
        | 15.03.2025 | erfüllt       |
        | 14.03.2025 | nicht erfüllt |

  Regel: Erfolgreicher Schulbesuch, vier bzw. seit 31.12.2022 drei Jahre, oder anerkannter Abschluss (§ 25a Abs. 1 Satz 1 Nr. 2)
    „Erfolgreich“: regelmäßig, höchstens geringe Fehlzeiten, Versetzung und Hauptschulabschluss zu erwarten
    (VG Stuttgart 10.01.2017 – 11 K 2461/16). Seit 31.12.2022 entfällt die Voraussetzung, wenn die Person sie wegen
    Krankheit oder Behinderung nicht erfüllen kann (Nr. 2 Satz 2). Verlangt wird sie nur „in der Regel“.

    Szenariogrundriss: Schulbesuch genau lang genug und einen Tag zu kurz
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person besucht seit dem <seit> die Schule in Deutschland
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch" <ergebnis>

      Beispiele:
        | stichtag   | seit       | ergebnis      |
        | 15.03.2021 | 15.03.2017 | erfüllt       |
        | 15.03.2021 | 16.03.2017 | nicht erfüllt |
        | 15.03.2025 | 15.03.2022 | erfüllt       |
        | 15.03.2025 | 16.03.2022 | nicht erfüllt |
        | 15.03.2028 | 15.03.2025 | erfüllt       |
        | 15.03.2028 | 16.03.2025 | nicht erfüllt |

    Szenariogrundriss: Nicht erfolgreicher Schulbesuch genügt nicht
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person besucht die Schule nicht erfolgreich
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch" nicht erfüllt

      Beispiele:
        | stichtag   |
        | 15.03.2021 |
        | 15.03.2025 |
        | 15.03.2028 |

    Szenariogrundriss: Ein anerkannter Schul- oder Berufsabschluss genügt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person besuchte vom 01.09.2022 bis 31.07.2024 die Schule in Deutschland
      Und <abschluss>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch" <ergebnis>

      Beispiele:
        | abschluss                                                      | ergebnis      |
        | die Person hat einen deutschen Schulabschluss                  | erfüllt       |
        | die Person hat einen anerkannten Berufsabschluss in Deutschland | erfüllt       |
        | die Person besucht die Schule erfolgreich                      | nicht erfüllt |

    Szenariogrundriss: Krankheit oder Behinderung – erst seit 31.12.2022 ausdrücklich geregelt
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und die Person besucht seit dem <seit> die Schule in Deutschland
      Und die Person kann wegen Krankheit oder Behinderung nicht zur Schule gehen
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch" <ergebnis>

      Beispiele:
        | stichtag   | seit       | ergebnis      |
        | 15.03.2021 | 01.09.2020 | nicht erfüllt |
        | 15.03.2025 | 01.09.2024 | erfüllt       |
        | 15.03.2028 | 01.09.2027 | erfüllt       |

    Szenario: „In der Regel“ – bei besonderen Umständen entscheidet die Behörde
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person besucht seit dem 01.09.2023 die Schule in Deutschland
      Und es liegen besondere Umstände des Einzelfalls vor
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch" ungeklärt

    Szenario: Ohne Angaben zur Schule wird nach den Zeugnissen gefragt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und zu § 25a ist unbekannt: Schulbesuch
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch" ungeklärt
      Und nennt die Voraussetzung "schulbesuch" als offene Frage "Schulbescheinigungen und Zeugnisse"

    Szenario: VG Stuttgart 10.01.2017 – 11 K 2461/16: Schulbesuch ohne Erfolg 
      # Quelle: Kinder einer seit 2000 geduldeten Familie, vier in Deutschland geboren (2001–2011), durchgehend geduldet,
      # durchgehend Sozialleistungen; Klagen abgewiesen; Maßstab für § 25a: Versetzung und Hauptschulabschluss zu erwarten.
      # Tag und Monat der Geburt nennt die Quelle nicht (hier 01.06.2001 angenommen).
      Angenommen der Stichtag ist der 10.01.2017
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am 01.06.2001 geboren
      Und die Person ist seit dem 01.06.2001 ununterbrochen geduldet
      Und die Person besucht seit dem 01.09.2007 die Schule in Deutschland
      Und die Person besucht die Schule nicht erfolgreich
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch" nicht erfüllt
      Und der Weg ist nicht erfüllt

  Regel: Positive Integrationsprognose (§ 25a Abs. 1 Satz 1 Nr. 4)

    Szenariogrundriss: Prognose in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und <prognose>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "integrationsprognose" <ergebnis>

      Beispiele:
        | stichtag   | prognose                                    | ergebnis      |
        | 15.03.2021 | die Integrationsprognose ist positiv        | erfüllt       |
        | 15.03.2021 | die Integrationsprognose ist negativ        | nicht erfüllt |
        | 15.03.2025 | die Integrationsprognose ist positiv        | erfüllt       |
        | 15.03.2025 | die Integrationsprognose ist negativ        | nicht erfüllt |
        | 15.03.2025 | zu § 25a ist unbekannt: Integrationsprognose | ungeklärt     |
        | 15.03.2028 | die Integrationsprognose ist positiv        | erfüllt       |
        | 15.03.2028 | die Integrationsprognose ist negativ        | nicht erfüllt |

  Regel: Keine konkreten Anhaltspunkte gegen das Bekenntnis zur Grundordnung (§ 25a Abs. 1 Satz 1 Nr. 5)
    Anders als bei § 25b ist kein schriftliches Bekenntnis nötig (BVerwG 1 C 13.23, Pressemitteilung).

    Szenariogrundriss: Anhaltspunkte in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und <angabe>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_anhaltspunkte_gegen_bekenntnis" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                                                            | ergebnis      |
        | 15.03.2021 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben                           | erfüllt       |
        | 15.03.2021 | es gibt konkrete Anhaltspunkte, dass sich die Person nicht zur freiheitlichen demokratischen Grundordnung bekennt | nicht erfüllt |
        | 15.03.2025 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben                           | erfüllt       |
        | 15.03.2025 | es gibt konkrete Anhaltspunkte, dass sich die Person nicht zur freiheitlichen demokratischen Grundordnung bekennt | nicht erfüllt |
        | 15.03.2025 | zu § 25a ist unbekannt: Anhaltspunkte gegen das Bekenntnis                                                        | ungeklärt     |
        | 15.03.2028 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben                           | erfüllt       |
        | 15.03.2028 | es gibt konkrete Anhaltspunkte, dass sich die Person nicht zur freiheitlichen demokratischen Grundordnung bekennt | nicht erfüllt |

  Regel: Lebensunterhalt gesichert oder Schule, Ausbildung bzw. Studium (§ 25a Abs. 1 Satz 2; § 5 Abs. 1 Nr. 1, Abs. 3 Satz 2)
    Solange die Person zur Schule geht, eine Ausbildung macht oder studiert, schaden Sozialleistungen nicht. Sonst ist die
    Sicherung eine Regelvoraussetzung, von der die Behörde nach Ermessen absehen kann: dann „ungeklärt“.

    Szenariogrundriss: Sozialleistungen während Schule oder Ausbildung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und <lage>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | stichtag   | lage                                                                      | ergebnis  |
        | 15.03.2021 | die Person bezieht Leistungen nach dem SGB II                             | erfüllt   |
        | 15.03.2021 | die Person besuchte vom 01.09.2015 bis 31.07.2020 die Schule in Deutschland | ungeklärt |
        | 15.03.2025 | die Person bezieht Leistungen nach dem SGB II                             | erfüllt   |
        | 15.03.2025 | die Person besuchte vom 01.09.2019 bis 31.07.2024 die Schule in Deutschland | ungeklärt |
        | 15.03.2028 | die Person bezieht Leistungen nach dem SGB II                             | erfüllt   |
        | 15.03.2028 | die Person besuchte vom 01.09.2022 bis 31.07.2027 die Schule in Deutschland | ungeklärt |

    Szenariogrundriss: Nach der Schule
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person besuchte vom 01.09.2019 bis 31.07.2024 die Schule in Deutschland
      Und <lage>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | lage                                                  | ergebnis  |
        | die Person studiert oder macht eine anerkannte Ausbildung | erfüllt   |
        | die Person hat ein Einkommen, das ihren Bedarf deckt  | erfüllt   |
        | die Person macht keine Ausbildung und studiert nicht  | ungeklärt |

  Regel: Keine eigene Täuschung, die die Abschiebung verhindert (§ 25a Abs. 1 Satz 3)
    Zwingender Versagungsgrund, aber nur für eigene, aktuelle falsche Angaben oder Täuschung der Person; eine Täuschung
    der Eltern wird ihr nicht zugerechnet (asyl.net, Flüchtlingsrat Niedersachsen).

    Szenariogrundriss: Täuschung in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und <angabe>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_eigene_taeuschung" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                                                          | ergebnis      |
        | 15.03.2021 | die Abschiebung ist wegen falscher Angaben der Eltern zur Identität ausgesetzt, die Person selbst hat nicht getäuscht | erfüllt       |
        | 15.03.2021 | die Abschiebung ist wegen eigener falscher Angaben der Person zu ihrer Identität ausgesetzt                     | nicht erfüllt |
        | 15.03.2025 | die Abschiebung ist wegen falscher Angaben der Eltern zur Identität ausgesetzt, die Person selbst hat nicht getäuscht | erfüllt       |
        | 15.03.2025 | die Abschiebung ist wegen eigener falscher Angaben der Person zu ihrer Identität ausgesetzt                     | nicht erfüllt |
        | 15.03.2025 | zu § 25a ist unbekannt: eigene Täuschung                                                                        | ungeklärt     |
        | 15.03.2028 | die Abschiebung ist wegen falscher Angaben der Eltern zur Identität ausgesetzt, die Person selbst hat nicht getäuscht | erfüllt       |
        | 15.03.2028 | die Abschiebung ist wegen eigener falscher Angaben der Person zu ihrer Identität ausgesetzt                     | nicht erfüllt |

    Szenario: Fehlende Mitwirkung allein ist keine Täuschung
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person erfüllt derzeit zumutbare Anforderungen an die Mitwirkung bei der Passbeschaffung nicht
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_eigene_taeuschung" erfüllt

  Regel: Kein Ausweisungsinteresse (§ 5 Abs. 1 Nr. 2, Abs. 3 Satz 2, Abs. 4)
    Für die Person selbst nennt § 25a keine Grenze in Tagessätzen; die Grenzen des Abs. 3 gelten für Familienangehörige.
    Eine Verurteilung führt daher zur Einzelfallprüfung (offene Rechtsfrage 25a-eigene-straftaten).

    Szenariogrundriss: Verurteilungen in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und <angabe>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "kein_ausweisungsinteresse_regel" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                           | ergebnis  |
        | 15.03.2021 | die Person ist nicht vorbestraft                                                 | erfüllt   |
        | 15.03.2021 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 30 Tagessätzen verurteilt | ungeklärt |
        | 15.03.2025 | die Person ist nicht vorbestraft                                                 | erfüllt   |
        | 15.03.2025 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 30 Tagessätzen verurteilt | ungeklärt |
        | 15.03.2025 | es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 bis 5                 | ungeklärt |
        | 15.03.2028 | die Person ist nicht vorbestraft                                                 | erfüllt   |
        | 15.03.2028 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 30 Tagessätzen verurteilt | ungeklärt |

    Szenario: Die Prüfung nennt die offene Rechtsfrage
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 30 Tagessätzen verurteilt
      Wenn § 25a AufenthG geprüft wird
      Dann nennt die Voraussetzung "kein_ausweisungsinteresse_regel" als Einzelfallgrund "keine Grenze in Tagessätzen"

  Regel: Identität geklärt; für Inhaber des Chancen-Aufenthaltsrechts Abs. 6 (§ 5 Abs. 1 Nr. 1a, Abs. 3 Satz 2; § 25a Abs. 6)

    Szenariogrundriss: Identität in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und <angabe>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "identitaet" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                       | ergebnis  |
        | 15.03.2021 | die Identität der Person ist geklärt         | erfüllt   |
        | 15.03.2021 | die Identität der Person ist nicht geklärt   | ungeklärt |
        | 15.03.2025 | die Identität der Person ist geklärt         | erfüllt   |
        | 15.03.2025 | die Identität der Person ist nicht geklärt   | ungeklärt |
        | 15.03.2028 | die Identität der Person ist geklärt         | erfüllt   |
        | 15.03.2028 | die Identität der Person ist nicht geklärt   | ungeklärt |

    Szenariogrundriss: Inhaber des Chancen-Aufenthaltsrechts ohne geklärte Identität (Abs. 6)
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person hat seit dem 01.06.2024 eine Aufenthaltserlaubnis nach § 104c
      Und die Identität der Person ist nicht geklärt
      Und <massnahmen>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "identitaet" <ergebnis>

      Beispiele:
        | massnahmen                                                                | ergebnis      |
        | die Person hat alle zumutbaren Maßnahmen zur Identitätsklärung ergriffen  | ungeklärt     |
        | die Person hat nicht alle zumutbaren Maßnahmen zur Identitätsklärung ergriffen | nicht erfüllt |

  Regel: Passpflicht (§ 5 Abs. 1 Nr. 4, Abs. 3 Satz 2)
    Ausnahmen sind möglich, wenn die Passbeschaffung unmöglich oder unzumutbar ist; manche Behörden verlangen
    ausnahmslos einen Pass (Kreis Soest). Ohne Pass daher „ungeklärt“.

    Szenariogrundriss: Pass in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und <angabe>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "pass" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                          | ergebnis  |
        | 15.03.2021 | die Person hat einen Pass, gültig bis 15.03.2021 | erfüllt   |
        | 15.03.2021 | die Person hat einen Pass, gültig bis 14.03.2021 | ungeklärt |
        | 15.03.2025 | die Person hat einen Pass, gültig bis 15.03.2025 | erfüllt   |
        | 15.03.2025 | die Person hat keinen Pass                      | ungeklärt |
        | 15.03.2028 | die Person hat einen Pass, gültig bis 31.12.2030 | erfüllt   |
        | 15.03.2028 | die Person hat keinen Pass                      | ungeklärt |

  Regel: Kein atypischer Fall (Soll-Vorschrift)
    Eine frühere, beendete Täuschung schließt § 25a nicht aus, kann aber einen atypischen Fall begründen.

    Szenariogrundriss: Regelfall in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte junge geduldete Person
      Und <angabe>
      Wenn § 25a AufenthG geprüft wird
      Dann ist die Voraussetzung "regelfall" <ergebnis>
      Und die Voraussetzung "keine_eigene_taeuschung" ist erfüllt

      Beispiele:
        | stichtag   | angabe                                                              | ergebnis  |
        | 15.03.2021 | es liegen keine besonderen Umstände des Einzelfalls vor             | erfüllt   |
        | 15.03.2021 | die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet | ungeklärt |
        | 15.03.2025 | es liegen keine besonderen Umstände des Einzelfalls vor             | erfüllt   |
        | 15.03.2025 | die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet | ungeklärt |
        | 15.03.2025 | es liegen besondere Umstände des Einzelfalls vor                    | ungeklärt |
        | 15.03.2028 | es liegen keine besonderen Umstände des Einzelfalls vor             | erfüllt   |
        | 15.03.2028 | die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet | ungeklärt |
