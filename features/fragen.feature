# language: de
Funktionalität: Nur die Fragen, deren Antwort ein Ergebnis ändern kann

  Eine unbekannte Angabe wird nur erfragt, wenn eine Antwort den Status einer Voraussetzung
  ändern kann und das den Status eines Weges ändern kann (ein Weg ist die Mindestbedingung
  aller seiner Voraussetzungen: ein verschlossener Weg bleibt verschlossen, was auch immer
  geantwortet wird). Jede Frage steht für die Person einmal, mit den Wegen, die sie öffnen kann.
  Fristen stehen nur, solange sie ein Ergebnis noch ändern können.

  Regel: Nach einem Familienangehörigen mit § 25b wird nur gefragt, wo es einen geben kann (§ 25b Abs. 4 AufenthG)

    Szenario: Eine volljährige ledige Person ohne Kinder wird nicht nach Ehegatten oder Eltern mit § 25b gefragt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2021 ununterbrochen geduldet
      Und ob ein Ehegatte, Lebenspartner oder Elternteil eine Aufenthaltserlaubnis nach § 25b erhält, ist nicht erfasst
      Wenn die Vorprüfung erstellt wird
      Dann wird nicht gefragt nach "Familienangehöriger eines Begünstigten nach § 25b Abs. 1"
      Und ist § 25b AufenthG nicht erfüllt

    Szenario: Bei einer verheirateten Person wird nach dem Ehegatten mit § 25b gefragt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2021 ununterbrochen geduldet
      Und die Person ist verheiratet
      Und ob ein Ehegatte, Lebenspartner oder Elternteil eine Aufenthaltserlaubnis nach § 25b erhält, ist nicht erfasst
      Wenn die Vorprüfung erstellt wird
      Dann wird gefragt nach "Familienangehöriger eines Begünstigten nach § 25b Abs. 1", für § 25b AufenthG

  Regel: Zu einem verschlossenen Weg wird nichts gefragt

    Szenario: Eine 35-jährige Person wird nicht nach ihrem Schulbesuch für § 25a gefragt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist am 01.01.1990 geboren
      Und der Schulbesuch der Person ist nicht erfasst
      Wenn die Vorprüfung erstellt wird
      Dann ist § 25a AufenthG nicht erfüllt
      Und wird nicht gefragt nach "Schulbesuch"

    Szenario: Eine 17-jährige Person wird nach ihrem Schulbesuch für § 25a gefragt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist am 01.06.2007 geboren
      Und die Person ist am 01.06.2014 nach Deutschland eingereist
      Und die Person ist seit dem 01.06.2015 ununterbrochen geduldet
      Und der Schulbesuch der Person ist nicht erfasst
      Wenn die Vorprüfung erstellt wird
      Dann wird gefragt nach "Schulbesuch", für § 25a AufenthG

  Regel: Jede Frage steht einmal, mit allen Wegen, die sie öffnen kann

    Szenario: Das fehlende Bekenntnis wird einmal erfragt, für § 104c und § 25b
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und ob die Person das Bekenntnis abgegeben hat, ist nicht erfasst
      Wenn die Vorprüfung erstellt wird
      Dann wird einmal gefragt nach "Bekenntnis zur freiheitlichen demokratischen Grundordnung abgegeben", für § 104c AufenthG und § 25b AufenthG

    Szenario: Eine Angabe, die die Akte enthält, wird nicht erfragt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Wenn die Vorprüfung erstellt wird
      Dann gibt es keine offenen Fragen

  Regel: Die Frist „Kind wird volljährig“ zählt nur, solange der Voraufenthalt des Regelfalls fehlt (§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG: sechs Jahre; bis 30.12.2022 acht Jahre)

    Szenario: Wer sechs Jahre Voraufenthalt hat, bekommt keine Frist für die Volljährigkeit des Kindes
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2017 ununterbrochen geduldet
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.06.2012
      Wenn die Fristen berechnet werden
      Dann gibt es keine Frist "kind_18_25b"

    Szenario: Wer sechs Jahre erreicht, bevor das Kind volljährig wird, bekommt keine Frist
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2020 ununterbrochen geduldet
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.06.2012
      Wenn die Fristen berechnet werden
      Dann gibt es keine Frist "kind_18_25b"

    Szenario: Bis 30.12.2022 genügten sechs Jahre nur mit Kind – wer sechs Jahre hat, bekommt die Frist, wenn das Kind vor den acht Jahren volljährig wird
      # § 25b Abs. 1 Satz 2 Nr. 1 AufenthG in der Fassung vom 27.07.2015 (BGBl. I S. 1386), bis 30.12.2022 unverändert:
      # acht Jahre, mit minderjährigem ledigem Kind sechs; am 01.06.2022 gilt noch dieser Wortlaut, die acht Jahre wären
      # erst am 15.03.2023 erreicht
      Angenommen der Stichtag ist der 15.03.2021
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2015 ununterbrochen geduldet
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.06.2004
      Wenn die Fristen berechnet werden
      Dann ist die Frist "kind_18_25b" am 01.06.2022
      Und sagt die Frist "kind_18_25b" im Hinweis "kürzere Frist von 6 Jahren"

    Szenario: Bis 30.12.2022: wer die acht Jahre erreicht, bevor das Kind volljährig wird, bekommt keine Frist
      # acht Jahre seit dem 15.03.2014 sind am 15.03.2022 erreicht, das Kind wird am 01.06.2022 volljährig
      Angenommen der Stichtag ist der 15.03.2021
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2014 ununterbrochen geduldet
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.06.2004
      Wenn die Fristen berechnet werden
      Dann gibt es keine Frist "kind_18_25b"

    Szenario: Wer nur mit Kind die Frist von vier Jahren erreicht, bekommt die Frist
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 15.03.2020 ununterbrochen geduldet
      Und im Haushalt lebt ein minderjähriges lediges Kind, geboren am 01.06.2007
      Wenn die Fristen berechnet werden
      Dann ist die Frist "kind_18_25b" am 01.06.2025

  Regel: „Frühestens ab“ gilt auch, wenn außer der Zeit ein benannter Schritt nötig ist (Passpflicht, § 3 Abs. 1, § 5 Abs. 1 Nr. 4 AufenthG)

    Szenario: Der Pass läuft ab, bevor die sechs Jahre erreicht sind
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 01.06.2019 ununterbrochen geduldet
      Und die Person hat einen Pass, gültig bis 31.12.2024
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg frühestens ab 01.06.2025 möglich
      Und gilt der Termin nur, wenn bis dahin der Pass verlängert ist

    Szenario: Ein Pass, der bis dahin gilt, braucht keinen Schritt
      Angenommen der Stichtag ist der 15.03.2024
      Und eine gut integrierte geduldete Person
      Und die Person ist seit dem 01.06.2019 ununterbrochen geduldet
      Und die Person hat einen Pass, gültig bis 31.12.2030
      Wenn der früheste Termin für § 25b AufenthG berechnet wird
      Dann ist der Weg frühestens ab 01.06.2025 möglich
      Und braucht der Termin keinen Schritt außer der Zeit
