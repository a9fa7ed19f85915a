# language: de
Funktionalität: Chancen-Aufenthaltsrecht (§ 104c AufenthG)
  Vorprüfung, ob eine Person am Stichtag (Tag der Entscheidung) das Chancen-Aufenthaltsrecht bekommen kann.
  Es gilt die Fassung, die am Stichtag in Kraft ist:
  vom 31.12.2022 bis 30.12.2025 die Erteilungsgrundlage (geduldet, am 31.10.2022 seit fünf Jahren
  geduldet, gestattet oder erlaubt, Bekenntnis, keine schädliche Verurteilung, keine wiederholte Täuschung);
  ab 31.12.2025 nur noch die Übergangsregelung: keine Neuerteilung, eine bestehende Erlaubnis gilt bis zu
  ihrem Ende (18 Monate ab Erteilung) und wird nur als § 25a oder § 25b verlängert.
  Die meisten Fälle beginnen mit einer gut integrierten geduldeten Person (geduldet seit 01.01.2005,
  geboren 01.01.1990, Bekenntnis abgegeben, nicht vorbestraft) und ändern genau eine Angabe.
  Familienangehörige (§ 104c Abs. 2) sind nicht Teil dieser Datei.
  Quellen: § 104c AufenthG in der Fassung vom 21.12.2022 (BGBl. I S. 2847) und in der Fassung ab 31.12.2025 (Art. 5 Nr. 4
  desselben Gesetzes); § 60b Abs. 5 AufenthG; §§ 187, 188 BGB; Entscheidungen beim jeweiligen Szenario; offene Rechtsfragen in
  rules/offene_fragen/.

  Regel: Anzuwenden ist die Fassung, die am Stichtag gilt

    Szenariogrundriss: Am <stichtag> gilt die Fassung ab <fassung>
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Wenn § 104c AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet

      Beispiele:
        | stichtag   | fassung    |
        | 31.12.2022 | 31.12.2022 |
        | 30.12.2025 | 31.12.2022 |
        | 31.12.2025 | 31.12.2025 |
        | 15.03.2028 | 31.12.2025 |

    Szenariogrundriss: Vor dem 31.12.2022 gibt es das Chancen-Aufenthaltsrecht nicht
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Wenn § 104c AufenthG geprüft wird
      Dann ist § 104c AufenthG am Stichtag nicht in Kraft
      Und der Weg ist nicht erfüllt

      Beispiele:
        | stichtag   |
        | 30.12.2022 |
        | 31.10.2022 |

    Szenariogrundriss: Bis zum 30.12.2025 wird erteilt, ab dem 31.12.2025 nicht mehr
      # Art. 5 Nr. 4 des Gesetzes vom 21.12.2022 tritt am 31.12.2025 in Kraft: Anträge bis 30.12.2025; der 31.12.2025 gehört zur
      # Übergangsregelung (offene Rechtsfrage 104c-letzter-antragstag).
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person hat das Chancen-Aufenthaltsrecht nicht beantragt
      Wenn § 104c AufenthG geprüft wird
      Dann ist der Weg <weg>

      Beispiele:
        | stichtag   | weg           |
        | 31.12.2022 | erfüllt       |
        | 30.12.2025 | erfüllt       |
        | 31.12.2025 | nicht erfüllt |
        | 15.03.2026 | nicht erfüllt |

    Szenario: Die Fassung bis 30.12.2025 erteilt noch neu
      Angenommen der Stichtag ist der 30.12.2025
      Und eine gut integrierte geduldete Person
      Wenn § 104c AufenthG geprüft wird
      Dann wird weiterhin neu erteilt

  Regel: Ab 31.12.2025 keine Neuerteilung; eine bestehende Erlaubnis gilt bis zu ihrem Ende und wird nur als § 25a oder § 25b verlängert (§ 104c Abs. 1 und 2 n. F.)
    Die Erlaubnis galt 18 Monate ab Erteilung und war nicht verlängerbar (§ 104c Abs. 3 Satz 3 a. F.).
    Nach rechtzeitigem Antrag auf § 25a oder § 25b gilt sie bis zur Entscheidung fort (§ 81 Abs. 4 Satz 1).
    Der Weg ist ab 31.12.2025 nie „erfüllt“: „nicht erfüllt“, oder „ungeklärt“ bei einem rechtzeitigen, offenen Antrag.

    Szenario: Ab dem 31.12.2025 sagt die Prüfung klar, dass nicht mehr neu erteilt wird
      Angenommen der Stichtag ist der 31.12.2025
      Und eine gut integrierte geduldete Person
      Und die Person hat das Chancen-Aufenthaltsrecht nicht beantragt
      Wenn § 104c AufenthG geprüft wird
      Dann wird seit dem 31.12.2025 nichts mehr neu erteilt
      Und das Ergebnis sagt "Seit dem 31.12.2025 wird kein Chancen-Aufenthaltsrecht (§ 104c AufenthG) mehr neu erteilt"
      Und das Ergebnis sagt "gilt bis zum Ende ihrer Geltungsdauer (18 Monate ab Erteilung)"
      Und das Ergebnis sagt "nur als Aufenthaltserlaubnis nach § 25a oder § 25b verlängert"
      Und die Voraussetzung "neuerteilung" ist nicht erfüllt
      Und der Weg ist nicht erfüllt

    Szenariogrundriss: Wer die Erlaubnis schon hat, bekommt sie nicht neu; sie läuft 18 Monate (bis 28.02.2026)
      # 18 Monate ab 01.09.2024 enden mit Ablauf des 28.02.2026 (§§ 187 Abs. 2, 188 Abs. 2 BGB).
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person hat seit dem 01.09.2024 eine Aufenthaltserlaubnis nach § 104c
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "neuerteilung" nicht erfüllt
      Und das Ergebnis sagt "Seit dem 31.12.2025 wird kein Chancen-Aufenthaltsrecht"
      Und der Weg ist nicht erfüllt

      Beispiele:
        | stichtag   |
        | 31.12.2025 |
        | 28.02.2026 |

    Szenario: Die Prüfung nennt, bis wann eine bestehende Erlaubnis gilt
      Angenommen der Stichtag ist der 15.01.2026
      Und eine gut integrierte geduldete Person
      Und die Person hat seit dem 01.09.2024 eine Aufenthaltserlaubnis nach § 104c
      Und die Person hat am 15.06.2024 das Chancen-Aufenthaltsrecht beantragt
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "neuerteilung" nicht erfüllt
      Und die Voraussetzung "neuerteilung" nennt als Angabe "gilt 18 Monate bis 28.02.2026"

    Szenariogrundriss: Ein bis zum 30.12.2025 gestellter Antrag – ob er noch bewilligt werden kann, ist offen
      # offene Rechtsfrage 104c-entscheidung-nach-ablauf: keine Übergangsvorschrift; da grundsätzlich das Recht bei der
      # Entscheidung gilt (VG Trier, Urteil vom 03.12.2025 – 8 K 5461/25.TR, zum StAG), spricht viel für eine Ablehnung.
      Angenommen der Stichtag ist der 15.01.2026
      Und eine gut integrierte geduldete Person
      Und die Person hat am <antrag> das Chancen-Aufenthaltsrecht beantragt
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "neuerteilung" <ergebnis>
      Und der Weg ist <ergebnis>

      Beispiele:
        | antrag     | ergebnis      |
        | 01.06.2025 | ungeklärt     |
        | 30.12.2025 | ungeklärt     |
        | 31.12.2025 | nicht erfüllt |

    Szenariogrundriss: Ein rechtzeitiger Antrag hilft nur, wenn die Stichtagsregelung der alten Fassung erfüllt war
      # Bewilligt werden könnte ein solcher Antrag allenfalls nach § 104c Abs. 1 Satz 1 a. F.: am 31.10.2022 seit fünf
      # Jahren geduldet, gestattet oder erlaubt. Daran ändert kein späterer Zeitablauf etwas.
      Angenommen der Stichtag ist der 15.01.2026
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem <seit> ununterbrochen geduldet
      Und die Person hat am 01.06.2025 das Chancen-Aufenthaltsrecht beantragt
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" <stichtagsregelung>
      Und der Weg ist <weg>

      Beispiele:
        | seit       | stichtagsregelung | weg           |
        | 01.10.2017 | erfüllt           | ungeklärt     |
        | 31.10.2017 | erfüllt           | ungeklärt     |
        | 01.11.2017 | ungeklärt         | ungeklärt     |
        | 02.11.2017 | nicht erfüllt     | nicht erfüllt |
        | 01.01.2019 | nicht erfüllt     | nicht erfüllt |

    Szenario: Ohne Antrag bleibt es verschlossen, wer die Stichtagsregelung nicht erfüllt hat
      Angenommen der Stichtag ist der 05.12.2026
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 01.01.2019 ununterbrochen geduldet
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" nicht erfüllt
      Und der Weg ist nicht erfüllt

    Szenario: Der offene Punkt bei rechtzeitigem Antrag wird benannt
      Angenommen der Stichtag ist der 15.01.2026
      Und eine gut integrierte geduldete Person
      Und die Person hat am 30.12.2025 das Chancen-Aufenthaltsrecht beantragt
      Wenn § 104c AufenthG geprüft wird
      Dann nennt die Voraussetzung "neuerteilung" als Einzelfallgrund "nach dem Wegfall der Rechtsgrundlage am 31.12.2025"

    Szenario: Ohne Angaben zu Anträgen wird danach gefragt
      Angenommen der Stichtag ist der 15.01.2026
      Und eine gut integrierte geduldete Person
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "neuerteilung" ungeklärt
      Und nennt die Voraussetzung "neuerteilung" als offene Frage "ob und wann das Chancen-Aufenthaltsrecht beantragt wurde"

  Regel: Geduldet am Stichtag (§ 104c Abs. 1 Satz 1)
    Ein Anspruch auf Duldung genügt; wer eine Aufenthaltsgestattung oder einen Titel hat, ist nicht geduldet. Auch eine Duldung nach § 60b ist eine Duldung.

    Szenariogrundriss: Status am Stichtag
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <status>
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "geduldet" <ergebnis>

      Beispiele:
        | stichtag   | status                                                                   | ergebnis      |
        | 15.03.2023 | die Person hat seit dem 01.01.2016 eine Duldung                          | erfüllt       |
        | 15.03.2023 | die Person hat seit dem 01.09.2019 eine Duldung nach § 60b               | erfüllt       |
        | 15.03.2025 | die Person hat seit dem 01.01.2024 eine Beschäftigungsduldung            | erfüllt       |
        | 15.03.2023 | die Person hat seit dem 01.01.2016 eine Aufenthaltsgestattung            | nicht erfüllt |
        | 15.03.2025 | die Person hat seit dem 01.06.2024 eine Aufenthaltserlaubnis nach § 104c | nicht erfüllt |
        | 15.03.2025 | die Person hat seit dem 01.06.2024 eine Aufenthaltserlaubnis nach § 25 Abs. 5 | nicht erfüllt |
        | 15.03.2023 | die Angabe "Aufenthaltsstatus" ist unbekannt                             | ungeklärt     |
        | 15.03.2023 | die Person hat seit dem 01.01.2023 keinen Aufenthaltsstatus              | ungeklärt     |

  Regel: Am 31.10.2022 seit fünf Jahren ununterbrochen geduldet, gestattet oder erlaubt; § 60b-Zeiten zählen (§ 104c Abs. 1 Satz 1 und 3)
    Unterbrechungen bis zu drei Monaten sind unschädlich, auch mehrere.
    Ob ein Beginn am 01.11.2017 genügt, ist offen (offene Rechtsfrage 104c-beginn-01-11-2017).

    Szenariogrundriss: Beginn der ununterbrochenen Zeit um den 31.10.2017
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem <seit> ununterbrochen geduldet
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" <ergebnis>

      Beispiele:
        | seit       | ergebnis      |
        | 30.10.2017 | erfüllt       |
        | 31.10.2017 | erfüllt       |
        | 01.11.2017 | ungeklärt     |
        | 02.11.2017 | nicht erfüllt |
        | 01.01.2019 | nicht erfüllt |

    Szenario: Beginn am 01.11.2017 – die offene Frage wird benannt
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 01.11.2017 ununterbrochen geduldet
      Wenn § 104c AufenthG geprüft wird
      Dann nennt die Voraussetzung "voraufenthalt_31_10_2022" als Einzelfallgrund "Ob der 01.11.2017 genügt, ist ungeklärt"

    Szenariogrundriss: Gestattung, Duldung, Duldung nach § 60b und Aufenthaltserlaubnis zählen zusammen
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 01.01.2021 ununterbrochen geduldet
      Und die Person hatte vom 01.06.2017 bis 31.12.2018 eine Aufenthaltsgestattung
      Und die Person hatte vom 01.01.2019 bis 31.12.2020 <zwischen>
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" <ergebnis>

      Beispiele:
        | zwischen                                         | ergebnis      |
        | eine Duldung nach § 60b                          | erfüllt       |
        | eine Duldung                                     | erfüllt       |
        | eine Aufenthaltserlaubnis nach § 25 Abs. 5       | erfüllt       |
        | eine Fiktionsbescheinigung zur Aufenthaltserlaubnis nach § 25 Abs. 5 | erfüllt |
        | eine Fiktionsbescheinigung mit Erlaubnisfiktion  | ungeklärt     |
        | eine Fiktionsbescheinigung                       | ungeklärt     |
        | ein nationales Visum                             | erfüllt       |
        | ein Schengen-Visum                               | ungeklärt     |
        | eine Niederlassungserlaubnis                     | ungeklärt     |
        | keinen Aufenthaltsstatus, aber einen Anspruch auf Duldung | erfüllt |
        | keinen Aufenthaltsstatus                         | ungeklärt     |
        | keinen Aufenthaltsstatus und keinen Anspruch auf Duldung | nicht erfüllt |

    Szenariogrundriss: Unterbrechung von drei Monaten gegen drei Monate und einen Tag
      # Zeit ohne Status: zählt nur mit Anspruch auf Duldung (BeckRS 2024, 5225); ob kurze Lücken unschädlich sind,
      # ist offen (BayVGH 19 ZB 23.1280 verneint es). Auslandsaufenthalt bis drei Monate: offen (BR-Drs. 367/22, S. 43
      # gegen BayVGH 19 ZB 23.1280, Leitsatz 2); länger: unterbrochen.
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und <luecke>
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" <ergebnis>

      Beispiele:
        | luecke                                                               | ergebnis      |
        | die Person hatte vom 01.03.2020 bis 31.05.2020 keinen Aufenthaltsstatus und keinen Anspruch auf Duldung | ungeklärt |
        | die Person hatte vom 01.03.2020 bis 01.06.2020 keinen Aufenthaltsstatus und keinen Anspruch auf Duldung | nicht erfüllt |
        | die Person hatte vom 01.03.2020 bis 01.06.2020 keinen Aufenthaltsstatus | ungeklärt |
        | die Person hatte vom 01.03.2020 bis 01.06.2020 keinen Aufenthaltsstatus, aber einen Anspruch auf Duldung | erfüllt |
        | die Person war vom 01.03.2020 bis 31.05.2020 im Ausland              | ungeklärt     |
        | die Person war vom 01.03.2020 bis 01.06.2020 im Ausland              | nicht erfüllt |
        | die Person war vom 30.11.2017 bis 28.02.2018 im Ausland              | ungeklärt     |

    Szenario: Mehrere kurze Unterbrechungen – nach dem BMI unschädlich, nach BayVGH 19 ZB 23.1280 nicht: offen
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person war vom 01.02.2018 bis 30.04.2018 im Ausland
      Und die Person war vom 01.02.2019 bis 30.04.2019 im Ausland
      Und die Person hatte vom 01.02.2021 bis 30.04.2021 keinen Aufenthaltsstatus
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" ungeklärt
      Und die Prüfung nennt als Einzelfallgrund "offene Rechtsfrage 104c-auslandsaufenthalt"

    Szenario: Was nach dem 31.10.2022 geschah, ändert die Stichtagsregelung nicht
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person war vom 01.11.2022 bis 31.01.2023 im Ausland
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" erfüllt

    Szenariogrundriss: Eingereist bis 31.10.2017, Status erst danach – wie die Zeit bis zur Registrierung zählt, ist offen
      # § 55 Abs. 1 AsylG: die Gestattung entsteht mit dem Ankunftsnachweis (offene Rechtsfrage 104c-beginn-01-11-2017)
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person ist am <einreise> nach Deutschland eingereist
      Und die Person ist seit dem <status> ununterbrochen geduldet
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" <ergebnis>

      Beispiele:
        | einreise   | status     | ergebnis      |
        | 20.10.2017 | 15.11.2017 | ungeklärt     |
        | 20.10.2017 | 19.01.2018 | ungeklärt     |
        | 20.10.2017 | 15.02.2018 | nicht erfüllt |
        | 05.11.2017 | 15.11.2017 | nicht erfüllt |

    Szenario: Statushistorie unbekannt
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Angabe "Aufenthaltsstatus" ist unbekannt
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" ungeklärt
      Und nennt die Voraussetzung "voraufenthalt_31_10_2022" als offene Frage "Statushistorie bis zum 31.10.2022 lückenlos erfassen"

    Szenario: Zeit, in der die Person zu dulden war, unterbricht nicht (BeckRS 2024, 5225, nur der Leitsatz)
      # Bayerisches VG, BeckRS 2024, 5225: eingereist 02.10.2017, Asylantrag, Dublin-Bescheid; nach Vollziehbarkeit der
      # Abschiebungsanordnung und gescheiterter Überstellung war er zu dulden. Diese Zeit wird als Duldung erfasst
      # (Anspruch auf Duldung genügt); die Daten des Übergangs sind vereinfacht.
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person ist am 02.10.2017 nach Deutschland eingereist
      Und die Person ist seit dem 01.02.2018 ununterbrochen geduldet
      Und die Person hatte vom 02.10.2017 bis 31.01.2018 eine Aufenthaltsgestattung
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt_31_10_2022" erfüllt

  Regel: Bekenntnis zur freiheitlichen demokratischen Grundordnung, nicht unter 16 Jahren (§ 104c Abs. 1 Satz 1 Nr. 1; BVerwG 1 C 13.23)

    Szenariogrundriss: Erwachsene müssen sich bekennen
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und <bekenntnis>
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "bekenntnis" <ergebnis>

      Beispiele:
        | bekenntnis                                                                         | ergebnis      |
        | die Person hat sich zur freiheitlichen demokratischen Grundordnung bekannt          | erfüllt       |
        | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | nicht erfüllt |
        | die Angabe "Bekenntnis" ist unbekannt                                              | ungeklärt     |

    Szenariogrundriss: Am Tag vor und am 16. Geburtstag
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person ist am <geboren> geboren
      Und die Person ist am 01.06.2009 nach Deutschland eingereist
      Und die Person ist seit dem 01.06.2009 ununterbrochen geduldet
      Und die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "bekenntnis" <ergebnis>

      Beispiele:
        | geboren    | ergebnis      |
        | 16.03.2007 | erfüllt       |
        | 15.03.2007 | nicht erfüllt |

  Regel: Keine Verurteilung wegen einer im Inland begangenen vorsätzlichen Straftat (§ 104c Abs. 1 Satz 1 Nr. 2)
    Außer Betracht bleiben Geldstrafen von insgesamt bis zu 50 Tagessätzen, bis zu 90 Tagessätzen für Straftaten,
    die nur Ausländer begehen können, und Verurteilungen nach Jugendstrafrecht ohne Jugendstrafe. Fahrlässige und im Ausland begangene Taten nennt der Wortlaut nicht.

    Szenariogrundriss: Schwellen 50/51 und 90/91 Tagessätze, Freiheits- und Jugendstrafe
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und <verurteilung>
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | verurteilung                                                                                                 | ergebnis      |
        | die Person ist nicht vorbestraft                                                                             | erfüllt       |
        | die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, zu einer Geldstrafe von 50 Tagessätzen verurteilt | erfüllt |
        | die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, zu einer Geldstrafe von 51 Tagessätzen verurteilt | nicht erfüllt |
        | die Person wurde wegen einer Straftat, die nur Ausländer begehen können, zu einer Geldstrafe von 90 Tagessätzen verurteilt | erfüllt |
        | die Person wurde wegen einer Straftat, die nur Ausländer begehen können, zu einer Geldstrafe von 91 Tagessätzen verurteilt | nicht erfüllt |
        | die Person wurde wegen einer fahrlässigen Straftat zu einer Geldstrafe von 120 Tagessätzen verurteilt        | erfüllt       |
        | die Person wurde wegen einer im Ausland begangenen vorsätzlichen Straftat zu einer Geldstrafe von 120 Tagessätzen verurteilt | erfüllt |
        | die Person wurde nach Jugendstrafrecht verurteilt, aber nicht zu einer Jugendstrafe                          | erfüllt       |
        | die Person wurde wegen einer vorsätzlichen Straftat zu einer Jugendstrafe von 6 Monaten mit Bewährung verurteilt | nicht erfüllt |
        | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 3 Monaten auf Bewährung verurteilt | nicht erfüllt |
        | die Person wurde wegen einer fahrlässigen Straftat zu einer Freiheitsstrafe von 3 Monaten auf Bewährung verurteilt | erfüllt |
        | die Angabe "Verurteilungen" ist unbekannt                                                                    | ungeklärt     |

    Szenariogrundriss: Geldstrafen werden zusammengezählt („insgesamt“)
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, zu einer Geldstrafe von 30 Tagessätzen verurteilt
      Und die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, zu einer Geldstrafe von <zweite> Tagessätzen verurteilt
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | zweite | ergebnis      |
        | 20     | erfüllt       |
        | 21     | nicht erfüllt |

    Szenariogrundriss: Allgemeine und ausländerspezifische Geldstrafen zusammen – offen (offene Rechtsfrage 104c-geldstrafen-gemischt)
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, zu einer Geldstrafe von <allgemein> Tagessätzen verurteilt
      Und die Person wurde wegen einer Straftat, die nur Ausländer begehen können, zu einer Geldstrafe von <auslaender> Tagessätzen verurteilt
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | allgemein | auslaender | ergebnis      |
        | 20        | 30         | erfüllt       |
        | 30        | 60         | ungeklärt     |
        | 51        | 30         | nicht erfüllt |
        | 30        | 91         | nicht erfüllt |

    Szenario: Beim Zusammenwirken der Grenzen wird die offene Frage genannt
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, zu einer Geldstrafe von 30 Tagessätzen verurteilt
      Und die Person wurde wegen einer Straftat, die nur Ausländer begehen können, zu einer Geldstrafe von 60 Tagessätzen verurteilt
      Wenn § 104c AufenthG geprüft wird
      Dann nennt die Voraussetzung "keine_verurteilung" als Einzelfallgrund "Wie die Grenzen von 50 und 90 Tagessätzen zusammenwirken, ist ungeklärt"

    Szenariogrundriss: Ist die Art der Straftat unbekannt, zählt die Grenze von 50 oder von 90 Tagessätzen
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von <ts> Tagessätzen verurteilt
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | ts  | ergebnis      |
        | 50  | erfüllt       |
        | 60  | ungeklärt     |
        | 91  | nicht erfüllt |

    Szenario: VG München, 27.06.2023 – M 27 E 23.1734: 100 Tagessätze für eine ausländerspezifische Straftat schließen aus
      # 90 Tagessätze sind eine absolute Obergrenze: VG Würzburg, Urteil vom 10.09.2024 – W 7 K 23.1478, Leitsatz 1.
      Angenommen der Stichtag ist der 15.06.2023
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer Straftat, die nur Ausländer begehen können, zu einer Geldstrafe von 100 Tagessätzen verurteilt
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" nicht erfüllt
      Und der Weg ist nicht erfüllt

  Regel: Keine wiederholte vorsätzliche Täuschung, die die Abschiebung verhindert (§ 104c Abs. 1 Satz 2)
    Bloß fehlende Mitwirkung zählt nicht; frühere, beendete Täuschung auch nicht.

    Szenariogrundriss: Aktive, wiederholte Täuschung gegen fehlende Mitwirkung
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_wiederholte_taeuschung" <ergebnis>

      Beispiele:
        | angabe                                                                                                   | ergebnis      |
        | die Person täuscht nicht und erfüllt ihre Mitwirkungspflichten                                           | erfüllt       |
        | die Person verhindert derzeit ihre Abschiebung durch wiederholte vorsätzliche Täuschung über ihre Identität | nicht erfüllt |
        | die Person verhindert derzeit ihre Abschiebung durch einmalige falsche Angaben                           | erfüllt       |
        | die Person verhindert derzeit ihre Abschiebung durch falsche Angaben, ob wiederholt und vorsätzlich, ist unbekannt | ungeklärt |
        | die Person erfüllt derzeit zumutbare Anforderungen an die Mitwirkung bei der Passbeschaffung nicht       | erfüllt       |
        | die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet                          | erfüllt       |
        | die Angabe "aktuelle Täuschung" ist unbekannt                                                            | ungeklärt     |

    Szenario: VG Schwerin, Urteil vom 24.01.2023 – 1 A 1110/21 SN – Anspruch auf § 104c trotz passiver Nichtmitwirkung
      # Langjährig geduldet; Aufforderungen, einen Pass vorzulegen und bei der Heimatbehörde vorzusprechen, nicht befolgt.
      # Ergebnis laut Quelle: Anspruch auf § 104c; passive Nichtmitwirkung ist kein atypischer Fall.
      Angenommen der Stichtag ist der 15.06.2023
      Und eine gut integrierte geduldete Person
      Und die Person erfüllt derzeit zumutbare Anforderungen an die Mitwirkung bei der Passbeschaffung nicht
      Und die Identität der Person ist nicht geklärt
      Und die Person hat keinen Pass
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_wiederholte_taeuschung" erfüllt
      Und die Voraussetzung "kein_atypischer_fall" ist erfüllt
      Und der Weg ist erfüllt

    Szenariogrundriss: Eine tilgungsreife Geldstrafe bleibt außer Betracht (§ 51 Abs. 1 BZRG)
      # 60 Tagessätze, keine Freiheits- oder Jugendstrafe eingetragen: fünf Jahre ab dem ersten Urteil (§ 46 Abs. 1 Nr. 1
      # Buchst. a, § 36 BZRG).
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, zu einer Geldstrafe von 60 Tagessätzen verurteilt
      Und das erste Urteil dazu erging am <urteil>, die Strafe ist vollstreckt oder erlassen, keine Sexualstraftat
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" <ergebnis>

      Beispiele:
        | urteil     | ergebnis      |
        | 13.02.2018 | erfüllt       |
        | 15.03.2018 | ungeklärt     |
        | 17.03.2018 | nicht erfüllt |

  Regel: Kein Ausweisungsinteresse – § 5 Abs. 1 Nr. 2 und Abs. 4 erlässt § 104c nicht
    Die Regelvoraussetzung wird nie sicher verfehlt: ob die Behörde nach § 5 Abs. 3 Satz 2 absehen kann, ist offen
    (offene Rechtsfrage 104c-ausweisungsinteresse); daher „ungeklärt“ statt „nicht erfüllt“.

    Szenariogrundriss: Verurteilungen und sonstige Ausweisungsinteressen
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "kein_ausweisungsinteresse" <ergebnis>

      Beispiele:
        | angabe                                                                                                 | ergebnis  |
        | die Person ist nicht vorbestraft                                                                       | erfüllt   |
        | die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, zu einer Geldstrafe von 40 Tagessätzen verurteilt | ungeklärt |
        | es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 bis 5                                       | ungeklärt |
        | die Angabe "Verurteilungen" ist unbekannt                                                              | ungeklärt |

    Szenario: Eine Geldstrafe unter der Grenze erfüllt Nr. 2, lässt § 5 Abs. 1 Nr. 2 aber offen
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat, die nicht nur Ausländer begehen können, zu einer Geldstrafe von 40 Tagessätzen verurteilt
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_verurteilung" erfüllt
      Und nennt die Voraussetzung "kein_ausweisungsinteresse" als Einzelfallgrund "offene Rechtsfrage 104c-ausweisungsinteresse"
      Und der Weg ist ungeklärt

  Regel: Kein atypischer Fall der Soll-Vorschrift (§ 104c Abs. 1 Satz 1)
    Ein Kind, das am Ende der 18 Monate noch keine 14 Jahre alt ist, kann § 25a nicht erreichen: „ungeklärt“ mit Grund.
    Ein atypischer Fall führt zu Ermessen, nie sicher zur Ablehnung.

    Szenariogrundriss: 14 Jahre am Ende der 18 Monate – Tag vor und Tag des 14. Geburtstags
      # Stichtag 15.03.2023 + 18 Monate = 15.09.2024
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und die Person ist am <geboren> in Deutschland geboren
      Und die Person ist seit dem <geboren> ununterbrochen geduldet
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "kein_atypischer_fall" <ergebnis>

      Beispiele:
        | geboren    | ergebnis  |
        | 15.09.2010 | erfüllt   |
        | 16.09.2010 | ungeklärt |

    Szenariogrundriss: Besondere Umstände des Einzelfalls
      Angenommen der Stichtag ist der 15.03.2023
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "kein_atypischer_fall" <ergebnis>

      Beispiele:
        | angabe                                                | ergebnis  |
        | es liegen keine besonderen Umstände des Einzelfalls vor | erfüllt |
        | es liegen besondere Umstände des Einzelfalls vor      | ungeklärt |
        | die Angabe "atypischer Fall" ist unbekannt            | ungeklärt |

    Szenario: BeckRS 2023, 28657 (asyl.net M32337) – sechsjähriges Kind: atypischer Fall, Klage abgewiesen
      # Kind geboren 2017 (Tag geschwärzt, hier 01.08.2017 angenommen), Asylantrag des Kindes 11.08.2017, vom BAMF
      # am 25.10.2017 abgelehnt; danach geduldet. Nach dem Wortlaut sind alle Voraussetzungen erfüllt; das Gericht sah
      # einen atypischen Fall, weil der Übergang zu § 25a oder § 25b von vornherein ausgeschlossen ist. Die Vorprüfung
      # entscheidet das nicht, sie nennt den Grund.
      Angenommen der Stichtag ist der 15.09.2023
      Und eine gut integrierte geduldete Person
      Und die Person ist am 01.08.2017 in Deutschland geboren
      Und die Person ist seit dem 25.10.2017 ununterbrochen geduldet
      Und die Person hatte vom 11.08.2017 bis 24.10.2017 eine Aufenthaltsgestattung
      Und die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben
      Wenn § 104c AufenthG geprüft wird
      Dann ist die Voraussetzung "geduldet" erfüllt
      Und die Voraussetzung "voraufenthalt_31_10_2022" ist erfüllt
      Und die Voraussetzung "bekenntnis" ist erfüllt
      Und die Voraussetzung "kein_atypischer_fall" ist ungeklärt
      Und nennt die Voraussetzung "kein_atypischer_fall" als Einzelfallgrund "von vornherein ausgeschlossen"
      Und der Weg ist ungeklärt

  Regel: Lebensunterhalt, Identität, Pass und Visum werden nicht verlangt (§ 104c Abs. 1 Satz 1: abweichend von § 5 Abs. 1 Nr. 1, 1a und 4, Abs. 2)

    Szenario: Bäcker aus Gambia – Chancen-Aufenthaltsrecht erteilt (Fall aus einem Pressebericht)
      # Eingereist 2016, Asyl abgelehnt, geduldet, anfangs ohne Papiere; 29 Jahre alt; § 104c erteilt (hwk-konstanz.de).
      # Die Tage sind angenommen (Quelle nennt nur Jahre); Bekenntnis und Straffreiheit wie im Grundfall.
      Angenommen der Stichtag ist der 15.06.2023
      Und eine gut integrierte geduldete Person
      Und die Person ist am 01.01.1994 geboren
      Und die Person ist am 01.06.2016 nach Deutschland eingereist
      Und die Person ist seit dem 01.03.2017 ununterbrochen geduldet
      Und die Person hatte vom 01.06.2016 bis 28.02.2017 eine Aufenthaltsgestattung
      Und die Identität der Person ist nicht geklärt
      Und die Person hat keinen Pass
      Und die Person bezieht nicht nur vorübergehend Sozialleistungen
      Und der Bedarf der Bedarfsgemeinschaft beträgt 1.000 € und das Erwerbseinkommen 0 €
      Wenn § 104c AufenthG geprüft wird
      Dann ist der Weg erfüllt
