"""YAML data files (lexicons, dictionaries, gazetteer additions) read with libyaml when present.

PyYAML's pure-Python parser takes seconds over eventwire's data files at every start-up; its
libyaml binding (``CSafeLoader``, in PyYAML's wheels) reads the same documents ten times faster.
Both are the safe loader: plain data only, no Python objects. Even so, building the Python objects of
the larger files took about 0.6 s of every pipeline load (in each worker, Spark's daemon, the API
server), so documents of ``CACHED_SIZE`` characters or more are kept pickled in eventwire's disk
cache (``eventwire.cache``), keyed by their text: reading one back takes a few milliseconds, and an
edited file is a new key.
"""
from __future__ import annotations

from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CACHED_SIZE = 16_384   # smaller documents parse in less time than it takes to find a cache file


def safe_load(text: str) -> Any:
    """The data of one YAML document (``yaml.safe_load``, through libyaml when available); a large
    document comes from the disk cache when the same text was parsed before."""
    if len(text) < CACHED_SIZE:
        return parse(text)
    from eventwire.cache import cached

    return cached("yaml", [yaml.__version__, SAFE_LOADER.__name__, text], lambda: parse(text))


def parse(text: str) -> Any:
    """The data of one YAML document, parsed now."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
