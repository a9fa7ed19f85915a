"""Write an output file (checklist, calendar, the rows of a caseload) safely: it holds personal data.

* only a regular file is written: a device, FIFO or folder as target is refused
  (also with ``--force``), so ``-o /dev/full`` never replaces the device;
* an existing file is replaced only with ``force``;
* atomic: the whole content is written to an unnamed temporary file in the target
  folder (``O_TMPFILE``; a killed process leaves nothing behind), synced, and only
  then given its name (hard link: fails if the target appeared meanwhile) or renamed
  over the target (``force``: linked under a temporary name first, then renamed, so that
  only a kill in that moment leaves a named temporary file). Where the file system has no
  unnamed files (e.g. some network drives), a named temporary file is used and removed
  on every error and, except for :func:`atomar` with ``signale=False``, on SIGTERM,
  SIGINT, SIGHUP;
* mode 0600 (readable only by its owner).

:func:`schreiben` writes a whole content at once, :func:`atomar` one written in pieces (streamed).

Every failure is a :class:`kimrules.errors.RenderError` with a German message
(``intern=False``: the user can fix it; it is not asked to be reported).
"""

from __future__ import annotations

import os
import secrets
import signal
import stat
import threading
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import BinaryIO, Iterator, Optional

from kimrules.basis.errors import Problem, RenderError, os_fehler

# unnamed temporary files need O_TMPFILE and /proc to give them a name (Linux)
_O_TMPFILE: Optional[int] = getattr(os, "O_TMPFILE", None) if os.path.isdir("/proc/self/fd") else None
_SIGNALE = tuple(s for s in (getattr(signal, n, None) for n in ("SIGTERM", "SIGINT", "SIGHUP")) if s is not None)


def _fehler(ziel: Path, text: str, was: str = "Ausgabe") -> RenderError:
    return RenderError(f"{was} nicht geschrieben", [Problem(str(ziel), "", text)], intern=False)


