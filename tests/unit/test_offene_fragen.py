"""The register of open legal questions (rules/offene_fragen/): every question has positions and a
decision, every id cited in the project exists, `kimrules regeln fragen` lists them."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from kimrules.cli.main import main
from kimrules.werkbank import werkzeug

ROOT = Path(__file__).resolve().parents[2]
ZITAT = re.compile(r"[Oo]ffene Rechtsfrage ([a-z0-9][a-z0-9-]*[a-z0-9])")


def test_every_question_has_positions_with_sources_and_a_decision():
    register = werkzeug.fragen()
    assert register
    ids = [f["id"] for f in register]
    assert len(ids) == len(set(ids)), "doppelte Kennung"
    for f in register:
        assert f.get("positionen") and str(f.get("kimrules", "")).strip() and f.get("normen"), f["id"]
        for p in f["positionen"]:
            assert p.get("auffassung") and "quellen" in p, f["id"]


def test_every_cited_question_is_in_the_register():
    ids = {f["id"] for f in werkzeug.fragen()}
    fehlend = []
    for ordner in ("rules", "features", "kimrules", "templates", "docs", "examples"):
        for p in (ROOT / ordner).rglob("*"):
            if p.is_file() and p.suffix in {".yaml", ".feature", ".py", ".j2", ".md"}:
                for nr, zeile in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
                    fehlend += [f"{p.relative_to(ROOT)}:{nr}: {i}" for i in set(ZITAT.findall(zeile)) - ids]
    assert not fehlend, "\n".join(fehlend)


def test_command_lists_every_question():
    r = CliRunner().invoke(main, ["regeln", "fragen"])
    assert r.exit_code == 0, r.output
    for f in werkzeug.fragen():
        assert f"[{f['id']}]" in r.output
