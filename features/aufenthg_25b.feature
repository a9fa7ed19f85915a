# language: de
Funktionalität: Aufenthaltsgewährung bei nachhaltiger Integration (§ 25b AufenthG)
  Vorprüfung, ob eine Person am Stichtag (Tag der Entscheidung) die Voraussetzungen des § 25b AufenthG erfüllt.
  Es gilt die Fassung, die am Stichtag in Kraft ist:
  ab 01.08.2015 acht Jahre Voraufenthalt, mit minderjährigem ledigem Kind sechs Jahre, nur für Geduldete;
  ab 01.01.2020 zusätzlich Absatz 6 (30 Monate Beschäftigungsduldung);
  ab 31.12.2022 sechs bzw. vier Jahre, auch für Inhaber einer Aufenthaltserlaubnis nach § 104c, neu Absatz 7 und 8;
  ab 01.07.2027 (geplant) entfallen die Regelungen für Inhaber einer Aufenthaltserlaubnis nach § 104c.
  Fast alle Fälle beginnen mit einer gut integrierten geduldeten Person (geduldet seit 01.01.2005,
  alle Voraussetzungen erfüllt) und ändern genau eine Angabe. Tabellen, die jede Fassung prüfen,
  verwenden die Stichtage 15.03.2017, 15.03.2021, 15.03.2025 und 15.03.2028.
  Quellen: § 25b AufenthG in den Fassungen ab 01.08.2015, ab 31.12.2022 (BGBl. 2022 I S. 2847) und ab 01.07.2027; § 60b Abs. 5
  AufenthG; BVerwG, Urteil vom 18.12.2019 – 1 C 34.18; offene Rechtsfragen in rules/offene_fragen/.

  Regel: Anzuwenden ist die Fassung, die am Stichtag gilt

    Szenariogrundriss: Am <stichtag> gilt die Fassung ab <fassung>
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Wenn § 25b AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und der Weg ist erfüllt

      Beispiele:
        | stichtag   | fassung    |
        | 01.08.2015 | 01.08.2015 |
        | 31.12.2019 | 01.08.2015 |
        | 01.01.2020 | 01.01.2020 |
        | 30.12.2022 | 01.01.2020 |
        | 31.12.2022 | 31.12.2022 |
        | 30.06.2027 | 31.12.2022 |
        | 01.07.2027 | 01.07.2027 |

    Szenariogrundriss: Vor dem 01.08.2015 ist § 25b nicht in Kraft
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Wenn § 25b AufenthG geprüft wird
      Dann ist § 25b AufenthG am Stichtag nicht in Kraft
      Und der Weg ist nicht erfüllt

      Beispiele:
        | stichtag   |
        | 31.07.2015 |
        | 01.01.2012 |

  Regel: Geduldet, vom 31.12.2022 bis 30.06.2027 auch Inhaber einer Aufenthaltserlaubnis nach § 104c (§ 25b Abs. 1 Satz 1)
    Die Art der Duldung ist gleich (auch § 60b, § 60c, § 60d). Eine Duldungsbescheinigung ist nicht nötig;
    ist für den Stichtag kein Status bekannt, bleibt offen, ob ein Anspruch auf Duldung besteht.

    Szenariogrundriss: Status am Stichtag in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <status>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>

      Beispiele:
        | stichtag   | id                | status                                                                   | ergebnis      |
        | 15.03.2017 | geduldet          | die Person hat seit dem 01.01.2016 eine Duldung                          | erfüllt       |
        | 15.03.2017 | geduldet          | die Person hat seit dem 01.01.2016 eine Aufenthaltsgestattung            | nicht erfüllt |
        | 15.03.2017 | geduldet          | die Angabe "Aufenthaltsstatus" ist unbekannt                             | ungeklärt     |
        | 15.03.2021 | geduldet          | die Person hat seit dem 01.01.2020 eine Ausbildungsduldung               | erfüllt       |
        | 15.03.2021 | geduldet          | die Person hat seit dem 01.01.2016 eine Aufenthaltsgestattung            | nicht erfüllt |
        | 15.03.2021 | geduldet          | die Person hat seit dem 01.01.2021 keinen Aufenthaltsstatus              | ungeklärt     |
        | 15.03.2025 | duldung_oder_104c | die Person hat seit dem 01.01.2016 eine Duldung                          | erfüllt       |
        | 15.03.2025 | duldung_oder_104c | die Person hat seit dem 01.09.2019 eine Duldung nach § 60b               | erfüllt       |
        | 15.03.2025 | duldung_oder_104c | die Person hat seit dem 15.09.2022 eine Beschäftigungsduldung            | erfüllt       |
        | 15.03.2025 | duldung_oder_104c | die Person hat seit dem 01.06.2024 eine Aufenthaltserlaubnis nach § 104c | erfüllt       |
        | 15.03.2025 | duldung_oder_104c | die Person hat seit dem 01.01.2016 eine Aufenthaltsgestattung            | nicht erfüllt |
        | 15.03.2025 | duldung_oder_104c | die Angabe "Aufenthaltsstatus" ist unbekannt                             | ungeklärt     |
        | 15.03.2028 | geduldet          | die Person hat seit dem 01.01.2016 eine Duldung                          | erfüllt       |
        | 15.03.2028 | geduldet          | die Person hat seit dem 01.01.2016 eine Aufenthaltsgestattung            | nicht erfüllt |
        | 15.03.2028 | geduldet          | die Angabe "Aufenthaltsstatus" ist unbekannt                             | ungeklärt     |

    Szenariogrundriss: Aufenthaltserlaubnis nach § 25 Abs. 5 oder § 23a – der Wortlaut verlangt eine Duldung
      # Nach einer Arbeitshilfe des Flüchtlingsrats Niedersachsen (keine amtliche Quelle) „unproblematisch“; das Gesetz sagt
      # „geduldet“. Die Vorprüfung entscheidet das nicht, sondern nennt die Frage.
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person hat seit dem 01.01.2020 eine Aufenthaltserlaubnis nach § <paragraph>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "<id>" <ergebnis>
      Und die Prüfung nennt als Einzelfallgrund "Flüchtlingsrats Niedersachsen"

      Beispiele:
        | stichtag   | paragraph    | id                | ergebnis  |
        | 15.03.2021 | 25 Abs. 5    | geduldet          | ungeklärt |
        | 15.03.2025 | 25 Abs. 5    | duldung_oder_104c | ungeklärt |
        | 15.03.2025 | 23a          | duldung_oder_104c | ungeklärt |
        | 15.03.2028 | 25 Abs. 5    | geduldet          | ungeklärt |

    Szenario: Eine andere Aufenthaltserlaubnis öffnet § 25b nicht
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person hat seit dem 01.01.2020 eine Aufenthaltserlaubnis nach § 16a
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "duldung_oder_104c" nicht erfüllt

    Szenario: Ohne bekannten Status wird nach dem aktuellen Status gefragt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Angabe "Aufenthaltsstatus" ist unbekannt
      Wenn § 25b AufenthG geprüft wird
      Dann nennt die Voraussetzung "duldung_oder_104c" als offene Frage "Aktuellen Status erfragen"

    Szenariogrundriss: Das Chancen-Aufenthaltsrecht öffnet § 25b nur bis zum 30.06.2027
      # Die letzte Erlaubnis nach § 104c konnte am 30.12.2025 erteilt werden; sie galt 18 Monate bis 29.06.2027
      # und gilt nach rechtzeitigem Antrag auf § 25b bis zur Entscheidung fort (§ 81 Abs. 4 Satz 1 AufenthG).
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person hat seit dem 30.12.2025 eine Aufenthaltserlaubnis nach § 104c
      Wenn § 25b AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "<id>" ist <ergebnis>

      Beispiele:
        | stichtag   | fassung    | id                | ergebnis      |
        | 30.12.2025 | 31.12.2022 | duldung_oder_104c | erfüllt       |
        | 30.06.2027 | 31.12.2022 | duldung_oder_104c | erfüllt       |
        | 01.07.2027 | 01.07.2027 | geduldet          | nicht erfüllt |

    Szenario: Mit Fiktionsbescheinigung nach rechtzeitigem Antrag gilt die Erlaubnis nach § 104c fort
      # § 81 Abs. 4 Satz 1 AufenthG: Wer vor Ablauf seines Titels einen anderen beantragt, dessen bisheriger Titel
      # gilt bis zur Entscheidung als fortbestehend; für § 25b-Anträge ausdrücklich vorgesehen (§ 104c Abs. 3 Satz 5,
      # § 104c Abs. 2 Satz 3 in der Fassung ab 31.12.2025). Die Person ist damit weiter Inhaber einer Aufenthaltserlaubnis nach § 104c.
      Angenommen der Stichtag ist der 30.06.2027
      Und eine gut integrierte geduldete Person
      Und die Person hatte vom 30.12.2025 bis 29.06.2027 eine Aufenthaltserlaubnis nach § 104c
      Und die Person hat seit dem 30.06.2027 eine Fiktionsbescheinigung zur Aufenthaltserlaubnis nach § 104c
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "duldung_oder_104c" erfüllt

  Regel: Ununterbrochener Voraufenthalt (§ 25b Abs. 1 Satz 2 Nr. 1, Abs. 4, 6 und 7; § 60b Abs. 5 Satz 1)
    Geduldet, gestattet oder mit Aufenthaltserlaubnis; gezählt nach §§ 187 Abs. 2, 188 Abs. 2 BGB:
    wer seit dem 15.03.2019 geduldet ist, hat am 15.03.2025 sechs Jahre, wer seit dem 16.03.2019 geduldet ist, nicht.
    Ein Kind ist ab dem Tag seines 18. Geburtstags volljährig (§ 187 Abs. 2 Satz 2 BGB).

    Szenariogrundriss: Regelfrist ohne Kind in jeder Fassung, genau erreicht und einen Tag zu kurz
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem <seit> ununterbrochen geduldet
      Und im Haushalt lebt kein Kind
      Wenn § 25b AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "voraufenthalt" ist <ergebnis>

      Beispiele: acht Jahre bis 30.12.2022
        | stichtag   | fassung    | seit       | ergebnis      |
        | 15.03.2017 | 01.08.2015 | 15.03.2009 | erfüllt       |
        | 15.03.2017 | 01.08.2015 | 16.03.2009 | nicht erfüllt |
        | 15.03.2021 | 01.01.2020 | 15.03.2013 | erfüllt       |
        | 15.03.2021 | 01.01.2020 | 16.03.2013 | nicht erfüllt |

      Beispiele: sechs Jahre ab 31.12.2022
        | stichtag   | fassung    | seit       | ergebnis      |
        | 15.03.2025 | 31.12.2022 | 15.03.2019 | erfüllt       |
        | 15.03.2025 | 31.12.2022 | 16.03.2019 | nicht erfüllt |
        | 15.03.2028 | 01.07.2027 | 15.03.2022 | erfüllt       |
        | 15.03.2028 | 01.07.2027 | 16.03.2022 | nicht erfüllt |

    Szenariogrundriss: Verkürzte Frist mit minderjährigem ledigem Kind in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem <seit> ununterbrochen geduldet
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.06.2015
      Wenn § 25b AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "voraufenthalt" ist <ergebnis>

      Beispiele: sechs Jahre bis 30.12.2022
        | stichtag   | fassung    | seit       | ergebnis      |
        | 15.03.2017 | 01.08.2015 | 15.03.2011 | erfüllt       |
        | 15.03.2017 | 01.08.2015 | 16.03.2011 | nicht erfüllt |
        | 15.03.2021 | 01.01.2020 | 15.03.2015 | erfüllt       |
        | 15.03.2021 | 01.01.2020 | 16.03.2015 | nicht erfüllt |

      Beispiele: vier Jahre ab 31.12.2022
        | stichtag   | fassung    | seit       | ergebnis      |
        | 15.03.2025 | 31.12.2022 | 15.03.2021 | erfüllt       |
        | 15.03.2025 | 31.12.2022 | 16.03.2021 | nicht erfüllt |
        | 15.03.2028 | 01.07.2027 | 15.03.2024 | erfüllt       |
        | 15.03.2028 | 01.07.2027 | 16.03.2024 | nicht erfüllt |

    Szenariogrundriss: Gestattung, Aufenthaltserlaubnis, Fiktionsbescheinigung und Visum zählen mit (BVerwG 1 C 34.18, Leitsatz 4)
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.09.2020 geduldet
      Und die Person hatte vom <von> bis 14.09.2020 <status>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | von        | status                                     | ergebnis      |
        | 15.03.2019 | eine Aufenthaltsgestattung                 | erfüllt       |
        | 16.03.2019 | eine Aufenthaltsgestattung                 | nicht erfüllt |
        | 15.03.2019 | eine Aufenthaltserlaubnis nach § 25 Abs. 5 | erfüllt       |
        | 15.03.2019 | eine Fiktionsbescheinigung                 | erfüllt       |
        | 15.03.2019 | ein Visum                                  | erfüllt       |
        | 15.03.2019 | keinen Aufenthaltsstatus und keinen Anspruch auf Duldung | nicht erfüllt |

    Szenariogrundriss: Das Kind muss minderjährig, ledig und im Haushalt sein
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2021 ununterbrochen geduldet
      Und <kind>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | kind                                                            | ergebnis      |
        | im Haushalt lebt ein lediges Kind, geboren am 16.03.2007        | erfüllt       |
        | im Haushalt lebt ein lediges Kind, geboren am 15.03.2007        | nicht erfüllt |
        | im Haushalt lebt ein verheiratetes Kind, geboren am 16.03.2007  | nicht erfüllt |
        | ein lediges Kind, geboren am 01.06.2015, lebt nicht im Haushalt | nicht erfüllt |
        | die Angabe "Kinder" ist unbekannt                               | ungeklärt     |

    Szenariogrundriss: Dieselbe Person am 30.12.2022 und am 31.12.2022 – sechs statt acht Jahre
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 30.12.2016 ununterbrochen geduldet
      Und im Haushalt lebt kein Kind
      Wenn § 25b AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "voraufenthalt" ist <ergebnis>
      Und der Weg ist <ergebnis>

      Beispiele:
        | stichtag   | fassung    | ergebnis      |
        | 30.12.2022 | 01.01.2020 | nicht erfüllt |
        | 31.12.2022 | 31.12.2022 | erfüllt       |

    Szenariogrundriss: Dieselbe Person mit Kind am 30.12.2022 und am 31.12.2022 – vier statt sechs Jahre
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 31.12.2018 ununterbrochen geduldet
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.06.2015
      Und das Kind ist schulpflichtig und besucht nachweislich die Schule
      Wenn § 25b AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "voraufenthalt" ist <ergebnis>
      Und der Weg ist <ergebnis>

      Beispiele:
        | stichtag   | fassung    | ergebnis      |
        | 30.12.2022 | 01.01.2020 | nicht erfüllt |
        | 31.12.2022 | 31.12.2022 | erfüllt       |

    Szenariogrundriss: Beginn am 29. Februar – die Frist endet mit Ablauf des 28. Februar
      # § 188 Abs. 3 BGB: fehlt der entsprechende Tag im letzten Monat, endet die Frist mit dessen letztem Tag.
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 29.02.2020 ununterbrochen geduldet
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | stichtag   | ergebnis      |
        | 28.02.2026 | nicht erfüllt |
        | 01.03.2026 | erfüllt       |

    Szenariogrundriss: Eine Unterbrechung bis zu drei Monaten schadet nicht, eine längere beendet die Kette
      # BMI-Anwendungshinweise 2015: ein einmaliger Auslandsaufenthalt bis zu drei Monaten ist unschädlich. Eine Zeit
      # ohne Status zählt nur mit Anspruch auf Duldung (BVerwG 1 C 34.18, Leitsätze 2 und 4); kurze Lücken ohne
      # Anspruch können aufgewogen werden oder unschädlich sein (Leitsatz 5): offen.
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2017 geduldet
      Und <unterbrechung>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | unterbrechung                                                           | ergebnis      |
        | die Person war vom 01.06.2020 bis 31.08.2020 im Ausland                 | erfüllt       |
        | die Person war vom 01.06.2020 bis 01.09.2020 im Ausland                 | nicht erfüllt |
        | die Person hatte vom 01.06.2020 bis 31.08.2020 keinen Aufenthaltsstatus und keinen Anspruch auf Duldung | ungeklärt |
        | die Person hatte vom 01.06.2020 bis 01.09.2020 keinen Aufenthaltsstatus und keinen Anspruch auf Duldung | nicht erfüllt |
        | die Person hatte vom 01.06.2020 bis 01.09.2020 keinen Aufenthaltsstatus | ungeklärt |
        | die Person hatte vom 01.06.2020 bis 01.09.2020 keinen Aufenthaltsstatus, aber einen Anspruch auf Duldung | erfüllt |

    Szenariogrundriss: Ein Visum und eine Fiktionsbescheinigung vor der Aufenthaltsgestattung zählen mit
      # BVerwG, Urteil vom 18.12.2019 – 1 C 34.18, Leitsatz 4: alle Zeiten, die von einem aufenthaltsregelnden
      # Verwaltungsakt gedeckt waren. Sechs Jahre ab 15.03.2019 sind am 15.03.2025 erreicht.
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2021 ununterbrochen geduldet
      Und die Person hatte vom 15.09.2019 bis 14.03.2021 eine Aufenthaltsgestattung
      Und die Person hatte vom <von> bis 14.09.2019 <vorher>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | von        | vorher                                          | ergebnis      |
        | 15.03.2019 | ein Schengen-Visum                              | erfüllt       |
        | 15.03.2019 | ein nationales Visum                            | erfüllt       |
        | 15.03.2019 | eine Fiktionsbescheinigung mit Erlaubnisfiktion | erfüllt       |
        | 16.03.2019 | ein Schengen-Visum                              | nicht erfüllt |
        | 15.03.2019 | keinen Aufenthaltsstatus und keinen Anspruch auf Duldung | nicht erfüllt |

    Szenariogrundriss: Nach einer längeren Unterbrechung beginnt die Frist mit der Rückkehr neu
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2010 geduldet
      Und die Person war vom 01.03.2019 bis 14.06.2019 im Ausland
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | stichtag   | ergebnis      |
        | 14.06.2025 | nicht erfüllt |
        | 15.06.2025 | erfüllt       |

    Szenario: Zwei kurze Unterbrechungen – ob die Behörde beide hinnimmt, ist offen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2017 geduldet
      Und die Person war vom 01.06.2020 bis 31.07.2020 im Ausland
      Und die Person war vom 01.06.2022 bis 31.07.2022 im Ausland
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" ungeklärt
      Und die Prüfung nennt als Einzelfallgrund "deren Anrechnung offen ist"

    Szenario: Ob die kurze Zeit im Ausland mitzählt, ist offen, wenn es genau darauf ankommt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2019 geduldet
      Und die Person war vom 01.06.2020 bis 30.06.2020 im Ausland
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" ungeklärt
      Und die Prüfung nennt als Einzelfallgrund "deren Anrechnung offen ist"

    Szenariogrundriss: Zeiten mit Duldung nach § 60b zählen nur für Inhaber einer Aufenthaltserlaubnis nach § 104c (Abs. 7)
      # Die Duldung „für Personen mit ungeklärter Identität“ lag am Anfang; dahinter zählt die Zeit ohnehin.
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 01.09.2019 geduldet
      Und die Person hatte vom 01.09.2019 bis 31.08.2021 eine Duldung nach § 60b
      Und <danach>
      Wenn § 25b AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "voraufenthalt" ist <ergebnis>

      Beispiele: Inhaber einer Aufenthaltserlaubnis nach § 104c
        | stichtag   | fassung    | danach                                                                   | ergebnis      |
        | 01.09.2025 | 31.12.2022 | die Person hat seit dem 01.06.2024 eine Aufenthaltserlaubnis nach § 104c | erfüllt       |
        | 31.08.2025 | 31.12.2022 | die Person hat seit dem 01.06.2024 eine Aufenthaltserlaubnis nach § 104c | nicht erfüllt |
        | 30.06.2027 | 31.12.2022 | die Person hat seit dem 30.12.2025 eine Aufenthaltserlaubnis nach § 104c | erfüllt       |
        | 01.07.2027 | 01.07.2027 | die Person hat seit dem 30.12.2025 eine Aufenthaltserlaubnis nach § 104c | nicht erfüllt |

      Beispiele: weiter geduldet
        | stichtag   | fassung    | danach                                                   | ergebnis      |
        | 01.09.2025 | 31.12.2022 | im Haushalt lebt kein Kind                               | nicht erfüllt |
        | 01.09.2025 | 31.12.2022 | im Haushalt lebt ein lediges Kind, geboren am 01.06.2015 | erfüllt       |
        | 31.08.2025 | 31.12.2022 | im Haushalt lebt ein lediges Kind, geboren am 01.06.2015 | nicht erfüllt |

    Szenario: Liegt die Duldung nach § 60b mitten in der Kette, ist offen, ob sie die Kette unterbricht
      # § 60b Abs. 5 Satz 1: die Zeiten „werden nicht als Vorduldungszeiten angerechnet“ – ob sie die Zeit davor
      # abschneiden, sagt das Gesetz nicht.
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person hatte vom 01.09.2019 bis 31.08.2021 eine Duldung nach § 60b
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" ungeklärt
      Und die Prüfung nennt als Einzelfallgrund "Duldung nach § 60b"

    Szenariogrundriss: Familienangehörige eines Begünstigten brauchen keine eigene Frist (Abs. 4)
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist verheiratet
      Und die Person ist seit dem 01.01.2024 geduldet
      Und <familie>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | familie                                                                                                                                                | ergebnis      |
        | die Person lebt als Ehegatte, Lebenspartner oder minderjähriges lediges Kind mit einem Begünstigten nach § 25b Abs. 1 in familiärer Lebensgemeinschaft | erfüllt       |
        | die Angabe "Familienangehörige eines Begünstigten" ist unbekannt                                                                                       | ungeklärt     |
        | im Haushalt lebt kein Kind                                                                                                                             | nicht erfüllt |

    Szenariogrundriss: 30 Monate Beschäftigungsduldung ersetzen die Frist (Abs. 6, seit 01.01.2020)
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem <geduldet> geduldet
      Und die Person hat seit dem <seit_60d> eine Beschäftigungsduldung
      Und die Voraussetzungen der Beschäftigungsduldung sind weiterhin erfüllt
      Wenn § 25b AufenthG geprüft wird
      Dann wird die Fassung ab <fassung> angewendet
      Und die Voraussetzung "voraufenthalt" ist <ergebnis>

      Beispiele:
        | stichtag   | fassung    | geduldet   | seit_60d   | ergebnis      |
        | 01.07.2022 | 01.01.2020 | 01.01.2019 | 01.01.2020 | erfüllt       |
        | 30.06.2022 | 01.01.2020 | 01.01.2019 | 01.01.2020 | nicht erfüllt |
        | 15.03.2025 | 31.12.2022 | 01.04.2021 | 15.09.2022 | erfüllt       |
        | 15.03.2025 | 31.12.2022 | 01.04.2021 | 16.09.2022 | nicht erfüllt |
        | 15.03.2028 | 01.07.2027 | 01.04.2024 | 15.09.2025 | erfüllt       |
        | 15.03.2028 | 01.07.2027 | 01.04.2024 | 16.09.2025 | nicht erfüllt |

    Szenariogrundriss: Abs. 6 verlangt § 60d, mündlich A2 und, wenn ein Integrationskurs möglich war, schriftlich A2
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 01.04.2021 geduldet
      Und die Person hat seit dem 15.09.2022 eine Beschäftigungsduldung
      Und <voraussetzungen_60d>
      Und <sprache>
      Und <kurs>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" <ergebnis>

      Beispiele:
        | voraussetzungen_60d                                                   | sprache                                                           | kurs                                                                   | ergebnis      |
        | die Voraussetzungen der Beschäftigungsduldung sind weiterhin erfüllt  | die Person hat mündliche Deutschkenntnisse auf Niveau A1          | die Person hatte keine Möglichkeit, einen Integrationskurs zu besuchen | nicht erfüllt |
        | die Voraussetzungen der Beschäftigungsduldung sind weiterhin erfüllt  | die Person hat keine schriftlichen Deutschkenntnisse nachgewiesen | die Person hatte die Möglichkeit, einen Integrationskurs zu besuchen   | nicht erfüllt |
        | die Voraussetzungen der Beschäftigungsduldung sind weiterhin erfüllt  | die Person hat keine schriftlichen Deutschkenntnisse nachgewiesen | die Person hatte keine Möglichkeit, einen Integrationskurs zu besuchen | erfüllt       |
        | die Voraussetzungen der Beschäftigungsduldung sind weiterhin erfüllt  | die Person hat keine schriftlichen Deutschkenntnisse nachgewiesen | die Angabe "Integrationskurs" ist unbekannt                            | ungeklärt     |
        | die Voraussetzungen der Beschäftigungsduldung sind nicht mehr erfüllt | die Person hat mündliche Deutschkenntnisse auf Niveau B1          | die Person hatte die Möglichkeit, einen Integrationskurs zu besuchen   | nicht erfüllt |
        | die Angabe "Voraussetzungen der Beschäftigungsduldung" ist unbekannt  | die Person hat mündliche Deutschkenntnisse auf Niveau B1          | die Person hatte die Möglichkeit, einen Integrationskurs zu besuchen   | ungeklärt     |

    Szenario: Besondere Integrationsleistungen können eine kürzere Aufenthaltszeit ausgleichen
      # Gesetzesbegründung BT-Drs. 18/4097 S. 42
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 01.04.2021 geduldet
      Und die Person hat besondere Integrationsleistungen erbracht
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" ungeklärt
      Und die Prüfung nennt als Einzelfallgrund "kürzere Aufenthaltszeit ausgleichen"

    Szenario: Ohne Statushistorie ist der Voraufenthalt ungeklärt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Angabe "Aufenthaltsstatus" ist unbekannt
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "voraufenthalt" ungeklärt
      Und die Prüfung nennt als offene Frage "Lückenlose Statushistorie"

  Regel: Bekenntnis zur freiheitlichen demokratischen Grundordnung und Grundkenntnisse (§ 25b Abs. 1 Satz 2 Nr. 2)
    Grundkenntnisse werden in der Regel mit dem Test „Leben in Deutschland“ oder einem deutschen Schulabschluss nachgewiesen.

    Szenariogrundriss: Bekenntnis und Grundkenntnisse in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "bekenntnis_grundkenntnisse" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                                  | ergebnis      |
        | 15.03.2017 | die Person hat sich zur freiheitlichen demokratischen Grundordnung bekannt              | erfüllt       |
        | 15.03.2017 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | nicht erfüllt |
        | 15.03.2021 | die Person hat den Test „Leben in Deutschland“ bestanden                                | erfüllt       |
        | 15.03.2021 | die Person hat den Test „Leben in Deutschland“ nicht bestanden                          | nicht erfüllt |
        | 15.03.2025 | die Person hat sich zur freiheitlichen demokratischen Grundordnung bekannt              | erfüllt       |
        | 15.03.2025 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | nicht erfüllt |
        | 15.03.2025 | die Person hat den Test „Leben in Deutschland“ nicht bestanden                          | nicht erfüllt |
        | 15.03.2025 | die Angabe "Bekenntnis" ist unbekannt                                                   | ungeklärt     |
        | 15.03.2025 | die Angabe "Test Leben in Deutschland" ist unbekannt                                    | ungeklärt     |
        | 15.03.2028 | die Person hat den Test „Leben in Deutschland“ bestanden                                | erfüllt       |
        | 15.03.2028 | die Person hat kein Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben | nicht erfüllt |

    Szenario: Ein deutscher Schulabschluss weist die Grundkenntnisse auch ohne Test nach
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person hat den Test „Leben in Deutschland“ nicht bestanden
      Und die Person hat einen deutschen Schulabschluss
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "bekenntnis_grundkenntnisse" erfüllt

    Szenario: Fehlt die Angabe zum Bekenntnis, wird danach gefragt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bekenntnis" ist unbekannt
      Wenn § 25b AufenthG geprüft wird
      Dann nennt die Voraussetzung "bekenntnis_grundkenntnisse" als offene Frage "Bekenntnis"

  Regel: Lebensunterhalt überwiegend durch Erwerbstätigkeit (§ 25b Abs. 1 Satz 2 Nr. 3, Satz 3, Abs. 3)
    „Überwiegend“ heißt mehr als die Hälfte des Bedarfs der Bedarfsgemeinschaft. In der Verwaltungspraxis werden
    mindestens 51 % verlangt (Parameter). Über 50 % und unter 51 % ist eine Frage der Auslegung
    der Behörde (ungeklärt); bis 50 % ist die Voraussetzung nicht erfüllt, wenn keine Ausnahme greift.

    Szenariogrundriss: Anteil des Erwerbseinkommens am Bedarf in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und der Bedarf der Bedarfsgemeinschaft beträgt <bedarf> € und das Erwerbseinkommen <einkommen> €
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele: 51 % und 50 % in jeder Fassung
        | stichtag   | bedarf | einkommen | ergebnis      |
        | 15.03.2017 | 1.000  | 510       | erfüllt       |
        | 15.03.2017 | 1.000  | 500       | nicht erfüllt |
        | 15.03.2021 | 1.000  | 510       | erfüllt       |
        | 15.03.2021 | 1.000  | 500       | nicht erfüllt |
        | 15.03.2025 | 1.000  | 510       | erfüllt       |
        | 15.03.2025 | 1.000  | 500       | nicht erfüllt |
        | 15.03.2028 | 1.000  | 510       | erfüllt       |
        | 15.03.2028 | 1.000  | 500       | nicht erfüllt |

      Beispiele: zwischen 50 % und 51 %
        | stichtag   | bedarf | einkommen | ergebnis      |
        | 15.03.2025 | 1.000  | 505       | ungeklärt     |
        | 15.03.2025 | 2.001  | 1.020     | ungeklärt     |
        | 15.03.2025 | 2.499  | 1.250     | ungeklärt     |
        | 15.03.2025 | 2.000  | 999       | nicht erfüllt |

    Szenario: Knapp über der Hälfte nennt die Prüfung die Auslegungsfrage
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und der Bedarf der Bedarfsgemeinschaft beträgt 1.000 € und das Erwerbseinkommen 505 €
      Wenn § 25b AufenthG geprüft wird
      Dann nennt die Voraussetzung "lebensunterhalt" als Einzelfallgrund "verlangten 51 %"

    Szenariogrundriss: Vorübergehender Sozialleistungsbezug ist in den Fällen des Satzes 3 in der Regel unschädlich
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und der Bedarf der Bedarfsgemeinschaft beträgt 2.000 € und das Erwerbseinkommen <einkommen> €
      Und <bezug>
      Und <fall>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | einkommen | bezug                                                       | fall                                                                           | ergebnis      |
        | 0         | die Person bezieht nur vorübergehend Sozialleistungen       | die Person studiert oder macht eine anerkannte Ausbildung                      | erfüllt       |
        | 0         | die Person bezieht nicht nur vorübergehend Sozialleistungen | die Person studiert oder macht eine anerkannte Ausbildung                      | nicht erfüllt |
        | 400       | die Person bezieht nur vorübergehend Sozialleistungen       | im Haushalt lebt ein lediges Kind, geboren am 01.06.2015                       | erfüllt       |
        | 400       | die Person bezieht nicht nur vorübergehend Sozialleistungen | im Haushalt lebt ein lediges Kind, geboren am 01.06.2015                       | nicht erfüllt |
        | 0         | die Person bezieht nur vorübergehend Sozialleistungen       | die Person ist alleinerziehend und eine Arbeitsaufnahme ist ihr nicht zumutbar | erfüllt       |
        | 0         | die Person bezieht nur vorübergehend Sozialleistungen       | die Person pflegt pflegebedürftige nahe Angehörige                             | erfüllt       |
        | 0         | die Person bezieht nur vorübergehend Sozialleistungen       | im Haushalt lebt kein Kind                                                     | nicht erfüllt |
        | 0         | die Angabe "vorübergehender Leistungsbezug" ist unbekannt   | die Person studiert oder macht eine anerkannte Ausbildung                      | ungeklärt     |

    Szenariogrundriss: Ohne ausreichendes Erwerbseinkommen – Abs. 3, Prognose, besondere Leistungen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und der Bedarf der Bedarfsgemeinschaft beträgt 2.000 € und das Erwerbseinkommen 0 €
      Und <umstand>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | umstand                                                                                                 | ergebnis  |
        | die Person kann ihren Lebensunterhalt wegen Krankheit, Behinderung oder aus Altersgründen nicht sichern | erfüllt   |
        | es gibt konkrete Anhaltspunkte, dass die Person ihren Lebensunterhalt künftig sichern wird              | ungeklärt |
        | die Person hat besondere Integrationsleistungen erbracht                                                | ungeklärt |
        | die Angabe "Krankheit, Behinderung oder Alter" ist unbekannt                                            | ungeklärt |

    Szenario: Ohne Angabe zum Bedarf wird nach Bedarf und Einkommen gefragt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bedarf der Bedarfsgemeinschaft" ist unbekannt
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" ungeklärt
      Und die Prüfung nennt als offene Frage "Bedarf der Bedarfsgemeinschaft"

  Regel: Hinreichende mündliche Deutschkenntnisse, Niveau A2 (§ 25b Abs. 1 Satz 2 Nr. 4, Abs. 3)

    Szenariogrundriss: Deutschkenntnisse in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "deutsch_a2" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                   | ergebnis      |
        | 15.03.2017 | die Person hat mündliche Deutschkenntnisse auf Niveau A2 | erfüllt       |
        | 15.03.2017 | die Person hat mündliche Deutschkenntnisse auf Niveau A1 | nicht erfüllt |
        | 15.03.2021 | die Person hat mündliche Deutschkenntnisse auf Niveau A2 | erfüllt       |
        | 15.03.2021 | die Person hat mündliche Deutschkenntnisse auf Niveau A1 | nicht erfüllt |
        | 15.03.2025 | die Person hat mündliche Deutschkenntnisse auf Niveau A2 | erfüllt       |
        | 15.03.2025 | die Person hat mündliche Deutschkenntnisse auf Niveau B1 | erfüllt       |
        | 15.03.2025 | die Person hat mündliche Deutschkenntnisse auf Niveau A1 | nicht erfüllt |
        | 15.03.2025 | die Person hat keine nachgewiesenen Deutschkenntnisse    | nicht erfüllt |
        | 15.03.2025 | die Angabe "Deutschkenntnisse" ist unbekannt             | ungeklärt     |
        | 15.03.2028 | die Person hat mündliche Deutschkenntnisse auf Niveau A2 | erfüllt       |
        | 15.03.2028 | die Person hat mündliche Deutschkenntnisse auf Niveau A1 | nicht erfüllt |

    Szenariogrundriss: Von A2 wird abgesehen, wenn Krankheit, Behinderung oder Alter es verhindern (Abs. 3)
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person hat keine nachgewiesenen Deutschkenntnisse
      Und die Person kann Deutschkenntnisse wegen Krankheit, Behinderung oder aus Altersgründen nicht erwerben
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "deutsch_a2" erfüllt

      Beispiele:
        | stichtag   |
        | 15.03.2017 |
        | 15.03.2025 |

    Szenario: Besondere Integrationsleistungen können fehlende Sprachkenntnisse ausgleichen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person hat mündliche Deutschkenntnisse auf Niveau A1
      Und die Person hat besondere Integrationsleistungen erbracht
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "deutsch_a2" ungeklärt
      Und die Prüfung nennt als Einzelfallgrund "fehlende Sprachkenntnisse"

  Regel: Tatsächlicher Schulbesuch der Kinder im schulpflichtigen Alter (§ 25b Abs. 1 Satz 2 Nr. 5)

    Szenariogrundriss: Schulbesuch in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.06.2010
      Und <schule>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch_kinder" <ergebnis>

      Beispiele:
        | stichtag   | schule                                                               | ergebnis      |
        | 15.03.2017 | das Kind ist schulpflichtig und besucht nachweislich die Schule      | erfüllt       |
        | 15.03.2017 | das Kind ist schulpflichtig, der Schulbesuch ist nicht nachgewiesen  | nicht erfüllt |
        | 15.03.2021 | das Kind ist schulpflichtig und besucht nachweislich die Schule      | erfüllt       |
        | 15.03.2021 | das Kind ist schulpflichtig, der Schulbesuch ist nicht nachgewiesen  | nicht erfüllt |
        | 15.03.2025 | das Kind ist schulpflichtig und besucht nachweislich die Schule      | erfüllt       |
        | 15.03.2025 | das Kind ist schulpflichtig, der Schulbesuch ist nicht nachgewiesen  | nicht erfüllt |
        | 15.03.2025 | das Kind ist schulpflichtig, ob es die Schule besucht, ist unbekannt | ungeklärt     |
        | 15.03.2028 | das Kind ist schulpflichtig und besucht nachweislich die Schule      | erfüllt       |
        | 15.03.2028 | das Kind ist schulpflichtig, der Schulbesuch ist nicht nachgewiesen  | nicht erfüllt |

    Szenariogrundriss: Ohne schulpflichtige Kinder ist nichts nachzuweisen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und <kinder>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch_kinder" <ergebnis>

      Beispiele:
        | kinder                                                   | ergebnis  |
        | im Haushalt lebt kein Kind                               | erfüllt   |
        | im Haushalt lebt ein lediges Kind, geboren am 01.06.2022 | erfüllt   |
        | die Angabe "Kinder" ist unbekannt                        | ungeklärt |

    Szenario: Ein Kind, das noch nicht schulpflichtig ist
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und im Haushalt lebt ein lediges Kind, geboren am 01.06.2022
      Und das Kind ist noch nicht schulpflichtig
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "schulbesuch_kinder" erfüllt

  Regel: Nachhaltige Integration in der Gesamtschau (§ 25b Abs. 1 Satz 1)
    Eine frühere, beendete Täuschung ist kein zwingender Versagungsgrund, kann aber die Nachhaltigkeit der
    Integration entfallen lassen (BayVGH 19 CS 18.164; OVG Lüneburg 8 ME 39/21).
    Das entscheidet die Behörde im Einzelfall; die Vorprüfung kann hier nur „erfüllt“ oder „ungeklärt“ ergeben.

    Szenariogrundriss: Frühere Täuschung und besondere Umstände in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "nachhaltige_integration" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                         | ergebnis  |
        | 15.03.2017 | die Person hat nie über ihre Identität getäuscht                               | erfüllt   |
        | 15.03.2017 | die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet | ungeklärt |
        | 15.03.2021 | die Person hat nie über ihre Identität getäuscht                               | erfüllt   |
        | 15.03.2021 | die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet | ungeklärt |
        | 15.03.2025 | es liegen keine besonderen Umstände des Einzelfalls vor                        | erfüllt   |
        | 15.03.2025 | die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet | ungeklärt |
        | 15.03.2025 | es liegen besondere Umstände des Einzelfalls vor                               | ungeklärt |
        | 15.03.2025 | die Angabe "frühere Täuschung" ist unbekannt                                   | ungeklärt |
        | 15.03.2028 | die Person hat nie über ihre Identität getäuscht                               | erfüllt   |
        | 15.03.2028 | die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet | ungeklärt |

    Szenario: Frühere Täuschung – die Prüfung nennt den Grund und der Weg bleibt offen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet
      Wenn § 25b AufenthG geprüft wird
      Dann nennt die Voraussetzung "nachhaltige_integration" als Einzelfallgrund "Frühere Täuschung über Identität"
      Und der Weg ist ungeklärt

  Regel: Keine Verhinderung der Aufenthaltsbeendigung (§ 25b Abs. 2 Nr. 1, zwingend)
    Nur eine gegenwärtige Täuschung oder fehlende Mitwirkung schließt aus („verhindert oder verzögert“).

    Szenariogrundriss: Täuschung und Mitwirkung in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_verhinderung_aufenthaltsbeendigung" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                                             | ergebnis      |
        | 15.03.2017 | die Person täuscht nicht und erfüllt ihre Mitwirkungspflichten                                     | erfüllt       |
        | 15.03.2017 | die Person verhindert derzeit die Aufenthaltsbeendigung durch Täuschung über ihre Identität        | nicht erfüllt |
        | 15.03.2021 | die Person täuscht nicht und erfüllt ihre Mitwirkungspflichten                                     | erfüllt       |
        | 15.03.2021 | die Person erfüllt derzeit zumutbare Anforderungen an die Mitwirkung bei der Passbeschaffung nicht | nicht erfüllt |
        | 15.03.2025 | die Person täuscht nicht und erfüllt ihre Mitwirkungspflichten                                     | erfüllt       |
        | 15.03.2025 | die Person verhindert derzeit die Aufenthaltsbeendigung durch Täuschung über ihre Identität        | nicht erfüllt |
        | 15.03.2025 | die Person erfüllt derzeit zumutbare Anforderungen an die Mitwirkung bei der Passbeschaffung nicht | nicht erfüllt |
        | 15.03.2025 | die Angabe "aktuelle Täuschung" ist unbekannt                                                      | ungeklärt     |
        | 15.03.2025 | die Angabe "Mitwirkung" ist unbekannt                                                              | ungeklärt     |
        | 15.03.2025 | die Person hat früher über ihre Identität getäuscht, die Täuschung ist beendet                     | erfüllt       |
        | 15.03.2028 | die Person täuscht nicht und erfüllt ihre Mitwirkungspflichten                                     | erfüllt       |
        | 15.03.2028 | die Person verhindert derzeit die Aufenthaltsbeendigung durch Täuschung über ihre Identität        | nicht erfüllt |

    Szenario: Wer am Stichtag eine Duldung nach § 60b hat, dem hält die Behörde gerade Täuschung oder fehlende Mitwirkung vor
      # § 60b Abs. 1 AufenthG: die Duldung „für Personen mit ungeklärter Identität“ wird erteilt, weil der Ausländer
      # das Abschiebungshindernis durch eigene Täuschung oder falsche Angaben herbeiführt oder zumutbare Handlungen
      # zur Passbeschaffung nicht vornimmt – das sind die Gründe des § 25b Abs. 2 Nr. 1. Solange die Duldung so
      # ausgestellt ist (Nachholen nach § 60b Abs. 4), kann die Vorprüfung den Versagungsgrund nicht verneinen.
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person hat seit dem 01.09.2024 eine Duldung nach § 60b
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "keine_verhinderung_aufenthaltsbeendigung" ungeklärt

  Regel: Kein Ausweisungsinteresse nach § 54 Abs. 1 oder Abs. 2 Nr. 1 und 2 (§ 25b Abs. 2 Nr. 2, zwingend)
    § 54 Abs. 2 Nr. 1: Freiheitsstrafe von mindestens sechs Monaten wegen vorsätzlicher Straftat (auch auf Bewährung);
    § 54 Abs. 2 Nr. 2: Jugendstrafe von mindestens einem Jahr ohne Bewährung; § 54 Abs. 1: schwerwiegende Fälle.
    Ein Ausweisungsinteresse aus einer Verurteilung muss am Tag der Entscheidung noch aktuell sein; Rahmen sind die
    Verjährungsfristen der §§ 78 ff. StGB, Obergrenze die Tilgungsreife (§ 51 BZRG; BVerwG, Urteil vom 12.07.2018 –
    1 C 16.17, Leitsatz 2). Wann es vor der Tilgungsreife entfällt, legt kein Gesetz fest: eine Verurteilung über den
    Schwellen ist daher „ungeklärt“, eine tilgungsreife wird nicht mehr vorgehalten. Zwingend versagt wird nur bei
    einem sonstigen Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 bis 5, das die Akte nennt.

    Szenariogrundriss: Verurteilungen in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "kein_ausweisungsinteresse" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                                                              | ergebnis      |
        | 15.03.2017 | die Person ist nicht vorbestraft                                                                                    | erfüllt       |
        | 15.03.2017 | es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 bis 5                                                    | nicht erfüllt |
        | 15.03.2021 | es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 bis 5                                                    | nicht erfüllt |
        | 15.03.2017 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 6 Monaten verurteilt               | ungeklärt     |
        | 15.03.2021 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 5 Monaten verurteilt               | erfüllt       |
        | 15.03.2021 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 6 Monaten verurteilt               | ungeklärt     |
        | 15.03.2025 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 5 Monaten verurteilt               | erfüllt       |
        | 15.03.2025 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 6 Monaten verurteilt               | ungeklärt     |
        | 15.03.2025 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 6 Monaten auf Bewährung verurteilt | ungeklärt     |
        | 15.03.2025 | die Person wurde wegen einer fahrlässigen Straftat zu einer Freiheitsstrafe von 8 Monaten verurteilt                | erfüllt       |
        | 15.03.2025 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Jugendstrafe von 12 Monaten ohne Bewährung verurteilt  | ungeklärt     |
        | 15.03.2025 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Jugendstrafe von 12 Monaten mit Bewährung verurteilt   | ungeklärt     |
        | 15.03.2025 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 90 Tagessätzen verurteilt               | erfüllt       |
        | 15.03.2025 | es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 bis 5                                                    | nicht erfüllt |
        | 15.03.2025 | die Angabe "Verurteilungen" ist unbekannt                                                                           | ungeklärt     |
        | 15.03.2028 | die Person ist nicht vorbestraft                                                                                    | erfüllt       |
        | 15.03.2028 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 6 Monaten verurteilt               | ungeklärt     |

    Szenariogrundriss: Ob das Ausweisungsinteresse aus einer Verurteilung noch aktuell ist, entscheidet die Behörde; nach der Tilgungsreife besteht es nicht mehr
      # Freiheitsstrafe von acht Monaten auf Bewährung, erlassen: Tilgungsfrist höchstens 15 Jahre (§ 46 Abs. 1 BZRG);
      # am Stichtag 15.03.2025 ist ein Urteil von 2004 tilgungsreif, eines von 2024 nicht.
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 8 Monaten auf Bewährung verurteilt
      Und das erste Urteil dazu erging am <urteil>, die Strafe ist vollstreckt oder erlassen, keine Sexualstraftat
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "kein_ausweisungsinteresse" <ergebnis>

      Beispiele:
        | urteil     | ergebnis  |
        | 15.03.2004 | erfüllt   |
        | 15.03.2024 | ungeklärt |

    Szenario: Der Grund nennt die Aktualität des Ausweisungsinteresses
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 8 Monaten auf Bewährung verurteilt
      Und das erste Urteil dazu erging am 15.03.2024, die Strafe ist vollstreckt oder erlassen, keine Sexualstraftat
      Wenn § 25b AufenthG geprüft wird
      Dann nennt die Voraussetzung "kein_ausweisungsinteresse" als Einzelfallgrund "BVerwG, Urteil vom 12.07.2018 – 1 C 16.17"
      Und die Voraussetzung "kein_ausweisungsinteresse" nennt als Einzelfallgrund "offene Rechtsfrage bzrg-aktualitaet-ausweisungsinteresse"

  Regel: Kein Ausweisungsinteresse als allgemeine Regelvoraussetzung (§ 5 Abs. 1 Nr. 2, Abs. 3 Satz 2)
    Verurteilungen unterhalb der Schwellen des § 25b Abs. 2 Nr. 2 schließen nicht zwingend aus, können aber ein
    Ausweisungsinteresse begründen; die Behörde kann nach § 5 Abs. 3 Satz 2 absehen. Daher nie „nicht erfüllt“.

    Szenariogrundriss: Verurteilungen unterhalb der Schwellen in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "kein_ausweisungsinteresse_regel" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                                                                                | ergebnis  |
        | 15.03.2017 | die Person ist nicht vorbestraft                                                                      | erfüllt   |
        | 15.03.2017 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 40 Tagessätzen verurteilt | ungeklärt |
        | 15.03.2021 | die Person ist nicht vorbestraft                                                                      | erfüllt   |
        | 15.03.2021 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 5 Monaten verurteilt | ungeklärt |
        | 15.03.2025 | die Person ist nicht vorbestraft                                                                      | erfüllt   |
        | 15.03.2025 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 5 Monaten verurteilt | ungeklärt |
        | 15.03.2025 | die Angabe "Verurteilungen" ist unbekannt                                                             | ungeklärt |
        | 15.03.2028 | die Person ist nicht vorbestraft                                                                      | erfüllt   |
        | 15.03.2028 | die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 40 Tagessätzen verurteilt | ungeklärt |

    Szenario: Eine kleine Verurteilung nennt das Ermessen nach § 5 Abs. 3 Satz 2
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat zu einer Geldstrafe von 40 Tagessätzen verurteilt
      Wenn § 25b AufenthG geprüft wird
      Dann nennt die Voraussetzung "kein_ausweisungsinteresse_regel" als Einzelfallgrund "§ 5 Abs. 3 Satz 2"

  Regel: Identität und Staatsangehörigkeit geklärt (§ 5 Abs. 1 Nr. 1a, Abs. 3 Satz 2; ab 31.12.2022 § 25b Abs. 8)
    Regelvoraussetzung: ist die Identität nicht geklärt, kann die Behörde nach § 5 Abs. 3 Satz 2 davon absehen (ungeklärt).
    Für Inhaber einer Aufenthaltserlaubnis nach § 104c gilt Abs. 8: ohne geklärte Identität nur, wenn alle zumutbaren
    Maßnahmen ergriffen wurden („kann“), sonst in der Regel nicht.

    Szenariogrundriss: Identität in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "identitaet" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                     | ergebnis  |
        | 15.03.2017 | die Identität der Person ist geklärt       | erfüllt   |
        | 15.03.2017 | die Identität der Person ist nicht geklärt | ungeklärt |
        | 15.03.2021 | die Identität der Person ist geklärt       | erfüllt   |
        | 15.03.2021 | die Identität der Person ist nicht geklärt | ungeklärt |
        | 15.03.2025 | die Identität der Person ist geklärt       | erfüllt   |
        | 15.03.2025 | die Identität der Person ist nicht geklärt | ungeklärt |
        | 15.03.2025 | die Angabe "Identität" ist unbekannt       | ungeklärt |
        | 15.03.2028 | die Identität der Person ist geklärt       | erfüllt   |
        | 15.03.2028 | die Identität der Person ist nicht geklärt | ungeklärt |

    Szenariogrundriss: Inhaber einer Aufenthaltserlaubnis nach § 104c ohne geklärte Identität (Abs. 8)
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person hat seit dem 01.06.2024 eine Aufenthaltserlaubnis nach § 104c
      Und die Identität der Person ist nicht geklärt
      Und <massnahmen>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "identitaet" <ergebnis>

      Beispiele:
        | massnahmen                                                                     | ergebnis      |
        | die Person hat alle zumutbaren Maßnahmen zur Identitätsklärung ergriffen       | ungeklärt     |
        | die Person hat nicht alle zumutbaren Maßnahmen zur Identitätsklärung ergriffen | nicht erfüllt |

    Szenario: Ohne geklärte Identität nennt die Prüfung das Ermessen nach § 5 Abs. 3 Satz 2
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Identität der Person ist nicht geklärt
      Wenn § 25b AufenthG geprüft wird
      Dann nennt die Voraussetzung "identitaet" als Einzelfallgrund "§ 5 Abs. 3 Satz 2"

  Regel: Passpflicht (§ 5 Abs. 1 Nr. 4, Abs. 3 Satz 2)
    Regelvoraussetzung: ohne gültigen Pass kann die Behörde nach § 5 Abs. 3 Satz 2 absehen (ungeklärt), nie „nicht erfüllt“.

    Szenariogrundriss: Pass in jeder Fassung
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "pass" <ergebnis>

      Beispiele:
        | stichtag   | angabe                                           | ergebnis  |
        | 15.03.2017 | die Person hat einen Pass, gültig bis 31.12.2030 | erfüllt   |
        | 15.03.2017 | die Person hat keinen Pass                       | ungeklärt |
        | 15.03.2021 | die Person hat einen Pass, gültig bis 31.12.2030 | erfüllt   |
        | 15.03.2021 | die Person hat keinen Pass                       | ungeklärt |
        | 15.03.2025 | die Person hat einen Pass, gültig bis 15.03.2025 | erfüllt   |
        | 15.03.2025 | die Person hat einen Pass, gültig bis 14.03.2025 | ungeklärt |
        | 15.03.2025 | die Angabe "Pass" ist unbekannt                  | ungeklärt |
        | 15.03.2028 | die Person hat einen Pass, gültig bis 31.12.2030 | erfüllt   |
        | 15.03.2028 | die Person hat keinen Pass                       | ungeklärt |

  Regel: Ergebnis des Weges – erfüllt nur, wenn jede Voraussetzung erfüllt ist

    Szenario: Über eine leere Akte lässt sich nichts sagen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine Person, über die noch nichts bekannt ist
      Wenn § 25b AufenthG geprüft wird
      Dann ist der Weg ungeklärt
      Und die Prüfung nennt als offene Frage "Aktuellen Status erfragen"

    Szenariogrundriss: Eine nicht erfüllte Voraussetzung schließt den Weg aus, eine offene lässt ihn offen
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und <angabe>
      Wenn § 25b AufenthG geprüft wird
      Dann ist der Weg <ergebnis>

      Beispiele:
        | angabe                                                                                                | ergebnis      |
        | es besteht ein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 bis 5                                      | nicht erfüllt |
        | die Person hat mündliche Deutschkenntnisse auf Niveau A1                                              | nicht erfüllt |
        | die Angabe "Bekenntnis" ist unbekannt                                                                 | ungeklärt     |
        | die Person hat keinen Pass                                                                            | ungeklärt     |

    Szenario: Freiheitsstrafe von fünf Monaten – kein zwingender Ausschluss, aber ein Ausweisungsinteresse nach § 5 Abs. 1 Nr. 2
      # § 25b Abs. 2 Nr. 2 greift erst ab sechs Monaten. Eine vorsätzliche Straftat mit fünf Monaten Freiheitsstrafe
      # ist aber ein Ausweisungsinteresse (§ 54 Abs. 2 Nr. 9: nicht nur geringfügiger Rechtsverstoß). Kein
      # Ausweisungsinteresse ist eine Regelvoraussetzung (§ 5 Abs. 1 Nr. 2), die § 25b nicht abbedingt; die Behörde
      # kann nach § 5 Abs. 3 Satz 2 davon absehen. Der Weg ist damit offen, nicht erfüllt.
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person wurde wegen einer vorsätzlichen Straftat zu einer Freiheitsstrafe von 5 Monaten verurteilt
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "kein_ausweisungsinteresse" erfüllt
      Und der Weg ist ungeklärt
