# language: de
Funktionalität: Zeiträume vom Stichtag aus, ohne Daten von Hand zu rechnen

  Eine Frist ist am Stichtag erreicht, wenn der Zeitraum an dem Tag begann, der genau so viele Jahre
  davor liegt (§ 187 Abs. 2, § 188 Abs. 2 BGB); einen Tag später begonnen fehlt ein Tag. Die Sätze
  „seit genau … Jahren“ und „seit … Jahren weniger einen Tag“ rechnen das Datum vom Stichtag aus.

  Regel: Sechs Jahre ohne Kind nach § 25b Abs. 1 Satz 2 Nr. 1 AufenthG in der Fassung ab 31.12.2022

    Szenariogrundriss: Am <stichtag> mit Duldung <seit>
      Angenommen der Stichtag ist der <stichtag>
      Und eine gut integrierte geduldete Person
      Und die Person ist am Stichtag <seit> ununterbrochen geduldet
      Und im Haushalt lebt kein Kind
      Wenn § 25b AufenthG geprüft wird
      Dann wird die Fassung ab 31.12.2022 angewendet
      Und die Voraussetzung "voraufenthalt" ist <ergebnis>

      Beispiele:
        | stichtag   | seit                           | ergebnis      |
        | 15.03.2025 | seit genau 6 Jahren            | erfüllt       |
        | 15.03.2025 | seit 6 Jahren weniger einen Tag | nicht erfüllt |
        | 01.03.2026 | seit genau 6 Jahren            | erfüllt       |
        | 01.03.2026 | seit 6 Jahren weniger einen Tag | nicht erfüllt |