class _Abgebrochen(BaseException):
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def _aufraeumen_bei_signal() -> Iterator[None]:
    """Turn SIGTERM/SIGINT/SIGHUP into an exception while writing (so ``finally`` removes the temporary
    file), then end the process by the same signal as it would have without us."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise _Abgebrochen(signum)

    vorher = {s: signal.signal(s, handler) for s in _SIGNALE}
    try:
        yield
    except _Abgebrochen as exc:
        for s, h in vorher.items():
            signal.signal(s, h)
        signal.signal(exc.signum, signal.SIG_DFL)
        os.kill(os.getpid(), exc.signum)
        raise SystemExit(128 + exc.signum) from None
    finally:
        for s, h in vorher.items():
            signal.signal(s, h)


def ziel_pruefen(ziel: Path, force: bool, was: str = "Ausgabe") -> None:
    """Refuse a target in a missing folder, one that is not a regular file, and an existing one without
    ``force`` (called before any work, and again just before the file gets its name)."""
    ziel = Path(ziel)
    ordner = ziel.parent if str(ziel.parent) else Path(".")
    if not ordner.is_dir():
        raise _fehler(ziel, f"Ordner {ordner} gibt es nicht", was)
    try:
        st = os.stat(ziel)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _fehler(ziel, os_fehler(exc), was) from None
    if not stat.S_ISREG(st.st_mode):
        raise _fehler(ziel, "ist keine gewöhnliche Datei (Gerät, FIFO oder Ordner); geschrieben wird nur in gewöhnliche Dateien", was)
    if not force:
        raise _fehler(ziel, "Datei gibt es schon; zum Überschreiben --force angeben", was)


def _benennen(fd: int, ordner: Path, name: str) -> None:
    """Link the unnamed file ``fd`` into ``ordner`` as ``name`` (linkat with AT_SYMLINK_FOLLOW: os.link
    uses it only when given a directory descriptor)."""
    dfd = os.open(ordner, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.link(f"/proc/self/fd/{fd}", name, dst_dir_fd=dfd, follow_symlinks=True)
    finally:
        os.close(dfd)


def schreiben(ziel: Path, inhalt: bytes, force: bool = False, was: str = "Ausgabe") -> None:
    """Write ``inhalt`` to ``ziel`` atomically with mode 0600; see the module text. ``was`` names the
    output in messages („iCalendar-Datei nicht geschrieben“)."""
    try:
        with atomar(ziel, force, was) as datei:
            datei.write(inhalt)
    except OSError as exc:
        raise _fehler(Path(ziel), f"Schreiben fehlgeschlagen: {os_fehler(exc)}", was) from None


@contextmanager
def atomar(ziel: Path, force: bool = False, was: str = "Ausgabe", signale: bool = True) -> Iterator[BinaryIO]:
    """``with atomar(ziel) as datei: datei.write(...)``: a file written in pieces (a caseload's rows as they
    come) that gets the name ``ziel`` only when the block ends without an exception (see the module text).

    An exception of the block leaves nothing behind and is passed on unchanged. ``signale=False``: SIGTERM,
    SIGINT and SIGHUP keep their handlers (for a long run that handles Ctrl-C itself): where the folder takes
    no unnamed files, a process ended by SIGTERM or SIGKILL then leaves its named temporary file behind.
    """
    ziel = Path(ziel)
    ordner = ziel.parent if str(ziel.parent) else Path(".")
    ziel_pruefen(ziel, force, was)
    tmp: Optional[Path] = None
    fd = -1
    datei: Optional[BinaryIO] = None
    with _aufraeumen_bei_signal() if signale else nullcontext():
        try:
            try:
                if _O_TMPFILE is not None:
                    try:
                        fd = os.open(ordner, _O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o600)
                    except OSError:
                        fd = -1  # no unnamed files here: a named temporary file below
                if fd < 0:
                    tmp = ordner / f".{ziel.name}.{secrets.token_hex(6)}.tmp"
                    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
                os.fchmod(fd, 0o600)
            except OSError as exc:
                raise _fehler(ziel, f"Schreiben fehlgeschlagen: {os_fehler(exc)}", was) from None
            # the writer owns the descriptor: closed with it, no buffered byte can outlive it and reach
            # another file that gets the same number later
            datei = os.fdopen(fd, "wb")
            yield datei
            try:
                datei.flush()
                os.fsync(fd)
                _benennen_oder_ersetzen(fd, ordner, ziel, tmp, force, was)
            except FileExistsError:
                raise _fehler(ziel, "Datei gibt es schon; zum Überschreiben --force angeben", was) from None
            except OSError as exc:
                raise _fehler(ziel, f"Schreiben fehlgeschlagen: {os_fehler(exc)}", was) from None
        finally:
            try:
                if datei is not None:
                    datei.close()  # after an error, what is still buffered goes into the discarded file
                elif fd >= 0:
                    os.close(fd)
            except OSError:
                pass  # the file is complete and named already, or it is discarded
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass  # gone with the rename, or nothing more can be done about it here


def _benennen_oder_ersetzen(fd: int, ordner: Path, ziel: Path, tmp: Optional[Path], force: bool, was: str) -> None:
    """Give the written file (unnamed ``fd``, or the temporary file ``tmp``, which the caller removes) the name
    ``ziel``: only as a new name (fails if the target appeared meanwhile), or over an existing file with ``force``."""
    eigener: Optional[Path] = None  # a temporary name given here to the unnamed file, removed here
    if tmp is None:
        if not force:
            _benennen(fd, ordner, ziel.name)  # fails if the target appeared meanwhile
            return
        eigener = tmp = ordner / f".{ziel.name}.{secrets.token_hex(6)}.tmp"
        _benennen(fd, ordner, tmp.name)
    try:
        ziel_pruefen(ziel, force, was)  # the target may have changed while writing
        if force:
            os.replace(tmp, ziel)
        else:
            try:
                os.link(tmp, ziel)  # fails if the target appeared meanwhile
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links
                if os.path.lexists(ziel):
                    raise FileExistsError(ziel) from None
                os.replace(tmp, ziel)
    finally:
        if eigener is not None:
            try:
                os.unlink(eigener)
            except FileNotFoundError:
                pass
