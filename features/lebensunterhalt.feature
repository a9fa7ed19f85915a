# language: de
Funktionalität: Bedarf der Bedarfsgemeinschaft aus Regelbedarfen, Mehrbedarfen und Warmmiete (Lebensunterhalt)
  Nennt die Akte keinen Bedarf der Behörde oder des Jobcenters, berechnet kimrules den monatlichen Bedarf
  des Haushalts am Stichtag: Regelbedarfe (Stufe 1 alleinstehend oder alleinerziehend 563 €, Stufe 2 je
  Ehegatte 506 €, Stufe 3 weitere Erwachsene 451 €, Stufe 4 Kind 14–17 Jahre 471 €, Stufe 5 Kind 6–13 Jahre
  390 €, Stufe 6 Kind 0–5 Jahre 357 €; gültig seit 01.01.2024, 2025 und 2026 unverändert; 2023: 502, 451, 402,
  420, 348 und 318 €), Mehrbedarfe nach § 21 SGB II (Alleinerziehende 36 % der Stufe 1 mit einem Kind unter 7
  oder zwei oder drei Kindern unter 16, sonst 12 % je Kind, höchstens 60 %; Schwangerschaft nach der zwölften
  Schwangerschaftswoche 17 %) und die Warmmiete.
  Der Anteil des Erwerbseinkommens an diesem Bedarf entscheidet, ob der Lebensunterhalt „überwiegend“ durch
  Erwerbstätigkeit gesichert ist (§ 25b Abs. 1 Satz 2 Nr. 3 AufenthG): ab 51 % erfüllt (Verwaltungspraxis),
  über 50 % und unter 51 % Auslegung der Behörde (ungeklärt), bis 50 % nicht erfüllt. Die 51 % sind Landespraxis NRW
  (Anwendungshinweise des MKFFI NRW zu § 25b vom 25./26.03.2019), keine gesetzliche Grenze.
  Erwerbstätigenfreibetrag und Krankenversicherungsbeiträge sind nicht enthalten: die Quellen nennen keine Beträge.
  Belegt sind die Beträge bis 31.12.2026 (RBSFV 2026), vor 01.01.2023 sind keine hinterlegt: dann wird kein Bedarf berechnet.
  Alle Fälle beginnen mit einer gut integrierten geduldeten Person ohne Angabe des Bedarfs der Behörde.
  Quellen: Anlage zu § 28 SGB XII mit § 20 Abs. 1a SGB II; RBSFV 2024 (BGBl. 2023 I Nr. 287), 2025 (BGBl. 2024 I Nr. 312) und
  2026 (BGBl. 2025 I Nr. 243); § 21 Abs. 2 und 3 SGB II; § 25b Abs. 1 Satz 2 Nr. 3 AufenthG.

  Regel: Der Bedarf wird aus dem Haushalt berechnet und mit dem Erwerbseinkommen verglichen

    Szenariogrundriss: Alleinerziehende mit zwei Kindern (3 und 15 Jahre), Warmmiete 700 €, Erwerbseinkommen <einkommen> €
      # 563 + 357 + 471 + 36 % von 563 (202,68) + 700 = 2.293,68 €; 51 % davon sind 1.169,78 €, die Hälfte 1.146,84 €
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bedarf der Bedarfsgemeinschaft" ist unbekannt
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 10.05.2021
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.02.2010
      Und die Warmmiete beträgt 700 €
      Und niemand im Haushalt ist schwanger
      Und das Erwerbseinkommen beträgt <einkommen> €
      Wenn § 25b AufenthG geprüft wird
      Dann beträgt der Bedarf der Bedarfsgemeinschaft 2.293,68 €
      Und beträgt der Anteil des Erwerbseinkommens am Bedarf <anteil> %
      Und ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | einkommen | anteil | ergebnis      |
        | 1.200     | 52,3   | erfüllt       |
        | 1.170     | 51,0   | erfüllt       |
        | 1.160     | 50,6   | ungeklärt     |
        | 1.150     | 50,1   | ungeklärt     |
        | 1.140     | 49,7   | nicht erfüllt |

    Szenario: Die Erklärung der Prüfung zeigt die Berechnung
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bedarf der Bedarfsgemeinschaft" ist unbekannt
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 10.05.2021
      Und die Warmmiete beträgt 700 €
      Und niemand im Haushalt ist schwanger
      Und das Erwerbseinkommen beträgt 1.200 €
      Wenn § 25b AufenthG geprüft wird
      Dann nennt die Erklärung der Voraussetzung "lebensunterhalt" "Regelbedarfsstufe 6 (Kind, 3 Jahre): 357,00 €"
      Und nennt die Erklärung der Voraussetzung "lebensunterhalt" "Mehrbedarf für Alleinerziehende (§ 21 Abs. 3 SGB II, 36 % von 563,00 €): 202,68 €"

    Szenariogrundriss: Ehepaar mit einem Kind von 8 Jahren, Warmmiete 800 €, Erwerbseinkommen <einkommen> €
      # 2 × 506 + 390 + 800 = 2.202 €; kein Mehrbedarf für Alleinerziehende; genau die Hälfte ist nicht „überwiegend“
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bedarf der Bedarfsgemeinschaft" ist unbekannt
      Und die Person lebt mit ihrem Ehegatten zusammen
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.01.2017
      Und die Warmmiete beträgt 800 €
      Und niemand im Haushalt ist schwanger
      Und das Erwerbseinkommen beträgt <einkommen> €
      Wenn § 25b AufenthG geprüft wird
      Dann beträgt der Bedarf der Bedarfsgemeinschaft 2.202 €
      Und beträgt der Anteil des Erwerbseinkommens am Bedarf <anteil> %
      Und ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | einkommen | anteil | ergebnis      |
        | 1.130     | 51,3   | erfüllt       |
        | 1.101     | 50,0   | nicht erfüllt |

    Szenariogrundriss: Alleinstehend, Warmmiete 450 €, Erwerbseinkommen 560 €: <schwanger>
      # nicht schwanger: 563 + 450 = 1.013 €; schwanger: zusätzlich 17 % von 563 (95,71) = 1.108,71 €
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bedarf der Bedarfsgemeinschaft" ist unbekannt
      Und die Warmmiete beträgt 450 €
      Und <schwanger>
      Und das Erwerbseinkommen beträgt 560 €
      Wenn § 25b AufenthG geprüft wird
      Dann beträgt der Bedarf der Bedarfsgemeinschaft <bedarf> €
      Und beträgt der Anteil des Erwerbseinkommens am Bedarf <anteil> %
      Und ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | schwanger                                                | bedarf   | anteil | ergebnis  |
        | niemand im Haushalt ist schwanger                        | 1.013    | 55,3   | erfüllt   |
        | die Person ist nach der 12. Schwangerschaftswoche schwanger | 1.108,71 | 50,5   | ungeklärt |

  Regel: Die Regelbedarfsstufe und der Mehrbedarf richten sich nach dem Alter der Kinder am Stichtag

    Szenariogrundriss: Am 14. Geburtstag des Kindes steigt der Bedarf (Stichtag <stichtag>)
      # Kind geboren 15.03.2011; 563 + 390 bzw. 471 + 12 % von 563 (67,56) + 600; Erwerbseinkommen 840 €
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bedarf der Bedarfsgemeinschaft" ist unbekannt
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 15.03.2011
      Und die Warmmiete beträgt 600 €
      Und niemand im Haushalt ist schwanger
      Und das Erwerbseinkommen beträgt 840 €
      Wenn § 25b AufenthG geprüft wird
      Dann beträgt der Bedarf der Bedarfsgemeinschaft <bedarf> €
      Und beträgt der Anteil des Erwerbseinkommens am Bedarf <anteil> %
      Und ist die Voraussetzung "lebensunterhalt" <ergebnis>

      Beispiele:
        | stichtag   | bedarf   | anteil | ergebnis      |
        | 14.03.2025 | 1.620,56 | 51,8   | erfüllt       |
        | 15.03.2025 | 1.701,56 | 49,4   | nicht erfüllt |

  Regel: Nur belegte Regelbedarfe werden verwendet – die des Jahres des Stichtags, belegt für 2023 bis 2026

    Szenariogrundriss: Am <stichtag> werden die Regelbedarfe des Jahres verwendet
      # 2023: das ältere Kind ist 12 oder 13 Jahre (Stufe 5): 502 + 318 + 348 + 36 % von 502 (180,72) + 700 = 2.048,72 €
      # am 01.01.2024 ist das ältere Kind 13 Jahre (Stufe 5): 563 + 357 + 390 + 202,68 + 700 = 2.212,68 €
      # ab 01.02.2024 ist es 14 Jahre (Stufe 4): 563 + 357 + 471 + 202,68 + 700 = 2.293,68 €; 2025 und 2026 unverändert
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bedarf der Bedarfsgemeinschaft" ist unbekannt
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 10.05.2021
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.02.2010
      Und die Warmmiete beträgt 700 €
      Und niemand im Haushalt ist schwanger
      Und das Erwerbseinkommen beträgt 1.200 €
      Wenn § 25b AufenthG geprüft wird
      Dann beträgt der Bedarf der Bedarfsgemeinschaft <bedarf> €
      Und beträgt der Anteil des Erwerbseinkommens am Bedarf <anteil> %
      Und ist die Voraussetzung "lebensunterhalt" erfüllt

      Beispiele:
        | stichtag   | bedarf   | anteil |
        | 01.01.2023 | 2.048,72 | 58,6   |
        | 31.12.2023 | 2.048,72 | 58,6   |
        | 01.01.2024 | 2.212,68 | 54,2   |
        | 31.12.2025 | 2.293,68 | 52,3   |
        | 01.01.2026 | 2.293,68 | 52,3   |
        | 31.12.2026 | 2.293,68 | 52,3   |

    Szenariogrundriss: Am <stichtag> ist kein belegter Regelbedarf hinterlegt: der Bedarf der Behörde ist zu erfragen
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bedarf der Bedarfsgemeinschaft" ist unbekannt
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 10.05.2021
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.02.2010
      Und die Warmmiete beträgt 700 €
      Und niemand im Haushalt ist schwanger
      Und das Erwerbseinkommen beträgt 1.200 €
      Wenn § 25b AufenthG geprüft wird
      Dann wird kein Bedarf berechnet
      Und nennt die Herleitung des Bedarfs "<grund>"
      Und ist die Voraussetzung "lebensunterhalt" ungeklärt
      Und die Prüfung nennt als offene Frage "Bedarf der Bedarfsgemeinschaft"

      Beispiele:
        | stichtag   | grund                          |
        | 31.12.2022 | keine Regelbedarfe hinterlegt  |
        | 01.01.2027 | nicht belegt                   |
        | 15.11.2027 | Mit den zuletzt belegten Beträgen ergäbe sich |

  Regel: Der Bedarf, den die Behörde oder das Jobcenter berechnet hat, geht vor; fehlende Angaben werden erfragt

    Szenario: Der Bedarf laut Akte geht der Berechnung vor
      # berechnet wären es 2.293,68 € (Anteil 52,3 %); die Akte nennt 3.000 €: 1.200 / 3.000 = 40 %
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 10.05.2021
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.02.2010
      Und die Warmmiete beträgt 700 €
      Und niemand im Haushalt ist schwanger
      Und der Bedarf der Bedarfsgemeinschaft beträgt 3.000 € und das Erwerbseinkommen 1.200 €
      Wenn § 25b AufenthG geprüft wird
      Dann beträgt der Bedarf der Bedarfsgemeinschaft 3.000 €
      Und beträgt der Anteil des Erwerbseinkommens am Bedarf 40,0 %
      Und nennt die Herleitung des Bedarfs "Bedarf laut Akte"
      Und ist die Voraussetzung "lebensunterhalt" nicht erfüllt

    Szenariogrundriss: Ohne <angabe> wird kein Bedarf berechnet
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Angabe "Bedarf der Bedarfsgemeinschaft" ist unbekannt
      Und die Warmmiete beträgt 450 €
      Und niemand im Haushalt ist schwanger
      Und das Erwerbseinkommen beträgt 900 €
      Und <unbekannt>
      Wenn § 25b AufenthG geprüft wird
      Dann wird kein Bedarf berechnet
      Und nennt die Herleitung des Bedarfs "<frage>"
      Und ist die Voraussetzung "lebensunterhalt" ungeklärt

      Beispiele:
        | angabe                   | unbekannt                                        | frage                     |
        | Angabe zur Schwangerschaft | ob jemand im Haushalt schwanger ist, ist unbekannt | Schwangerschaftswoche     |
        | Angabe zu den Kindern    | die Angabe "Kinder" ist unbekannt                | Kinder im Haushalt        |
        | Geburtsdatum             | die Angabe "Geburtsdatum" ist unbekannt          | Geburtsdatum der Person   |
