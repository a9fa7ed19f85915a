"""HTML checklists with hostile client data, opened in a real browser (headless Chromium).

Every free-text field of the client file carries markup that would run a script,
load an image, a style sheet or a frame from a local web server, or navigate away.
The test opens each checklist (fallplan, pruefschema, merkblatt) and asserts that no
script ran (the page's DOM after loading carries no mark set by a script) and that
the local server saw no request. A control page with the same markup unescaped and
without the page's Content-Security-Policy must show both effects, so a broken set-up
cannot pass unnoticed.

The browser is Debian's ``chromium`` (``.ci/run`` installs it); without it the test
is skipped with a plain message saying so.
"""

from __future__ import annotations

import http.server
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kimrules.cli.main import main

BROWSER = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="Kein Browser installiert (chromium): die HTML-Checklisten wurden NICHT im Browser geprüft. "
           "Installieren mit: apt-get install -y chromium",
)
ROOT = Path(__file__).resolve().parents[2]
MARKE = 'data-angriff="ja"'


class _Zaehler(http.server.BaseHTTPRequestHandler):
    anfragen: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        type(self).anfragen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"document.documentElement.setAttribute('data-angriff','ja')")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server():
    _Zaehler.anfragen = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Zaehler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Zaehler.anfragen
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def _angriffe(url: str) -> list[str]:
    skript = "document.documentElement.dataset.angriff='ja'"
    return [
        f"<script>{skript}</script>",
        f'<img src="{url}/bild" onerror="{skript}">',
        f'<svg onload="{skript}"></svg>',
        f'<link rel="stylesheet" href="{url}/stil.css">',
        f'<iframe src="{url}/rahmen"></iframe>',
        f'<script src="{url}/skript.js"></script>',
        f'"><img src="{url}/attribut" onerror="{skript}">',
        f"<style>@import url({url}/import.css);</style>",
        f'<meta http-equiv="refresh" content="0;url={url}/weiter">',
        f"{url}/nackt mail@example.invalid",
    ]


def _mandant(url: str) -> dict:
    a = _angriffe(url)
    return {
        "aktenzeichen": "KIM-" + a[0],
        "person": {"name": a[1], "geburtsdatum": "14.05.1995", "staatsangehoerigkeit": a[4],
                   "einreisedatum": "02.03.2016"},
        "aufenthalt": [{"status": "duldung", "von": "01.09.2016", "paragraph": a[5]}],
        "besonderheiten": {"begruendung": " ".join(a[2:4] + a[6:])},
    }


def _dom(html: Path, profil: Path) -> str:
    r = subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profil}",
         "--virtual-time-budget=3000", "--dump-dom", html.as_uri()],
        capture_output=True, timeout=120, text=True,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


def test_kontrollseite_zeigt_angriffe(server, tmp_path):
    """The set-up detects a script and a request when the markup is not escaped."""
    url, anfragen = server
    seite = tmp_path / "kontrolle.html"
    ohne_weiterleitung = [a for a in _angriffe(url) if "refresh" not in a]  # a navigation would replace the page
    seite.write_text("<!doctype html><html><body>" + "".join(ohne_weiterleitung) + "</body></html>", encoding="utf-8")
    dom = _dom(seite, tmp_path / "profil")
    assert MARKE in dom
    assert anfragen


@pytest.mark.parametrize("art", ["fallplan", "pruefschema", "merkblatt"])
def test_checkliste_im_browser(server, tmp_path, art):
    url, anfragen = server
    akte = tmp_path / "akte.yaml"
    akte.write_text(yaml.safe_dump(_mandant(url), allow_unicode=True), encoding="utf-8")
    seite = tmp_path / f"{art}.html"
    r = CliRunner().invoke(main, ["checkliste", str(akte), "--art", art, "--format", "html", "--stichtag", "15.02.2025",
                                  "-o", str(seite)], prog_name="kimrules")
    assert r.exit_code == 0, r.stderr
    dom = _dom(seite, tmp_path / "profil")
    assert "&lt;script&gt;" in dom  # the hostile Aktenzeichen is shown, as text
    assert MARKE not in dom, "ein Skript aus der Mandantendatei wurde ausgeführt"
    assert anfragen == [], f"die Seite hat Anfragen gestellt: {anfragen}"
