# language: de
Funktionalität: Verwaltungspraxis eines Landes oder einer Behörde

  Wo das Gesetz einen Punkt der Verwaltungspraxis überlässt, entscheidet die gewählte Praxis
  (eigene, datierte Dateien mit Quelle). Ohne gewählte Praxis bleibt der Punkt ungeklärt, und die
  bekannten Praxen werden genannt. Beispiel: Ob ein Anteil über 50 % und unter 51 % des Bedarfs
  „überwiegend“ ist (§ 25b Abs. 1 Satz 2 Nr. 3 AufenthG), legt das Gesetz nicht fest; nach den
  Anwendungshinweisen des MKFFI NRW vom 25./26.03.2019 liegt das Mindesteinkommen bei 51 %.

  Regel: Die gewählte Praxis entscheidet ihre Punkte, und die Prüfquittung nennt sie

    Szenario: Ohne gewählte Praxis sind 50,5 % ungeklärt, die bekannte Praxis wird genannt
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und der Bedarf der Bedarfsgemeinschaft beträgt 1.000 € und das Erwerbseinkommen 505 €
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" ungeklärt
      Und nennt die Voraussetzung "lebensunterhalt" als Einzelfallgrund "Land Nordrhein-Westfalen"
      Und nennt die Prüfquittung keine Verwaltungspraxis

    Szenario: Nach der Praxis des Landes NRW genügen 50,5 % nicht
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und es gilt die Verwaltungspraxis "nrw"
      Und der Bedarf der Bedarfsgemeinschaft beträgt 1.000 € und das Erwerbseinkommen 505 €
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" nicht erfüllt
      Und nennt die Prüfquittung die Verwaltungspraxis "nrw"

    Szenario: Nach der Praxis des Landes NRW genügen 51 %
      Angenommen der Stichtag ist der 15.03.2025
      Und eine gut integrierte geduldete Person
      Und es gilt die Verwaltungspraxis "nrw"
      Und der Bedarf der Bedarfsgemeinschaft beträgt 1.000 € und das Erwerbseinkommen 510 €
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" erfüllt
      Und nennt die Prüfquittung die Verwaltungspraxis "nrw"

    Szenario: Vor ihrem Geltungsbeginn entscheidet die Praxis nichts
      Angenommen der Stichtag ist der 15.03.2017
      Und eine gut integrierte geduldete Person
      Und es gilt die Verwaltungspraxis "nrw"
      Und der Bedarf der Bedarfsgemeinschaft beträgt 1.000 € und das Erwerbseinkommen 505 €
      Wenn § 25b AufenthG geprüft wird
      Dann ist die Voraussetzung "lebensunterhalt" ungeklärt
      Und nennt die Prüfquittung keine Verwaltungspraxis
