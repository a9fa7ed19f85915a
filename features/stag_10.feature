# language: de
Funktionalität: Anspruchseinbürgerung (§ 10 StAG)
  Vorprüfung, ob eine Person am Stichtag (Tag der Entscheidung bzw. der Aushändigung der Urkunde) die
  Voraussetzungen des § 10 StAG mit §§ 11, 12a, 12b, 35a und 40a StAG erfüllt. Es gilt die Fassung am Stichtag:
  bis 26.06.2024 acht Jahre (sieben mit Integrationskurs, bis zu sechs mit besonderen Integrationsleistungen)
  und Aufgabe der bisherigen Staatsangehörigkeit; vom 27.06.2024 bis 29.10.2025 fünf Jahre, mit besonderen
  Integrationsleistungen, C1 und gesichertem Unterhalt bis zu drei Jahre; seit 30.10.2025 fünf Jahre ohne
  Verkürzung; seit 25.12.2025 zusätzlich die Sperrfrist des § 35a.
  Fast alle Fälle beginnen mit einer einbürgerungswilligen Person (Aufenthaltserlaubnis seit 2008,
  Niederlassungserlaubnis seit 2013, Pass, B1, 25 von 33 Punkten im Test, beide Bekenntnisse, Lebensunterhalt
  ohne Bürgergeld, keine Verurteilungen) und ändern genau eine Angabe. Tabellen, die jede Fassung prüfen,
  verwenden die Stichtage 15.03.2024, 15.03.2025, 15.11.2025 und 15.03.2026.
  Quellen: § 10 StAG in den Fassungen bis 26.06.2024, ab 27.06.2024 (BGBl. 2024 I Nr. 104) und ab 30.10.2025 (BGBl. 2025 I
  Nr. 256); §§ 11, 12a, 12b, 35a StAG; Entscheidungen beim jeweiligen Szenario; offene Rechtsfragen in rules/offene_fragen/.

  Regel: Anzuwenden ist die Fassung, die am Stichtag gilt

    Szenariogrundriss: Am <stichtag> gilt die Fassung ab <fassung>
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Wenn § 10 StAG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und der Weg ist erfüllt

      Beispiele:
        | stichtag   | fassung    |
        | 20.08.2021 | 20.08.2021 |
        | 15.03.2024 | 20.08.2021 |
        | 26.06.2024 | 20.08.2021 |
        | 27.06.2024 | 27.06.2024 |
        | 29.10.2025 | 27.06.2024 |
        | 30.10.2025 | 30.10.2025 |
        | 24.12.2025 | 30.10.2025 |
        | 25.12.2025 | 25.12.2025 |
        | 15.03.2026 | 25.12.2025 |

    # Die erste abgebildete Fassung ist die des Vierten Gesetzes zur Änderung des Staatsangehörigkeitsgesetzes
    # vom 12.08.2021 (BGBl. I S. 3538), in Kraft seit 20.08.2021. Ältere Fassungen des § 10 StAG (belegt seit dem
    # 28.08.2007) bildet kimrules nicht ab, und seit wann die Norm gilt, ist nicht hinterlegt: an jedem früheren Stichtag ist nichts
    # geprüft und der Weg ungeklärt – nie „nicht erfüllt“ und nie „nicht in Kraft“.
    Szenariogrundriss: Am <stichtag> gilt eine Fassung, die nicht abgebildet ist
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Wenn § 10 StAG geprüft wird
      Dann ist die am Stichtag geltende Fassung von § 10 StAG nicht abgebildet
      Und der Weg ist ungeklärt

      Beispiele:
        | stichtag   |
        | 19.08.2021 |
        | 15.03.2019 |
        | 15.03.2014 |

    Szenariogrundriss: Seit 27.06.2024 wird Mehrstaatigkeit hingenommen (Nr. 4 weggefallen)
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person gibt ihre bisherige Staatsangehörigkeit nicht auf
      Wenn § 10 StAG geprüft wird
      Dann ist der Weg <weg>

      Beispiele:
        | stichtag   | weg           |
        | 26.06.2024 | nicht erfüllt |
        | 27.06.2024 | erfüllt       |

  Regel: Rechtmäßiger gewöhnlicher Aufenthalt: acht, ab 27.06.2024 fünf Jahre (§ 10 Abs. 1 Satz 1 StAG)
    Gezählt wird bis zum Stichtag, der Stichtag selbst zählt nicht (§§ 187, 188 BGB). Eine Duldung ist kein
    rechtmäßiger Aufenthalt und unterbricht; sicher gezählt wird ab dem ersten Aufenthaltstitel danach.
    Rechtmäßige Zeiten vor der Unterbrechung „kann“ die Einbürgerungsbehörde anrechnen, bis zu fünf Jahre, bei
    Entscheidungen ab 27.06.2024 bis zu drei Jahre (§ 12b Abs. 3 Satz 2 mit Abs. 2 StAG, seit 20.08.2021): reicht die
    Frist nur damit, ist sie ungeklärt (Ermessen); reicht sie auch damit nicht, ist sie nicht erfüllt.

    Szenariogrundriss: Beide Seiten der Frist in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem <titel_seit> eine Aufenthaltserlaubnis nach § 25b
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | stichtag   | titel_seit | ergebnis      |
        | 15.03.2024 | 15.03.2016 | erfüllt       |
        | 15.03.2024 | 16.03.2016 | nicht erfüllt |
        | 15.03.2025 | 15.03.2020 | erfüllt       |
        | 15.03.2025 | 16.03.2020 | nicht erfüllt |
        | 15.11.2025 | 15.11.2020 | erfüllt       |
        | 15.11.2025 | 16.11.2020 | nicht erfüllt |
        | 15.03.2026 | 15.03.2021 | erfüllt       |
        | 15.03.2026 | 16.03.2021 | nicht erfüllt |

    Szenariogrundriss: Bis 26.06.2024 sieben Jahre mit erfolgreichem Integrationskurs (Abs. 3 Satz 1 a. F.)
      Angenommen der Stichtag ist der 15.03.2024
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem <titel_seit> eine Aufenthaltserlaubnis nach § 25b
      Und die Person hat den Integrationskurs erfolgreich abgeschlossen
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | titel_seit | ergebnis      |
        | 15.03.2017 | erfüllt       |
        | 16.03.2017 | nicht erfüllt |

    Szenariogrundriss: Verkürzte Fristen auch mit Zeiten, deren Anrechnung offen ist
      # Aufenthaltsgestattung vom 15.03.2017 bis 31.12.2018 ohne bekannten Ausgang des Asylverfahrens, seit 01.01.2019 eine
      # Aufenthaltserlaubnis: sicher 62 Monate am 15.03.2024, mit der Gestattung 84 Monate. Ob die Gestattung zählt, ist
      # offen; die Verkürzung auf bis zu sechs Jahre ist Ermessen: ungeklärt, ohne besondere Leistungen nicht erfüllt.
      Angenommen der Stichtag ist der 15.03.2024
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hatte vom 15.03.2017 bis 31.12.2018 eine Aufenthaltsgestattung
      Und die Person hat seit dem 01.01.2019 eine Aufenthaltserlaubnis nach § 25b
      Und <leistung>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | leistung                                                | ergebnis      |
        | die Person hat besondere Integrationsleistungen erbracht       | ungeklärt     |
        | die Person hat keine besonderen Integrationsleistungen erbracht | nicht erfüllt |

    Szenariogrundriss: Die drei Jahre (27.06.2024 bis 29.10.2025) auch mit Zeiten, deren Anrechnung offen ist
      # Seit 01.06.2022 eine Aufenthaltserlaubnis: sicher 33 Monate am 15.03.2025; mit einer Aufenthaltsgestattung
      # ohne bekannten Ausgang davor 50 Monate.
      Angenommen der Stichtag ist der 15.03.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und <davor>
      Und die Person hat seit dem 01.06.2022 eine Aufenthaltserlaubnis nach § 25b
      Und die Person hat besondere Integrationsleistungen erbracht
      Und die Person hat ein Sprachzertifikat auf Niveau C1 (mündlich und schriftlich)
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | davor                                                                | ergebnis      |
        | die Person hatte vom 01.01.2021 bis 31.05.2022 eine Aufenthaltsgestattung | ungeklärt     |
        | die Person ist seit dem 01.01.2010 geduldet                          | nicht erfüllt |

    Szenariogrundriss: Bis 26.06.2024 bis zu sechs Jahre mit besonderen Integrationsleistungen – Ermessen (Abs. 3 Satz 2 a. F.)
      Angenommen der Stichtag ist der 15.03.2024
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem <titel_seit> eine Aufenthaltserlaubnis nach § 25b
      Und <leistung>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | titel_seit | leistung                                                         | ergebnis      |
        | 15.03.2018 | die Person hat besondere Integrationsleistungen erbracht          | ungeklärt     |
        | 15.03.2018 | die Person hat ein Sprachzertifikat auf Niveau B2 (mündlich und schriftlich) | ungeklärt     |
        | 16.03.2018 | die Person hat besondere Integrationsleistungen erbracht          | nicht erfüllt |

    Szenariogrundriss: Vom 27.06.2024 bis 29.10.2025 bis zu drei Jahre mit C1, besonderen Integrationsleistungen und gesichertem Unterhalt (Abs. 3, Ermessen)
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem <titel_seit> eine Aufenthaltserlaubnis nach § 25b
      Und die Person hat besondere Integrationsleistungen erbracht
      Und die Person hat ein Sprachzertifikat auf Niveau <niveau> (mündlich und schriftlich)
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | stichtag   | titel_seit | niveau | ergebnis      |
        | 15.03.2025 | 15.03.2022 | C1     | ungeklärt     |
        | 15.03.2025 | 16.03.2022 | C1     | nicht erfüllt |
        | 15.03.2025 | 15.03.2022 | B2     | nicht erfüllt |
        | 15.11.2025 | 15.11.2022 | C1     | nicht erfüllt |

    Szenariogrundriss: Für die drei Jahre zählen Auslandsaufenthalte höchstens bis zur Hälfte, 18 Monate (§ 12b Abs. 1 Satz 5 StAG)
      Angenommen der Stichtag ist der 15.03.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem 15.03.2022 eine Aufenthaltserlaubnis nach § 25b
      Und die Person hat besondere Integrationsleistungen erbracht
      Und die Person hat ein Sprachzertifikat auf Niveau C1 (mündlich und schriftlich)
      Und die Person war vom 01.04.2022 bis 27.09.2022 im Ausland
      Und die Person war vom 01.04.2023 bis 27.09.2023 im Ausland
      Und die Person war vom 01.04.2024 bis <zurueck> im Ausland
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | zurueck    | ergebnis      |
        | 27.09.2024 | ungeklärt     |
        | 28.09.2024 | nicht erfüllt |

    Szenariogrundriss: Die Verkürzung auf drei Jahre endet mit dem 29.10.2025, ohne Übergangsregelung (VG Trier, Urteil vom 03.12.2025 – 8 K 5461/25.TR)
      # Berliner Fall (§ 16 Satz 1 StAG): Urkunde unterschrieben, Aushändigung erst am Tag nach dem Inkrafttreten – keine
      # wirksame Einbürgerung (§ 16 StAG). Maßgeblich ist der Tag der Aushändigung.
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem 29.10.2022 eine Aufenthaltserlaubnis nach § 25b
      Und die Person hat besondere Integrationsleistungen erbracht
      Und die Person hat ein Sprachzertifikat auf Niveau C1 (mündlich und schriftlich)
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>
      Und der Weg ist <ergebnis>

      Beispiele:
        | stichtag   | ergebnis      |
        | 29.10.2025 | ungeklärt     |
        | 30.10.2025 | nicht erfüllt |

    Szenariogrundriss: Wechsel von acht auf fünf Jahre am 27.06.2024
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem 01.01.2018 eine Aufenthaltserlaubnis nach § 25b
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | stichtag   | ergebnis      |
        | 26.06.2024 | nicht erfüllt |
        | 27.06.2024 | erfüllt       |

    Szenariogrundriss: Nach einer Duldung kann die Behörde frühere rechtmäßige Zeiten anrechnen (§ 12b Abs. 3 Satz 2 mit Abs. 2 StAG)
      # Seit der Duldung: 01.01.2022 bis 15.11.2025 = 46 Monate und 14 Tage. Davor rechtmäßig ab <frueher_seit> bis
      # 31.12.2020: ab 01.11.2019 14 Monate; ab 16.11.2019 13 Monate und 16 Tage, zusammen 59 Monate und 30 Tage = fünf
      # Jahre (getrennte Zeiträume: der Monat zu 30 Tagen, § 191 BGB); ab 17.11.2019 nur 59 Monate und 29 Tage.
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hatte vom <frueher_seit> bis 31.12.2020 eine Aufenthaltserlaubnis nach § 25 Abs. 2
      Und die Person hat seit dem 01.01.2022 eine Aufenthaltserlaubnis nach § 25b
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | frueher_seit | ergebnis      |
        | 01.01.2018   | ungeklärt     |
        | 01.11.2019   | ungeklärt     |
        | 16.11.2019   | ungeklärt     |
        | 17.11.2019   | nicht erfüllt |

    Szenario: Der Grund nennt § 12b Abs. 3 Satz 2 und die offene Rechtsfrage
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hatte vom 01.01.2018 bis 31.12.2020 eine Aufenthaltserlaubnis nach § 25 Abs. 2
      Und die Person hat seit dem 01.01.2022 eine Aufenthaltserlaubnis nach § 25b
      Wenn § 10 StAG geprüft wird
      Dann nennt die Voraussetzung "aufenthaltsdauer" als Einzelfallgrund "§ 12b Abs. 3 Satz 2 mit Abs. 2 StAG"
      Und die Voraussetzung "aufenthaltsdauer" nennt als Einzelfallgrund "offene Rechtsfrage stag-anrechnung-12b"

    Szenariogrundriss: Angerechnet werden höchstens drei Jahre, bei Entscheidungen bis 26.06.2024 fünf Jahre (§ 12b Abs. 2 StAG)
      # Davor rechtmäßig 2010 bis 2019 (zehn Jahre), dann geduldet; seit <titel_seit> wieder eine Aufenthaltserlaubnis.
      # Ab 27.06.2024: fünf Jahre verlangt, höchstens drei angerechnet – es müssen zwei Jahre seit der Duldung sein
      # (ab 01.12.2023 sind es nur 23 Monate und 14 Tage). Bis 26.06.2024: acht Jahre verlangt, höchstens fünf
      # angerechnet – es müssen drei Jahre seit der Duldung sein (ab 01.04.2021 nur 35 Monate und 14 Tage).
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat seit dem 01.01.2010 eine Aufenthaltserlaubnis nach § 25 Abs. 2
      Und die Person hatte vom 01.01.2020 bis <duldung_bis> eine Duldung
      Und die Person hat seit dem <titel_seit> eine Aufenthaltserlaubnis nach § 25b
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | stichtag   | duldung_bis | titel_seit | ergebnis      |
        | 15.11.2025 | 14.11.2023  | 15.11.2023 | ungeklärt     |
        | 15.11.2025 | 30.11.2023  | 01.12.2023 | nicht erfüllt |
        | 15.03.2024 | 14.03.2021  | 15.03.2021 | ungeklärt     |
        | 15.03.2024 | 31.03.2021  | 01.04.2021 | nicht erfüllt |

    Szenariogrundriss: Ohne rechtmäßige Zeit vor der Duldung gibt es nichts anzurechnen
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem <titel_seit> eine Aufenthaltserlaubnis nach § 25b
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" nicht erfüllt

      Beispiele:
        | stichtag   | titel_seit |
        | 15.11.2025 | 16.11.2020 |
        | 15.03.2024 | 16.03.2016 |

    Szenariogrundriss: Eine Aufenthaltsgestattung zählt nur nach Anerkennung als schutzberechtigt
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hatte vom 01.01.2019 bis 31.12.2020 eine Aufenthaltsgestattung
      Und die Person hat seit dem 01.01.2021 eine Aufenthaltserlaubnis nach § 25 Abs. 2
      Und <anerkennung>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | anerkennung                                                                     | ergebnis      |
        | die Aufenthaltsgestattung ab dem 01.01.2019 endete mit Anerkennung als schutzberechtigt  | erfüllt       |
        | die Aufenthaltsgestattung ab dem 01.01.2019 endete ohne Anerkennung als schutzberechtigt | nicht erfüllt |
        | die Person hat seit dem 01.01.2021 eine Aufenthaltserlaubnis nach § 25 Abs. 2    | ungeklärt     |

    Szenario: Eine Fiktionsbescheinigung zählt
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem 01.11.2020 eine Aufenthaltserlaubnis nach § 25b
      Und die Person hatte vom 01.11.2022 bis 31.03.2023 eine Fiktionsbescheinigung
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" erfüllt

    Szenario: Ob Zeiten mit Chancen-Aufenthaltsrecht zählen, ist offen (offene Rechtsfrage stag-104c-zeiten)
      Angenommen der Stichtag ist der 15.03.2028
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2015 geduldet
      Und die Person hat seit dem 01.03.2023 eine Aufenthaltserlaubnis nach § 104c
      Und die Person hat seit dem 01.09.2024 eine Aufenthaltserlaubnis nach § 25b
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" ungeklärt
      Und die Voraussetzung "aufenthaltsdauer" nennt als Einzelfallgrund "offene Rechtsfrage stag-104c-zeiten"

    Szenariogrundriss: Auslandsaufenthalte bis sechs Monate unterbrechen nicht, längere schon (§ 12b Abs. 1 StAG)
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem <titel_seit> eine Aufenthaltserlaubnis nach § 25b
      Und die Person war vom 01.06.2022 bis <zurueck> im Ausland
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" <ergebnis>

      Beispiele:
        | titel_seit | zurueck    | ergebnis      |
        | 15.11.2020 | 30.11.2022 | erfüllt       |
        | 01.01.2015 | 01.12.2022 | ungeklärt     |
        | 15.11.2020 | 01.12.2022 | nicht erfüllt |

    Szenario: Eine Lücke ohne Status ist nur bei verspätetem Verlängerungsantrag unschädlich (§ 12b Abs. 3 StAG)
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2010 geduldet
      Und die Person hat seit dem 01.01.2015 eine Aufenthaltserlaubnis nach § 25b
      Und die Person hatte vom 01.01.2020 bis 31.03.2021 keinen Aufenthaltsstatus
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" ungeklärt
      Und die Voraussetzung "aufenthaltsdauer" nennt als Einzelfallgrund "§ 12b Abs. 3"

    Szenario: Ohne Aufenthaltshistorie bleibt die Frist offen
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Angabe "Aufenthaltsstatus" ist unbekannt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsdauer" ungeklärt

  Regel: Seit 27.06.2024: Auslandsaufenthalte nicht über die Hälfte der erforderlichen Aufenthaltsdauer (§ 12b Abs. 1 Satz 5 StAG)
    Fünf Aufenthalte von je 180 Tagen sind 900 Tage = 30 Monate (§ 191 BGB: 30 Tage je Monat), genau die Hälfte von fünf Jahren.

    Szenariogrundriss: Beide Seiten der Grenze in jeder Fassung seit 27.06.2024
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person war vom 01.01.2021 bis 29.06.2021 im Ausland
      Und die Person war vom 01.01.2022 bis 29.06.2022 im Ausland
      Und die Person war vom 01.01.2023 bis 29.06.2023 im Ausland
      Und die Person war vom 01.01.2024 bis 28.06.2024 im Ausland
      Und die Person war vom 01.01.2025 bis 29.06.2025 im Ausland
      Und <zusatz>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "auslandsaufenthalte" <ergebnis>

      Beispiele:
        | stichtag   | zusatz                                                | ergebnis      |
        | 29.10.2025 | die Person hat besondere Integrationsleistungen erbracht | erfüllt       |
        | 29.10.2025 | die Person war vom 01.08.2025 bis 01.08.2025 im Ausland | nicht erfüllt |
        | 15.11.2025 | die Person hat besondere Integrationsleistungen erbracht | erfüllt       |
        | 15.11.2025 | die Person war vom 01.08.2025 bis 01.08.2025 im Ausland | nicht erfüllt |
        | 25.12.2025 | die Person hat besondere Integrationsleistungen erbracht | erfüllt       |
        | 25.12.2025 | die Person war vom 01.08.2025 bis 01.08.2025 im Ausland | nicht erfüllt |

    Szenario: „In der Regel“: bei besonderen Umständen entscheidet die Behörde
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person war vom 01.01.2021 bis 29.06.2021 im Ausland
      Und die Person war vom 01.01.2022 bis 29.06.2022 im Ausland
      Und die Person war vom 01.01.2023 bis 29.06.2023 im Ausland
      Und die Person war vom 01.01.2024 bis 28.06.2024 im Ausland
      Und die Person war vom 01.01.2025 bis 30.06.2025 im Ausland
      Und es liegen besondere Umstände des Einzelfalls vor
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "auslandsaufenthalte" ungeklärt

  Regel: Handlungsfähig ab 16 Jahren oder gesetzlich vertreten (§ 10 Abs. 1 Satz 1 StAG; § 34 Satz 1, bis 26.06.2024 § 37 Abs. 1 Satz 1 StAG)

    Szenariogrundriss: Sechzehn Jahre am Stichtag, in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist ein Kind, geboren am <geboren>, mit Niederlassungserlaubnis seit der Geburt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "handlungsfaehig_oder_vertreten" <ergebnis>

      Beispiele:
        | stichtag   | geboren    | ergebnis      |
        | 15.03.2024 | 15.03.2008 | erfüllt       |
        | 15.03.2024 | 16.03.2008 | nicht erfüllt |
        | 15.03.2025 | 15.03.2009 | erfüllt       |
        | 15.03.2025 | 16.03.2009 | nicht erfüllt |
        | 15.11.2025 | 15.11.2009 | erfüllt       |
        | 15.11.2025 | 16.11.2009 | nicht erfüllt |
        | 15.03.2026 | 15.03.2010 | erfüllt       |
        | 15.03.2026 | 16.03.2010 | nicht erfüllt |

    Szenariogrundriss: Gesetzliche Vertretung, Geschäftsunfähigkeit, fehlende Angaben
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <angabe>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "handlungsfaehig_oder_vertreten" <ergebnis>

      Beispiele:
        | angabe                                                                       | ergebnis      |
        | die Person ist geschäftsunfähig oder steht unter Betreuung mit Einwilligungsvorbehalt | nicht erfüllt |
        | die Einbürgerungsangabe "Handlungsfähigkeit" ist unbekannt                   | ungeklärt     |

    Szenario: Ein Kind unter 16 wird durch die Eltern vertreten
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist ein Kind, geboren am 01.01.2015, mit Niederlassungserlaubnis seit der Geburt
      Und der Antrag wird von der gesetzlichen Vertretung gestellt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "handlungsfaehig_oder_vertreten" erfüllt

  Regel: Identität und Staatsangehörigkeit geklärt – Stufenmodell, zuerst durch Pass (BVerwG 1 C 36.19, 1 C 27.24)

    Szenariogrundriss: Pass oder Begründung, warum keiner zu beschaffen ist, in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <angabe>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "identitaet_staatsangehoerigkeit" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                               | ergebnis      |
        | 15.03.2024 | die Person hat einen Pass, gültig bis 01.01.2030                     | erfüllt       |
        | 15.03.2024 | die Person hat keinen Pass und ihre Identität ist nicht anderweitig geklärt | nicht erfüllt |
        | 15.03.2025 | die Person hat einen Pass, gültig bis 01.01.2030                     | erfüllt       |
        | 15.03.2025 | die Person hat keinen Pass und ihre Identität ist nicht anderweitig geklärt | nicht erfüllt |
        | 15.11.2025 | die Person hat einen Pass, gültig bis 01.01.2030                     | erfüllt       |
        | 15.11.2025 | die Person hat keinen Pass und ihre Identität ist nicht anderweitig geklärt | nicht erfüllt |
        | 15.03.2026 | die Person hat einen Pass, gültig bis 01.01.2030                     | erfüllt       |
        | 15.03.2026 | die Person hat keinen Pass und ihre Identität ist nicht anderweitig geklärt | nicht erfüllt |

    Szenario: Ein abgelaufener Pass belegt die Identität (Stufe 1)
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Angabe "Identität" ist unbekannt
      Und die Person hat einen Pass, gültig bis 01.01.2020
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "identitaet_staatsangehoerigkeit" erfüllt

    Szenario: Ohne Pass und ohne Begründung wird nach dem Pass gefragt
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat keinen Pass und ihre Identität ist nicht anderweitig geklärt
      Und die Einbürgerungsangabe "Passbeschaffung" ist unbekannt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "identitaet_staatsangehoerigkeit" ungeklärt
      Und die Voraussetzung "identitaet_staatsangehoerigkeit" nennt als offene Frage "warum kein Pass beschafft werden kann"

    Szenario: Tibeterin ohne Dokumente – Stufenmodell, die Behörde würdigt andere Nachweise (BVerwG, Urteil vom 23.09.2020 – 1 C 36.19)
      # Das Urteil hob die Abweisung auf und verwies zurück: Identität ist in einer gestuften Prüfung zu klären.
      # Auf die heute geltende Fassung übertragen.
      Angenommen der Stichtag ist der 15.03.2026
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat keinen Pass und ihre Identität ist nicht anderweitig geklärt
      Und die Passbeschaffung ist der Person unmöglich oder unzumutbar
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "identitaet_staatsangehoerigkeit" ungeklärt
      Und die Voraussetzung "identitaet_staatsangehoerigkeit" nennt als Einzelfallgrund "eidesstattliche Versicherung"

    Szenariogrundriss: Syrer verweigert den Antrag auf einen Nationalpass, legt einen Personalausweis vor (BVerwG, Urteil vom 18.12.2025 – 1 C 27.24)
      # Stufe 1 verlangt einen Pass; zu Stufe 2 kommt nur, wem die Passbeschaffung unmöglich oder unzumutbar ist.
      Angenommen der Stichtag ist der 18.12.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat keinen Pass und ihre Identität ist nicht anderweitig geklärt
      Und <zumutbar>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "identitaet_staatsangehoerigkeit" <ergebnis>

      Beispiele:
        | zumutbar                                                  | ergebnis      |
        | die Passbeschaffung ist der Person zumutbar               | nicht erfüllt |
        | die Einbürgerungsangabe "Passbeschaffung" ist unbekannt   | ungeklärt     |

  Regel: Bekenntnis zur freiheitlichen demokratischen Grundordnung, nicht für Handlungsunfähige (§ 10 Abs. 1 Satz 1 Nr. 1, Satz 2 StAG)

    Szenariogrundriss: Bekenntnis in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <angabe>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "bekenntnis_fdgo" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                          | ergebnis      |
        | 15.03.2024 | die Person hat sich zur freiheitlichen demokratischen Grundordnung bekannt        | erfüllt       |
        | 15.03.2024 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | nicht erfüllt |
        | 15.03.2025 | die Person hat sich zur freiheitlichen demokratischen Grundordnung bekannt        | erfüllt       |
        | 15.03.2025 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | nicht erfüllt |
        | 15.11.2025 | die Person hat sich zur freiheitlichen demokratischen Grundordnung bekannt        | erfüllt       |
        | 15.11.2025 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | nicht erfüllt |
        | 15.11.2025 | die Angabe "Bekenntnis" ist unbekannt                                              | ungeklärt     |
        | 15.03.2026 | die Person hat sich zur freiheitlichen demokratischen Grundordnung bekannt        | erfüllt       |
        | 15.03.2026 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | nicht erfüllt |

    Szenario: Ein Kind unter 16 braucht kein Bekenntnis nach Nr. 1 (Abs. 1 Satz 2)
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist ein Kind, geboren am 01.01.2015, mit Niederlassungserlaubnis seit der Geburt
      Und die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "bekenntnis_fdgo" erfüllt

  Regel: Seit 27.06.2024: Bekenntnis zur historischen Verantwortung Deutschlands (§ 10 Abs. 1 Satz 1 Nr. 1a StAG)

    Szenariogrundriss: Bekenntnis nach Nr. 1a in jeder Fassung seit 27.06.2024
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <angabe>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "bekenntnis_verantwortung" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                                | ergebnis      |
        | 15.03.2025 | die Person hat das Bekenntnis zur historischen Verantwortung Deutschlands abgegeben       | erfüllt       |
        | 15.03.2025 | die Person hat das Bekenntnis zur historischen Verantwortung Deutschlands nicht abgegeben | nicht erfüllt |
        | 15.11.2025 | die Person hat das Bekenntnis zur historischen Verantwortung Deutschlands abgegeben       | erfüllt       |
        | 15.11.2025 | die Person hat das Bekenntnis zur historischen Verantwortung Deutschlands nicht abgegeben | nicht erfüllt |
        | 15.11.2025 | die Einbürgerungsangabe "Bekenntnis zur historischen Verantwortung" ist unbekannt       | ungeklärt     |
        | 15.03.2026 | die Person hat das Bekenntnis zur historischen Verantwortung Deutschlands abgegeben       | erfüllt       |
        | 15.03.2026 | die Person hat das Bekenntnis zur historischen Verantwortung Deutschlands nicht abgegeben | nicht erfüllt |

    Szenario: Ob Kinder unter 16 das Bekenntnis nach Nr. 1a abgeben müssen, ist offen (offene Rechtsfrage stag-unter-16-bekenntnis-1a)
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist ein Kind, geboren am 01.01.2015, mit Niederlassungserlaubnis seit der Geburt
      Und die Person hat das Bekenntnis zur historischen Verantwortung Deutschlands nicht abgegeben
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "bekenntnis_verantwortung" ungeklärt
      Und die Voraussetzung "bekenntnis_verantwortung" nennt als Einzelfallgrund "nicht vom Bekenntnis nach Nr. 1a"

  Regel: Aufenthaltsrecht: unbefristet oder Titel zu einem nicht ausgeschlossenen Zweck (§ 10 Abs. 1 Satz 1 Nr. 2 StAG)

    Szenariogrundriss: Titel am Stichtag in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat seit dem 01.01.2024 <titel>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufenthaltsrecht" <ergebnis>

      Beispiele:
        | stichtag   | titel                                        | ergebnis      |
        | 15.03.2024 | eine Niederlassungserlaubnis                 | erfüllt       |
        | 15.03.2024 | eine Aufenthaltserlaubnis nach § 25b         | erfüllt       |
        | 15.03.2024 | eine Aufenthaltserlaubnis nach § 23 Abs. 1   | nicht erfüllt |
        | 15.03.2024 | eine Aufenthaltserlaubnis nach § 18d         | nicht erfüllt |
        | 15.03.2024 | eine Duldung                                 | nicht erfüllt |
        | 15.03.2025 | eine Aufenthaltserlaubnis nach § 25a         | erfüllt       |
        | 15.03.2025 | eine Aufenthaltserlaubnis nach § 23 Abs. 1   | erfüllt       |
        | 15.03.2025 | eine Aufenthaltserlaubnis nach § 18d         | erfüllt       |
        | 15.03.2025 | eine Aufenthaltserlaubnis nach § 104c        | nicht erfüllt |
        | 15.11.2025 | eine Aufenthaltserlaubnis nach § 25b         | erfüllt       |
        | 15.11.2025 | eine Aufenthaltserlaubnis nach § 25 Abs. 5   | nicht erfüllt |
        | 15.11.2025 | eine Aufenthaltserlaubnis nach § 24          | nicht erfüllt |
        | 15.11.2025 | eine Aufenthaltsgestattung                   | nicht erfüllt |
        | 15.11.2025 | eine Fiktionsbescheinigung                   | ungeklärt     |
        | 15.11.2025 | eine Aufenthaltserlaubnis nach § 25          | ungeklärt     |
        | 15.03.2026 | eine Aufenthaltserlaubnis nach § 25 Abs. 2   | erfüllt       |
        | 15.03.2026 | eine Aufenthaltserlaubnis nach § 16b         | nicht erfüllt |

  Regel: Lebensunterhalt ohne SGB II/XII; ab 27.06.2024 nur die Ausnahmen a bis c und § 40a (§ 10 Abs. 1 Satz 1 Nr. 3, § 40a StAG)

    Szenariogrundriss: Ohne Bürgergeld gedeckt oder nicht, in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und der Bedarf der Bedarfsgemeinschaft beträgt 1.500 € und das Erwerbseinkommen <einkommen> €
      Und die Person ist seit dem 01.01.2015 in Teilzeit erwerbstätig
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | stichtag   | einkommen | ergebnis      |
        | 15.03.2024 | 1.500     | erfüllt       |
        | 15.03.2024 | 1.499,99  | nicht erfüllt |
        | 15.03.2025 | 1.500     | erfüllt       |
        | 15.03.2025 | 1.499,99  | nicht erfüllt |
        | 15.11.2025 | 1.500     | erfüllt       |
        | 15.11.2025 | 1.499,99  | nicht erfüllt |
        | 15.03.2026 | 1.500     | erfüllt       |
        | 15.03.2026 | 1.499,99  | nicht erfüllt |

    Szenariogrundriss: Bis 26.06.2024: Leistungsbezug, den die Person nicht zu vertreten hat, schadet nicht
      Angenommen der Stichtag ist der 15.03.2024
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person bezieht Bürgergeld
      Und <vertreten>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | vertreten                                             | ergebnis      |
        | die Person hat den Leistungsbezug nicht zu vertreten  | erfüllt       |
        | die Person hat den Leistungsbezug zu vertreten        | nicht erfüllt |

    Szenariogrundriss: Buchst. b: jetzt Vollzeit und mindestens 20 der letzten 24 Monate, trotz Bürgergeld
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person bezieht Bürgergeld
      Und die Person hat den Leistungsbezug zu vertreten
      Und die Person ist seit dem <seit> in <art> erwerbstätig
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | stichtag   | seit       | art      | ergebnis      |
        | 15.03.2024 | 01.01.2015 | Vollzeit | nicht erfüllt |
        | 15.03.2025 | 15.07.2023 | Vollzeit | erfüllt       |
        | 15.03.2025 | 16.07.2023 | Vollzeit | nicht erfüllt |
        | 15.11.2025 | 15.03.2024 | Vollzeit | erfüllt       |
        | 15.11.2025 | 16.03.2024 | Vollzeit | nicht erfüllt |
        | 15.11.2025 | 01.01.2015 | Teilzeit | nicht erfüllt |
        | 15.03.2026 | 15.07.2024 | Vollzeit | erfüllt       |
        | 15.03.2026 | 16.07.2024 | Vollzeit | nicht erfüllt |

    Szenario: Buchst. b: vier Monate Lücke in den letzten 24 Monaten sind unschädlich, jetzt muss Vollzeit bestehen
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person bezieht Bürgergeld
      Und die Person hat den Leistungsbezug zu vertreten
      Und die Person ist seit dem 15.03.2024 in Vollzeit erwerbstätig
      Und die Person war vom 15.11.2023 bis 14.03.2024 in Teilzeit erwerbstätig
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" erfüllt

    Szenario: Buchst. b: ohne Angaben zu den Erwerbszeiten bleibt die Ausnahme offen
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person bezieht Bürgergeld
      Und die Person hat den Leistungsbezug zu vertreten
      Und die Einbürgerungsangabe "Erwerbszeiten" ist unbekannt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" ungeklärt
      Und die Voraussetzung "lebensunterhalt" nennt als offene Frage "Wochenstunden"

    Szenariogrundriss: Buchst. a: Gastarbeiter, Bezug nicht zu vertreten
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person bezieht Sozialhilfe nach dem SGB XII
      Und die Person ist nicht erwerbstätig
      Und die Person kam als angeworbener Gastarbeiter oder Vertragsarbeitnehmer
      Und <vertreten>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | vertreten                                             | ergebnis      |
        | die Person hat den Leistungsbezug nicht zu vertreten  | erfüllt       |
        | die Person hat den Leistungsbezug zu vertreten        | nicht erfüllt |

    Szenariogrundriss: Buchst. c: Ehegatte einer Person nach Buchst. b mit minderjährigem Kind
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person bezieht Bürgergeld
      Und die Person hat den Leistungsbezug zu vertreten
      Und die Person ist nicht erwerbstätig
      Und der Ehegatte lebt im Haushalt und arbeitet jetzt und in mindestens 20 der letzten 24 Monate in Vollzeit
      Und <kind>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | kind                                                       | ergebnis      |
        | im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.01.2015 | erfüllt       |
        | im Haushalt lebt kein Kind                                  | nicht erfüllt |

    Szenariogrundriss: § 40a: Anträge bis 23.08.2023 behalten die alte, günstigere Nr. 3
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person bezieht Bürgergeld
      Und die Person ist nicht erwerbstätig
      Und die Person hat den Leistungsbezug nicht zu vertreten
      Und die Person hat am <antrag> einen Einbürgerungsantrag gestellt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | antrag     | ergebnis      |
        | 23.08.2023 | erfüllt       |
        | 24.08.2023 | nicht erfüllt |

    Szenario: Wohngeld ist keine Leistung nach SGB II oder XII
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 01.01.2015 in Teilzeit erwerbstätig
      Und der Bedarf der Bedarfsgemeinschaft beträgt 1.500 € und das Erwerbseinkommen 1.300 €
      Und die Person bezieht Wohngeld von 200 €
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" erfüllt

  Regel: Keine Verurteilung außerhalb der Bagatellgrenzen des § 12a StAG (§ 10 Abs. 1 Satz 1 Nr. 5 StAG)
    Geldstrafen bis 90 Tagessätze und Bewährungsstrafen bis drei Monate (nach Straferlass) bleiben außer Betracht
    und werden zusammengezählt; bei geringfügiger Überschreitung entscheidet die Behörde; 120 Tagessätze sind nicht
    mehr geringfügig (BVerwG 5 C 5.11).

    Szenariogrundriss: Geldstrafen an der Grenze, in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person wurde zu einer Geldstrafe von <ts> Tagessätzen verurteilt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | stichtag   | ts  | ergebnis      |
        | 15.03.2024 | 90  | erfüllt       |
        | 15.03.2024 | 91  | ungeklärt     |
        | 15.03.2024 | 120 | nicht erfüllt |
        | 15.03.2025 | 90  | erfüllt       |
        | 15.03.2025 | 120 | nicht erfüllt |
        | 15.11.2025 | 90  | erfüllt       |
        | 15.11.2025 | 91  | ungeklärt     |
        | 15.11.2025 | 119 | ungeklärt     |
        | 15.11.2025 | 120 | nicht erfüllt |
        | 15.03.2026 | 90  | erfüllt       |
        | 15.03.2026 | 120 | nicht erfüllt |

    Szenariogrundriss: Mehrere Strafen werden zusammengezählt, ein Tagessatz entspricht einem Tag Freiheitsstrafe (§ 12a Abs. 1 Satz 3)
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <erste>
      Und <zweite>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | erste                                                     | zweite                                                    | ergebnis      |
        | die Person wurde zu einer Geldstrafe von 60 Tagessätzen verurteilt | die Person wurde zu einer Geldstrafe von 30 Tagessätzen verurteilt | erfüllt       |
        | die Person wurde zu einer Geldstrafe von 60 Tagessätzen verurteilt | die Person wurde zu einer Geldstrafe von 31 Tagessätzen verurteilt | ungeklärt     |
        | die Person wurde zu einer Geldstrafe von 60 Tagessätzen verurteilt | die Person wurde zu einer Geldstrafe von 60 Tagessätzen verurteilt | nicht erfüllt |
        | die Person wurde zu einer Freiheitsstrafe von 3 Monaten auf Bewährung verurteilt, die Strafe ist nach der Bewährungszeit erlassen | die Person wurde nach Jugendstrafrecht nur zu Erziehungsmaßregeln oder Zuchtmitteln verurteilt | erfüllt       |
        | die Person wurde zu einer Freiheitsstrafe von 3 Monaten auf Bewährung verurteilt, die Strafe ist nach der Bewährungszeit erlassen | die Person wurde zu einer Geldstrafe von 1 Tagessätzen verurteilt | ungeklärt     |

    Szenariogrundriss: Bewährungsstrafen, Motiv, Auslandsverurteilungen und Maßregeln
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <verurteilung>
      Und <zusatz>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | verurteilung                                                                                      | zusatz                                                                              | ergebnis      |
        | die Person wurde zu einer Freiheitsstrafe von 2 Monaten auf Bewährung verurteilt, die Bewährungszeit läuft noch | die Person hat besondere Integrationsleistungen erbracht                           | nicht erfüllt |
        | die Person wurde zu einer Freiheitsstrafe von 1 Monat ohne Bewährung verurteilt                    | die Person hat besondere Integrationsleistungen erbracht                           | nicht erfüllt |
        | die Person wurde zu einer Geldstrafe von 10 Tagessätzen verurteilt                                | das Urteil stellt ein antisemitisches, rassistisches oder sonst menschenverachtendes Motiv fest | nicht erfüllt |
        | die Person wurde zu einer Geldstrafe von 10 Tagessätzen verurteilt                                | ob das Urteil ein menschenverachtendes Motiv feststellt, ist unbekannt              | ungeklärt     |
        | die Person wurde zu einer Geldstrafe von 10 Tagessätzen verurteilt                                | die Verurteilung erging im Ausland                                                  | ungeklärt     |
        | die Person ist nicht vorbestraft                                                                   | gegen die Person wurde wegen Schuldunfähigkeit eine Maßregel der Besserung und Sicherung angeordnet | nicht erfüllt |
        | die Person ist nicht vorbestraft                                                                   | die Einbürgerungsangabe "Maßregel" ist unbekannt                                    | ungeklärt     |
        | die Person ist nicht vorbestraft                                                                   | die Angabe "Verurteilungen" ist unbekannt                                           | ungeklärt     |

    Szenariogrundriss: Jugendstrafe mit beseitigtem Strafmakel – zählt, solange nicht tilgungsreif, wenn die Behörde sie kennt (BVerwG 05.06.2014 – 10 C 4.14)
      # Die Beseitigung des Strafmakels schränkt nur die Auskunft ein (§ 41 Abs. 2 BZRG); kennt die Behörde die Strafe
      # aus der Ausländerakte, darf sie sie berücksichtigen. Die Geldstrafe wurde verhängt, während die Jugendstrafe
      # eingetragen war: Frist bis zu 10 Jahre (§ 46 Abs. 1 Nr. 2 Buchst. a BZRG); vorher wird keine Eintragung
      # getilgt (§ 47 Abs. 3 Satz 1 BZRG). Danach dürfen beide nicht mehr vorgehalten werden (§ 51 Abs. 1 BZRG).
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person wurde zu einer Jugendstrafe von 10 Monaten auf Bewährung verurteilt, die Strafe ist erlassen
      Und das erste Urteil dazu erging am 28.11.2018, die Strafe ist vollstreckt oder erlassen, keine Sexualstraftat
      Und der Strafmakel der Jugendstrafe ist beseitigt
      Und die Person wurde zu einer Geldstrafe von 60 Tagessätzen verurteilt
      Und das erste Urteil dazu erging am 27.03.2023, die Strafe ist vollstreckt oder erlassen, keine Sexualstraftat
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | stichtag   | ergebnis  |
        | 15.03.2026 | ungeklärt |
        | 15.03.2034 | erfüllt   |

  Regel: Getilgte und tilgungsreife Verurteilungen dürfen nicht vorgehalten werden (§§ 36, 46, 47, 51 BZRG)
    Die Tilgungsfrist beginnt mit dem Tag des ersten Urteils; ob dieser Tag mitzählt, sagt das Gesetz nicht,
    daher ist ein Stichtag ab dem ersten möglichen Tag der Tilgungsreife einen Monat lang offen
    (offene Rechtsfrage bzrg-tilgung-einzelheiten). Fehlen Angaben, ist offen, ob die Verurteilung noch zählt.

    Szenariogrundriss: Geldstrafe von 120 Tagessätzen: zehn Jahre (§ 46 Abs. 1 Nr. 2 Buchst. a BZRG)
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person wurde zu einer Geldstrafe von 120 Tagessätzen verurteilt
      Und das erste Urteil dazu erging am 10.01.2014, die Strafe ist vollstreckt oder erlassen, keine Sexualstraftat
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | stichtag   | ergebnis      |
        | 08.01.2024 | nicht erfüllt |
        | 10.01.2024 | ungeklärt     |
        | 09.02.2024 | ungeklärt     |
        | 10.02.2024 | erfüllt       |

    Szenario: Ohne den Tag des Urteils ist offen, ob die Verurteilung noch zählt
      Angenommen der Stichtag ist der 15.03.2026
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person wurde zu einer Geldstrafe von 120 Tagessätzen verurteilt
      Und der Tag des Urteils ist unbekannt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" ungeklärt

  Regel: Ausreichende Deutschkenntnisse: Sprachprüfung B1 oder gesetzliche Ausnahme (§ 10 Abs. 1 Satz 1 Nr. 6, Abs. 4, 4a, 6 StAG)

    Szenariogrundriss: B1 mündlich und schriftlich, in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <sprache>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "deutsch_b1" <ergebnis>

      Beispiele:
        | stichtag   | sprache                                                                   | ergebnis      |
        | 15.03.2024 | die Person hat ein Sprachzertifikat auf Niveau B1 (mündlich und schriftlich) | erfüllt       |
        | 15.03.2024 | die Person hat ein Sprachzertifikat auf Niveau A2 (mündlich und schriftlich) | nicht erfüllt |
        | 15.03.2025 | die Person hat ein Sprachzertifikat auf Niveau B1 (mündlich und schriftlich) | erfüllt       |
        | 15.03.2025 | die Person hat ein Sprachzertifikat auf Niveau A2 (mündlich und schriftlich) | nicht erfüllt |
        | 15.11.2025 | die Person hat ein Sprachzertifikat auf Niveau B1 (mündlich und schriftlich) | erfüllt       |
        | 15.11.2025 | die Person hat ein Sprachzertifikat auf Niveau A2 (mündlich und schriftlich) | nicht erfüllt |
        | 15.11.2025 | die Person hat mündlich Niveau B1 und schriftlich Niveau A2 nachgewiesen     | nicht erfüllt |
        | 15.11.2025 | die Angabe "Deutschkenntnisse" ist unbekannt                                 | ungeklärt     |
        | 15.03.2026 | die Person hat ein Sprachzertifikat auf Niveau B1 (mündlich und schriftlich) | erfüllt       |
        | 15.03.2026 | die Person hat ein Sprachzertifikat auf Niveau A2 (mündlich und schriftlich) | nicht erfüllt |

    Szenariogrundriss: Deutscher Schulabschluss oder Berufsausbildung statt Zertifikat
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat ein Sprachzertifikat auf Niveau A2 (mündlich und schriftlich)
      Und <abschluss>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "deutsch_b1" erfüllt

      Beispiele:
        | abschluss                                                      |
        | die Person hat einen deutschen Schulabschluss                 |
        | die Person hat eine abgeschlossene Berufsausbildung in Deutschland |

    Szenariogrundriss: Ausnahmen: Kind unter 16, Gastarbeiter, Krankheit, Härte – je Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat ein Sprachzertifikat auf Niveau A2 (mündlich und schriftlich)
      Und <ausnahme>
      Und <zusatz>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "deutsch_b1" <ergebnis>

      Beispiele:
        | stichtag   | ausnahme                                                                     | zusatz                                                       | ergebnis      |
        | 15.11.2025 | die Person ist ein Kind, geboren am 16.11.2009, mit Niederlassungserlaubnis seit der Geburt | die Sprachentwicklung der Person ist altersgemäß           | erfüllt       |
        | 15.11.2025 | die Person ist ein Kind, geboren am 15.11.2009, mit Niederlassungserlaubnis seit der Geburt | die Sprachentwicklung der Person ist altersgemäß           | nicht erfüllt |
        | 15.03.2024 | die Person ist ein Kind, geboren am 16.03.2008, mit Niederlassungserlaubnis seit der Geburt | die Sprachentwicklung der Person ist altersgemäß           | erfüllt       |
        | 15.03.2024 | die Person ist ein Kind, geboren am 15.03.2008, mit Niederlassungserlaubnis seit der Geburt | die Sprachentwicklung der Person ist altersgemäß           | nicht erfüllt |
        | 15.11.2025 | die Person kam als angeworbener Gastarbeiter oder Vertragsarbeitnehmer       | die Person verständigt sich im Alltag ohne nennenswerte Probleme mündlich auf Deutsch | erfüllt       |
        | 15.03.2024 | die Person kam als angeworbener Gastarbeiter oder Vertragsarbeitnehmer       | die Person verständigt sich im Alltag ohne nennenswerte Probleme mündlich auf Deutsch | nicht erfüllt |
        | 15.11.2025 | die Person kann Deutschkenntnisse wegen Krankheit, Behinderung oder aus Altersgründen nicht erwerben | die Person hat besondere Integrationsleistungen erbracht | erfüllt       |
        | 15.03.2024 | die Person kann Deutschkenntnisse wegen Krankheit, Behinderung oder aus Altersgründen nicht erwerben | die Person hat besondere Integrationsleistungen erbracht | erfüllt       |
        | 15.03.2025 | die Person hat nachgewiesen, dass sie B1 trotz ernsthafter und nachhaltiger Bemühungen nicht erreichen kann | die Person verständigt sich im Alltag ohne nennenswerte Probleme mündlich auf Deutsch | ungeklärt     |

  Regel: Kenntnisse der Rechts- und Gesellschaftsordnung: Einbürgerungstest mit 17 von 33 Punkten oder Ausnahme (§ 10 Abs. 1 Satz 1 Nr. 7, Satz 2, Abs. 5, 6 StAG; § 1 EinbTestV)

    Szenariogrundriss: Punktzahl an der Grenze, in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat im Einbürgerungstest <punkte> von 33 Punkten erreicht
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "kenntnisse_rechtsordnung" <ergebnis>

      Beispiele:
        | stichtag   | punkte | ergebnis      |
        | 15.03.2024 | 17     | erfüllt       |
        | 15.03.2024 | 16     | nicht erfüllt |
        | 15.03.2025 | 17     | erfüllt       |
        | 15.03.2025 | 16     | nicht erfüllt |
        | 15.11.2025 | 17     | erfüllt       |
        | 15.11.2025 | 16     | nicht erfüllt |
        | 15.03.2026 | 17     | erfüllt       |
        | 15.03.2026 | 16     | nicht erfüllt |

    Szenariogrundriss: Ausnahmen und fehlende Angaben
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat im Einbürgerungstest 10 von 33 Punkten erreicht
      Und <ausnahme>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "kenntnisse_rechtsordnung" <ergebnis>

      Beispiele:
        | stichtag   | ausnahme                                                                                     | ergebnis      |
        | 15.11.2025 | die Person hat einen deutschen Schulabschluss                                                | erfüllt       |
        | 15.03.2024 | die Person ist ein Kind, geboren am 01.01.2015, mit Niederlassungserlaubnis seit der Geburt  | erfüllt       |
        | 15.11.2025 | die Person ist ein Kind, geboren am 01.01.2015, mit Niederlassungserlaubnis seit der Geburt  | erfüllt       |
        | 15.11.2025 | die Person kann die Kenntnisse der Rechts- und Gesellschaftsordnung wegen Krankheit, Behinderung oder Alter nicht erwerben | erfüllt       |
        | 15.03.2024 | die Person kann die Kenntnisse der Rechts- und Gesellschaftsordnung wegen Krankheit, Behinderung oder Alter nicht erwerben | erfüllt       |
        | 15.11.2025 | die Person kam als angeworbener Gastarbeiter oder Vertragsarbeitnehmer                       | erfüllt       |
        | 15.03.2024 | die Person kam als angeworbener Gastarbeiter oder Vertragsarbeitnehmer                       | nicht erfüllt |
        | 15.11.2025 | die Einbürgerungsangabe "Einbürgerungstest" ist unbekannt                                    | ungeklärt     |

    Szenario: Härtefall nach Abs. 4a befreit vom Test nur, wenn die Behörde ihn anerkennt (Abs. 6 Satz 2)
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat im Einbürgerungstest 10 von 33 Punkten erreicht
      Und die Person hat nachgewiesen, dass sie B1 trotz ernsthafter und nachhaltiger Bemühungen nicht erreichen kann
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "kenntnisse_rechtsordnung" ungeklärt

  Regel: Bis 26.06.2024: Aufgabe der bisherigen Staatsangehörigkeit (§ 10 Abs. 1 Satz 1 Nr. 4, Abs. 3a StAG a. F.)

    Szenariogrundriss: Aufgabe, Hinnahme der Mehrstaatigkeit, fehlende Angabe
      Angenommen der Stichtag ist der 15.03.2024
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <angabe>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufgabe_staatsangehoerigkeit" <ergebnis>

      Beispiele:
        | angabe                                                          | ergebnis      |
        | die Person hat besondere Integrationsleistungen erbracht       | erfüllt       |
        | die Person gibt ihre bisherige Staatsangehörigkeit nicht auf   | nicht erfüllt |
        | die Einbürgerungsangabe "Aufgabe der Staatsangehörigkeit" ist unbekannt | ungeklärt     |

    Szenario: Die Behörde nimmt Mehrstaatigkeit hin
      Angenommen der Stichtag ist der 15.03.2024
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person gibt ihre bisherige Staatsangehörigkeit nicht auf
      Und die Einbürgerungsbehörde nimmt die Mehrstaatigkeit hin
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "aufgabe_staatsangehoerigkeit" erfüllt

  Regel: Bis 26.06.2024: Einordnung in die deutschen Lebensverhältnisse, keine Mehrehe (§ 10 Abs. 1 Satz 1 StAG a. F.)

    Szenariogrundriss: Mehrehe
      Angenommen der Stichtag ist der 15.03.2024
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <angabe>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "einordnung" <ergebnis>

      Beispiele:
        | angabe                                                     | ergebnis      |
        | die Person hat besondere Integrationsleistungen erbracht  | erfüllt       |
        | die Person ist gleichzeitig mit mehreren Ehegatten verheiratet | nicht erfüllt |
        | die Einbürgerungsangabe "Ausschlussgründe nach § 11" ist unbekannt | ungeklärt     |

  Regel: Kein Ausschlussgrund nach § 11 StAG

    Szenariogrundriss: Ausschlussgründe in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <angabe>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "kein_ausschluss_11" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                       | ergebnis      |
        | 15.03.2024 | die Person hat besondere Integrationsleistungen erbracht                    | erfüllt       |
        | 15.03.2024 | es gibt tatsächliche Anhaltspunkte für verfassungsfeindliche Bestrebungen der Person | nicht erfüllt |
        | 15.03.2024 | es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 oder 4           | nicht erfüllt |
        | 15.03.2025 | die Person hat besondere Integrationsleistungen erbracht                    | erfüllt       |
        | 15.03.2025 | es gibt tatsächliche Anhaltspunkte, dass das Bekenntnis der Person inhaltlich unrichtig ist | nicht erfüllt |
        | 15.11.2025 | die Person hat besondere Integrationsleistungen erbracht                    | erfüllt       |
        | 15.11.2025 | die Person ist gleichzeitig mit mehreren Ehegatten verheiratet              | nicht erfüllt |
        | 15.11.2025 | das Verhalten der Person missachtet die Gleichberechtigung von Mann und Frau | nicht erfüllt |
        | 15.11.2025 | die Einbürgerungsangabe "Ausschlussgründe nach § 11" ist unbekannt          | ungeklärt     |
        | 15.03.2026 | die Person hat besondere Integrationsleistungen erbracht                    | erfüllt       |
        | 15.03.2026 | es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 oder 4           | nicht erfüllt |

    Szenario: Glaubhafte Abwendung von früheren Bestrebungen würdigt die Behörde (§ 11 Satz 1 Nr. 1)
      Angenommen der Stichtag ist der 15.11.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und es gibt tatsächliche Anhaltspunkte für verfassungsfeindliche Bestrebungen der Person
      Und die Person macht glaubhaft, dass sie sich von den früheren Bestrebungen abgewandt hat
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "kein_ausschluss_11" ungeklärt

    Szenario: „Es gibt kein Israel“ – das Bekenntnis nach Nr. 1a ist unwirksam (VG Regensburg, Urteil vom 07.10.2024 – RO 9 K 24.782)
      # Staatenloser Palästinenser, eingereist 04.05.2015, Flüchtlingsschutz 12.04.2016, seither Aufenthaltserlaubnis;
      # schriftliches Bekenntnis abgegeben, in der Anhörung das Existenzrecht Israels verneint. Klage abgewiesen.
      Angenommen der Stichtag ist der 07.10.2024
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person ist seit dem 04.05.2015 geduldet
      Und die Person hatte vom 04.05.2015 bis 11.04.2016 eine Aufenthaltsgestattung
      Und die Aufenthaltsgestattung ab dem 04.05.2015 endete mit Anerkennung als schutzberechtigt
      Und die Person hat seit dem 12.04.2016 eine Aufenthaltserlaubnis nach § 25 Abs. 2
      Und es gibt tatsächliche Anhaltspunkte, dass das Bekenntnis der Person inhaltlich unrichtig ist
      Wenn § 10 StAG geprüft wird
      Dann wird die Fassung ab 27.06.2024 angewendet
      Und die Voraussetzung "aufenthaltsdauer" ist erfüllt
      Und die Voraussetzung "kein_ausschluss_11" ist nicht erfüllt
      Und der Weg ist nicht erfüllt

  Regel: Seit 25.12.2025: Sperrfrist von zehn Jahren (§ 35a StAG)

    Szenariogrundriss: Zehn Jahre nach der Feststellung
      Angenommen der Stichtag ist der <stichtag>
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Einbürgerungsbehörde hat am 15.01.2026 eine Täuschung im Einbürgerungsverfahren festgestellt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "keine_sperrfrist_35a" <ergebnis>

      Beispiele:
        | stichtag   | ergebnis      |
        | 15.03.2026 | nicht erfüllt |
        | 14.01.2036 | nicht erfüllt |
        | 15.01.2036 | erfüllt       |

    Szenariogrundriss: Ohne Sperrgrund; fehlende Angabe
      Angenommen der Stichtag ist der 15.03.2026
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und <angabe>
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "keine_sperrfrist_35a" <ergebnis>

      Beispiele:
        | angabe                                                    | ergebnis  |
        | die Person hat besondere Integrationsleistungen erbracht | erfüllt   |
        | die Einbürgerungsangabe "Sperrgrund nach § 35a" ist unbekannt | ungeklärt |

    Szenario: Ob die Sperrfrist für vorher gestellte Anträge gilt, ist offen (offene Rechtsfrage stag-35a-beginn)
      Angenommen der Stichtag ist der 15.03.2026
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hat am 01.06.2025 einen Einbürgerungsantrag gestellt
      Und die Einbürgerungsbehörde hat am 15.01.2026 eine Täuschung im Einbürgerungsverfahren festgestellt
      Wenn § 10 StAG geprüft wird
      Dann ist die Voraussetzung "keine_sperrfrist_35a" ungeklärt
      Und die Voraussetzung "keine_sperrfrist_35a" nennt als Einzelfallgrund "offene Rechtsfrage stag-35a-beginn"
