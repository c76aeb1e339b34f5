"""The C library's allocator, told to give large blocks back to the system.

glibc serves a request above its mmap threshold with a fresh mapping, which ``free`` unmaps. The
threshold starts at 128 KB but rises to the size of every larger block that is freed (up to
32 MB), after which such blocks come from the heap, and a heap only shrinks from its top. The
parser's and the model's arrays are of that kind: allocated and freed for every batch, with
sizes that vary with the documents. Left dynamic, the threshold climbs within the first
documents and a pipeline process keeps about 100 MB more than it uses (measured: 411 against
310 MB resident after 800 articles at 1 MB, docs/scaling.md, eighth pass). Setting the threshold
once turns the adjustment off, so those arrays are mapped and unmapped instead; each mapping costs
a little time, which is why the default is 1 MB rather than glibc's starting 128 KB.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

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


def fix_mmap_threshold(size: str | None) -> bool:
    """Fix glibc's mmap threshold at ``size`` in this process (and the processes it forks).

    Returns whether it was set: not where the C library is not glibc (macOS, Windows, musl), nor
    when ``size`` is empty (``[model] mmap_threshold = ""`` leaves the allocator alone)."""
    if not size or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    if mallopt(M_MMAP_THRESHOLD, parse_size(size)) != 1:
        log.warning("the C library refused an mmap threshold of %s", size)
        return False
    return True
