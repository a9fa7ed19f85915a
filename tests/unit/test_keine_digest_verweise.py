"""Users cannot check the research digest, so no project file cites it: every source named in
rules, features, templates, output, code comments, docs and examples is a primary source
(statute, BGBl., decision, Drucksache, official guidance) or an open question of the register."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ORDNER = ("kimrules", "rules", "features", "templates", "docs", "examples", "tests", "bench")
ENDUNGEN = {".py", ".yaml", ".yml", ".feature", ".j2", ".md", ".json", ".css", ".txt"}
# the digest's file names, its folder and its item numbers (D20, G3, WC-06, P10, Anhang A.4)
VERWEIS = re.compile(
    r"LAW\.md|PRACTICE\.md|shared/(?:law|STACK)|\bDigest\b|\bD\d{1,2}\b|\bG[1-3]\b|Anhang A\.\d|\bA\.1[0-5]\b|\bWC-\d+|\bP\d{2}\b"
)
DIESE_DATEI = Path(__file__).resolve()


def _dateien():
    for ordner in ORDNER:
        for p in sorted((ROOT / ordner).rglob("*")):
            if p.is_file() and p.suffix in ENDUNGEN and p.resolve() != DIESE_DATEI and "__pycache__" not in p.parts:
                yield p


def test_no_file_cites_the_research_digest():
    treffer = []
    for p in _dateien():
        for nr, zeile in enumerate(p.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            if m := VERWEIS.search(zeile):
                treffer.append(f"{p.relative_to(ROOT)}:{nr}: „{m.group(0)}“ in {zeile.strip()[:120]}")
    assert not treffer, "Verweise auf die Recherche statt auf Primärquellen:\n" + "\n".join(treffer)


def test_the_pattern_finds_what_it_must():
    for text in ("LAW.md § 8 D20", "PRACTICE.md § 2.3", "shared/law/LAW.md", "§ 8 G3", "Anhang A.4", "WC-06", "P10", "Digest"):
        assert VERWEIS.search(text), text
    for text in ("§ 46 Abs. 1 Nr. 2 Buchst. a BZRG", "BVerwG 1 C 34.18", "BGBl. 2025 I Nr. 243", "RBSFV 2026", "A2", "B1", "C1"):
        assert not VERWEIS.search(text), text
