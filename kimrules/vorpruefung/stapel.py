"""Run many records through worker processes: streaming, in order, with a clean Ctrl-C.

:func:`ausfuehren` hands the records (any picklable items) to a pool of worker processes and
yields each record's result in the order of the records, as they come. Only a bounded number of
records is in flight (:data:`PAKET` per task, four tasks per worker), so memory stays flat however
large the input is. Each worker calls ``vorbereiten(auftrag)`` once (rules, engine) and then
``arbeit(record)`` per record; both must be module-level functions. With one job everything runs
in this process. Workers ignore SIGINT; on Ctrl-C (or when the consumer stops) the pool is
terminated and the exception goes on to the caller.
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
import threading
from typing import Any, Callable, Iterable, Iterator

PAKET = 16  # records per task sent to a worker (fewer messages between the processes)
VORRAT = 4  # tasks in flight per worker

_ZUSTAND: dict[str, Any] = {}


def jobs_standard() -> int:
    """The processor cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _start(vorbereiten: Callable[[Any], None], auftrag: Any, arbeit: Callable[[Any], Any], im_kind: bool = True) -> None:
    _ZUSTAND["arbeit"] = arbeit
    if im_kind:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    vorbereiten(auftrag)


def _paket(items: list[Any]) -> list[Any]:
    arbeit = _ZUSTAND["arbeit"]
    return [arbeit(x) for x in items]


def _pakete(items: Iterable[Any]) -> Iterator[list[Any]]:
    it = iter(items)
    while True:
        p = list(itertools.islice(it, PAKET))
        if not p:
            return
        yield p


def ausfuehren(items: Iterable[Any], vorbereiten: Callable[[Any], None], arbeit: Callable[[Any], Any], auftrag: Any,
               jobs: int) -> Iterator[Any]:
    """``arbeit(x)`` for every item, in order, on ``jobs`` processes (see the module head)."""
    pakete = _pakete(items)
    if jobs <= 1:
        _start(vorbereiten, auftrag, arbeit, im_kind=False)
        for p in pakete:
            yield from _paket(p)
        return
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    # imap reads its input in a thread of its own as fast as it can: a semaphore released per
    # result keeps at most VORRAT tasks per worker in flight, so the input is never read ahead
    frei = threading.BoundedSemaphore(VORRAT * jobs)
    halt = threading.Event()

    def zugeteilt() -> Iterator[list[Any]]:
        for p in pakete:
            while not frei.acquire(timeout=0.1):
                if halt.is_set():
                    return
            yield p

    pool = ctx.Pool(jobs, initializer=_start, initargs=(vorbereiten, auftrag, arbeit))
    try:
        for ergebnisse in pool.imap(_paket, zugeteilt(), chunksize=1):
            frei.release()
            yield from ergebnisse
        pool.close()
    except BaseException:
        halt.set()
        pool.terminate()
        raise
    finally:
        halt.set()
        pool.join()
