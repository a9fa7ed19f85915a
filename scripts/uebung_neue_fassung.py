"""Übung „Gesetzesänderung“: eine neue Fassung von § 25b AufenthG ab 01.01.2027 (fünf Jahre für alle).

Wiederholt, was eine Rechtsexpertin ohne Python tut, in einer Kopie des Projekts (das Projekt selbst
bleibt unverändert):

1. ``kimrules regeln neue-fassung aufenthg_25b --ab 01.01.2027`` legt die neue Datei an;
2. die neue Datei wird ausgefüllt (fünf Jahre = 60 Monate, ohne Verkürzung mit Kind);
3. die Szenarien in ``features/``, die das Recht vor und nach dem 01.01.2027 beschreiben, werden
   angepasst bzw. ergänzt;
4. geprüft wird, dass nur Dateien in ``rules/`` und ``features/`` geändert wurden, dann laufen
   ``kimrules regeln pruefen`` und ``kimrules regeln abdeckung`` und die ganze Testsuite.

Es ist eine Übung, kein geltendes Recht. Aufruf (im Projektordner, nach dem Einrichten)::

    .venv/bin/python scripts/uebung_neue_fassung.py            # ganze Testsuite
    .venv/bin/python scripts/uebung_neue_fassung.py --schnell  # nur Szenarien und Regeldatei-Tests

Exit-Code 0: die Übung berührt nur rules/ und features/ und alles ist grün.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROJEKT = Path(__file__).resolve().parents[1]
NEU = "rules/aufenthg/25b/2027-01-01.yaml"

# what the legal expert writes into the new file (the rest is copied from the version in force)
REGELDATEI = [
    ('fassung: "NEU: Fassung ab 01.01.2027 – was ändert sich?"',
     'fassung: "Übungsfassung: ab 01.01.2027 fünf Jahre Voraufenthalt für alle (ohne Verkürzung mit Kind)"'),
    ('quelle: "NEU: Änderungsgesetz mit Datum und BGBl.-Fundstelle"',
     'quelle: "Übungsänderung (kein geltendes Recht): angenommenes Änderungsgesetz mit Inkrafttreten am 01.01.2027"'),
    ("titel: Ununterbrochener Voraufenthalt von sechs Jahren, mit minderjährigem ledigem Kind vier Jahren",
     "titel: Ununterbrochener Voraufenthalt von fünf Jahren"),
    ("mindestens: 72}", "mindestens: 60}"),
    ("mindestens: 48}", "mindestens: 60}"),
]

# the scenarios whose law changes on 01.01.2027, and the new ones for the changed requirement
SZENARIEN = {
    "features/aufenthg_25b.feature": [
        ("        | 30.06.2027 | 31.12.2022 |\n",
         "        | 31.12.2026 | 31.12.2022 |\n        | 01.01.2027 | 01.01.2027 |\n        | 30.06.2027 | 01.01.2027 |\n"),
        ("| 30.06.2027 | 31.12.2022 | duldung_oder_104c | erfüllt       |",
         "| 30.06.2027 | 01.01.2027 | duldung_oder_104c | erfüllt       |"),
        ("| 30.06.2027 | 31.12.2022 | die Person hat seit dem 30.12.2025",
         "| 30.06.2027 | 01.01.2027 | die Person hat seit dem 30.12.2025"),
        ("        | 15.03.2025 | 31.12.2022 | 16.03.2019 | nicht erfüllt |\n",
         "        | 15.03.2025 | 31.12.2022 | 16.03.2019 | nicht erfüllt |\n\n"
         "      Beispiele: fünf Jahre ab 01.01.2027\n"
         "        | stichtag   | fassung    | seit       | ergebnis      |\n"
         "        | 15.03.2027 | 01.01.2027 | 15.03.2022 | erfüllt       |\n"
         "        | 15.03.2027 | 01.01.2027 | 16.03.2022 | nicht erfüllt |\n"),
    ],
    "features/fristen.feature": [
        ("Beispiel: Sechs Jahre Duldung sind am 15.09.2027 erreicht – dann gilt schon die Fassung ab 01.07.2027",
         "Beispiel: Fünf Jahre Duldung sind am 15.09.2026 erreicht – der Weg öffnet sich mit der Fassung ab 01.01.2027"),
        ("      Dann ist der Weg frühestens ab 15.09.2027 möglich\n      Und gilt an diesem Tag die Fassung ab 01.07.2027",
         "      Dann ist der Weg frühestens ab 01.01.2027 möglich\n      Und gilt an diesem Tag die Fassung ab 01.01.2027"),
        ("Dann ist ab 15.09.2027 alles erfüllt, was der Zeitablauf erfüllen kann",
         "Dann ist ab 01.01.2027 alles erfüllt, was der Zeitablauf erfüllen kann"),
        ("gültig bis 31.05.2037\n      Wenn der früheste Termin für § 25b AufenthG berechnet wird\n      Dann ist der Weg frühestens ab 15.09.2027 möglich",
         "gültig bis 31.05.2037\n      Wenn der früheste Termin für § 25b AufenthG berechnet wird\n      Dann ist der Weg frühestens ab 01.06.2027 möglich"),
    ],
}


def dateien(wurzel: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file of the project copy (without .git and caches)."""
    out = {}
    for p in wurzel.rglob("*"):
        rel = p.relative_to(wurzel).as_posix()
        if p.is_file() and not any(t in rel.split("/") for t in (".git", "__pycache__", ".pytest_cache", ".hypothesis")):
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def ersetzen(pfad: Path, paare: list[tuple[str, str]], alle: bool = False) -> None:
    text = pfad.read_text(encoding="utf-8")
    for alt, neu in paare:
        if alt not in text:
            raise SystemExit(f"Übung passt nicht mehr zu {pfad.name}: „{alt[:60]}…“ nicht gefunden")
        text = text.replace(alt, neu) if alle else text.replace(alt, neu, 1)
    pfad.write_text(text, encoding="utf-8")


