"""The C library's allocator, told to give freed memory back to the system.

glibc serves a request above its mmap threshold with a fresh mapping, which ``free`` unmaps. The
threshold starts at 128 KB but rises to the size of every larger block that is freed (up to
32 MB), after which such blocks come from the heap, and a heap only shrinks from its top. The
parser's and the model's arrays are of that kind: allocated and freed for every batch, with
sizes that vary with the documents. Left dynamic, the threshold climbs within the first
documents and a pipeline process keeps about 100 MB more than it uses (measured: 411 against
310 MB resident after 800 articles at 1 MB, docs/scaling.md, eighth pass). Setting the threshold
once turns the adjustment off, so those arrays are mapped and unmapped instead; each mapping costs
a little time, which is why the default is 1 MB rather than glibc's starting 128 KB.

``release_free_memory`` (glibc's ``malloc_trim``) runs after every ``nlp.pipe`` batch on top of
that: it hands back the free pages inside the heap as well as at its top, ~30 MB more for a
single process and ~10 MB for a forked worker, for 2-3 ms a batch. Trimming with the threshold
left dynamic instead was tried (ninth pass): as good for a single process, but forked workers
kept 40 MB more each (docs/scaling.md).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from functools import lru_cache

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3   # mallopt's parameter number in glibc's malloc.h


def parse_size(text: str) -> int:
    """Bytes in a size such as ``"128KB"``, ``"1MB"`` or ``"65536"`` (binary units)."""
    units = {"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30, "B": 1}
    cleaned = text.strip().upper().replace(" ", "")
    for suffix, factor in units.items():
        if cleaned.endswith(suffix) and cleaned[: -len(suffix)].isdigit():
            return int(cleaned[: -len(suffix)]) * factor
    if cleaned.isdigit():
        return int(cleaned)
    raise ValueError(f"{text!r} is not a size (e.g. 128KB, 1MB)")


@lru_cache(maxsize=1)
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (it has ``malloc_trim`` and ``mallopt``), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes, libc.malloc_trim.restype = [ctypes.c_size_t], ctypes.c_int
        libc.mallopt.argtypes, libc.mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    except (OSError, AttributeError):
        return None
    return libc


def release_free_memory() -> bool:
    """Give the heap's free pages back to the system (glibc's ``malloc_trim(0)``).

    Returns whether anything could be released; False where the C library is not glibc."""
    libc = _glibc()
    return bool(libc and libc.malloc_trim(0))


def fix_mmap_threshold(size: str | None) -> bool:
    """Fix glibc's mmap threshold at ``size`` in this process (and the processes it forks).

    Returns whether it was set: not where the C library is not glibc (macOS, Windows, musl), nor
    when ``size`` is empty (``[model] mmap_threshold = ""`` leaves the allocator alone)."""
    libc = _glibc()
    if not size or libc is None:
        return False
    if libc.mallopt(M_MMAP_THRESHOLD, parse_size(size)) != 1:
        log.warning("the C library refused an mmap threshold of %s", size)
        return False
    return True
