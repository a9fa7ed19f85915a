"""Tilgung and Verwertungsverbot of convictions in the Bundeszentralregister (pure, no clock).

A conviction that is getilgt or zu tilgen may no longer be held against the person (§ 51 Abs. 1
BZRG); for the four pathways this means it is left out before any threshold is applied
(§ 104c Abs. 1 Satz 1 Nr. 2, § 25a Abs. 3, § 25b Abs. 2 Nr. 2 with § 54 AufenthG – BVerwG,
Urteil vom 12.07.2018 – 1 C 16.17, Leitsatz 2 –, § 10 Abs. 1 Satz 1 Nr. 5 with § 12a StAG).

* Tilgungsfrist per entry: § 46 Abs. 1 BZRG, lengthened by the length of the sentence where
  § 46 Abs. 3 says so; it begins on the day of the first judgment (§ 47 Abs. 1 with § 36 Satz 1).
* It does not run out while the sentence is not enforced or not remitted (§ 47 Abs. 2).
* With several entries none is tilgungsreif before all are (§ 47 Abs. 3 Satz 1), so the register
  is judged as a whole: every usable conviction stays usable while one entry is not yet due.
* Whether the day of the judgment counts is not stated, so a Stichtag from the first possible day
  of Tilgungsreife until a month later is open; so is every case where a missing detail would change the answer
  (offene Rechtsfrage bzrg-tilgung-einzelheiten).
* A Jugendstrafe whose Strafmakel was declared removed is not reported to the authorities
  (§ 41 Abs. 2 BZRG) but may be used if they know it lawfully from their own files (BVerwG,
  Urteil vom 05.06.2014 – 10 C 4.14): as long as it is not tilgungsreif it is *unsicher*.
* Erziehungsmaßregeln and Zuchtmittel (Jugendstrafrecht without Jugendstrafe) are entered in the
  Erziehungsregister, not the Zentralregister (§ 60 BZRG), and take no part in § 47 Abs. 3.

The result splits the convictions into those that certainly count (``sicher``), those whose use
is open (``unsicher``) and those that may not be used (``entfallen``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional, Sequence

from kimrules.akte.facts import Verurteilung
from kimrules.basis.dates import completed_on, format_datum



@dataclass(frozen=True)
class Frist:
    """Tilgungsfrist of one entry in months: the shortest and the longest reading of § 46 BZRG."""

    kuerzeste: int
    laengste: int
    grund: str


@dataclass(frozen=True)
class Tilgung:
    sicher: tuple[Verurteilung, ...]
    unsicher: tuple[Verurteilung, ...]
    entfallen: tuple[Verurteilung, ...]
    text: str  # German, for the Herleitung
    fragen: tuple[str, ...] = ()


def _zentralregister(v: Verurteilung) -> Optional[bool]:
    """Entered in the Zentralregister? Juvenile-law measures without Jugendstrafe are not (§ 60 BZRG)."""
    if v.jugendstrafrecht is True and not v.jugendstrafe_monate and not v.freiheitsstrafe_monate:
        return False if v.tagessaetze is None else None
    return True


def _custodial(v: Verurteilung) -> bool:
    return bool(v.freiheitsstrafe_monate) or bool(v.jugendstrafe_monate)


def frist(v: Verurteilung, andere: Sequence[Verurteilung]) -> tuple[Optional[Frist], list[str]]:
    """The Tilgungsfrist of ``v`` (§ 46 BZRG) given the other entries, or None with the questions."""
    fs, js, ts = v.freiheitsstrafe_monate, v.jugendstrafe_monate, v.tagessaetze
    if not fs and not js and ts is None:
        return None, ["Strafmaß der Verurteilung (Tagessätze, Freiheits- oder Jugendstrafe in Monaten) erfragen"]
    andere_haft = any(_custodial(a) for a in andere)
    andere_strafe = bool(andere)
    fragen: list[str] = []
    J = 12  # months per year
    if js:
        if v.strafmakel_beseitigt is True or js <= 12:
            k, l, g = 5 * J, 5 * J, "Jugendstrafe bis 1 Jahr oder Strafmakel beseitigt: 5 Jahre (§ 46 Abs. 1 Nr. 1 Buchst. c, f BZRG)"
        elif js <= 24 and v.bewaehrung is True:
            k, l, g = 5 * J, 5 * J, "Jugendstrafe bis 2 Jahre mit Bewährung: 5 Jahre (§ 46 Abs. 1 Nr. 1 Buchst. d BZRG)"
        elif js > 24 and v.strafe_erlassen is True:
            k, l, g = 5 * J + js, 5 * J + js, "Jugendstrafe über 2 Jahre, Strafrest erlassen: 5 Jahre und Dauer der Strafe (§ 46 Abs. 1 Nr. 1 Buchst. e, Abs. 3 BZRG)"
        elif js <= 24 and v.bewaehrung is None:
            k, l, g = 5 * J, 10 * J + js, "Jugendstrafe über 1 Jahr: 5 Jahre mit Bewährung, sonst 10 Jahre und Dauer der Strafe (§ 46 Abs. 1 Nr. 1 Buchst. d, Nr. 2 Buchst. c, Abs. 3 BZRG)"
            fragen.append("War die Jugendstrafe zur Bewährung ausgesetzt?")
        else:
            k, l, g = 10 * J + js, 10 * J + js, "Jugendstrafe über 1 Jahr: 10 Jahre und Dauer der Strafe (§ 46 Abs. 1 Nr. 2 Buchst. c, Abs. 3 BZRG)"
    elif fs:
        if fs <= 3:
            if ts is not None:
                k, l, g = 10 * J, 10 * J, "Geldstrafe und Freiheitsstrafe bis 3 Monate: 10 Jahre (§ 46 Abs. 1 Nr. 2 Buchst. a BZRG)"
            elif andere_strafe:
                k, l, g = 5 * J, 10 * J, "Freiheitsstrafe bis 3 Monate: 5 Jahre, wenn keine weitere Strafe eingetragen ist, sonst 10 Jahre (§ 46 Abs. 1 Nr. 1 Buchst. b, Nr. 2 Buchst. a BZRG)"
            else:
                k, l, g = 5 * J, 5 * J, "Freiheitsstrafe bis 3 Monate, keine weitere Strafe eingetragen: 5 Jahre (§ 46 Abs. 1 Nr. 1 Buchst. b BZRG)"
        elif fs <= 12 and v.bewaehrung is not False:
            lang = 15 * J + fs
            if v.bewaehrung is None:
                fragen.append("War die Freiheitsstrafe zur Bewährung ausgesetzt?")
                k, l = 10 * J, lang
            else:
                k, l = 10 * J, (lang if andere_haft else 10 * J)
            g = ("Freiheitsstrafe über 3 Monate bis 1 Jahr mit Bewährung: 10 Jahre, wenn nicht außerdem Freiheits- oder Jugendstrafe "
                 "eingetragen ist, sonst 15 Jahre und Dauer der Strafe (§ 46 Abs. 1 Nr. 2 Buchst. b, Nr. 4, Abs. 3 BZRG)")
        else:
            k = l = 15 * J + fs
            g = "Freiheitsstrafe: 15 Jahre und Dauer der Strafe (§ 46 Abs. 1 Nr. 4, Abs. 3 BZRG)"
    else:
        if ts is not None and ts <= 90 and not andere_haft:
            k, l, g = 5 * J, 5 * J, "Geldstrafe bis 90 Tagessätze ohne eingetragene Freiheits- oder Jugendstrafe: 5 Jahre (§ 46 Abs. 1 Nr. 1 Buchst. a BZRG)"
        elif ts is not None and ts <= 90:
            k, l, g = 5 * J, 10 * J, ("Geldstrafe bis 90 Tagessätze: 5 Jahre, 10 Jahre, wenn Freiheits- oder Jugendstrafe eingetragen ist "
                                      "(§ 46 Abs. 1 Nr. 1 Buchst. a, Nr. 2 Buchst. a BZRG)")
        else:
            k, l, g = 10 * J, 10 * J, "Geldstrafe über 90 Tagessätze: 10 Jahre (§ 46 Abs. 1 Nr. 2 Buchst. a BZRG)"
    # § 46 Abs. 1 Nr. 1a and Nr. 3: longer periods for the sexual offences listed there
    if v.sexualstraftat is True:
        return None, ["Tilgungsfrist bei Verurteilung wegen einer Sexualstraftat (§ 46 Abs. 1 Nr. 1a, Nr. 3 BZRG) bei der Behörde erfragen"]
    if v.sexualstraftat is None:
        dauer = max(fs or 0, js or 0)
        laengste_sexual = (20 * J + dauer) if dauer > 12 else 10 * J + (js if js and js > 12 else 0)
        if laengste_sexual > l:
            l = laengste_sexual
            fragen.append("War es eine Verurteilung wegen einer Sexualstraftat (§ 46 Abs. 1 Nr. 1a BZRG: §§ 171, 174 bis 180a, 181a, 182 bis 184g, 184i bis 184l, 201a Abs. 3, 225, 232 bis 233a, 234 bis 236 StGB)?")
    return Frist(k, l, g), fragen


def _vollstreckt(v: Verurteilung) -> tuple[Optional[bool], Optional[str]]:
    """§ 47 Abs. 2 BZRG: the period does not run out while enforcement is open or the sentence not remitted."""
    if v.bewaehrung is True:
        if v.strafe_erlassen is None:
            return None, "Ist die zur Bewährung ausgesetzte Strafe nach Ablauf der Bewährungszeit erlassen?"
        return v.strafe_erlassen, None
    if v.vollstreckung_erledigt is None:
        return None, "Ist die Strafe vollstreckt bzw. die Geldstrafe bezahlt (§ 47 Abs. 2 BZRG)?"
    return v.vollstreckung_erledigt, None


def pruefen(verurteilungen: Optional[Sequence[Verurteilung]], stichtag: date) -> Optional[Tilgung]:
    """Split the convictions by § 51 BZRG on the Stichtag; None if none are recorded (or unknown)."""
    if not verurteilungen:
        return None
    register = [v for v in verurteilungen if _zentralregister(v) is not False]
    ausserhalb = [v for v in verurteilungen if _zentralregister(v) is False]
    if not register:
        return Tilgung(tuple(verurteilungen), (), (), "keine Eintragung im Zentralregister (Erziehungsregister, § 60 BZRG)")
    fragen: list[str] = []
    notizen: list[str] = []
    sicher_nicht: list[str] = []  # reasons why the register is certainly not tilgungsreif
    offen = False
    spaetestens: Optional[date] = None
    for n, v in enumerate(register, start=1):
        andere = register[:n - 1] + register[n:]
        f, fr = frist(v, andere)
        voll, frage_voll = _vollstreckt(v)
        if v.datum is None:
            fr = ["Datum des ersten Urteils (bei Strafbefehl: Tag der Unterschrift) erfragen"] + fr
        if voll is False:
            sicher_nicht.append(f"Verurteilung {n}: Strafe nicht vollstreckt oder nicht erlassen – die Frist läuft nicht ab (§ 47 Abs. 2 BZRG)")
            continue
        if f is None or v.datum is None:
            offen = True
            fragen += fr
            continue
        # whether the day of the judgment counts is not stated: open from the first possible day of
        # Tilgungsreife until a month after the last one (on monthly anniversaries of the judgment,
        # the days on which the "frühestens ab" projection looks)
        frueh = completed_on(v.datum, f.kuerzeste)
        spaet = completed_on(v.datum, f.laengste + 1)
        notizen.append(f"Verurteilung {n} vom {format_datum(v.datum)}: {f.grund}; tilgungsreif etwa ab "
                       + f"{format_datum(frueh)}, sicher ab {format_datum(spaet)}")
        if stichtag < frueh:
            sicher_nicht.append(f"Verurteilung {n} ist am {format_datum(stichtag)} noch nicht tilgungsreif")
            continue
        if voll is None:
            offen = True
            fragen.append(frage_voll or "")
        if stichtag < spaet:
            offen = True
            fragen += fr or ["Tag der Tilgungsreife genau berechnen lassen (Beginn am Tag des ersten Urteils, § 36 BZRG)"]
        spaetestens = max(spaetestens or spaet, spaet)
    text = "; ".join(notizen) if notizen else "Angaben zur Tilgung fehlen"
    alle = tuple(verurteilungen)
    if sicher_nicht:
        # § 47 Abs. 3 Satz 1: no entry is removed while one is not yet due
        text += ". " + sicher_nicht[0] + "; damit ist keine Eintragung tilgungsreif (§ 47 Abs. 3 Satz 1 BZRG)"
        makel = tuple(v for v in register if v.strafmakel_beseitigt is True and v.jugendstrafe_monate)
        if makel:
            text += (". Eine Jugendstrafe mit beseitigtem Strafmakel wird der Behörde nicht mitgeteilt (§ 41 Abs. 2 BZRG), "
                     "darf aber berücksichtigt werden, wenn sie sie aus ihren Akten kennt (BVerwG, Urteil vom 05.06.2014 – 10 C 4.14)")
            return Tilgung(tuple(v for v in alle if v not in makel), makel, (), text,
                           ("Kennt die Behörde die Jugendstrafe mit beseitigtem Strafmakel aus ihren Akten (z. B. der Ausländerakte)?",))
        return Tilgung(alle, (), (), text)
    if offen:
        text += ". Ob die Verurteilungen noch verwertet werden dürfen (§§ 46, 47, 51 BZRG), ist offen (offene Rechtsfrage bzrg-tilgung-einzelheiten)"
        return Tilgung(tuple(ausserhalb), tuple(register), (), text, tuple(dict.fromkeys(q for q in fragen if q)))
    text += (f". Alle Eintragungen sind am {format_datum(stichtag)} tilgungsreif: sie dürfen nicht mehr vorgehalten "
             "werden (§ 51 Abs. 1 BZRG)")
    return Tilgung(tuple(ausserhalb), (), tuple(register), text)