def kopieren(ziel: Path) -> None:
    liste = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=PROJEKT, capture_output=True, text=True, check=True)
    for rel in liste.stdout.splitlines():
        quelle = PROJEKT / rel
        if quelle.is_file() and not rel.startswith(".venv/"):
            (ziel / rel).parent.mkdir(parents=True, exist_ok=True)
            (ziel / rel).write_bytes(quelle.read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description="Übung: neue Fassung von § 25b ab 01.01.2027")
    parser.add_argument("--schnell", action="store_true", help="nur Szenarien und Regeldatei-Tests statt der ganzen Suite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kimrules-uebung-") as tmp:
        kopie = Path(tmp)
        kopieren(kopie)
        vorher = dateien(kopie)
        umgebung = {**os.environ, "PYTHONPATH": str(kopie)}  # the copy's kimrules reads the copy's rules/

        def kimrules(*argumente: str) -> subprocess.CompletedProcess:
            return subprocess.run([sys.executable, "-c", "from kimrules.cli.main import main; main()", *argumente],
                                  cwd=kopie, env=umgebung, capture_output=True, text=True)

        lauf = kimrules("regeln", "neue-fassung", "aufenthg_25b", "--ab", "01.01.2027")
        print(lauf.stdout + lauf.stderr)
        if lauf.returncode:
            return lauf.returncode
        neu = kopie / NEU
        text = neu.read_text(encoding="utf-8")
        neu.write_text(text[text.index("kennung:"):], encoding="utf-8")  # the to-do comment is done
        ersetzen(neu, REGELDATEI[:3])
        ersetzen(neu, REGELDATEI[3:], alle=True)
        for rel, paare in SZENARIEN.items():
            ersetzen(kopie / rel, paare)
        for entwurf in (kopie / "features").glob("*.entwurf"):
            entwurf.unlink()  # the skeleton was used for the new examples above
        nachher = dateien(kopie)
        geaendert = sorted(p for p in vorher.keys() | nachher.keys() if vorher.get(p) != nachher.get(p))
        print("Geänderte Dateien:\n  " + "\n  ".join(geaendert))
        fremd = [p for p in geaendert if not p.startswith(("rules/", "features/"))]
        if fremd:
            print(f"FEHLER: die Übung hat Dateien außerhalb von rules/ und features/ berührt: {fremd}")
            return 1
        for befehl in (("regeln", "pruefen"), ("regeln", "abdeckung", "--nur-luecken")):
            lauf = kimrules(*befehl)
            print(f"$ kimrules {' '.join(befehl)}: Exit-Code {lauf.returncode}")
            if lauf.returncode:
                print(lauf.stdout[-3000:] + lauf.stderr[-3000:])
                return lauf.returncode
        ziele = ["tests/bdd", "tests/unit/test_rules_loading.py", "tests/unit/test_cli.py"] if args.schnell else []
        lauf = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *ziele],
                              cwd=kopie, env=umgebung, capture_output=True, text=True)
        print("\n".join(lauf.stdout.splitlines()[-15:]))
        print("Übung " + ("bestanden: nur rules/ und features/ geändert, Suite grün." if lauf.returncode == 0 else "NICHT bestanden."))
        return lauf.returncode


if __name__ == "__main__":
    sys.exit(main())
