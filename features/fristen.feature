# language: de
Funktionalität: Fristen und frühester Termin eines Wegs
  Case Manager verlieren Menschen an Daten, nicht am Recht. kimrules nennt jede Frist einer Person
  mit Datum, Fundstelle und wer handeln muss, und für jeden Weg den Tag, ab dem alles erfüllt ist,
  was der Zeitablauf erfüllen kann („frühestens ab“).
  Gerechnet wird nach §§ 187, 188 BGB: Monate sind Kalendermonate, nie 30 Tage; fehlt der
  entsprechende Tag im letzten Monat, endet die Frist mit dessen letztem Tag;
  ein Lebensjahr ist am Ende des Tages vor dem Geburtstag vollendet.
  Quellen: § 104c Abs. 3 Satz 3, § 81 Abs. 4 Satz 1, § 25a Abs. 1 Satz 1 Nr. 3, § 25b Abs. 1 Satz 2 Nr. 1 AufenthG;
  § 10 Abs. 1 Satz 2 StAG; §§ 187, 188 BGB; Vorlauf für den Antrag: Praxis der Ausländerbehörde Berlin (4 bis 6 Wochen).

  Regel: Die Aufenthaltserlaubnis nach § 104c gilt genau 18 Monate ab Erteilung (§ 104c Abs. 3 Satz 3)
    Der Antrag auf § 25a oder § 25b muss gestellt sein, solange sie gilt, sonst gilt sie nicht fort
    (§ 81 Abs. 4 Satz 1). Empfohlen wird der Antrag 6 Wochen vor dem Ende
    (die Ausländerbehörde Berlin verlangt 4 bis 6 Wochen; Praxis einer Behörde).

    Szenariogrundriss: Ende und empfohlener Antragstag nach Erteilung am <erteilt>
      Angenommen der Stichtag ist der 01.03.2024
      Und die Person ist seit dem 01.01.2015 ununterbrochen geduldet
      Und die Person hat seit dem <erteilt> eine Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann ist die Frist "ende_104c" am <ende>
      Und ist die Frist "folgeantrag_empfohlen" am <empfohlen>
      Und nennt die Frist "ende_104c" die Fundstelle "§ 104c Abs. 3 Satz 3 AufenthG"

      Beispiele:
        | erteilt    | ende       | empfohlen  |
        | 07.09.2023 | 06.03.2025 | 23.01.2025 |
        | 31.12.2022 | 30.06.2024 | 19.05.2024 |
        | 31.08.2023 | 28.02.2025 | 17.01.2025 |
        | 30.08.2023 | 28.02.2025 | 17.01.2025 |
        | 29.02.2024 | 28.08.2025 | 17.07.2025 |
        | 01.03.2023 | 31.08.2024 | 20.07.2024 |

    Beispiel: Eine andere Vorlaufzeit verschiebt nur die Empfehlung
      Angenommen der Stichtag ist der 01.03.2024
      Und die Person hat seit dem 07.09.2023 eine Aufenthaltserlaubnis nach § 104c
      Und die Vorlaufzeit für den Folgeantrag beträgt 4 Wochen
      Wenn die Fristen berechnet werden
      Dann ist die Frist "folgeantrag_empfohlen" am 06.02.2025
      Und ist die Frist "ende_104c" am 06.03.2025

    Beispiel: Das Ende fällt auf einen Sonntag – die Erlaubnis endet trotzdem an diesem Tag
      Angenommen der Stichtag ist der 01.03.2024
      Und die Person hat seit dem 09.03.2023 eine Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann ist die Frist "ende_104c" am 08.09.2024
      Und sagt die Frist "ende_104c" im Hinweis "Sonntag"

    Beispiel: Ist der Antrag auf § 25b rechtzeitig gestellt, bleibt nur der 30.06.2027
      Angenommen der Stichtag ist der 01.03.2025
      Und die Person hat seit dem 07.09.2023 eine Aufenthaltserlaubnis nach § 104c
      Und die Person hat am 10.01.2025 die Aufenthaltserlaubnis nach § 25b beantragt
      Wenn die Fristen berechnet werden
      Dann gibt es keine Frist "folgeantrag_empfohlen"
      Und gibt es keine Frist "ende_104c"
      Und ist die Frist "ende_104c_erleichterungen" am 30.06.2027

    Beispiel: Ist der Antrag nicht gestellt, ist die Empfehlung überfällig, das Ende steht bevor
      Angenommen der Stichtag ist der 01.02.2025
      Und die Person hat seit dem 07.09.2023 eine Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann ist die Frist "folgeantrag_empfohlen" am 23.01.2025
      Und ist die Frist "ende_104c" am 06.03.2025
      Und sind die Fristen nach Datum geordnet

    Beispiel: Mit Fiktionsbescheinigung nach dem Ende gilt die Erlaubnis fort
      Angenommen der Stichtag ist der 01.06.2025
      Und die Person hatte vom 07.09.2023 bis 06.03.2025 eine Aufenthaltserlaubnis nach § 104c
      Und die Person hat seit dem 07.03.2025 eine Fiktionsbescheinigung zur Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann gibt es keine Frist "ende_104c"
      Und ist die Frist "ende_104c_erleichterungen" am 30.06.2027

  Regel: Das Chancen-Aufenthaltsrecht kann bis zum 30.12.2025 beantragt werden (Art. 5 Nr. 4 des Gesetzes vom 21.12.2022, BGBl. I S. 2847)
    Ab dem 31.12.2025 gilt nur noch die Übergangsregelung ohne Neuerteilung. Wer die Erlaubnis nicht hat und noch
    nicht beantragt hat, hat bis dahin Zeit; danach gibt es diese Frist nicht mehr.

    Szenariogrundriss: Letzter Antragstag am Stichtag <stichtag>
      Angenommen der Stichtag ist der <stichtag>
      Und die Person ist seit dem 01.01.2015 ununterbrochen geduldet
      Wenn die Fristen berechnet werden
      Dann <frist>

      Beispiele:
        | stichtag   | frist                                                 |
        | 30.12.2022 | gibt es keine Frist "antrag_104c_letzter_tag"         |
        | 31.12.2022 | ist die Frist "antrag_104c_letzter_tag" am 30.12.2025 |
        | 01.12.2025 | ist die Frist "antrag_104c_letzter_tag" am 30.12.2025 |
        | 30.12.2025 | ist die Frist "antrag_104c_letzter_tag" am 30.12.2025 |
        | 31.12.2025 | gibt es keine Frist "antrag_104c_letzter_tag"         |

    Szenariogrundriss: Wer rechtzeitig beantragt hat, bekommt die Frist nicht mehr genannt
      Angenommen der Stichtag ist der 01.12.2025
      Und die Person ist seit dem 01.01.2015 ununterbrochen geduldet
      Und die Person hat am <antrag> das Chancen-Aufenthaltsrecht beantragt
      Wenn die Fristen berechnet werden
      Dann <frist>

      Beispiele:
        | antrag     | frist                                                 |
        | 15.11.2025 | gibt es keine Frist "antrag_104c_letzter_tag"         |
        | 30.12.2025 | gibt es keine Frist "antrag_104c_letzter_tag"         |
        | 31.12.2025 | ist die Frist "antrag_104c_letzter_tag" am 30.12.2025 |

    Szenario: Wer die Erlaubnis schon hat, bekommt die Frist nicht genannt
      Angenommen der Stichtag ist der 01.12.2025
      Und die Person hat seit dem 01.09.2025 eine Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann gibt es keine Frist "antrag_104c_letzter_tag"

  Regel: Die Erleichterungen für Inhaber nach § 104c in § 25a und § 25b enden mit dem 30.06.2027

    Beispiel: Letzter Tag für Anträge mit den § 104c-Erleichterungen
      Angenommen der Stichtag ist der 01.03.2026
      Und die Person hat seit dem 15.12.2025 eine Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann ist die Frist "ende_104c_erleichterungen" am 30.06.2027
      Und nennt die Frist "ende_104c_erleichterungen" die Fundstelle "§ 25b Abs. 7, 8"
      Und ist die Frist "ende_104c" am 14.06.2027

    Beispiel: Wer geduldet ist, hat diese Frist nicht
      Angenommen der Stichtag ist der 01.03.2026
      Und die Person ist seit dem 01.01.2020 ununterbrochen geduldet
      Wenn die Fristen berechnet werden
      Dann gibt es keine Frist "ende_104c_erleichterungen"
      Und gibt es keine Frist "ende_104c"

  Regel: Was sich nicht berechnen lässt, wird mit Grund genannt; die übrigen Fristen werden trotzdem berechnet

    Beispiel: Erteilung nach dem Stichtag
      Angenommen der Stichtag ist der 01.04.2025
      Und die Person ist am 10.05.2000 geboren
      Und die Person hat seit dem 01.05.2025 eine Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann ist die Frist "ende_104c" nicht berechenbar, weil "nach dem Stichtag"
      Und ist die Frist "alter_27_25a" am 09.05.2027
      Und sind die Fristen nach Datum geordnet

    Beispiel: Erteilung vor dem Inkrafttreten des § 104c am 31.12.2022
      Angenommen der Stichtag ist der 01.04.2025
      Und die Person hat seit dem 15.06.2022 eine Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann ist die Frist "ende_104c" nicht berechenbar, weil "vor dem Inkrafttreten"

    Beispiel: Nur die Fiktionsbescheinigung ist erfasst, nicht die Erlaubnis nach § 104c
      Angenommen der Stichtag ist der 01.06.2025
      Und die Person hat seit dem 07.03.2025 eine Fiktionsbescheinigung zur Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann ist die Frist "ende_104c" nicht berechenbar, weil "Erteilungsdatum"
      Und ist die Frist "ende_104c_erleichterungen" am 30.06.2027

    Beispiel: Geburtsdatum fehlt
      Angenommen der Stichtag ist der 01.03.2024
      Und die Person hat seit dem 07.09.2023 eine Aufenthaltserlaubnis nach § 104c
      Wenn die Fristen berechnet werden
      Dann ist die Frist "alter_27_25a" nicht berechenbar, weil "Geburtsdatum fehlt"
      Und ist die Frist "ende_104c" am 06.03.2025

  Regel: Antrag nach § 25a spätestens am Tag vor dem 27. Geburtstag (§ 25a Abs. 1 Satz 1 Nr. 3)

    Szenariogrundriss: Geboren am <geboren>
      Angenommen der Stichtag ist der 01.01.2026
      Und die Person ist am <geboren> geboren
      Wenn die Fristen berechnet werden
      Dann ist die Frist "alter_27_25a" am <letzter_tag>

      Beispiele:
        | geboren    | letzter_tag |
        | 10.05.2000 | 09.05.2027  |
        | 01.01.2000 | 31.12.2026  |
        | 29.02.2000 | 28.02.2027  |
        | 01.03.2000 | 28.02.2027  |

    Beispiel: Wer schon 27 ist, hat diese Frist nicht mehr
      Angenommen der Stichtag ist der 01.01.2026
      Und die Person ist am 01.01.1999 geboren
      Wenn die Fristen berechnet werden
      Dann gibt es keine Frist "alter_27_25a"

    Beispiel: Vor dem 31.12.2022 galt die Grenze 21
      Angenommen der Stichtag ist der 01.01.2021
      Und die Person ist am 10.05.2001 geboren
      Wenn die Fristen berechnet werden
      Dann ist die Frist "alter_27_25a" am 09.05.2022

  Regel: Maßgeblich ist die Altersgrenze der Fassung, die am letzten Tag gilt (§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG)
    Bis 30.12.2022 muss der Antrag vor Vollendung des 21. Lebensjahres gestellt sein, seit dem 31.12.2022
    (Gesetz zur Einführung eines Chancen-Aufenthaltsrechts vom 21.12.2022, BGBl. I S. 2847) vor Vollendung
    des 27. Lebensjahres. Das Lebensjahr ist mit dem Ablauf des Tages vor dem Geburtstag vollendet
    (§ 187 Abs. 2 Satz 2, § 188 Abs. 2 BGB). Fällt der Tag vor dem 21. Geburtstag noch in die alte Fassung,
    ist er die Frist; fällt er auf den 31.12.2022 oder später, gilt schon die Grenze 27.

    Szenariogrundriss: Stichtag <stichtag>, geboren am <geboren>
      Angenommen der Stichtag ist der <stichtag>
      Und die Person ist am <geboren> geboren
      Wenn die Fristen berechnet werden
      Dann ist die Frist "alter_27_25a" am <letzter_tag>
      Und trägt die Frist "alter_27_25a" den Titel "Letzter Tag für einen Antrag nach § 25a (vor dem <grenze>. Geburtstag)"
      Und sagt die Frist "alter_27_25a" im Hinweis "vor Vollendung des <grenze>. Lebensjahres"

      Beispiele:
        | stichtag   | geboren    | letzter_tag | grenze |
        | 01.12.2022 | 31.12.2001 | 30.12.2022  | 21     |
        | 30.12.2022 | 31.12.2001 | 30.12.2022  | 21     |
        | 30.12.2022 | 01.01.2002 | 31.12.2028  | 27     |
        | 01.12.2022 | 01.01.2002 | 31.12.2028  | 27     |
        | 31.12.2022 | 31.12.2001 | 30.12.2028  | 27     |
        | 31.12.2022 | 01.01.2002 | 31.12.2028  | 27     |

    Beispiel: Unter der Grenze 21 weist die Frist auf die neue Grenze hin
      Angenommen der Stichtag ist der 30.12.2022
      Und die Person ist am 31.12.2001 geboren
      Wenn die Fristen berechnet werden
      Dann sagt die Frist "alter_27_25a" im Hinweis "Ab 31.12.2022 gilt die Grenze 27."

    Beispiel: Ohne Geburtsdatum nennt die Frist die Grenze, die am Stichtag gilt
      Angenommen der Stichtag ist der 30.12.2022
      Und die Person ist seit dem 01.01.2015 geduldet
      Wenn die Fristen berechnet werden
      Dann ist die Frist "alter_27_25a" nicht berechenbar, weil "vor dem 21. Geburtstag"
      Und trägt die Frist "alter_27_25a" den Titel "Letzter Tag für einen Antrag nach § 25a (vor dem 21. Geburtstag)"

  Regel: Altersgrenzen 14 (§ 25a, bei der Entscheidung) und 16 (§ 10 StAG)

    Beispiel: Geboren am 29.02.2012
      Angenommen der Stichtag ist der 01.01.2025
      Und die Person ist am 29.02.2012 geboren
      Wenn die Fristen berechnet werden
      Dann ist die Frist "alter_14_25a" am 01.03.2026
      Und ist die Frist "alter_16_stag" am 29.02.2028
      Und nennt die Frist "alter_16_stag" die Fundstelle "§ 10 Abs. 1 Satz 2"

  Regel: Die kürzere Frist des § 25b (vier Jahre; bis 30.12.2022 sechs Jahre) gilt nur mit minderjährigem ledigem Kind

    Beispiel: Das Kind wird am 31.03.2027 volljährig
      Angenommen der Stichtag ist der 01.01.2026
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 31.03.2009
      Wenn die Fristen berechnet werden
      Dann ist die Frist "kind_18_25b" am 31.03.2027
      Und sagt die Frist "kind_18_25b" im Hinweis "offene Rechtsfrage kind-minderjaehrig-zeitpunkt"

    Beispiel: Ein Kind, das nicht im Haushalt lebt, zählt nicht
      Angenommen der Stichtag ist der 01.01.2026
      Und ein lediges Kind, geboren am 31.03.2009, lebt nicht im Haushalt
      Wenn die Fristen berechnet werden
      Dann gibt es keine Frist "kind_18_25b"

  Regel: Ablauf der aktuellen Duldung und geplante Angaben werden nachgehalten

    Beispiel: Die Duldung läuft ab
      Angenommen der Stichtag ist der 01.01.2026
      Und die Person ist seit dem 01.01.2020 ununterbrochen geduldet
      Und die aktuelle Bescheinigung ist gültig bis 30.04.2026
      Wenn die Fristen berechnet werden
      Dann ist die Frist "ablauf_status" am 30.04.2026

    Beispiel: Ein Sprachzertifikat wird erwartet
      Angenommen der Stichtag ist der 01.01.2026
      Und ein Sprachzertifikat A2 (mündlich und schriftlich) wird am 15.05.2026 erwartet
      Wenn die Fristen berechnet werden
      Dann ist die Frist "geplant" am 15.05.2026

  Regel: Frühestens ab – der erste Tag, an dem alles erfüllt ist, was der Zeitablauf erfüllen kann (§§ 187, 188 BGB; Recht am Tag der Entscheidung)
    Geprüft wird mit der Fassung, die an jenem Tag gilt (Rechtslage bei der Entscheidung). Der
    aktuelle Status gilt als fortbestehend; geplante Angaben zählen ab ihrem Datum (Was-wäre-wenn).

    Beispiel: Sechs Jahre Duldung sind am 15.09.2027 erreicht – dann gilt schon die Fassung ab 01.07.2027
      Angenommen der Stichtag ist der 22.11.2026
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.09.2021 ununterbrochen geduldet
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg frühestens ab 15.09.2027 möglich
      Und gilt an diesem Tag die Fassung ab 01.07.2027
      Und erfüllt der Zeitablauf die Voraussetzung "voraufenthalt"

    Beispiel: Die Fassung ab 31.12.2022 verkürzt acht auf sechs Jahre
      Angenommen der Stichtag ist der 01.06.2022
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 01.03.2016 ununterbrochen geduldet
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg frühestens ab 31.12.2022 möglich
      Und gilt an diesem Tag die Fassung ab 31.12.2022

    Beispiel: Beginn am 29.02. – sechs Jahre enden mit dem 28.02.2026
      Angenommen der Stichtag ist der 01.01.2026
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 29.02.2020 ununterbrochen geduldet
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg frühestens ab 01.03.2026 möglich

    Beispiel: Vier Jahre mit minderjährigem Kind, Beginn am Schalttag
      Angenommen der Stichtag ist der 01.01.2026
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 29.02.2024 ununterbrochen geduldet
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.06.2015
      Und das Kind ist schulpflichtig und besucht nachweislich die Schule
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg frühestens ab 29.02.2028 möglich
      Und gilt an diesem Tag die Fassung ab 01.07.2027

    Beispiel: Sechs Jahre ab dem 31.08.
      Angenommen der Stichtag ist der 01.01.2026
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 31.08.2020 ununterbrochen geduldet
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg frühestens ab 31.08.2026 möglich

    Beispiel: Schon am Stichtag möglich
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg schon am Stichtag möglich

    Beispiel: Fehlende Deutschkenntnisse erledigen sich nicht durch Zeit
      Angenommen der Stichtag ist der 22.11.2026
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.09.2021 ununterbrochen geduldet
      Und die Person hat keine nachgewiesenen Deutschkenntnisse
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist ab 15.09.2027 alles erfüllt, was der Zeitablauf erfüllen kann
      Und erfüllt der Zeitablauf die Voraussetzung "voraufenthalt"
      Und bleibt die Voraussetzung "deutsch_a2" offen, auch wenn Zeit vergeht

    Beispiel: Was wäre, wenn das A2-Zertifikat am 10.02.2028 kommt
      Angenommen der Stichtag ist der 22.11.2026
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.09.2021 ununterbrochen geduldet
      Und die Person hat keine nachgewiesenen Deutschkenntnisse
      Und ein Sprachzertifikat A2 (mündlich und schriftlich) wird am 10.02.2028 erwartet
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg frühestens ab 10.02.2028 möglich
      Und erfüllt der Zeitablauf die Voraussetzung "deutsch_a2"

    Beispiel: Was wäre, wenn der beantragte Pass am 01.06.2027 kommt
      Angenommen der Stichtag ist der 22.11.2026
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.09.2021 ununterbrochen geduldet
      Und die Person hat keinen Pass
      Und ein Pass wurde am 01.10.2026 beantragt und wird am 01.06.2027 erwartet, gültig bis 31.05.2037
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg frühestens ab 15.09.2027 möglich

    Beispiel: § 25a – das Mindestalter 14 ist am 20.06.2025 erreicht
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte junge geduldete Person
      Und die Person ist am 20.06.2011 geboren
      Wenn der früheste Termin für § 25a AufenthG berechnet wird
      Dann ist der Weg frühestens ab 20.06.2025 möglich
      Und erfüllt der Zeitablauf die Voraussetzung "mindestalter_14"

    Beispiel: § 10 StAG – fünf Jahre rechtmäßiger Aufenthalt nach einer Duldung, mit der Fassung dieses Tages
      Angenommen der Stichtag ist der 01.06.2025
      Und eine einbürgerungswillige Person mit Niederlassungserlaubnis
      Und die Person hatte vom 01.01.2008 bis 31.08.2021 eine Duldung
      Und die Person hatte vom 01.09.2021 bis 31.12.2024 eine Aufenthaltserlaubnis nach § 25b
      Wenn der früheste Termin für § 10 StAG berechnet wird
      Dann ist der Weg frühestens ab 01.09.2026 möglich
      Und gilt an diesem Tag die Fassung ab 25.12.2025
      Und erfüllt der Zeitablauf die Voraussetzung "aufenthaltsdauer"
