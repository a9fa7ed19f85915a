"""Static coverage: every requirement of every version of every norm has scenarios on both sides.

What a requirement needs is read from its rule file (``nie_nicht_erfuellt`` / ``nie_erfuellt`` with the
reason turn that side into "ungeklärt"), the expected statuses from the feature files, the version from
each scenario's Stichtag (:mod:`kimrules.werkbank.szenarien`; the same report as ``kimrules regeln abdeckung``).
"""

from __future__ import annotations

from kimrules import load_rules
from kimrules.engine.outcome import Status
from kimrules.werkbank import szenarien


def test_jede_voraussetzung_jeder_fassung_ist_beidseitig_abgedeckt() -> None:
    regelwerk = load_rules()
    ab = szenarien.abdeckung(regelwerk)
    assert ab.vollstaendig, szenarien.abdeckung_text(regelwerk, ab, nur_luecken=True)


def test_die_abdeckung_richtet_sich_nach_der_regeldatei() -> None:
    """A requirement that says it can never be 'nicht erfüllt' needs 'ungeklärt' instead, and no scenario
    may expect the excluded status."""
    regelwerk = load_rules()
    for kennung, fassungen in regelwerk.versionen.items():
        for f in fassungen:
            for v in f.datei.voraussetzungen:
                noetig = {s for s, _ in szenarien.benoetigt(regelwerk, kennung, f.datei.gueltig_ab.isoformat(), v.id)}
                assert (Status.nicht_erfuellt.text in noetig) == (v.nie_nicht_erfuellt is None)
                assert (Status.erfuellt.text in noetig) == (v.nie_erfuellt is None)
                assert (Status.ungeklaert.text in noetig) == bool(v.nie_nicht_erfuellt or v.nie_erfuellt)


if __name__ == "__main__":  # pragma: no cover
    _rw = load_rules()
    print(szenarien.abdeckung_text(_rw, szenarien.abdeckung(_rw)))
